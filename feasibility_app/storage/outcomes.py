"""Recording what happened to our commitments (outcomes), and reading them back.

Outcomes are immutable records like assessments: a correction is a newer record,
so exchange files from several laptops merge them by id without loss, and the
newest judgement per stage is the one that counts (domain.outcomes.latest_outcome).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import select

from ..domain.outcomes import Completion, OpenedGovernment, Outcome, Stage
from .database import Database
from .from_rows import outcome_from_row, outcomes_by_commitment
from .models import CommitmentRow, OutcomeRow, new_id, utcnow

CHUNK = 500


def record_outcome(
    db: Database,
    commitment_id: str,
    completion: Completion,
    *,
    stage: Stage = Stage.END_OF_TERM,
    opened_government: OpenedGovernment | None = None,
    source: str = "",
    reported_on: date | None = None,
    author: str = "",
    outcome_id: str | None = None,
    recorded_at: datetime | None = None,
) -> Outcome:
    """Add one outcome record for a commitment; returns it as stored."""
    with db.session() as s:
        if s.get(CommitmentRow, commitment_id) is None:
            from .errors import NotFound

            raise NotFound(f"no commitment has the id {commitment_id!r}")
        row = OutcomeRow(
            id=outcome_id or new_id(),
            commitment_id=commitment_id,
            stage=Stage(stage).value,
            completion=Completion(completion).value,
            opened_government=OpenedGovernment(opened_government).value if opened_government else None,
            source=source.strip(),
            reported_on=reported_on,
            recorded_at=recorded_at or utcnow(),
            author=author,
        )
        s.add(row)
        s.flush()
        return outcome_from_row(row)


def outcomes(db: Database, commitment_ids: Sequence[str] | None = None) -> dict[str, list[Outcome]]:
    """Each commitment's outcomes, oldest first (every commitment's when ids is None)."""
    rows: list[OutcomeRow] = []
    with db.session() as s:
        if commitment_ids is None:
            rows = list(s.scalars(select(OutcomeRow)))
        else:
            ids = list(commitment_ids)
            for start in range(0, len(ids), CHUNK):
                rows += s.scalars(
                    select(OutcomeRow).where(OutcomeRow.commitment_id.in_(ids[start : start + CHUNK]))
                )
        return outcomes_by_commitment(rows)
