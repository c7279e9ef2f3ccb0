"""The scoring rules of docs/design.md, including property tests."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from feasibility_app.domain.factors import FACTOR_KEYS, RISK_LEVELS, Evidence, Level, Potential
from feasibility_app.domain.scoring import (
    ambition_position,
    band_for,
    compare,
    count_bands,
    evaluate,
    suggested_consensus,
    what_if,
)

L, M, H, C, N = Level.LOW, Level.MODERATE, Level.HIGH, Level.CRITICAL, Level.NOT_ASSESSED
levels_st = st.fixed_dictionaries({k: st.sampled_from(list(Level)) for k in FACTOR_KEYS})
assessed_st = st.fixed_dictionaries({k: st.sampled_from(RISK_LEVELS) for k in FACTOR_KEYS})
weights_st = st.fixed_dictionaries({k: st.floats(0, 10, allow_nan=False) for k in FACTOR_KEYS})


def all_of(level):
    return dict.fromkeys(FACTOR_KEYS, level)


@pytest.mark.parametrize(
    ("score", "band"),
    [(1.0, L), (1.7499, L), (1.75, M), (2.4999, M), (2.5, H), (3.2499, H), (3.25, C), (4.0, C)],
)
def test_band_limits(score, band):
    assert band_for(score) is band


def test_equal_weights_mean_and_band():
    v = evaluate({**all_of(L), "budget": H, "data_availability": H})
    assert v.score == pytest.approx((4 * 1 + 2 * 3) / 6)
    assert v.band is L and v.complete and not v.missing
    assert evaluate({**all_of(M), "budget": H}).band is M


def test_critical_floor_cannot_be_averaged_away():
    v = evaluate({**all_of(L), "data_availability": C})
    assert v.score == pytest.approx(1.5)
    assert v.band is H and v.floored and v.critical == ("data_availability",)


def test_not_assessed_makes_result_incomplete():
    v = evaluate({**all_of(L), "budget": N})
    assert not v.complete and v.missing == ("budget",)
    assert v.score == pytest.approx(1.0)


def test_nothing_assessed():
    v = evaluate({})
    assert v.band is N and v.score is None and not v.complete and len(v.missing) == 6


def test_weights_change_the_mean():
    levels = {**all_of(L), "budget": C}
    heavy = evaluate(levels, {"budget": 5.0})
    assert heavy.score == pytest.approx((5 * 4 + 5) / 10)
    assert heavy.band is H


def test_weights_must_be_non_negative_numbers():
    with pytest.raises(ValueError, match="weight"):
        evaluate(all_of(L), {"budget": -1})


def test_all_zero_weights_fall_back_to_equal():
    assert evaluate(all_of(H), dict.fromkeys(FACTOR_KEYS, 0.0)).score == pytest.approx(3.0)


def test_unverified_assumptions_are_low_or_moderate_with_assumed_evidence():
    levels = {**all_of(H), "budget": L, "political_will": M, "cso_cooperation": L}
    evidence = {
        "budget": Evidence.ASSUMED,
        "political_will": Evidence.ASSUMED,
        "cso_cooperation": Evidence.VERIFIED,
    }
    v = evaluate(levels, evidence=evidence)
    assert v.unverified == ("budget", "political_will")


def test_spread_discuss_blocks_and_suggested_consensus():
    gov = {**all_of(L), "cso_cooperation": L}
    cso = {**all_of(M), "cso_cooperation": C}
    ifai = {**all_of(L), "cso_cooperation": H}
    result = compare([gov, cso, ifai])
    coop = result["cso_cooperation"]
    assert coop.spread == 3 and coop.discuss and coop.blocks == (1,)
    assert coop.suggested is C  # the median of low, high, critical is high, but a block stands
    assert result["budget"].spread == 1 and not result["budget"].discuss
    assert result["budget"].suggested is L  # median of low, moderate, low


def test_explicit_blocks_stand_even_where_the_voice_level_is_below_critical():
    """A party whose median is high but one of whose members said critical blocks the factor."""
    gov, cso = all_of(L), {**all_of(M), "budget": H}
    result = compare([gov, cso], [set(), {"budget"}])
    assert result["budget"].blocks == (1,) and result["budget"].suggested is C
    assert result["data_availability"].blocks == () and result["data_availability"].suggested is M


@pytest.mark.parametrize(
    ("levels", "expected"),
    [([L, C], H), ([L, M], M), ([M, H, H, C], H), ([L, L, C, C], H), ([N, H], H), ([N], N), ([L, M, C], M)],
)
def test_suggested_consensus_is_median_rounded_towards_risk(levels, expected):
    assert suggested_consensus(levels) is expected


def test_what_if_ranks_the_most_effective_mitigation_first():
    levels = {**all_of(M), "budget": C, "data_availability": H, "constitutional_limits": L}
    options = what_if(levels)
    assert {o.factor for o in options} == set(FACTOR_KEYS) - {"constitutional_limits"}
    # only mitigating the critical factor lifts the floor and drops the band
    assert options[0].factor == "budget" and options[0].to_level is H
    assert options[0].band_steps == 0 or options[0].after.band.rank < options[0].before.band.rank
    keys = [(-o.band_steps, -o.score_drop) for o in options]
    assert keys == sorted(keys)


def test_what_if_with_critical_floor_shows_band_drop():
    levels = {**all_of(L), "data_availability": C}
    best = what_if(levels)[0]
    assert best.factor == "data_availability" and best.before.band is H and best.after.band is L
    assert best.band_steps == 2


def test_ambition_position_quadrants():
    assert ambition_position(Potential.SUBSTANTIAL, L).quadrant == "target"
    assert ambition_position(Potential.SUBSTANTIAL, C).quadrant == "ambitious_risky"
    assert ambition_position(Potential.MODEST, L).quadrant == "trivial"
    assert ambition_position(Potential.UNCLEAR, H).quadrant == "weak_risky"
    assert ambition_position(Potential.MODEST, N).quadrant == "unscored"


def test_count_bands():
    counts = count_bands([evaluate(all_of(L)), evaluate(all_of(C)), evaluate({})])
    assert counts[L] == 1 and counts[C] == 1 and counts[N] == 1 and counts[H] == 0


@given(assessed_st, st.sampled_from(FACTOR_KEYS), weights_st)
def test_raising_any_factor_never_lowers_score_or_band(levels, key, weights):
    if levels[key] is C:
        return
    raised = {**levels, key: Level.from_rank(levels[key].rank + 1)}
    before, after = evaluate(levels, weights), evaluate(raised, weights)
    assert after.score >= before.score
    assert after.band.rank >= before.band.rank


@given(levels_st, weights_st)
def test_a_critical_factor_always_gives_at_least_high(levels, weights):
    v = evaluate(levels, weights)
    if any(lv is C for lv in levels.values()):
        assert v.band.rank >= H.rank


@given(st.floats(min_value=-1e9, max_value=1e9, allow_nan=False))
def test_bands_cover_the_whole_range(score):
    assert band_for(score) in RISK_LEVELS


@given(levels_st, weights_st)
def test_score_stays_within_level_range(levels, weights):
    v = evaluate(levels, weights)
    if v.score is not None:
        assert 1.0 <= v.score <= 4.0
