"""`python -m feasibility_app` and the `feasibility-app` entry point.

With a command (list, show, …) it runs headless; without one it starts the GUI.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from .cli import COMMANDS

    if _wants_cli(args, COMMANDS):
        from .cli import run

        return run(args)
    from .ui.window.app import run_gui

    return run_gui(args)


def _wants_cli(args: list[str], commands: Sequence[str]) -> bool:
    """True when the first word that is not `--db VALUE` is a command or a help flag."""
    skip = False
    for a in args:
        if skip:
            skip = False
        elif a == "--db":
            skip = True
        elif a.startswith("--db="):
            continue
        else:
            return a in commands or a in ("-h", "--help")
    return False


if __name__ == "__main__":
    sys.exit(main())
