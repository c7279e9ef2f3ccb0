"""The reads, written once: the SQL text of each question and the decoding of its answers.

Two small adapters run them (see storage/README.md): the standard-library `sqlite3` one
(`sqlite_reader.SqliteReader`: the window's first list, the `report` command, no SQLAlchemy
loaded) and a SQLAlchemy-connection one (`connection_reads`: the repository, on SQLite and
PostgreSQL). Each adapter is a function `execute(sql, params) -> (column names, rows)`; the
SQL uses `?` placeholders, which the SQLAlchemy adapter turns into the driver's own. The
decoders accept either backend's values (SQLite's ISO text, JSON text and 0/1; PostgreSQL's
dates, timestamps, parsed JSON and booleans), and rows become domain values through the
conversions and assembly of `from_rows`, so both adapters give equal snapshots, summaries and
report fingerprints (tests/storage/test_read_model.py generates databases to check it).

The rules read here, once: a commitment's current revision is its newest by (created_at, id);
a target is deleted when its newest tombstone (by created_at, id) says "delete"
(`summary.deleted_targets`); the navigator's rows come from the summary cache, without
deleted commitments or commitments of deleted plans.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, date, datetime
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from ..domain.assessing import CommitmentSnapshot
from ..domain.model import Plan
from .errors import NotFound, resolve_prefix
from .from_rows import assemble_snapshots, plan_from_row
from .summary import CommitmentSummary, deleted_targets

if TYPE_CHECKING:  # loaded only when a command asks for precedents or outcomes
    from ..domain.outcomes import Outcome, Precedent

Execute = Callable[[str, Sequence[Any]], tuple[list[str], Iterable[Sequence[Any]]]]


def _date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _utc(value: Any) -> datetime | None:
    if value is None or value == "":
        return None
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _json(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str | bytes) else value


def _bool(value: Any) -> bool | None:
    return None if value is None else bool(value)


# How each typed column comes back from either backend; the others are taken as they are.
# A test checks this against the models' column types.
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
        "parties_present": _json,
    },
    "factor_score": {"accepted_by": _json},
    "mitigation": {"due_date": _date},
    "tombstone": {"created_at": _utc},
    "editorial_mark": {"created_at": _utc},
    "signing_lock": {"created_at": _utc},
    "precedent": {"policy_areas": _json, "imported_at": _utc},
    "precedent_index": {},
    "outcome": {"reported_on": _date, "recorded_at": _utc},
}

SUMMARIES_SQL = """
SELECT s.commitment_id, s.plan_id, p.title, s.title, s.lead_agency, s.overall_level,
       s.overall_score, s.complete, s.assessors, s.discuss, s.potential, s.deleted, s.search_text
