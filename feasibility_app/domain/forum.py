"""The forum's record: parties (not persons) speak, blocks stand, a consensus belongs to its text.

Pure Python (no Qt, no SQL). design.md's rules for several parties:

* one voice per party: a party's position on a factor folds its members' current
  assessments (the median, rounded towards risk); any member's critical is the
  party's block;
* spread, "discuss", blocks and the suggested consensus count parties, not people;
  a factor any party blocks is suggested critical (``scoring.compare``);
* the forum may agree a lower level only with a written note of how the block was
  resolved and every blocking party marked as accepting it (``consensus_problems``);
* a consensus belongs to the revision it scored: it is the result only while that
  revision is current, or differs from the current one by editorial edits alone
  (``current_texts``).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from .factors import FACTOR_KEYS, Level, Role
from .model import Assessment, EditorialMark, Party, Revision, SigningLock
from .scoring import FactorSpread, compare, suggested_consensus

# --- which texts the record still describes ---------------------------------------------


def current_texts(
    revisions: Iterable[Revision] | Mapping[str, str | None],
    marks: Iterable[EditorialMark] | Collection[str],
    current_revision_id: str,
) -> frozenset[str]:
    """The current revision and the ones it differs from only by editorial edits.

    Walk back from the current revision while the revision reached is marked
    editorial: its parent still says the same thing. `revisions` are Revision values
    or a mapping id -> parent id; `marks` EditorialMark values or marked revision ids.
    """
    parent_of = (
        dict(revisions)
        if isinstance(revisions, Mapping)
        else {r.id: r.parent_id for r in revisions}
    )
    marked = {m.revision_id if isinstance(m, EditorialMark) else m for m in marks}
    texts = {current_revision_id}
    rid: str | None = current_revision_id
    while rid in marked:
        rid = parent_of.get(rid)
        if rid is None or rid in texts:
            break
        texts.add(rid)
    return frozenset(texts)


def scored_current_text(item: Assessment | SigningLock, texts: Collection[str] | str | None) -> bool:
    """Whether an assessment (or lock) scored a text the record still describes (None: unknown, yes)."""
    if texts is None:
        return True
    if isinstance(texts, str):
        return item.revision_id == texts
    return item.revision_id in texts


# --- one voice per party --------------------------------------------------------------


@dataclass(frozen=True)
class Voice:
    """One party's position: its members' newest assessments folded into one level per factor."""

    key: str  # the party's id, or "role:<role>" for assessments that name no known party
    party_id: str | None
    name: str
    role: Role
    members: tuple[Assessment, ...]  # each member's newest assessment, in order of first appearance
    levels: dict[str, Level]  # median of the members, rounded towards risk
    blocks: frozenset[str]  # factors any member rated critical: the party's block
    stale: bool  # some member's assessment scored an earlier text

    @property
    def member_names(self) -> tuple[str, ...]:
        return tuple(a.assessor for a in self.members)

    def member_levels(self, factor: str) -> dict[str, Level]:
        return {a.assessor: a.levels()[factor] for a in self.members}

    def member_spread(self, factor: str) -> int | None:
        """How far the party's own members are apart on a factor (None: none assessed it)."""
        ranks = [r for r in (lv.rank for lv in self.member_levels(factor).values()) if r is not None]
        return (max(ranks) - min(ranks)) if ranks else None


def newest_per_member(assessments: Sequence[Assessment]) -> list[Assessment]:
    """Each (assessor, role)'s newest non-consensus assessment, in order of first appearance."""
    from .assessing import newest_per_assessor

    return newest_per_assessor(assessments)


def party_of(a: Assessment, parties: Sequence[Party]) -> tuple[str, str | None, str, Role]:
    """(key, party id, name, role) of the party an assessment speaks for.

    Its party id when the plan knows it; otherwise the plan's only party of its role
    (older records named only a role); otherwise a party per role, named by the role.
    """
    by_id = {p.id: p for p in parties}
    if a.party_id and a.party_id in by_id:
        p = by_id[a.party_id]
        return p.id, p.id, p.name, p.role
    same_role = [p for p in parties if p.role is a.role]
    if not a.party_id and len(same_role) == 1:
        p = same_role[0]
        return p.id, p.id, p.name, p.role
    return f"role:{a.role.value}", None, a.role.value, a.role


def party_voices(
    assessments: Sequence[Assessment],
    parties: Sequence[Party] = (),
    texts: Collection[str] | str | None = None,
) -> tuple[Voice, ...]:
    """One voice per party that scored, in the plan's order of parties, then order of appearance."""
    members: dict[str, list[Assessment]] = {}
    info: dict[str, tuple[str | None, str, Role]] = {}
    for a in newest_per_member(assessments):
        key, pid, name, role = party_of(a, parties)
        members.setdefault(key, []).append(a)
        info.setdefault(key, (pid, name, role))
    order = {p.id: i for i, p in enumerate(parties)}
    keys = sorted(members, key=lambda k: (order.get(k, len(order)), list(members).index(k)))
    voices = []
    for key in keys:
        pid, name, role = info[key]
        group = members[key]
        levels = {f: suggested_consensus(a.levels()[f] for a in group) for f in FACTOR_KEYS}
        blocks = frozenset(f for f in FACTOR_KEYS if any(a.levels()[f] is Level.CRITICAL for a in group))
        stale = any(not scored_current_text(a, texts) for a in group)
        voices.append(Voice(key, pid, name, role, tuple(group), levels, blocks, stale))
    return tuple(voices)


def voice_spreads(voices: Sequence[Voice]) -> dict[str, FactorSpread]:
    """Spread, discuss, blocks and suggested level per factor, counting each party once."""
    return compare([v.levels for v in voices], [v.blocks for v in voices])


# --- the consensus -------------------------------------------------------------------------


