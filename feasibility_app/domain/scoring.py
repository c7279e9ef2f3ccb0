"""The scoring rules of docs/design.md: one implementation for UI, CLI and reports."""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass

from .bounds import WEIGHT_MAX, weight_problem
from .factors import FACTOR_KEYS, RISK_LEVELS, Evidence, Level, Potential

# Upper bounds (exclusive) of each band's score; the last band takes the rest.
BAND_LIMITS: tuple[tuple[float, Level], ...] = (
    (1.75, Level.LOW),
    (2.5, Level.MODERATE),
    (3.25, Level.HIGH),
)
DISCUSS_SPREAD = 2


def default_weights() -> dict[str, float]:
    return {key: 1.0 for key in FACTOR_KEYS}


def band_for(score: float) -> Level:
    """The band of a weighted score in [1, 4]; every real number falls in exactly one band."""
    for limit, band in BAND_LIMITS:
        if score < limit:
            return band
    return Level.CRITICAL


@dataclass(frozen=True)
class Verdict:
    """The overall result of one set of factor levels."""

    band: Level  # NOT_ASSESSED when no factor is assessed
    score: float | None
    complete: bool
    missing: tuple[str, ...] = ()
    unverified: tuple[str, ...] = ()  # low/moderate levels resting on assumed evidence
    critical: tuple[str, ...] = ()  # factors at critical (the floor applies)
    floored: bool = False  # the critical floor raised the band above the mean's


def _checked_weights(weights: Mapping[str, float] | None) -> dict[str, float]:
    result = default_weights()
    if weights:
        for key, value in weights.items():
            if key in result:
                if weight_problem(value) is not None:
                    raise ValueError(
                        f"weight of {key} must be a number from 0 to {WEIGHT_MAX:g}, not {value!r}"
                    )
                result[key] = float(value)
    return result


def evaluate(
    levels: Mapping[str, Level],
    weights: Mapping[str, float] | None = None,
    evidence: Mapping[str, Evidence] | None = None,
) -> Verdict:
    """Weighted mean of the assessed levels, banded, with the critical floor.

    A factor missing from `levels` counts as not assessed. Weights of 0 leave a
    factor out of the mean (it still counts for completeness and the floor);
    if every assessed factor weighs 0, all weigh equally.
    """
    w = _checked_weights(weights)
    lv = {key: levels.get(key, Level.NOT_ASSESSED) for key in FACTOR_KEYS}
    assessed = [key for key in FACTOR_KEYS if lv[key].assessed]
    missing = tuple(key for key in FACTOR_KEYS if not lv[key].assessed)
    ev = evidence or {}
    unverified = tuple(
        key
        for key in assessed
        if lv[key] in (Level.LOW, Level.MODERATE) and ev.get(key, Evidence.ASSUMED) is Evidence.ASSUMED
    )
    critical = tuple(key for key in assessed if lv[key] is Level.CRITICAL)
    if not assessed:
        return Verdict(Level.NOT_ASSESSED, None, False, missing, unverified, critical)
    total_weight = sum(w[key] for key in assessed)
    if total_weight <= 0:
        weight_of = dict.fromkeys(assessed, 1.0)
        total_weight = float(len(assessed))
    else:
        weight_of = {key: w[key] for key in assessed}
    score = sum(weight_of[key] * lv[key].order for key in assessed) / total_weight
    score = round(score, 6)  # stable printing; no band limit lies closer than this
    band = band_for(score)
    floored = False
    if critical and band.order < Level.HIGH.order:
        band, floored = Level.HIGH, True
    return Verdict(band, score, not missing, missing, unverified, critical, floored)


# --- several assessors ------------------------------------------------------


@dataclass(frozen=True)
class FactorSpread:
    levels: tuple[Level, ...]  # one per voice (party), in the order given
    spread: int | None  # max − min rank over assessed levels; None if fewer than one
    discuss: bool
    blocks: tuple[int, ...]  # indexes of the voices that block (rated the factor critical)
    suggested: Level


