"""Recording what happened to the open commitment: IRM's completion, "did it open government",
the source and its date. A view: it shows the recorded outcomes and asks for a new one
through `record_requested`; the window's hook records it (app.learning) and shows the list again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, QEvent, QSize, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.outcomes import Completion, OpenedGovernment, Outcome, Stage
from ..common import style
from .labels import completion_label, opened_label, stage_label
from .lazy_panel import LazyPanel

DOCK_WIDTH = 240


@dataclass(frozen=True)
class OutcomeDraft:
    """What the user asked to record."""

    stage: Stage
    completion: Completion
    opened_government: OpenedGovernment | None
    source: str
    reported_on: date | None


class OutcomePanel(LazyPanel):
    """The open commitment's outcomes, and a form to record one."""

    record_requested = Signal(object)  # OutcomeDraft

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, stale=False)  # nothing to read before a commitment opens
        self.setObjectName("outcomePanel")
        self._outcomes: list[Outcome] = []
        self._loader: Callable[[str], Sequence[Outcome]] | None = None
        self._cid = ""
        self.intro = style.wrapping_label(parent=self)
        self.model = QStandardItemModel(self)
        self.recorded = QListView(self)
        self.recorded.setObjectName("recordedOutcomes")
        self.recorded.setModel(self.model)
        self.recorded.setWordWrap(True)
        self.recorded.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.stage = QComboBox(self)
        self.completion = QComboBox(self)
        self.opened = QComboBox(self)
        self.source = QLineEdit(self)
        self.source.setObjectName("outcomeSource")
        self.dated = QCheckBox(self)
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setDate(QDate.currentDate())
        self.date.setEnabled(False)
        self.dated.toggled.connect(self.date.setEnabled)
        self.record_button = QPushButton(self)
        self.record_button.setObjectName("recordOutcome")
        self.record_button.clicked.connect(self._record)
        for combo in (self.stage, self.completion, self.opened):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # fits a narrow dock
        self.labels = [QLabel(self) for _ in range(5)]
        date_row = QVBoxLayout()
        date_row.addWidget(self.dated)
        date_row.addWidget(self.date, 1)
        for label, field in zip(
            self.labels, (self.stage, self.completion, self.opened, self.source, date_row), strict=True
        ):
            self.form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.intro)
        layout.addWidget(self.recorded, 1)
        layout.addLayout(self.form)
        layout.addWidget(self.record_button)
        self.retranslate_ui()
        self.set_commitment_open(False)

    def set_commitment_open(self, on: bool) -> None:
        for w in (self.stage, self.completion, self.opened, self.source, self.dated, self.record_button):
            w.setEnabled(on)
        self.date.setEnabled(on and self.dated.isChecked())

    def set_loader(self, loader: Callable[[str], Sequence[Outcome]]) -> None:
        self._loader = loader
        self._stale = True

    def set_commitment(self, cid: str) -> None:
        """The open commitment changed: show its outcomes (now if shown, else when next shown)."""
        self._cid = cid
        self.set_commitment_open(bool(cid))
        self.mark_stale()

    def refresh(self) -> None:
        self._stale = False
        if self._loader is not None:
            self.set_outcomes(list(self._loader(self._cid)) if self._cid else [])

    def set_outcomes(self, outcomes: Sequence[Outcome]) -> None:
        self._outcomes = list(outcomes)
        self._show()

    def item_texts(self) -> list[str]:
        return [self.model.item(i).text() for i in range(self.model.rowCount())]

    def _add(self, text: str) -> None:
        item = QStandardItem(text)
        item.setEditable(False)
        self.model.appendRow(item)

    def _show(self) -> None:
        self.model.clear()
        if not self._outcomes:
            self._add(self.tr("No outcome recorded for this commitment yet."))
            return
        for o in reversed(self._outcomes):  # newest first
            when = o.reported_on.isoformat() if o.reported_on else o.recorded_at.date().isoformat()
            text = self.tr("{stage}, {date}: {completion}").format(
                stage=stage_label(o.stage.value), date=when, completion=completion_label(o.completion.value)
            )
            if o.opened_government is not None:
                text += " · " + self.tr("opened government: {value}").format(
                    value=opened_label(o.opened_government.value)
                )
            if o.source:
                text += "\n" + o.source
            self._add(text)

    def draft(self) -> OutcomeDraft:
        opened = self.opened.currentData()
        return OutcomeDraft(
            Stage(self.stage.currentData()),
            Completion(self.completion.currentData()),
            OpenedGovernment(opened) if opened else None,
            self.source.text().strip(),
            self.date.date().toPython() if self.dated.isChecked() else None,
        )

    def _record(self) -> None:
        self.record_requested.emit(self.draft())

    def _fill(self, combo: QComboBox, items: Sequence[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.clear()
        for value, text in items:
            combo.addItem(text, value)
        index = combo.findData(current)
        combo.setCurrentIndex(max(0, index))

    def retranslate_ui(self) -> None:
        self.intro.setText(
            self.tr(
                "What happened to this commitment, from IRM's reports or the forum's own review. "
                "Each record is kept; the newest per stage counts in the track record."
            )
        )
        texts = (
            self.tr("Stage"),
            self.tr("Completion"),
            self.tr("Opened government"),
            self.tr("Source"),
            self.tr("Date"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self._fill(self.stage, [(s.value, stage_label(s.value)) for s in (Stage.END_OF_TERM, Stage.MIDTERM)])
        self._fill(self.completion, [(c.value, completion_label(c.value)) for c in Completion])
        self._fill(
            self.opened,
            [("", self.tr("not judged"))] + [(o.value, opened_label(o.value)) for o in OpenedGovernment],
        )
        self.source.setPlaceholderText(self.tr("e.g. IRM end-of-term report 2015"))
        self.dated.setText(self.tr("the source's date"))
        self.record_button.setText(self.tr("Record outcome"))  # no Alt key: the window has many
        self._show()

    def sizeHint(self) -> QSize:
        return QSize(DOCK_WIDTH, 420)  # a narrow dock: the draft and the scores keep their room

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


__all__ = ["OutcomeDraft", "OutcomePanel"]
