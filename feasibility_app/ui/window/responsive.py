"""The workspace's arrangement for the screen it is on, re-fitted on every resize.

Four size classes (see `size_class`):

- **wide** (a desk screen ≥ 1440 px): navigator | draft page | factor cards | verdict, four columns.
- **medium** (1150–1440 px, so also a 1366×768 laptop): navigator | a band across the top with
  the verdict's texts beside its chart, and under it the page | the factor cards.
- **compact** (narrower: a 1024×768 projector): as medium, with the navigator folded away
  (View ▸ Commitments, Ctrl+K or Ctrl+PgUp/PgDn reach the other commitments).
- **presentation** (any size): as compact, with the band taking about half the height, so the
  chart's hexagon is ≥ 240 px across at 1024×768 and grows with the screen.

Squeezing four columns into 1024 px left the draft text 170 px wide and cut the cards' buttons;
reflowing keeps the text ≥ 45 characters wide and every button whole. Where the user drags a
splitter, the position is remembered per size class (QSettings "layout/<class>/<splitter>").
The window never grows past the screen's available area.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer

if TYPE_CHECKING:
    from PySide6.QtWidgets import QSplitter

    from .main_window import MainWindow

WIDE, MEDIUM, COMPACT, PRESENTATION = "wide", "medium", "compact", "presentation"
# The navigator is as wide as the tab bar under it needs (~280–300 px with Precedents and Outcome
# tabbed beside it); four columns at 1366 px left the draft 44 characters wide.
WIDE_FROM = 1440  # navigator 300 + page 380 + cards 470 + verdict 290
MEDIUM_FROM = 1150  # navigator 240–300 + page 360–420 + cards 470
# The factor cards' width at least (`_cards_need()` measures what the current language and mode
# need, with every level button whole: about 520 px when presenting in en/es/pt).
CARDS = {False: 470, True: 480}
NAV_MIN, NAV_MAX = 240, 380


def size_class(width: int, presentation: bool) -> str:
    """The arrangement for a window `width` px wide (logical pixels)."""
    if presentation:
        return PRESENTATION
    if width >= WIDE_FROM:
        return WIDE
    if width >= MEDIUM_FROM:
        return MEDIUM
    return COMPACT


def _clamp(value: float, low: float, high: float) -> int:
    return round(max(low, min(high, value)))


def fold_side_docks(window: MainWindow) -> None:
    """Hide the docks tabbed with the navigator (`window.navigator_companions`) when the navigator
    is folded away (compact, presentation): hiding the navigator alone brings the next tab
    (Precedents, Outcome) to the front, which took the width those layouts give the draft, the
    cards and the chart. View ▸ Precedents / Outcome still shows them on demand."""
    for dock in window.navigator_companions:
        if not dock.isHidden() and not dock.isFloating():
            window._folded_companions.append(dock)
            dock.hide()


def unfold_side_docks(window: MainWindow) -> None:
    """Show again the docks `fold_side_docks` hid, with the navigator as the front tab."""
    folded, window._folded_companions = window._folded_companions, []
    for dock in folded:
        dock.show()
    if folded and not window.navigator_dock.isHidden():
        window.navigator_dock.raise_()


class ResponsiveLayout(QObject):
    """Arranges `window.work_split` / `assessment_split` and the navigator dock for the window's size."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.current = ""
        self._fitting = False
        self._nav_wanted = True  # the user's choice for classes that show the navigator
        for splitter in (window.work_split, window.assessment_split):
            splitter.splitterMoved.connect(lambda *_a, s=splitter: self._remember(s))
        window.navigator_dock.visibilityChanged.connect(self._dock_toggled)

    # --- the arrangement ----------------------------------------------------------------------

    def arrange(self) -> str:
        """Choose the size class for the current width; rebuild the panes if it changed; fit."""
        w = self.window
        cls = size_class(w.width(), w.presentation)
        if cls != self.current:
            self._fitting = True
            try:
                self._rebuild(cls)
            finally:
                self._fitting = False
            self.current = cls
        self.fit()
        return cls

    def _rebuild(self, cls: str) -> None:
        w = self.window
        work, inner = w.work_split, w.assessment_split
        page, cards, verdict = w.page, w.assessment_panel, w.verdict_panel
        if cls == WIDE:
            work.setOrientation(Qt.Orientation.Horizontal)
            work.insertWidget(0, page)
            inner.insertWidget(0, cards)
            inner.insertWidget(1, verdict)
            work.insertWidget(1, inner)
            verdict.set_wide(False)
        else:
            work.setOrientation(Qt.Orientation.Vertical)
            work.insertWidget(0, verdict)
            inner.insertWidget(0, page)
            inner.insertWidget(1, cards)
            work.insertWidget(1, inner)
            verdict.set_wide(True)
        work.setStretchFactor(0, 1 if cls == WIDE else 0)
        work.setStretchFactor(1, 0 if cls == WIDE else 1)
        w.set_focus_order()  # moving panes between splitters moved them in the focus chain
        if w.presentation:
            return  # presentation mode hides the navigator itself, and restores it after
        dock = w.navigator_dock
        if cls == COMPACT:
            if not dock.isHidden() and not dock.isFloating():
                self._fitting = True
                dock.hide()
            fold_side_docks(w)
            return
        if self._nav_wanted and dock.isHidden():
            dock.show()
        unfold_side_docks(w)

    def _dock_toggled(self, visible: bool) -> None:
        if not self._fitting and not self.window.presentation and self.current in (WIDE, MEDIUM):
            self._nav_wanted = visible
        if not self._fitting and self.window.isVisible():
            QTimer.singleShot(0, self.fit)

    # --- sizes ---------------------------------------------------------------------------------

    def fit(self) -> None:
        """Give each pane its share of the current size (or the user's remembered share)."""
        w = self.window
        cls = self.current or size_class(w.width(), w.presentation)
        dock = w.navigator_dock
        nav = 0
        if not dock.isHidden() and not dock.isFloating():
            nav = max(_clamp(w.width() * 0.16, NAV_MIN, NAV_MAX), self._dock_tabs_need())
            w.resizeDocks([dock], [nav], Qt.Orientation.Horizontal)
        width = max(w.width() - nav - 20, 200)
        cards = max(CARDS[w.presentation], self._cards_need())
        work, inner = w.work_split, w.assessment_split
        if cls == WIDE:
            verdict = _clamp((width - cards) * 0.34, 290, 560)
            page = width - cards - verdict
            self._set(work, [page, cards + verdict])
            self._set(inner, [cards, verdict])
            return
        height = max(work.height(), w.height() - 160, 300)
        share = 0.6 if w.presentation else 0.36
        top = _clamp(height * share, 230, 640 if w.presentation else 400)
        self._set(work, [top, height - top])
        page = max(width - cards, 0)
        self._set(inner, [page, cards])

    def _dock_tabs_need(self) -> int:
        """The width the tab bar under the navigator needs for its tabs' whole texts (Commitments,
        Precedents, Outcome are tabbed docks): 240 px elided all three at 1280×800. Qt makes that
        tab bar itself, as a child of the window, below the docks it tabs."""
        from PySide6.QtWidgets import QTabBar

        w = self.window
        dock = w.navigator_dock.geometry()
        need = 0
        for bar in w.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if bar.isVisible() and bar.count() > 1 and bar.geometry().left() < dock.right():
                tabs = sum(bar.tabSizeHint(i).width() for i in range(bar.count()) if bar.isTabVisible(i))
                need = max(need, tabs + 4)
        return need

    def _cards_need(self) -> int:
        """The factor cards' own minimum in the current language and mode (Spanish level names
        are longer), plus the panel's margins and scroll bar: never a sideways scroll."""
        panel = self.window.assessment_panel
        inner = panel.scroll.widget().minimumSizeHint().width()
        bar = panel.scroll.verticalScrollBar().sizeHint().width()
        margins = panel.layout().contentsMargins()
        return inner + bar + margins.left() + margins.right() + 4

    def _set(self, splitter: QSplitter, sizes: list[int]) -> None:
        saved = self._saved(splitter)
        total = sum(sizes)
        if saved and total > 0:
            sizes = [round(total * f) for f in saved]
        self._fitting = True
        try:
            splitter.setSizes(sizes)
        finally:
            self._fitting = False

    # --- remembering the user's splitter positions per size class ---------------------------------

    def _key(self, splitter: QSplitter) -> str:
        return f"layout/{self.current}/{splitter.objectName()}"

    def _remember(self, splitter: QSplitter) -> None:
        if self._fitting or not self.current:
            return
        sizes = splitter.sizes()
        total = sum(sizes)
        if total > 0:
            self.window.settings.setValue(self._key(splitter), ",".join(f"{s / total:.4f}" for s in sizes))

    def _saved(self, splitter: QSplitter) -> list[float] | None:
        value = self.window.settings.value(self._key(splitter), "")
        try:
            fractions = [float(x) for x in str(value or "").split(",") if x]
        except ValueError:
            return None
        if len(fractions) != splitter.count() or any(f <= 0.02 for f in fractions):
            return None
        return fractions
