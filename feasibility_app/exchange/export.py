"""Writing an exchange file: the database's rows as the format's JSON, one record per line."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import __version__, atomic
from ..domain.factors import FACTOR_KEYS
from ..storage import bulk
from . import ExchangeError
from .schema import (
    ASSESSMENT_FIELDS,
    COMMITMENT_FIELDS,
    EDITORIAL_MARK_FIELDS,
    FORMAT_NAME,
    LOCK_FIELDS,
    MILESTONE_FIELDS,
    MITIGATION_FIELDS,
    OUTCOME_FIELDS,
    PARTY_FIELDS,
    PLAN_FIELDS,
    PRECEDENT_FIELDS,
    REVISION_FIELDS,
    SCORE_FIELDS,
    TOMBSTONE_FIELDS,
    Field,
    needed_version,
)

if TYPE_CHECKING:
    from ..storage.repository import Repository


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC).isoformat().replace("+00:00", "Z")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    return value


def _record(row: Mapping[str, Any], fields: Sequence[Field]) -> dict[str, Any]:
    return {
        f.name: _json_value(row[f.name])
        for f in fields
        if not (f.optional and (row[f.name] is None or row[f.name] == f.default))
    }


def export_document(
    repo: Repository, plan_id: str | None = None, with_precedents: bool = False
) -> dict[str, Any]:
    """The exchange document of one plan (or all) as plain JSON values, read from one snapshot.

    `with_precedents`: add the precedent library (reference data, large: only on request)."""
    with bulk.snapshot(repo.db) as conn:
        rows = bulk.export_rows(conn, plan_id)
        if with_precedents:
            from sqlalchemy import select

            columns = (bulk.PRECEDENT.c[f.name] for f in PRECEDENT_FIELDS)
            query = select(*columns).order_by(bulk.PRECEDENT.c.id)
            precedents = [_record(r, PRECEDENT_FIELDS) for r in conn.execute(query).mappings()]
    if plan_id is not None and not rows["plans"]:
        raise ExchangeError(f"no action plan has the id {plan_id!r}")
    milestones: dict[str, list[dict]] = {}
    for m in rows["milestones"]:
        milestones.setdefault(m["revision_id"], []).append(_record(m, MILESTONE_FIELDS))
    scores: dict[str, dict[str, dict]] = {}
    for s in rows["factor_scores"]:
        scores.setdefault(s["assessment_id"], {})[s["factor"]] = _record(s, SCORE_FIELDS)
    mitigations: dict[str, list[dict]] = {}
    for m in rows["mitigations"]:
        mitigations.setdefault(m["assessment_id"], []).append(_record(m, MITIGATION_FIELDS))
    revisions = []
    for r in rows["revisions"]:
        rec = _record(r, REVISION_FIELDS)
        rec["milestones"] = milestones.get(r["id"], [])
        revisions.append(rec)
    assessments = []
    for a in rows["assessments"]:
        rec = _record(a, ASSESSMENT_FIELDS)
        rec["scores"] = {k: v for k, v in sorted(scores.get(a["id"], {}).items(), key=_factor_order)}
        rec["mitigations"] = mitigations.get(a["id"], [])
        assessments.append(rec)
    plans = [_record(r, PLAN_FIELDS) for r in rows["plans"]]
    return {
        "format": FORMAT_NAME,
        "version": needed_version(plans, with_precedents),
        "exported_at": _json_value(datetime.now(UTC)),
        "app_version": __version__,
        "plan_id": plan_id,
        "plans": plans,
        "parties": [_record(r, PARTY_FIELDS) for r in rows["parties"]],
        "commitments": [_record(r, COMMITMENT_FIELDS) for r in rows["commitments"]],
        "revisions": revisions,
        "assessments": assessments,
        "tombstones": [_record(r, TOMBSTONE_FIELDS) for r in rows["tombstones"]],
        "editorial_marks": [_record(r, EDITORIAL_MARK_FIELDS) for r in rows["editorial_marks"]],
        "locks": [_record(r, LOCK_FIELDS) for r in rows["locks"]],
        # optional (schema.OPTIONAL_LISTS): written only when there is something to write
        **({"outcomes": [_record(r, OUTCOME_FIELDS) for r in rows["outcomes"]]} if rows["outcomes"] else {}),
        # on request (schema.ON_REQUEST_LISTS): the library, even when it is empty
        **({"precedents": precedents} if with_precedents else {}),
    }


def _factor_order(item: tuple[str, Any]) -> int:
    key = item[0]
    return FACTOR_KEYS.index(key) if key in FACTOR_KEYS else len(FACTOR_KEYS)


def dumps_document(doc: Mapping[str, Any]) -> str:
    """The file's text: the header, then one record per line (readable, diffable, fast to write)."""
    enc = json.JSONEncoder(ensure_ascii=False, allow_nan=False).encode
    lines = ["{"]
    keys = list(doc)
    for n, key in enumerate(keys):
        value = doc[key]
        tail = "" if n == len(keys) - 1 else ","
        if isinstance(value, list):
            if not value:
                lines.append(f"{enc(key)}: []{tail}")
                continue
            lines.append(f"{enc(key)}: [")
            last = len(value) - 1
            lines.extend(f"  {enc(item)}{'' if i == last else ','}" for i, item in enumerate(value))
            lines.append(f"]{tail}")
        else:
            lines.append(f"{enc(key)}: {enc(value)}{tail}")
    lines.append("}")
    return "\n".join(lines) + "\n"


def write_atomically(out: Path, data: bytes) -> None:
    """All or nothing (feasibility_app.atomic): a reader sees the old file or the new one."""
    try:
        atomic.write_bytes_atomically(Path(out), data)
    except atomic.AtomicWriteError as exc:
        raise ExchangeError(f"cannot write {out}: {exc.reason}") from None
