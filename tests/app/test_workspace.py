"""The Qt-free workspace: working copies, dirty sets, autosave timing on a fake clock,
saving, failures kept in memory, parallel edits, and plan operations with their conflict."""

from __future__ import annotations

import dataclasses
from datetime import datetime

import pytest

from feasibility_app.app import plans as plan_ops
from feasibility_app.app import results
from feasibility_app.app.autosave import AutosavePolicy
from feasibility_app.app.errors import AppError, ErrorKind
from feasibility_app.app.workspace import AssessorKey, Workspace
from feasibility_app.domain.factors import Level, Role
from feasibility_app.domain.model import CommitmentFields, FactorScore, IrmPrecheck, Party
from feasibility_app.storage.database import open_database
from feasibility_app.storage.repository import Repository


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def repo(tmp_path):
    db = open_database(str(tmp_path / "ws.db"))
    yield Repository(db)
    db.close()


@pytest.fixture
def plan(repo):
    return repo.create_plan("Mexico 2013–2015", "Mexico", None, None, None, [])


@pytest.fixture
def cid(repo, plan):
    rev = repo.create_commitment(plan.id, CommitmentFields(title="Registry", draft_text="Publish it."), "Ana")
    return rev.commitment_id


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def ws(repo, clock):
    return Workspace(repo, clock=clock)


# --- the autosave policy -------------------------------------------------------------------------


def test_a_save_is_due_one_second_after_an_edit(clock):
    policy = AutosavePolicy(clock)
    assert policy.edited() == 1.0
    clock.advance(0.99)
    assert not policy.is_due()
    clock.advance(0.01)
    assert policy.is_due()


def test_fast_typing_saves_at_most_two_seconds_after_the_first_edit(clock):
    policy = AutosavePolicy(clock)
    policy.edited()
    for _ in range(10):  # a keystroke every 0.3 s
        clock.advance(0.3)
        policy.edited()
        if policy.is_due():
            break
    assert clock.now - 100.0 <= 2.0
    assert policy.remaining() == 0.0 or policy.is_due()


def test_a_failed_save_is_retried_after_five_seconds_and_saving_clears_it(clock):
    policy = AutosavePolicy(clock)
    policy.edited()
    assert policy.failed() == 5.0
    clock.advance(4.9)
    assert not policy.is_due()
    clock.advance(0.1)
    assert policy.is_due()
    policy.saved()
    assert policy.remaining() is None and not policy.is_due()


# --- working copies and saving ---------------------------------------------------------------------


def test_an_edit_stays_in_memory_until_flushed(ws, repo, cid, clock):
    ws.open(cid)
    fields = dataclasses.replace(ws.fields(), draft_text="Publish the registry monthly.")
    changes = ws.apply_fields(cid, fields)
    assert ws.has_unsaved() and ws.is_dirty(cid)
    assert changes.rows[cid]["search_text"].startswith("registry")
    assert repo.current_revision(cid).fields.draft_text == "Publish it."
    assert ws.autosave.remaining() == 1.0
    outcome = ws.flush(now=lambda: datetime(2026, 12, 4, 17, 0))
    assert outcome.ok and outcome.saved_at == datetime(2026, 12, 4, 17, 0)
    assert not ws.has_unsaved() and ws.autosave.remaining() is None
    assert repo.current_revision(cid).fields.draft_text == "Publish the registry monthly."
    assert repo.current_revision(cid).parent_id is not None


def test_an_edit_undone_before_the_save_writes_nothing(ws, repo, cid):
    ws.open(cid)
    original = ws.fields()
    ws.apply_fields(cid, dataclasses.replace(original, title="Other"))
    ws.apply_fields(cid, original)
    before = len(repo.revisions(cid))
    assert ws.flush().ok
    assert len(repo.revisions(cid)) == before


def test_scores_are_saved_per_assessor_based_on_their_previous_assessment(ws, repo, cid):
    ws.open(cid)
    assert ws.set_assessor("Ana Pérez", Role.CIVIL_SOCIETY.value)
    scores, irm = ws.own_scores()
    scores["budget"] = FactorScore(Level.CRITICAL)
    ws.apply_scores(cid, ws.assessor, scores, irm)
    assert ws.flush().ok
    first = repo.assessments(cid)[-1]
    assert (first.assessor, first.role, first.scores["budget"].level) == (
        "Ana Pérez",
        Role.CIVIL_SOCIETY,
        Level.CRITICAL,
    )
    scores["budget"] = FactorScore(Level.HIGH)
    ws.apply_scores(cid, ws.assessor, scores, IrmPrecheck())
    assert ws.flush().ok
    second = repo.assessments(cid)[-1]
    assert second.parent_id == first.id and second.scores["budget"].level == Level.HIGH
    assert results.own_verdict(ws).score == pytest.approx(3.0)


def test_the_overall_result_counts_unsaved_own_scores(ws, cid):
    ws.open(cid)
    ws.set_assessor("Luis", Role.GOVERNMENT.value)
    scores, irm = ws.own_scores()
    scores.update({k: FactorScore(Level.LOW) for k in scores})
    ws.apply_scores(cid, ws.assessor, scores, irm)
    overall = results.effective(ws)
    assert overall.verdict.band == Level.LOW and overall.verdict.complete
    row = results.summary_row(overall)
    assert (row["overall_level"], row["assessors"], row["complete"]) == ("low", 1, True)
    assert results.series(ws)[0][0] == "Luis"


