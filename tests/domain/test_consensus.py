"""Several parties: spread, discuss marks, blocks, suggested and recorded consensus, stale and re-score."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from feasibility_app.app.parties import (
    RescoreRefused,
    find_assessment,
    record_consensus,
    rescore,
)
from feasibility_app.domain.assessing import effective_result, is_stale, newest_per_assessor
from feasibility_app.domain.consensus import (
    build_comparison,
    comparison_rows,
    consensus_scores,
    notes_needed,
    overridden_blocks,
)
from feasibility_app.domain.factors import FACTOR_KEYS, Evidence, Level, Role
from feasibility_app.domain.model import (
    Assessment,
    CommitmentFields,
    FactorScore,
    IrmPrecheck,
    Mitigation,
    Party,
)
from feasibility_app.storage.database import open_database
from feasibility_app.storage.repository import Repository
from feasibility_app.storage.sample import load_sample, sample_id

L, M, H, C = Level.LOW, Level.MODERATE, Level.HIGH, Level.CRITICAL
T0 = datetime(2013, 10, 20, 16, 0, tzinfo=UTC)

# Three parties on one PGR-like commitment, one level per factor in FACTOR_KEYS order:
# constitutional_limits, data_availability, cso_cooperation, issue_sensitivity, budget, political_will
LEVELS = {
    ("PGR", Role.GOVERNMENT): (H, C, L, H, H, H),
    ("Artículo 19", Role.CIVIL_SOCIETY): (M, H, C, C, M, C),
    ("IFAI", Role.GUARANTOR): (H, H, M, H, M, H),
}


def scores(levels, evidence=Evidence.VERIFIED, rationale="", mitigations=()):
    return {
        key: FactorScore(
            level, evidence, f"{rationale} {key}".strip() if rationale else "", tuple(mitigations)
        )
        for key, level in zip(FACTOR_KEYS, levels, strict=True)
    }


PARTIES = (
    Party("p-gov", "plan", "PGR", Role.GOVERNMENT),
    Party("p-cso", "plan", "Artículo 19", Role.CIVIL_SOCIETY),
    Party("p-ifai", "plan", "IFAI", Role.GUARANTOR),
)
PARTY_OF_ROLE = {p.role: p.id for p in PARTIES}


def make(assessor, role, levels, minutes=0, revision="rev1", **kw):
    kw.setdefault("party_id", None if kw.get("is_consensus") else PARTY_OF_ROLE.get(role))
    return Assessment(
        id=f"{assessor}-{minutes}",
        commitment_id="c1",
        revision_id=revision,
        assessor=assessor,
        role=role,
        created_at=T0 + timedelta(minutes=minutes),
        scores=scores(levels),
        **kw,
    )


@pytest.fixture
def three():
    return [make(name, role, lv, i) for i, ((name, role), lv) in enumerate(LEVELS.items())]


def test_rows_name_parties_spread_discuss_blocks_suggested(three):
    comparison = build_comparison(three, "rev1", parties=PARTIES)
    assert [p.name for p in comparison.parties] == ["PGR", "Artículo 19", "IFAI"]
    assert not comparison.stale_parties
    rows = {r.factor: r for r in comparison.rows}
    assert list(rows) == list(FACTOR_KEYS)

    cso = rows["cso_cooperation"]
    assert cso.levels == {"PGR": L, "Artículo 19": C, "IFAI": M}
    assert cso.spread == 3 and cso.discuss
    assert cso.blocks == ("Artículo 19",)
    assert cso.suggested is C  # the median of low, moderate, critical is moderate: the block stands

    data = rows["data_availability"]
    assert data.spread == 1 and not data.discuss
    assert data.blocks == ("PGR",)  # the government's own block is shown too
    assert data.suggested is C

    sensitivity = rows["issue_sensitivity"]
    assert sensitivity.blocks == ("Artículo 19",) and sensitivity.suggested is C  # not averaged away
    assert overridden_blocks(sensitivity, H) == ("Artículo 19",)  # agreeing below critical sets it aside
    assert overridden_blocks(sensitivity, C) == ()

    budget = rows["budget"]
    assert (budget.spread, budget.discuss, budget.blocks, budget.suggested) == (1, False, (), M)
    assert comparison.discuss_count == 1
    assert comparison_rows(three, "rev1", PARTIES) == list(comparison.rows)


def test_two_parties_round_the_median_towards_more_risk():
    gov = make("PGR", Role.GOVERNMENT, (L, L, L, L, L, L))
    cso = make("Artículo 19", Role.CIVIL_SOCIETY, (M, H, C, L, L, L), 1)
    rows = {r.factor: r for r in build_comparison([gov, cso], parties=PARTIES).rows}
    assert rows["constitutional_limits"].suggested is M  # (1+2)/2 rounded up
    assert rows["data_availability"].suggested is M and rows["data_availability"].discuss
    assert rows["cso_cooperation"].suggested is C and rows["cso_cooperation"].blocks == ("Artículo 19",)


def test_four_members_of_two_parties_give_two_voices():
    """Two government people and two CSO people: two columns, two votes, not four."""
    gov1 = make("Ana (PGR)", Role.GOVERNMENT, (L, L, L, L, L, L))
    gov2 = make("Beto (SEGOB)", Role.GOVERNMENT, (M, L, L, M, L, L), 1)
    gov3_old = make("Ana (PGR)", Role.GOVERNMENT, (C,) * 6, -5)  # superseded by Ana's newer one
    cso1 = make("Carla (A19)", Role.CIVIL_SOCIETY, (H, H, H, H, H, H), 2)
    cso2 = make("Dani (Fundar)", Role.CIVIL_SOCIETY, (H, H, C, M, H, H), 3)
    comparison = build_comparison([gov3_old, gov1, gov2, cso1, cso2], "rev1", parties=PARTIES)
    assert [p.name for p in comparison.parties] == ["PGR", "Artículo 19"]
    assert comparison.parties[0].members == ("Ana (PGR)", "Beto (SEGOB)")
    gov = comparison.parties[0]
    assert gov.member_levels("constitutional_limits") == {"Ana (PGR)": L, "Beto (SEGOB)": M}
    assert gov.member_spread("constitutional_limits") == 1
    limits = comparison.row("constitutional_limits")
    assert limits.levels == {"PGR": M, "Artículo 19": H}  # PGR: median of low, moderate, towards risk
    assert limits.spread == 1 and limits.suggested is H  # two voices: (2+3)/2 rounded up
    # more members would not outweigh the other party: three CSO people at high, one government at low
    extra = [make(f"CSO {i}", Role.CIVIL_SOCIETY, (H,) * 6, 10 + i) for i in range(3)]
    lone = make("Ana (PGR)", Role.GOVERNMENT, (L,) * 6, 20)
    two_voices = build_comparison([*extra, lone], "rev1", parties=PARTIES)
    assert len(two_voices.parties) == 2
    # per person the median of low, high, high, high is high; per party (1+3)/2 is moderate
    assert two_voices.row("budget").suggested is M


def test_a_single_members_critical_is_a_standing_block_of_the_party():
    """Dani alone rates cso_cooperation critical; Artículo 19's median is high, but the block stands."""
    gov1 = make("Ana", Role.GOVERNMENT, (L,) * 6)
    gov2 = make("Beto", Role.GOVERNMENT, (L,) * 6, 1)
    gov3 = make("Eva", Role.GOVERNMENT, (L,) * 6, 2)
    cso1 = make("Carla", Role.CIVIL_SOCIETY, (M, M, H, M, M, M), 3)
    cso2 = make("Dani", Role.CIVIL_SOCIETY, (M, M, C, M, M, M), 4)
    comparison = build_comparison([gov1, gov2, gov3, cso1, cso2], "rev1", parties=PARTIES)
    row = comparison.row("cso_cooperation")
    assert row.levels == {"PGR": L, "Artículo 19": C}  # median of high and critical rounds to critical
    assert row.blocks == ("Artículo 19",) and row.suggested is C
    cso3 = make("Fer", Role.CIVIL_SOCIETY, (M, M, M, M, M, M), 5)  # the median drops to high
    everyone = [gov1, gov2, gov3, cso1, cso2, cso3]
    row = build_comparison(everyone, "rev1", parties=PARTIES).row("cso_cooperation")
    assert row.levels["Artículo 19"] is H and row.blocks == ("Artículo 19",) and row.suggested is C
    result = effective_result([gov1, gov2, gov3, cso1, cso2, cso3], parties=PARTIES, texts="rev1")
    assert result.source == "suggested" and result.scores["cso_cooperation"].level is C
    assert result.verdict.band.rank >= H.rank  # the critical floor applies


