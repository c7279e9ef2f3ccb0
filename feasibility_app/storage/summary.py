"""The navigator's row type and its search folding: no SQLAlchemy, so the window can list
commitments before the ORM has loaded."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..domain.assessing import EffectiveResult


@dataclass(frozen=True)
class CommitmentSummary:
    """One navigator row: only what a list shows."""

    id: str
    plan_id: str
    plan_title: str
    title: str
    lead_agency: str
    overall_level: str
    overall_score: float | None
    complete: bool
    assessors: int
    discuss: int
    potential: str
    deleted: bool
    search_text: str


def fold(text: str) -> str:
    """Lower-case, accent-free text for searching ("Inundación" matches "inundacion")."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def deleted_targets(events: Iterable[tuple[str, str, Any, str]]) -> set[str]:
    """Targets whose newest tombstone (by time, then id) is a delete: a later restore undoes it.

    `events` are (target_id, action, created_at, tombstone_id); the one rule every reader
    of tombstones (repository, bulk rebuild, the quick start-up list) applies.
    """
    latest: dict[str, tuple[Any, str]] = {}
    for target, action, created, tombstone_id in events:
        key = (created, tombstone_id)
        if target not in latest or key > latest[target][0]:
            latest[target] = (key, action)
    return {target for target, (_key, action) in latest.items() if action == "delete"}


def summary_columns(
    plan_id: str,
    revision: tuple[str, str, str, str] | None,
    result: EffectiveResult,
    deleted: bool,
    now: datetime,
) -> dict[str, Any]:
    """The summary cache's columns of one commitment (both the per-save and the bulk rebuild).

    `revision` is the current revision's (id, title, lead_agency, draft_text), or None.
    """
    rev_id, title, agency, draft = revision if revision is not None else (None, "", "", "")
    return {
        "plan_id": plan_id,
        "revision_id": rev_id,
        "title": title,
        "lead_agency": agency,
        "search_text": fold(" ".join((title, agency, draft))) if revision is not None else "",
        "overall_level": result.verdict.band.value,
        "overall_score": result.verdict.score,
        "complete": result.verdict.complete,
        "assessors": len(result.assessments),
        "discuss": sum(1 for fs in result.spread.values() if fs.discuss),
        "potential": result.potential.value,
        "deleted": deleted,
        "updated_at": now,
    }
