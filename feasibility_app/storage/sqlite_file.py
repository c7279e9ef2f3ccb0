"""Looking at an SQLite file without SQLAlchemy and without writing to it.

Standard library only: the database opener uses it before anything can write,
and the window's first list of commitments is read through it before
SQLAlchemy has even been imported (start-up speed).
"""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

from ..paths import default_database_path

# The migrations this version knows, oldest first; HEAD is the last. A test checks
# that this matches the Alembic scripts, so start-up need not import Alembic.
KNOWN_REVISIONS: tuple[str, ...] = (
    "0001",
    "0002_lead_level",
    "0003_forum_record",
    "0004_precedents_outcomes",
    "0005_plan_paper",
)
HEAD = KNOWN_REVISIONS[-1]
SQLITE_MAGIC = b"SQLite format 3\x00"


class DatabaseProblem(Exception):
    """A database that cannot be used; the message says what is wrong and what to do."""


class DatabaseUnavailable(DatabaseProblem):
    """A database that may well be healthy but cannot be used now: another program holds its
    lock, or its -wal/-shm cannot be opened. Never called damaged, never replaced by a backup."""


# The tables the app and the standard-library reader query, which must be real tables: a view
# in their place forged the list (or hung it, recursively) and a trigger deleted assessments
# during an import. Newer tables are allowed; no view, trigger or virtual table ever is.
REQUIRED_TABLES = frozenset(
    {
        "alembic_version",
        "action_plan",
        "forum_party",
        "commitment",
        "revision",
        "milestone",
        "assessment",
        "factor_score",
        "mitigation",
        "tombstone",
        "commitment_summary",
    }
)
BUSY_TIMEOUT = 5.0  # seconds to wait for another program's lock before saying it is in use

_BUSY_CODES = (5, 6)  # SQLITE_BUSY, SQLITE_LOCKED
_UNAVAILABLE_CODES = (3, 8, 10, 14, 23)  # PERM, READONLY, IOERR, CANTOPEN, AUTH


def explain_sqlite_error(exc: sqlite3.Error, path: Path) -> DatabaseProblem:
    """A lock or an unopenable -wal/-shm is not damage: tell them apart by SQLite's error code."""
    code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    if code in _BUSY_CODES:
        return DatabaseUnavailable(
            f"The database {path} is in use by another program, which holds its lock. It was not "
            "changed; close that program (or wait for it to finish) and try again."
        )
    if code in _UNAVAILABLE_CODES:
        return DatabaseUnavailable(
            f"The database {path} cannot be opened ({exc}): check that its folder and the files "
            f"{path.name}-wal and {path.name}-shm beside it may be read and written. It was not changed."
        )
    return DatabaseProblem(
        f"The database {path} is damaged ({exc}). It was not changed; restore a backup "
        "(files named *.bak-* beside it) or choose another file with --db."
    )


def check_regular_file(path: Path) -> None:
    """Refuse a FIFO, device or socket before anything opens it (reading a FIFO waits forever)."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise DatabaseUnavailable(f"Cannot read the database {path}: {exc.strerror}.") from None
    if not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
        raise DatabaseProblem(f"{path} is not a database file (it is a pipe, device or socket).")


def check_schema_objects(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse schema objects the app never makes (views, triggers, virtual tables) and required
    tables that are missing or are not tables, before any of them is queried."""
    objects = conn.execute("SELECT type, name, sql FROM sqlite_master").fetchall()
    foreign = sorted(
        f"{kind} {name}"
        for kind, name, sql in objects
        if kind in ("view", "trigger")
        or (kind == "table" and (sql or "").lstrip()[:14].upper().startswith("CREATE VIRTUAL"))
    )
    if foreign:
        shown = ", ".join(foreign[:3]) + (" …" if len(foreign) > 3 else "")
        raise DatabaseProblem(
            f"{path} contains schema objects Feasibility never makes ({shown}); it was not opened "
            "and not changed. Open a database written by Feasibility, or restore a backup."
        )
    tables = {name for kind, name, _sql in objects if kind == "table"}
    missing = sorted(REQUIRED_TABLES - tables)
    if missing:
        raise DatabaseProblem(
            f"The database {path} is damaged: the table {missing[0]} is missing. It was not changed; "
            "restore a backup (files named *.bak-* beside it)."
        )