def test_default_agreed_is_suggested_without_or_with_a_stale_consensus(three):
    fresh = build_comparison(three, "rev1", parties=PARTIES)
    assert fresh.default_agreed() == fresh.suggested_levels()
    old = make("Secretariat", Role.FACILITATOR, (L,) * 6, 50, revision="rev0", is_consensus=True)
    stale = build_comparison(three, "rev1", old, PARTIES)
    assert stale.consensus_stale
    assert stale.default_agreed() == stale.suggested_levels()
    assert stale.default_notes() == dict.fromkeys(FACTOR_KEYS, "")


def test_notes_needed_only_where_a_block_is_set_aside(three):
    comparison = build_comparison(three, "rev1", parties=PARTIES)
    agreed = comparison.suggested_levels()
    # blocks stand: every blocked factor is suggested critical, so the suggestion needs no note
    blocked = ("data_availability", "cso_cooperation", "issue_sensitivity", "political_will")
    assert all(agreed[f] is C for f in blocked)
    assert notes_needed(comparison, agreed, {}) == ()
    lowered = {**agreed, **dict.fromkeys(blocked, H)}
    assert notes_needed(comparison, lowered, {}) == blocked
    lowered["issue_sensitivity"] = lowered["data_availability"] = C
    notes = {
        "cso_cooperation": "Artículo 19 accepts high if PGR meets them monthly.",
        "political_will": " ",
    }
    assert notes_needed(comparison, lowered, notes) == ("political_will",)
    assert notes_needed(comparison, dict.fromkeys(FACTOR_KEYS, C), {}) == ()