def suggested_consensus(levels: Iterable[Level]) -> Level:
    """Median of the assessed levels, rounded towards more risk."""
    ranks = sorted(level.order for level in levels if level.assessed)
    if not ranks:
        return Level.NOT_ASSESSED
    n = len(ranks)
    if n % 2:
        return Level.from_rank(ranks[n // 2])
    return Level.from_rank(math.ceil((ranks[n // 2 - 1] + ranks[n // 2]) / 2))


def compare(
    assessments: Sequence[Mapping[str, Level]],
    blocks: Sequence[Collection[str]] | None = None,
) -> dict[str, FactorSpread]:
    """Per factor: each voice's level, spread, discuss mark, blocks, suggested level.

    A voice is one party (domain.forum folds its members first). `blocks[i]` names
    the factors voice i blocks; by default those it rates critical. Blocks stand: a
    factor any voice blocks is suggested critical, whatever the median says.
    """
    result: dict[str, FactorSpread] = {}
    for key in FACTOR_KEYS:
        levels = tuple(a.get(key, Level.NOT_ASSESSED) for a in assessments)
        ranks = [lv.order for lv in levels if lv.assessed]
        spread = (max(ranks) - min(ranks)) if ranks else None
        if blocks is None:
            blocking = tuple(i for i, lv in enumerate(levels) if lv is Level.CRITICAL)
        else:
            blocking = tuple(i for i, b in enumerate(blocks) if key in b)
        result[key] = FactorSpread(
            levels=levels,
            spread=spread,
            discuss=spread is not None and spread >= DISCUSS_SPREAD,
            blocks=blocking,
            suggested=Level.CRITICAL if blocking else suggested_consensus(levels),
        )
    return result


def consensus_levels(assessments: Sequence[Mapping[str, Level]]) -> dict[str, Level]:
    return {key: fs.suggested for key, fs in compare(assessments).items()}


# --- what-if -----------------------------------------------------------------


@dataclass(frozen=True)
class WhatIf:
    factor: str
    from_level: Level
    to_level: Level
    before: Verdict
    after: Verdict

    @property
    def band_steps(self) -> int:
        """How many bands the verdict would drop (0 when it stays)."""
        if not (self.before.band.assessed and self.after.band.assessed):
            return 0
        return self.before.band.order - self.after.band.order

    @property
    def score_drop(self) -> float:
        if self.before.score is None or self.after.score is None:
            return 0.0
        return round(self.before.score - self.after.score, 6)


def what_if(levels: Mapping[str, Level], weights: Mapping[str, float] | None = None) -> list[WhatIf]:
    """Each factor above low, mitigated by one level; the most effective first."""
    before = evaluate(levels, weights)
    options: list[WhatIf] = []
    for key in FACTOR_KEYS:
        level = levels.get(key, Level.NOT_ASSESSED)
        if not level.assessed or level is Level.LOW:
            continue
        lowered = Level.from_rank(level.order - 1)
        after = evaluate({**levels, key: lowered}, weights)
        options.append(WhatIf(key, level, lowered, before, after))
    options.sort(key=lambda w: (-w.band_steps, -w.score_drop, FACTOR_KEYS.index(w.factor)))
    return options


# --- ambition against risk -----------------------------------------------------

AMBITION_RANK = {Potential.UNCLEAR: 0, Potential.MODEST: 1, Potential.SUBSTANTIAL: 2}


@dataclass(frozen=True)
class Position:
    """Where a commitment sits on the ambition-against-risk map."""

    quadrant: str  # "target", "ambitious_risky", "trivial", "weak_risky", "unscored"
    ambition: Potential
    band: Level


def ambition_position(potential: Potential, band: Level) -> Position:
    """Substantial and feasible is the target, not low risk alone (the study's maximin warning)."""
    if not band.assessed:
        return Position("unscored", potential, band)
    ambitious = potential is Potential.SUBSTANTIAL
    risky = band.order >= Level.HIGH.order
    quadrant = {
        (True, False): "target",
        (True, True): "ambitious_risky",
        (False, False): "trivial",
        (False, True): "weak_risky",
    }[(ambitious, risky)]
    return Position(quadrant, potential, band)


def count_bands(verdicts: Iterable[Verdict]) -> dict[Level, int]:
    counts = {level: 0 for level in (*RISK_LEVELS, Level.NOT_ASSESSED)}
    for v in verdicts:
        counts[v.band] += 1
    return counts
