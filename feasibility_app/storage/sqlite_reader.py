"""Reading an SQLite database at the current schema without SQLAlchemy.

Importing SQLAlchemy's ORM costs more than everything else a one-shot command
does: half a second before the first row. Two jobs only read, and read a few
rows: the window's first list of commitments (shown before the ORM has loaded)
and the `report` command. For an existing SQLite file at the current schema
they read here with the standard library; rows become domain values through
the same conversions and assembly the repository uses (``from_rows``), and
tests check both paths give equal results. Anything unusual (a URL, a new,
damaged or older file) gets no reader: the caller opens the repository, which
creates, migrates or explains.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from types import SimpleNamespace, TracebackType
from typing import Any

from ..atomic import protect
from ..domain.assessing import CommitmentSnapshot
from ..domain.model import Plan
from .errors import NotFound, resolve_prefix
from .from_rows import assemble_snapshots, plan_from_row
from .sqlite_file import (
    HEAD,
    DatabaseProblem,
    connect_read_only,
    explain_sqlite_error,
    inspect_sqlite_file,
    is_url,
)
from .summary import CommitmentSummary, deleted_targets


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _utc(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value).replace(tzinfo=UTC) if value else None


def _json(value: str | None) -> Any:
    return json.loads(value) if value is not None else None


def _bool(value: int | None) -> bool | None:
    return None if value is None else bool(value)


# How SQLAlchemy stores the typed columns in SQLite (ISO text, JSON text, 0/1); the
# others come back as they are. A test checks this against the models' column types.
CONVERTERS: dict[str, dict[str, Callable[[Any], Any]]] = {
    "action_plan": {"start_date": _date, "end_date": _date, "weights": _json, "created_at": _utc},
    "forum_party": {},
    "commitment": {"created_at": _utc},
    "revision": {"created_at": _utc, "og_values": _json, "start_date": _date, "end_date": _date},
    "milestone": {"start_date": _date, "end_date": _date},
    "assessment": {
        "created_at": _utc,
        "is_consensus": _bool,
        "irm_verifiable": _bool,
        "irm_values": _json,
    },
    "factor_score": {},
    "mitigation": {"due_date": _date},
    "tombstone": {"created_at": _utc},
}

_SUMMARIES = """
SELECT s.commitment_id, s.plan_id, p.title, s.title, s.lead_agency, s.overall_level,
       s.overall_score, s.complete, s.assessors, s.discuss, s.potential, s.deleted, s.search_text
