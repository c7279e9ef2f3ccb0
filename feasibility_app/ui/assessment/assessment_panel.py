"""One assessor's assessment: six factor cards and the IRM pre-check, in a scroll area.

A pure view: `set_assessment()` shows values without emitting; user edits are forwarded as
`score_edited(factor_key, FactorScore)` and `irm_edited(IrmPrecheck)`.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from feasibility_app.domain.factors import FACTOR_KEYS, OGValue, Potential
from feasibility_app.domain.model import FactorScore, IrmPrecheck
from feasibility_app.domain.rubric import load_rubric

from ..common import style
from .factor_card import FactorCard

VERIFIABLE_ORDER: tuple[bool | None, ...] = (True, False, None)
POTENTIAL_ORDER: tuple[Potential, ...] = (Potential.UNCLEAR, Potential.MODEST, Potential.SUBSTANTIAL)
VALUE_ORDER: tuple[OGValue, ...] = (OGValue.TRANSPARENCY, OGValue.PARTICIPATION, OGValue.ACCOUNTABILITY)


class IrmPrecheckBox(style.CardFrame):
    """The questions OGP's Independent Reporting Mechanism will ask, asked before signing."""

    irm_edited = Signal(object)  # IrmPrecheck

    def __init__(self, parent: QWidget | None = None, language: str = "en") -> None:
        super().__init__(parent)
        self._rubric = load_rubric(language)
        self._irm = IrmPrecheck()
        self._updating = False
        self._read_only = False
        self.setObjectName("irmPrecheck")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        self.title = style.wrapping_label(parent=self)
        self.subtitle = style.wrapping_label(parent=self)

        self.verifiable_caption = QLabel(self)
        self.verifiable_help = style.wrapping_label(parent=self)
        self.verifiable_group = QButtonGroup(self)
        self.verifiable_buttons: dict[bool | None, QRadioButton] = {}
        for i, value in enumerate(VERIFIABLE_ORDER):
            radio = QRadioButton(self)
            self.verifiable_group.addButton(radio, i)
            self.verifiable_buttons[value] = radio

        self.values_caption = QLabel(self)
        self.value_boxes: dict[str, QCheckBox] = {v.value: QCheckBox(self) for v in VALUE_ORDER}
        self.lens_caption = QLabel(self)
        self.lens_note = QPlainTextEdit(self)
        self.lens_note.setTabChangesFocus(True)
        self.lens_caption.setBuddy(self.lens_note)

        self.potential_caption = QLabel(self)
        self.potential = QComboBox(self)
        self.potential.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.potential_caption.setBuddy(self.potential)
        self.potential_help = style.wrapping_label(parent=self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        row = QHBoxLayout()
        row.addWidget(self.verifiable_caption)
        for value in VERIFIABLE_ORDER:
            row.addWidget(self.verifiable_buttons[value])
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.verifiable_help)
        layout.addWidget(self.values_caption)
        values = QVBoxLayout()  # one per line: "Rendición de cuentas" beside two more is too wide
        values.setSpacing(2)
        for v in VALUE_ORDER:
            values.addWidget(self.value_boxes[v.value])
        layout.addLayout(values)
        layout.addWidget(self.lens_caption)
        layout.addWidget(self.lens_note)
        row = QHBoxLayout()
        row.addWidget(self.potential_caption)
        row.addWidget(self.potential)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.potential_help)

        self.verifiable_group.idClicked.connect(self._on_user_edit)
        for box in self.value_boxes.values():
            box.clicked.connect(self._on_user_edit)
        self.lens_note.textChanged.connect(self._on_user_edit)
        self.potential.activated.connect(self._on_user_edit)
        self.potential.currentIndexChanged.connect(self._show_potential_help)

        self._apply_style()
        self._retranslate()
        self.set_irm(self._irm)

    # --- public API ---------------------------------------------------------------

    def irm(self) -> IrmPrecheck:
        return self._irm

    def set_irm(self, irm: IrmPrecheck) -> None:
        """Show `irm` without emitting irm_edited."""
        self._irm = irm
        self._updating = True
        try:
            self.verifiable_buttons[irm.verifiable].setChecked(True)
            for key, box in self.value_boxes.items():
                box.setChecked(key in irm.values)
            if self.lens_note.toPlainText() != irm.lens_note:
                self.lens_note.setPlainText(irm.lens_note)
            self.potential.setCurrentIndex(POTENTIAL_ORDER.index(irm.potential))
        finally:
            self._updating = False
        self._show_potential_help()

    def set_language(self, language: str) -> None:
        self._rubric = load_rubric(language)
        self._retranslate()

    def set_presentation(self, on: bool) -> None:
        self._set_card_state(presentation=bool(on))
        self._apply_style()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = bool(read_only)
        for w in (*self.verifiable_buttons.values(), *self.value_boxes.values(), self.potential):
            style.set_interactive(w, not read_only)
        self.lens_note.setReadOnly(read_only)

    # --- internals ----------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "potential_help"):
            self._retranslate()
        super().changeEvent(event)

    def _collect(self) -> IrmPrecheck:
        i = self.verifiable_group.checkedId()
        verifiable = VERIFIABLE_ORDER[i] if 0 <= i < len(VERIFIABLE_ORDER) else None
        values = tuple(key for key, box in self.value_boxes.items() if box.isChecked())
        j = self.potential.currentIndex()
        potential = POTENTIAL_ORDER[j] if 0 <= j < len(POTENTIAL_ORDER) else Potential.UNCLEAR
        return IrmPrecheck(verifiable, values, self.lens_note.toPlainText(), potential)

    def _on_user_edit(self, *_args) -> None:
        if self._updating:
            return
        if self._read_only:  # whatever got through: show the value again, emit nothing
            self.set_irm(self._irm)
            return
        new = self._collect()
        if new != self._irm:
            self._irm = new
            self.irm_edited.emit(new)

    def _show_potential_help(self, *_args) -> None:
        j = self.potential.currentIndex()
        if 0 <= j < len(POTENTIAL_ORDER):
            p = POTENTIAL_ORDER[j]
            text = f"{self._rubric.potential_label(p)}: {self._rubric.potential_help(p)}"
            self.potential_help.setText(text)
            self.potential.setAccessibleDescription(text)

    def _apply_style(self) -> None:
        p = self._presentation
        self.layout().setContentsMargins(*style.card_margins(p))
        self.setFont(style.scaled_font(p))
        self.title.setFont(style.scaled_font(p, 1.3, bold=True))
        for caption in (
            self.verifiable_caption,
            self.values_caption,
            self.lens_caption,
            self.potential_caption,
        ):
            caption.setFont(style.scaled_font(p, 1.0, bold=True))
        muted = style.muted_colour(self.palette(), p)
        for label in (self.subtitle, self.verifiable_help):
            style.set_label_colour(label, muted)
        self.potential_help.setFont(style.scaled_font(p))
        style.set_qss(self.potential_help, style.accent_box_qss(style.colour_css(muted), p))
        fm = QFontMetricsF(style.scaled_font(p))
        self.lens_note.setFixedHeight(round(fm.lineSpacing() * 2.6 + 2 * self.lens_note.frameWidth() + 10))

    def _retranslate(self) -> None:
        r = self._rubric
        self.title.setText(self.tr("IRM pre-check"))
        self.subtitle.setText(
            self.tr(
                "What the Independent Reporting Mechanism will ask after submission, asked before signing."
            )
        )
        self.verifiable_caption.setText(self.tr("Verifiable?"))
        texts = {True: self.tr("Yes"), False: self.tr("No"), None: self.tr("Unknown")}
        for value, radio in self.verifiable_buttons.items():
            radio.setText(texts[value])
            radio.setAccessibleName(self.tr("Verifiable: {answer}").format(answer=texts[value]))
        self.verifiable_help.setText(
            self.tr("Could someone check, from the text alone, whether it was done? The wording checks help.")
        )
        self.values_caption.setText(self.tr("Open-government values"))
        for key, box in self.value_boxes.items():
            box.setText(r.value_label(key))
            box.setAccessibleName(r.value_label(key))
        self.lens_caption.setText(self.tr("Why these values?"))
        self.lens_note.setPlaceholderText(self.tr("How the commitment serves each value you ticked."))
        self.lens_note.setAccessibleName(self.tr("Open-government lens note"))
        self.potential_caption.setText(self.tr("Potential for results:"))
        self.potential.setAccessibleName(self.tr("Potential for results"))
        self._updating = True
        try:
            current = self.potential.currentIndex()
            self.potential.clear()
            for i, p in enumerate(POTENTIAL_ORDER):
                self.potential.addItem(r.potential_label(p))
                self.potential.setItemData(i, r.potential_help(p), Qt.ItemDataRole.ToolTipRole)
            self.potential.setCurrentIndex(
                current if current >= 0 else POTENTIAL_ORDER.index(self._irm.potential)
            )
        finally:
            self._updating = False
        self._show_potential_help()


