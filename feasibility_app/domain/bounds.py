"""The ranges a stored value must keep, so that arithmetic on it never fails later.

A time stamp in year 9999 made every later edit overflow (a new revision is stamped one
microsecond after the newest) and a far-future one stayed "current" for ever; a weight of
1e308 made the weighted mean infinite. Imports refuse such values; reading a stored one that
breaks the arithmetic is damage (storage says so instead of failing mid-edit).
"""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta

WEIGHT_MAX = 10.0  # the plan settings' spin boxes offer 0–10
EARLIEST_STAMP = datetime(2000, 1, 1, tzinfo=UTC)  # before any OGP action plan
FUTURE_SLACK = timedelta(days=2)  # a laptop clock a little ahead is not an attack
# Stored stamps beyond these cannot be worked with (offsets, +1 µs, sorting across zones).
STORABLE_FIRST = datetime(1900, 1, 1, tzinfo=UTC)
STORABLE_LAST = datetime(3000, 1, 1, tzinfo=UTC)


def weight_problem(value: object) -> str | None:
    """Why `value` cannot be a factor weight, or None."""
    if type(value) not in (int, float):
        return "a weight must be a number"
    try:
        w = float(value)  # type: ignore[arg-type]
    except OverflowError:  # an integer beyond any float
        w = math.inf
    if not math.isfinite(w) or not 0 <= w <= WEIGHT_MAX:
        return f"a weight must be a number from 0 to {WEIGHT_MAX:g}"
    return None


def imported_stamp_problem(value: datetime, now: datetime | None = None) -> str | None:
    """Why a time stamp from a file cannot be taken in, or None: it must lie between 2000 and
    two days from now (in UTC) and have a time zone."""
    if value.tzinfo is None:
        return "a time stamp needs Z or an offset"
    try:
        utc = value.astimezone(UTC)
    except (OverflowError, ValueError):
        return "the time stamp is outside the calendar"
    latest = (now or datetime.now(UTC)) + FUTURE_SLACK
    if utc < EARLIEST_STAMP:
        return "the time stamp is before 2000"
    if utc > latest:
        return f"the time stamp is in the future (after {latest:%Y-%m-%d})"
    return None


def stored_stamp_problem(value: datetime) -> str | None:
    """Why a stored time stamp cannot be worked with, or None (wider than an import's range, so a
    database written with a clock set wrong still opens)."""
    try:
        utc = value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)
    except (OverflowError, ValueError):
        return "a time stamp outside the calendar"
    if not STORABLE_FIRST <= utc < STORABLE_LAST:
        return f"the time stamp {value.isoformat()} is out of range"
    return None
