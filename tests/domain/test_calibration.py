"""Calibration arithmetic: predicted band at signing against completion, Wilson intervals."""

from datetime import UTC, date, datetime

import pytest

from feasibility_app.domain.assessing import CommitmentSnapshot, effective_result
from feasibility_app.domain.calibration import (
    MIN_OUTCOMES,
    Case,
    calibrate,
    case_for,
    wilson_interval,
)
from feasibility_app.domain.factors import FACTOR_KEYS, Level, Role
from feasibility_app.domain.model import Assessment, CommitmentFields, FactorScore, Plan, Revision
from feasibility_app.domain.outcomes import Completion, Outcome, Stage, latest_outcome

T0 = datetime(2013, 10, 20, 12, tzinfo=UTC)


def outcome(completion, stage=Stage.END_OF_TERM, reported=date(2015, 10, 31), at=None, oid="o1"):
    return Outcome(
        oid, "c1", stage, completion, None, "IRM", reported, at or datetime(2016, 1, 1, tzinfo=UTC)
    )


def assessment(aid, level, when, consensus=False, assessor="gov"):
    scores = {k: FactorScore(level) for k in FACTOR_KEYS}
    return Assessment(aid, "c1", "r1", assessor, Role.GOVERNMENT, when, scores, is_consensus=consensus)


def snapshot(assessments):
    plan = Plan("p1", "Plan", "MX", None, None, {}, ())
    rev = Revision("r1", "c1", None, "", T0, CommitmentFields(title="Registry"))
    return CommitmentSnapshot("c1", plan, rev, tuple(assessments), effective_result(assessments))


def case(band, completion, levels=None):
    lv = levels or {k: band for k in FACTOR_KEYS}
    return Case("c", "t", band, lv, "consensus", outcome(completion))


def test_wilson_interval_known_values():
    lo, hi = wilson_interval(0, 3)
    assert lo == 0.0 and hi == pytest.approx(0.5615, abs=1e-3)
    lo, hi = wilson_interval(5, 10)
    assert (lo, hi) == (pytest.approx(0.2366, abs=1e-3), pytest.approx(0.7634, abs=1e-3))
    assert wilson_interval(0, 0) == (0.0, 1.0)
    lo, hi = wilson_interval(10, 10)
    assert hi == 1.0 and lo == pytest.approx(0.7225, abs=1e-3)


def test_band_at_signing_is_the_last_consensus_before_the_outcome():
    before = assessment("a1", Level.LOW, T0, consensus=True)
    later = assessment("a2", Level.CRITICAL, datetime(2016, 3, 1, tzinfo=UTC), consensus=True)
    c = case_for(snapshot([before, later]), [outcome(Completion.COMPLETE)])
    assert c.band is Level.LOW and c.source == "consensus"  # the re-score after the outcome is ignored


def test_without_consensus_the_result_then_counts():
    gov = assessment("a1", Level.HIGH, T0, assessor="gov")
    cso = assessment("a2", Level.HIGH, T0, assessor="cso")
    after = assessment("a3", Level.LOW, datetime(2016, 3, 1, tzinfo=UTC), assessor="gov")
    c = case_for(snapshot([gov, cso, after]), [outcome(Completion.LIMITED)])
    assert c.band is Level.HIGH and c.source == "suggested" and c.completion is Completion.LIMITED


def test_no_score_before_the_outcome_is_unscored_and_no_outcome_is_no_case():
    late = assessment("a1", Level.HIGH, datetime(2016, 3, 1, tzinfo=UTC))
    c = case_for(snapshot([late]), [outcome(Completion.LIMITED)])
    assert c.band is Level.NOT_ASSESSED
    cal = calibrate([c])
    assert cal.n == 0 and len(cal.unscored) == 1
    assert case_for(snapshot([late]), []) is None


def test_end_of_term_outranks_a_newer_midterm_record():
    mid = outcome(Completion.LIMITED, Stage.MIDTERM, at=datetime(2017, 1, 1, tzinfo=UTC), oid="m")
    end = outcome(Completion.COMPLETE, Stage.END_OF_TERM, at=datetime(2016, 1, 1, tzinfo=UTC), oid="e")
    assert latest_outcome([mid, end]) is end
    newer = outcome(Completion.SUBSTANTIAL, at=datetime(2016, 6, 1, tzinfo=UTC), oid="e2")
    assert latest_outcome([mid, end, newer]) is newer


def test_rates_per_band_and_factor():
    cases = [case(Level.HIGH, Completion.LIMITED)] * 3 + [case(Level.HIGH, Completion.COMPLETE)]
    cases += [case(Level.LOW, Completion.COMPLETE)] * 5 + [case(Level.LOW, Completion.NOT_STARTED)]
    cal = calibrate(cases)
    assert cal.n == 10 and cal.enough
    high = cal.by_band[Level.HIGH]
    assert (high.n, high.fell_short, high.rate) == (4, 3, 0.75)
    assert high.completion == {"not_started": 0, "limited": 3, "substantial": 0, "complete": 1}
    assert not high.enough and high.n < MIN_OUTCOMES
    low = cal.by_band[Level.LOW]
    assert (low.n, low.fell_short) == (6, 1)
    assert cal.by_band[Level.MODERATE].n == 0 and cal.by_band[Level.MODERATE].rate is None
    budget = cal.by_factor["budget"]
    assert (budget["high"].n, budget["high"].fell_short) == (4, 3)
    assert (budget["low"].n, budget["low"].fell_short) == (6, 1)