def newest_consensus_for(
    assessments: Sequence[Assessment], texts: Collection[str] | str | None
) -> tuple[Assessment | None, bool]:
    """(the consensus to show, whether it scored the current text).

    The newest consensus on a current text if there is one, else the newest of all
    (which then scored an earlier text), else None.
    """
    recorded = sorted((a for a in assessments if a.is_consensus), key=lambda a: (a.created_at, a.id))
    current = [a for a in recorded if scored_current_text(a, texts)]
    if current:
        return current[-1], True
    if recorded:
        return recorded[-1], False
    return None, False


@dataclass(frozen=True)
class ConsensusProblem:
    """Why a consensus cannot be recorded as proposed; `kind` is stable, the UI words it."""

    kind: str  # "no_facilitator" | "no_parties" | "note_needed" | "acceptance_needed"
    factor: str = ""
    parties: tuple[str, ...] = ()  # names of the parties concerned


@dataclass(frozen=True)
class ConsensusProposal:
    """What the facilitator is about to record."""

    facilitator: str
    present: tuple[str, ...]  # party keys of the voices present
    levels: Mapping[str, Level]
    notes: Mapping[str, str] = field(default_factory=dict)
    accepted: Mapping[str, Collection[str]] = field(default_factory=dict)  # factor -> party keys


def set_aside_blocks(voices: Sequence[Voice], factor: str, agreed: Level) -> tuple[Voice, ...]:
    """The parties whose block on `factor` an agreed level below critical sets aside."""
    if agreed is Level.CRITICAL:
        return ()
    return tuple(v for v in voices if factor in v.blocks)


def consensus_problems(voices: Sequence[Voice], proposal: ConsensusProposal) -> list[ConsensusProblem]:
    """Everything that stops the proposal being recorded; empty when it may be.

    Blocks stand: below a party's critical the forum needs a written note of how the
    block was resolved, and the blocking party, present, marked as accepting it.
    """
    problems: list[ConsensusProblem] = []
    if not proposal.facilitator.strip():
        problems.append(ConsensusProblem("no_facilitator"))
    if not proposal.present:
        problems.append(ConsensusProblem("no_parties"))
    for factor in FACTOR_KEYS:
        level = proposal.levels.get(factor, Level.NOT_ASSESSED)
        blockers = set_aside_blocks(voices, factor, level)
        if not blockers:
            continue
        if not proposal.notes.get(factor, "").strip():
            problems.append(ConsensusProblem("note_needed", factor, tuple(v.name for v in blockers)))
        accepted = set(proposal.accepted.get(factor, ()))
        missing = tuple(v.name for v in blockers if v.key not in accepted or v.key not in proposal.present)
        if missing:
            problems.append(ConsensusProblem("acceptance_needed", factor, missing))
    return problems


def voice_by_key(voices: Sequence[Voice], key: str) -> Voice | None:
    return next((v for v in voices if v.key == key), None)


def present_names(consensus: Assessment, parties: Sequence[Party]) -> tuple[str, ...]:
    """The names of the parties a recorded consensus says were present (ids the plan no
    longer knows are shown as they are)."""
    names = {p.id: p.name for p in parties}
    return tuple(names.get(pid, pid.removeprefix("role:")) for pid in consensus.parties_present)


def accepted_names(consensus: Assessment, factor: str, parties: Sequence[Party]) -> tuple[str, ...]:
    names = {p.id: p.name for p in parties}
    score = consensus.scores.get(factor)
    ids = score.accepted_by if score is not None else ()
    return tuple(names.get(pid, pid.removeprefix("role:")) for pid in ids)


# --- colours -----------------------------------------------------------------------------


def party_colour(key: str, parties: Sequence[Party]) -> str:
    """A party's series colour, the same in every view and the PDF: its place in the plan's
    forum decides it (a party known only by its role comes after, in the roles' order)."""
    from .radar import series_colour

    for i, p in enumerate(parties):
        if p.id == key:
            return series_colour(i)
    roles = [r.value for r in Role]
    role = key.removeprefix("role:")
    return series_colour(len(parties) + (roles.index(role) if role in roles else len(roles)))


# --- locks --------------------------------------------------------------------------------


def standing_lock(locks: Iterable[SigningLock], current_revision_id: str) -> SigningLock | None:
    """The newest lock on the current revision (None: nothing is frozen for signing)."""
    live = [lk for lk in locks if not lk.superseded(current_revision_id)]
    return max(live, key=lambda lk: (lk.created_at, lk.id)) if live else None


def newest_lock(locks: Iterable[SigningLock]) -> SigningLock | None:
    found = list(locks)
    return max(found, key=lambda lk: (lk.created_at, lk.id)) if found else None


# --- assessor memory ----------------------------------------------------------------------


def known_assessors(assessments: Iterable[Assessment]) -> dict[str, tuple[str | None, Role]]:
    """Each assessor's party as their newest assessment gives it (name -> (party id, role)).

    The window selects a known name's party; scoring for another party than last
    time is asked once (the party box is not a free choice remembered by accident).
    """
    out: dict[str, tuple[str | None, Role]] = {}
    for a in sorted(assessments, key=lambda a: (a.created_at, a.id)):
        if not a.is_consensus and a.assessor.strip():
            out[a.assessor.strip()] = (a.party_id, a.role)
    return out


__all__ = [
    "ConsensusProblem",
    "ConsensusProposal",
    "Voice",
    "accepted_names",
    "consensus_problems",
    "current_texts",
    "known_assessors",
    "newest_consensus_for",
    "newest_lock",
    "party_colour",
    "party_of",
    "party_voices",
    "present_names",
    "scored_current_text",
    "set_aside_blocks",
    "standing_lock",
    "voice_by_key",
    "voice_spreads",
]
