"""The forum's record in pure Python: texts carried by editorial edits, consensus rules, locks."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from feasibility_app.domain.assessing import effective_result
from feasibility_app.domain.factors import FACTOR_KEYS, Level, Role
from feasibility_app.domain.forum import (
    ConsensusProposal,
    consensus_problems,
    current_texts,
    known_assessors,
    newest_consensus_for,
    party_voices,
    standing_lock,
)
from feasibility_app.domain.model import (
    Assessment,
    EditorialMark,
    FactorScore,
    Party,
    SigningLock,
)

L, M, H, C = Level.LOW, Level.MODERATE, Level.HIGH, Level.CRITICAL
T0 = datetime(2013, 10, 20, 16, 0, tzinfo=UTC)
GOV = Party("p-gov", "plan", "Gobierno", Role.GOVERNMENT)
CSO = Party("p-cso", "plan", "Núcleo de OSC", Role.CIVIL_SOCIETY)
PARTIES = (GOV, CSO)


def make(who, party, level, minutes=0, revision="r1", **kw):
    return Assessment(
        id=f"{who}-{minutes}",
        commitment_id="c1",
        revision_id=revision,
        assessor=who,
        role=party.role if party else Role.FACILITATOR,
        created_at=T0 + timedelta(minutes=minutes),
        scores={k: FactorScore(level if not isinstance(level, dict) else level[k]) for k in FACTOR_KEYS},
        party_id=party.id if party else None,
        **kw,
    )


def mark(rev):
    return EditorialMark(f"m-{rev}", "c1", rev, "Lucía (editor)", T0)


def test_editorial_edits_carry_the_text_back_to_the_last_substantive_one():
    parents = {"r1": None, "r2": "r1", "r3": "r2", "r4": "r3"}
    assert current_texts(parents, [], "r4") == {"r4"}
    assert current_texts(parents, [mark("r4")], "r4") == {"r4", "r3"}
    assert current_texts(parents, [mark("r4"), mark("r3")], "r4") == {"r4", "r3", "r2"}
    # a substantive edit (r3 unmarked) stops the walk, even if an older one was editorial
    assert current_texts(parents, [mark("r4"), mark("r2")], "r4") == {"r4", "r3"}
    assert current_texts(parents, ["r2"], "r2") == {"r2", "r1"}


def test_a_consensus_is_the_result_only_while_it_scored_a_current_text():
    gov = make("Ana", GOV, L)
    cso = make("Carla", CSO, H, 1)
    agreed = make("Mediadora", None, M, 2, is_consensus=True, parties_present=(GOV.id, CSO.id))
    found, current = newest_consensus_for([gov, cso, agreed], {"r1"})
    assert found == agreed and current
    fresh = effective_result([gov, cso, agreed], parties=PARTIES, texts={"r1"})
    assert fresh.source == "consensus" and fresh.consensus == agreed and fresh.stale_consensus is None
    # the text changed substantively: r2 is current, the consensus scored r1
    stale = effective_result([gov, cso, agreed], parties=PARTIES, texts={"r2"})
    assert stale.source == "suggested" and stale.consensus is None and stale.stale_consensus == agreed
    assert stale.scores["budget"].level is M  # the parties' suggestion, (1+3)/2 rounded up
    assert all(v.stale for v in stale.voices)
    # an editorial edit r2 of r1 carries the consensus and the assessments forward
    carried = effective_result([gov, cso, agreed], parties=PARTIES, texts={"r2", "r1"})
    assert carried.source == "consensus" and not any(v.stale for v in carried.voices)


def test_a_block_can_be_set_aside_only_with_a_note_and_the_blocking_partys_acceptance():
    gov = make("Ana", GOV, L)
    cso1 = make("Carla", CSO, H, 1)
    cso2 = make("Dani", CSO, {**dict.fromkeys(FACTOR_KEYS, H), "budget": C}, 2)
    voices = party_voices([gov, cso1, cso2], PARTIES, "r1")
    assert [v.name for v in voices] == ["Gobierno", "Núcleo de OSC"]
    assert voices[1].blocks == {"budget"} and voices[1].levels["budget"] is C
    levels = {k: H for k in FACTOR_KEYS}
    bare = ConsensusProposal("", (), levels)
    kinds = [(p.kind, p.factor) for p in consensus_problems(voices, bare)]
    assert kinds == [
        ("no_facilitator", ""),
        ("no_parties", ""),
        ("note_needed", "budget"),
        ("acceptance_needed", "budget"),
    ]
    present = (GOV.id, CSO.id)
    noted = ConsensusProposal("Mediadora", present, levels, {"budget": "Hacienda confirmó la partida."})
    problems = consensus_problems(voices, noted)
    assert [(p.kind, p.parties) for p in problems] == [("acceptance_needed", ("Núcleo de OSC",))]
    absent = ConsensusProposal("Mediadora", (GOV.id,), levels, noted.notes, {"budget": {CSO.id}})
    assert [p.kind for p in consensus_problems(voices, absent)] == ["acceptance_needed"]  # not present
    ok = ConsensusProposal("Mediadora", present, levels, noted.notes, {"budget": {CSO.id}})
    assert consensus_problems(voices, ok) == []
    assert consensus_problems(voices, ConsensusProposal("M", present, {**levels, "budget": C})) == []


def test_a_lock_stands_until_the_text_changes():
    lock = SigningLock("l1", "c1", "r2", "k1", "ab" * 32, "Mediadora", T0)
    assert standing_lock([lock], "r2") == lock and not lock.superseded("r2")
    assert standing_lock([lock], "r3") is None and lock.superseded("r3")


def test_known_assessors_remember_each_name_with_its_newest_party():
    a = make("Ana", GOV, L)
    b = make("Ana", CSO, L, 5)
    c = make("Carla", CSO, L, 1)
    consensus = make("Mediadora", None, L, 9, is_consensus=True)
    assert known_assessors([a, c, b, consensus]) == {
        "Ana": (CSO.id, Role.CIVIL_SOCIETY),
        "Carla": (CSO.id, Role.CIVIL_SOCIETY),
    }


def test_a_partys_colour_follows_its_place_in_the_forum_not_who_scored_first():
    from feasibility_app.domain.forum import party_colour
    from feasibility_app.domain.radar import series_colour

    assert party_colour(CSO.id, PARTIES) == series_colour(1)
    assert party_colour(GOV.id, PARTIES) == series_colour(0)
    voices = party_voices([make("Carla", CSO, H), make("Ana", GOV, L, 1)], PARTIES, "r1")
    assert [party_colour(v.key, PARTIES) for v in voices] == [series_colour(0), series_colour(1)]
    assert party_colour("role:guarantor", PARTIES) == series_colour(2 + 2)
