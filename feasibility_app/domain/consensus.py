"""Several parties, one commitment: where they disagree, and the consensus they agree on.

Pure Python (no Qt). The compare view shows a `Comparison`; recording the agreed
consensus turns the forum's levels and notes into factor scores with
`consensus_scores`. The rules themselves (spread, discuss, blocks, suggested
level) are `scoring.compare`'s; this module only names the parties.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .assessing import is_stale, newest_per_assessor
from .factors import FACTOR_KEYS, Evidence, Level, Role
from .model import Assessment, FactorScore, Mitigation
from .scoring import compare


@dataclass(frozen=True)
class PartyColumn:
    """One assessor's newest assessment, as a column of the comparison."""

    name: str  # unique among the columns (the role is added when two assessors share a name)
    assessor: str
    role: Role
    assessment_id: str
    revision_id: str
    stale: bool  # scored an earlier revision of the text


@dataclass(frozen=True)
class ComparisonRow:
    """One factor across the parties."""

    factor: str
    levels: dict[str, Level]  # party name -> level, in column order
    spread: int | None
    discuss: bool
    blocks: tuple[str, ...]  # names of the parties that rated it critical
    suggested: Level
    agreed: Level | None = None  # the recorded consensus's level, if there is one
    note: str = ""  # the recorded consensus's note

    @property
    def blocked(self) -> bool:
        return bool(self.blocks)


@dataclass(frozen=True)
class Comparison:
    parties: tuple[PartyColumn, ...]
    rows: tuple[ComparisonRow, ...]  # one per factor, in FACTOR_KEYS order
    consensus: Assessment | None
    consensus_stale: bool

    def row(self, factor: str) -> ComparisonRow:
        for r in self.rows:
            if r.factor == factor:
                return r
        raise KeyError(factor)

    @property
    def stale_parties(self) -> tuple[PartyColumn, ...]:
        return tuple(p for p in self.parties if p.stale)

    @property
    def discuss_count(self) -> int:
        return sum(1 for r in self.rows if r.discuss)

    def suggested_levels(self) -> dict[str, Level]:
        return {r.factor: r.suggested for r in self.rows}

    def default_agreed(self) -> dict[str, Level]:
        """Where Agreed starts: the recorded consensus if it scored this text, else the suggestion."""
        if self.consensus is not None and not self.consensus_stale:
            return {r.factor: r.agreed or r.suggested for r in self.rows}
        return self.suggested_levels()

    def default_notes(self) -> dict[str, str]:
        if self.consensus is not None and not self.consensus_stale:
            return {r.factor: r.note for r in self.rows}
        return {r.factor: "" for r in self.rows}


def _column_names(current: Sequence[Assessment]) -> list[str]:
    names = [a.assessor or a.role.value for a in current]
    counts = {n: names.count(n) for n in names}
    return [f"{n} ({a.role.value})" if counts[n] > 1 else n for n, a in zip(names, current, strict=True)]


def build_comparison(
    assessments: Sequence[Assessment],
    current_revision_id: str | None = None,
    consensus: Assessment | None = None,
) -> Comparison:
    """Each assessor's newest assessment side by side, factor by factor.

    `assessments` may contain superseded and consensus assessments: only each
    assessor's newest non-consensus one becomes a column. `consensus` is the
    recorded consensus to show in the Agreed column (None: none recorded).
    """
    current = newest_per_assessor(assessments)
    names = _column_names(current)
    parties = tuple(
        PartyColumn(
            name=name,
            assessor=a.assessor,
            role=a.role,
            assessment_id=a.id,
            revision_id=a.revision_id,
            stale=is_stale(a, current_revision_id),
        )
        for name, a in zip(names, current, strict=True)
    )
    spreads = compare([a.levels() for a in current])
    rows = []
    for key in FACTOR_KEYS:
        fs = spreads[key]
        agreed = note = None
        if consensus is not None:
            score = consensus.scores.get(key, FactorScore())
            agreed, note = score.level, score.consensus_note
        rows.append(
            ComparisonRow(
                factor=key,
                levels=dict(zip(names, fs.levels, strict=True)),
                spread=fs.spread,
                discuss=fs.discuss,
                blocks=tuple(names[i] for i in fs.blocks),
                suggested=fs.suggested,
                agreed=agreed,
                note=note or "",
            )
        )
    consensus_stale = consensus is not None and is_stale(consensus, current_revision_id)
    return Comparison(parties, tuple(rows), consensus, consensus_stale)


def comparison_rows(
    assessments: Sequence[Assessment], current_revision_id: str | None = None
) -> list[ComparisonRow]:
    """The six factor rows of `build_comparison`, for callers that need only those."""
    return list(build_comparison(assessments, current_revision_id).rows)


def overridden_blocks(row: ComparisonRow, agreed: Level) -> tuple[str, ...]:
    """The parties whose block (critical) the agreed level sets aside."""
    if agreed is Level.CRITICAL:
        return ()
    return row.blocks


def notes_needed(
    comparison: Comparison, agreed: Mapping[str, Level], notes: Mapping[str, str]
) -> tuple[str, ...]:
    """Factors where a party's block is set aside but no note says how the forum resolved it.

    A risk cannot be averaged away (docs/design.md): agreeing below a party's
    critical is allowed only with a written reason.
    """
    missing = []
    for row in comparison.rows:
        level = agreed.get(row.factor, row.suggested)
        if overridden_blocks(row, level) and not notes.get(row.factor, "").strip():
            missing.append(row.factor)
    return tuple(missing)


def consensus_scores(
    levels: Mapping[str, Level],
    notes: Mapping[str, str],
    base: Sequence[Assessment],
) -> dict[str, FactorScore]:
    """The factor scores to record as the forum's agreed consensus.

    `levels`: the agreed level per factor (a missing factor takes the suggested
    consensus of `base`). `notes`: how each level was agreed, stored as the
    score's consensus_note. `base`: the assessments agreed on (superseded and
    consensus ones are ignored); evidence is verified only if every party
    verified it, rationales are kept with each party's name, mitigations merged.
    """
    current = newest_per_assessor(base)
    suggested = {key: fs.suggested for key, fs in compare([a.levels() for a in current]).items()}
    scores: dict[str, FactorScore] = {}
    for key in FACTOR_KEYS:
        level = Level(levels.get(key, suggested[key]))
        parts = [a.scores.get(key, FactorScore()) for a in current]
        evidence = (
            Evidence.VERIFIED
            if parts and all(s.evidence is Evidence.VERIFIED for s in parts)
            else Evidence.ASSUMED
        )
        rationale = "\n".join(
            f"{a.assessor}: {s.rationale.strip()}"
            for a, s in zip(current, parts, strict=True)
            if s.rationale.strip()
        )
        mitigations: list[Mitigation] = []
        for s in parts:
            mitigations.extend(m for m in s.mitigations if m not in mitigations)
        scores[key] = FactorScore(
            level=level,
            evidence=evidence,
            rationale=rationale,
            mitigations=tuple(mitigations),
            consensus_note=notes.get(key, "").strip(),
        )
    return scores


__all__ = [
    "Comparison",
    "ComparisonRow",
    "PartyColumn",
    "build_comparison",
    "comparison_rows",
    "consensus_scores",
    "notes_needed",
    "overridden_blocks",
]
