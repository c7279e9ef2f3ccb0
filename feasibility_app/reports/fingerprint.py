"""A content fingerprint of what was scored, printed on every report page.

Months after signing, a reviewer holding a printed report can recompute the
fingerprint from the database (or an exchange file) and see whether the paper
matches what was scored. So the fingerprint covers the scored data only (the
commitment, the revision's text and milestones, every assessment, the plan's
weights, which revisions were marked editorial) and never the print date, the
report language or the app version: the same data always gives the same 64 hex
characters.

The serialisation is explicit, field by field, under a schema tag, so a new
model field does not silently change every fingerprint: adding one to the
fingerprint is a decision (bump ``SCHEMA``). Pure Python: no reportlab here.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any

from ..domain.assessing import CommitmentSnapshot
from ..domain.factors import FACTOR_KEYS
from ..domain.model import Assessment, CommitmentFields, FactorScore, IrmPrecheck, Plan, Revision
from ..domain.scoring import default_weights

SCHEMA = "feasibility-fingerprint/2"  # 2: parties present, accepted blocks, editorial marks
PLAN_SCHEMA = "feasibility-plan-fingerprint/1"


def _text(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        if value.tzinfo is None:  # storage hands out UTC; a naive time is taken as UTC
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    if isinstance(value, date):
        return value.isoformat()
    return value


def _fields(f: CommitmentFields) -> dict[str, Any]:
    return {
        "title": f.title,
        "problem": f.problem,
        "status_quo": f.status_quo,
        "draft_text": f.draft_text,
        "how_it_helps": f.how_it_helps,
        "og_values": list(f.og_values),
        "lead_agency": f.lead_agency,
        "other_actors_government": f.other_actors_government,
        "other_actors_cso": f.other_actors_cso,
        "budget_note": f.budget_note,
        "start": _text(f.start),
        "end": _text(f.end),
        "status": _text(f.status),
        "language": f.language,
        "milestones": [
            {"output": m.output, "start": _text(m.start), "end": _text(m.end)} for m in f.milestones
        ],
        # Recorded only when set, so every fingerprint printed before the field existed still
        # verifies (no SCHEMA bump): the lead agency's level decides which wording is flagged.
        **({"lead_level": f.lead_level} if f.lead_level else {}),
    }


def _revision(r: Revision) -> dict[str, Any]:
    return {
        "id": r.id,
        "parent_id": r.parent_id,
        "author": r.author,
        "created_at": _text(r.created_at),
        "fields": _fields(r.fields),
    }


def _score(s: FactorScore) -> dict[str, Any]:
    return {
        "level": _text(s.level),
        "evidence": _text(s.evidence),
        "rationale": s.rationale,
        "consensus_note": s.consensus_note,
        "accepted_by": sorted(s.accepted_by),
        "mitigations": [{"action": m.action, "owner": m.owner, "due": _text(m.due)} for m in s.mitigations],
    }


def _irm(irm: IrmPrecheck) -> dict[str, Any]:
    return {
        "verifiable": irm.verifiable,
        "values": list(irm.values),
        "lens_note": irm.lens_note,
        "potential": _text(irm.potential),
    }


def _assessment(a: Assessment) -> dict[str, Any]:
    return {
        "id": a.id,
        "revision_id": a.revision_id,
        "assessor": a.assessor,
        "role": _text(a.role),
        "party_id": a.party_id,
        "is_consensus": a.is_consensus,
        "parties_present": sorted(a.parties_present),
        "parent_id": a.parent_id,
        "created_at": _text(a.created_at),
        "scores": {key: _score(a.scores.get(key, FactorScore())) for key in FACTOR_KEYS},
        "irm": _irm(a.irm),
    }


def effective_weights(weights: Mapping[str, float] | None) -> dict[str, float]:
    """The weights scoring uses: missing keys weigh 1, so `{}` and all-ones fingerprint alike."""
    result = default_weights()
    for key, value in (weights or {}).items():
        if key in result and isinstance(value, (int, float)) and math.isfinite(value):
            result[key] = float(value)
    return result


def canonical_data(snapshot: CommitmentSnapshot) -> dict[str, Any]:
    """The scored data of one commitment as plain JSON values (what the fingerprint hashes)."""
    return {
        "schema": SCHEMA,
        "commitment_id": snapshot.commitment_id,
        "plan_id": snapshot.plan.id,
        "weights": effective_weights(snapshot.plan.weights),
        "revision": _revision(snapshot.revision),
        "assessments": [
            _assessment(a) for a in sorted(snapshot.assessments, key=lambda a: (_text(a.created_at), a.id))
        ],
        # editorial marks decide which assessments and consensus still describe the text
        "editorial_revisions": sorted(m.revision_id for m in snapshot.marks),
    }


def canonical_json(data: Any) -> bytes:
    """Sorted keys, no whitespace, UTF-8: one byte string per value, on every machine."""
    return json.dumps(
        data, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False
    ).encode("utf-8")


def fingerprint(snapshot: CommitmentSnapshot) -> str:
    """SHA-256 (64 lowercase hex characters) of one commitment's scored data."""
    return hashlib.sha256(canonical_json(canonical_data(snapshot))).hexdigest()


def plan_fingerprint(plan: Plan, commitment_fingerprints: Iterable[str]) -> str:
    """SHA-256 of a portfolio: the plan's id and weights, and its commitments' fingerprints (any order)."""
    data = {
        "schema": PLAN_SCHEMA,
        "plan_id": plan.id,
        "weights": effective_weights(plan.weights),
        "commitments": sorted(commitment_fingerprints),
    }
    return hashlib.sha256(canonical_json(data)).hexdigest()


def short(fp: str, length: int = 16) -> str:
    """The footer's form: the first characters, enough to tell two copies apart at a glance."""
    return fp[:length]
