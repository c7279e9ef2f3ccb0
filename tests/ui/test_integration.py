"""The integrated window: Compare, History, the draft editor, languages, exchange files,
parallel edits, plans. No test may block on a dialog: every dialog is the fake service."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from feasibility_app.domain.factors import FACTOR_KEYS, Level
from feasibility_app.storage.database import open_database
from feasibility_app.storage.repository import Repository
from feasibility_app.ui.window.main_window import MainWindow

pytestmark = pytest.mark.gui

REGISTRY = "Detained Persons Registry"


@pytest.fixture
def make_window(qtbot, fake_dialogs, no_modal_boxes):
    windows = []

    def make(db_path, assessor="Ana Pérez", role="government", **kw) -> MainWindow:
        w = MainWindow(str(db_path), dialogs=fake_dialogs, **kw)
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
        assert w.load_data()
        if assessor:
            w.set_assessor(assessor, role)
        windows.append(w)
        return w

    yield make
    for w in windows:
        w.session.flush()


@pytest.fixture
def other_repo(db_path):
    """A second Repository on the same file: another user of a shared database."""
    repos = []

    def make() -> Repository:
        repo = Repository(open_database(str(db_path)))
        repos.append(repo)
        return repo

    yield make
    for repo in repos:
        repo.db.close()


def open_titled(w: MainWindow, title: str) -> str:
    cid = next(s.id for s in w.navigator.model.summaries() if s.title.startswith(title))
    assert w.navigator.select_commitment(cid)
    assert w.session.current_id == cid
    return cid


def wait_finished(qtbot, w: MainWindow) -> None:
    qtbot.waitUntil(lambda: w.exchange is not None and not w.exchange.busy(), timeout=20000)


# --- Compare and History -----------------------------------------------------------------------


def test_compare_and_history_tabs_show_the_registry(make_window, db_path):
    w = make_window(db_path)
    cid = open_titled(w, REGISTRY)
    tabs = [w.tabs.tabText(i).replace("&", "") for i in range(w.tabs.count())]
    assert tabs == ["Commitment", "Compare", "History", "Track record"]

    w.show_compare()
    compare = w.party_tabs.compare
    assert compare.isVisible()
    comparison = compare.comparison
    assert comparison is not None and len(comparison.parties) == 3
    assert comparison.row("cso_cooperation").discuss
    m = compare.model
    cso = FACTOR_KEYS.index("cso_cooperation")
    assert m.index(cso, m.discuss_column).data() == "Discuss"
    assert "Parties that scored it: 3" in compare.summary_label.text()
    assert w.party_tabs.compare_page.heading.text().startswith(REGISTRY)  # which commitment

    w.show_history()
    history = w.party_tabs.history
    assert history.isVisible()
    assert history.current_revision is not None
    assert history.current_revision.commitment_id == cid
    assert history.tree.topLevelItemCount() >= 1


def _all_accept(request):
    """The facilitator marks every party present and every blocking party as accepting."""
    from feasibility_app.ui.parties.consensus_dialog import FacilitationAnswer

    accepted = {factor: {key for key, _name in blockers} for factor, _line, blockers in request.set_aside}
    return FacilitationAnswer("Facilitator Eva", tuple(k for k, _n in request.parties), accepted)


def test_recording_a_consensus_changes_the_navigator_chip(make_window, db_path, qtbot, fake_dialogs):
    w = make_window(db_path, assessor="Ana Pérez", role="government")
    cid = open_titled(w, REGISTRY)
    assert w.navigator.model.summary(cid).overall_level == "critical"
    w.show_compare()
    compare = w.party_tabs.compare
    m = compare.model
    for row, factor in enumerate(FACTOR_KEYS):
        m.setData(m.index(row, m.agreed_column), Level.MODERATE.value)
        if m.note_needed(factor):
            m.setData(m.index(row, m.note_column), "Agreed at the table after the PGR's proposal.")
    assert compare.record_button.isEnabled()
    fake_dialogs.facilitation = None  # the facilitator cancels: nothing is recorded
    qtbot.mouseClick(compare.record_button, Qt.LeftButton)
    assert not [a for a in Repository(w.repo.db).assessments(cid) if a.is_consensus]
    fake_dialogs.facilitation = _all_accept
    qtbot.mouseClick(compare.record_button, Qt.LeftButton)
    request = [args[0] for name, args in fake_dialogs.calls if name == "facilitate"][-1]
    assert len(request.parties) == 3 and request.set_aside  # the blocks the agreement sets aside

    assert w.navigator.model.summary(cid).overall_level == "moderate"
    assert w.session.overall().verdict.band.value == "moderate"
    consensus = [a for a in Repository(w.repo.db).assessments(cid) if a.is_consensus]
    assert consensus and consensus[-1].assessor == "Facilitator Eva"  # not the Assessor box
    assert len(consensus[-1].parties_present) == 3
    assert compare.comparison.consensus is not None
    assert not compare.record_button.isEnabled()  # nothing changed since
    assert compare.lock_button.isEnabled()

    w.actions["undo"].trigger()  # the recorded consensus is withdrawn
    assert not [a for a in Repository(w.repo.db).assessments(cid) if a.is_consensus]
    assert w.navigator.model.summary(cid).overall_level == "critical"
    w.actions["redo"].trigger()
    assert [a for a in Repository(w.repo.db).assessments(cid) if a.is_consensus]


def test_lock_for_signing_and_an_editorial_mark_from_the_window(make_window, db_path, qtbot, fake_dialogs):
    import dataclasses

    w = make_window(db_path, assessor="Lucía Gómez", role="guarantor")
    cid = open_titled(w, REGISTRY)
    w.show_compare()
    compare = w.party_tabs.compare
    fake_dialogs.facilitation = _all_accept
    compare.model.setData(compare.model.index(0, compare.model.agreed_column), Level.HIGH.value)
    qtbot.mouseClick(compare.record_button, Qt.LeftButton)
    qtbot.mouseClick(compare.lock_button, Qt.LeftButton)
    repo = Repository(w.repo.db)
    locks = repo.locks(cid)
    assert len(locks) == 1 and locks[0].locked_by == "Lucía Gómez"
    assert "Locked for signing on" in compare.consensus_label.text()
    assert not compare.record_button.isEnabled() and not compare.lock_button.isEnabled()

    # a typo fix makes a new revision: the lock is superseded; marked editorial, the consensus holds
    rev = repo.current_revision(cid)
    w.session.flush()
    repo.save_revision(cid, dataclasses.replace(rev.fields, title=rev.fields.title + "."), "Lucía Gómez")
    w.session.reload_current()
    w.show_history()
    history = w.party_tabs.history
    w.party_tabs.refresh()
    assert history.editorial_button is not None
    assert "stale" not in compare.consensus_label.text()
    qtbot.mouseClick(history.editorial_button, Qt.LeftButton)
    marks = repo.editorial_marks(cid)
    assert [(m.marked_by) for m in marks] == ["Lucía Gómez"]
    top = history.tree.topLevelItem(0)
    assert "editorial, marked by Lucía Gómez" in top.text(3)
    assert "lock superseded" in history.tree.topLevelItem(1).text(3)
    assert w.session.overall().source == "consensus"
    w.actions["undo"].trigger()  # the mark is withdrawn: the consensus scored an earlier text again
    assert repo.editorial_marks(cid) == []
    assert w.session.overall().source == "suggested"
    w.show_compare()
    assert "scored an earlier text" in compare.consensus_label.text()


def test_agreed_level_edits_are_undone_with_the_window_stack(make_window, db_path):
    w = make_window(db_path)
    open_titled(w, REGISTRY)
    w.show_compare()
    compare = w.party_tabs.compare
    m = compare.model
    row = FACTOR_KEYS.index("budget")
    before = compare.agreed_levels()["budget"]
    target = Level.LOW if before is not Level.LOW else Level.HIGH
    m.setData(m.index(row, m.agreed_column), target.value)
    assert compare.agreed_levels()["budget"] is target
    assert w.undo_action.isEnabled()

    w.actions["undo"].trigger()
    assert compare.agreed_levels()["budget"] is before
    combo = compare.table.indexWidget(m.index(row, m.agreed_column))
    assert combo.currentData() == before.value
    w.actions["redo"].trigger()
    assert compare.agreed_levels()["budget"] is target
    # a refresh (an autosave elsewhere) keeps the forum's unrecorded choice
    w.party_tabs.refresh()
    assert compare.agreed_levels()["budget"] is target


def test_rescore_refused_is_a_non_blocking_message(make_window, db_path, fake_dialogs):
    w = make_window(db_path)
    cid = open_titled(w, REGISTRY)
    current = w.repo.assessments(cid)[-1]
    assert not w.party_tabs.rescore(current.id)  # it already scores the current text
    assert fake_dialogs.names()[-1] == "notify"


# --- the draft editor ----------------------------------------------------------------------------


def test_spanish_draft_shows_a_real_time_finding(make_window, db_path, qtbot):
    w = make_window(db_path)
    w.actions["new_commitment"].trigger()
    page = w.page
    page.language_combo.setCurrentIndex(page.language_combo.findData("es"))
    assert w.session.fields().language == "es"
    page.draft_edit.setPlainText("La secretaría publicará los datos de las obras en tiempo real.")
    findings = page.draft_box.check_now()
    assert any("tiempo real" in f.phrase.lower() for f in findings)
    assert page.draft_box.findings_list.isVisible()
    assert page.draft_box.findings_list.view.model().rowCount() >= 1
    # the text keeps its room: the list sits under it, not over it
    assert page.draft_edit.height() >= page.draft_edit.minimumHeight()


# --- languages -----------------------------------------------------------------------------------


def test_language_menu_switches_to_spanish_and_back(make_window, db_path, qtbot):
    from feasibility_app.domain.rubric import load_rubric

    w = make_window(db_path)
    languages = w.languages
    try:
        titles = [a.text() for a in w.menuBar().actions()]
        assert w.language_menu.menuAction().text() in titles
        w.language_menu.action_for("es").trigger()
        assert languages.current() == "es" and w.language == "es"
        qtbot.waitUntil(lambda: w.menus["file"].title() == "&Archivo")
        label_es = load_rubric("es").factors["constitutional_limits"].label
        assert w.assessment_panel.card("constitutional_limits").title.text() == label_es
        assert w.settings.value("ui/language") == "es"  # remembered

        w.language_menu.action_for("en").trigger()
        qtbot.waitUntil(lambda: w.menus["file"].title() == "&File")
        assert w.language == "en"
    finally:
        languages.set_language("en", remember=False)
        languages.uninstall()


# --- exchange files -------------------------------------------------------------------------------


def test_export_then_import_the_same_file_adds_nothing(make_window, db_path, fake_dialogs, qtbot, tmp_path):
    w = make_window(db_path)
    out = tmp_path / "exchange.json"
    fake_dialogs.save_path = str(out)
    w.actions["export_exchange"].trigger()
    wait_finished(qtbot, w)
    assert out.is_file() and json.loads(out.read_text("utf-8"))
    assert fake_dialogs.names()[-1] == "information"

    rows = w.navigator.model.total_rows()
    fake_dialogs.open_path = str(out)
    w.actions["import_exchange"].trigger()
    wait_finished(qtbot, w)
    name, (_title, text) = fake_dialogs.calls[-1]
    assert name == "information"
    assert "nothing new" in text
    assert "question" not in fake_dialogs.names()  # nothing to confirm
    assert w.navigator.model.total_rows() == rows


def test_import_from_another_database_asks_then_merges(make_window, db_path, fake_dialogs, qtbot, tmp_path):
    from feasibility_app.domain.model import CommitmentFields
    from feasibility_app.exchange.exchange_file import export_exchange

    other = Repository(open_database(str(tmp_path / "laptop.db")))
    plan = other.create_plan("Laptop plan", "MX")
    other.create_commitment(plan.id, CommitmentFields(title="From the laptop"))
    out = tmp_path / "laptop.json"
    export_exchange(other, out)
    other.db.close()

    w = make_window(db_path)
    rows = w.navigator.model.total_rows()
    fake_dialogs.open_path = str(out)
    fake_dialogs.answer_question = True
    w.actions["import_exchange"].trigger()
    qtbot.waitUntil(lambda: "information" in fake_dialogs.names(), timeout=20000)
    wait_finished(qtbot, w)
    question = next(args for name, args in fake_dialogs.calls if name == "question")
    assert "would add" in question[1] and "1 commitment" in question[1]
    assert w.navigator.model.total_rows() == rows + 1


def test_a_bad_import_file_is_refused_and_changes_nothing(
    make_window, db_path, fake_dialogs, qtbot, tmp_path
):
    w = make_window(db_path)
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "something else", "records": [', "utf-8")
    before = db_path.stat().st_size, w.navigator.model.total_rows()
    fake_dialogs.open_path = str(bad)
    w.actions["import_exchange"].trigger()
    wait_finished(qtbot, w)
    name, (_title, text) = fake_dialogs.calls[-1]
    assert name == "warning"
    assert "bad.json" in text and "Nothing was changed" in text
    assert len(text.splitlines()) == 2  # the one-line reason, then the reassurance
    assert (db_path.stat().st_size, w.navigator.model.total_rows()) == before


def test_export_csv(make_window, db_path, fake_dialogs, qtbot, tmp_path):
    w = make_window(db_path)
    out = tmp_path / "plan"
    fake_dialogs.save_path = str(out)
    w.actions["export_csv"].trigger()
    wait_finished(qtbot, w)
    written = tmp_path / "plan.csv"
    assert written.is_file() and written.read_text("utf-8-sig").count("\n") > 6


# --- parallel edits ----------------------------------------------------------------------------------


def test_parallel_edit_banner_and_two_children_of_one_parent(make_window, db_path, other_repo, qtbot):
    w = make_window(db_path)
    cid = open_titled(w, REGISTRY)
    opened = w.session.opened_revision()
    assert not w.page.parallel_banner.isVisible()

    repo = other_repo()
    theirs_fields = repo.current_revision(cid).fields
    from dataclasses import replace

    theirs = repo.save_revision(
        cid, replace(theirs_fields, draft_text=theirs_fields.draft_text + " Laura's edit."), "Laura"
    )
    w.session.check_for_changes()  # the 3 s poll, without waiting for it
    assert w.page.parallel_banner.isVisible()
    assert "Laura" in w.page.parallel_label.text()
    w.session.check_for_changes()  # reported once only
    w.page.parallel_show_button.click()
    assert w.tabs.currentWidget() is w.party_tabs.history_page and w.party_tabs.history.isVisible()

    # our own edit is saved beside theirs, based on the revision we opened: nothing overwritten
    w.tabs.setCurrentWidget(w.work_split)
    w.page.draft_edit.setPlainText(w.page.draft_edit.toPlainText() + " Ana's edit.")
    assert w.session.flush()
    revisions = repo.revisions(cid)
    children = [r for r in revisions if r.parent_id == opened]
    assert {r.author for r in children} == {"Laura", "Ana Pérez"}
    assert theirs.id in {r.id for r in revisions}
    assert repo.parallel_edits(cid)


def test_poll_timer_runs_while_a_commitment_is_open(make_window, db_path):
    w = make_window(db_path)
    assert w.session._poll_timer.isActive()
    assert 2000 <= w.session._poll_timer.interval() <= 5000


def test_plan_saved_meanwhile_is_a_clear_message(make_window, db_path, other_repo, fake_dialogs):
    from dataclasses import replace

    w = make_window(db_path)
    plan = w.session.current_plan()
    repo = other_repo()
    repo.update_plan(replace(repo.plan(plan.id), country="México"))
    mine = replace(plan, title="Our new title")
    assert w.session.save_plan(mine) is None
    name, (_title, text) = fake_dialogs.calls[-1]
    assert name == "warning" and "still in the form" in text
    assert mine.title == "Our new title"  # the caller keeps what the user typed


# --- plans and the read-only hint ------------------------------------------------------------------


def test_delete_plan_and_undo(make_window, db_path, fake_dialogs):
    w = make_window(db_path)
    plan = w.session.current_plan()
    rows = w.navigator.model.total_rows()
    w.navigator.set_current_plan(plan.id)
    assert w.delete_plan()
    assert "question" in fake_dialogs.names()
    assert plan.id not in {p.id for p in w.navigator.plans()}
    assert w.navigator.model.total_rows() == 0  # the sample has one plan: its commitments go with it
    assert w.session.current_id == ""
    assert w.repo.plans() == []

    w.actions["undo"].trigger()
    assert plan.id in {p.id for p in w.navigator.plans()}
    assert w.navigator.model.total_rows() == rows
    assert w.session.current_id  # a commitment is open again


def test_new_plan_is_undoable(make_window, db_path, fake_dialogs):
    from feasibility_app.ui.dialogs.dialogs import PlanDraft

    w = make_window(db_path)
    fake_dialogs.plan_draft = PlanDraft(title="Fourth plan", country="MX", parties=[("Gov", "government")])
    plan_id = w.new_plan()
    assert plan_id in {p.id for p in w.navigator.plans()}
    assert w.navigator.current_plan_id() == plan_id
    w.actions["undo"].trigger()
    assert plan_id not in {p.id for p in w.navigator.plans()}
    w.actions["redo"].trigger()
    assert plan_id in {p.id for p in w.navigator.plans()}


def test_read_only_hint_says_to_type_a_name_in_the_toolbar(make_window, db_path):
    w = make_window(db_path, assessor=None)
    w.set_assessor("")
    hint = w.assessment_panel.hint.text()
    assert "toolbar" in hint and "name" in hint
    w.set_assessor("Ana Pérez", "government")
    assert "toolbar" not in w.assessment_panel.hint.text()


# --- a damaged database at start-up ---------------------------------------------------------------------


def test_start_up_offers_the_backup_and_keeps_the_damaged_bytes(qtbot, tmp_path, monkeypatch, no_modal_boxes):
    """The start path of app.py (lazy window, database opened in a thread) with the real
    DialogService, whose database_problem factory is replaced: the newest backup is offered
    and the damaged file is kept byte for byte (renamed), never written over."""
    from feasibility_app.storage.sample import open_with_sample
    from feasibility_app.ui.dialogs import dialogs

    path = tmp_path / "feasibility.db"
    open_with_sample(str(path)).close()
    backup = tmp_path / "feasibility.db.bak-20240101-120000"
    backup.write_bytes(path.read_bytes())
    path.write_bytes(b"\x00damaged by a power cut\xff" * 200)
    damaged = path.read_bytes()
    offers: list[tuple[str, Path | None]] = []

    def database_problem(self, parent, message, offered):
        offers.append((message, offered))
        assert path.read_bytes() == damaged  # nothing touched the file before the user chose
        return dialogs.DatabaseChoice.BACKUP

    monkeypatch.setattr(dialogs.DialogService, "database_problem", database_problem)
    w = MainWindow(str(path), lazy=True)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.load_finished, timeout=20000) as blocker:
        w.load_data_async()
    assert blocker.args == [True]
    assert [offered for _m, offered in offers] == [backup]
    kept = list(tmp_path.glob("feasibility.db.damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == damaged
    assert w.navigator.model.total_rows() == 6
    w.session.flush()
