"""Calibration: did the risks the forum saw at signing come true?

For each commitment with a recorded outcome we take what the forum saw at
signing: the consensus the forum locked for signing (the newest signing lock
made before the outcome), else the result it had *before* the outcome (the
newest agreed consensus then, else the parties' suggested result then: the
same `effective_result` every view uses). Each case says which (`basis`:
"lock" or "consensus"), and its band and factor levels are set against the
completion IRM or the forum recorded.
Rates come with Wilson 95 % intervals, and below a threshold of outcomes the
honest answer is "too few outcomes to say". Until a forum's own record says
otherwise, scores are risk prompts for discussion, not predictions.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from .assessing import CommitmentSnapshot, effective_result
from .factors import FACTOR_KEYS, RISK_LEVELS, Level
from .model import SigningLock
from .outcomes import Completion, Outcome, Stage, latest_outcome
from .scoring import evaluate

MIN_OUTCOMES = 10  # below this many outcomes in a group, a rate says nothing
Z95 = 1.959964


def wilson_interval(k: int, n: int, z: float = Z95) -> tuple[float, float]:
    """Wilson score interval for k successes in n trials (sane at 0, n and small n)."""
    if n <= 0:
        return (0.0, 1.0)
    p = k / n
    denom = 1.0 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    lo = 0.0 if k == 0 else max(0.0, centre - half)
    hi = 1.0 if k == n else min(1.0, centre + half)
    return (lo, hi)


@dataclass(frozen=True)
class Case:
    """One commitment: what the forum saw at signing, and what happened."""

    commitment_id: str
    title: str
    band: Level  # NOT_ASSESSED when nobody had scored it before the outcome
    levels: Mapping[str, Level]
    source: str  # "consensus" | "suggested" | "single" | "none"
    outcome: Outcome
    # "lock": the consensus locked for signing; "consensus": the newest result before the outcome
    basis: str = "consensus"
    lock: SigningLock | None = None  # the signing lock used (basis "lock")

    @property
    def completion(self) -> Completion:
        return self.outcome.completion


def signing_lock_before(snap: CommitmentSnapshot, outcome: Outcome) -> SigningLock | None:
    """The newest signing lock made before the outcome whose consensus is on record (else None).

    A lock counts even if the text changed after it: it is what the forum signed.
    """
    consensus_ids = {a.id for a in snap.assessments if a.is_consensus}
    locks = [lk for lk in snap.locks if lk.created_at <= outcome.as_of and lk.consensus_id in consensus_ids]
    return max(locks, key=lambda lk: (lk.created_at, lk.id)) if locks else None


def case_for(snap: CommitmentSnapshot, outcomes: Sequence[Outcome]) -> Case | None:
    """The calibration case of one commitment, or None without an outcome."""
    outcome = latest_outcome(list(outcomes))
    if outcome is None:
        return None
    lock = signing_lock_before(snap, outcome)
    if lock is not None:
        locked = next(a for a in snap.assessments if a.id == lock.consensus_id)
        levels = {k: locked.levels()[k] for k in FACTOR_KEYS}
        verdict = evaluate(levels, snap.plan.weights, {k: locked.scores[k].evidence for k in locked.scores})
        return Case(
            snap.commitment_id,
            snap.revision.fields.title,
            verdict.band,
            levels,
            "consensus",
            outcome,
            "lock",
            lock,
        )
    before = [a for a in snap.assessments if a.created_at <= outcome.as_of]
    result = effective_result(before, snap.plan.weights)
    return Case(
        snap.commitment_id,
        snap.revision.fields.title,
        result.verdict.band,
        {k: result.scores[k].level for k in FACTOR_KEYS},
        result.source,
        outcome,
    )


@dataclass(frozen=True)
class Rate:
    """How many of n fell short (not started or limited), with a 95 % interval."""

    n: int
    fell_short: int
    completion: Mapping[str, int]
    bases: Mapping[str, int] = field(default_factory=dict)  # {"lock": k, "consensus": m}

    @property
    def enough(self) -> bool:
        return self.n >= MIN_OUTCOMES

    @property
    def rate(self) -> float | None:
        return self.fell_short / self.n if self.n else None

    @property
    def interval(self) -> tuple[float, float]:
        return wilson_interval(self.fell_short, self.n)

    def to_json(self) -> dict:
        lo, hi = self.interval
        return {
            "n": self.n,
            "completion": dict(self.completion),
            "bases": {"lock": self.bases.get("lock", 0), "consensus": self.bases.get("consensus", 0)},
            "fell_short": self.fell_short,
            "rate_fell_short": None if self.rate is None else round(self.rate, 3),
            "ci95": [round(lo, 3), round(hi, 3)],
            "enough": self.enough,
        }


def rate_of(cases: Sequence[Case]) -> Rate:
    counts = {c.value: 0 for c in Completion}
    for case in cases:
        counts[case.completion.value] += 1
    bases = {"lock": 0, "consensus": 0}
    for case in cases:
        bases[case.basis] = bases.get(case.basis, 0) + 1
    return Rate(len(cases), sum(1 for c in cases if c.completion.fell_short), counts, bases)


@dataclass(frozen=True)
class Calibration:
    cases: tuple[Case, ...]  # with a band at signing
    unscored: tuple[Case, ...]  # outcome recorded, but nobody had scored the commitment before it
    by_band: Mapping[Level, Rate]
    by_factor: Mapping[
        str, Mapping[str, Rate]
    ]  # factor -> {"high": rated high/critical, "low": low/moderate}

    @property
    def n(self) -> int:
        return len(self.cases)

    @property
    def enough(self) -> bool:
        return self.n >= MIN_OUTCOMES

    def to_json(self) -> dict:
        """The `calibration --json` document (issue 18's shape, with intervals and cases)."""
        return {
            "n": self.n,
            "threshold": MIN_OUTCOMES,
            "enough": self.enough,
            "rows": [{"band": band.value, **rate.to_json()} for band, rate in self.by_band.items()],
            "factors": {
                key: {group: rate.to_json() for group, rate in groups.items()}
                for key, groups in self.by_factor.items()
            },
            "bases": dict(rate_of(self.cases).bases),
            "unscored": len(self.unscored),
            "cases": [
                {
                    "id": c.commitment_id,
                    "title": c.title,
                    "band": c.band.value,
                    "result": c.source,
                    "basis": c.basis,
                    "locked_at": c.lock.created_at.isoformat().replace("+00:00", "Z") if c.lock else None,
                    "completion": c.completion.value,
                    "stage": c.outcome.stage.value,
                    "source": c.outcome.source,
                    "reported_on": c.outcome.reported_on.isoformat() if c.outcome.reported_on else None,
                }
                for c in (*self.cases, *self.unscored)
            ],
        }


def calibrate(cases: Sequence[Case]) -> Calibration:
    """Counts and rates per band and per factor from the cases (pure arithmetic)."""
    scored = tuple(c for c in cases if c.band.assessed)
    unscored = tuple(c for c in cases if not c.band.assessed)
    by_band = {band: rate_of([c for c in scored if c.band is band]) for band in RISK_LEVELS}
    by_factor: dict[str, dict[str, Rate]] = {}
    for key in FACTOR_KEYS:
        high = [c for c in scored if c.levels.get(key) in (Level.HIGH, Level.CRITICAL)]
        low = [c for c in scored if c.levels.get(key) in (Level.LOW, Level.MODERATE)]
        by_factor[key] = {"high": rate_of(high), "low": rate_of(low)}
    return Calibration(scored, unscored, by_band, by_factor)


def calibration_from(
    snapshots: Sequence[CommitmentSnapshot], outcomes: Mapping[str, Sequence[Outcome]]
) -> Calibration:
    """Cases from snapshots and each commitment's outcomes, then the arithmetic."""
    cases = [case_for(s, outcomes.get(s.commitment_id, ())) for s in snapshots]
    return calibrate([c for c in cases if c is not None])


__all__ = [
    "MIN_OUTCOMES",
    "Calibration",
    "Case",
    "Rate",
    "Stage",
    "calibrate",
    "calibration_from",
    "case_for",
    "signing_lock_before",
    "wilson_interval",
]
