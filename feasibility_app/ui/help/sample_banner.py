"""The first-run banner: the plan on screen is the case study's, and how to start an empty one.

A new user opening Feasibility sees six scored commitments and may take them for somebody's
real work. The banner says they are Mexico's 2013–2015 plan from the case study, offers
"Start an empty plan" (File ▸ New plan) and can be dismissed; the choice is remembered.
`feasibility-app --no-sample` starts a new database without the sample.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

SETTINGS_KEY = "help/sample_banner_closed"


class SampleBanner(QFrame):
    """A blue strip above the workspace; `empty_plan_requested` and `dismissed` are the user's answers."""

    empty_plan_requested = Signal()
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sampleBanner")
        self.setStyleSheet(
            "#sampleBanner { background: #E3F2FD; border: 1px solid #1565C0; border-radius: 3px; }"
            "#sampleBanner QLabel { color: #0D2F5A; }"
        )
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.empty_button = QPushButton()
        self.close_button = QPushButton()
        self.close_button.setFlat(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 6, 4)
        row.addWidget(self.label, 1)
        row.addWidget(self.empty_button)
        row.addWidget(self.close_button)
        self.empty_button.clicked.connect(self.empty_plan_requested)
        self.close_button.clicked.connect(self.dismissed)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.label.setText(
            self.tr(
                "This is a sample: Mexico's 2013–2015 action plan as the case study describes it "
                "(Gerson & Nieto, 2016). Edit it freely, or start your own."
            )
        )
        self.empty_button.setText(self.tr("Start an &empty plan…"))
        self.close_button.setText(self.tr("Dismiss"))
        self.setAccessibleName(self.tr("About the sample plan"))
        self._fit_height()  # another language, another length

    def resizeEvent(self, event: QResizeEvent) -> None:
        """As tall as its wrapped text needs at this width: the toolbar holding it sizes it by
        its size hint, which assumes a narrow label (three lines where one fits: ~50 px lost)."""
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        wanted = self.heightForWidth(self.width())  # the layout's, with the frame's border
        if wanted > 0 and wanted != self.maximumHeight():
            self.setFixedHeight(wanted)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