def test_consensus_scores_keep_notes_rationales_evidence_and_mitigations():
    fix = Mitigation("Limit to federal jurisdiction", "PGR", date(2014, 3, 1))
    gov = make("PGR", Role.GOVERNMENT, (H, C, L, H, H, H))
    gov = Assessment(
        **{**gov.__dict__, "scores": scores((H, C, L, H, H, H), rationale="gov", mitigations=(fix,))}
    )
    cso = make("Artículo 19", Role.CIVIL_SOCIETY, (M, H, C, C, M, C), 1)
    cso = Assessment(
        **{**cso.__dict__, "scores": scores((M, H, C, C, M, C), Evidence.ASSUMED, "a19", (fix,))}
    )
    agreed = {"cso_cooperation": H}
    result = consensus_scores(agreed, {"cso_cooperation": "  Agreed after the second meeting.  "}, [gov, cso])
    assert set(result) == set(FACTOR_KEYS)
    assert result["cso_cooperation"].level is H
    assert result["cso_cooperation"].consensus_note == "Agreed after the second meeting."
    assert result["budget"].level is H  # not given: the suggested level, (3+2)/2 rounded up
    assert result["data_availability"].level is C  # not given, and blocked by PGR: critical
    assert result["budget"].consensus_note == ""
    assert result["budget"].evidence is Evidence.ASSUMED  # one party only assumed it
    assert result["cso_cooperation"].rationale == "PGR: gov cso_cooperation\nArtículo 19: a19 cso_cooperation"
    assert result["cso_cooperation"].mitigations == (fix,)  # merged, not duplicated
    only_gov = consensus_scores({}, {}, [gov])
    assert only_gov["budget"].evidence is Evidence.VERIFIED


# --- through the repository ---------------------------------------------------------------


@pytest.fixture
def repo(tmp_path):
    db = open_database(str(tmp_path / "consensus.db"))
    yield Repository(db)
    db.close()


@pytest.fixture
def commitment(repo):
    plan = repo.create_plan(
        "México 2013–2015",
        "México",
        date(2013, 11, 1),
        date(2015, 10, 31),
        parties=[
            ("Gobierno", Role.GOVERNMENT),
            ("Artículo 19", Role.CIVIL_SOCIETY),
            ("IFAI", Role.GUARANTOR),
        ],
    )
    rev = repo.create_commitment(
        plan.id,
        CommitmentFields(
            title="Registro de Personas Detenidas",
            draft_text="La PGR publicará un registro nacional de personas detenidas.",
            language="es",
        ),
        "Secretariado Técnico Tripartita",
    )
    for (name, role), levels in LEVELS.items():
        repo.save_assessment(rev.commitment_id, name, role, scores(levels, rationale=name), IrmPrecheck(True))
    return rev.commitment_id


def test_record_consensus_saves_an_agreed_assessment_for_the_current_revision(repo, commitment):
    agreed = {key: Level.HIGH for key in FACTOR_KEYS} | {"issue_sensitivity": C}
    notes = {"cso_cooperation": "Artículo 19 aceptó «alto» con reuniones mensuales."}
    saved = record_consensus(repo, commitment, agreed, notes, "Secretariado")
    assert saved.is_consensus and saved.role is Role.FACILITATOR and saved.assessor == "Secretariado"
    assert saved.revision_id == repo.current_revision(commitment).id
    assert saved.levels() == agreed
    assert saved.scores["cso_cooperation"].consensus_note == notes["cso_cooperation"]
    assert "Artículo 19: Artículo 19 cso_cooperation" in saved.scores["cso_cooperation"].rationale
    assert saved.irm.verifiable is True and saved.parent_id is None

    stored = repo.assessments(commitment)
    assert stored[-1] == saved
    result = effective_result(stored)
    assert result.source == "consensus"
    assert result.scores["cso_cooperation"].consensus_note == notes["cso_cooperation"]
    assert len(result.assessments) == 3  # the consensus is not a party column

    second = record_consensus(repo, commitment, {}, {}, "Secretariado")
    assert second.parent_id == saved.id
    assert second.levels() == build_comparison(stored).suggested_levels()


