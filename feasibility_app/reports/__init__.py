"""PDF reports (reportlab). Imported only when a report is written: reportlab costs start-up time."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from ..domain.assessing import CommitmentSnapshot
    from ..domain.model import Plan
    from ..domain.outcomes import Outcome
    from ..storage.summary import CommitmentSummary


class ReportError(Exception):
    """A report could not be written; the message says why and what to do (CLI exit 3)."""


class ReportCancelled(ReportError):
    """The user cancelled a background export; no file was written."""


class ReportSource(Protocol):
    """What a report reads: the repository, or the SQLAlchemy-free reader of the report command."""

    def plan(self, plan_id: str) -> Plan: ...

    def summaries(self, plan_id: str | None = None) -> list[CommitmentSummary]: ...

    def snapshot(self, commitment_id: str) -> CommitmentSnapshot: ...

    def snapshots(self, commitment_ids: Sequence[str]) -> list[CommitmentSnapshot]: ...

    def outcomes(self, commitment_ids: Sequence[str]) -> dict[str, list[Outcome]]: ...
