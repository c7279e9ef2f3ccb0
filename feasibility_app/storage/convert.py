"""Domain values to ORM rows, for saving. Reading them back is ``from_rows`` (no SQLAlchemy)."""

from __future__ import annotations

from ..domain.factors import Evidence, Level, OGValue, Potential, Role, Status
from ..domain.model import Assessment, CommitmentFields
from .models import (
    AssessmentRow,
    FactorScoreRow,
    MilestoneRow,
    MitigationRow,
    RevisionRow,
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
        og_values=[OGValue(v).value for v in fields.og_values],  # as every enum: refused here, not on read
        lead_agency=fields.lead_agency,
        other_actors_government=fields.other_actors_government,
        other_actors_cso=fields.other_actors_cso,
        budget_note=fields.budget_note,
        start_date=fields.start,
        end_date=fields.end,
        status=Status(fields.status).value,
        language=fields.language,
        lead_level=fields.lead_level,
    )
    row.milestones = [
        MilestoneRow(position=i, output=m.output, start_date=m.start, end_date=m.end)
        for i, m in enumerate(fields.milestones)
    ]
    return row


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
        irm_values=[OGValue(v).value for v in a.irm.values],
        irm_lens_note=a.irm.lens_note,
        irm_potential=Potential(a.irm.potential).value,
        parties_present=list(a.parties_present),
    )
    row.scores = [
        FactorScoreRow(
            factor=key,
            level=Level(s.level).value,
            evidence=Evidence(s.evidence).value,
            rationale=s.rationale,
            consensus_note=s.consensus_note,
            accepted_by=list(s.accepted_by),
        )
        for key, s in a.scores.items()
    ]
    row.mitigations = [
        MitigationRow(factor=key, position=i, action=m.action, owner=m.owner, due_date=m.due)
        for key, s in a.scores.items()
        for i, m in enumerate(s.mitigations)
    ]
    return row
