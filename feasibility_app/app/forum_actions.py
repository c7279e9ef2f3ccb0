"""The forum's steps: record a consensus, lock it for signing, mark an edit as editorial.

Plain functions over the Repository (no Qt, no dialogs): the window wraps them in
undo commands and dialogs; tests call them directly. Each refuses with a
`ForumRefused` whose `refusal` kind says why (the UI translates it, `ui/common/errors.py`;
its English message is for the CLI and logs), and then saves nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING

from ..domain.assessing import CommitmentSnapshot
from ..domain.consensus import consensus_scores
from ..domain.factors import Role
from ..domain.forum import (
    ConsensusProblem,
    ConsensusProposal,
    consensus_problems,
    newest_consensus_for,
    standing_lock,
)
from ..domain.model import Assessment, EditorialMark, SigningLock

if TYPE_CHECKING:
    from ..storage.repository import Repository


class ForumRefusal(Enum):
    """Why a forum step is refused: the UI words each kind in the user's language."""

    CONSENSUS_PROBLEMS = "consensus_problems"  # see ForumRefused.problems
    TEXT_LOCKED = "text_locked"  # a consensus while the current text is locked for signing
    ALREADY_RECORDED = "already_recorded"  # nothing changed since the consensus in force
    NO_CONSENSUS = "no_consensus"  # a lock without a consensus on the current text
    ALREADY_LOCKED = "already_locked"
    NO_LOCKER = "no_locker"  # nobody named as locking the text
    NO_MARKER = "no_marker"  # nobody named as marking the edit editorial
    ALREADY_EDITORIAL = "already_editorial"
    FIRST_REVISION = "first_revision"  # the first text has no earlier text to be editorial to


_MESSAGES = {
    ForumRefusal.TEXT_LOCKED: "The current text is locked for signing; edit it to record a new consensus.",
    ForumRefusal.ALREADY_RECORDED: "This consensus is already recorded; change something first.",
    ForumRefusal.NO_CONSENSUS: (
        "Record the forum's consensus on the current text before locking it for signing."
    ),
    ForumRefusal.ALREADY_LOCKED: "The current text is already locked for signing.",
    ForumRefusal.NO_LOCKER: "Name who locks the text for signing.",
    ForumRefusal.NO_MARKER: "Name who marks the edit as editorial.",
    ForumRefusal.ALREADY_EDITORIAL: "This edit is already marked as editorial.",
    ForumRefusal.FIRST_REVISION: "The first text of a commitment has no earlier text to be editorial to.",
}


class ForumRefused(ValueError):
    """The step cannot be taken: its `refusal` kind, and for a consensus the `problems` (which
    rule stops it). The message is English, for the CLI and logs."""

    def __init__(self, refusal: ForumRefusal, problems: tuple[ConsensusProblem, ...] = ()) -> None:
        if refusal is ForumRefusal.CONSENSUS_PROBLEMS:
            message = " ".join(describe_problem(p) for p in problems)
        else:
            message = _MESSAGES[refusal]
        super().__init__(message)
        self.refusal = refusal
        self.problems = problems


def describe_problem(p: ConsensusProblem) -> str:
    """An English line for the CLI and logs (the window words its own, translated)."""
    if p.kind == "no_facilitator":
        return "Name the person who facilitated the agreement."
    if p.kind == "no_parties":
        return "Mark the parties present."
    parties = ", ".join(p.parties)
    if p.kind == "note_needed":
        return f"{p.factor}: write how the block by {parties} was resolved."
    return f"{p.factor}: {parties} must be present and accept a level below critical."


def record_consensus(repo: Repository, commitment_id: str, proposal: ConsensusProposal) -> Assessment:
    """Save the forum's agreed consensus on the current revision, credited to its facilitator.

    Refused while a signing lock stands on the current revision (edit the text first:
    that supersedes the lock), when nothing changed since the consensus in force,
    and when a block is set aside without a note and the blocking party's acceptance.
    """
    snap = repo.snapshot(commitment_id)
    voices = snap.result.voices
    problems = consensus_problems(voices, proposal)
    if problems:
        raise ForumRefused(ForumRefusal.CONSENSUS_PROBLEMS, tuple(problems))
    if standing_lock(snap.locks, snap.revision.id) is not None:
        raise ForumRefused(ForumRefusal.TEXT_LOCKED)
    previous, previous_current = newest_consensus_for(snap.assessments, snap.current_texts)
    members = [a for v in voices for a in v.members]
    accepted = {f: set(keys) for f, keys in proposal.accepted.items()}
    scores = consensus_scores(dict(proposal.levels), dict(proposal.notes), members, accepted)
    present = tuple(sorted(set(proposal.present)))
    if (
        previous is not None
        and previous_current
        and previous.scores == scores
        and previous.assessor == proposal.facilitator.strip()
        and tuple(sorted(previous.parties_present)) == present
    ):
        raise ForumRefused(ForumRefusal.ALREADY_RECORDED)
    irm_from = previous or (max(members, key=lambda a: (a.created_at, a.id)) if members else None)
    return repo.save_assessment(
        commitment_id,
        proposal.facilitator.strip(),
        Role.FACILITATOR,
        scores,
        irm_from.irm if irm_from else None,
        revision_id=snap.revision.id,
        is_consensus=True,
        parent_id=previous.id if previous else None,
        parties_present=present,
    )


def lock_for_signing(
    repo: Repository,
    commitment_id: str,
    locked_by: str,
    fingerprint: Callable[[CommitmentSnapshot], str],
) -> SigningLock:
    """Freeze the current revision and its consensus for signing, with the report's fingerprint.

    `fingerprint`: the report's content fingerprint (reports.fingerprint.fingerprint), given
    by the caller so this layer imports no report code."""
    snap = repo.snapshot(commitment_id)
    if snap.result.source != "consensus" or snap.result.consensus is None:
        raise ForumRefused(ForumRefusal.NO_CONSENSUS)
    if standing_lock(snap.locks, snap.revision.id) is not None:
        raise ForumRefused(ForumRefusal.ALREADY_LOCKED)
    if not locked_by.strip():
        raise ForumRefused(ForumRefusal.NO_LOCKER)
    return repo.lock_for_signing(
        commitment_id, snap.revision.id, snap.result.consensus.id, fingerprint(snap), locked_by.strip()
    )


def mark_editorial(repo: Repository, commitment_id: str, revision_id: str, marked_by: str) -> EditorialMark:
    """Mark a revision as an editorial edit of its parent: assessments and consensus carry forward."""
    if not marked_by.strip():
        raise ForumRefused(ForumRefusal.NO_MARKER)
    if any(m.revision_id == revision_id for m in repo.editorial_marks(commitment_id)):
        raise ForumRefused(ForumRefusal.ALREADY_EDITORIAL)
    try:
        return repo.mark_editorial(commitment_id, revision_id, marked_by.strip())
    except ValueError:  # the first revision has no parent (a missing one is a NotFound)
        raise ForumRefused(ForumRefusal.FIRST_REVISION) from None


def consensus_in_force(snap: CommitmentSnapshot) -> tuple[Assessment | None, bool]:
    """(the newest consensus, whether it scored the current text)."""
    return newest_consensus_for(snap.assessments, snap.current_texts)


__all__ = [
    "ForumRefusal",
    "ForumRefused",
    "consensus_in_force",
    "describe_problem",
    "lock_for_signing",
    "mark_editorial",
    "record_consensus",
]
