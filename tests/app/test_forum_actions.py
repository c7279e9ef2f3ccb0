"""The forum's steps through the repository: consensus, editorial edits, locks for signing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from feasibility_app.app.forum_actions import (
    ForumRefusal,
    ForumRefused,
    lock_for_signing,
    mark_editorial,
    record_consensus,
)
from feasibility_app.domain.factors import FACTOR_KEYS, Level, Role
from feasibility_app.domain.forum import ConsensusProposal
from feasibility_app.domain.model import CommitmentFields, FactorScore
from feasibility_app.reports.fingerprint import fingerprint
from feasibility_app.storage.database import open_database
from feasibility_app.storage.repository import Repository

L, M, H, C = Level.LOW, Level.MODERATE, Level.HIGH, Level.CRITICAL
TEXT = "La PGR publicará un registro de personas detenidas bajo jurisdicción federal."


@pytest.fixture
def repo(tmp_path):
    db = open_database(str(tmp_path / "forum.db"))
    yield Repository(db)
    db.close()


@pytest.fixture
def forum(repo):
    plan = repo.create_plan(
        "México 2013–2015",
        "México",
        date(2013, 11, 1),
        date(2015, 10, 31),
        parties=[("Gobierno", Role.GOVERNMENT), ("Núcleo de OSC", Role.CIVIL_SOCIETY)],
    )
    gov, cso = plan.parties
    cid = repo.create_commitment(
        plan.id, CommitmentFields(title="Registro", draft_text=TEXT), "STT"
    ).commitment_id
    for who, party, level in (("Ana", gov, L), ("Beto", gov, M), ("Carla", cso, H), ("Dani", cso, H)):
        repo.save_assessment(
            cid, who, party.role, {k: FactorScore(level) for k in FACTOR_KEYS}, party_id=party.id
        )
    return repo, cid, gov, cso


def proposal(gov, cso, level=H, **kw):
    return ConsensusProposal("Mediadora (IFAI)", (gov.id, cso.id), dict.fromkeys(FACTOR_KEYS, level), **kw)


def test_four_members_two_parties_then_a_facilitated_consensus(forum):
    repo, cid, gov, cso = forum
    snap = repo.snapshot(cid)
    assert [v.name for v in snap.result.voices] == ["Gobierno", "Núcleo de OSC"]
    assert snap.result.spread["budget"].levels == (M, H)  # Gobierno: median of low, moderate
    assert snap.result.source == "suggested" and snap.result.scores["budget"].level is H
    saved = record_consensus(repo, cid, proposal(gov, cso))
    assert saved.assessor == "Mediadora (IFAI)" and saved.role is Role.FACILITATOR
    assert set(saved.parties_present) == {gov.id, cso.id}
    with pytest.raises(ForumRefused, match="already recorded") as twice:
        record_consensus(repo, cid, proposal(gov, cso))  # not stored twice
    assert twice.value.refusal is ForumRefusal.ALREADY_RECORDED  # the kind the UI translates
    assert repo.snapshot(cid).result.source == "consensus"
    assert sum(a.is_consensus for a in repo.assessments(cid)) == 1


def test_consensus_goes_stale_on_a_substantive_edit_and_carries_over_an_editorial_one(forum):
    repo, cid, gov, cso = forum
    agreed = record_consensus(repo, cid, proposal(gov, cso, M))
    first = repo.current_revision(cid)
    typo = repo.save_revision(
        cid, replace(first.fields, draft_text=TEXT.replace("publicará", "publicara")), "Lucía"
    )
    stale = repo.snapshot(cid)
    assert stale.result.source == "suggested" and stale.result.stale_consensus == agreed
    assert stale.result.verdict.band is H  # the parties' suggestion, not the agreed moderate
    assert repo.summaries()[0].overall_level == "high"
    mark_editorial(repo, cid, typo.id, "Lucía")
    carried = repo.snapshot(cid)
    assert carried.current_texts == {typo.id, first.id}
    assert carried.result.source == "consensus" and carried.result.consensus == agreed
    assert carried.result.verdict.band is M and repo.summaries()[0].overall_level == "moderate"
    assert [(m.revision_id, m.marked_by) for m in carried.marks] == [(typo.id, "Lucía")]
    with pytest.raises(ForumRefused, match="already marked") as again:
        mark_editorial(repo, cid, typo.id, "Lucía")
    assert again.value.refusal is ForumRefusal.ALREADY_EDITORIAL
    with pytest.raises(ForumRefused, match="no earlier text") as first_text:
        mark_editorial(repo, cid, first.id, "Lucía")
    assert first_text.value.refusal is ForumRefusal.FIRST_REVISION
    # a substantive edit after that: the consensus no longer describes the text
    repo.save_revision(cid, replace(first.fields, draft_text=TEXT + " En 32 estados."), "Beto")
    after = repo.snapshot(cid)
    assert after.result.source == "suggested" and after.result.stale_consensus == agreed
    assert all(v.stale for v in after.result.voices)


def test_a_block_set_aside_needs_a_note_and_acceptance(forum):
    repo, cid, gov, cso = forum
    repo.save_assessment(
        cid,
        "Dani",
        Role.CIVIL_SOCIETY,
        {k: FactorScore(C if k == "budget" else H) for k in FACTOR_KEYS},
        party_id=cso.id,
    )
    assert repo.snapshot(cid).result.scores["budget"].level is C  # Dani alone: a standing block
    with pytest.raises(ForumRefused) as refused:
        record_consensus(repo, cid, proposal(gov, cso))
    assert [p.kind for p in refused.value.problems] == ["note_needed", "acceptance_needed"]
    assert refused.value.refusal is ForumRefusal.CONSENSUS_PROBLEMS
    assert str(refused.value) == (
        "budget: write how the block by Núcleo de OSC was resolved. "
        "budget: Núcleo de OSC must be present and accept a level below critical."
    )
    saved = record_consensus(
        repo,
        cid,
        proposal(gov, cso, notes={"budget": "Hacienda confirmó la partida."}, accepted={"budget": {cso.id}}),
    )
    assert saved.scores["budget"].level is H and saved.scores["budget"].accepted_by == (cso.id,)
    assert saved.scores["budget"].consensus_note == "Hacienda confirmó la partida."


def test_lock_for_signing_records_the_fingerprint_and_is_superseded_by_an_edit(forum):
    repo, cid, gov, cso = forum
    with pytest.raises(ForumRefused, match="Record the forum's consensus"):
        lock_for_signing(repo, cid, "Mediadora", fingerprint)
    agreed = record_consensus(repo, cid, proposal(gov, cso))
    lock = lock_for_signing(repo, cid, "Mediadora", fingerprint)
    snap = repo.snapshot(cid)
    assert lock.fingerprint == fingerprint(snap) and len(lock.fingerprint) == 64
    assert (lock.revision_id, lock.consensus_id) == (snap.revision.id, agreed.id)
    assert snap.locks == (lock,)
    with pytest.raises(ForumRefused, match="already locked"):
        lock_for_signing(repo, cid, "Mediadora", fingerprint)
    with pytest.raises(ForumRefused, match="locked for signing") as locked:
        record_consensus(repo, cid, proposal(gov, cso, M))
    assert locked.value.refusal is ForumRefusal.TEXT_LOCKED
    new = repo.save_revision(cid, CommitmentFields(title="Registro", draft_text=TEXT + " 2015."), "Beto")
    assert lock.superseded(new.id) and repo.snapshot(cid).locks[0].superseded(new.id)
