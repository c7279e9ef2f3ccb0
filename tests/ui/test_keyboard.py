"""A whole session without the mouse: score six factors, add a mitigation, leave its table,
record a consensus; plus the shortcuts that need no AltGr and what screen readers hear."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication

from feasibility_app.domain.factors import FACTOR_KEYS, Level
from feasibility_app.ui.window.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, fake_dialogs, no_modal_boxes, db_path):
    w = MainWindow(str(db_path), dialogs=fake_dialogs)
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitExposed(w)
    assert w.load_data()
    w.set_assessor("Ana Pérez", "government")
    yield w
    w.session.flush()


def press(key, modifier=Qt.KeyboardModifier.NoModifier, text: str = "") -> None:
    """A key as the keyboard sends it: to whatever has the focus (shortcuts included)."""
    target = QApplication.focusWidget() or QApplication.activeWindow()
    QTest.keyClick(target, key, modifier)
    QApplication.processEvents()


def focused():
    return QApplication.focusWidget()


def inside(widget) -> bool:
    f = focused()
    return f is not None and (f is widget or widget.isAncestorOf(f))


def test_keyboard_only_session(window, qtbot, tmp_path):
    w = window
    panel = w.assessment_panel
    w.navigator.view.setFocus()
    # Alt+↓ (no AltGr needed) goes to the first factor: the first press no longer skips it.
    press(Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert inside(panel.cards[0])
    for i, _key in enumerate(FACTOR_KEYS):
        assert inside(panel.cards[i]), i
        press(Qt.Key.Key_3)
        press(Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert all(s.level is Level.HIGH for s in panel.scores().values())
    # Alt+↑ goes back; the old Ctrl+[ still works too.
    press(Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert inside(panel.cards[4])
    w.actions["previous_factor"].trigger()
    assert inside(panel.cards[3])

    # Add a mitigation to this card with the keyboard: Tab to "Add mitigation", Space.
    card = panel.cards[3]
    for _ in range(40):
        if focused() is card.add_button:
            break
        press(Qt.Key.Key_Tab)
    assert focused() is card.add_button
    press(Qt.Key.Key_Space)
    assert card.mitigations.rowCount() == 1
    QTest.keyClicks(focused(), "Name the budget line")
    press(Qt.Key.Key_Return)
    assert inside(card.mitigations)
    # Ctrl+Tab leaves the table (Tab alone too: the table no longer traps it).
    press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert not inside(card.mitigations)
    assert card.mitigations.item(0, 0).text() == "Name the budget line"
    card.mitigations.setFocus()
    press(Qt.Key.Key_Tab)
    assert not inside(card.mitigations)
    w.session.flush()
    saved = w.session.assessments()[-1]
    assert saved.assessor == "Ana Pérez"
    assert {k: s.level for k, s in saved.scores.items()} == dict.fromkeys(FACTOR_KEYS, Level.HIGH)
    assert [m.action for m in saved.scores[FACTOR_KEYS[3]].mitigations] == ["Name the budget line"]

    # Record the consensus from the Compare tab (Ctrl+2), by Tab and Space.
    press(Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert w.tabs.currentWidget() is w.party_tabs.compare_page
    compare = w.party_tabs.compare
    for _ in range(60):
        if focused() is compare.record_button or not compare.record_button.isEnabled():
            break
        in_table = any(
            (isinstance(x, QAbstractItemView) and x.isAncestorOf(focused())) or x is focused()
            for x in compare.findChildren(QAbstractItemView)
        )
        # Tab moves between cells of the Compare table: Ctrl+Tab leaves it
        press(
            Qt.Key.Key_Tab,
            Qt.KeyboardModifier.ControlModifier if in_table else Qt.KeyboardModifier.NoModifier,
        )
    assert focused() is compare.record_button

    # The facilitator's step, answered by keyboard too: type the facilitator's name, Return.
    def facilitate_by_keyboard(request):
        from PySide6.QtWidgets import QDialog

        from feasibility_app.ui.parties.consensus_dialog import FacilitationDialog

        dialog = FacilitationDialog(request, w)
        dialog.show()
        dialog.activateWindow()
        dialog.name_edit.setFocus()
        QTest.keyClicks(dialog.name_edit, "Mediadora")
        QTest.keyClick(dialog.name_edit, Qt.Key.Key_Return)  # the dialog's default: Record consensus
        assert dialog.result() == QDialog.DialogCode.Accepted
        return dialog.answer()

    w.dialogs.facilitation = facilitate_by_keyboard
    press(Qt.Key.Key_Space)
    from feasibility_app.domain.assessing import newest_consensus

    consensus = newest_consensus(w.repo.assessments(w.session.current_id))
    # credited to the person who facilitated, not to whoever is in the Assessor box
    assert consensus is not None and consensus.assessor == "Mediadora"


def test_focus_order_reaches_the_verdict_after_the_factors(window):
    w = window
    vp = w.verdict_panel
    chain, widget = [], w.navigator.view
    for _ in range(5000):
        widget = widget.nextInFocusChain()
        if widget is vp.chip:
            break
        chain.append(widget)
    assert widget is vp.chip, "the verdict is not in the Tab order"
    from feasibility_app.ui.common.keyboard import next_focus

    assert next_focus(vp.chip) is vp.what_if  # Tab from the band: what would lower the risk
    # order: the page's title first, the cards after the page, the verdict after every card
    pos = {id(x): i for i, x in enumerate(chain)}
    assert pos[id(w.page.title_edit)] < pos[id(w.page.remove_milestone_button)]
    card_positions = [pos[id(c.level_buttons[Level.LOW])] for c in w.assessment_panel.cards]
    assert card_positions == sorted(card_positions)
    assert pos[id(w.page.remove_milestone_button)] < card_positions[0]
    assert vp.chip.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_screen_readers_hear_factor_level_and_meaning_and_the_verdict(window):
    w = window
    card = w.assessment_panel.card("data_availability")
    button = card.level_buttons[Level.CRITICAL]
    assert button.accessibleName() == "Data availability: Critical"
    from feasibility_app.domain.rubric import load_rubric

    meaning = load_rubric("en").anchor("data_availability", Level.CRITICAL)
    assert button.accessibleDescription() == f"{meaning} Key 4."
    w.set_language("es")
    w.languages.set_language("es", remember=False)
    try:
        button = w.assessment_panel.card("data_availability").level_buttons[Level.CRITICAL]
        assert load_rubric("es").anchor("data_availability", Level.CRITICAL) in button.accessibleDescription()
    finally:
        w.languages.set_language("en", remember=False)
        w.set_language("en")
    vp = w.verdict_panel
    spoken = vp.chip.accessibleDescription()
    assert spoken.startswith("Overall risk: ")
    assert vp.chip_text() in spoken
    assert vp.what_if.text().split("\n")[0].lstrip("• ") in spoken


def test_no_altgr_shortcuts_and_the_old_ones_kept(window):
    a = window.actions
    assert {"Alt+Down", "Ctrl+]"} <= {s.toString() for s in a["next_factor"].shortcuts()}
    assert {"Alt+Up", "Ctrl+["} <= {s.toString() for s in a["previous_factor"].shortcuts()}
    assert "Ctrl+K" in {s.toString() for s in a["go_to"].shortcuts()}
    assert "Ctrl+PgDown" in {s.toString() for s in a["next_commitment"].shortcuts()}


def test_next_previous_commitment_and_quick_switcher(window, qtbot):
    w = window
    nav = w.navigator
    first = nav.current_commitment_id()
    w.actions["next_commitment"].trigger()
    second = nav.current_commitment_id()
    assert second and second != first
    qtbot.waitUntil(lambda: w.session.current_id == second, timeout=3000)
    w.actions["previous_commitment"].trigger()
    assert nav.current_commitment_id() == first
    # Ctrl+K: type part of a title (accents ignored), Enter opens it
    w.actions["go_to"].trigger()
    dialog = w.quick_switcher
    assert dialog.isVisible()
    dialog.edit.setText("persons desaparecidas")
    assert dialog.proxy.rowCount() == 1
    QTest.keyClick(dialog.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.session.fields().title.startswith("Missing Persons"), timeout=3000)
    # In presentation mode Ctrl+F no longer types into the hidden navigator: it opens the switcher
    w.set_presentation(True)
    try:
        w.actions["find"].trigger()
        assert w.quick_switcher.isVisible() and w.quick_switcher is not dialog
        assert not nav.filter_edit.hasFocus()
        w.quick_switcher.reject()
    finally:
        w.set_presentation(False)


def test_tables_do_not_trap_tab(window):
    for card in window.assessment_panel.cards:
        assert not card.mitigations.tabKeyNavigation()
    assert not window.page.milestones_view.tabKeyNavigation()
    assert isinstance(window.page.milestones_view, QAbstractItemView)
