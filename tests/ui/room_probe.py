"""Measures the workspace on one screen size (run by test_room_sizes.py in a subprocess, since
a Qt screen's size is fixed when the application starts). Prints one JSON line per case."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path


def visible_buttons(root):
    from PySide6.QtWidgets import QAbstractButton, QCheckBox, QRadioButton

    for b in root.findChildren(QAbstractButton):
        if b.isVisible() and b.text() and not isinstance(b, (QCheckBox, QRadioButton)):
            yield b


def clipped_buttons(window) -> list[str]:
    """Visible push/tool buttons narrower than their text needs (Qt would cut or elide it)."""
    out = []
    for b in visible_buttons(window):
        if b.width() + 1 < b.minimumSizeHint().width():
            out.append(f"{b.text()!r} {b.width()}<{b.minimumSizeHint().width()}")
    return out


def clipped_tabs(window) -> list[str]:
    """Visible tabs (the central tabs, the dock tab bars Qt makes for tabbed docks, any other tab
    bar) narrower than their full text needs, or pushed out of their bar's view: Qt elides the
    first and hides the second behind scroll arrows."""
    from PySide6.QtWidgets import QTabBar

    out = []
    for bar in window.findChildren(QTabBar):
        if not bar.isVisible():
            continue
        for i in range(bar.count()):
            if not bar.isTabVisible(i) or not bar.tabText(i):
                continue
            rect, need = bar.tabRect(i), bar.tabSizeHint(i)
            horizontal = bar.shape() in (QTabBar.Shape.RoundedNorth, QTabBar.Shape.RoundedSouth)
            have, want = (rect.width(), need.width()) if horizontal else (rect.height(), need.height())
            if have + 1 < want or not bar.rect().contains(rect.adjusted(1, 1, -1, -1)):
                out.append(f"tab {bar.tabText(i)!r} {have}<{want}")
    return out


def measure(window, app, language: str, presentation: bool) -> dict:
    from PySide6.QtGui import QFontMetricsF
    from PySide6.QtWidgets import QTableView

    for _ in range(6):
        app.processEvents()
    area = window.screen().availableGeometry()
    frame = window.frameGeometry()
    edit = window.page.draft_edit
    chars = edit.viewport().width() / QFontMetricsF(edit.font()).averageCharWidth()
    vp = window.verdict_panel
    chip = vp.chip.geometry()
    chip_top_left = vp.chip.mapTo(window, chip.topLeft() - chip.topLeft())
    result = {
        "language": language,
        "presentation": presentation,
        "screen": [area.width(), area.height()],
        "window": [frame.width(), frame.height()],
        "class": window.responsive.current,
        "dpr": window.devicePixelRatioF(),
        "grab": list(window.grab().size().toTuple()),  # device pixels: 2× the window at 200 %
        "size": [window.width(), window.height()],
        "draft_chars": round(chars, 1),
        "hexagon": round(2 * vp.radar.chart_radius(), 1),
        "chip_visible": vp.chip.isVisible()
        and window.rect().contains(chip_top_left)
        and chip_top_left.y() + vp.chip.height() <= window.height(),
        "radar_visible": vp.radar.isVisible() and vp.radar.height() > 100,
        "page_hscroll": window.page.horizontalScrollBar().isVisible(),
        "cards_hscroll": window.assessment_panel.scroll.horizontalScrollBar().isVisible(),
        "clipped": clipped_buttons(window) + clipped_tabs(window),
    }
    window.show_compare()
    for _ in range(6):
        app.processEvents()
    frame = window.frameGeometry()
    result["compare_window"] = [frame.width(), frame.height()]
    result["compare_clipped"] = clipped_buttons(window) + clipped_tabs(window)
    view = window.party_tabs.compare_page.findChild(QTableView)
    model = view.model()
    if model.columnCount():  # the notes column: its width in characters, and whether it is all in view
        notes = view.columnWidth(model.columnCount() - 1)
        total = sum(view.columnWidth(c) for c in range(model.columnCount()))
        result["notes_chars"] = round(notes / view.fontMetrics().averageCharWidth(), 1)
        result["notes_in_view"] = total <= view.viewport().width()
    window.show_commitment()
    return result


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    languages = sys.argv[1].split(",") if len(sys.argv) > 1 else ["en", "es", "pt"]
    with tempfile.TemporaryDirectory(prefix="feasibility-room-") as tmp:
        os.environ["FEASIBILITY_HOME"] = tmp
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication

        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        app = QApplication.instance() or QApplication([sys.argv[0]])
        from feasibility_app.ui.common.i18n import LanguageManager
        from feasibility_app.ui.window.main_window import MainWindow

        manager = LanguageManager(restore=False)
        window = MainWindow(str(Path(tmp) / "f.db"), languages=manager)
        window.showMaximized()
        app.processEvents()
        if not window.load_data():
            return 1
        window.set_assessor("Artículo 19")
        target = next(s.id for s in window.navigator.model.summaries() if s.title.startswith("Detained"))
        window.navigator.select_commitment(target)
        for language in languages:
            manager.set_language(language, remember=False)
            for presentation in (False, True):
                window.set_presentation(presentation)
                print(json.dumps(measure(window, app, language, presentation)), flush=True)
            window.set_presentation(False)
        window.session.flush()
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
