"""One factor of an assessment: level, its anchored description, evidence, rationale, mitigations.

A pure view: `set_score()` shows a FactorScore without emitting; every user change emits
`score_edited(factor_key, FactorScore)` with the new value (the controller debounces typing,
pushes undo commands and saves).
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFontMetricsF, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from feasibility_app.domain.factors import LEVELS_LISTED, Evidence, Level, check_factor_key
from feasibility_app.domain.model import FactorScore
from feasibility_app.domain.radar import LEVEL_COLOURS
from feasibility_app.domain.rubric import load_rubric

from ..common import style
from .mitigations_table import (
    COL_ACTION,
    COL_DUE,
    EDIT_TRIGGERS,
    fill_mitigations,
    fit_table_height,
    setup_mitigations_table,
    table_mitigations,
)

# Button order on screen; the digit keys 1..4 map to the first four, 0 to the last.
LEVEL_ORDER: tuple[Level, ...] = LEVELS_LISTED
KEY_LEVELS: dict[int, Level] = {
    0: Level.NOT_ASSESSED,
    1: Level.LOW,
    2: Level.MODERATE,
    3: Level.HIGH,
    4: Level.CRITICAL,
}
EVIDENCE_ORDER: tuple[Evidence, ...] = (Evidence.VERIFIED, Evidence.ASSUMED)
_DIGIT_KEYS = {getattr(Qt.Key, f"Key_{d}"): d for d in range(5)}


class FactorCard(style.CardFrame):
    """The card for one factor key. Digits 1–4 set low..critical, 0 not assessed, while it has focus."""

    score_edited = Signal(str, object)  # factor key, FactorScore
    activated = Signal(str)  # factor key: the card or one of its children got the focus

    def __init__(self, factor_key: str, parent: QWidget | None = None, language: str = "en") -> None:
        super().__init__(parent)
        self._key = check_factor_key(factor_key)
        self._rubric = load_rubric(language)
        self._score = FactorScore()
        self._updating = False
        self._read_only = False
        self._findings = 0
        self.setObjectName(f"factorCard_{factor_key}")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Not Maximum: that caps the card at its sizeHint(), which Qt computes for wrapped labels at
        # a guessed width; at a narrower width (es, pt texts wrap to more lines) the layout would
        # then squeeze the card below its height-for-width and the rows overlap.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

        # Title, findings badge, guiding question.
        self.title = style.wrapping_label(parent=self)
        self.badge = QLabel(self)
        self.badge.hide()
        self.question = style.wrapping_label(parent=self)

        # Level selector and the anchored description of the chosen level.
        self.level_group = QButtonGroup(self)
        self.level_group.setExclusive(True)
        self.level_buttons: dict[Level, QPushButton] = {}
        for i, level in enumerate(LEVEL_ORDER):
            button = QPushButton(self)
            button.setCheckable(True)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.level_group.addButton(button, i)
            self.level_buttons[level] = button
        self.anchor = style.wrapping_label(parent=self)
        self.anchor.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        # Evidence basis.
        self.evidence_caption = QLabel(self)
        self.evidence_group = QButtonGroup(self)
        self.evidence_buttons: dict[Evidence, QRadioButton] = {}
        for i, ev in enumerate(EVIDENCE_ORDER):
            radio = QRadioButton(self)
            self.evidence_group.addButton(radio, i)
            self.evidence_buttons[ev] = radio

        # Rationale.
        self.rationale_caption = QLabel(self)
        self.rationale = QPlainTextEdit(self)
        self.rationale.setTabChangesFocus(True)
        self.rationale_caption.setBuddy(self.rationale)

        # Mitigations.
        self.mitigations_caption = QLabel(self)
        self.mitigations_caption.setWordWrap(True)  # "Medidas de mitigação" beside two buttons
        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.remove_button.setEnabled(False)
        self.no_mitigations = style.wrapping_label(parent=self)
        self.mitigations = QTableWidget(0, 3, self)
        t = self.mitigations
        self._due_delegate = setup_mitigations_table(t)
        header = t.horizontalHeader()

        self._build_layout()

        self.level_group.idClicked.connect(self._on_level_clicked)
        self.evidence_group.idClicked.connect(self._on_user_edit)
        self.rationale.textChanged.connect(self._on_user_edit)
        self.rationale.document().documentLayout().documentSizeChanged.connect(self._fit_rationale)
        t.itemChanged.connect(self._on_user_edit)
        t.itemSelectionChanged.connect(self._update_remove_enabled)
        header.sectionResized.connect(self._fit_table)
        self.add_button.clicked.connect(self.add_mitigation)
        self.remove_button.clicked.connect(self.remove_selected_mitigations)

        self._show_score(self._score)
        self._apply_style()
        self._retranslate()

    def _build_layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.setSpacing(8)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        layout.addWidget(self.question)

        levels = QHBoxLayout()
        levels.setSpacing(6)
        for level in LEVEL_ORDER:
            levels.addWidget(self.level_buttons[level], 1)
        layout.addLayout(levels)
        layout.addWidget(self.anchor)

        evidence = QHBoxLayout()
        evidence.addWidget(self.evidence_caption)
        for ev in EVIDENCE_ORDER:
            evidence.addWidget(self.evidence_buttons[ev])
        evidence.addStretch(1)
        layout.addLayout(evidence)

        layout.addWidget(self.rationale_caption)
        layout.addWidget(self.rationale)

        mit = QHBoxLayout()
        mit.addWidget(self.mitigations_caption, 1)
        mit.addWidget(self.add_button)
        mit.addWidget(self.remove_button)
        layout.addLayout(mit)
        layout.addWidget(self.no_mitigations)
        layout.addWidget(self.mitigations)

    # --- public API ---------------------------------------------------------------

    @property
    def factor_key(self) -> str:
        return self._key

    def score(self) -> FactorScore:
        """The score as currently shown."""
        return self._score

    def level(self) -> Level:
        return self._score.level

    def set_score(self, score: FactorScore) -> None:
        """Show `score` without emitting score_edited; text being typed is left alone if unchanged."""
        self._score = score
        self._show_score(score)

    def set_level_from_key(self, digit: int) -> bool:
        """Digit 1–4 sets low..critical, 0 not assessed, as a user edit; False if not handled."""
        level = KEY_LEVELS.get(digit)
        if level is None or self._read_only:
            return False
        self.level_buttons[level].setChecked(True)
        self._on_user_edit()
        return True

    def set_findings_count(self, n: int) -> None:
        """Show 'n wording findings' for this factor (hidden when 0)."""
        self._findings = max(0, int(n))
        self._update_badge()

    def findings_count(self) -> int:
        return self._findings

    def anchor_text(self) -> str:
        return self.anchor.text()

    def set_language(self, language: str) -> None:
        self._rubric = load_rubric(language)
        self._retranslate()

    def set_presentation(self, on: bool) -> None:
        self._set_card_state(presentation=bool(on))
        self._apply_style()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = bool(read_only)
        for button in self.level_buttons.values():
            button.setEnabled(not read_only)
        for radio in self.evidence_buttons.values():
            style.set_interactive(radio, not read_only)
        self.rationale.setReadOnly(read_only)
        self.mitigations.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers if read_only else EDIT_TRIGGERS
        )
        self.add_button.setVisible(not read_only)
        self.remove_button.setVisible(not read_only)
        self._retranslate()

    def is_read_only(self) -> bool:
        return self._read_only

    def add_mitigation(self) -> None:
        """Append an empty row and start editing its action (emits once something is typed)."""
        if self._read_only:
            return
        t = self.mitigations
        self._updating = True
        try:
            row = t.rowCount()
            t.insertRow(row)
            for col in range(3):
                t.setItem(row, col, QTableWidgetItem(""))
        finally:
            self._updating = False
        self._fit_table()
        t.setCurrentCell(row, COL_ACTION)
        t.editItem(t.item(row, COL_ACTION))

    def remove_selected_mitigations(self) -> None:
        if self._read_only:
            return
        rows = sorted({i.row() for i in self.mitigations.selectedIndexes()}, reverse=True)
        self._updating = True
        try:
            for row in rows:
                self.mitigations.removeRow(row)
        finally:
            self._updating = False
        self._fit_table()
        self._on_user_edit()

    # --- Qt -----------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        digit = _DIGIT_KEYS.get(Qt.Key(event.key()))
        if digit is not None and mods == Qt.KeyboardModifier.NoModifier and self.set_level_from_key(digit):
            event.accept()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "mitigations"):
            self._retranslate()
        super().changeEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_table()
        self._fit_anchor()

    # --- internals ----------------------------------------------------------------

    def _became_active(self) -> None:
        self.activated.emit(self._key)

    def _on_level_clicked(self, _id: int) -> None:
        self._on_user_edit()

    def _on_user_edit(self, *_args) -> None:
        if self._updating:
            return
        if self._read_only:  # whatever got through: show the value again, emit nothing
            self._show_score(self._score)
            return
        new = self._collect()
        if new != self._score:
            self._score = new
            self._refresh_anchor()
            self.score_edited.emit(self._key, new)

    def _checked_level(self) -> Level:
        i = self.level_group.checkedId()
        return LEVEL_ORDER[i] if 0 <= i < len(LEVEL_ORDER) else Level.NOT_ASSESSED

    def _checked_evidence(self) -> Evidence:
        i = self.evidence_group.checkedId()
        return EVIDENCE_ORDER[i] if 0 <= i < len(EVIDENCE_ORDER) else Evidence.ASSUMED

    def _collect(self) -> FactorScore:
        return dataclasses.replace(
            self._score,
            level=self._checked_level(),
            evidence=self._checked_evidence(),
            rationale=self.rationale.toPlainText(),
            mitigations=table_mitigations(self.mitigations),
        )

    def _show_score(self, score: FactorScore) -> None:
        self._updating = True
        try:
            self.level_buttons[score.level].setChecked(True)
            self.evidence_buttons[score.evidence].setChecked(True)
            if self.rationale.toPlainText() != score.rationale:
                self.rationale.setPlainText(score.rationale)
            if table_mitigations(self.mitigations) != tuple(score.mitigations):
                fill_mitigations(self.mitigations, score.mitigations)
        finally:
            self._updating = False
        self._fit_table()
        self._refresh_anchor()

    def _refresh_anchor(self) -> None:
        level = self._score.level
        p = self._presentation
        style.set_qss(self.anchor, style.accent_box_qss(LEVEL_COLOURS[level.value], p))
        if level.assessed:
            text = f"{self._rubric.level_label(level)}: {self._rubric.anchor(self._key, level)}"
        else:
            text = self.tr("Not assessed.") if self._read_only else self._not_assessed_prompt()
        self.anchor.setText(text)
        self.anchor.setAccessibleName(self.tr("Description of the chosen level"))
        self.anchor.setAccessibleDescription(text)

    def _not_assessed_prompt(self) -> str:
        return self.tr(
            "Not assessed yet. Choose the level whose description fits best (keys 1–4, 0 to clear)."
        )

    def _anchor_texts(self) -> list[str]:
        r = self._rubric
        texts = [f"{r.level_label(lv)}: {r.anchor(self._key, lv)}" for lv in LEVEL_ORDER if lv.assessed]
        return [*texts, self._not_assessed_prompt()]

    def _fit_anchor(self) -> None:
        """Reserve the height of the longest level description, so changing the level moves nothing."""
        label = self.anchor
        width = label.width()
        if width <= 40:
            return
        # Ask the label itself (it knows its style sheet box and wrapping), one text at a time;
        # its heightForWidth() never answers less than its minimum height, so lift that first.
        shown, reserved = label.text(), label.minimumHeight()
        label.setMinimumHeight(0)
        tallest = 0
        for text in self._anchor_texts():
            label.setText(text)
            tallest = max(tallest, label.heightForWidth(width))
        label.setText(shown)
        label.setMinimumHeight(tallest if tallest > 0 else reserved)

    def _update_badge(self) -> None:
        n = self._findings
        if n <= 0:
            self.badge.hide()
            return
        self.badge.setText(self.tr("Wording findings: %n", "", n))
        self.badge.setToolTip(
            self.tr("The wording checks flagged phrases in the draft text that bear on this factor.")
        )
        self.badge.setAccessibleName(self.badge.text())
        self.badge.show()

    def _update_remove_enabled(self) -> None:
        self.remove_button.setEnabled(bool(self.mitigations.selectedIndexes()) and not self._read_only)

    def _fit_table(self, *_args) -> None:
        """Size the table to its rows, so the card (not the table) scrolls."""
        t = self.mitigations
        rows = t.rowCount()
        t.setVisible(rows > 0)
        self.no_mitigations.setVisible(rows == 0)
        if rows == 0:
            return
        fit_table_height(t)

    def _fit_rationale(self, *_args) -> None:
        """Grow the rationale box with its text (3 to 10 lines), so the forum reads it whole."""
        lines = self.rationale.document().documentLayout().documentSize().height()  # in lines
        lines = max(3.0, min(10.0, lines)) + 0.6
        fm = QFontMetricsF(self.rationale.font())
        height = round(fm.lineSpacing() * lines + 2 * self.rationale.frameWidth() + 8)
        if self.rationale.height() != height or self.rationale.minimumHeight() != height:
            self.rationale.setFixedHeight(height)

    def _apply_style(self) -> None:
        p = self._presentation
        self.layout().setContentsMargins(*style.card_margins(p))
        self.setFont(style.scaled_font(p))
        self.title.setFont(style.scaled_font(p, 1.3, bold=True))
        self.badge.setFont(style.scaled_font(p, 0.9, bold=True))
        style.set_qss(self.badge, style.badge_qss(Level.MODERATE, p))
        for caption in (self.evidence_caption, self.rationale_caption, self.mitigations_caption):
            caption.setFont(style.scaled_font(p, 1.0, bold=True))
        self.anchor.setFont(style.scaled_font(p, 1.0))
        style.set_label_colour(self.question, style.muted_colour(self.palette(), p))
        style.set_label_colour(self.no_mitigations, style.muted_colour(self.palette(), p))
        for level, button in self.level_buttons.items():
            # Widgets with a style sheet do not follow later font changes of their parent: set it.
            button.setFont(style.scaled_font(p))
            style.set_qss(button, style.level_button_qss(level, p))
        self._fit_rationale()
        self._refresh_anchor()
        self._fit_table()
        self._fit_anchor()

    def _retranslate(self) -> None:
        r = self._rubric
        label = r.factor_label(self._key)
        self.title.setText(label)
        self.question.setText(r.question(self._key))
        self.setAccessibleName(self.tr("Factor: {factor}").format(factor=label))
        for digit, level in KEY_LEVELS.items():
            button = self.level_buttons[level]
            button.setText(r.level_label(level))
            button.setToolTip(self.tr("Key {digit}").format(digit=digit))
            button.setAccessibleName(
                self.tr("{factor}: {level}").format(factor=label, level=r.level_label(level))
            )
            # What a screen reader adds after the name: what choosing this level means here.
            meaning = r.anchor(self._key, level) if level.assessed else self.tr("No level yet.")
            button.setAccessibleDescription(
                self.tr("{meaning} Key {digit}.").format(meaning=meaning, digit=digit)
            )
        self.evidence_caption.setText(self.tr("Evidence:"))
        for ev, radio in self.evidence_buttons.items():
            radio.setText(r.evidence_label(ev))
            radio.setAccessibleName(self.tr("Evidence: {basis}").format(basis=r.evidence_label(ev)))
        self.rationale_caption.setText(self.tr("Rationale"))
        self.rationale.setPlaceholderText(
            "" if self._read_only else self.tr("Why this level? Cite facts the forum can check.")
        )
        self.rationale.setAccessibleName(self.tr("Rationale for {factor}").format(factor=label))
        self.mitigations_caption.setText(self.tr("Mitigations"))
        self.add_button.setText(self.tr("Add mitigation"))
        self.add_button.setAccessibleName(self.tr("Add a mitigation for {factor}").format(factor=label))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected mitigations"))
        self.no_mitigations.setText(self.tr("No mitigations recorded."))
        self.mitigations.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Owner"), self.tr("Due")])
        self.mitigations.horizontalHeaderItem(COL_DUE).setToolTip(self.tr("Due date, YYYY-MM-DD"))
        self.mitigations.setAccessibleName(self.tr("Mitigations for {factor}").format(factor=label))
        self._refresh_anchor()
        self._fit_anchor()
        self._update_badge()