FROM commitment_summary AS s JOIN action_plan AS p ON p.id = s.plan_id
{where}
ORDER BY p.created_at, p.title, s.title
"""

CHUNK = 500  # ids per IN (...) list, below every SQLite build's parameter limit


def chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for i in range(0, len(items), CHUNK):
        yield items[i : i + CHUNK]


class ReadModel:
    """The read questions, over one adapter (`execute`). Not a transaction: the caller runs
    each answer in one (SqliteReader: BEGIN ... ROLLBACK; the repository: one session)."""

    def __init__(self, execute: Execute) -> None:
        self._execute = execute

    # --- rows ------------------------------------------------------------------------------

    def rows(self, table: str, where: str = "", params: Sequence[Any] = (), order: str = "") -> list[Any]:
        """Rows of `table` as namespaces with typed attributes, like the ORM's rows."""
        convert = CONVERTERS[table]  # table names come from CONVERTERS' keys, never from input
        sql = f"SELECT * FROM {table}"
        if where:
            sql += f" WHERE {where}"
        if order:
            sql += f" ORDER BY {order}"
        names, raw_rows = self._execute(sql, tuple(params))
        fix = [(i, convert[n]) for i, n in enumerate(names) if n in convert]
        out = []
        for raw in raw_rows:
            values = list(raw)
            for i, fn in fix:
                values[i] = fn(values[i])
            out.append(SimpleNamespace(**dict(zip(names, values, strict=True))))
        return out

    def rows_in(self, table: str, column: str, ids: Sequence[str], order: str = "") -> list[Any]:
        found: list[Any] = []
        for chunk in chunks(list(ids)):
            marks = ",".join("?" * len(chunk))
            found += self.rows(table, f"{column} IN ({marks})", chunk, order)
        if order and len(ids) > CHUNK:  # chunks are each ordered; the whole must be too
            keys = [k.strip() for k in order.split(",")]
            found.sort(key=lambda r: tuple(getattr(r, k) for k in keys))
        return found

    # --- the questions -------------------------------------------------------------------------

    def matching_ids(self, kind: str, like: str) -> list[str]:
        """Up to three ids of `kind` matching a LIKE pattern escaped with a backslash."""
        table = {"commitment": "commitment", "plan": "action_plan"}[kind]
        _names, rows = self._execute(f"SELECT id FROM {table} WHERE id LIKE ? ESCAPE '\\' LIMIT 3", (like,))
        return [r[0] for r in rows]

    def resolve_id(self, prefix: str, kind: str = "commitment") -> str:
        return resolve_prefix(prefix, kind, lambda like: self.matching_ids(kind, like))

    def deleted(self, kind: str, ids: Sequence[str] | None = None) -> set[str]:
        """Targets of `kind` whose newest tombstone deletes them (of `ids`, or of all)."""
        if ids is None:
            rows = self.rows("tombstone", "target_kind = ?", (kind,))
        else:
            rows = [t for t in self.rows_in("tombstone", "target_id", ids) if t.target_kind == kind]
        return deleted_targets((t.target_id, t.action, t.created_at, t.id) for t in rows)

    def plans(self, plan_ids: Sequence[str]) -> dict[str, Plan]:
        rows = self.rows_in("action_plan", "id", plan_ids)
        parties: dict[str, list[Any]] = {}
        for p in self.rows_in("forum_party", "plan_id", [r.id for r in rows], "position"):
            parties.setdefault(p.plan_id, []).append(p)
        for r in rows:
            r.parties = parties.get(r.id, [])
        return {r.id: plan_from_row(r) for r in rows}

    def plan(self, plan_id: str) -> Plan:
        found = self.plans([plan_id])
        if plan_id not in found:
            raise NotFound(f"no action plan has the id {plan_id!r}")
        return found[plan_id]

    def current_revisions(self, commitment_ids: Sequence[str]) -> dict[str, Any]:
        """Each commitment's current revision row: its newest by (created_at, id)."""
        current: dict[str, Any] = {}
        for rev in self.rows_in("revision", "commitment_id", commitment_ids, "created_at, id"):
            current[rev.commitment_id] = rev
        return current

    def summaries(self, plan_id: str | None = None, include_deleted: bool = False) -> list[CommitmentSummary]:
        """The navigator's rows: one narrow query over the summary cache."""
        conditions, params = [], []
        if plan_id is not None:
            conditions.append("s.plan_id = ?")
            params.append(plan_id)
        if not include_deleted:
            conditions.append("NOT s.deleted")
        where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
        _names, rows = self._execute(SUMMARIES_SQL.format(where=where), params)
        dead = set() if include_deleted else self.deleted("plan")
        return [
            CommitmentSummary(
                r[0], r[1], r[2], r[3], r[4], r[5], r[6], bool(r[7]), r[8], r[9], r[10], bool(r[11]), r[12]
            )
            for r in rows
            if r[1] not in dead
        ]

    def snapshots(self, commitment_ids: Sequence[str]) -> list[CommitmentSnapshot]:
        """Everything a report or `show` needs about these commitments, in a few queries."""
        ids = list(commitment_ids)
        if not ids:
            return []
        plan_of = {c.id: c.plan_id for c in self.rows_in("commitment", "id", ids)}
        plans = self.plans(sorted(set(plan_of.values())))
        current: dict[str, Any] = {}
        parents: dict[str, dict[str, str | None]] = {}  # revision id -> parent id, per commitment
        for rev in self.rows_in("revision", "commitment_id", ids, "created_at, id"):
            current[rev.commitment_id] = rev
            parents.setdefault(rev.commitment_id, {})[rev.id] = rev.parent_id
        marks: dict[str, list[Any]] = {}
        for m in self.rows_in("editorial_mark", "commitment_id", ids, "created_at, id"):
            marks.setdefault(m.commitment_id, []).append(m)
        locks: dict[str, list[Any]] = {}
        for lk in self.rows_in("signing_lock", "commitment_id", ids, "created_at, id"):
            locks.setdefault(lk.commitment_id, []).append(lk)
        milestones: dict[str, list[Any]] = {}
        for m in self.rows_in("milestone", "revision_id", [r.id for r in current.values()], "position"):
            milestones.setdefault(m.revision_id, []).append(m)
        for rev in current.values():
            rev.milestones = milestones.get(rev.id, [])
        rows = self.rows_in("assessment", "commitment_id", ids, "created_at, id")
        aids = [a.id for a in rows]
        scores: dict[str, list[Any]] = {}
        for s in self.rows_in("factor_score", "assessment_id", aids):
            scores.setdefault(s.assessment_id, []).append(s)
        mitigations: dict[str, list[Any]] = {}
        for m in self.rows_in("mitigation", "assessment_id", aids, "position"):
            mitigations.setdefault(m.assessment_id, []).append(m)
        assessments: dict[str, list[Any]] = {}
        for a in rows:
            a.scores, a.mitigations = scores.get(a.id, []), mitigations.get(a.id, [])
            assessments.setdefault(a.commitment_id, []).append(a)
        deleted = self.deleted("commitment", ids)
        return assemble_snapshots(
            ids, plan_of, plans, current, assessments, deleted, parents, marks, locks
        )

    # --- precedents and outcomes (issue 18) ---------------------------------------------------

    def index_rows(self, keys: Sequence[str]) -> dict[str, bytes]:
        """The precedent search's index rows (storage.precedent_search)."""
        return {
            r.term: r.postings for r in self.rows_in("precedent_index", "term", list(dict.fromkeys(keys)))
        }

    def precedents_by_id(self, ids: Sequence[str]) -> list[Precedent]:
        """Precedents by id, in the order asked (unknown ids left out)."""
        from .precedent_search import precedent_from_row

        found = {r.id: precedent_from_row(r) for r in self.rows_in("precedent", "id", list(ids))}
        return [found[i] for i in ids if i in found]

    def outcomes(self, commitment_ids: Sequence[str]) -> dict[str, list[Outcome]]:
        """Each commitment's recorded outcomes, oldest first."""
        from .from_rows import outcomes_by_commitment

        return outcomes_by_commitment(self.rows_in("outcome", "commitment_id", list(commitment_ids)))


def connection_reads(conn: Any) -> ReadModel:
    """The read model over a SQLAlchemy Connection (SQLite or PostgreSQL), in its transaction."""
    paramstyle = conn.dialect.paramstyle
    marker = {"qmark": "?", "format": "%s", "pyformat": "%s"}[paramstyle]

    def execute(sql: str, params: Sequence[Any]) -> tuple[list[str], list[Sequence[Any]]]:
        if marker != "?":
            sql = sql.replace("%", "%%").replace("?", marker)
        result = conn.exec_driver_sql(sql, tuple(params))
        return list(result.keys()), result.fetchall()

    return ReadModel(execute)


__all__ = ["CONVERTERS", "ReadModel", "chunks", "connection_reads"]
