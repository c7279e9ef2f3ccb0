"""The commitment's OGP template fields, as one scrolling page.

The page only shows and reports: every user edit is emitted as a complete new
`CommitmentFields` value (`fields_edited(fields, field_key)`); the session makes
an undoable command of it and calls `set_fields` back (a no-op for widgets that
already show that value, so typing is never disturbed). Hook for live wording
highlighting: `CommitmentPage.draft_edit` is the draft text's QPlainTextEdit.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.factors import OGValue, Status
from ...domain.model import CommitmentFields, Milestone
from ...domain.rubric import load_rubric
from ..dialogs.dialogs import from_qdate, make_date_edit
from .choice_combos import LevelCombo, TextLanguageCombo
from .draft_editor import DraftEditor
from .milestones_model import MilestonesModel
from .quiet_setters import set_box, set_combo, set_date, set_line
from .text_box import TextBox
from .undo_passthrough import UndoPassthrough

FINDINGS_HEIGHT = 150  # two findings visible under the draft text (×1.5 in presentation mode)


class CommitmentPage(QScrollArea):
    """Title, problem, baseline, draft text, values, actors, budget, dates, status, milestones."""

    fields_edited = Signal(object, str)  # new CommitmentFields, the key of the field that changed
    history_requested = Signal()  # "Show" on the parallel-edit banner

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fields = CommitmentFields()
        self._language = "en"
        self._read_only = False
        self._undo_filter = UndoPassthrough(self)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.NoFrame)
        body = QWidget()
        self.setWidget(body)

        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)
        self.notice.setStyleSheet(
            "QLabel { background: #FFF3CD; color: #3E2F00; border: 1px solid #C9A227; padding: 6px; }"
        )
        # Someone else saved this commitment meanwhile: said at once, without a dialog.
        self.parallel_banner = QFrame()
        self.parallel_banner.setObjectName("parallelBanner")
        self.parallel_banner.setStyleSheet(
            "#parallelBanner { background: #E3F2FD; border: 1px solid #1565C0; border-radius: 3px; }"
            "#parallelBanner QLabel { color: #0D2F5A; }"
        )
        self.parallel_label = QLabel()
        self.parallel_label.setWordWrap(True)
        self.parallel_show_button = QPushButton()
        self.parallel_close_button = QPushButton()
        self.parallel_close_button.setFlat(True)
        # The message on its own line (the page column is narrow), the buttons under it.
        banner = QVBoxLayout(self.parallel_banner)
        banner.setContentsMargins(8, 6, 6, 4)
        banner.setSpacing(2)
        banner.addWidget(self.parallel_label)
        banner_row = QHBoxLayout()
        banner_row.addStretch(1)
        banner_row.addWidget(self.parallel_show_button)
        banner_row.addWidget(self.parallel_close_button)
        banner.addLayout(banner_row)
        self.parallel_banner.setVisible(False)
        self.parallel_show_button.clicked.connect(self.history_requested)
        self.parallel_close_button.clicked.connect(lambda: self.set_parallel_edit(""))
        self.title_edit = QLineEdit()
        # The draft text with its wording checks: highlights in the text, findings listed
        # under it (the page column is narrow; the text keeps its nine lines).
        self.draft_box = DraftEditor(editor=TextBox(12), orientation=Qt.Vertical)
        self.draft_edit = self.draft_box.editor
        self.draft_box.findings_list.setMinimumHeight(FINDINGS_HEIGHT)
        self.problem_edit = TextBox(3)
        self.status_quo_edit = TextBox(3)
        self.how_edit = TextBox(3)
        self.value_checks = {v.value: QCheckBox() for v in OGValue}
        self.lead_edit = QLineEdit()
        self.gov_edit = QLineEdit()
        self.cso_edit = QLineEdit()
        self.budget_edit = TextBox(2)
        self.start_edit = make_date_edit()
        self.end_edit = make_date_edit()
        self.status_combo = QComboBox()
        for s in Status:
            self.status_combo.addItem(s.value, s.value)
        self.language_combo = TextLanguageCombo()
        self.level_combo = LevelCombo()
        self.milestones = MilestonesModel(self)
        self.milestones_view = QTableView()
        self.milestones_view.setModel(self.milestones)
        self.milestones_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.milestones_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.milestones_view.setTabKeyNavigation(False)
        self.milestones_view.setWordWrap(True)
        mh = self.milestones_view.horizontalHeader()
        mh.setSectionResizeMode(MilestonesModel.COL_OUTPUT, QHeaderView.Stretch)
        mh.setSectionResizeMode(MilestonesModel.COL_START, QHeaderView.ResizeToContents)
        mh.setSectionResizeMode(MilestonesModel.COL_END, QHeaderView.ResizeToContents)
        self.milestones_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.add_milestone_button = QPushButton()
        self.remove_milestone_button = QPushButton()

        self.labels: dict[str, QLabel] = {}
        layout = QVBoxLayout(body)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.notice)
        layout.addWidget(self.parallel_banner)

        def add(key: str, widget: QWidget, stretch: int = 0) -> None:
            label = QLabel()
            label.setWordWrap(True)
            label.setBuddy(widget)
            self.labels[key] = label
            layout.addWidget(label)
            layout.addWidget(widget, stretch)

        add("title", self.title_edit)
        add("draft_text", self.draft_box, 3)
        self.labels["draft_text"].setBuddy(self.draft_edit)  # mnemonic and accessible name stay on the editor
        add("problem", self.problem_edit, 1)
        add("status_quo", self.status_quo_edit, 1)
        add("how_it_helps", self.how_edit, 1)

        self.values_label = QLabel()
        self.values_label.setWordWrap(True)
        layout.addWidget(self.values_label)
        values_box = QVBoxLayout()  # one per line: "Rendición de cuentas" is long
        values_box.setSpacing(2)
        for check in self.value_checks.values():
            values_box.addWidget(check)
        layout.addLayout(values_box)

        add("lead_agency", self.lead_edit)
        add("lead_level", self.level_combo)
        add("other_actors_government", self.gov_edit)
        add("other_actors_cso", self.cso_edit)
        add("budget_note", self.budget_edit)

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        for col, (key, widget) in enumerate(
            (
                ("start", self.start_edit),
                ("end", self.end_edit),
                ("status", self.status_combo),
                ("language", self.language_combo),
            )
        ):
            label = QLabel()
            label.setWordWrap(True)
            label.setBuddy(widget)
            self.labels[key] = label
            grid.addWidget(label, 2 * (col // 2), col % 2)
            grid.addWidget(widget, 2 * (col // 2) + 1, col % 2)
        grid.setColumnStretch(2, 1)
        layout.addLayout(grid)

        self.milestones_label = QLabel()
        self.milestones_label.setWordWrap(True)
        self.milestones_label.setBuddy(self.milestones_view)
        layout.addWidget(self.milestones_label)
        layout.addWidget(self.milestones_view, 1)
        mrow = QHBoxLayout()
        mrow.addWidget(self.add_milestone_button)
        mrow.addWidget(self.remove_milestone_button)
        mrow.addStretch(1)
        layout.addLayout(mrow)
        self.milestones_view.setMinimumHeight(120)

        for w in (
            self.title_edit,
            self.draft_edit,
            self.problem_edit,
            self.status_quo_edit,
            self.how_edit,
            self.lead_edit,
            self.gov_edit,
            self.cso_edit,
            self.budget_edit,
        ):
            w.installEventFilter(self._undo_filter)

        self._connect()
        self._set_tab_order()
        self.retranslate_ui()
        self.set_language("en")
        self.set_fields(CommitmentFields())

    # --- wiring ---------------------------------------------------------------------

    def _connect(self) -> None:
        self.title_edit.textEdited.connect(lambda t: self._edited("title", t))
        self.lead_edit.textEdited.connect(lambda t: self._edited("lead_agency", t))
        self.gov_edit.textEdited.connect(lambda t: self._edited("other_actors_government", t))
        self.cso_edit.textEdited.connect(lambda t: self._edited("other_actors_cso", t))
        for key, box in (
            ("draft_text", self.draft_edit),
            ("problem", self.problem_edit),
            ("status_quo", self.status_quo_edit),
            ("how_it_helps", self.how_edit),
            ("budget_note", self.budget_edit),
        ):
            box.textChanged.connect(lambda key=key, box=box: self._edited(key, box.toPlainText()))
        for check in self.value_checks.values():
            check.toggled.connect(self._values_toggled)
        self.start_edit.dateChanged.connect(lambda d: self._edited("start", from_qdate(d)))
        self.end_edit.dateChanged.connect(lambda d: self._edited("end", from_qdate(d)))
        self.status_combo.currentIndexChanged.connect(
            lambda _i: self._edited("status", Status(self.status_combo.currentData()))
        )
        self.language_combo.currentIndexChanged.connect(
            lambda _i: self._edited("language", self.language_combo.currentData())
        )
        self.level_combo.currentIndexChanged.connect(self._level_edited)
        self.draft_box.language_override_requested.connect(self._use_language)
        self.milestones.milestones_edited.connect(lambda ms: self._edited("milestones", tuple(ms)))
        self.add_milestone_button.clicked.connect(self._add_milestone)
        self.remove_milestone_button.clicked.connect(self._remove_milestone)

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.title_edit,
            self.draft_edit,
            self.draft_box.findings_list.view,
            self.problem_edit,
            self.status_quo_edit,
            self.how_edit,
            *self.value_checks.values(),
            self.lead_edit,
            self.level_combo,
            self.gov_edit,
            self.cso_edit,
            self.budget_edit,
            self.start_edit,
            self.end_edit,
            self.status_combo,
            self.language_combo,
            self.milestones_view,
            self.add_milestone_button,
            self.remove_milestone_button,
        ]
        for a, b in itertools.pairwise(chain):
            QWidget.setTabOrder(a, b)

    def _edited(self, key: str, value: object) -> None:
        if getattr(self._fields, key) == value:
            return
        self._fields = replace(self._fields, **{key: value})
        self.fields_edited.emit(self._fields, key)

    def _level_edited(self, _index: int) -> None:
        self.draft_box.set_level(self.level_combo.effective_level())
        self._edited("lead_level", self.level_combo.currentData())

    def _use_language(self, language: str) -> None:
        """The text reads as another language than the one chosen: use that one."""
        if not self._read_only:
            self.language_combo.setCurrentIndex(self.language_combo.findData(language))

    def _values_toggled(self, _checked: bool) -> None:
        values = tuple(v.value for v in OGValue if self.value_checks[v.value].isChecked())
        self._edited("og_values", values)

    def _add_milestone(self) -> None:
        current = self.milestones_view.currentIndex()
        row = self.milestones.request_add(current.row() if current.isValid() else -1)
        index = self.milestones.index(row, MilestonesModel.COL_OUTPUT)
        self.milestones_view.setCurrentIndex(index)
        self.milestones_view.setFocus(Qt.OtherFocusReason)
        self.milestones_view.edit(index)

    def _remove_milestone(self) -> None:
        current = self.milestones_view.currentIndex()
        if current.isValid():
            self.milestones.request_remove(current.row())

    # --- showing values ---------------------------------------------------------------

    def fields(self) -> CommitmentFields:
        return self._fields

    def set_fields(self, fields: CommitmentFields) -> None:
        """Show `fields`; widgets that already show a value keep their cursor and emit nothing."""
        self._fields = fields
        set_line(self.title_edit, fields.title)
        set_line(self.lead_edit, fields.lead_agency)
        set_line(self.gov_edit, fields.other_actors_government)
        set_line(self.cso_edit, fields.other_actors_cso)
        replaced = self.draft_edit.toPlainText() != fields.draft_text
        set_box(self.draft_edit, fields.draft_text)
        self.draft_box.set_language(fields.language)
        if replaced:  # another commitment (or an undo): its findings at once, not after the debounce
            self.draft_box.check_now()
        set_box(self.problem_edit, fields.problem)
        set_box(self.status_quo_edit, fields.status_quo)
        set_box(self.how_edit, fields.how_it_helps)
        set_box(self.budget_edit, fields.budget_note)
        for key, check in self.value_checks.items():
            if check.isChecked() != (key in fields.og_values):
                check.blockSignals(True)
                check.setChecked(key in fields.og_values)
                check.blockSignals(False)
        set_date(self.start_edit, fields.start)
        set_date(self.end_edit, fields.end)
        set_combo(self.status_combo, Status(fields.status).value)
        set_combo(self.language_combo, fields.language)
        set_combo(self.level_combo, fields.lead_level)
        self.draft_box.set_level(self.level_combo.effective_level())
        self.milestones.set_milestones(fields.milestones)

    def set_milestones(self, milestones: tuple[Milestone, ...]) -> None:
        self.set_fields(replace(self._fields, milestones=milestones))

    def set_plan_period(self, start: date | None, end: date | None) -> None:
        self.milestones.set_plan_period(start, end)

    def set_plan_level(self, level: str) -> None:
        """The plan's default level of government, for commitments that record none."""
        self.level_combo.set_plan_level(level)
        self.draft_box.set_level(self.level_combo.effective_level())

    def set_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def set_parallel_edit(self, text: str) -> None:
        """The banner saying someone else saved this commitment meanwhile ("" hides it)."""
        self.parallel_label.setText(text)
        self.parallel_banner.setVisible(bool(text))

    def set_presentation(self, on: bool) -> None:
        self.draft_box.set_presentation(on)
        # Narrower sides on a projector: the draft text needs every pixel of a 1024-px screen.
        self.widget().layout().setContentsMargins(*((6, 8, 6, 8) if on else (10, 8, 10, 8)))
        self.draft_box.findings_list.setMinimumHeight(round(FINDINGS_HEIGHT * (1.5 if on else 1)))

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for w in (self.title_edit, self.lead_edit, self.gov_edit, self.cso_edit):
            w.setReadOnly(read_only)
        for box in (
            self.draft_edit,
            self.problem_edit,
            self.status_quo_edit,
            self.how_edit,
            self.budget_edit,
        ):
            box.setReadOnly(read_only)
        for w in (
            *self.value_checks.values(),
            self.start_edit,
            self.end_edit,
            self.status_combo,
            self.language_combo,
            self.level_combo,
            self.add_milestone_button,
            self.remove_milestone_button,
        ):
            w.setEnabled(not read_only)
        self.milestones.set_read_only(read_only)

    def is_read_only(self) -> bool:
        return self._read_only

    # --- language -----------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        """Labels that come from the rubric (values, status) in the UI language."""
        self._language = language
        self.draft_box.set_ui_language(language)
        rubric = load_rubric(language)
        for key, check in self.value_checks.items():
            check.setText(rubric.value_label(key))
        for i in range(self.status_combo.count()):
            self.status_combo.setItemText(i, rubric.status_label(self.status_combo.itemData(i)))

    def retranslate_ui(self) -> None:
        texts = {
            "title": self.tr("&Title"),
            "draft_text": self.tr("&Draft text: what the commitment will do"),
            "problem": self.tr("Public pr&oblem it addresses"),
            "status_quo": self.tr("Status &quo (baseline) today"),
            "how_it_helps": self.tr("&How it helps solve the problem"),
            "lead_agency": self.tr("&Lead agency"),
            "lead_level": self.tr("Lead agency's le&vel of government (the text flags the others)"),
            "other_actors_government": self.tr("Other actors: &government"),
            "other_actors_cso": self.tr("Other actors: &civil society, private sector"),
            "budget_note": self.tr("&Budget"),
            "start": self.tr("&Start"),
            "end": self.tr("&End"),
            "status": self.tr("Stat&us"),
            "language": self.tr("Te&xt language"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
            self.labels[key].buddy().setAccessibleName(text.replace("&", ""))
        self.values_label.setText(self.tr("Open-government values:"))
        self.milestones_label.setText(self.tr("&Milestones: verifiable outputs with dates"))
        self.milestones_view.setAccessibleName(self.tr("Milestones"))
        self.add_milestone_button.setText(self.tr("Add m&ilestone"))
        self.remove_milestone_button.setText(self.tr("Remove milestone"))
        self.draft_edit.setPlaceholderText(
            self.tr(
                "What will be done, by whom, with which verifiable product? (wording is checked as you type)"
            )
        )
        self.title_edit.setPlaceholderText(self.tr("A short name for the commitment"))
        self.budget_edit.setPlaceholderText(self.tr("Where the money comes from, if known"))
        self.parallel_show_button.setText(self.tr("Show in History"))
        self.parallel_show_button.setToolTip(self.tr("Compare both texts in the History tab"))
        self.parallel_close_button.setText(self.tr("Dismiss"))
        self.milestones.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

