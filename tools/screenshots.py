"""Screenshots of the main window (1280×800) with the sample plan, for the README and review.

    .venv/bin/python tools/screenshots.py [FOLDER] [--lang=en|es|pt] [--tabs=FOLDER2]

Writes FOLDER/main_window.png (normal) and FOLDER/main_window_presentation.png
(presentation mode), default folder docs/screenshots/; with --tabs also
FOLDER2/compare.png, history.png and their presentation-mode twins. A PGR commitment of the
case study is open, scored by the CSO assessor so the radar shows both parties.
Runs offscreen, on a temporary database and temporary settings.
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


def main(argv: list[str]) -> int:
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
        window.resize(1280, 800)
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

        shot("main_window.png")
        window.set_presentation(True)
        shot("main_window_presentation.png")
        window.set_presentation(False)
        if tabs is not None:
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
