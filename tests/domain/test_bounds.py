"""Issue 16: the bounds on time stamps and weights, fuzzed: whatever they accept can be worked with."""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta, timezone

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from feasibility_app.domain.bounds import (
    WEIGHT_MAX,
    imported_stamp_problem,
    stored_stamp_problem,
    weight_problem,
)
from feasibility_app.domain.factors import FACTOR_KEYS, Level
from feasibility_app.domain.scoring import evaluate

NOW = datetime(2026, 12, 4, 16, 0, tzinfo=UTC)
zones = st.integers(min_value=-23 * 60 - 59, max_value=23 * 60 + 59).map(
    lambda m: timezone(timedelta(minutes=m))
)
stamps = st.datetimes(timezones=zones)


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(stamps)
def test_an_accepted_stamp_survives_the_arithmetic_edits_do(stamp):
    if imported_stamp_problem(stamp, NOW) is None:
        utc = stamp.astimezone(UTC)
        assert utc + timedelta(microseconds=1) > utc  # the next revision's stamp
        assert datetime(2000, 1, 1, tzinfo=UTC) <= utc <= NOW + timedelta(days=2)
        assert stored_stamp_problem(stamp) is None  # what an import takes in, the app opens


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2026, 12, 5)), zones)
def test_ordinary_stamps_are_accepted(naive, zone):
    stamp = naive.replace(tzinfo=zone)
    if stamp.astimezone(UTC) >= datetime(2000, 1, 1, tzinfo=UTC):
        assert imported_stamp_problem(stamp, NOW) is None


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(["9999-12-31T23:59:59.999999+00:00", "0001-01-01T00:00:00+05:00", "2090-01-01T00:00:00Z"])
)
def test_the_stamps_that_broke_edits_are_refused(text):
    assert imported_stamp_problem(datetime.fromisoformat(text.replace("Z", "+00:00")), NOW) is not None


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from(FACTOR_KEYS), st.one_of(st.floats(), st.integers())))
def test_accepted_weights_always_give_a_finite_score(weights):
    levels = {key: Level.CRITICAL for key in FACTOR_KEYS}
    if all(weight_problem(w) is None for w in weights.values()):
        score = evaluate(levels, weights).score
        assert score is not None and math.isfinite(score)
    else:
        assert any(not (0 <= w <= WEIGHT_MAX) for w in weights.values())  # NaN compares False too


def test_an_integer_beyond_any_float_is_refused_not_raised():
    assert weight_problem(10**400) is not None
