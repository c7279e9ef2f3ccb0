"""Searching the precedent library, through either source, without SQLAlchemy.

The index (written by storage.precedents at import) is one row per term holding
its packed postings, plus two rows that are not terms: "#ids" (the precedent ids,
one per line, numbered from 0) and "#lengths" (their term counts). A search
reads only its own terms' rows, so it needs no tokenising of 10,000 texts; and
since this module loads no SQLAlchemy, `feasibility-app precedents find` reads
the file with the standard library (bench/bench_precedents.py: whole command).

A source is anything with `index_rows(keys) -> {key: bytes}` and
`precedents_by_id(ids) -> [Precedent]`: the repository, or the SQLite reader.
"""

from __future__ import annotations

import sys
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from ..domain.outcomes import Completion, OpenedGovernment, Precedent
from ..domain.textmatch import (
    Vocabulary,
    bm25_top,
    informative_terms,
    load_vocabulary,
    query_terms,
    terms,
)
from ..paths import resource_path

IDS, LENGTHS = "#ids", "#lengths"  # index rows that are not terms (terms never start with #)
MAX_TERM = 80
# In a large library a term found in more than this share of precedents tells almost
# nothing (BM25 gives it little weight) but costs the most time: skipped.
COMMON_SHARE = 0.35
COMMON_MIN_DOCS = 500
MAX_QUERY_TERMS = 32  # the most informative terms of a long draft decide the ranking

_vocabulary: Vocabulary | None = None


class PrecedentSource(Protocol):
    def index_rows(self, keys: Sequence[str]) -> dict[str, bytes]: ...

    def precedents_by_id(self, ids: Sequence[str]) -> list[Precedent]: ...


def vocabulary() -> Vocabulary:
    """The shared es/pt/en vocabulary, loaded once."""
    global _vocabulary
    if _vocabulary is None:
        _vocabulary = load_vocabulary(resource_path("precedents", "vocabulary.json"))
    return _vocabulary


def index_text(title: str, short_title: str, full_text: str) -> str:
    """What a precedent is found by: its titles and full text."""
    return "\n".join(x for x in (title, short_title, full_text) if x)


def pack(values: array) -> bytes:
    """Postings as little-endian 32-bit integers, whatever the machine."""
    if sys.byteorder == "big":
        values = array("I", values)
        values.byteswap()
    return values.tobytes()


def unpack(data: bytes) -> array:
    values = array("I")
    values.frombytes(bytes(data))
    if sys.byteorder == "big":
        values.byteswap()
    return values


def precedent_from_row(r: Any) -> Precedent:
    """A `precedent` row (ORM or plain, policy_areas already decoded) as the domain value."""
    return Precedent(
        id=r.id,
        title=r.title,
        full_text=r.full_text,
        short_title=r.short_title,
        country=r.country,
        action_plan=r.action_plan,
        year=r.year,
        lead_institution=r.lead_institution,
        supporting_institutions=r.supporting_institutions,
        specificity=r.specificity,
        verifiable=r.verifiable,
        potential_impact=r.potential_impact,
        completion_midterm=Completion(r.completion_midterm) if r.completion_midterm else None,
        completion_end=Completion(r.completion_end) if r.completion_end else None,
        opened_government=OpenedGovernment(r.opened_government) if r.opened_government else None,
        starred=r.starred,
        carried_forward=r.carried_forward,
        policy_areas=tuple(r.policy_areas or ()),
    )


def library_size(source: PrecedentSource) -> int:
    """How many precedents the library holds (from the index: no table scan)."""
    ids = source.index_rows([IDS]).get(IDS)
    return len(bytes(ids).decode("utf-8").split("\n")) if ids else 0


@dataclass(frozen=True)
class Match:
    precedent: Precedent
    score: float
    shared: tuple[str, ...]  # the draft's own words that the precedent shares, most telling first

    def to_json(self) -> dict:
        p = self.precedent
        return {
            "id": p.id,
            "title": p.title,
            "country": p.country,
            "year": p.year,
            "completion": p.completion.value if p.completion else None,
            "completion_midterm": p.completion_midterm.value if p.completion_midterm else None,
            "completion_end": p.completion_end.value if p.completion_end else None,
            "opened_government": p.opened_government.value if p.opened_government else None,
            "score": round(self.score, 3),
            "shared_terms": list(self.shared),
        }


def find_similar(source: PrecedentSource, text: str, top: int = 5) -> list[Match]:
    """The precedents most like a draft text, best first, each with the words they share."""
    counts, shown = query_terms(text, vocabulary())
    if not counts or top <= 0:
        return []
    rows = source.index_rows([IDS, LENGTHS, *(t[:MAX_TERM] for t in counts)])
    if IDS not in rows:
        return []
    ids = bytes(rows.pop(IDS)).decode("utf-8").split("\n")
    lengths = unpack(rows.pop(LENGTHS))
    postings = {t: unpack(data) for t, data in rows.items()}
    n_docs = len(ids)
    if n_docs >= COMMON_MIN_DOCS:
        rare = {t: p for t, p in postings.items() if len(p) // 2 <= COMMON_SHARE * n_docs}
        postings = rare or postings
    df = {t: len(p) // 2 for t, p in postings.items()}
    postings = {t: postings[t] for t in informative_terms(counts, df, n_docs, MAX_QUERY_TERMS)}
    ranked = bm25_top(counts, postings, lengths, top)
    found = {p.id: p for p in source.precedents_by_id([ids[d] for d, _ in ranked])}
    vocab = vocabulary()
    matches = []
    for d, score in ranked:
        p = found.get(ids[d])
        if p is None:
            continue
        own = set(terms(index_text(p.title, p.short_title, p.full_text), vocab))
        shared = sorted((t for t in postings if t in own), key=lambda t: (len(postings[t]), t))
        matches.append(Match(p, score, tuple(dict.fromkeys(shown[t] for t in shared))))
    return matches
