"""Screenshots of the main window with the sample plan, for the README and review.

    .venv/bin/python tools/screenshots.py [FOLDER] [--lang=en|es|pt] [--tabs=FOLDER2]
    .venv/bin/python tools/screenshots.py FOLDER --sizes [--lang=…]

Writes FOLDER/main_window.png (normal, on a 1280×800 screen) and
FOLDER/main_window_presentation.png (presentation mode on a 1024×768 projector), default
folder docs/screenshots/ (the README's); with --tabs also
FOLDER2/compare.png, history.png and their presentation-mode twins. With --sizes, one run per
meeting-room screen (1024×768, 1280×800, 1366×768, 1920×1080, 3840×2160 at 200 %): the window
maximised on a screen of that size, FOLDER/<size>[_presentation][_compare].png.
A PGR commitment of the case study is open, scored by the CSO assessor so the radar shows both
parties. Runs offscreen, on a temporary database and temporary settings.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

COMMITMENT = "Detained Persons Registry"
ASSESSOR = "Artículo 19"


SIZES = {  # name: (width, height in screen pixels, logical DPI)
    "1024x768": (1024, 768, 96),
    "1280x800": (1280, 800, 96),
    "1366x768": (1366, 768, 96),
    "1920x1080": (1920, 1080, 96),
    # 200 % scaling as a 4K laptop reports it (192 DPI): Qt lays out 1920×1080 logical pixels
    # and paints 3840×2160; the shot is 3840 px wide
    "3840x2160@2": (3840, 2160, 192),
}


def screen_config(width: int, height: int, dpi: int, folder: Path) -> str:
    """A QT_QPA_PLATFORM value giving the offscreen platform one screen of that size and DPI."""
    import json

    path = folder / f"screen_{width}x{height}.json"
    screen = {"name": "p", "x": 0, "y": 0, "width": width, "height": height}
    screen.update({"logicalDpi": dpi, "logicalBaseDpi": 96, "dpr": 1})
    path.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    return f"offscreen:configfile={path}"


def sizes(argv: list[str], names: tuple[str, ...] = tuple(SIZES), extra_args: tuple[str, ...] = ()) -> int:
    """One subprocess per screen size (a screen is fixed when the QApplication starts)."""
    import subprocess

    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    extra = [a for a in argv if a.startswith(("--lang=", "--tabs="))] + list(extra_args)
    code = 0
    with tempfile.TemporaryDirectory(prefix="feasibility-screens-") as tmp:
        for name in names:
            w, h, dpi = SIZES[name]
            env = dict(os.environ, QT_QPA_PLATFORM=screen_config(w, h, dpi, Path(tmp)))
            cmd = [sys.executable, __file__, str(out), f"--screen={name}", *extra]
            code |= subprocess.run(cmd, env=env, check=False).returncode
    return code


def main(argv: list[str]) -> int:
    if "--sizes" in argv:
        return sizes(argv)
    screen = next((a.split("=", 1)[1] for a in argv if a.startswith("--screen=")), "")
    if not screen:  # the README's pair: 1280×800 at a desk, 1024×768 on a projector
        return sizes(argv, ("1280x800", "1024x768"), ("--readme",))
    readme = "--readme" in argv
    args = [a for a in argv if not a.startswith("--")]
    lang = next((a.split("=", 1)[1] for a in argv if a.startswith("--lang=")), "en")
    tabs = next((Path(a.split("=", 1)[1]) for a in argv if a.startswith("--tabs=")), None)
    out = Path(args[0]) if args else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    with tempfile.TemporaryDirectory(prefix="feasibility-shots-") as tmp:
        os.environ["FEASIBILITY_HOME"] = tmp
        QSettings.setDefaultFormat(QSettings.IniFormat)
        QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, tmp)
        app = QApplication.instance() or QApplication([sys.argv[0]])
        QCoreApplication.setOrganizationName("FeasibilityScreenshots")
        QCoreApplication.setApplicationName("FeasibilityScreenshots")
        if lang != "en":
            from feasibility_app.ui.common.i18n import LanguageManager

            LanguageManager(restore=False).set_language(lang, remember=False)

        from feasibility_app.ui.window.main_window import MainWindow

        window = MainWindow(str(Path(tmp) / "feasibility.db"), language=lang)
        if readme:  # the README shows the workspace, not the first-run banner
            window.settings.setValue("help/sample_banner_closed", True)
        window.resize(1280, 800)
        if screen:
            window.showMaximized()
        window.show()
        app.processEvents()
        if not window.load_data():
            print("cannot open the sample database", file=sys.stderr)
            return 1
        window.set_assessor(ASSESSOR)
        model = window.navigator.model
        target = next(s.id for s in model.summaries() if s.title.startswith(COMMITMENT))
        window.navigator.select_commitment(target)
        window.fit_panes()
        for _ in range(5):
            app.processEvents()

        def shot(name: str, folder: Path = out) -> None:
            for _ in range(5):
                app.processEvents()
            path = folder / name
            window.grab().save(str(path))
            print(f"wrote {path}")

        if readme:
            if screen == "1024x768":
                window.set_presentation(True)
                shot("main_window_presentation.png")
                window.set_presentation(False)
            else:
                shot("main_window.png")
        if screen and not readme:
            suffix = "" if lang == "en" else f"_{lang}"
            for on in (False, True):
                window.set_presentation(on)
                mode = "_presentation" if on else ""
                shot(f"{screen}{mode}{suffix}.png")
                window.show_compare()
                shot(f"{screen}{mode}_compare{suffix}.png")
                window.tabs.setCurrentIndex(0)
            window.set_presentation(False)
            window.session.flush()
            window.close()
            return 0
        if tabs is not None and screen == "1280x800":
            tabs.mkdir(parents=True, exist_ok=True)
            for on in (False, True):
                window.set_presentation(on)
                suffix = "_presentation" if on else ""
                window.show_compare()
                shot(f"compare{suffix}.png", tabs)
                window.show_history()
                shot(f"history{suffix}.png", tabs)
            window.set_presentation(False)
            window.tabs.setCurrentIndex(0)
        window.session.flush()
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
