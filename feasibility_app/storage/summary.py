"""The navigator's row type and its search folding: no SQLAlchemy, so the window can list
commitments before the ORM has loaded."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass


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
