"""File ▸ Plan settings…: an action plan's title, country, period, factor weights and forum.

The dialog edits a copy: `plan()` returns the edited `Plan` (same id and versions as the
one given, so the repository can refuse a stale save), and the window saves it through
`Session.save_plan`. When someone else saved the plan meanwhile, the window reopens the
dialog with the user's values on the fresh plan (`app.plans.rebase_plan`) and `saved_meanwhile`
names what differs, so nothing typed is lost and nothing of theirs is overwritten unseen.
"""

from __future__ import annotations

import dataclasses
import uuid

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.factors import FACTOR_KEYS, Role
from ...domain.government import level_for_country
from ...domain.model import Party, Plan
from ...domain.paper import A4, LETTER, default_paper
from ...domain.rubric import load_rubric
from ..commitment.choice_combos import PlanLevelCombo
from .dialogs import from_qdate, make_date_edit, to_qdate

WEIGHT_MAX = 10.0
WEIGHT_STEP = 0.5
_PARTY_ROLE = Qt.ItemDataRole.UserRole  # on the name item: (party id, version)


class PlanSettingsDialog(QDialog):
    """Edit one action plan's settings and forum; `plan()` is the edited plan."""

    def __init__(
        self,
        plan: Plan,
        lang: str = "en",
        parent: QWidget | None = None,
        saved_meanwhile: Plan | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("planSettingsDialog")
        self._original = plan
        self._saved_meanwhile = saved_meanwhile
        self._rubric = load_rubric(lang)

        self.conflict_label = QLabel()
        self.conflict_label.setObjectName("planSettingsConflict")
        self.conflict_label.setWordWrap(True)
        self.conflict_label.setStyleSheet(
            "QLabel { background: #FFF3CD; color: #5C4400; border: 1px solid #E0C36A; padding: 6px; }"
        )
        self.conflict_label.setVisible(saved_meanwhile is not None)

        # --- the plan ---
        self.title_edit = QLineEdit()
        self.country_edit = QLineEdit()
        self.level_combo = PlanLevelCombo()  # its commitments' lead agencies, by default
        self.start_edit = make_date_edit()
        self.end_edit = make_date_edit()
        self.paper_combo = QComboBox()  # the paper its reports print on; "" = from the country
        self.paper_combo.setObjectName("planPaper")
        for value in ("", A4, LETTER):
            self.paper_combo.addItem("", value)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self._form_labels = [QLabel() for _ in range(5)]
        period = QHBoxLayout()
        self.to_label = QLabel()
        period.addWidget(self.start_edit)
        period.addWidget(self.to_label)
        period.addWidget(self.end_edit)
        period.addStretch(1)
        fields = (self.title_edit, self.country_edit, period, self.level_combo, self.paper_combo)
        for label, field in zip(self._form_labels, fields, strict=True):
            self.form.addRow(label, field)
        self._form_labels[0].setBuddy(self.title_edit)
        self._form_labels[1].setBuddy(self.country_edit)
        self._form_labels[2].setBuddy(self.start_edit)
        self._form_labels[3].setBuddy(self.level_combo)
        self._form_labels[4].setBuddy(self.paper_combo)

        # --- the weights ---
        self.weights_box = QGroupBox()
        self.weight_spins: dict[str, QDoubleSpinBox] = {}
        self.weight_labels: dict[str, QLabel] = {}
        grid = QGridLayout()
        for i, key in enumerate(FACTOR_KEYS):
            spin = QDoubleSpinBox()
            spin.setObjectName(f"weight_{key}")
            spin.setRange(0.0, WEIGHT_MAX)
            spin.setSingleStep(WEIGHT_STEP)
            spin.setDecimals(1)
            spin.setAlignment(Qt.AlignmentFlag.AlignRight)
            label = QLabel()
            label.setBuddy(spin)
            self.weight_spins[key], self.weight_labels[key] = spin, label
            row, col = divmod(i, 2)
            grid.addWidget(label, row, col * 3)
            grid.addWidget(spin, row, col * 3 + 1)
        grid.setColumnMinimumWidth(2, 24)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(3, 1)
        self.weights_note = QLabel()
        self.weights_note.setWordWrap(True)
        self.equal_button = QPushButton()
        self.equal_button.clicked.connect(self._equal_weights)
        note_row = QHBoxLayout()
        note_row.addWidget(self.weights_note, 1)
        note_row.addWidget(self.equal_button, 0, Qt.AlignmentFlag.AlignTop)
        box_layout = QVBoxLayout(self.weights_box)
        box_layout.addLayout(grid)
        box_layout.addLayout(note_row)

        # --- the forum ---
        self.parties_box = QGroupBox()
        self.parties = QTableWidget(0, 2)
        self.parties.setObjectName("planSettingsParties")
        self.parties.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.parties.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeToContents)
        self.parties.verticalHeader().hide()
        self.parties.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.parties.setSelectionMode(QAbstractItemView.SingleSelection)
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.up_button = QPushButton()
        self.down_button = QPushButton()
        self.add_button.clicked.connect(self._add_clicked)
        self.remove_button.clicked.connect(self.remove_party)
        self.up_button.clicked.connect(lambda: self.move_party(-1))
        self.down_button.clicked.connect(lambda: self.move_party(1))
        buttons_col = QVBoxLayout()
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons_col.addWidget(b)
        buttons_col.addStretch(1)
        parties_layout = QHBoxLayout(self.parties_box)
        parties_layout.addWidget(self.parties, 1)
        parties_layout.addLayout(buttons_col)

        self.problems_label = QLabel()
        self.problems_label.setObjectName("planSettingsProblems")
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet("QLabel { color: #B71C1C; }")
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.conflict_label)
        layout.addLayout(self.form)
        layout.addWidget(self.weights_box)
        layout.addWidget(self.parties_box, 1)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.buttons)

        self._fill(plan)
        for edit in (self.title_edit, self.country_edit):
            edit.textChanged.connect(self._validate)
        self.country_edit.textChanged.connect(
            lambda text: self.level_combo.set_plan_level(level_for_country(text))
        )
        self.country_edit.textChanged.connect(lambda _text: self._paper_texts())
        self.level_combo.currentIndexChanged.connect(self._validate)
        for edit in (self.start_edit, self.end_edit):
            edit.dateChanged.connect(self._validate)
        for spin in self.weight_spins.values():
            spin.valueChanged.connect(self._validate)
        self.parties.itemChanged.connect(self._validate)
        self.parties.currentCellChanged.connect(lambda *_a: self._update_buttons())
        self.retranslate_ui()
        self.resize(680, 580)

    # --- filling and reading ---------------------------------------------------------------

    def _fill(self, plan: Plan) -> None:
        self.title_edit.setText(plan.title)
        self.country_edit.setText(plan.country)
        self.level_combo.set_plan_level(level_for_country(plan.country))
        self.level_combo.setCurrentIndex(max(0, self.level_combo.findData(plan.lead_level)))
        self.paper_combo.setCurrentIndex(max(0, self.paper_combo.findData(plan.paper)))
        self.start_edit.setDate(to_qdate(plan.start))
        self.end_edit.setDate(to_qdate(plan.end))
        for key, spin in self.weight_spins.items():
            spin.setValue(float(plan.weights.get(key, 1.0)))
        self.parties.setRowCount(0)
        for party in plan.parties:
            self.add_party(party.name, party.role, party.id, party.version)
        if plan.parties:
            self.parties.setCurrentCell(0, 0)

    def plan(self) -> Plan:
        """The edited plan: same id and versions as the one given, parties in table order."""
        parties = []
        for row in range(self.parties.rowCount()):
            name, role, party_id, version = self._row(row)
            parties.append(
                Party(
                    id=party_id,
                    plan_id=self._original.id,
                    name=name.strip(),
                    role=Role(role),
                    version=version,
                )
            )
        return dataclasses.replace(
            self._original,
            title=self.title_edit.text().strip(),
            country=self.country_edit.text().strip(),
            lead_level=self.level_combo.currentData() or "",
            paper=self.paper_combo.currentData() or "",
            start=from_qdate(self.start_edit.date()),
            end=from_qdate(self.end_edit.date()),
            weights={key: spin.value() for key, spin in self.weight_spins.items()},
            parties=tuple(parties),
        )

    # --- the parties table -----------------------------------------------------------------------

    def add_party(
        self, name: str = "", role: Role | str = Role.GOVERNMENT, party_id: str = "", version: int = 1
    ) -> int:
        """Append a party row; returns its row number."""
        row = self.parties.rowCount()
        self.parties.blockSignals(True)
        self.parties.insertRow(row)
        self._set_row(row, name, Role(role).value, party_id or str(uuid.uuid4()), version)
        self.parties.blockSignals(False)
        self._validate()
        return row

    def _set_row(self, row: int, name: str, role: str, party_id: str, version: int) -> None:
        item = QTableWidgetItem(name)
        item.setData(_PARTY_ROLE, (party_id, version))
        self.parties.setItem(row, 0, item)
        combo = self.parties.cellWidget(row, 1)
        if not isinstance(combo, QComboBox):
            combo = QComboBox()
            for r in Role:
                combo.addItem(self._rubric.role_label(r), r.value)
            combo.currentIndexChanged.connect(lambda _i: self._validate())
            self.parties.setCellWidget(row, 1, combo)
        combo.setCurrentIndex(max(0, combo.findData(role)))

    def _row(self, row: int) -> tuple[str, str, str, int]:
        item = self.parties.item(row, 0)
        combo = self.parties.cellWidget(row, 1)
        party_id, version = (item.data(_PARTY_ROLE) if item is not None else None) or ("", 1)
        role = combo.currentData() if isinstance(combo, QComboBox) else Role.GOVERNMENT.value
        return (item.text() if item is not None else "", role, party_id, version)

    def _add_clicked(self) -> None:
        row = self.add_party()
        self.parties.setCurrentCell(row, 0)
        self.parties.setFocus()
        self.parties.editItem(self.parties.item(row, 0))

    def remove_party(self) -> None:
        row = self.parties.currentRow()
        if row < 0:
            return
        self.parties.removeRow(row)
        if self.parties.rowCount():
            self.parties.setCurrentCell(min(row, self.parties.rowCount() - 1), 0)
        self._validate()

    def move_party(self, step: int) -> None:
        """Move the current party up (-1) or down (+1): the forum's order is kept."""
        row = self.parties.currentRow()
        other = row + step
        if row < 0 or not 0 <= other < self.parties.rowCount():
            return
        a, b = self._row(row), self._row(other)
        self.parties.blockSignals(True)
        self._set_row(row, *b)
        self._set_row(other, *a)
        self.parties.blockSignals(False)
        self.parties.setCurrentCell(other, 0)
        self._validate()

    def _equal_weights(self) -> None:
        for spin in self.weight_spins.values():
            spin.setValue(1.0)

    # --- validation ----------------------------------------------------------------------------

    def problems(self) -> list[str]:
        """What keeps OK disabled, in words (empty: the plan can be saved)."""
        found = []
        if not self.title_edit.text().strip():
            found.append(self.tr("Give the plan a title."))
        start, end = from_qdate(self.start_edit.date()), from_qdate(self.end_edit.date())
        if start is not None and end is not None and end <= start:
            found.append(self.tr("The end date must be after the start date."))
        if all(spin.value() == 0 for spin in self.weight_spins.values()):
            found.append(self.tr("At least one factor needs a weight above 0."))
        names = [self._row(r)[0].strip() for r in range(self.parties.rowCount())]
        if not names:
            found.append(self.tr("The forum needs at least one party."))
        elif not all(names):
            found.append(self.tr("Every party needs a name: type one, or remove the empty row."))
        return found

    def _validate(self, *_args) -> None:
        found = self.problems()
        self.problems_label.setText("\n".join(f"• {p}" for p in found))
        self.problems_label.setVisible(bool(found))
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(not found)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row, count = self.parties.currentRow(), self.parties.rowCount()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)

    # --- texts ----------------------------------------------------------------------------------

    def _conflict_text(self) -> str:
        theirs, mine = self._saved_meanwhile, self.plan()
        if theirs is None:
            return ""
        differ = []
        if theirs.title != mine.title:
            differ.append(self.tr("title “{value}”").format(value=theirs.title))
        if theirs.country != mine.country:
            differ.append(self.tr("country “{value}”").format(value=theirs.country))
        if theirs.lead_level != mine.lead_level:
            differ.append(
                self.tr("level of government “{value}”").format(
                    value=self.level_combo.level_name(theirs.lead_level or level_for_country(theirs.country))
                )
            )
        if theirs.paper != mine.paper:
            names = {A4: self.tr("A4"), LETTER: self.tr("Letter")}
            value = names.get(theirs.paper) or self.tr("from the country")
            differ.append(self.tr("paper “{value}”").format(value=value))
        if (theirs.start, theirs.end) != (mine.start, mine.end):
            differ.append(
                self.tr("period {start} to {end}").format(
                    start=theirs.start.isoformat() if theirs.start else "—",
                    end=theirs.end.isoformat() if theirs.end else "—",
                )
            )
        for key in FACTOR_KEYS:
            if theirs.weights.get(key) != mine.weights.get(key):
                differ.append(
                    self.tr("{factor} weight {value}").format(
                        factor=self._rubric.factor_label(key), value=f"{theirs.weights.get(key, 1.0):g}"
                    )
                )
        if [(p.name, p.role) for p in theirs.parties] != [(p.name, p.role) for p in mine.parties]:
            differ.append(
                self.tr("parties: {names}").format(names=", ".join(p.name for p in theirs.parties) or "—")
            )
        text = self.tr(
            "Someone else saved this plan while you were editing it. Your values are shown below; "
            "OK saves them over theirs."
        )
        if differ:
            text += " " + self.tr("Their saved version differs in: {list}.").format(list="; ".join(differ))
        return text

    def retranslate_ui(self) -> None:
        title = self._original.title or self.tr("(untitled)")
        self.setWindowTitle(self.tr("Plan settings — {title}").format(title=title))
        for label, text in zip(
            self._form_labels,
            (
                self.tr("&Title:"),
                self.tr("C&ountry:"),
                self.tr("&Period:"),
                self.tr("Lead agencies' le&vel of government:"),
                self.tr("Paper for report&s:"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.to_label.setText(self.tr("to"))
        self._paper_texts()
        self.title_edit.setAccessibleName(self.tr("Plan title"))
        self.country_edit.setAccessibleName(self.tr("Country"))
        self.start_edit.setAccessibleName(self.tr("Plan start date"))
        self.end_edit.setAccessibleName(self.tr("Plan end date"))
        self.weights_box.setTitle(self.tr("Factor weights"))
        for key, label in self.weight_labels.items():
            factor = self._rubric.factor_label(key)
            label.setText(self.tr("{factor}:").format(factor=factor))
            self.weight_spins[key].setAccessibleName(self.tr("Weight of {factor}").format(factor=factor))
            self.weight_spins[key].setToolTip(self._rubric.question(key))
        self.weights_note.setText(
            self.tr(
                "Weights change the overall score of every commitment in this plan: a factor "
                "weighted 2 counts twice as much as one weighted 1. A weight of 0 leaves the "
                "factor out of the mean (a critical factor still raises the band)."
            )
        )
        self.equal_button.setText(self.tr("&Equal weights"))
        self.equal_button.setToolTip(self.tr("Set every weight to 1"))
        self.parties_box.setTitle(self.tr("Parties of the forum (who negotiates the plan)"))
        self.parties.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role")])
        self.parties.setAccessibleName(self.tr("Parties"))
        self.add_button.setText(self.tr("&Add party"))
        self.remove_button.setText(self.tr("&Remove party"))
        self.up_button.setText(self.tr("Move &up"))
        self.down_button.setText(self.tr("Move &down"))
        self.conflict_label.setText(self._conflict_text())
        self._validate()

    def _paper_texts(self) -> None:
        """The paper choices; the first says what "from the country" means for the country typed
        (a plan without a country: this computer's region, as the export dialog decides)."""
        from ..files.report_options import system_region

        country = default_paper(self.country_edit.text(), system_region()) == LETTER
        self.paper_combo.setItemText(
            0,
            self.tr("From the country: Letter") if country else self.tr("From the country: A4"),
        )
        self.paper_combo.setItemText(1, self.tr("A4 (210 × 297 mm)"))
        self.paper_combo.setItemText(2, self.tr("Letter (8.5 × 11 in)"))
        self.paper_combo.setAccessibleName(self.tr("Paper for the plan's reports"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
