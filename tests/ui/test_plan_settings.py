"""File ▸ Plan settings…: the dialog itself, and saving through the window (issues #6, #8).

No test shows a dialog: the dialog object is driven directly (setText/setValue), and the
window gets its edited plan from FakeDialogs.plan_settings_answers."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from feasibility_app.app.plans import rebase_plan
from feasibility_app.domain.factors import Role
from feasibility_app.storage.database import open_database
from feasibility_app.storage.repository import Repository
from feasibility_app.ui.dialogs.plan_settings import PlanSettingsDialog
from feasibility_app.ui.window.main_window import MainWindow

pytestmark = pytest.mark.gui

REGISTRY = "Detained Persons Registry"


@pytest.fixture
def repo(db_path):
    repo = Repository(open_database(str(db_path)))
    yield repo
    repo.db.close()


@pytest.fixture
def sample_plan(repo):
    return repo.plans()[0]


@pytest.fixture
def dialog(qtbot, sample_plan):
    d = PlanSettingsDialog(sample_plan, "en")
    qtbot.addWidget(d)
    return d


@pytest.fixture
def window(sample_window):
    sample_window.set_assessor("Ana", "government")
    return sample_window


def ok_enabled(d: PlanSettingsDialog) -> bool:
    return d.buttons.button(QDialogButtonBox.Ok).isEnabled()


def registry(w: MainWindow):
    return next(s for s in w.navigator.model.summaries() if s.title.startswith(REGISTRY))


# --- the dialog ---------------------------------------------------------------------------------


def test_dialog_shows_the_plan_and_returns_the_edited_plan(dialog, sample_plan):
    assert dialog.title_edit.text() == sample_plan.title
    assert dialog.parties.rowCount() == len(sample_plan.parties)
    assert dialog.weight_labels["budget"].text().startswith("Budget")  # the rubric's label
    assert ok_enabled(dialog)
    assert dialog.plan() == sample_plan  # nothing edited: the same plan, same versions

    dialog.parties.item(1, 0).setText("Núcleo de OSC")
    dialog.weight_spins["budget"].setValue(5)
    edited = dialog.plan()
    assert edited.parties[1].name == "Núcleo de OSC"
    assert edited.parties[1].id == sample_plan.parties[1].id
    assert edited.weights["budget"] == 5.0
    assert (edited.id, edited.version) == (sample_plan.id, sample_plan.version)
    assert edited.title == sample_plan.title and edited.start == sample_plan.start


def test_weights_are_half_steps_from_0_to_10(dialog):
    spin = dialog.weight_spins["political_will"]
    assert (spin.minimum(), spin.maximum(), spin.singleStep()) == (0.0, 10.0, 0.5)
    spin.stepUp()
    assert dialog.plan().weights["political_will"] == 1.5
    dialog.equal_button.click()
    assert set(dialog.plan().weights.values()) == {1.0}


def test_parties_can_be_added_moved_and_removed(dialog, sample_plan):
    row = dialog.add_party("Facilitation team", Role.FACILITATOR)
    dialog.parties.setCurrentCell(row, 0)
    dialog.move_party(-1)
    names = [p.name for p in dialog.plan().parties]
    assert names[-2:] == ["Facilitation team", sample_plan.parties[-1].name]
    new = dialog.plan().parties[-2]
    assert new.role is Role.FACILITATOR and new.id and new.id not in {p.id for p in sample_plan.parties}
    assert dialog.plan().parties[-2].id == new.id  # a new party keeps one id

    dialog.parties.setCurrentCell(0, 0)
    dialog.remove_party()
    assert sample_plan.parties[0].id not in {p.id for p in dialog.plan().parties}
    assert not dialog.up_button.isEnabled()  # row 0 is current again

    combo = dialog.parties.cellWidget(0, 1)
    assert [combo.itemText(i) for i in range(combo.count())][:2] == ["Government", "Civil society"]
    combo.setCurrentIndex(combo.findData("guarantor"))
    assert dialog.plan().parties[0].role is Role.GUARANTOR


def test_validation_explains_and_disables_ok(dialog):
    dialog.title_edit.setText("  ")
    assert not ok_enabled(dialog)
    assert "title" in dialog.problems_label.text()
    dialog.title_edit.setText("Plan")
    assert ok_enabled(dialog) and not dialog.problems_label.isVisibleTo(dialog)

    dialog.end_edit.setDate(dialog.start_edit.date().addDays(-1))
    assert not ok_enabled(dialog) and "after the start" in dialog.problems_label.text()
    dialog.end_edit.setDate(dialog.start_edit.date().addYears(2))
    assert ok_enabled(dialog)

    for spin in dialog.weight_spins.values():
        spin.setValue(0)
    assert not ok_enabled(dialog) and "weight above 0" in dialog.problems_label.text()
    dialog.weight_spins["budget"].setValue(0.5)
    assert ok_enabled(dialog)

    dialog.add_party("")
    assert not ok_enabled(dialog) and "needs a name" in dialog.problems_label.text()
    while dialog.parties.rowCount():
        dialog.parties.setCurrentCell(0, 0)
        dialog.remove_party()
    assert not ok_enabled(dialog) and "at least one party" in dialog.problems_label.text()
    dialog.add_party("Gobierno")
    assert ok_enabled(dialog)


def test_rebase_keeps_the_users_values_on_the_fresh_versions(sample_plan):
    mine = dataclasses.replace(sample_plan, title="Mine")
    fresh = dataclasses.replace(
        sample_plan,
        version=sample_plan.version + 1,
        parties=(dataclasses.replace(sample_plan.parties[0], name="Theirs", version=7),),
    )
    rebased = rebase_plan(mine, fresh)
    assert rebased.title == "Mine" and rebased.version == fresh.version
    assert rebased.parties[0].name == sample_plan.parties[0].name and rebased.parties[0].version == 7


def test_saved_meanwhile_is_named_in_the_dialog(qtbot, sample_plan):
    theirs = dataclasses.replace(sample_plan, country="Chile", weights={**sample_plan.weights, "budget": 3.0})
    d = PlanSettingsDialog(sample_plan, "en", saved_meanwhile=theirs)
    qtbot.addWidget(d)
    assert d.conflict_label.isVisibleTo(d)
    text = d.conflict_label.text()
    assert "Someone else saved this plan" in text and "Chile" in text and "weight 3" in text


# --- through the window -----------------------------------------------------------------------------


def test_new_weights_change_the_navigators_overall_score(window, fake_dialogs, repo):
    w = window
    before = registry(w)
    plan = repo.plan(before.plan_id)
    w.navigator.set_current_plan(plan.id)
    assert w.actions["plan_settings"].isEnabled()
    fake_dialogs.plan_settings_answers = [
        lambda p: dataclasses.replace(p, weights={**p.weights, "budget": 5.0}),
    ]
    w.actions["plan_settings"].trigger()

    name, (given, lang, meanwhile) = fake_dialogs.calls[-1]
    assert name == "plan_settings" and given == plan and lang == "en" and meanwhile is None
    after = registry(w)
    assert after.overall_score != before.overall_score
    assert after.overall_score == pytest.approx(repo.snapshot(after.id).result.verdict.score)
    assert repo.plan(plan.id).weights["budget"] == 5.0
    assert "warning" not in fake_dialogs.names()


def test_renamed_party_and_title_follow_in_the_window(window, fake_dialogs):
    w = window
    plan = w.session.current_plan()
    assert plan is not None  # a sample commitment is open: its plan is the one edited
    civil = plan.parties[1]
    fake_dialogs.plan_settings_answers = [
        lambda p: dataclasses.replace(
            p,
            title="Plan renamed",
            end=date(2016, 6, 30),
            parties=tuple(
                dataclasses.replace(x, name="Núcleo OSC") if x.id == civil.id else x for x in p.parties
            ),
        )
    ]
    saved = w.plan_settings()
    assert saved is not None and saved.title == "Plan renamed"
    assert w.session.current_plan().end == date(2016, 6, 30)
    combo_texts = [w.assessor_bar.party_combo.itemText(i) for i in range(w.assessor_bar.party_combo.count())]
    assert any(t.startswith("Núcleo OSC") for t in combo_texts)
    plan_titles = [w.navigator.plan_combo.itemText(i) for i in range(w.navigator.plan_combo.count())]
    assert "Plan renamed" in plan_titles
    assert registry(w).plan_title == "Plan renamed"


def test_stale_save_explains_and_reopens_with_the_users_values(window, fake_dialogs, db_path):
    w = window
    plan = w.session.current_plan()
    other = Repository(open_database(str(db_path)))
    try:
        mine = {}

        def edit_then_someone_saves(p):
            # while the dialog is open, another user of the same database saves the plan
            other.update_plan(dataclasses.replace(other.plan(p.id), country="México"))
            mine["plan"] = dataclasses.replace(p, title="Our title", weights={**p.weights, "budget": 5.0})
            return mine["plan"]

        fake_dialogs.plan_settings_answers = [edit_then_someone_saves, lambda p: p]
        saved = w.plan_settings()

        warnings = [args for name, args in fake_dialogs.calls if name == "warning"]
        assert len(warnings) == 1
        assert "still in the form" in warnings[0][1]
        reopened = [args for name, args in fake_dialogs.calls if name == "plan_settings"]
        assert len(reopened) == 2
        again, _lang, theirs = reopened[1]
        # nothing the user typed is lost; their save is shown beside it
        assert again.title == "Our title" and again.weights["budget"] == 5.0
        assert theirs is not None and theirs.country == "México"
        assert again.version == theirs.version
        # the second OK saves the user's values on the fresh version
        assert saved is not None and saved.title == "Our title"
        assert other.plan(plan.id).title == "Our title"
    finally:
        other.db.close()


def test_cancel_saves_nothing(window, fake_dialogs, repo):
    plan = window.session.current_plan()
    fake_dialogs.plan_settings_answers = []
    assert window.plan_settings() is None
    assert repo.plan(plan.id) == plan


def test_all_plans_with_several_plans_and_nothing_open_disables_it(window):
    w = window
    assert w.session.create_plan("Second plan", "Chile")
    w.navigator.set_current_plan(None)
    w.session.open_commitment("")
    w._update_enabled()
    assert not w.actions["plan_settings"].isEnabled()
    assert w.plan_settings() is None
    w.navigator.set_current_plan(w.navigator.plans()[0].id)
    assert w.actions["plan_settings"].isEnabled()


def test_paper_is_chosen_per_plan_in_the_dialog(qtbot, sample_plan):
    d = PlanSettingsDialog(sample_plan)
    qtbot.addWidget(d)
    combo = d.paper_combo
    assert combo.currentData() == "" and combo.currentText() == "From the country: Letter"  # Mexico
    d.country_edit.setText("Brasil")
    assert combo.itemText(0) == "From the country: A4"
    combo.setCurrentIndex(combo.findData("letter"))
    assert d.plan().paper == "letter"
    again = PlanSettingsDialog(d.plan())
    qtbot.addWidget(again)
    assert again.paper_combo.currentData() == "letter"
    theirs = dataclasses.replace(sample_plan, paper="a4")
    meanwhile = PlanSettingsDialog(sample_plan, saved_meanwhile=theirs)
    qtbot.addWidget(meanwhile)
    assert "paper “A4”" in meanwhile.conflict_label.text()


def test_paper_saved_through_the_window_is_the_export_dialogs_default(window, fake_dialogs, repo):
    from feasibility_app.ui.files.print_report import print_options

    plan = window.session.current_plan()
    assert print_options(window).paper == "letter"  # Mexico, nothing chosen
    fake_dialogs.plan_settings_answers = [lambda p: dataclasses.replace(p, paper="a4")]
    saved = window.plan_settings()
    assert saved is not None and repo.plan(plan.id).paper == "a4"
    assert print_options(window).paper == "a4"
    # a one-off choice in the export dialog does not change the plan, nor the next default
    from feasibility_app.ui.files.report_options import ReportOptions

    fake_dialogs.report_options_answer = ReportOptions("en", "letter")
    fake_dialogs.save_path = None  # cancel at the file name
    window.actions["export_report"].trigger()
    proposed = [args[0] for name, args in fake_dialogs.calls if name == "report_options"][-1]
    assert proposed.paper == "a4"
    assert repo.plan(plan.id).paper == "a4" and print_options(window).paper == "a4"
