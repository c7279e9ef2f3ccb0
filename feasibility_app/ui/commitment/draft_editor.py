"""The draft-text editor with live wording checks: the text, its highlights and the findings.

`DraftEditor` composes a QPlainTextEdit (`editor`), a `WordingChecker` (debounced
`check_text` + highlighter + tooltips) and a `FindingsList` in a splitter. Clicking a
finding selects its phrase in the text. It can wrap an editor made elsewhere (the
commitment page's `TextBox`), so the page keeps its own undo handling and sizing:

    self.draft_box = DraftEditor(editor=TextBox(9))
    self.draft_edit = self.draft_box.editor

Two languages meet here: the draft's language (`set_language`: which rule file applies;
"" = detected from the text, shown above it, with a warning and a "Use …" button when a
chosen language disagrees with the text) and the UI language (`set_ui_language`: factor
labels and the findings' questions). `set_level` is the lead agency's level of government.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...domain.language import LanguageChoice
from ...domain.wording import Finding
from .choice_combos import LANGUAGE_NAMES
from .findings_list import FindingsList, select_phrase
from .findings_model import finding_key
from .wording_highlighter import WordingChecker

# Same scale as style.PRESENTATION_SCALE for the list; the draft itself a little larger,
# since it is what the room reads.
PRESENTATION_SCALE = 1.4
EDITOR_PRESENTATION_SCALE = 1.6


class DraftEditor(QWidget):
    """A QPlainTextEdit whose risky wording is highlighted, with the findings beside it.

    `findings_changed(list)`: everything the list shows (structural findings first, then the
    text findings by position), after every check and every `set_structural_findings`.
    """

    findings_changed = Signal(list)
    language_override_requested = Signal(str)  # "Use Español": the language the text reads as

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        editor: QPlainTextEdit | None = None,
        language: str = "en",
        ui_language: str = "en",
        orientation: Qt.Orientation = Qt.Orientation.Horizontal,
    ) -> None:
        super().__init__(parent)
        self.editor = editor if editor is not None else QPlainTextEdit()
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self._ui_language = ui_language
        self._structural: list[Finding] = []
        self._presentation = False
        self._accessible = ("", "")  # the accessible name and description this widget set
        self._normal_font = QFont(self.editor.font())
        self._editor_font_set = self.editor.testAttribute(Qt.WidgetAttribute.WA_SetFont)

        self.checker = WordingChecker(self.editor, language, parent=self)
        self.checker.set_label_language(ui_language)
        self.highlighter = self.checker.highlighter
        self.findings_list = FindingsList()
        self._list_font = QFont(self.findings_list.view.font())

        self.splitter = QSplitter(orientation)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.editor)
        self.splitter.addWidget(self.findings_list)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        # Which rules run: the draft's language as detected or chosen, beside the text.
        self.language_label = QLabel()
        self.language_label.setWordWrap(True)
        self.language_label.setObjectName("draftLanguage")
        self.use_detected_button = QPushButton()
        self.use_detected_button.setVisible(False)
        self.use_detected_button.clicked.connect(self._use_detected)
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.language_label, 1)
        header.addWidget(self.use_detected_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(header)
        layout.addWidget(self.splitter)
        self.setFocusProxy(self.editor)
        self._keep_selection_visible()

        self.checker.findings_changed.connect(self._refresh)
        self.checker.language_resolved.connect(self._show_language)
        self.findings_list.finding_activated.connect(self.show_finding)
        self.retranslate_ui()
        self._refresh()

    # --- API ---------------------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        """The draft's language: which wording rules apply (re-checks at once)."""
        self.checker.set_language(language)

    def language(self) -> str:
        return self.checker.language()

    def set_level(self, level: str) -> None:
        """The lead agency's level of government (re-checks at once): other levels are flagged."""
        self.checker.set_level(level)

    def set_ui_language(self, language: str) -> None:
        """The UI language, for the factor labels in the list and the tooltips."""
        self._ui_language = language
        self.checker.set_label_language(language)
        self.findings_list.set_findings(self.findings(), language)

    def set_structural_findings(self, findings: Sequence[Finding]) -> None:
        """The commitment's structural findings (from `check_structure`), listed above the text ones."""
        findings = list(findings)
        if findings != self._structural:
            self._structural = findings
            self._refresh()

    def findings(self) -> list[Finding]:
        """Structural findings, then the text findings of the last check."""
        return [*self._structural, *self.checker.findings()]

    def text_findings(self) -> list[Finding]:
        return self.checker.findings()

    def check_now(self) -> list[Finding]:
        """Check the text now instead of after the debounce; returns all findings."""
        self.checker.check_now()
        return self.findings()

    def set_presentation(self, on: bool) -> None:
        """Larger text in the editor (×1.6) and the list (×1.4), for a projector.

        Sizes are relative to the fonts the widgets had when this was built, so it does not
        compound with a window that scales its own font; off, the widgets inherit again.
        """
        self._presentation = on
        if on:
            self.editor.setFont(_scaled(self._normal_font, EDITOR_PRESENTATION_SCALE))
            self.findings_list.set_presentation(True, _scaled(self._list_font, PRESENTATION_SCALE))
        else:
            self.editor.setFont(QFont(self._normal_font) if self._editor_font_set else QFont())
            self.findings_list.set_presentation(False)

    def is_presentation(self) -> bool:
        return self._presentation

    def show_finding(self, finding: Finding) -> bool:
        """Select `finding`'s phrase in the editor (re-checking first if an edit is pending)."""
        if self.checker.is_pending():
            self.checker.check_now()
        if select_phrase(self.editor, finding):
            return True
        # The text moved since the list was filled: the same finding, nearest its old place.
        same = [f for f in self.checker.findings() if finding_key(f) == finding_key(finding)]
        if not same:
            return False
        return select_phrase(self.editor, min(same, key=lambda f: abs(f.start - finding.start)))

    # --- translation ---------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        # A name the embedding page gave the editor (its label's text) is left alone.
        name = self.tr("Draft text")
        if self.editor.accessibleName() in ("", self._accessible[0]):
            self.editor.setAccessibleName(name)
        description = self.tr(
            "Risky wording is highlighted as you type; the findings are listed beside the text."
        )
        if self.editor.accessibleDescription() in ("", self._accessible[1]):
            self.editor.setAccessibleDescription(description)
        self._accessible = (name, description)
        self._show_language(self.checker.language_choice())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- internals -------------------------------------------------------------------------------

    def _show_language(self, choice: LanguageChoice | None) -> None:
        """'Text language: Español (detected)', or a warning when the choice and the text disagree."""
        if choice is None:
            self.language_label.clear()
            self.use_detected_button.setVisible(False)
            return
        name = LANGUAGE_NAMES.get(choice.language, choice.language)
        if choice.disagrees:
            detected = LANGUAGE_NAMES.get(choice.detected or "", choice.detected or "")
            text = self.tr("Text language: {language} (chosen), but the text reads as {detected}").format(
                language=name, detected=detected
            )
            self.use_detected_button.setText(self.tr("Use {detected}").format(detected=detected))
        elif choice.source == "chosen":
            text = self.tr("Text language: {language} (chosen)").format(language=name)
        elif choice.source == "detected":
            text = self.tr("Text language: {language} (detected from the text)").format(language=name)
        else:
            text = self.tr("Text language: {language} (too little text to tell)").format(language=name)
        self.language_label.setText(text)
        self.language_label.setStyleSheet(
            "QLabel#draftLanguage { color: #7A4B00; font-weight: bold; }" if choice.disagrees else ""
        )
        self.use_detected_button.setVisible(choice.disagrees)

    def _use_detected(self) -> None:
        choice = self.checker.language_choice()
        if choice is not None and choice.detected:
            self.language_override_requested.emit(choice.detected)

    def _refresh(self, _text_findings: list | None = None) -> None:
        findings = self.findings()
        self.findings_list.set_findings(findings, self._ui_language)
        self.findings_changed.emit(findings)

    def _keep_selection_visible(self) -> None:
        """Show the selected phrase in full colour while the findings list has the focus."""
        palette = self.editor.palette()
        for role in (QPalette.ColorRole.Highlight, QPalette.ColorRole.HighlightedText):
            palette.setColor(
                QPalette.ColorGroup.Inactive, role, palette.color(QPalette.ColorGroup.Active, role)
            )
        self.editor.setPalette(palette)


def _scaled(font: QFont, scale: float) -> QFont:
    scaled = QFont(font)
    if font.pointSizeF() > 0:
        scaled.setPointSizeF(round(font.pointSizeF() * scale, 1))
    elif font.pixelSize() > 0:
        scaled.setPixelSize(round(font.pixelSize() * scale))
    return scaled