def test_a_failed_save_keeps_the_edits_and_names_the_kind(ws, repo, cid, clock, monkeypatch):
    ws.open(cid)
    ws.apply_fields(cid, dataclasses.replace(ws.fields(), title="Kept"))

    def read_only(*_args, **_kwargs):
        raise OSError("attempt to write a readonly database")

    monkeypatch.setattr(repo, "save_revision", read_only)
    outcome = ws.flush()
    assert not outcome.ok and ws.has_unsaved() and ws.fields().title == "Kept"
    assert ws.autosave.remaining() == 5.0
    monkeypatch.undo()
    clock.advance(5.0)
    assert ws.autosave.is_due()
    assert ws.flush().ok and ws.failure is None
    assert repo.current_revision(cid).fields.title == "Kept"


def test_a_missing_commitment_is_an_app_error_not_a_crash(ws):
    with pytest.raises(AppError) as caught:
        ws.open("no-such-id")
    assert caught.value.kind is ErrorKind.NOT_FOUND
    assert ws.current_id == ""


def test_a_parallel_edit_is_reported_once_and_both_revisions_are_kept(ws, repo, cid):
    ws.open(cid)
    base = ws.opened_revision()
    other = repo.save_revision(cid, CommitmentFields(title="Theirs"), "Marta", parent_id=base)
    assert [r.id for r in ws.check_for_changes()] == [other.id]
    assert ws.check_for_changes() == []  # reported once
    ws.apply_fields(cid, dataclasses.replace(ws.fields(), title="Ours"))
    assert ws.flush().ok
    mine = repo.current_revision(cid)
    assert mine.parent_id == base  # both are children of the revision opened
    assert {r.title for r in (rev.fields for rev in repo.revisions(cid))} >= {"Theirs", "Ours"}


def test_changing_assessor_loads_their_own_newest_scores(ws, repo, cid):
    repo.save_assessment(cid, "Marta", Role.GOVERNMENT, {"budget": FactorScore(Level.MODERATE)}, None)
    ws.open(cid)
    ws.set_assessor("Marta", Role.GOVERNMENT.value)
    assert ws.own_scores()[0]["budget"].level == Level.MODERATE
    assert not ws.set_assessor("Marta", Role.GOVERNMENT.value)  # unchanged
    ws.set_assessor("Ana", Role.CIVIL_SOCIETY.value)
    assert ws.own_scores()[0]["budget"].level == Level.NOT_ASSESSED
    assert ws.assessor == AssessorKey("Ana", Role.CIVIL_SOCIETY.value)


# --- plan and commitment operations ------------------------------------------------------------------


def test_operations_say_what_changed(repo, plan):
    cid, changes = plan_ops.create_commitment(repo, plan.id, CommitmentFields(title="New"), "Ana")
    assert changes.commitments and changes.select == cid
    changes = plan_ops.delete_commitment(repo, cid, "Ana", select_after="x")
    assert changes.closed == {cid} and changes.select == "x" and repo.is_deleted(cid)
    assert plan_ops.restore_commitment(repo, cid, "Ana").select == cid and not repo.is_deleted(cid)
    assert plan_ops.delete_plan(repo, plan.id, "Ana").plans
    assert plan_ops.restore_plan(repo, plan.id, "Ana").show_plan == plan.id


def test_a_stale_plan_settings_save_is_refused_and_rebased(repo, plan):
    mine = dataclasses.replace(plan, title="Mine")
    theirs, _ = plan_ops.save_plan_settings(repo, dataclasses.replace(plan, country="México"))
    with pytest.raises(AppError) as caught:
        plan_ops.save_plan_settings(repo, mine)
    assert caught.value.kind is ErrorKind.PLAN_CHANGED and caught.value.values["title"] == "Mine"
    saved, changes = plan_ops.save_plan_settings(repo, plan_ops.rebase_plan(mine, repo.plan(plan.id)))
    assert saved.title == "Mine" and changes.plans and changes.plan == saved
    assert saved.version > theirs.version


def test_two_people_adding_a_party_at_once_cannot_lose_one(repo, plan):
    """A save that only adds a party bumps the plan's version, so the second one is refused
    (before, `row.version = row.version` changed nothing and the first party was lost)."""
    first = dataclasses.replace(
        plan, parties=(Party(id="", plan_id=plan.id, name="SCT", role=Role.GOVERNMENT),)
    )
    second = dataclasses.replace(
        plan, parties=(Party(id="", plan_id=plan.id, name="Fundar", role=Role.CIVIL_SOCIETY),)
    )
    saved, _ = plan_ops.save_plan_settings(repo, first)
    assert saved.version > plan.version
    with pytest.raises(AppError):
        plan_ops.save_plan_settings(repo, second)
    fresh = repo.plan(plan.id)
    rebased = plan_ops.rebase_plan(
        dataclasses.replace(second, parties=(*fresh.parties, *second.parties)), fresh
    )
    saved, _ = plan_ops.save_plan_settings(repo, rebased)
    assert {p.name for p in saved.parties} == {"SCT", "Fundar"}