def test_editing_the_text_makes_assessments_stale_and_rescore_renews_them(repo, commitment):
    first = repo.current_revision(commitment)
    consensus = record_consensus(repo, commitment, {}, {}, "Secretariado")
    new_rev = repo.save_revision(
        commitment,
        CommitmentFields(
            title="Registro de Personas Detenidas",
            draft_text="La PGR publicará un registro de personas detenidas bajo jurisdicción federal.",
            language="es",
        ),
        "PGR",
    )
    assert new_rev.parent_id == first.id
    everything = repo.assessments(commitment)
    assert all(is_stale(a, new_rev.id) for a in everything)
    forum = repo.plan(repo.snapshot(commitment).plan.id).parties
    comparison = build_comparison(everything, new_rev.id, consensus, forum)
    assert [p.name for p in comparison.stale_parties] == ["Gobierno", "Artículo 19", "IFAI"]
    assert comparison.consensus_stale

    a19 = next(a for a in everything if a.assessor == "Artículo 19")
    renewed = rescore(repo, a19.id, "Artículo 19")
    assert renewed.revision_id == new_rev.id and renewed.parent_id == a19.id
    assert (renewed.assessor, renewed.role) == (a19.assessor, a19.role)
    assert renewed.scores == a19.scores and renewed.irm == a19.irm and not renewed.is_consensus
    now = repo.assessments(commitment)
    assert find_assessment(repo, renewed.id) == renewed  # found without knowing the commitment
    comparison = build_comparison(now, new_rev.id, parties=forum)
    assert [p.name for p in comparison.stale_parties] == ["Gobierno", "IFAI"]
    assert comparison.parties[1].voice.members == (renewed,)

    with pytest.raises(RescoreRefused, match="already scores the current text"):
        rescore(repo, renewed.id, "Artículo 19")
    with pytest.raises(RescoreRefused, match="newer assessment"):
        rescore(repo, a19.id, "Artículo 19")
    with pytest.raises(RescoreRefused, match="consensus"):
        rescore(repo, consensus.id, "Secretariado")


def test_sample_pgr_commitments_show_the_studys_disagreement(tmp_path):
    """Government and the CSOs differ where the study says they did (§V.2–V.3)."""
    db = open_database(str(tmp_path / "sample.db"))
    try:
        load_sample(db)
        repo = Repository(db)
        for key in ("pgr-detained", "pgr-missing", "pgr-peace"):
            snap = repo.snapshot(sample_id("mx-2013-2015", key))
            comparison = build_comparison(snap.assessments, snap.revision.id, parties=snap.plan.parties)
            assert [p.role for p in comparison.parties][:2] == [Role.GOVERNMENT, Role.CIVIL_SOCIETY]
            gov, cso = (p.name for p in comparison.parties[:2])
            rows = {r.factor: r for r in comparison.rows}
            cso_row = rows["cso_cooperation"]
            # V.2: the government rated the cooperation fine; the CSOs distrusted it.
            assert cso_row.levels[gov] is L and cso_row.levels[cso].rank >= H.rank
            assert cso_row.discuss
            # V.3: the CSOs saw political will and sensitivity at least as risky as the government.
            for factor in ("issue_sensitivity", "political_will"):
                assert rows[factor].levels[cso].rank >= rows[factor].levels[gov].rank
        snap = repo.snapshot(sample_id("mx-2013-2015", "pgr-detained"))
        detained = build_comparison(snap.assessments, snap.revision.id, parties=snap.plan.parties)
        cso_party = detained.parties[1]
        assert detained.row("cso_cooperation").blocks == (cso_party.name,)
        # the whole tripartite forum scored the registry; the CSO core group with two members
        assert [p.role for p in detained.parties] == [Role.GOVERNMENT, Role.CIVIL_SOCIETY, Role.GUARANTOR]
        assert len(cso_party.members) == 2
        assert len(newest_per_assessor(snap.assessments)) == 4
    finally:
        db.close()
