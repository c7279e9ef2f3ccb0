"""Merging checked records into a database: the union by id.

* a record that is not in the database is added (parents before children);
* an immutable record (commitment, revision with its milestones, assessment
  with its factor scores and mitigations, tombstone) that is already there with
  the same content is skipped; with different content the whole file is
  refused: the file is damaged or forged;
* a mutable record (plan settings, forum party) that is already there keeps its
  local content, and the summary says so when the file's differs;
* every reference must point at a record in the file or in the database.

The caller owns the transaction (``exchange_file.import_exchange``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, datetime
from enum import Enum
from typing import Any

from sqlalchemy import Table
from sqlalchemy.engine import Connection

from ..domain.scoring import default_weights
from ..storage import bulk
from .schema import (
    MILESTONE_FIELDS,
    MITIGATION_FIELDS,
    PARTY_FIELDS,
    PLAN_FIELDS,
    RECORD_LISTS,
    SCORE_FIELDS,
    Field,
)
from .validate import BadFile, Record


def _comparable(row: Mapping[str, Any], fields: Sequence[Field]) -> tuple:
    out = []
    for f in fields:
        v = row[f.name]
        if isinstance(v, datetime):
            v = (v if v.tzinfo else v.replace(tzinfo=UTC)).astimezone(UTC)
        elif isinstance(v, Enum):
            v = v.value
        elif isinstance(v, dict):
            v = tuple(sorted((k, float(x) if isinstance(x, (int, float)) else x) for k, x in v.items()))
        elif isinstance(v, list):
            v = tuple(v)
        out.append(v)
    return tuple(out)


def _same(a: Mapping[str, Any], b: Mapping[str, Any], fields: Sequence[Field]) -> bool:
    """Same content: plain ==, which compares aware time stamps as instants and str enums as text."""
    for f in fields:
        if a[f.name] != b[f.name]:
            return False
    return True


def _differs(kind: str, rid: str, path: str) -> BadFile:
    return BadFile(
        f"record {kind} {rid} at {path} differs from the one in the database; the file is damaged or forged"
    )


def _unknown(kind: str, rid: str, path: str) -> BadFile:
    return BadFile(f"unknown {kind} {rid} at {path}: it is neither in the file nor in the database")


def _topological(recs: list[Record], kind: str) -> list[Record]:
    """Parents (parent_id) before children; a loop of parents is refused."""
    by_id = {r.id: r for r in recs}
    ordered: list[Record] = []
    state: dict[str, int] = {}  # 1 visiting, 2 done
    for start in recs:
        if state.get(start.id) == 2:
            continue
        stack = [start]
        while stack:
            rec = stack[-1]
            if state.get(rec.id) == 2:
                stack.pop()
                continue
            state[rec.id] = 1
            parent = by_id.get(rec.row["parent_id"])
            if parent is not None and state.get(parent.id) != 2:
                if state.get(parent.id) == 1:
                    raise BadFile(f"{kind} {rec.id} at {rec.path} is its own ancestor (a loop of parent_id)")
                stack.append(parent)
                continue
            state[rec.id] = 2
            ordered.append(rec)
            stack.pop()
    return ordered


def merge_records(
    conn: Connection, records: dict[str, list[Record]]
) -> tuple[dict[str, int], int, list[str], set[str]]:
    """Add the file's new records; returns (added per list, records already present, titles of
    plans whose local settings were kept, commitments that gained something)."""
    added: dict[str, int] = {}
    present = 0
    kept_local: list[str] = []
    touched: set[str] = set()
    new: dict[str, list[Record]] = {}

    # 1. What is already there; immutable records must be identical.
    for key, (kind, fields, table, _extra) in RECORD_LISTS.items():
        recs = records[key]
        db_rows = {r["id"]: r for r in bulk.rows_by(conn, table, "id", [r.id for r in recs])}
        present += len(db_rows)
        new[key] = [r for r in recs if r.id not in db_rows]
        if key in ("plans", "parties"):
            continue  # mutable: the local one is kept (compared below, for the summary)
        for rec in recs:
            db_row = db_rows.get(rec.id)
            if db_row is not None and not _same(db_row, rec.row, fields):
                raise _differs(kind, rec.id, rec.path)
        if key == "revisions":
            _check_children(
                conn,
                recs,
                set(db_rows),
                "milestone",
                MILESTONE_FIELDS,
                bulk.MILESTONE,
                "revision_id",
                lambda r: r.milestones,
            )
        elif key == "assessments":
            _check_children(
                conn,
                recs,
                set(db_rows),
                "mitigation",
                MITIGATION_FIELDS,
                bulk.MITIGATION,
                "assessment_id",
                lambda r: r.mitigations,
            )
            _check_scores(conn, [r for r in recs if r.id in db_rows])
    kept_local.extend(_local_settings_differ(conn, records["plans"], records["parties"]))

    # 2. Every reference points at a record in the file or in the database.
    def known(table: Table, ids_in_file: set[str], wanted: Iterable[str]) -> set[str]:
        missing = {i for i in wanted if i is not None and i not in ids_in_file}
        return ids_in_file | bulk.existing_ids(conn, table, missing)

    file_ids = {key: {r.id for r in records[key]} for key in RECORD_LISTS}
    plans = known(
        bulk.PLAN,
        file_ids["plans"],
        [r.row["plan_id"] for key in ("parties", "commitments") for r in records[key]]
        + [r.row["target_id"] for r in records["tombstones"] if r.row["target_kind"] == "plan"],
    )
    commitments = known(
        bulk.COMMITMENT,
        file_ids["commitments"],
        [r.row["commitment_id"] for key in ("revisions", "assessments") for r in records[key]]
        + [r.row["target_id"] for r in records["tombstones"] if r.row["target_kind"] == "commitment"],
    )
    for key in ("parties", "commitments"):
        for r in records[key]:
            if r.row["plan_id"] not in plans:
                raise _unknown("plan", r.row["plan_id"], f"{r.path}.plan_id")
    for r in records["tombstones"]:
        target_kind, target = r.row["target_kind"], r.row["target_id"]
        if target not in (plans if target_kind == "plan" else commitments):
            raise _unknown(target_kind, target, f"{r.path}.target_id")
    revision_owner = {r.id: r.row["commitment_id"] for r in records["revisions"]}
    wanted = {r.row["parent_id"] for r in records["revisions"]} | {
        r.row["revision_id"] for r in records["assessments"]
    }
    wanted = {i for i in wanted if i is not None and i not in revision_owner}
    for row in bulk.rows_by(conn, bulk.REVISION, "id", wanted):
        revision_owner[row["id"]] = row["commitment_id"]
    for r in records["revisions"]:
        if r.row["commitment_id"] not in commitments:
            raise _unknown("commitment", r.row["commitment_id"], f"{r.path}.commitment_id")
        parent = r.row["parent_id"]
        if parent is not None:
            if parent not in revision_owner:
                raise _unknown("revision", parent, f"{r.path}.parent_id")
            if revision_owner[parent] != r.row["commitment_id"]:
                raise BadFile(f"revision {parent} at {r.path}.parent_id belongs to another commitment")
    assessment_ids = known(
        bulk.ASSESSMENT, file_ids["assessments"], [r.row["parent_id"] for r in records["assessments"]]
    )
    for r in records["assessments"]:
        if r.row["commitment_id"] not in commitments:
            raise _unknown("commitment", r.row["commitment_id"], f"{r.path}.commitment_id")
        rev = r.row["revision_id"]
        if rev not in revision_owner:
            raise _unknown("revision", rev, f"{r.path}.revision_id")
        if revision_owner[rev] != r.row["commitment_id"]:
            raise BadFile(f"revision {rev} at {r.path}.revision_id belongs to another commitment")
        if r.row["parent_id"] is not None and r.row["parent_id"] not in assessment_ids:
            raise _unknown("assessment", r.row["parent_id"], f"{r.path}.parent_id")

    # 3. Insert what is new, parents first, one executemany per table.
    new_revisions = _topological(new["revisions"], "revision")
    new_assessments = _topological(new["assessments"], "assessment")
    bulk.insert_rows(conn, bulk.PLAN, [{**r.row, "version": 1} for r in new["plans"]])
    bulk.insert_rows(conn, bulk.PARTY, [{**r.row, "version": 1} for r in new["parties"]])
    bulk.insert_rows(conn, bulk.COMMITMENT, [r.row for r in new["commitments"]])
    bulk.insert_rows(conn, bulk.REVISION, [r.row for r in new_revisions])
    bulk.insert_rows(conn, bulk.MILESTONE, [m for r in new_revisions for _p, m in r.milestones])
    bulk.insert_rows(conn, bulk.ASSESSMENT, [r.row for r in new_assessments])
    bulk.insert_rows(conn, bulk.FACTOR_SCORE, [s for r in new_assessments for s in r.scores.values()])
    bulk.insert_rows(conn, bulk.MITIGATION, [m for r in new_assessments for _p, m in r.mitigations])
    bulk.insert_rows(conn, bulk.TOMBSTONE, [r.row for r in new["tombstones"]])

    for key in RECORD_LISTS:
        added[key] = len(new[key])
    added["consensus"] = sum(1 for r in new["assessments"] if r.row["is_consensus"])
    touched.update(r.id for r in new["commitments"])
    touched.update(r.row["commitment_id"] for key in ("revisions", "assessments") for r in new[key])
    touched.update(r.row["target_id"] for r in new["tombstones"] if r.row["target_kind"] == "commitment")
    return added, present, kept_local, touched


def _check_children(
    conn,
    recs: list[Record],
    existing_parents: set[str],
    kind: str,
    fields: Sequence[Field],
    table: Table,
    parent_col: str,
    children: Callable[[Record], list[tuple[str, dict[str, Any]]]],
) -> None:
    """Milestones or mitigations: an existing parent must have exactly the file's children; a new
    parent's children must not reuse an id already in the database."""
    cmp_fields = (*fields, Field(parent_col, "uuid"))
    db_children: dict[str, dict[str, Mapping[str, Any]]] = {}
    for row in bulk.rows_by(conn, table, parent_col, existing_parents):
        db_children.setdefault(row[parent_col], {})[row["id"]] = row
    new_child_ids = [row["id"] for r in recs if r.id not in existing_parents for _p, row in children(r)]
    clashes = bulk.existing_ids(conn, table, new_child_ids)
    for rec in recs:
        if rec.id in existing_parents:
            in_db = db_children.get(rec.id, {})
            in_file = {row["id"]: (p, row) for p, row in children(rec)}
            for cid, (p, row) in in_file.items():
                if cid not in in_db or not _same(in_db[cid], row, cmp_fields):
                    raise _differs(kind, cid, p)
            if set(in_db) - set(in_file):
                raise _differs(RECORD_KIND[parent_col], rec.id, rec.path)
        else:
            for p, row in children(rec):
                if row["id"] in clashes:
                    raise _differs(kind, row["id"], p)


