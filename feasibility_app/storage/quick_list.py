"""The first list of commitments, read without SQLAlchemy.

Importing SQLAlchemy's ORM costs several times an empty window's start-up. The
navigator only needs the summary cache's columns, so for an existing SQLite file
at the current schema we read them read-only with the standard library and show
them at once; the repository (and the ORM) load right after. Anything unusual
(a URL, a new or damaged file, another schema) returns None and the caller waits
for the repository, which explains the problem properly.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from .sqlite_file import HEAD, DatabaseProblem, connect_read_only, inspect_sqlite_file, is_url
from .summary import CommitmentSummary, deleted_targets

_ROWS = """
SELECT s.commitment_id, s.plan_id, p.title, s.title, s.lead_agency, s.overall_level,
       s.overall_score, s.complete, s.assessors, s.discuss, s.potential, s.deleted, s.search_text
FROM commitment_summary AS s JOIN action_plan AS p ON p.id = s.plan_id
WHERE s.deleted = 0 {plan_filter}
ORDER BY p.created_at, p.title, s.title
"""
_PLAN_TOMBSTONES = "SELECT target_id, action, created_at, id FROM tombstone WHERE target_kind = 'plan'"


def quick_summaries(location: str, plan_id: str | None = None) -> list[CommitmentSummary] | None:
    """Navigator rows as Repository.summaries() gives them, or None when the fast path does not apply."""
    if is_url(location):
        return None
    path = Path(location).expanduser()
    try:
        if not path.is_file() or inspect_sqlite_file(path) != HEAD:
            return None
        conn = connect_read_only(path)
    except (DatabaseProblem, OSError, sqlite3.Error):
        return None
    try:
        params: tuple = ()
        plan_filter = ""
        if plan_id is not None:
            plan_filter, params = "AND s.plan_id = ?", (plan_id,)
        rows = conn.execute(_ROWS.format(plan_filter=plan_filter), params).fetchall()
        dead = deleted_targets(conn.execute(_PLAN_TOMBSTONES))
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return [
        CommitmentSummary(
            r[0], r[1], r[2], r[3], r[4], r[5], r[6], bool(r[7]), r[8], r[9], r[10], bool(r[11]), r[12]
        )
        for r in rows
        if r[1] not in dead
    ]
