"""Looking at an SQLite file without SQLAlchemy and without writing to it.

Standard library only: the database opener uses it before anything can write,
and the window's first list of commitments is read through it before
SQLAlchemy has even been imported (start-up speed).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from ..paths import default_database_path

# The migrations this version knows, oldest first; HEAD is the last. A test checks
# that this matches the Alembic scripts, so start-up need not import Alembic.
KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0002_lead_level", "0003_forum_record")
HEAD = KNOWN_REVISIONS[-1]
SQLITE_MAGIC = b"SQLite format 3\x00"


class DatabaseProblem(Exception):
    """A database that cannot be used; the message says what is wrong and what to do."""


def resolve_location(db: str | None = None) -> str:
    """`--db`, else $FEASIBILITY_DB, else the user data folder; a path or a SQLAlchemy URL."""
    return db or os.environ.get("FEASIBILITY_DB") or str(default_database_path())


def is_url(location: str) -> bool:
    return "://" in location


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection that leaves no trace beside the file.

    immutable=1 when there is no WAL beside the file: SQLite then creates no -wal/-shm
    next to a file we may be about to refuse; with a WAL present, its content counts.
    """
    wal = path.with_name(path.name + "-wal")
    flags = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    return sqlite3.connect(f"{path.resolve().as_uri()}?{flags}", uri=True)


def newest_backup(path: Path) -> Path | None:
    backups = sorted(path.parent.glob(f"{path.name}.bak-*"), key=lambda p: p.stat().st_mtime)
    return backups[-1] if backups else None


def inspect_sqlite_file(path: Path) -> str | None:
    """Look at an existing file read-only; return its schema revision (None if empty)."""
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise DatabaseProblem(f"Cannot read the database {path}: {exc.strerror}.") from None
    if not header:
        backup = newest_backup(path)
        if backup is not None:
            # an empty file with backups beside it was a database once: truncated, not new
            raise DatabaseProblem(
                f"The database {path} is empty (0 bytes) although backups of it exist; it was "
                f"probably truncated. It was not changed; restore the newest backup ({backup.name})."
            )
        return None  # an empty file is a new database
    if header != SQLITE_MAGIC:
        raise DatabaseProblem(
            f"{path} is not a Feasibility database (it is not an SQLite file). "
            "Choose another file with --db, or restore a backup."
        )
    # immutable=1 when there is no WAL beside the file: SQLite then creates no -wal/-shm
    # next to a file we may be about to refuse; with a WAL present, its content counts.
    try:
        conn = connect_read_only(path)
    except sqlite3.Error as exc:
        raise DatabaseProblem(f"Cannot open the database {path}: {exc}.") from None
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not tables:
            return None
        if "alembic_version" not in tables:
            raise DatabaseProblem(
                f"{path} is an SQLite database but not a Feasibility database. Choose another file with --db."
            )
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        if row is None:
            raise DatabaseProblem(f"{path} has no schema version; it is damaged. Restore a backup.")
        return str(row[0])
    except sqlite3.DatabaseError as exc:
        raise DatabaseProblem(
            f"The database {path} is damaged ({exc}). It was not changed; restore a backup "
            "(files named *.bak-* beside it) or choose another file with --db."
        ) from None
    finally:
        conn.close()
