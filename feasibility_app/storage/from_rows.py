"""Stored rows to domain values, and whole commitment snapshots from them.

Rows are anything with the table's column names as attributes: ORM objects
(the repository), or plain namespaces read with the standard library
(``sqlite_reader``, the report command's fast path). Keeping one conversion and
one assembly for both is what makes the two paths give equal snapshots, and so
the same report fingerprint. No SQLAlchemy here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ..domain.assessing import CommitmentSnapshot, effective_result
from ..domain.factors import FACTOR_KEYS, Evidence, Level, Potential, Role, Status
from ..domain.forum import current_texts
from ..domain.model import (
    Assessment,
    CommitmentFields,
    EditorialMark,
    FactorScore,
    IrmPrecheck,
    Milestone,
    Mitigation,
    Party,
    Plan,
    Revision,
    SigningLock,
)
from ..domain.scoring import default_weights
from .errors import NotFound

Row = Any  # an object with the table's columns (and child lists) as attributes


def plan_from_row(row: Row) -> Plan:
    weights = default_weights()
    weights.update({k: float(v) for k, v in (row.weights or {}).items() if k in weights})
    return Plan(
        id=row.id,
        country=row.country,
        title=row.title,
        start=row.start_date,
        end=row.end_date,
        weights=weights,
        parties=tuple(party_from_row(p) for p in row.parties),
        version=row.version,
        lead_level=row.lead_level or "",
    )


def party_from_row(row: Row) -> Party:
    return Party(row.id, row.plan_id, row.name, Role(row.role), row.version)


def fields_from_row(row: Row) -> CommitmentFields:
    return CommitmentFields(
        title=row.title,
        problem=row.problem,
        status_quo=row.status_quo,
        draft_text=row.draft_text,
        how_it_helps=row.how_it_helps,
        og_values=tuple(row.og_values or ()),
        lead_agency=row.lead_agency,
        other_actors_government=row.other_actors_government,
        other_actors_cso=row.other_actors_cso,
        budget_note=row.budget_note,
        start=row.start_date,
        end=row.end_date,
        status=Status(row.status),
        language=row.language,
        milestones=tuple(Milestone(m.output, m.start_date, m.end_date) for m in row.milestones),
        lead_level=row.lead_level or "",
    )


def revision_from_row(row: Row) -> Revision:
    return Revision(
        row.id, row.commitment_id, row.parent_id, row.author, row.created_at, fields_from_row(row)
    )


def assessment_from_row(row: Row) -> Assessment:
    mitigations: dict[str, list[Mitigation]] = {}
    for m in row.mitigations:
        mitigations.setdefault(m.factor, []).append(Mitigation(m.action, m.owner, m.due_date))
    scores = {key: FactorScore() for key in FACTOR_KEYS}
    for s in row.scores:
        if s.factor in scores:
            scores[s.factor] = FactorScore(
                Level(s.level),
                Evidence(s.evidence),
                s.rationale,
                tuple(mitigations.get(s.factor, ())),
                s.consensus_note,
                tuple(getattr(s, "accepted_by", None) or ()),
            )
    irm = IrmPrecheck(
        verifiable=row.irm_verifiable,
        values=tuple(row.irm_values or ()),
        lens_note=row.irm_lens_note,
        potential=Potential(row.irm_potential),
    )
    return Assessment(
        id=row.id,
        commitment_id=row.commitment_id,
        revision_id=row.revision_id,
        assessor=row.assessor,
        role=Role(row.role),
        created_at=row.created_at,
        scores=scores,
        irm=irm,
        party_id=row.party_id,
        is_consensus=row.is_consensus,
        parent_id=row.parent_id,
        parties_present=tuple(getattr(row, "parties_present", None) or ()),
    )


def mark_from_row(row: Row) -> EditorialMark:
    return EditorialMark(row.id, row.commitment_id, row.revision_id, row.marked_by, row.created_at)


def lock_from_row(row: Row) -> SigningLock:
    return SigningLock(
        row.id,
        row.commitment_id,
        row.revision_id,
        row.consensus_id,
        row.fingerprint,
        row.locked_by,
        row.created_at,
    )


def assemble_snapshots(
    ids: Sequence[str],
    plan_of: Mapping[str, str],
    plans: Mapping[str, Plan],
    current: Mapping[str, Row],
    assessments: Mapping[str, Sequence[Row]],
    deleted: set[str],
    parents: Mapping[str, Mapping[str, str | None]] | None = None,
    marks: Mapping[str, Sequence[Row]] | None = None,
    locks: Mapping[str, Sequence[Row]] | None = None,
) -> list[CommitmentSnapshot]:
    """One snapshot per id, in the order asked: the commitment's plan, current revision and assessments.

    `plan_of` maps commitment id to plan id; `current` holds each commitment's newest revision
    row; `assessments` its assessment rows, oldest first; `parents` each commitment's revision
    id -> parent id; `marks` and `locks` its editorial mark and signing lock rows.
    """
    missing = [cid for cid in ids if cid not in plan_of]
    if missing:
        raise NotFound(f"no commitment has the id {missing[0]!r}")
    result = []
    for cid in ids:
        plan = plans[plan_of[cid]]
        found = [assessment_from_row(row) for row in assessments.get(cid, ())]
        rev = current[cid]
        its_marks = tuple(mark_from_row(m) for m in (marks or {}).get(cid, ()))
        texts = current_texts((parents or {}).get(cid, {}), its_marks, rev.id)
        result.append(
            CommitmentSnapshot(
                cid,
                plan,
                revision_from_row(rev),
                tuple(found),
                effective_result(found, plan.weights, plan.parties, texts),
                cid in deleted,
                texts,
                its_marks,
                tuple(lock_from_row(lk) for lk in (locks or {}).get(cid, ())),
            )
        )
    return result
