"""Merging checked records into a database: the union by id.

* a record that is not in the database is added (parents before children);
* an immutable record (commitment, revision with its milestones, assessment
  with its factor scores and mitigations, tombstone) that is already there with
  the same content is skipped; with different content the whole file is
  refused: the file is damaged or forged;
* a mutable record (plan settings, forum party) that is already there keeps its
  local content, and the summary says so when the file's differs;
* every reference must point at a record in the file or in the database.

The caller owns the transaction (``exchange_file.import_exchange``). Records
already in the database are compared a slice at a time, and new rows are built
and inserted a slice at a time, so neither the database's copies nor the insert
parameters of a large file are all in memory at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
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
    Field,
)
from .validate import (
    MILESTONE_NAMES,
    MITIGATION_NAMES,
    SCORE_NAMES,
    AssessmentRecord,
    BadFile,
    Record,
    RevisionRecord,
)

SLICE = bulk.CHUNK  # records compared, or rows inserted, at a time (read at each use: tests make it small)


def _insert(conn: Connection, table: Table, rows: Iterable[Mapping[str, Any]]) -> None:
    """Insert rows made on the fly, one executemany per slice (the same transaction)."""
    batch: list[Mapping[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) == SLICE:
            bulk.insert_rows(conn, table, batch)
            batch = []
    if batch:
        bulk.insert_rows(conn, table, batch)


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


def _same(a: Mapping[str, Any], b: Mapping[str, Any] | Record, fields: Sequence[Field]) -> bool:
    """Same content: plain ==, which compares aware time stamps as instants and str enums as text."""
    for f in fields:
        if a[f.name] != b[f.name]:
            return False
    return True


def _same_values(a: Mapping[str, Any], names: Sequence[str], values: Sequence[Any]) -> bool:
    """`_same` for a row held as values in the order of `names`."""
    for name, value in zip(names, values, strict=True):
        if a[name] != value:
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
            parent = by_id.get(rec["parent_id"])
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

    # 1. What is already there; immutable records must be identical. A slice at a time, in
    #    file order (so the first difference found is the one reported, as all at once would).
    for key, (kind, fields, table, _extra) in RECORD_LISTS.items():
        recs = records[key]
        if key == "precedents":
            new[key] = []  # reference data, replaced by id: merged after the forum's record (below)
            continue
        existing: set[str] = set()
        for part in bulk.chunks(recs, SLICE):
            db_rows = {r["id"]: r for r in bulk.rows_by(conn, table, "id", [r.id for r in part])}
            existing.update(r.id for r in part if r.id in db_rows)  # the file's strings: shared
            if key in ("plans", "parties"):
                continue  # mutable: the local one is kept (compared below, for the summary)
            for rec in part:
                db_row = db_rows.get(rec.id)
                if db_row is not None and not _same(db_row, rec, fields):
                    raise _differs(kind, rec.id, rec.path)
        present += len(existing)
        new[key] = [r for r in recs if r.id not in existing]
        if key == "revisions":
            _check_children(
                conn,
                recs,
                existing,
                "milestone",
                MILESTONE_FIELDS,
                bulk.MILESTONE,
                "revision_id",
                "milestones",
            )
        elif key == "assessments":
            _check_children(
                conn,
                recs,
                existing,
                "mitigation",
                MITIGATION_FIELDS,
                bulk.MITIGATION,
                "assessment_id",
                "mitigations",
            )
            _check_scores(conn, [r for r in recs if r.id in existing])
    kept_local.extend(_local_settings_differ(conn, records["plans"], records["parties"]))

    # 2. Every reference points at a record in the file or in the database.
    def known(table: Table, ids_in_file: set[str], wanted: Iterable[str]) -> set[str]:
        missing = {i for i in wanted if i is not None and i not in ids_in_file}
        return ids_in_file | bulk.existing_ids(conn, table, missing)

    file_ids = {key: {r.id for r in records[key]} for key in RECORD_LISTS}
    plans = known(
        bulk.PLAN,
        file_ids["plans"],
        [r["plan_id"] for key in ("parties", "commitments") for r in records[key]]
        + [r["target_id"] for r in records["tombstones"] if r["target_kind"] == "plan"],
    )
    commitments = known(
        bulk.COMMITMENT,
        file_ids["commitments"],
        [r["commitment_id"] for key in ("revisions", "assessments", "outcomes") for r in records[key]]
        + [r["target_id"] for r in records["tombstones"] if r["target_kind"] == "commitment"],
    )
    for key in ("parties", "commitments"):
        for r in records[key]:
            if r["plan_id"] not in plans:
                raise _unknown("plan", r["plan_id"], f"{r.path}.plan_id")
    for r in records["outcomes"]:
        if r["commitment_id"] not in commitments:
            raise _unknown("commitment", r["commitment_id"], f"{r.path}.commitment_id")
    for r in records["tombstones"]:
        target_kind, target = r["target_kind"], r["target_id"]
        if target not in (plans if target_kind == "plan" else commitments):
            raise _unknown(target_kind, target, f"{r.path}.target_id")
    revision_owner = {r.id: r["commitment_id"] for r in records["revisions"]}
    wanted = {r["parent_id"] for r in records["revisions"]} | {
        r["revision_id"] for r in records["assessments"]
    }
    wanted = {i for i in wanted if i is not None and i not in revision_owner}
    for row in bulk.rows_by(conn, bulk.REVISION, "id", wanted):
        revision_owner[row["id"]] = row["commitment_id"]
    for r in records["revisions"]:
        if r["commitment_id"] not in commitments:
            raise _unknown("commitment", r["commitment_id"], f"{r.path}.commitment_id")
        parent = r["parent_id"]
        if parent is not None:
            if parent not in revision_owner:
                raise _unknown("revision", parent, f"{r.path}.parent_id")
            if revision_owner[parent] != r["commitment_id"]:
                raise BadFile(f"revision {parent} at {r.path}.parent_id belongs to another commitment")
    assessment_ids = known(
        bulk.ASSESSMENT, file_ids["assessments"], [r["parent_id"] for r in records["assessments"]]
    )
    for r in records["assessments"]:
        if r["commitment_id"] not in commitments:
            raise _unknown("commitment", r["commitment_id"], f"{r.path}.commitment_id")
        rev = r["revision_id"]
        if rev not in revision_owner:
            raise _unknown("revision", rev, f"{r.path}.revision_id")
        if revision_owner[rev] != r["commitment_id"]:
            raise BadFile(f"revision {rev} at {r.path}.revision_id belongs to another commitment")
        if r["parent_id"] is not None and r["parent_id"] not in assessment_ids:
            raise _unknown("assessment", r["parent_id"], f"{r.path}.parent_id")
    assessment_owner = {r.id: r["commitment_id"] for r in records["assessments"]}
    outside = {r["parent_id"] for r in records["assessments"]} - set(assessment_owner) - {None}
    for row in bulk.rows_by(conn, bulk.ASSESSMENT, "id", outside):
        assessment_owner[row["id"]] = row["commitment_id"]
    for r in records["assessments"]:
        parent = r["parent_id"]
        if parent is not None and assessment_owner.get(parent, r["commitment_id"]) != r["commitment_id"]:
            raise BadFile(f"assessment {parent} at {r.path}.parent_id belongs to another commitment")
    _check_forum_records(conn, records, commitments, revision_owner)

    # 3. Insert what is new, parents first, one executemany per slice of a table; each slice's
    #    rows are made from the records just before it is inserted.
    new_revisions: list[RevisionRecord] = _topological(new["revisions"], "revision")
    new_assessments: list[AssessmentRecord] = _topological(new["assessments"], "assessment")
    _insert(conn, bulk.PLAN, ({**r.row, "version": 1} for r in new["plans"]))
    _insert(conn, bulk.PARTY, ({**r.row, "version": 1} for r in new["parties"]))
    _insert(conn, bulk.COMMITMENT, (r.row for r in new["commitments"]))
    _insert(conn, bulk.REVISION, (r.row for r in new_revisions))
    _insert(conn, bulk.MILESTONE, (m for r in new_revisions for m in r.milestone_rows()))
    _insert(conn, bulk.ASSESSMENT, (r.row for r in new_assessments))
    _insert(conn, bulk.FACTOR_SCORE, (s for r in new_assessments for s in r.score_rows()))
    _insert(conn, bulk.MITIGATION, (m for r in new_assessments for m in r.mitigation_rows()))
    _insert(conn, bulk.TOMBSTONE, (r.row for r in new["tombstones"]))
    _insert(conn, bulk.EDITORIAL_MARK, (r.row for r in new["editorial_marks"]))
    _insert(conn, bulk.SIGNING_LOCK, (r.row for r in new["locks"]))
    _insert(conn, bulk.OUTCOME, (r.row for r in new["outcomes"]))

    for key in RECORD_LISTS:
        added[key] = len(new[key])
    if records["precedents"]:
        merged = _merge_precedents(conn, records["precedents"])
        added["precedents"], added["precedents_updated"] = merged[:2]
        present += merged[2]
    added["consensus"] = sum(1 for r in new["assessments"] if r["is_consensus"])
    touched.update(r.id for r in new["commitments"])
    touched.update(
        r["commitment_id"] for key in ("revisions", "assessments", "editorial_marks") for r in new[key]
    )
    touched.update(r["target_id"] for r in new["tombstones"] if r["target_kind"] == "commitment")
    return added, present, kept_local, touched


def _merge_precedents(conn, recs: list[Record]) -> tuple[int, int, int]:
    """The precedent library's rows by id: new ones added, changed ones replaced (the file's copy
    is the newer reading of OGP's data, as a re-imported spreadsheet is); then the search index
    is rebuilt if anything changed. Returns (added, updated, unchanged)."""
    from ..storage.precedents import rebuild_index, upsert_precedent_rows

    added, changed, same = upsert_precedent_rows(conn, [r.row for r in recs])
    if added or changed:
        rebuild_index(conn)
    return added, changed, same


def _check_forum_records(
    conn: Connection,
    records: dict[str, list[Record]],
    commitments: set[str],
    revision_owner: dict[str, str],
) -> None:
    """Editorial marks and locks name a commitment, one of its revisions and (a lock) one of its
    recorded consensus assessments, each in the file or in the database."""
    wanted = {r["revision_id"] for key in ("editorial_marks", "locks") for r in records[key]}
    wanted -= set(revision_owner)
    for row in bulk.rows_by(conn, bulk.REVISION, "id", wanted):
        revision_owner[row["id"]] = row["commitment_id"]
    consensus_owner = {
        r.id: r["commitment_id"] for r in records["assessments"] if r["is_consensus"]
    }
    wanted = {r["consensus_id"] for r in records["locks"]} - set(consensus_owner)
    for row in bulk.rows_by(conn, bulk.ASSESSMENT, "id", wanted):
        if row["is_consensus"]:
            consensus_owner[row["id"]] = row["commitment_id"]
    missing_commitments = {
        r["commitment_id"] for key in ("editorial_marks", "locks") for r in records[key]
    } - commitments
    commitments = commitments | bulk.existing_ids(conn, bulk.COMMITMENT, missing_commitments)
    for key in ("editorial_marks", "locks"):
        for r in records[key]:
            cid = r["commitment_id"]
            if cid not in commitments:
                raise _unknown("commitment", cid, f"{r.path}.commitment_id")
            rev = r["revision_id"]
            if rev not in revision_owner:
                raise _unknown("revision", rev, f"{r.path}.revision_id")
            if revision_owner[rev] != cid:
                raise BadFile(f"revision {rev} at {r.path}.revision_id belongs to another commitment")
            if key == "locks":
                con = r["consensus_id"]
                if con not in consensus_owner:
                    raise _unknown("consensus", con, f"{r.path}.consensus_id")
                if consensus_owner[con] != cid:
                    raise BadFile(f"consensus {con} at {r.path}.consensus_id belongs to another commitment")


def _check_children(
    conn,
    recs: list[Record],
    existing_parents: set[str],
    kind: str,
    fields: Sequence[Field],
    table: Table,
    parent_col: str,
    child: str,
) -> None:
    """Milestones or mitigations: an existing parent must have exactly the file's children; a new
    parent's children must not reuse an id already in the database. A slice of parents at a time,
    in file order."""
    cmp_fields = (*fields, Field(parent_col, "uuid"))
    names = MILESTONE_NAMES if child == "milestones" else MITIGATION_NAMES
    for part in bulk.chunks(recs, SLICE):
        db_children: dict[str, dict[str, Mapping[str, Any]]] = {}
        parents = [r.id for r in part if r.id in existing_parents]
        for row in bulk.rows_by(conn, table, parent_col, parents):
            db_children.setdefault(row[parent_col], {})[row["id"]] = row
        new_child_ids = [c[0] for r in part if r.id not in existing_parents for c in getattr(r, child)]
        clashes = bulk.existing_ids(conn, table, new_child_ids)
        for rec in part:
            if rec.id in existing_parents:
                in_db = db_children.get(rec.id, {})
                in_file = {c[0]: (j, c) for j, c in enumerate(getattr(rec, child))}
                for cid, (j, values) in in_file.items():
                    row = {**dict(zip(names, values, strict=True)), parent_col: rec.id}
                    if cid not in in_db or not _same(in_db[cid], row, cmp_fields):
                        raise _differs(kind, cid, rec.child_path(child, j))
                if set(in_db) - set(in_file):
                    raise _differs(RECORD_KIND[parent_col], rec.id, rec.path)
            else:
                for j, values in enumerate(getattr(rec, child)):
                    if values[0] in clashes:
                        raise _differs(kind, values[0], rec.child_path(child, j))


RECORD_KIND = {"revision_id": "revision", "assessment_id": "assessment"}


def _check_scores(conn, existing: list[AssessmentRecord]) -> None:
    """An assessment already in the database must have exactly the file's factor scores."""
    for part in bulk.chunks(existing, SLICE):
        db_scores: dict[str, dict[str, Mapping[str, Any]]] = {}
        for row in bulk.rows_by(conn, bulk.FACTOR_SCORE, "assessment_id", [r.id for r in part]):
            db_scores.setdefault(row["assessment_id"], {})[row["factor"]] = row
        for rec in part:
            in_db = db_scores.get(rec.id, {})
            if in_db.keys() != {s[0] for s in rec.scores} or not all(
                _same_values(in_db[s[0]], SCORE_NAMES, s[1:]) for s in rec.scores
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
