"""A plan's (or every plan's) calibration, read through either source.

Works with the repository or with the standard-library SQLite reader, so the
portfolio report keeps its fast path: no SQLAlchemy imported here.
"""

from __future__ import annotations

from typing import Any

from ..domain.calibration import Calibration, calibration_from


def read_calibration(source: Any, plan_id: str | None = None) -> Calibration:
    """Calibration over the commitments (not deleted) of one plan, or of all plans."""
    ids = [s.id for s in source.summaries(plan_id)]
    snapshots = source.snapshots(ids)
    return calibration_from(snapshots, source.outcomes(ids))
