"""The repository: immutable versions, current = newest, tombstones, ids, optimistic locking."""

from datetime import date

import pytest

from feasibility_app.domain.factors import FACTOR_KEYS, Evidence, Level, Role
from feasibility_app.domain.model import CommitmentFields, FactorScore, IrmPrecheck, Milestone, Mitigation
from feasibility_app.storage.database import open_database
from feasibility_app.storage.repository import Ambiguous, ConcurrentEdit, NotFound, Repository


@pytest.fixture
def repo(tmp_path):
    db = open_database(str(tmp_path / "r.db"))
    yield Repository(db)
    db.close()


@pytest.fixture
def plan(repo):
    return repo.create_plan(
        "Plan 2016–2018",
        "Brasil",
        date(2016, 1, 1),
        date(2018, 6, 30),
        parties=[("Governo", Role.GOVERNMENT), ("Sociedade civil", Role.CIVIL_SOCIETY)],
    )


def fields(**kw):
    base = dict(
        title="Dados abertos de obras",
        lead_agency="Ministério",
        draft_text="Publicará os dados.",
        milestones=(Milestone("Conjunto de dados publicado", date(2016, 3, 1), date(2016, 9, 1)),),
    )
    base.update(kw)
    return CommitmentFields(**base)


def test_revisions_are_immutable_and_current_is_newest(repo, plan):
    first = repo.create_commitment(plan.id, fields(), "Ana")
    cid = first.commitment_id
    same = repo.save_revision(cid, fields(), "Ana")
    assert same.id == first.id  # nothing changed, nothing saved
    second = repo.save_revision(cid, fields(draft_text="Publicará os dados em tempo real."), "Ana")
    assert second.parent_id == first.id
    revs = repo.revisions(cid)
    assert [r.id for r in revs] == [first.id, second.id]
    assert revs[0].fields.draft_text == "Publicará os dados."  # the old one is kept as it was
    assert repo.current_revision(cid).id == second.id
    assert repo.current_revision(cid).fields.milestones[0].output == "Conjunto de dados publicado"


def test_parallel_edits_are_both_kept(repo, plan):
    base = repo.create_commitment(plan.id, fields(), "Ana")
    a = repo.save_revision(base.commitment_id, fields(title="A"), "Ana", parent_id=base.id)
    b = repo.save_revision(base.commitment_id, fields(title="B"), "Bea", parent_id=base.id)
    groups = repo.parallel_edits(base.commitment_id)
    assert [{r.id for r in g} for g in groups] == [{a.id, b.id}]
    assert repo.current_revision(base.commitment_id).id == b.id


def test_assessments_are_versions_and_the_newest_per_assessor_counts(repo, plan):
    cid = repo.create_commitment(plan.id, fields(), "Ana").commitment_id
    high = {k: FactorScore(Level.HIGH, Evidence.VERIFIED) for k in FACTOR_KEYS}
    low = {k: FactorScore(Level.LOW, Evidence.VERIFIED) for k in FACTOR_KEYS}
    repo.save_assessment(cid, "Ana", Role.GOVERNMENT, high)
    repo.save_assessment(cid, "Ana", Role.GOVERNMENT, low)
    snap = repo.snapshot(cid)
    assert len(snap.assessments) == 2 and len(snap.result.assessments) == 1
    assert snap.result.verdict.band is Level.LOW and snap.result.source == "single"


def test_mitigations_and_irm_round_trip(repo, plan):
    cid = repo.create_commitment(plan.id, fields(), "Ana").commitment_id
    mit = (Mitigation("Orçar o sistema", "Secretaria", date(2016, 5, 1)), Mitigation("Revisão jurídica"))
    scores = {"budget": FactorScore(Level.CRITICAL, Evidence.ASSUMED, "Sem orçamento", mit)}
    irm = IrmPrecheck(True, ("transparency",), "Dados públicos", "substantial")
    a = repo.save_assessment(cid, "Zoë Ñúñez", "civil_society", scores, irm)
    back = repo.assessments(cid)[0]
    assert back.scores["budget"].mitigations == mit
    assert back.irm.potential.value == "substantial" and back.irm.verifiable is True
    assert back.scores["data_availability"].level is Level.NOT_ASSESSED
    assert back.assessor == "Zoë Ñúñez" and back.id == a.id


def test_unknown_factor_keys_are_refused(repo, plan):
    cid = repo.create_commitment(plan.id, fields(), "Ana").commitment_id
    with pytest.raises(ValueError, match="unknown factor"):
        repo.save_assessment(cid, "Ana", "government", {"weather": FactorScore(Level.LOW)})


def test_unknown_open_government_values_are_refused_before_anything_is_written(repo, plan):
    # Every read checks these values; a write that let one through made the commitment unreadable.
    cid = repo.create_commitment(plan.id, fields(), "Ana").commitment_id
    irm = IrmPrecheck(True, ("transparency", "weather"), "", "unclear")
    with pytest.raises(ValueError, match="weather"):
        repo.save_assessment(cid, "Ana", "government", {"budget": FactorScore(Level.LOW)}, irm)
    with pytest.raises(ValueError, match="weather"):
        repo.save_revision(cid, fields(og_values=("weather",)), "Ana")
    with pytest.raises(ValueError, match="weather"):
        repo.create_commitment(plan.id, fields(og_values=("participation", "weather")), "Ana")
    assert repo.assessments(cid) == []
    assert len(repo.revisions(cid)) == 1
    assert repo.snapshot(cid).revision.fields.og_values == ()  # still readable


