"""What a commitment's result *is* when several parties scored it.

docs/design.md: overall and factors are the recorded consensus where there is one,
else the suggested consensus of each assessor's newest assessment. One function
decides that, so the CLI, the window and the report cannot disagree.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from .factors import FACTOR_KEYS, Evidence, Level, Potential
from .model import Assessment, FactorScore, Mitigation, Plan, Revision
from .scoring import FactorSpread, Verdict, compare, evaluate


@dataclass(frozen=True)
class EffectiveResult:
    source: str  # "consensus" | "suggested" | "single" | "none"
    scores: dict[str, FactorScore]
    verdict: Verdict
    spread: dict[str, FactorSpread]
    assessments: tuple[Assessment, ...]  # each assessor's newest, oldest assessor first
    consensus: Assessment | None
    potential: Potential


def newest_per_assessor(assessments: Sequence[Assessment]) -> list[Assessment]:
    """Each (assessor, role)'s newest non-consensus assessment, in order of first appearance."""
    newest: dict[tuple[str, str], Assessment] = {}
    for a in sorted(assessments, key=_order):
        if not a.is_consensus:
            newest[(a.assessor, a.role.value)] = a
    first_seen: dict[tuple[str, str], datetime] = {}
    for a in sorted(assessments, key=_order):
        first_seen.setdefault((a.assessor, a.role.value), a.created_at)
    return sorted(newest.values(), key=lambda a: (first_seen[(a.assessor, a.role.value)], a.assessor))


def newest_consensus(assessments: Sequence[Assessment]) -> Assessment | None:
    consensus = [a for a in assessments if a.is_consensus]
    return max(consensus, key=_order) if consensus else None


def _order(a: Assessment) -> tuple[datetime, str]:
    return (a.created_at, a.id)


def _merged_score(key: str, level: Level, current: Sequence[Assessment]) -> FactorScore:
    """A suggested consensus score: evidence verified only if every assessor verified it."""
    scores = [a.scores.get(key, FactorScore()) for a in current]
    evidence = (
        Evidence.VERIFIED
        if scores and all(s.evidence is Evidence.VERIFIED for s in scores)
        else Evidence.ASSUMED
    )
    rationales = [
        f"{a.assessor}: {s.rationale}" for a, s in zip(current, scores, strict=True) if s.rationale.strip()
    ]
    mitigations: list[Mitigation] = []
    for s in scores:
        mitigations.extend(m for m in s.mitigations if m not in mitigations)
    return FactorScore(level, evidence, "\n".join(rationales), tuple(mitigations))


def effective_result(
    assessments: Sequence[Assessment], weights: dict[str, float] | None = None
) -> EffectiveResult:
    current = newest_per_assessor(assessments)
    consensus = newest_consensus(assessments)
    spread = compare([a.levels() for a in current])
    if consensus is not None:
        source, scores, irm_from = "consensus", dict(consensus.scores), consensus
    elif len(current) == 1:
        source, scores, irm_from = "single", dict(current[0].scores), current[0]
    elif current:
        source, irm_from = "suggested", current[-1]
        scores = {key: _merged_score(key, spread[key].suggested, current) for key in FACTOR_KEYS}
    else:
        source, scores, irm_from = "none", {key: FactorScore() for key in FACTOR_KEYS}, None
    for key in FACTOR_KEYS:
        scores.setdefault(key, FactorScore())
    verdict = evaluate(
        {k: s.level for k, s in scores.items()}, weights, {k: s.evidence for k, s in scores.items()}
    )
    potential = irm_from.irm.potential if irm_from else Potential.UNCLEAR
    return EffectiveResult(source, scores, verdict, spread, tuple(current), consensus, potential)


def is_stale(assessment: Assessment, current_revision_id: str | None) -> bool:
    """An assessment scored an older text than the current one."""
    return current_revision_id is not None and assessment.revision_id != current_revision_id


@dataclass(frozen=True)
class CommitmentSnapshot:
    """Everything about one commitment that a report or `show` prints, read at one moment."""

    commitment_id: str
    plan: Plan
    revision: Revision
    assessments: tuple[Assessment, ...]  # every assessment, oldest first
    result: EffectiveResult
    deleted: bool = False
