"""Rows to domain values and back; the only place that knows both shapes."""

from __future__ import annotations

from ..domain.factors import FACTOR_KEYS, Evidence, Level, Potential, Role, Status
from ..domain.model import (
    Assessment,
    CommitmentFields,
    FactorScore,
    IrmPrecheck,
    Milestone,
    Mitigation,
    Party,
    Plan,
    Revision,
)
from ..domain.scoring import default_weights
from .models import (
    AssessmentRow,
    FactorScoreRow,
    MilestoneRow,
    MitigationRow,
    PartyRow,
    PlanRow,
    RevisionRow,
)


def plan_from_row(row: PlanRow) -> Plan:
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
    )


def party_from_row(row: PartyRow) -> Party:
    return Party(row.id, row.plan_id, row.name, Role(row.role), row.version)


def fields_from_row(row: RevisionRow) -> CommitmentFields:
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
    )


def revision_from_row(row: RevisionRow) -> Revision:
    return Revision(
        row.id, row.commitment_id, row.parent_id, row.author, row.created_at, fields_from_row(row)
    )


def revision_row(
    commitment_id: str, fields: CommitmentFields, author: str, parent_id: str | None
) -> RevisionRow:
    row = RevisionRow(
        commitment_id=commitment_id,
        parent_id=parent_id,
        author=author,
        title=fields.title,
        problem=fields.problem,
        status_quo=fields.status_quo,
        draft_text=fields.draft_text,
        how_it_helps=fields.how_it_helps,
        og_values=list(fields.og_values),
        lead_agency=fields.lead_agency,
        other_actors_government=fields.other_actors_government,
        other_actors_cso=fields.other_actors_cso,
        budget_note=fields.budget_note,
        start_date=fields.start,
        end_date=fields.end,
        status=Status(fields.status).value,
        language=fields.language,
    )
    row.milestones = [
        MilestoneRow(position=i, output=m.output, start_date=m.start, end_date=m.end)
        for i, m in enumerate(fields.milestones)
    ]
    return row


def assessment_from_row(row: AssessmentRow) -> Assessment:
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
    )


def assessment_row(a: Assessment) -> AssessmentRow:
    row = AssessmentRow(
        id=a.id,
        commitment_id=a.commitment_id,
        revision_id=a.revision_id,
        parent_id=a.parent_id,
        party_id=a.party_id,
        assessor=a.assessor,
        role=Role(a.role).value,
        is_consensus=a.is_consensus,
        created_at=a.created_at,
        irm_verifiable=a.irm.verifiable,
        irm_values=list(a.irm.values),
        irm_lens_note=a.irm.lens_note,
        irm_potential=Potential(a.irm.potential).value,
    )
    row.scores = [
        FactorScoreRow(
            factor=key,
            level=Level(s.level).value,
            evidence=Evidence(s.evidence).value,
            rationale=s.rationale,
            consensus_note=s.consensus_note,
        )
        for key, s in a.scores.items()
    ]
    row.mitigations = [
        MitigationRow(factor=key, position=i, action=m.action, owner=m.owner, due_date=m.due)
        for key, s in a.scores.items()
        for i, m in enumerate(s.mitigations)
    ]
    return row
