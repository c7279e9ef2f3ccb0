"""The wording findings of a draft, computed once per text.

The draft editor's highlights and list and the assessment's factor counts used to run the
wording checks each on its own, twice per pause in typing, and could show two different
lists. Both now ask here: the text findings of the same (text, language, level of government,
reader's language) are computed once and shared (findings are immutable), the structural ones
come from the commitment's fields."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from ..domain.model import CommitmentFields
from ..domain.wording import Finding, check_structure, check_text, draft_language, localize


@lru_cache(maxsize=32)
def _text_findings(text: str, language: str, level: str, reader: str | None) -> tuple[Finding, ...]:
    return tuple(check_text(text, language, level=level or None, reader=reader))


def text_findings(text: str, language: str, level: str = "", reader: str | None = None) -> list[Finding]:
    """Risky wording in a draft, sorted by position (see domain.wording.check_text): the
    rules of ``language``, the other levels than ``level`` flagged, questions in ``reader``'s."""
    return list(_text_findings(text, language, level, reader))


def commitment_findings(
    fields: CommitmentFields,
    plan_start: date | None = None,
    plan_end: date | None = None,
    *,
    level: str = "",
    reader: str | None = None,
) -> list[Finding]:
    """Structural findings first (start = -1), then the draft text's, as check_commitment.

    The language is the one chosen on the commitment, else detected from its text (else the
    reader's), as the draft editor resolves it, so both share one check."""
    language = draft_language(fields, fallback=reader or "en")
    structural = check_structure(fields, plan_start, plan_end, language)
    if reader is not None:
        structural = localize(structural, reader)
    return structural + text_findings(fields.draft_text, language, level, reader)


__all__ = ["commitment_findings", "text_findings"]
