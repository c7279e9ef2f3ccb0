"""`python -m feasibility_app`, the `feasibility-app` entry points and the bundle's executable.

One executable, two faces: with nothing but `--db PATH` and Qt's own options (`-style
fusion`, `-platform offscreen`, …) it starts the window; any other word goes to the CLI,
which runs a command, prints `--help` / `--version`, or refuses a mistyped command with a
usage line and exit code 2, all without creating a window. The GUI path imports neither
argparse nor the CLI module (lean start-up).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

# Options QGuiApplication / QApplication take from the command line (Qt 6 docs), with and
# without a value. Qt accepts them with one dash or two.
QT_OPTIONS_WITH_VALUE = frozenset(
    {
        "platform",
        "platformpluginpath",
        "platformtheme",
        "plugin",
        "qwindowgeometry",
        "qwindowicon",
        "qwindowtitle",
        "style",
        "stylesheet",
        "session",
        "display",
        "geometry",
        "qmljsdebugger",
    }
)
QT_FLAGS = frozenset({"reverse", "widgetcount", "nograb", "dograb", "sync"})


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if wants_gui(args):
        from .ui.window.app import run_gui

        return run_gui(args)
    from .cli import run

    return run(args)


def wants_gui(args: Sequence[str]) -> bool:
    """True when every argument is `--db VALUE` / `--db=VALUE` or one of Qt's own options:
    the window is for a launcher or a double click; anything else is a command line."""
    items = iter(args)
    for arg in items:
        if arg == "--db":
            if next(items, None) is None:
                return False  # the CLI explains the missing value
            continue
        if arg.startswith("--db=") or arg == "--no-sample":  # a new database starts empty
            continue
        if not arg.startswith("-") or arg in ("-", "--"):
            return False
        name, has_value, _ = arg.lstrip("-").partition("=")
        if name.startswith("psn_"):  # the process serial number older macOS Finders pass
            continue
        if name in QT_FLAGS and not has_value:
            continue
        if name in QT_OPTIONS_WITH_VALUE:
            if not has_value and next(items, None) is None:
                return False
            continue
        return False
    return True


if __name__ == "__main__":
    sys.exit(main())