FROM commitment_summary AS s JOIN action_plan AS p ON p.id = s.plan_id
WHERE s.deleted = 0 {plan_filter}
ORDER BY p.created_at, p.title, s.title
"""

_CHUNK = 500  # ids per IN (...) list, below every SQLite build's parameter limit


def _chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    # as bulk.chunks, which this module cannot import (bulk loads SQLAlchemy)
    for i in range(0, len(items), _CHUNK):
        yield items[i : i + _CHUNK]


def _connect(path: Path) -> sqlite3.Connection:
    """A connection that reads with SQLite's locks, and leaves no -wal/-shm behind when closed.

    Read-write mode (nothing is written) so that closing the last connection cleans up as the
    app does; a file or folder we may not write falls back to a read-only connection.
    """
    wal = path.with_name(path.name + "-wal")
    if wal.is_file() and wal.stat().st_size > 0:
        # a log left by a crash: read through it, but merging it is for a writer (the app), not
        # for `list` or `report` (closing a read-write connection would rewrite the file)
        conn = connect_read_only(path)
        conn.isolation_level = None
        return conn
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True, isolation_level=None)
        conn.execute("PRAGMA busy_timeout=5000")
        conn.execute("SELECT 1 FROM alembic_version LIMIT 1").fetchall()
        return conn
    except sqlite3.Error:
        conn = connect_read_only(path)
        conn.isolation_level = None  # transactions are explicit (SqliteReader._read)
        return conn


class SqliteReader:
    """Read-only questions to one SQLite file at the current schema; each answer is one read
    transaction, so it is consistent even while the window saves."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self.path = path

    @classmethod
    def open(cls, location: str) -> SqliteReader | None:
        """A reader for `location`, or None when the repository must handle it (see the module doc)."""
        if is_url(location):
            return None
        path = Path(location).expanduser()
        try:
            if not path.is_file() or inspect_sqlite_file(path) != HEAD:
                return None
            protect(path)
            return cls(_connect(path), path)
        except (DatabaseProblem, OSError, sqlite3.Error):
            return None

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> SqliteReader:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # --- reading -----------------------------------------------------------------

    def _read(self, work: Callable[[], Any]) -> Any:
        """Run `work` in one read transaction; a damaged page found now is a DatabaseProblem."""
        try:
            self._conn.execute("BEGIN")
            try:
                return work()
            finally:
                self._conn.execute("ROLLBACK")
        except sqlite3.Error as exc:
            raise explain_sqlite_error(exc, self.path) from None
        except (ValueError, TypeError, KeyError, AttributeError, OverflowError) as exc:
            # a stored value of the wrong shape (a bad date, bad JSON, a blob for a title)
            raise DatabaseProblem(
                f"The database {self.path} is damaged: a stored value cannot be read "
                f"({exc.__class__.__name__}: {str(exc)[:200]}). It was not changed; restore a backup "
                "(files named *.bak-* beside it)."
            ) from None

    def _rows(self, table: str, where: str = "", params: Iterable[Any] = (), order: str = "") -> list[Any]:
        """Rows of `table` as namespaces with typed attributes, like the ORM's rows."""
        sql = f"SELECT * FROM {table}"  # table names come from CONVERTERS' keys, never from input
        if where:
            sql += f" WHERE {where}"
        if order:
            sql += f" ORDER BY {order}"
        cur = self._conn.execute(sql, tuple(params))
        names = [d[0] for d in cur.description]
        convert = CONVERTERS[table]
        fix = [(i, convert[n]) for i, n in enumerate(names) if n in convert]
        out = []
        for raw in cur:
            values = list(raw)
            for i, fn in fix:
                values[i] = fn(values[i])
            out.append(SimpleNamespace(**dict(zip(names, values, strict=True))))
        return out

    def _rows_in(self, table: str, column: str, ids: Sequence[str], order: str = "") -> list[Any]:
        rows: list[Any] = []
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            rows += self._rows(table, f"{column} IN ({marks})", chunk, order)
        if order and len(ids) > _CHUNK:  # chunks are each ordered; the whole must be too
            keys = [k.strip() for k in order.split(",")]
            rows.sort(key=lambda r: tuple(getattr(r, k) for k in keys))
        return rows

    def resolve_id(self, prefix: str, kind: str = "commitment") -> str:
        """A full id from a full UUID or a unique prefix (as ``Repository.resolve_id``)."""
        table = {"commitment": "commitment", "plan": "action_plan"}[kind]
        sql = f"SELECT id FROM {table} WHERE id LIKE ? ESCAPE '\\' LIMIT 3"
        return resolve_prefix(
            prefix, kind, lambda like: self._read(lambda: [r[0] for r in self._conn.execute(sql, (like,))])
        )

    def _plans(self, plan_ids: Sequence[str]) -> dict[str, Plan]:
        rows = self._rows_in("action_plan", "id", plan_ids)
        parties: dict[str, list[Any]] = {}
        for p in self._rows_in("forum_party", "plan_id", [r.id for r in rows], "position"):
            parties.setdefault(p.plan_id, []).append(p)
        for r in rows:
            r.parties = parties.get(r.id, [])
        return {r.id: plan_from_row(r) for r in rows}

    def plan(self, plan_id: str) -> Plan:
        found = self._read(lambda: self._plans([plan_id]))
        if plan_id not in found:
            raise NotFound(f"no action plan has the id {plan_id!r}")
        return found[plan_id]

    def summaries(self, plan_id: str | None = None) -> list[CommitmentSummary]:
        """The navigator's rows, as ``Repository.summaries()`` gives them."""

        def work() -> list[CommitmentSummary]:
            plan_filter, params = ("AND s.plan_id = ?", (plan_id,)) if plan_id is not None else ("", ())
            rows = self._conn.execute(_SUMMARIES.format(plan_filter=plan_filter), params).fetchall()
            dead = deleted_targets(
                (t.target_id, t.action, t.created_at, t.id)
                for t in self._rows("tombstone", "target_kind = 'plan'")
            )
            return [
                CommitmentSummary(
                    r[0],
                    r[1],
                    r[2],
                    r[3],
                    r[4],
                    r[5],
                    r[6],
                    bool(r[7]),
                    r[8],
                    r[9],
                    r[10],
                    bool(r[11]),
                    r[12],
                )
                for r in rows
                if r[1] not in dead
            ]

        return self._read(work)

    def snapshot(self, commitment_id: str) -> CommitmentSnapshot:
        return self.snapshots([commitment_id])[0]

    def snapshots(self, commitment_ids: Sequence[str]) -> list[CommitmentSnapshot]:
        """As ``Repository.snapshots``: the same rows, conversions and assembly."""
        ids = list(commitment_ids)
        if not ids:
            return []

        def work() -> list[CommitmentSnapshot]:
            plan_of = {c.id: c.plan_id for c in self._rows_in("commitment", "id", ids)}
            plans = self._plans(sorted(set(plan_of.values())))
            current: dict[str, Any] = {}
            for rev in self._rows_in("revision", "commitment_id", ids, "created_at, id"):
                current[rev.commitment_id] = rev
            milestones: dict[str, list[Any]] = {}
            revision_ids = [r.id for r in current.values()]
            for m in self._rows_in("milestone", "revision_id", revision_ids, "position"):
                milestones.setdefault(m.revision_id, []).append(m)
            for rev in current.values():
                rev.milestones = milestones.get(rev.id, [])
            assessments: dict[str, list[Any]] = {}
            rows = self._rows_in("assessment", "commitment_id", ids, "created_at, id")
            aids = [a.id for a in rows]
            scores: dict[str, list[Any]] = {}
            for s in self._rows_in("factor_score", "assessment_id", aids):
                scores.setdefault(s.assessment_id, []).append(s)
            mitigations: dict[str, list[Any]] = {}
            for m in self._rows_in("mitigation", "assessment_id", aids, "position"):
                mitigations.setdefault(m.assessment_id, []).append(m)
            for a in rows:
                a.scores, a.mitigations = scores.get(a.id, []), mitigations.get(a.id, [])
                assessments.setdefault(a.commitment_id, []).append(a)
            deleted = deleted_targets(
                (t.target_id, t.action, t.created_at, t.id)
                for t in self._rows_in("tombstone", "target_id", ids)
                if t.target_kind == "commitment"
            )
            return assemble_snapshots(ids, plan_of, plans, current, assessments, deleted)

        return self._read(work)


def quick_summaries(location: str, plan_id: str | None = None) -> list[CommitmentSummary] | None:
    """The window's first list, or None when the fast path does not apply (the repository follows)."""
    reader = SqliteReader.open(location)
    if reader is None:
        return None
    with reader:
        try:
            return reader.summaries(plan_id)
        except DatabaseProblem:
            return None
