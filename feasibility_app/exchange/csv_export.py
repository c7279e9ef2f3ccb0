"""A spreadsheet of who scored what: one row per commitment × factor × assessor.

Each assessor's newest assessment counts (the same rule as the app's result,
``newest_per_assessor``), plus the newest recorded consensus as assessor
"consensus". Deleted commitments (and, when exporting everything, deleted
plans) are left out. UTF-8 with a byte-order mark, so Excel shows accents
right; written atomically like the exchange file.

A cell that starts with = + - @ (or a tab or carriage return) gets a leading
apostrophe, so a spreadsheet shows the text instead of running it as a
formula (text from an imported file is not trusted).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..domain.assessing import newest_consensus, newest_per_assessor
from ..domain.factors import FACTOR_KEYS, Evidence, Level, Role
from ..domain.model import Assessment, FactorScore
from ..storage import bulk
from .export import write_atomically

COLUMNS = ("plan", "commitment", "party", "assessor", "factor", "level", "evidence", "rationale")
CONSENSUS_ASSESSOR = "consensus"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value


def _deleted(tombstones: list[Mapping[str, Any]], kind: str) -> set[str]:
    """Targets whose newest delete/restore record is a delete (same rule as the repository)."""
    latest: dict[str, tuple] = {}
    for t in tombstones:
        if t["target_kind"] != kind:
            continue
        key = (t["created_at"], t["id"])
        if t["target_id"] not in latest or key > latest[t["target_id"]][0]:
            latest[t["target_id"]] = (key, t["action"])
    return {target for target, (_key, action) in latest.items() if action == "delete"}


def csv_rows(repo, plan_id: str | None = None) -> list[tuple[str, ...]]:
    """The data rows (without the header), in plan, commitment, factor, assessor order."""
    with bulk.snapshot(repo.db) as conn:
        rows = bulk.export_rows(conn, plan_id)
    dead_plans = set() if plan_id is not None else _deleted(rows["tombstones"], "plan")
    dead_commitments = _deleted(rows["tombstones"], "commitment")
    plans = {p["id"]: p for p in rows["plans"] if p["id"] not in dead_plans}
    parties = {p["id"]: p for p in rows["parties"]}
    title: dict[str, tuple] = {}  # commitment -> ((created_at, id), title) of its newest revision
    for r in rows["revisions"]:
        key = (r["created_at"], r["id"])
        if r["commitment_id"] not in title or key > title[r["commitment_id"]][0]:
            title[r["commitment_id"]] = (key, r["title"])
    scores: dict[str, dict[str, FactorScore]] = {}
    for s in rows["factor_scores"]:
        if s["factor"] in FACTOR_KEYS:
            scores.setdefault(s["assessment_id"], {})[s["factor"]] = FactorScore(
                Level(s["level"]), Evidence(s["evidence"]), s["rationale"]
            )
    by_commitment: dict[str, list[Assessment]] = {}
    for a in rows["assessments"]:
        by_commitment.setdefault(a["commitment_id"], []).append(
            Assessment(
                id=a["id"],
                commitment_id=a["commitment_id"],
                revision_id=a["revision_id"],
                assessor=a["assessor"],
                role=Role(a["role"]),
                created_at=a["created_at"],
                scores={k: scores.get(a["id"], {}).get(k, FactorScore()) for k in FACTOR_KEYS},
                party_id=a["party_id"],
                is_consensus=bool(a["is_consensus"]),
            )
        )

    def party(a: Assessment) -> str:
        p = parties.get(a.party_id or "")
        return f"{p['name']} ({a.role.value})" if p else a.role.value

    commitments = [
        c for c in rows["commitments"] if c["plan_id"] in plans and c["id"] not in dead_commitments
    ]
    plan_order = {pid: i for i, pid in enumerate(plans)}
    commitments.sort(key=lambda c: (plan_order[c["plan_id"]], title.get(c["id"], ((), ""))[1], c["id"]))
    out: list[tuple[str, ...]] = []
    for c in commitments:
        assessments = by_commitment.get(c["id"], [])
        current = [(a.assessor, a) for a in newest_per_assessor(assessments)]
        consensus = newest_consensus(assessments)
        if consensus is not None:
            current.append((CONSENSUS_ASSESSOR, consensus))
        plan_title = plans[c["plan_id"]]["title"]
        commitment_title = title.get(c["id"], ((), ""))[1]
        for key in FACTOR_KEYS:
            for assessor, a in current:
                s = a.scores[key]
                out.append(
                    tuple(
                        _cell(v)
                        for v in (
                            plan_title,
                            commitment_title,
                            party(a),
                            assessor,
                            key,
                            s.level.value,
                            s.evidence.value,
                            s.rationale,
                        )
                    )
                )
    return out


def export_csv(repo, out: Path, plan_id: str | None = None) -> int:
    """Write the CSV of one plan (or all plans) atomically; returns the number of data rows."""
    rows = csv_rows(repo, plan_id)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(rows)
    write_atomically(Path(out), buf.getvalue().encode("utf-8-sig"))
    return len(rows)


__all__ = ["COLUMNS", "CONSENSUS_ASSESSOR", "csv_rows", "export_csv"]
