"""The Compare tab's bar under the table: what is still needed, the chart toggle, Record and Lock.

In the splitter pane under the chart, the buttons went ~70 px below a 1024×768 projector's
fold in presentation mode (the page scrolled). In a bar outside the splitter they stay in
view; on a short presenting screen (window under FOLD_BELOW px tall) the chart and its
explanations fold behind a toggle, since a room wants the six factor rows and the buttons first.
On a narrow presenting screen (1024 px) the table's text is a little smaller (`table_scale`).
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QWidget

NEEDED_STYLE = "QLabel { color: #B71C1C; }"
NARROW_BELOW = 1200  # presenting in a window narrower than this, the table's text is 1.2×, not 1.4×
FOLD_BELOW = 900  # presenting in a window shorter than this, the chart folds away (1366×768, 1280×800)


def chart_folds(presenting: bool, window_height: int) -> bool:
    """Whether the chart strip folds behind its toggle: presenting on a short screen only."""
    return presenting and 0 < window_height < FOLD_BELOW


def table_scale(presenting: bool, window_width: int) -> float:
    """The table's font against the view's: presenting in a window under NARROW_BELOW px wide,
    1.2× the desk size instead of 1.4×, so the nine columns fit without a sideways scroll (with
    Spread folded into the Discuss cell's tooltip, compare_columns.fold_spread)."""
    return 1.2 / 1.4 if presenting and 0 < window_width < NARROW_BELOW else 1.0


class ConsensusBar(QWidget):
    """The message saying which blocks still need a note, then the chart toggle (shown only
    where the chart folds), Record and Lock; the view sets the texts (its translation context)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.needed_label = QLabel()
        self.needed_label.setWordWrap(True)
        self.needed_label.setStyleSheet(NEEDED_STYLE)
        self.chart_button = QPushButton()
        self.chart_button.setCheckable(True)
        self.chart_button.hide()
        self.record_button = QPushButton()
        self.record_button.setDefault(False)
        self.lock_button = QPushButton()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.needed_label, 1)
        layout.addWidget(self.chart_button)
        layout.addWidget(self.record_button)
        layout.addWidget(self.lock_button)


class ShortSplitter(QSplitter):
    """The table | chart splitter, asking only for its minimum: the tab's scroll area sizes a
    page with wrapped labels by its preferred height, and the chart's 300-px wish pushed the
    buttons ~45 px below a 1024×768 window (normal mode, sample banner shown). It still takes
    all the height the page has (stretch)."""

    def sizeHint(self) -> QSize:
        return self.minimumSizeHint()
