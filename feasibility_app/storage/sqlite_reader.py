"""Reading an SQLite database at the current schema without SQLAlchemy.

Importing SQLAlchemy's ORM costs more than everything else a one-shot command
does: half a second before the first row. Two jobs only read, and read a few
rows: the window's first list of commitments (shown before the ORM has loaded)
and the `report` command. For an existing SQLite file at the current schema
they read here with the standard library: the standard-library adapter of the
read model (``read_model``), whose SQL, decoders and assembly the repository runs
too, and tests check both adapters give equal results. Anything unusual (a URL, a new,
damaged or older file) gets no reader: the caller opens the repository, which
creates, migrates or explains.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from ..atomic import protect
from ..domain.assessing import CommitmentSnapshot
from ..domain.model import Plan
from .read_model import ReadModel
from .sqlite_file import (
    HEAD,
    DatabaseProblem,
    connect_read_only,
    explain_sqlite_error,
    inspect_sqlite_file,
    is_url,
)
from .summary import CommitmentSummary

if TYPE_CHECKING:  # the precedent and outcome code loads only when a command asks for it
    from ..domain.outcomes import Outcome, Precedent


def connect_for_reading(path: Path) -> sqlite3.Connection:
    """A connection that reads with SQLite's locks, and leaves no -wal/-shm behind when closed.

    Read-write mode (nothing is written) so that closing the last connection cleans up as the
    app does; a file or folder we may not write falls back to a read-only connection.
    """
    wal = path.with_name(path.name + "-wal")
    if wal.is_file() and wal.stat().st_size > 0:
        # a log left by a crash: read through it, but merging it is for a writer (the app), not
        # for `list` or `report` (closing a read-write connection would rewrite the file)
        conn = connect_read_only(path)
        conn.isolation_level = None
        return conn
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True, isolation_level=None)
        conn.execute("PRAGMA busy_timeout=5000")
        conn.execute("SELECT 1 FROM alembic_version LIMIT 1").fetchall()
        return conn
    except sqlite3.Error:
        conn = connect_read_only(path)
        conn.isolation_level = None  # transactions are explicit (SqliteReader._read)
        return conn


class SqliteReader:
    """Read-only questions to one SQLite file at the current schema; each answer is one read
    transaction, so it is consistent even while the window saves."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self.path = path
        self._model = ReadModel(self._execute)

    @classmethod
    def open(cls, location: str) -> SqliteReader | None:
        """A reader for `location`, or None when the repository must handle it (see the module doc)."""
        if is_url(location):
            return None
        path = Path(location).expanduser()
        try:
            if not path.is_file() or inspect_sqlite_file(path) != HEAD:
                return None
            protect(path)
            return cls(connect_for_reading(path), path)
        except (DatabaseProblem, OSError, sqlite3.Error):
            return None

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> SqliteReader:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # --- reading: the read model's questions, each in one read transaction ------------------

    def _execute(self, sql: str, params: Sequence[Any]) -> tuple[list[str], list[Any]]:
        cur = self._conn.execute(sql, tuple(params))
        return [d[0] for d in cur.description], cur.fetchall()

    def _read(self, work: Callable[[ReadModel], Any]) -> Any:
        """Run `work` in one read transaction; a damaged page found now is a DatabaseProblem."""
        try:
            self._conn.execute("BEGIN")
            try:
                return work(self._model)
            finally:
                self._conn.execute("ROLLBACK")
        except sqlite3.Error as exc:
            raise explain_sqlite_error(exc, self.path) from None
        except (ValueError, TypeError, KeyError, AttributeError, OverflowError) as exc:
            # a stored value of the wrong shape (a bad date, bad JSON, a blob for a title)
            raise DatabaseProblem(
                f"The database {self.path} is damaged: a stored value cannot be read "
                f"({exc.__class__.__name__}: {str(exc)[:200]}). It was not changed; restore a backup "
                "(files named *.bak-* beside it)."
            ) from None

    def resolve_id(self, prefix: str, kind: str = "commitment") -> str:
        """A full id from a full UUID or a unique prefix (as ``Repository.resolve_id``)."""
        return self._read(lambda m: m.resolve_id(prefix, kind))

    def plan(self, plan_id: str) -> Plan:
        return self._read(lambda m: m.plan(plan_id))

    def summaries(self, plan_id: str | None = None) -> list[CommitmentSummary]:
        """The navigator's rows, as ``Repository.summaries()`` gives them."""
        return self._read(lambda m: m.summaries(plan_id))

    def snapshot(self, commitment_id: str) -> CommitmentSnapshot:
        return self.snapshots([commitment_id])[0]

    def snapshots(self, commitment_ids: Sequence[str]) -> list[CommitmentSnapshot]:
        """As ``Repository.snapshots``: the same SQL, conversions and assembly."""
        return self._read(lambda m: m.snapshots(commitment_ids))

    def index_rows(self, keys: Sequence[str]) -> dict[str, bytes]:
        """The precedent search's index rows (storage.precedent_search)."""
        return self._read(lambda m: m.index_rows(keys))

    def precedents_by_id(self, ids: Sequence[str]) -> list[Precedent]:
        """As ``storage.precedents.Library.precedents_by_id``."""
        return self._read(lambda m: m.precedents_by_id(ids))

    def outcomes(self, commitment_ids: Sequence[str]) -> dict[str, list[Outcome]]:
        """As ``Repository.outcomes``: each commitment's recorded outcomes, oldest first."""
        return self._read(lambda m: m.outcomes(commitment_ids))


def quick_summaries(location: str, plan_id: str | None = None) -> list[CommitmentSummary] | None:
    """The window's first list, or None when the fast path does not apply (the repository follows)."""
    reader = SqliteReader.open(location)
    if reader is None:
        return None
    with reader:
        try:
            return reader.summaries(plan_id)
        except DatabaseProblem:
            return None