def test_consensus_overrides_the_suggested_result(repo, plan):
    cid = repo.create_commitment(plan.id, fields(), "Ana").commitment_id
    repo.save_assessment(cid, "Gov", "government", {k: FactorScore(Level.LOW) for k in FACTOR_KEYS})
    repo.save_assessment(cid, "CSO", "civil_society", {k: FactorScore(Level.CRITICAL) for k in FACTOR_KEYS})
    assert repo.snapshot(cid).result.source == "suggested"
    assert repo.snapshot(cid).result.verdict.band is Level.CRITICAL  # the CSO's blocks stand
    agreed = {k: FactorScore(Level.MODERATE, consensus_note="agreed in session 3") for k in FACTOR_KEYS}
    repo.save_assessment(cid, "Secretariat", "facilitator", agreed, is_consensus=True)
    snap = repo.snapshot(cid)
    assert snap.result.source == "consensus" and snap.result.verdict.band is Level.MODERATE
    assert len(snap.result.assessments) == 2  # the consensus is not an assessor


def test_delete_is_a_tombstone_and_can_be_undone(repo, plan):
    cid = repo.create_commitment(plan.id, fields(), "Ana").commitment_id
    repo.delete_commitment(cid, "Ana")
    assert repo.summaries() == [] and repo.is_deleted(cid)
    assert len(repo.summaries(include_deleted=True)) == 1
    assert repo.revisions(cid)  # nothing erased
    repo.restore_commitment(cid, "Ana")
    assert [s.id for s in repo.summaries()] == [cid]


def test_id_prefixes(repo, plan):
    cid = repo.create_commitment(plan.id, fields(), "Ana").commitment_id
    assert repo.resolve_id(cid[:8]) == cid
    assert repo.resolve_id(cid.upper()) == cid
    with pytest.raises(NotFound):
        repo.resolve_id("zzzz")
    with pytest.raises(NotFound):
        repo.resolve_id("%")
    ids = [cid] + [repo.create_commitment(plan.id, fields(), "Ana").commitment_id for _ in range(16)]
    first_chars = [i[0] for i in ids]
    shared = next(c for c in first_chars if first_chars.count(c) > 1)  # 17 ids, 16 hex digits
    with pytest.raises(Ambiguous, match="several"):
        repo.resolve_id(shared)


def test_optimistic_lock_refuses_the_later_save(tmp_path):
    path = str(tmp_path / "shared.db")
    one, two = Repository(open_database(path)), Repository(open_database(path))
    plan = one.create_plan("Plan", parties=[("Gov", "government")])
    a, b = one.plan(plan.id), two.plan(plan.id)
    saved = one.update_plan(type(a)(**{**a.__dict__, "title": "Plan (edited by one)"}))
    assert saved.version == a.version + 1
    with pytest.raises(ConcurrentEdit, match="changed by someone else"):
        two.update_plan(type(b)(**{**b.__dict__, "title": "Plan (edited by two)"}))
    assert two.plan(plan.id).title == "Plan (edited by one)"


def test_summary_is_searchable_without_accents(repo, plan):
    repo.create_commitment(plan.id, fields(title="Prevención de Inundación"), "Ana")
    row = repo.summaries()[0]
    assert "inundacion" in row.search_text and "ministerio" in row.search_text


def test_one_assessment_by_id(repo, plan):
    cid = repo.create_commitment(plan.id, fields(), "Ana").commitment_id
    a = repo.save_assessment(cid, "Ana", "government", {"budget": FactorScore(Level.HIGH)})
    assert repo.assessment(a.id) == a
    with pytest.raises(NotFound):
        repo.assessment("nope")


def test_bulk_snapshots_equal_one_by_one(tmp_path):
    from feasibility_app.storage.sample import open_with_sample

    repo = Repository(open_with_sample(str(tmp_path / "bulk.db")))
    ids = [s.id for s in repo.summaries()]
    repo.save_revision(ids[0], fields(title="Edited"), "Ana")
    repo.delete_commitment(ids[1])
    snaps = repo.snapshots(ids)
    assert [s.commitment_id for s in snaps] == ids
    for snap in snaps:  # each agrees with the one-purpose reads
        assert snap.revision == repo.current_revision(snap.commitment_id)
        assert snap.assessments == tuple(repo.assessments(snap.commitment_id))
        assert snap.deleted == repo.is_deleted(snap.commitment_id)
        assert snap.plan == repo.plan(snap.plan.id)
    assert snaps[0].revision.fields.title == "Edited" and snaps[1].deleted
    assert repo.snapshots([]) == []
    with pytest.raises(NotFound):
        repo.snapshots([ids[0], "missing"])
