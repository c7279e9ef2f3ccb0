"""Exchange files: what workshop laptops swap so their work merges without loss.

An exchange file is JSON (format "feasibility-exchange", version 2, or 3 with format-3 items; see
docs/exchange.md and resources/exchange/feasibility-exchange-3.schema.json;
format 1 files still import).
Import is a union by id, in one transaction (the rules are in ``merge``). A bad
file is refused with one message naming what is wrong and where (a JSON path
such as ``$.assessments[2].scores.budget.level``), and the database is left
unchanged.

This module is the front door used by the CLI and the window: the entry points
below, and the size limit they share. The work is done by ``schema`` (the
fields of each record), ``export`` (rows to JSON), ``parse`` (bytes to JSON),
``validate`` (JSON to checked records), ``stream`` (both in one pass, for an
import), ``merge`` (records into the database) and ``summaries`` (what was done,
in one line).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..storage import bulk
from . import ExchangeError
from .export import dumps_document, export_document, write_atomically
from .merge import merge_records
from .parse import load_json
from .schema import FORMAT_NAME, FORMAT_VERSION, RECORD_LISTS
from .stream import load_records
from .summaries import ExportSummary, ImportSummary, size_text
from .validate import BadFile, check_document

if TYPE_CHECKING:
    from ..storage.repository import Repository

# 1 GB: a 10,000-commitment secretariat exports in one file (import memory is bounded: 163 MB
# peak for 59 MB). Checked before reading; export refuses to write more.
MAX_FILE_BYTES = 1024 * 1024 * 1024
SUMMARY_CHUNK = 1000  # commitments whose summaries an import rebuilds at a time


def export_exchange(
    repo: Repository, out: Path, plan_id: str | None = None, *, with_precedents: bool = False
) -> ExportSummary:
    """Write the exchange file of one plan (or all plans) atomically to `out`.

    `with_precedents`: add the precedent library (off by default: it is OGP's reference data,
    often larger than the forum's own record)."""
    doc = export_document(repo, plan_id, with_precedents)
    data = dumps_document(doc).encode("utf-8")
    if len(data) > MAX_FILE_BYTES:
        raise ExchangeError(
            f"the exchange file would be {size_text(len(data))}, over the {size_text(MAX_FILE_BYTES)} "
            "an import accepts; export one plan at a time (--plan)"
        )
    write_atomically(Path(out), data)
    consensus = sum(1 for a in doc["assessments"] if a["is_consensus"])
    counts = {key: len(doc.get(key, ())) for key in RECORD_LISTS}
    counts["consensus"] = consensus
    counts["assessments"] -= consensus
    return ExportSummary(Path(out), counts, len(data))


def read_exchange(path: Path) -> dict[str, Any]:
    """Parse and check an exchange file without touching any database; returns the document.

    For a preview (plans, counts) before importing. Raises ExchangeError naming
    what is wrong. References to records that may already be in a database are
    not checked here; ``import_exchange(repo, path, dry_run=True)`` checks those.
    """
    path = Path(path)
    try:
        doc = load_json(path, MAX_FILE_BYTES)
        check_document(doc)
    except BadFile as exc:
        raise ExchangeError(f"{path.name}: {exc}") from None
    return doc


def import_exchange(repo: Repository, path: Path, *, dry_run: bool = False) -> ImportSummary:
    """Merge an exchange file into the database: all of it in one transaction, or nothing.

    With dry_run the same checks run and the transaction is rolled back: the
    summary says what an import would add.
    """
    path = Path(path)
    try:
        # read and checked in one pass: the parsed document is never whole in memory
        records = load_records(path, MAX_FILE_BYTES)
    except BadFile as exc:
        raise ExchangeError(f"{path.name}: {exc}") from None

    class _Rollback(Exception):
        pass

    counts_in_file = {key: len(records[key]) for key in RECORD_LISTS}
    commitment_ids = [r.id for r in records["commitments"]]
    result: tuple | None = None
    try:
        with bulk.write_transaction(repo.db, serialize="feasibility-import") as conn:
            result = merge_records(conn, records)
            del records  # inserted: free them before the summary rebuild reads rows back
            if dry_run:
                raise _Rollback
            touched = result[3] | bulk.missing_summaries(conn, commitment_ids)
            # The summary cache is rebuilt in the same transaction: a crash cannot leave
            # imported commitments without their navigator rows. A slice of commitments at
            # a time, so its working set stays small whatever the file's size.
            ordered = sorted(touched)
            for i in range(0, len(ordered), SUMMARY_CHUNK):
                bulk.rebuild_summaries(conn, ordered[i : i + SUMMARY_CHUNK])
    except _Rollback:
        pass
    except BadFile as exc:
        raise ExchangeError(f"{path.name}: {exc}") from None
    added, present, kept_local, touched = result
    return ImportSummary(
        added=added,
        already_present=present,
        kept_local=tuple(kept_local),
        commitment_ids=tuple(sorted(touched)),
        dry_run=dry_run,
        counts_in_file=counts_in_file,
    )


__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "MAX_FILE_BYTES",
    "ExportSummary",
    "ImportSummary",
    "dumps_document",
    "export_document",
    "export_exchange",
    "import_exchange",
    "read_exchange",
    "write_atomically",
]
