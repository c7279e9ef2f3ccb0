"""Several parties, one commitment: where they disagree, and the consensus they agree on.

Pure Python (no Qt). The compare view shows a `Comparison`: one column per party
(domain.forum folds its members into one voice); recording the agreed consensus
turns the forum's levels and notes into factor scores with `consensus_scores`.
The rules themselves (spread, discuss, blocks, suggested level) are
`scoring.compare`'s; this module only names the parties.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from .assessing import is_stale, newest_per_assessor
from .factors import FACTOR_KEYS, Evidence, Level, Role
from .forum import Voice, newest_consensus_for, party_voices, voice_spreads
from .model import Assessment, FactorScore, Mitigation, Party


@dataclass(frozen=True)
class PartyColumn:
    """One party's voice, as a column of the comparison."""

    name: str  # the party's name (unique among the columns)
    key: str  # forum.Voice.key: the party's id, or "role:<role>"
    role: Role
    members: tuple[str, ...]  # the assessors who scored for it
    stale: bool  # some member scored an earlier revision of the text
    voice: Voice

    @property
    def assessor(self) -> str:
        """The members' names, for a line that says who scored."""
        return ", ".join(self.members)

    def member_levels(self, factor: str) -> dict[str, Level]:
        return self.voice.member_levels(factor)

    def member_spread(self, factor: str) -> int | None:
        return self.voice.member_spread(factor)


@dataclass(frozen=True)
class ComparisonRow:
    """One factor across the parties."""

    factor: str
    levels: dict[str, Level]  # party name -> level, in column order
    spread: int | None
    discuss: bool
    blocks: tuple[str, ...]  # names of the parties that block it (a member rated it critical)
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
    def voices(self) -> tuple[Voice, ...]:
        return tuple(p.voice for p in self.parties)

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

    def changed(self, agreed: Mapping[str, Level], notes: Mapping[str, str]) -> bool:
        """Whether agreed levels and notes differ from the consensus in force; True without one
        (or with one that scored an earlier text): there is something to record."""
        if self.consensus is None or self.consensus_stale:
            return True
        return any(
            agreed.get(r.factor) is not (r.agreed or r.suggested)
            or notes.get(r.factor, "").strip() != r.note.strip()
            for r in self.rows
        )

    def default_notes(self) -> dict[str, str]:
        if self.consensus is not None and not self.consensus_stale:
            return {r.factor: r.note for r in self.rows}
        return {r.factor: "" for r in self.rows}


def build_comparison(
    assessments: Sequence[Assessment],
    current: Collection[str] | str | None = None,
    consensus: Assessment | None = None,
    parties: Sequence[Party] = (),
) -> Comparison:
    """Each party's voice side by side, factor by factor.

    `assessments` may contain superseded and consensus assessments: each member's
    newest non-consensus one is folded into its party's column. `current`: the
    current revision id or the texts it still describes (forum.current_texts).
    `consensus`: the recorded consensus to show in the Agreed column (default: the
    newest one of `assessments`).
    """
    voices = party_voices(assessments, parties, current)
    if consensus is None:
        consensus, _current = newest_consensus_for(assessments, current)
    columns = tuple(
        PartyColumn(v.name, v.key, v.role, v.member_names, v.stale, v) for v in voices
    )
    names = [c.name for c in columns]
    spreads = voice_spreads(voices)
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
    consensus_stale = consensus is not None and is_stale(consensus, current)
    return Comparison(columns, tuple(rows), consensus, consensus_stale)


def comparison_rows(
    assessments: Sequence[Assessment],
    current: Collection[str] | str | None = None,
    parties: Sequence[Party] = (),
) -> list[ComparisonRow]:
    """The six factor rows of `build_comparison`, for callers that need only those."""
    return list(build_comparison(assessments, current, parties=parties).rows)


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
    accepted: Mapping[str, Collection[str]] | None = None,
) -> dict[str, FactorScore]:
    """The factor scores to record as the forum's agreed consensus.

    `levels`: the agreed level per factor (a missing factor takes the suggested
    consensus of `base`). `notes`: how each level was agreed, stored as the
    score's consensus_note. `base`: the assessments agreed on (superseded and
    consensus ones are ignored); evidence is verified only if every party
    verified it, rationales are kept with each party's name, mitigations merged.
    `accepted`: per factor, the keys of the blocking parties that accept a lower level.
    """
    current = newest_per_assessor(base)
    suggested = {key: fs.suggested for key, fs in voice_spreads(party_voices(current)).items()}
    accepted = accepted or {}
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
            accepted_by=tuple(sorted(accepted.get(key, ()))) if level is not Level.CRITICAL else (),
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
