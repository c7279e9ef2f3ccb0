"""The forum's track record: the band at signing against what happened, per band and per factor.

A view of a `Calibration` (domain.calibration): counts, the share that fell short with its
95 % interval, and "too few outcomes to say" below the threshold. It says plainly that the
scores are risk prompts for discussion until this record shows otherwise.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.calibration import MIN_OUTCOMES, Calibration, Rate, rate_of
from ...domain.outcomes import Completion
from ...domain.rubric import load_rubric
from ..common import style
from .labels import completion_label, prompts_note


def _table(parent: QWidget, name: str) -> QTableWidget:
    t = QTableWidget(parent)
    t.setObjectName(name)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.verticalHeader().setVisible(False)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.horizontalHeader().setStretchLastSection(True)
    return t


class CalibrationView(QWidget):
    """Shows one Calibration; `refresh_requested` asks the window's hook to compute it again.

    The plan picker (All plans, then each plan) says whose track record is shown; choosing
    one emits `plan_chosen` (a plan id, or None for all plans): the hook remembers it and
    computes the calibration through the same app-layer function as `calibration --plan`.
    """

    refresh_requested = Signal()
    plan_chosen = Signal(object)  # plan id, or None for all plans

    def __init__(self, parent: QWidget | None = None, language: str = "en") -> None:
        super().__init__(parent)
        self.setObjectName("calibrationView")
        self._rubric = load_rubric(language)
        self._cal: Calibration | None = None
        self.heading = QLabel(self)
        self.plan_combo = QComboBox(self)
        self.plan_combo.setObjectName("calibrationPlan")
        self.plan_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.plan_combo.setMinimumContentsLength(16)
        self.plan_combo.addItem("", None)  # All plans (its text is set by retranslate_ui)
        self.plan_combo.currentIndexChanged.connect(self._plan_index_changed)
        self.plan_label = QLabel(self)
        self.plan_label.setBuddy(self.plan_combo)  # its mnemonic focuses the picker
        self.note = style.wrapping_label(parent=self)
        self.summary = style.wrapping_label(parent=self)
        self.summary.setObjectName("calibrationSummary")
        self.bands = _table(self, "calibrationBands")
        self.factors = _table(self, "calibrationFactors")
        self.refresh_button = QPushButton(self)
        self.refresh_button.clicked.connect(self.refresh_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addWidget(self.heading)
        picker = QHBoxLayout()
        picker.addWidget(self.plan_label)
        picker.addWidget(self.plan_combo)
        picker.addStretch(1)
        layout.addLayout(picker)
        layout.addWidget(self.note)
        layout.addWidget(self.summary)
        layout.addWidget(self.bands, 1)
        layout.addWidget(self.factors, 1)
        layout.addWidget(self.refresh_button)
        self.retranslate_ui()

    def set_language(self, language: str) -> None:
        self._rubric = load_rubric(language)
        self._show()

    def set_plans(self, plans: Sequence[tuple[str, str]], current: str | None) -> None:
        """Fill the picker: All plans, then each (id, title); select `current` (None, or an id
        no longer there: All plans). Emits nothing."""
        self.plan_combo.blockSignals(True)
        while self.plan_combo.count() > 1:
            self.plan_combo.removeItem(1)
        for plan_id, title in plans:
            self.plan_combo.addItem(title, plan_id)
            self.plan_combo.setItemData(self.plan_combo.count() - 1, title, Qt.ItemDataRole.ToolTipRole)
        index = self.plan_combo.findData(current) if current else 0
        self.plan_combo.setCurrentIndex(max(0, index))
        self.plan_combo.blockSignals(False)

    def current_plan_id(self) -> str | None:
        return self.plan_combo.currentData()

    def _plan_index_changed(self, _index: int) -> None:
        self.plan_chosen.emit(self.current_plan_id())

    def set_calibration(self, cal: Calibration | None) -> None:
        self._cal = cal
        self._show()

    def rate_text(self, rate: Rate) -> str:
        if rate.n == 0:
            return "–"
        lo, hi = rate.interval
        text = self.tr("{k} of {n} fell short ({lo}–{hi}%)").format(
            k=rate.fell_short, n=rate.n, lo=round(lo * 100), hi=round(hi * 100)
        )
        return text if rate.enough else text + " · " + self.tr("too few to say")

    def _show(self) -> None:
        cal = self._cal
        self.bands.clear()
        self.factors.clear()
        heads = [self.tr("Band at signing"), self.tr("n")]
        heads += [completion_label(c.value) for c in Completion] + [self.tr("Fell short (95% interval)")]
        self.bands.setColumnCount(len(heads))
        self.bands.setHorizontalHeaderLabels(heads)
        fheads = [self.tr("Factor"), self.tr("Rated high or critical"), self.tr("Rated low or moderate")]
        self.factors.setColumnCount(len(fheads))
        self.factors.setHorizontalHeaderLabels(fheads)
        if cal is None:
            self.summary.setText("")
            self.bands.setRowCount(0)
            self.factors.setRowCount(0)
            return
        if cal.n == 0:
            text = self.tr(
                "No outcomes recorded yet: record what happened to each commitment (the Outcome "
                "panel, or IRM's reports) to build the forum's own track record."
            )
        else:
            text = self.tr("%n commitment(s) with an outcome and a score before it.", "", cal.n)
            if not cal.enough:
                text += " " + self.tr(
                    "Too few outcomes to say (fewer than {threshold}): these counts are the record so far, "
                    "not evidence that the scores predict anything."
                ).format(threshold=MIN_OUTCOMES)
        if cal.n:
            bases = rate_of(cal.cases).bases
            text += " " + self.tr(
                "Band at signing: {lock} from the forum's signing lock, {consensus} from the newest score "
                "before the outcome (no lock before it)."
            ).format(lock=bases.get("lock", 0), consensus=bases.get("consensus", 0))
        if cal.unscored:
            text += " " + self.tr(
                "%n outcome(s) left out: nobody had scored the commitment before it.", "", len(cal.unscored)
            )
        self.summary.setText(text)
        self.bands.setRowCount(len(cal.by_band))
        for r, (band, rate) in enumerate(cal.by_band.items()):
            cells = [self._rubric.level_label(band), str(rate.n)]
            cells += [str(rate.completion[c.value]) for c in Completion] + [self.rate_text(rate)]
            for c, value in enumerate(cells):
                self.bands.setItem(r, c, QTableWidgetItem(value))
        self.factors.setRowCount(len(cal.by_factor))
        for r, (key, groups) in enumerate(cal.by_factor.items()):
            cells = [
                self._rubric.factor_label(key),
                self.rate_text(groups["high"]),
                self.rate_text(groups["low"]),
            ]
            for c, value in enumerate(cells):
                self.factors.setItem(r, c, QTableWidgetItem(value))

    def retranslate_ui(self) -> None:
        self.heading.setText("<b>" + self.tr("Track record: risks at signing against what happened") + "</b>")
        self.note.setText(
            prompts_note()
            + " "
            + self.tr(
                "Each commitment counts with the band the forum locked for signing before its outcome, "
                "else the band it had before the outcome (the newest agreed consensus then, else the "
                "parties' result then); “fell short” means not started or limited."
            )
        )
        self.refresh_button.setText(self.tr("Refresh"))
        self.plan_label.setText(self.tr("Track record &of:"))
        self.plan_combo.setItemText(0, self.tr("All plans"))
        self.plan_combo.setAccessibleName(self.tr("Whose track record"))
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


__all__ = ["CalibrationView"]
