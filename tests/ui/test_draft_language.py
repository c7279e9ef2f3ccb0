"""Beside the draft: its language detected or chosen, the lead agency's level, the reader's language.

Texts are set with setPlainText (non-ASCII key simulation aborts the process).
"""

from __future__ import annotations

import pytest

from feasibility_app.domain.wording import load_rules
from feasibility_app.ui.commitment.draft_editor import DraftEditor

from .conftest import show_window

pytestmark = pytest.mark.gui

ES = "La Fiscalía creará un registro estatal en tiempo real con datos de los 125 municipios del estado."


@pytest.fixture
def make_window(qtbot, fake_dialogs, no_modal_boxes):
    windows = []

    def make(db_path):
        w = show_window(qtbot, db_path, fake_dialogs)
        w.set_assessor("Ana Pérez", "government")
        windows.append(w)
        return w

    yield make
    for w in windows:
        w.session.flush()


@pytest.fixture
def draft(qtbot):
    widget = DraftEditor(language="", ui_language="en")
    qtbot.addWidget(widget)
    widget.resize(900, 400)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def checked(draft: DraftEditor, text: str | None = None):
    if text is not None:
        draft.editor.setPlainText(text)
    return draft.check_now()


def test_the_language_is_detected_and_shown_beside_the_text(draft):
    findings = checked(draft, ES)
    assert "tiempo real" in {f.phrase for f in findings}  # the Spanish rules ran
    assert draft.language_label.text() == "Text language: Español (detected from the text)"
    assert not draft.use_detected_button.isVisible()


def test_a_chosen_language_that_disagrees_is_warned_and_one_click_overrides_it(draft, qtbot):
    checked(draft, ES)
    draft.set_language("en")
    assert "tiempo real" not in {f.phrase for f in draft.findings()}  # as chosen: English rules
    assert draft.language_label.text() == "Text language: English (chosen), but the text reads as Español"
    assert draft.use_detected_button.isVisible() and draft.use_detected_button.text() == "Use Español"
    with qtbot.waitSignal(draft.language_override_requested) as blocker:
        draft.use_detected_button.click()
    assert blocker.args == ["es"]
    draft.set_language("es")
    assert draft.language_label.text() == "Text language: Español (chosen)"
    assert not draft.use_detected_button.isVisible()


def test_too_little_text_says_so(draft):
    checked(draft, "Tempo real.")
    assert draft.language_label.text() == "Text language: English (too little text to tell)"


def test_questions_follow_the_interface_language_phrases_stay_as_written(draft):
    draft.set_ui_language("pt")
    findings = checked(draft, ES)
    realtime = next(f for f in findings if f.phrase == "tiempo real")
    assert realtime.message == load_rules("pt").messages[("realtime_data", "data_availability")]
    draft.set_ui_language("en")
    realtime = next(f for f in draft.findings() if f.phrase == "tiempo real")
    assert realtime.message.startswith("Real-time data must be created")


@pytest.mark.parametrize(
    ("level", "flagged", "not_flagged"),
    [("federal", {"estatal", "municipios"}, set()), ("state", {"municipios"}, {"estatal"})],
)
def test_the_level_of_government_decides_what_jurisdiction_flags(draft, level, flagged, not_flagged):
    checked(draft, ES)
    draft.set_level(level)
    jurisdiction = {f.phrase for f in draft.findings() if f.factor == "constitutional_limits"}
    assert flagged <= jurisdiction and not (not_flagged & jurisdiction)


def test_a_new_commitment_detects_its_language_and_records_a_level(make_window, db_path, qtbot):
    w = make_window(db_path)
    w.actions["new_commitment"].trigger()
    page = w.page
    assert w.session.fields().language == ""  # detected until someone chooses
    assert page.language_combo.currentData() == ""
    assert page.level_combo.currentText() == "As the plan: Federal / national"  # Mexico's plan
    page.draft_edit.setPlainText(ES)
    page.draft_box.check_now()
    assert page.draft_box.language_label.text() == "Text language: Español (detected from the text)"
    page.level_combo.setCurrentIndex(page.level_combo.findData("state"))
    assert w.session.fields().lead_level == "state"
    jurisdiction = {f.phrase for f in page.draft_box.findings() if f.factor == "constitutional_limits"}
    assert "estatal" not in jurisdiction and "municipios" in jurisdiction
    page.language_combo.setCurrentIndex(page.language_combo.findData("en"))
    page.draft_box.use_detected_button.click()  # the text reads as Spanish: use it
    assert w.session.fields().language == "es"
    qtbot.waitUntil(lambda: w.session.findings and "tiempo real" in {f.phrase for f in w.session.findings})


def test_plan_settings_record_the_default_level_and_commitments_follow(make_window, db_path, fake_dialogs):
    import dataclasses

    from feasibility_app.ui.dialogs.plan_settings import PlanSettingsDialog

    w = make_window(db_path)
    plan = w.session.current_plan()
    dialog = PlanSettingsDialog(plan, "en")
    try:
        assert dialog.level_combo.currentData() == ""
        assert dialog.level_combo.currentText() == "From the country: Federal / national"  # Mexico
        dialog.country_edit.setText("Buenos Aires (OGP Local)")
        assert dialog.level_combo.currentText() == "From the country: Municipal / local"
        dialog.level_combo.setCurrentIndex(dialog.level_combo.findData("state"))
        assert dialog.plan().lead_level == "state"
    finally:
        dialog.deleteLater()
    fake_dialogs.plan_settings_answers = [lambda p: dataclasses.replace(p, lead_level="state")]
    saved = w.plan_settings()
    assert saved is not None and saved.lead_level == "state"
    assert w.repo.plan(plan.id).lead_level == "state"
    assert w.page.level_combo.currentText() == "As the plan: State / provincial"