def _wal_page_size(wal: Path) -> int | None:
    """The page size a write-ahead log was written for (None: empty or not a WAL)."""
    try:
        with wal.open("rb") as fh:
            head = fh.read(12)
    except OSError:
        return None
    if len(head) < 12 or head[:4] not in (b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83"):
        return None
    return int.from_bytes(head[8:12], "big")


def _file_identity(path: Path) -> int:
    """The application_id in the main file's header as last checkpointed (0: none yet)."""
    try:
        with path.open("rb") as fh:
            head = fh.read(72)
    except OSError:
        return 0
    return int.from_bytes(head[68:72], "big", signed=True) if len(head) == 72 else 0


def check_write_ahead_log(conn: sqlite3.Connection, path: Path) -> None:
    """A -wal left beside the file is merged into it by the first connection that writes. One from
    another database (or from before the file was replaced) would mix two databases, so a WAL with
    content is checked first: written for this page size, and the merged pages consistent."""
    wal = path.with_name(path.name + "-wal")
    try:
        if not wal.is_file() or wal.stat().st_size == 0:
            return
    except OSError:
        return
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    ok = _wal_page_size(wal) in (None, page_size)
    if ok:  # the identity in the file's own header against the one seen through the WAL
        stored = _file_identity(path)
        ok = stored == 0 or stored == conn.execute("PRAGMA application_id").fetchone()[0]
    if ok:
        rows = conn.execute("PRAGMA quick_check(1)").fetchall()
        ok = rows == [("ok",)]
    if not ok:
        raise DatabaseProblem(
            f"The file {wal.name} beside the database {path} does not belong to it (or is damaged); "
            f"merging it would mix two databases. Nothing was changed: move {wal.name} and "
            f"{path.name}-shm aside to open the database as last saved, or restore a backup."
        )


NEW_DATABASE_SUFFIXES = (".db", ".sqlite", ".sqlite3")


def resolve_location(db: str | None = None) -> str:
    """`--db`, else $FEASIBILITY_DB, else the user data folder; a path or a SQLAlchemy URL.
    (The CLI refuses an empty `--db` before asking: it silently meant the default.)"""
    return db or os.environ.get("FEASIBILITY_DB") or str(default_database_path())


def is_default_location(location: str) -> bool:
    return location == str(default_database_path())


def check_new_database_path(path: Path, location: str) -> None:
    """Before creating a database at a path someone typed (--db, $FEASIBILITY_DB): a mistyped or
    garbage path must not silently make folders and files. The folder must exist and the name end
    in .db, .sqlite or .sqlite3; the user data folder is made as needed."""
    text = str(path)
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in text):
        raise DatabaseProblem(f"The database path {text!r} contains control characters; check it.")
    if is_default_location(location):
        return
    if not path.parent.is_dir():
        raise DatabaseProblem(
            f"There is no database at {path}, and its folder {path.parent} does not exist; "
            "check the path (a new database is made only in an existing folder)."
        )
    if path.suffix.lower() not in NEW_DATABASE_SUFFIXES:
        raise DatabaseProblem(
            f"There is no database at {path}; check the path. To start a new one, give a name "
            "ending in .db (or .sqlite)."
        )


def is_url(location: str) -> bool:
    return "://" in location


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection that leaves no trace beside the file.

    immutable=1 when there is no WAL beside the file: SQLite then creates no -wal/-shm
    next to a file we may be about to refuse; with a WAL present, its content counts.
    """
    wal = path.with_name(path.name + "-wal")
    flags = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    return sqlite3.connect(f"{path.resolve().as_uri()}?{flags}", uri=True, timeout=BUSY_TIMEOUT)


def newest_backup(path: Path) -> Path | None:
    backups = sorted(path.parent.glob(f"{path.name}.bak-*"), key=lambda p: p.stat().st_mtime)
    return backups[-1] if backups else None


def inspect_sqlite_file(path: Path) -> str | None:
    """Look at an existing file read-only; return its schema revision (None if empty).

    Refuses, untouched: what is not a plain file, not SQLite, damaged, carries schema objects
    the app never makes or a write-ahead log from elsewhere; a lock is said to be one.
    """
    check_regular_file(path)
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise DatabaseUnavailable(f"Cannot read the database {path}: {exc.strerror}.") from None
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
    try:
        conn = connect_read_only(path)
    except sqlite3.Error as exc:
        raise explain_sqlite_error(exc, path) from None
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not tables:
            if _has_objects(conn):  # views or triggers and nothing else
                check_schema_objects(conn, path)
            return None
        if "alembic_version" not in tables:
            raise DatabaseProblem(
                f"{path} is an SQLite database but not a Feasibility database. Choose another file with --db."
            )
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        if row is None:
            raise DatabaseProblem(f"{path} has no schema version; it is damaged. Restore a backup.")
        if str(row[0]) in KNOWN_REVISIONS:  # a newer version's schema is for it to judge
            check_schema_objects(conn, path)
            check_write_ahead_log(conn, path)
        return str(row[0])
    except sqlite3.Error as exc:
        raise explain_sqlite_error(exc, path) from None
    finally:
        conn.close()


def _has_objects(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