def test_json_has_the_issue_shape():
    cal = calibrate([case(Level.CRITICAL, Completion.LIMITED), case(Level.LOW, Completion.COMPLETE)])
    data = cal.to_json()
    assert data["n"] == 2 and data["enough"] is False and data["threshold"] == MIN_OUTCOMES
    rows = {r["band"]: r for r in data["rows"]}
    assert rows["critical"]["n"] == 1 and rows["critical"]["completion"]["limited"] == 1
    assert rows["critical"]["ci95"][0] > 0 and rows["low"]["rate_fell_short"] == 0.0
    assert set(data["factors"]) == set(FACTOR_KEYS)
    assert data["factors"]["budget"]["high"]["n"] == 1
    assert [c["completion"] for c in data["cases"]] == ["limited", "complete"]


# --- the band at signing: the signing lock when there is one (issue 18) --------------------


def lock(lid, consensus_id, when, revision="r1"):
    from feasibility_app.domain.model import SigningLock

    return SigningLock(lid, "c1", revision, consensus_id, "fp-" + lid, "Secretariat", when)


def locked_snapshot(assessments, locks):
    plan = Plan("p1", "Plan", "MX", None, None, {}, ())
    rev = Revision("r1", "c1", None, "", T0, CommitmentFields(title="Registry"))
    return CommitmentSnapshot(
        "c1", plan, rev, tuple(assessments), effective_result(assessments), locks=tuple(locks)
    )


def test_a_lock_before_the_outcome_gives_the_band_even_if_a_later_consensus_differs():
    signed = assessment("a1", Level.LOW, T0, consensus=True)
    rescored = assessment("a2", Level.HIGH, datetime(2014, 6, 1, tzinfo=UTC), consensus=True)
    lk = lock("l1", "a1", datetime(2013, 10, 21, tzinfo=UTC))
    c = case_for(locked_snapshot([signed, rescored], [lk]), [outcome(Completion.LIMITED)])
    assert c.basis == "lock" and c.lock is lk
    assert c.band is Level.LOW and c.levels["budget"] is Level.LOW
    # without the lock the newest consensus before the outcome counts (the old behaviour)
    c2 = case_for(locked_snapshot([signed, rescored], []), [outcome(Completion.LIMITED)])
    assert c2.basis == "consensus" and c2.band is Level.HIGH and c2.lock is None


def test_a_lock_after_the_outcome_is_ignored_and_the_newest_lock_before_it_counts():
    first = assessment("a1", Level.LOW, T0, consensus=True)
    second = assessment("a2", Level.MODERATE, datetime(2014, 1, 1, tzinfo=UTC), consensus=True)
    late = assessment("a3", Level.CRITICAL, datetime(2016, 2, 1, tzinfo=UTC), consensus=True)
    locks = [
        lock("l1", "a1", datetime(2013, 10, 21, tzinfo=UTC)),
        lock("l2", "a2", datetime(2014, 1, 2, tzinfo=UTC), revision="r0"),  # text changed since: still signed
        lock("l3", "a3", datetime(2016, 2, 2, tzinfo=UTC)),  # after the outcome's date
    ]
    c = case_for(locked_snapshot([first, second, late], locks), [outcome(Completion.COMPLETE)])
    assert c.basis == "lock" and c.lock.id == "l2" and c.band is Level.MODERATE
    only_late = case_for(locked_snapshot([first, second, late], locks[2:]), [outcome(Completion.COMPLETE)])
    assert only_late.basis == "consensus" and only_late.band is Level.MODERATE


def test_a_lock_whose_consensus_is_not_on_record_falls_back_to_the_consensus():
    signed = assessment("a1", Level.HIGH, T0, consensus=True)
    c = case_for(
        locked_snapshot([signed], [lock("l1", "gone", datetime(2013, 11, 1, tzinfo=UTC))]),
        [outcome(Completion.LIMITED)],
    )
    assert c.basis == "consensus" and c.band is Level.HIGH


def test_bases_are_counted_per_band_and_said_per_case_in_json():
    locked = [
        Case("c", "t", Level.HIGH, {k: Level.HIGH for k in FACTOR_KEYS}, "consensus",
             outcome(Completion.LIMITED), "lock", lock("l1", "a1", T0)),
    ] * 2
    plain = [case(Level.HIGH, Completion.COMPLETE), case(Level.LOW, Completion.COMPLETE)]
    cal = calibrate(locked + plain)
    high = cal.by_band[Level.HIGH]
    assert (high.n, high.fell_short, dict(high.bases)) == (3, 2, {"lock": 2, "consensus": 1})
    assert dict(cal.by_band[Level.LOW].bases) == {"lock": 0, "consensus": 1}
    data = cal.to_json()
    assert data["bases"] == {"lock": 2, "consensus": 2}
    rows = {r["band"]: r for r in data["rows"]}
    assert rows["high"]["bases"] == {"lock": 2, "consensus": 1} and rows["high"]["fell_short"] == 2
    assert [c["basis"] for c in data["cases"]] == ["lock", "lock", "consensus", "consensus"]
    assert data["cases"][0]["locked_at"] == "2013-10-20T12:00:00Z" and data["cases"][2]["locked_at"] is None
