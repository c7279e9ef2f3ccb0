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
from feasibility_app.domain.model import Assessment, CommitmentFields, FactorScore, IrmPrecheck, Mitigation
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


def make(assessor, role, levels, minutes=0, revision="rev1", **kw):
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
    comparison = build_comparison(three, "rev1")
    assert [p.name for p in comparison.parties] == ["PGR", "Artículo 19", "IFAI"]
    assert not comparison.stale_parties
    rows = {r.factor: r for r in comparison.rows}
    assert list(rows) == list(FACTOR_KEYS)

    cso = rows["cso_cooperation"]
    assert cso.levels == {"PGR": L, "Artículo 19": C, "IFAI": M}
    assert cso.spread == 3 and cso.discuss
    assert cso.blocks == ("Artículo 19",)
    assert cso.suggested is M  # median of low, moderate, critical

    data = rows["data_availability"]
    assert data.spread == 1 and not data.discuss
    assert data.blocks == ("PGR",)  # the government's own block is shown too
    assert data.suggested is H

    sensitivity = rows["issue_sensitivity"]
    assert (
        sensitivity.blocks == ("Artículo 19",) and sensitivity.suggested is H
    )  # a block, not averaged away:
    assert overridden_blocks(sensitivity, H) == ("Artículo 19",)  # agreeing below critical sets it aside
    assert overridden_blocks(sensitivity, C) == ()

    budget = rows["budget"]
    assert (budget.spread, budget.discuss, budget.blocks, budget.suggested) == (1, False, (), M)
    assert comparison.discuss_count == 1
    assert comparison_rows(three, "rev1") == list(comparison.rows)


def test_two_parties_round_the_median_towards_more_risk():
    gov = make("PGR", Role.GOVERNMENT, (L, L, L, L, L, L))
    cso = make("Artículo 19", Role.CIVIL_SOCIETY, (M, H, C, L, L, L), 1)
    rows = {r.factor: r for r in build_comparison([gov, cso]).rows}
    assert rows["constitutional_limits"].suggested is M  # (1+2)/2 rounded up
    assert rows["data_availability"].suggested is M and rows["data_availability"].discuss
    assert rows["cso_cooperation"].suggested is H and rows["cso_cooperation"].blocks == ("Artículo 19",)


def test_newest_per_assessor_and_names_made_unique(three):
    newer = make("PGR", Role.GOVERNMENT, (L, L, L, L, L, L), 30)
    same_name = make("PGR", Role.GUARANTOR, (M,) * 6, 40)
    consensus = make("Secretariat", Role.FACILITATOR, (H,) * 6, 50, is_consensus=True)
    comparison = build_comparison([*three, newer, same_name, consensus], "rev1", consensus)
    names = [p.name for p in comparison.parties]
    assert names == ["PGR (government)", "Artículo 19", "IFAI", "PGR (guarantor)"]
    assert comparison.parties[0].assessment_id == newer.id
    assert comparison.rows[0].agreed is H
    assert comparison.default_agreed() == dict.fromkeys(FACTOR_KEYS, H)


def test_default_agreed_is_suggested_without_or_with_a_stale_consensus(three):
    fresh = build_comparison(three, "rev1")
    assert fresh.default_agreed() == fresh.suggested_levels()
    old = make("Secretariat", Role.FACILITATOR, (L,) * 6, 50, revision="rev0", is_consensus=True)
    stale = build_comparison(three, "rev1", old)
    assert stale.consensus_stale
    assert stale.default_agreed() == stale.suggested_levels()
    assert stale.default_notes() == dict.fromkeys(FACTOR_KEYS, "")


def test_notes_needed_only_where_a_block_is_set_aside(three):
    comparison = build_comparison(three, "rev1")
    agreed = comparison.suggested_levels()
    # every suggested level here is below a party's critical: PGR on data, Artículo 19 on three
    blocked = ("data_availability", "cso_cooperation", "issue_sensitivity", "political_will")
    assert notes_needed(comparison, agreed, {}) == blocked
    agreed["issue_sensitivity"] = agreed["data_availability"] = C
    notes = {
        "cso_cooperation": "Artículo 19 accepts moderate if PGR meets them monthly.",
        "political_will": " ",
    }
    assert notes_needed(comparison, agreed, notes) == ("political_will",)
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
    comparison = build_comparison(everything, new_rev.id, consensus)
    assert [p.name for p in comparison.stale_parties] == ["PGR", "Artículo 19", "IFAI"]
    assert comparison.consensus_stale

    a19 = next(a for a in everything if a.assessor == "Artículo 19")
    renewed = rescore(repo, a19.id, "Artículo 19")
    assert renewed.revision_id == new_rev.id and renewed.parent_id == a19.id
    assert (renewed.assessor, renewed.role) == (a19.assessor, a19.role)
    assert renewed.scores == a19.scores and renewed.irm == a19.irm and not renewed.is_consensus
    now = repo.assessments(commitment)
    assert find_assessment(repo, renewed.id) == renewed  # found without knowing the commitment
    comparison = build_comparison(now, new_rev.id)
    assert [p.name for p in comparison.stale_parties] == ["PGR", "IFAI"]
    assert comparison.parties[1].assessment_id == renewed.id

    with pytest.raises(RescoreRefused, match="already scores the current text"):
        rescore(repo, renewed.id, "Artículo 19")
    with pytest.raises(RescoreRefused, match="newer assessment"):
        rescore(repo, a19.id, "Artículo 19")
    with pytest.raises(RescoreRefused, match="consensus"):
        rescore(repo, consensus.id, "Secretariado")


def test_sample_pgr_commitments_show_the_studys_disagreement(tmp_path):
    """Government and Artículo 19 differ where the study says they did (§V.2–V.3)."""
    db = open_database(str(tmp_path / "sample.db"))
    try:
        load_sample(db)
        repo = Repository(db)
        for key in ("pgr-detained", "pgr-missing", "pgr-peace"):
            cid = sample_id("mx-2013-2015", key)
            current = newest_per_assessor(repo.assessments(cid))
            assert [a.role for a in current][:2] == [Role.GOVERNMENT, Role.CIVIL_SOCIETY]
            rows = {r.factor: r for r in build_comparison(current, repo.current_revision(cid).id).rows}
            gov, cso = (a.assessor for a in current[:2])
            cso_row = rows["cso_cooperation"]
            # V.2: the government rated the cooperation fine; Artículo 19 distrusted it.
            assert cso_row.levels[gov] is L and cso_row.levels[cso].rank >= H.rank
            assert cso_row.discuss
            # V.3: Artículo 19 saw political will and sensitivity at least as risky as the government.
            for factor in ("issue_sensitivity", "political_will"):
                assert rows[factor].levels[cso].rank >= rows[factor].levels[gov].rank
        detained = build_comparison(repo.assessments(sample_id("mx-2013-2015", "pgr-detained")))
        assert detained.row("cso_cooperation").blocks == ("Artículo 19",)
        # the whole tripartite forum scored the registry: government, CSOs and the guarantor
        assert [
            p.role for p in newest_per_assessor(repo.assessments(sample_id("mx-2013-2015", "pgr-detained")))
        ] == [
            Role.GOVERNMENT,
            Role.CIVIL_SOCIETY,
            Role.GUARANTOR,
        ]
    finally:
        db.close()
