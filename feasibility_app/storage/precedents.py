"""The precedent library: OGP's past commitments, stored beside plans, and their search index.

Importing upserts by id and rebuilds the index (storage.precedent_search reads
it) in the same transaction. `Library` answers the search's two questions on a
SQLAlchemy database (SQLite or PostgreSQL); the SQLite reader answers them
without SQLAlchemy for the one-shot command.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import delete, insert, select

from ..domain.outcomes import Precedent
from ..domain.textmatch import build_postings, terms
from .database import Database
from .models import PrecedentIndexRow, PrecedentRow, utcnow
from .precedent_search import IDS, LENGTHS, MAX_TERM, index_text, pack, precedent_from_row, vocabulary

CHUNK = 500  # rows per insert and ids per IN (…): under SQLite's variable limit


@dataclass(frozen=True)
class ImportCounts:
    added: int
    updated: int

    def __str__(self) -> str:
        return f"{self.added} precedent(s) added, {self.updated} updated"


def import_precedents(
    db: Database, precedents: Sequence[Precedent], progress: Callable[[int, int], None] | None = None
) -> ImportCounts:
    """Insert or update (by id) precedents, then rebuild the search index; one transaction."""
    now = utcnow()
    rows = list({r["id"]: r for r in (_row(p, now) for p in precedents)}.values())  # last of an id wins
    with db.session() as s:
        conn = s.connection()
        added, changed, same = upsert_precedent_rows(conn, rows, progress, 2 * len(precedents))
        _rebuild_index(conn, progress, len(precedents))
    return ImportCounts(added, changed + same)


# the columns a precedent is compared on (what an exchange file carries)
COMPARED = tuple(c.name for c in PrecedentRow.__table__.columns if c.name not in ("length", "imported_at"))


def upsert_precedent_rows(
    conn,
    rows: Sequence[dict],
    progress: Callable[[int, int], None] | None = None,
    total: int | None = None,
) -> tuple[int, int, int]:
    """Add new precedents and replace changed ones, by id, on the caller's transaction.

    Returns (added, changed, unchanged); the caller rebuilds the index if it needs to.
    A row needs the columns of `COMPARED`; `imported_at` is set here when missing.
    """
    added = changed = same = 0
    now = utcnow()
    for start in range(0, len(rows), CHUNK):
        chunk = rows[start : start + CHUNK]
        ids = [r["id"] for r in chunk]
        stored = {
            r["id"]: r
            for r in conn.execute(select(PrecedentRow.__table__).where(PrecedentRow.id.in_(ids))).mappings()
        }
        fresh = [r for r in chunk if r["id"] not in stored]
        differ = [r for r in chunk if r["id"] in stored and _differs(stored[r["id"]], r)]
        if differ:
            conn.execute(delete(PrecedentRow).where(PrecedentRow.id.in_([r["id"] for r in differ])))
        if fresh or differ:
            conn.execute(
                insert(PrecedentRow),
                [{"length": 0, "imported_at": now, **r} for r in (*fresh, *differ)],
            )
        added += len(fresh)
        changed += len(differ)
        same += len(chunk) - len(fresh) - len(differ)
        if progress is not None:
            progress(start + len(chunk), total or len(rows))
    return added, changed, same


def _differs(stored, row: dict) -> bool:
    return any(
        (list(stored[k] or []) if k == "policy_areas" else stored[k])
        != (list(row[k] or []) if k == "policy_areas" else row[k])
        for k in COMPARED
    )


def rebuild_index(conn) -> None:
    """The search index anew from the stored precedents (after an exchange file added some)."""
    _rebuild_index(conn, None, 0)


def _rebuild_index(conn, progress: Callable[[int, int], None] | None, done: int) -> None:
    """Tokenise every stored precedent and write the index rows anew."""
    vocab = vocabulary()
    ids: list[str] = []
    counts: list[Counter[str]] = []
    rows = conn.execute(
        select(
            PrecedentRow.id, PrecedentRow.title, PrecedentRow.short_title, PrecedentRow.full_text
        ).order_by(PrecedentRow.id)
    )
    for pid, title, short, text in rows:
        ids.append(pid)
        counts.append(Counter(terms(index_text(title, short, text), vocab)))
        if progress is not None and len(ids) % 1000 == 0:
            progress(done + min(len(ids), done), 2 * done)
    index = build_postings(counts)
    from array import array

    lengths = array("I", (sum(c.values()) for c in counts))
    conn.execute(delete(PrecedentIndexRow))
    batch = [
        {"term": IDS, "postings": "\n".join(ids).encode("utf-8")},
        {"term": LENGTHS, "postings": pack(lengths)},
    ]
    for term, plist in index.items():
        batch.append({"term": term[:MAX_TERM], "postings": pack(plist)})
        if len(batch) >= 2000:
            conn.execute(insert(PrecedentIndexRow), batch)
            batch = []
    if batch:
        conn.execute(insert(PrecedentIndexRow), batch)


_LENGTHS = {c.name: getattr(c.type, "length", None) for c in PrecedentRow.__table__.columns}


def _clipped(row: dict) -> dict:
    """Short columns cut to their declared length and NUL characters dropped (a spreadsheet's
    cell may have either; PostgreSQL refuses both, and an exchange file's check would refuse
    them on the way back in)."""
    row["id"] = " ".join(row["id"].replace("\x00", "").split())[: _LENGTHS["id"]].rstrip()  # one line
    for key, length in _LENGTHS.items():
        value = row.get(key)
        if isinstance(value, str):
            value = value.replace("\x00", "")
            row[key] = value[:length].rstrip() if length and len(value) > length else value
    row["policy_areas"] = [a.replace("\x00", "")[:100] for a in row.get("policy_areas") or []]
    return row


def _row(p: Precedent, now) -> dict:
    return _clipped({
        "id": p.id,
        "title": p.title,
        "full_text": p.full_text,
        "short_title": p.short_title,
        "country": p.country,
        "action_plan": p.action_plan,
        "year": p.year,
        "lead_institution": p.lead_institution,
        "supporting_institutions": p.supporting_institutions,
        "specificity": p.specificity,
        "verifiable": p.verifiable,
        "potential_impact": p.potential_impact,
        "completion_midterm": p.completion_midterm.value if p.completion_midterm else None,
        "completion_end": p.completion_end.value if p.completion_end else None,
        "opened_government": p.opened_government.value if p.opened_government else None,
        "starred": p.starred,
        "carried_forward": p.carried_forward,
        "policy_areas": list(p.policy_areas),
        "length": 0,  # the index holds the term counts
        "imported_at": now,
    })


class Library:
    """The search's questions answered on an open database (SQLite or PostgreSQL)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def index_rows(self, keys: Sequence[str]) -> dict[str, bytes]:
        out: dict[str, bytes] = {}
        wanted = list(dict.fromkeys(keys))
        with self.db.session() as s:
            for start in range(0, len(wanted), CHUNK):
                part = wanted[start : start + CHUNK]
                out.update(
                    s.execute(
                        select(PrecedentIndexRow.term, PrecedentIndexRow.postings).where(
                            PrecedentIndexRow.term.in_(part)
                        )
                    ).all()
                )
        return out

    def precedents_by_id(self, ids: Sequence[str]) -> list[Precedent]:
        """Precedents by id, in the order asked (unknown ids left out)."""
        found: dict[str, Precedent] = {}
        with self.db.session() as s:
            for start in range(0, len(ids), CHUNK):
                rows = s.scalars(select(PrecedentRow).where(PrecedentRow.id.in_(ids[start : start + CHUNK])))
                found.update((r.id, precedent_from_row(r)) for r in rows)
        return [found[i] for i in ids if i in found]
