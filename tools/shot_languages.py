"""Screenshots of the main window in Spanish and Portuguese, to look for clipped or overlapping text.

    .venv/bin/python tools/shot_languages.py [--out /tmp/shots] [--lang es pt] [--commitment Detained]

For each language, the window is built at 1280x800 on the case study's sample plan (in a
throw-away database and settings file: the user's data is never touched), a sample commitment
is opened with one of its assessors selected, and every central tab is saved, in normal and in
presentation mode: shot_<lang>_<tab>[_presentation].png. Also shot_<lang>_menus.png with the
menus opened side by side, since menus are where translated accelerators and long labels show,
and the Compare and History views (while they are not tabs of the window) and the New plan dialog
on their own: shot_<lang>_compare_view.png, shot_<lang>_history_view.png,
shot_<lang>_new_plan_dialog.png.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QSettings
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from feasibility_app.ui.common.i18n import LanguageManager

SIZE = (1280, 800)


def _settle(app: QApplication, rounds: int = 30) -> None:
    for _ in range(rounds):
        app.processEvents()


def _open_sample(window, commitment: str) -> None:
    """Open the sample commitment whose title contains `commitment`, as one of its assessors."""
    model = window.navigator.model
    for row in range(model.rowCount()):
        index = model.index(row, 1)
        if commitment.lower() in str(index.data()).lower():
            cid = index.data(type(model).IdRole)
            if not window.navigator.select_commitment(cid):
                window.session.open_commitment(cid)
            break
    assessors = [a for a in window.session.assessments() if not getattr(a, "is_consensus", False)]
    if assessors:
        window.assessor_bar.assessor_combo.setCurrentText(assessors[0].assessor)
        window.assessor_bar.assessor_combo.lineEdit().editingFinished.emit()


def _menus_image(window, path: Path) -> None:
    """All menus of the menu bar, drawn side by side under the window's menu bar."""
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    pixmaps = []
    for menu in menus:
        menu.setFont(window.font())
        menu.adjustSize()
        pixmaps.append(menu.grab())
    bar = window.menuBar().grab()
    width = max(bar.width(), sum(p.width() + 8 for p in pixmaps))
    height = bar.height() + max((p.height() for p in pixmaps), default=0) + 8
    canvas = QPixmap(width, height)
    canvas.fill(window.palette().window().color())
    painter = QPainter(canvas)
    painter.drawPixmap(0, 0, bar)
    x = 0
    for pixmap in pixmaps:
        painter.drawPixmap(x, bar.height() + 4, pixmap)
        x += pixmap.width() + 8
    painter.end()
    canvas.save(str(path))


def _extra_views(window, language: str, out: Path, app: QApplication) -> list[Path]:
    """Views not (yet) in the main window's tabs, and the New plan dialog, shown on their own."""
    saved: list[Path] = []
    tabs = [window.tabs.widget(i) for i in range(window.tabs.count())]
    tab_types = {type(t).__name__ for t in tabs} | {
        type(child).__name__ for t in tabs for child in t.findChildren(QWidget)
    }
    repo, cid = window.repo, window.session.current_id
    views = []
    try:
        from feasibility_app.domain.assessing import newest_consensus
        from feasibility_app.ui.parties.compare_view import CompareView
        from feasibility_app.ui.parties.history_view import HistoryView

        assessments = repo.assessments(cid)
        if "CompareView" not in tab_types:
            compare = CompareView()
            compare.set_data(
                assessments, newest_consensus(assessments), repo.current_revision(cid).id, language
            )
            views.append(("compare_view", compare, (1000, 600)))
        if "HistoryView" not in tab_types:
            history = HistoryView()
            history.set_data(repo.revisions(cid), assessments, language)
            views.append(("history_view", history, (1000, 600)))
    except Exception as exc:  # the views' APIs are still moving: skip rather than fail
        print(f"compare/history views skipped: {exc!r}", file=sys.stderr)
    try:
        from feasibility_app.domain.rubric import load_rubric
        from feasibility_app.ui.dialogs.dialogs import NewPlanDialog

        dialog = NewPlanDialog(dict(load_rubric(language).roles), window)
        views.append(("new_plan_dialog", dialog, None))
    except Exception as exc:
        print(f"new plan dialog skipped: {exc!r}", file=sys.stderr)
    for name, widget, size in views:
        if size:
            widget.resize(*size)
        else:
            widget.adjustSize()
        widget.show()
        _settle(app)
        path = out / f"shot_{language}_{name}.png"
        widget.grab().save(str(path))
        saved.append(path)
        widget.close()
        widget.deleteLater()
    return saved


def shoot(language: str, out: Path, commitment: str, app: QApplication) -> list[Path]:
    from feasibility_app.ui.window.main_window import MainWindow

    saved: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["FEASIBILITY_HOME"] = tmp
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        manager = LanguageManager(settings, restore=False)
        manager.set_language(language)
        window = MainWindow(str(Path(tmp) / "shot.db"), settings=settings, language=language)
        window.resize(*SIZE)
        window.show()
        window.load_data()
        _settle(app)
        _open_sample(window, commitment)
        _settle(app)
        for presentation in (False, True):
            window.set_presentation(presentation)
            window.resize(*SIZE)
            _settle(app)
            suffix = "_presentation" if presentation else ""
            for index in range(window.tabs.count()):
                window.tabs.setCurrentIndex(index)
                _settle(app)
                key = window.tabs.widget(index).objectName() or f"tab{index}"
                path = out / f"shot_{language}_{key}{suffix}.png"
                window.grab().save(str(path))
                saved.append(path)
            path = out / f"shot_{language}_menus{suffix}.png"
            _menus_image(window, path)
            saved.append(path)
        window.set_presentation(False)
        saved += _extra_views(window, language, out, app)
        window.close()
        window.deleteLater()
        manager.set_language("en", remember=False)
        _settle(app)
    return saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="/tmp/shots")
    parser.add_argument("--lang", nargs="+", default=["es", "pt"], choices=["en", "es", "pt"])
    parser.add_argument("--commitment", default="Detained")
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    for language in args.lang:
        for path in shoot(language, out, args.commitment, app):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
