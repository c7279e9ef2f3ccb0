"""What a commitment's result *is* when several parties scored it.

docs/design.md: overall and factors are the recorded consensus while it scored the
current text, else the suggested consensus of the parties (each party one voice,
domain.forum). One function decides that, so the CLI, the window and the report
cannot disagree.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from .factors import FACTOR_KEYS, Evidence, Level, Potential
from .model import Assessment, EditorialMark, FactorScore, Mitigation, Party, Plan, Revision, SigningLock
from .scoring import FactorSpread, Verdict, evaluate

Texts = Collection[str] | str | None  # the revisions the record still describes (forum.current_texts)


@dataclass(frozen=True)
class EffectiveResult:
    source: str  # "consensus" | "suggested" | "single" | "none"
    scores: dict[str, FactorScore]
    verdict: Verdict
    spread: dict[str, FactorSpread]  # over parties: each party one voice
    assessments: tuple[Assessment, ...]  # each assessor's newest, oldest assessor first
    consensus: Assessment | None  # the recorded consensus in use (source "consensus"), else None
    potential: Potential
    voices: tuple = ()  # domain.forum.Voice per party that scored
    stale_consensus: Assessment | None = None  # a recorded consensus that scored an earlier text


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
    assessments: Sequence[Assessment],
    weights: dict[str, float] | None = None,
    parties: Sequence[Party] = (),
    texts: Texts = None,
) -> EffectiveResult:
    """The result: the consensus while it scored a current text, else the parties' suggestion.

    `parties`: the plan's forum (assessments are folded per party); `texts`: the
    revision ids the record still describes (None: every consensus counts).
    """
    from .forum import newest_consensus_for, party_voices, voice_spreads

    current = newest_per_assessor(assessments)
    voices = party_voices(assessments, parties, texts)
    spread = voice_spreads(voices)
    consensus, consensus_current = newest_consensus_for(assessments, texts)
    stale_consensus = consensus if consensus is not None and not consensus_current else None
    if consensus is not None and consensus_current:
        source, scores, irm_from = "consensus", dict(consensus.scores), consensus
    elif len(current) == 1:
        source, scores, irm_from = "single", dict(current[0].scores), current[0]
        consensus = None
    elif current:
        source, irm_from, consensus = "suggested", current[-1], None
        scores = {key: _merged_score(key, spread[key].suggested, current) for key in FACTOR_KEYS}
    else:
        source, scores, irm_from, consensus = "none", {key: FactorScore() for key in FACTOR_KEYS}, None, None
    for key in FACTOR_KEYS:
        scores.setdefault(key, FactorScore())
    verdict = evaluate(
        {k: s.level for k, s in scores.items()}, weights, {k: s.evidence for k, s in scores.items()}
    )
    potential = irm_from.irm.potential if irm_from else Potential.UNCLEAR
    return EffectiveResult(
        source, scores, verdict, spread, tuple(current), consensus, potential, voices, stale_consensus
    )


def is_stale(assessment: Assessment, current: Texts) -> bool:
    """An assessment scored an older text than the current one.

    `current`: the current revision's id, or the set of revisions that differ from it
    by editorial edits only (forum.current_texts); None: unknown, not stale.
    """
    if current is None:
        return False
    if isinstance(current, str):
        return assessment.revision_id != current
    return assessment.revision_id not in current


@dataclass(frozen=True)
class CommitmentSnapshot:
    """Everything about one commitment that a report or `show` prints, read at one moment."""

    commitment_id: str
    plan: Plan
    revision: Revision
    assessments: tuple[Assessment, ...]  # every assessment, oldest first
    result: EffectiveResult
    deleted: bool = False
    texts: frozenset[str] = frozenset()  # revisions the record still describes (forum.current_texts)
    marks: tuple[EditorialMark, ...] = ()
    locks: tuple[SigningLock, ...] = ()
    revisions: tuple[Revision, ...] = field(default=())  # all, oldest first (when read; else empty)

    @property
    def current_texts(self) -> frozenset[str]:
        return self.texts or frozenset({self.revision.id})
