"""The wording findings of a draft, computed once per text.

The draft editor's highlights and list and the assessment's factor counts used to run the
wording checks each on its own, twice per pause in typing, and could show two different
lists. Both now ask here: the text findings of the same (text, language) are computed once and
shared (findings are immutable), the structural ones come from the commitment's fields."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from ..domain.model import CommitmentFields
from ..domain.wording import Finding, check_structure, check_text


@lru_cache(maxsize=32)
def _text_findings(text: str, language: str) -> tuple[Finding, ...]:
    return tuple(check_text(text, language))


def text_findings(text: str, language: str) -> list[Finding]:
    """Risky wording in a draft, sorted by position (see domain.wording.check_text)."""
    return list(_text_findings(text, language))


def commitment_findings(
    fields: CommitmentFields, plan_start: date | None = None, plan_end: date | None = None
) -> list[Finding]:
    """Structural findings first (start = -1), then the draft text's, as check_commitment."""
    language = fields.language
    return check_structure(fields, plan_start, plan_end, language) + text_findings(
        fields.draft_text, language
    )


__all__ = ["commitment_findings", "text_findings"]
