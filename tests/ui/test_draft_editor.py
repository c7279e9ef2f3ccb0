"""The draft editor: live wording highlights, the findings list and jumping to a phrase.

Texts are set with setPlainText or QTextCursor.insertText, never qtbot.keyClicks
(non-ASCII key simulation aborts the process).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QFont, QHelpEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QToolTip

from feasibility_app.domain.rubric import load_rubric
from feasibility_app.domain.wording import Finding, check_text
from feasibility_app.ui.commitment.draft_editor import DraftEditor
from feasibility_app.ui.commitment.findings_list import FindingsList, select_phrase
from feasibility_app.ui.commitment.findings_model import FindingsModel
from feasibility_app.ui.commitment.wording_highlighter import (
    SEVERITY_PROPERTY,
    WordingChecker,
)

pytestmark = pytest.mark.gui


TEXT = "El Registro de personas DETENIDAS\nen tiempo\nreal a nivel nacional"
STRUCTURAL = Finding("structure.no_lead_agency", "drafting", "medium", "", -1, -1, "No lead agency is named.")


@pytest.fixture
def draft(qtbot):
    widget = DraftEditor(language="es")
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def set_text(draft: DraftEditor, qtbot, text: str) -> list[Finding]:
    """Type-equivalent: set the text, then wait for the debounced check."""
    with qtbot.waitSignal(draft.findings_changed, timeout=2000):
        draft.editor.setPlainText(text)
    qtbot.waitUntil(lambda: not draft.checker.is_pending(), timeout=2000)
    return draft.text_findings()


def formatted_positions(document) -> dict[int, str]:
    """Document position -> severity, for every character the highlighter formatted."""
    found: dict[int, str] = {}
    block = document.firstBlock()
    while block.isValid():
        for fr in block.layout().formats():
            for offset in range(fr.start, fr.start + fr.length):
                found[block.position() + offset] = fr.format.property(SEVERITY_PROPERTY)
        block = block.next()
    return found


def by_rule(findings: list[Finding], rule_id: str) -> Finding:
    return next(f for f in findings if f.rule_id == rule_id)


# --- checking after the debounce ---------------------------------------------------------------


def test_findings_appear_after_the_debounce(draft, qtbot):
    draft.editor.setPlainText(TEXT)
    assert draft.checker.is_pending()
    assert draft.findings_list.model.rowCount() == 0  # not checked on every keystroke
    qtbot.waitUntil(lambda: draft.findings_list.model.rowCount() == 3, timeout=2000)
    model = draft.findings_list.model
    factors = {model.index(row, 0).data(FindingsModel.FindingRole).factor for row in range(3)}
    assert factors == {"issue_sensitivity", "data_availability", "constitutional_limits"}
    assert draft.findings_list.header.text() == "3 findings"
    assert draft.findings_list.stack.currentWidget() is draft.findings_list.view
    # The rows read as label and quoted phrase, the line break folded to a space.
    label = load_rubric("en").factor_label("data_availability")
    texts = [model.index(row, 0).data() for row in range(3)]
    assert f"{label} “tiempo real”" in texts


def test_findings_changed_carries_structural_and_text_findings(draft, qtbot):
    with qtbot.waitSignal(draft.findings_changed) as blocker:
        draft.set_structural_findings([STRUCTURAL])
    assert blocker.args[0] == [STRUCTURAL]
    findings = set_text(draft, qtbot, TEXT)
    assert draft.findings() == [STRUCTURAL, *findings]
    assert draft.findings_list.model.rowCount() == 4
    first = draft.findings_list.model.index(0, 0)
    assert first.data(FindingsModel.StructuralRole) is True
    assert first.data(Qt.ItemDataRole.ToolTipRole) == "No lead agency is named."


def test_empty_state(draft, qtbot):
    listing = draft.findings_list
    assert listing.stack.currentWidget() is listing.empty
    assert listing.empty.text() == "No wording findings."
    set_text(draft, qtbot, TEXT)
    assert listing.stack.currentWidget() is listing.view
    set_text(draft, qtbot, "Nada que objetar.")
    assert listing.stack.currentWidget() is listing.empty
    assert listing.header.text() == "0 findings"


# --- the highlighter ------------------------------------------------------------------------------


def test_highlighter_formats_exactly_the_phrases(draft, qtbot):
    findings = set_text(draft, qtbot, TEXT)
    assert [f.phrase for f in findings] == ["DETENIDAS", "tiempo\nreal", "a nivel nacional"]
    formatted = formatted_positions(draft.editor.document())
    expected = {pos: f.severity for f in findings for pos in range(f.start, f.end) if TEXT[pos] != "\n"}
    assert formatted == expected
    # The span across the line break is painted in both blocks, and only on its words.
    realtime = by_rule(findings, "realtime_data")
    block = draft.editor.document().findBlock(realtime.start)
    first = [(r.start, r.length) for r in block.layout().formats()]
    second = [(r.start, r.length) for r in block.next().layout().formats()]
    assert first == [(3, len("tiempo"))] and block.text()[3:] == "tiempo"
    assert second[0] == (0, len("real")) and block.next().text()[:4] == "real"


def test_accents_capitals_and_emoji_keep_the_spans_exact(draft, qtbot):
    text = "📌 La Secretaría publicará DATOS en TIEMPO\nREAL de los municipios ✅ y estados."
    findings = set_text(draft, qtbot, text)
    assert {"realtime_data", "local_government"} <= {f.rule_id for f in findings}
    document = draft.editor.document()
    formatted = formatted_positions(document)
    # Document positions count UTF-16 units: the emoji takes two.
    for f in findings:
        shift = 1  # one astral character (📌) before every finding
        shift += 1 if f.start > text.index("✅") else 0
        positions = {p + shift for p in range(f.start, f.end) if text[p] != "\n"}
        assert positions <= formatted.keys()
        cursor = QTextCursor(document)
        cursor.setPosition(f.start + shift)
        cursor.setPosition(f.end + shift, QTextCursor.MoveMode.KeepAnchor)
        assert cursor.selectedText().replace("\u2029", "\n") == f.phrase
    assert by_rule(findings, "realtime_data").phrase == "TIEMPO\nREAL"


def test_highlights_move_with_an_edit_before_the_check(draft, qtbot):
    findings = set_text(draft, qtbot, TEXT)
    detenidas = by_rule(findings, "sensitive_detention")
    cursor = QTextCursor(draft.editor.document())
    cursor.setPosition(0)
    cursor.insertText("Ñandú: ")
    assert draft.checker.is_pending()
    moved = {p for p, sev in formatted_positions(draft.editor.document()).items() if p < 40}
    assert moved == set(range(detenidas.start + 7, detenidas.end + 7))
    qtbot.waitUntil(lambda: not draft.checker.is_pending(), timeout=2000)
    assert by_rule(draft.text_findings(), "sensitive_detention").start == detenidas.start + 7


def test_typing_inside_a_phrase_does_not_leave_stale_formats(draft, qtbot):
    set_text(draft, qtbot, "Datos en tiempo real.")
    cursor = QTextCursor(draft.editor.document())
    cursor.setPosition(len("Datos en tiem"))
    cursor.insertText("x")  # "tiemxpo real": no longer a finding
    qtbot.waitUntil(lambda: not draft.checker.is_pending(), timeout=2000)
    assert draft.text_findings() == []
    assert formatted_positions(draft.editor.document()) == {}


# --- the list and the editor ---------------------------------------------------------------------


def test_clicking_a_finding_selects_its_phrase(draft, qtbot):
    findings = set_text(draft, qtbot, TEXT)
    listing = draft.findings_list
    row = listing.model.row_of(by_rule(findings, "realtime_data"))
    index = listing.model.index(row, 0)
    listing.view.scrollTo(index)
    with qtbot.waitSignal(listing.finding_activated) as blocker:
        qtbot.mouseClick(
            listing.view.viewport(), Qt.MouseButton.LeftButton, pos=listing.view.visualRect(index).center()
        )
    assert blocker.args[0].rule_id == "realtime_data"
    selected = draft.editor.textCursor().selectedText().replace("\u2029", "\n")
    assert selected == "tiempo\nreal"


def test_enter_on_a_finding_selects_its_phrase(draft, qtbot):
    findings = set_text(draft, qtbot, TEXT)
    listing = draft.findings_list
    nationwide = by_rule(findings, "nationwide_scope")
    listing.view.setFocus()
    listing.view.setCurrentIndex(listing.model.index(listing.model.row_of(nationwide), 0))
    with qtbot.waitSignal(listing.finding_activated):
        qtbot.keyClick(listing.view, Qt.Key.Key_Return)
    cursor = draft.editor.textCursor()
    assert cursor.selectedText() == "a nivel nacional"
    assert (cursor.selectionStart(), cursor.selectionEnd()) == (nationwide.start, nationwide.end)


def test_structural_findings_are_not_activated(draft, qtbot):
    draft.set_structural_findings([STRUCTURAL])
    listing = draft.findings_list
    index = listing.model.index(0, 0)
    with qtbot.assertNotEmitted(listing.finding_activated):
        listing.view.activated.emit(index)
    assert not draft.editor.textCursor().hasSelection()


def test_activating_a_stale_finding_selects_where_the_phrase_is_now(draft, qtbot):
    findings = set_text(draft, qtbot, TEXT)
    old = by_rule(findings, "realtime_data")
    draft.editor.textCursor().insertText("Nuevo: ")  # at 0; the list still holds old offsets
    assert draft.show_finding(old)
    assert draft.editor.textCursor().selectedText().replace("\u2029", "\n") == "tiempo\nreal"
    assert draft.editor.textCursor().selectionStart() == old.start + len("Nuevo: ")


def test_select_phrase_refuses_a_changed_text(qtbot):
    listing = FindingsList()
    qtbot.addWidget(listing)
    from PySide6.QtWidgets import QPlainTextEdit

    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    editor.setPlainText(TEXT)
    finding = by_rule(check_text(TEXT, "es"), "nationwide_scope")
    assert select_phrase(editor, finding)
    editor.setPlainText("otra cosa")
    assert not select_phrase(editor, finding)
    assert not select_phrase(editor, STRUCTURAL)


# --- tooltips ---------------------------------------------------------------------------------------


def test_finding_at_a_position(draft, qtbot):
    findings = set_text(draft, qtbot, TEXT)
    realtime = by_rule(findings, "realtime_data")
    checker = draft.checker
    assert checker.finding_at(realtime.start) == realtime
    assert checker.finding_at(realtime.start + len("tiempo")) == realtime  # the line break inside
    assert checker.finding_at(realtime.end - 1) == realtime
    assert checker.finding_at(realtime.end) is None  # the space after "real"
    assert checker.finding_at(realtime.start - 1) is None
    assert checker.finding_at(0) is None


def test_tooltip_shows_factor_severity_and_message(draft, qtbot):
    findings = set_text(draft, qtbot, TEXT)
    detenidas = by_rule(findings, "sensitive_detention")
    editor = draft.editor
    cursor = QTextCursor(editor.document())
    cursor.setPosition(detenidas.start + 2)
    left = editor.cursorRect(cursor)
    cursor.setPosition(detenidas.start + 3)
    right = editor.cursorRect(cursor)
    point = QPoint((left.left() + right.left()) // 2, left.center().y())
    assert draft.checker.position_under(point) == detenidas.start + 2
    viewport = editor.viewport()
    event = QHelpEvent(QEvent.Type.ToolTip, point, viewport.mapToGlobal(point))
    QApplication.sendEvent(viewport, event)
    label = load_rubric("en").factor_label("issue_sensitivity")
    assert QToolTip.text() == f"{label} — high: {detenidas.message}"
    # Far right of a short line there is no character: no tooltip.
    far = QPoint(viewport.width() - 5, left.center().y())
    assert draft.checker.position_under(far) == -1
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, far, viewport.mapToGlobal(far)))
    qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=2000)  # Qt hides it after a short delay


# --- the model ----------------------------------------------------------------------------------


def test_findings_model_passes_the_model_tester(qtmodeltester):
    model = FindingsModel()
    model.set_findings([STRUCTURAL, *check_text(TEXT, "es")], "es")
    qtmodeltester.check(model)
    assert model.index(0, 0).data(FindingsModel.FactorLabelRole) == "Drafting"
    assert model.index(1, 0).data(FindingsModel.FactorLabelRole) == load_rubric("es").factor_label(
        "issue_sensitivity"
    )
    model.set_findings(check_text("Datos en tiempo real.", "es"), "es")  # a reset under the tester
    model.set_findings([], "en")
    assert model.rowCount() == 0


def test_only_moved_findings_update_rows_in_place(qtbot):
    model = FindingsModel()
    first = check_text(TEXT, "es")
    model.set_findings(first, "es")
    moved = check_text("Hoy. " + TEXT, "es")
    with qtbot.assertNotEmitted(model.modelReset):
        assert model.set_findings(moved, "es") is False
    assert model.findings() == moved


# --- languages and presentation ---------------------------------------------------------------------


def test_language_switch_changes_the_rules(draft, qtbot):
    text = "Publicar en tiempo real, in real time."
    set_text(draft, qtbot, text)
    spanish = {f.phrase for f in draft.text_findings()}
    assert "tiempo real" in spanish and "real time" not in spanish
    with qtbot.waitSignal(draft.findings_changed):
        draft.set_language("en")
    english = {f.phrase for f in draft.text_findings()}
    assert "real time" in english and "tiempo real" not in english
    assert draft.language() == "en"


def test_ui_language_relabels_the_factors(draft, qtbot):
    set_text(draft, qtbot, TEXT)
    draft.set_ui_language("pt")
    model = draft.findings_list.model
    labels = {model.index(row, 0).data(FindingsModel.FactorLabelRole) for row in range(model.rowCount())}
    assert load_rubric("pt").factor_label("data_availability") in labels


def test_language_change_event_retranslates(draft, qtbot):
    draft.editor.setAccessibleName("")
    draft.findings_list.view.setAccessibleName("")
    QApplication.sendEvent(draft, QEvent(QEvent.Type.LanguageChange))
    QApplication.sendEvent(draft.findings_list, QEvent(QEvent.Type.LanguageChange))
    assert draft.editor.accessibleName() == "Draft text"
    assert draft.findings_list.view.accessibleName() == "Wording findings"


def test_presentation_enlarges_the_text(draft):
    normal = draft.editor.font().pointSizeF()
    list_normal = draft.findings_list.view.font().pointSizeF()
    draft.set_presentation(True)
    assert draft.editor.font().pointSizeF() > normal * 1.3
    assert draft.findings_list.view.font().pointSizeF() > list_normal * 1.3
    draft.set_presentation(False)
    assert draft.editor.font().pointSizeF() == normal


def test_wraps_an_existing_editor(qtbot):
    from PySide6.QtWidgets import QPlainTextEdit

    box = QPlainTextEdit()
    box.setFont(QFont("DejaVu Sans", 11))
    widget = DraftEditor(editor=box, language="es")
    qtbot.addWidget(widget)
    assert widget.editor is box
    # Text set with the editor's signals blocked (the page's set_fields) is checked too.
    box.blockSignals(True)
    box.setPlainText(TEXT)
    box.blockSignals(False)
    qtbot.waitUntil(lambda: len(widget.text_findings()) == 3, timeout=2000)


# --- speed -------------------------------------------------------------------------------------------


def test_a_keystroke_in_a_twenty_page_draft_repaints_only_its_own_blocks(qtbot, monkeypatch):
    """Work, not wall time (timings belong in bench/bench_wording.py): after a keystroke near
    the end, the re-check repaints the blocks whose highlights changed, not all 300."""
    from PySide6.QtWidgets import QPlainTextEdit

    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    checker = WordingChecker(editor, "es")
    paragraph = (
        "La dependencia publicará en datos abiertos el registro de personas detenidas en tiempo real, "
        "con información de los estados y municipios, y fortalecerá la coordinación con el Poder Judicial.\n"
    )
    editor.setPlainText(paragraph * 300)  # about 20 pages
    findings = checker.check_now()
    assert len(findings) > 300
    repainted = []
    original = checker.highlighter.rehighlightBlock
    monkeypatch.setattr(
        checker.highlighter,
        "rehighlightBlock",
        lambda block: (repainted.append(block.blockNumber()), original(block)),
    )
    cursor = QTextCursor(editor.document())
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertText("x")  # no finding changes: no block is repainted by the checker
    checker.check_now()
    assert repainted == []
    cursor.insertText(" en tiempo real")  # one new finding in the last block: that block only
    found = checker.check_now()
    assert len(found) == len(findings) + 1
    assert repainted == [editor.document().blockCount() - 1]


def test_presentation_does_not_compound_with_a_scaled_window(draft):
    normal = draft.editor.font().pointSizeF()
    window_font = QFont(draft.font())
    window_font.setPointSizeF(normal * 1.4)
    draft.setFont(window_font)  # as MainWindow.set_presentation scales the window's font
    draft.set_presentation(True)
    assert draft.editor.font().pointSizeF() == pytest.approx(normal * 1.6, abs=0.1)
    draft.set_presentation(False)
    # Off, the editor and the list follow their parent's font again.
    assert draft.editor.font().pointSizeF() == pytest.approx(normal * 1.4, abs=0.1)
    assert draft.findings_list.view.font().pointSizeF() == pytest.approx(normal * 1.4, abs=0.1)
    assert draft.findings_list.header.font().bold()


def test_an_accessible_name_given_by_the_page_is_kept(draft):
    draft.editor.setAccessibleName("Draft text: what the commitment will do")
    QApplication.sendEvent(draft, QEvent(QEvent.Type.LanguageChange))
    assert draft.editor.accessibleName() == "Draft text: what the commitment will do"


def test_a_broken_rule_file_does_not_stop_typing(draft, qtbot, monkeypatch, caplog):
    set_text(draft, qtbot, TEXT)

    def broken(text, language="en"):
        raise ValueError("es.json: rule 'x': bad pattern")

    monkeypatch.setattr("feasibility_app.ui.commitment.wording_highlighter.text_findings", broken)
    with qtbot.waitSignal(draft.findings_changed):
        draft.editor.setPlainText(TEXT + " más")
    assert draft.text_findings() == []
    assert formatted_positions(draft.editor.document()) == {}
    assert "wording checks failed" in caplog.text