class AssessmentPanel(QWidget):
    """Whose assessment this is, the six factor cards and the IRM pre-check."""

    score_edited = Signal(str, object)  # factor key, FactorScore
    irm_edited = Signal(object)  # IrmPrecheck

    def __init__(self, parent: QWidget | None = None, language: str = "en") -> None:
        super().__init__(parent)
        self._language = language
        self._presentation = False
        self._read_only = False
        self._assessor = ("", "")
        self._current = 0

        self.header = style.wrapping_label(parent=self)
        self.hint = style.wrapping_label(parent=self)

        self.cards: list[FactorCard] = []
        container = QWidget()
        column = QVBoxLayout(container)
        column.setContentsMargins(4, 4, 4, 4)
        column.setSpacing(12)
        for i, key in enumerate(FACTOR_KEYS):
            card = FactorCard(key, container, language)
            card.score_edited.connect(self.score_edited)
            card.activated.connect(lambda _key, i=i: self._set_current(i))
            column.addWidget(card)
            self.cards.append(card)
        self.irm_box = IrmPrecheckBox(container, language)
        self.irm_box.irm_edited.connect(self.irm_edited)
        column.addWidget(self.irm_box)
        column.addStretch(1)

        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.scroll.setWidget(container)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addWidget(self.header)
        layout.addWidget(self.hint)
        layout.addWidget(self.scroll, 1)

        self._apply_style()
        self._retranslate()

    # --- public API ---------------------------------------------------------------

    def card(self, factor_key: str) -> FactorCard:
        return self.cards[FACTOR_KEYS.index(factor_key)]

    def set_assessor(self, name: str, role_label: str) -> None:
        """Name whose assessment is being edited; `role_label` is already translated."""
        self._assessor = (name, role_label)
        self._show_header()

    def set_assessment(self, scores: Mapping[str, FactorScore], irm: IrmPrecheck) -> None:
        """Show these values without emitting; a missing factor shows as not assessed."""
        for card in self.cards:
            card.set_score(scores.get(card.factor_key, FactorScore()))
        self.irm_box.set_irm(irm)

    def scores(self) -> dict[str, FactorScore]:
        return {card.factor_key: card.score() for card in self.cards}

    def irm(self) -> IrmPrecheck:
        return self.irm_box.irm()

    def set_findings_counts(self, counts: Mapping[str, int]) -> None:
        for card in self.cards:
            card.set_findings_count(counts.get(card.factor_key, 0))

    def focus_factor(self, index: int) -> None:
        """Give the focus to factor `index` (clamped to 0..5) and scroll its top into view."""
        index = max(0, min(len(self.cards) - 1, index))
        card = self.cards[index]
        self._set_current(index)
        for i, other in enumerate(self.cards):
            other.set_highlighted(i == index)  # also when the window is not active (yet)
        card.setFocus(Qt.FocusReason.OtherFocusReason)
        self._scroll_to_card(index)
        # Cards may still be settling (word wrap, table rows): align once more after the layout pass.
        QTimer.singleShot(0, lambda: self._scroll_to_card(index))

    def focus_next_factor(self) -> None:
        """The next factor; from outside the cards, the current one (the first press used to skip it)."""
        self.focus_factor(self._current + 1 if self._focus_in_cards() else self._current)

    def focus_previous_factor(self) -> None:
        self.focus_factor(self._current - 1 if self._focus_in_cards() else self._current)

    def _focus_in_cards(self) -> bool:
        focused = self.window().focusWidget()  # also while the window is not the active one
        return focused is not None and any(c is focused or c.isAncestorOf(focused) for c in self.cards)

    def current_factor_index(self) -> int:
        return self._current

    def set_language(self, language: str) -> None:
        self._language = language
        for card in self.cards:
            card.set_language(language)
        self.irm_box.set_language(language)
        self._retranslate()

    def set_presentation(self, on: bool) -> None:
        self._presentation = bool(on)
        for card in self.cards:
            card.set_presentation(on)
        self.irm_box.set_presentation(on)
        self._apply_style()

    def set_read_only(self, read_only: bool, reason: str = "") -> None:
        """`reason` (translated) replaces the generic read-only hint, e.g. how to start scoring."""
        self._read_only = bool(read_only)
        self._read_only_reason = reason
        for card in self.cards:
            card.set_read_only(read_only)
        self.irm_box.set_read_only(read_only)
        self._retranslate()

    # --- internals ----------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "irm_box"):
            self._retranslate()
        super().changeEvent(event)

    def _set_current(self, index: int) -> None:
        self._current = index

    def _scroll_to_card(self, index: int) -> None:
        if index != self._current:
            return  # the user moved on meanwhile
        self.scroll.widget().layout().activate()
        self.scroll.verticalScrollBar().setValue(max(0, self.cards[index].y() - 4))

    def _show_header(self) -> None:
        name, role = self._assessor
        if not name:
            text = self.tr("Assessment")
        elif role:
            text = self.tr("Assessment by {name} ({role})").format(name=name, role=role)
        else:
            text = self.tr("Assessment by {name}").format(name=name)
        if self._read_only:
            text = self.tr("{header} (read only)").format(header=text)
        self.header.setText(text)
        self.header.setAccessibleName(text)

    def _apply_style(self) -> None:
        p = self._presentation
        self.layout().setContentsMargins(*((4, 8, 4, 8) if p else (8, 8, 8, 8)))  # see card_margins
        self.setFont(style.scaled_font(p))
        self.header.setFont(style.scaled_font(p, 1.45, bold=True))
        style.set_label_colour(self.hint, style.muted_colour(self.palette(), p))

    def _retranslate(self) -> None:
        self._show_header()
        if self._read_only:
            self.hint.setText(
                getattr(self, "_read_only_reason", "")
                or self.tr("Read only: this assessment cannot be edited here.")
            )
        else:
            self.hint.setText(
                self.tr("Keys 1–4 set the level of the highlighted factor (0 = not assessed); Tab moves on.")
            )
