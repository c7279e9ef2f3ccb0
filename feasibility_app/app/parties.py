"""Party operations: record the forum's consensus, re-score a stale assessment.

Plain functions over the Repository (no widgets, no dialogs), used by the window's compare
and history views and testable without one. A refusal is an AppError whose kind the UI
translates.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from ..domain.assessing import is_stale, newest_consensus, newest_per_assessor
from ..domain.consensus import consensus_scores
from ..domain.factors import Level, Role
from ..domain.model import Assessment
from .errors import AppError, ErrorKind

if TYPE_CHECKING:
    from ..storage.repository import Repository


class RescoreRefused(AppError, ValueError):
    """The assessment cannot be re-scored; `kind` says why (the UI translates it)."""


def record_consensus(
    repo: Repository,
    commitment_id: str,
    levels: Mapping[str, Level],
    notes: Mapping[str, str],
    author: str,
) -> Assessment:
    """Save the forum's agreed consensus for the current revision (role facilitator).

    Evidence, rationales and mitigations come from each party's newest
    assessment; the IRM pre-check from the previous consensus, else from the
    newest party assessment. The new consensus is based on the previous one
    (parent_id), so its history can be followed.
    """
    assessments = repo.assessments(commitment_id)
    revision = repo.current_revision(commitment_id)
    current = newest_per_assessor(assessments)
    previous = newest_consensus(assessments)
    irm_from = previous or (max(current, key=lambda a: (a.created_at, a.id)) if current else None)
    return repo.save_assessment(
        commitment_id,
        author,
        Role.FACILITATOR,
        consensus_scores({k: Level(v) for k, v in levels.items()}, notes, current),
        irm_from.irm if irm_from else None,
        revision_id=revision.id,
        is_consensus=True,
        parent_id=previous.id if previous else None,
    )


def find_assessment(repo: Repository, assessment_id: str, commitment_id: str | None = None) -> Assessment:
    """An assessment by id; give `commitment_id` when known, else every commitment is searched."""
    if commitment_id is not None:
        candidates = [commitment_id]
    else:
        candidates = [s.id for s in repo.summaries(include_deleted=True)]
    for cid in candidates:
        for a in repo.assessments(cid):
            if a.id == assessment_id:
                return a
    from ..storage.errors import NotFound

    raise NotFound(f"no assessment has the id {assessment_id!r}")


def rescore(
    repo: Repository, assessment_id: str, author: str = "", commitment_id: str | None = None
) -> Assessment:
    """A new assessment of the current revision, starting from a stale one's scores.

    It keeps the stale assessment's assessor, role, party and IRM pre-check and
    records it as its parent, so it supersedes it as that assessor's newest; the
    controller then lets the assessor revise the levels. `author` is who asked
    for it (the stored assessment has no separate author field yet, so it is not
    recorded). Refused for a consensus (record a new one instead), for an
    assessment that already scores the current text, and for one that a newer
    assessment by the same assessor has superseded.
    """
    stale = find_assessment(repo, assessment_id, commitment_id)
    if stale.is_consensus:
        raise RescoreRefused(
            ErrorKind.CONSENSUS_NOT_RESCORED,
            "A consensus is not re-scored: record a new agreed consensus instead.",
        )
    revision = repo.current_revision(stale.commitment_id)
    if not is_stale(stale, revision.id):
        raise RescoreRefused(
            ErrorKind.ALREADY_CURRENT,
            f"The assessment by {stale.assessor} already scores the current text.",
            assessor=stale.assessor,
        )
    newest = {(a.assessor, a.role): a.id for a in newest_per_assessor(repo.assessments(stale.commitment_id))}
    if newest.get((stale.assessor, stale.role)) != stale.id:
        raise RescoreRefused(
            ErrorKind.SUPERSEDED,
            f"{stale.assessor} has a newer assessment; re-score that one.",
            assessor=stale.assessor,
        )
    return repo.save_assessment(
        stale.commitment_id,
        stale.assessor,
        stale.role,
        dict(stale.scores),
        stale.irm,
        revision_id=revision.id,
        party_id=stale.party_id,
        parent_id=stale.id,
    )


__all__ = ["RescoreRefused", "find_assessment", "record_consensus", "rescore"]