RECORD_KIND = {"revision_id": "revision", "assessment_id": "assessment"}


def _check_scores(conn, existing: list[Record]) -> None:
    db_scores: dict[str, dict[str, tuple]] = {}
    for row in bulk.rows_by(conn, bulk.FACTOR_SCORE, "assessment_id", [r.id for r in existing]):
        db_scores.setdefault(row["assessment_id"], {})[row["factor"]] = row
    for rec in existing:
        in_db = db_scores.get(rec.id, {})
        if in_db.keys() != rec.scores.keys() or not all(
            _same(in_db[k], v, SCORE_FIELDS) for k, v in rec.scores.items()
        ):
            raise _differs("assessment", rec.id, rec.path)


def _local_settings_differ(conn, plans: list[Record], parties: list[Record]) -> list[str]:
    """Titles of plans already in the database whose settings or parties differ from the file's."""
    if not plans and not parties:
        return []
    db_plans = {r["id"]: r for r in bulk.rows_by(conn, bulk.PLAN, "id", [r.id for r in plans])}
    db_parties = {r["id"]: r for r in bulk.rows_by(conn, bulk.PARTY, "id", [r.id for r in parties])}
    differ: dict[str, str] = {}
    settings = PLAN_FIELDS[:-1]  # all but created_at

    def effective(row: Mapping[str, Any]) -> tuple:
        # a missing weight means the default one ({} and all-1.0 weights are the same settings)
        return _comparable({**row, "weights": {**default_weights(), **(row["weights"] or {})}}, settings)

    for rec in plans:
        local = db_plans.get(rec.id)
        if local is not None and effective(local) != effective(rec.row):
            differ[rec.id] = local["title"]
    for rec in parties:
        local = db_parties.get(rec.id)
        if local is not None and _comparable(local, PARTY_FIELDS) != _comparable(rec.row, PARTY_FIELDS):
            plan_id = local["plan_id"]
            if plan_id not in differ:
                title = db_plans[plan_id]["title"] if plan_id in db_plans else None
                if title is None:
                    rows = bulk.rows_by(conn, bulk.PLAN, "id", [plan_id])
                    title = rows[0]["title"] if rows else plan_id
                differ[plan_id] = title
    return list(differ.values())
