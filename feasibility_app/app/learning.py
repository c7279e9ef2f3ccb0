"""Learning from what happened: the precedent library, outcomes, calibration (issue 18).

The window's learning views call these; none of them holds Qt. Storage is imported
inside each function, as elsewhere in app/, so importing this module stays cheap.
Everything shown from here is a risk prompt for discussion, not a prediction.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.outcomes import Completion, OpenedGovernment, Outcome, Stage

if TYPE_CHECKING:
    from ..domain.calibration import Calibration
    from ..storage.precedent_search import Match
    from ..storage.repository import Repository


@dataclass(frozen=True)
class PrecedentImport:
    """What an import did, for the message the user reads."""

    added: int
    updated: int
    skipped_no_id: int
    duplicates: int
    library_size: int


def import_precedents_file(
    repo: Repository, path: Path, progress: Callable[[int, int], None] | None = None
) -> PrecedentImport:
    """Read OGP's IRM spreadsheet (.csv or .xlsx) and add or update its rows by id.

    Raises `exchange.irm_sheet.PrecedentFileError` (one line) for a file that cannot be used;
    the database is then unchanged."""
    from ..exchange.irm_sheet import PrecedentFileError, read_precedents
    from ..storage.precedent_search import library_size
    from ..storage.precedents import import_precedents

    sheet = read_precedents(Path(path))
    if not sheet.precedents:
        raise PrecedentFileError(f"{Path(path).name} has the IRM columns but no row with an identifier")
    counts = import_precedents(repo.db, sheet.precedents, progress)
    return PrecedentImport(
        counts.added, counts.updated, sheet.skipped_no_id, sheet.duplicates, library_size(repo)
    )


def precedent_library_size(repo: Repository) -> int:
    from ..storage.precedent_search import library_size

    return library_size(repo)


def similar_precedents(repo: Repository, text: str, top: int = 5) -> list[Match]:
    """The past commitments most like a draft, best first, with the words they share."""
    from ..storage.precedent_search import find_similar

    return find_similar(repo, text, top)


def outcomes_of(repo: Repository, commitment_id: str) -> list[Outcome]:
    """A commitment's recorded outcomes, oldest first."""
    return repo.outcomes([commitment_id]).get(commitment_id, [])


def record_outcome(
    repo: Repository,
    commitment_id: str,
    completion: Completion,
    stage: Stage = Stage.END_OF_TERM,
    opened_government: OpenedGovernment | None = None,
    source: str = "",
    reported_on: date | None = None,
    author: str = "",
) -> Outcome:
    """Record what happened to a commitment (a new, immutable record: the newest per stage counts)."""
    from ..storage.outcomes import record_outcome as store

    return store(
        repo.db,
        commitment_id,
        completion,
        stage=stage,
        opened_government=opened_government,
        source=source,
        reported_on=reported_on,
        author=author,
    )


def plan_calibration(source: Repository | Any, plan_id: str | None) -> Calibration:
    """Band at signing against what happened, for one plan (or every plan with None).

    The one filter the Track record tab's plan picker and `calibration --plan` share;
    `source` is the repository or the standard-library SQLite reader (the CLI's fast path)."""
    from ..storage.track_record import read_calibration

    return read_calibration(source, plan_id)
