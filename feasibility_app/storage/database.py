"""Opening a database safely.

Before anything can write to a file we look at it read-only: a file that is not
SQLite, is damaged, or was written by a newer version is refused untouched
(same bytes). Only then is it opened read-write, migrated if needed (after a
dated backup), and handed out. Alembic is imported only when a migration is due.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import Session, sessionmaker

from ..paths import default_database_path

# The migrations this version knows, oldest first; HEAD is the last. A test checks
# that this matches the Alembic scripts, so start-up need not import Alembic.
KNOWN_REVISIONS: tuple[str, ...] = ("0001",)
HEAD = KNOWN_REVISIONS[-1]
SQLITE_MAGIC = b"SQLite format 3\x00"
_VERSION_TABLE_DDL = (
    "CREATE TABLE IF NOT EXISTS alembic_version (version_num VARCHAR(32) NOT NULL, "
    "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
)


class DatabaseProblem(Exception):
    """A database that cannot be used; the message says what is wrong and what to do."""


def resolve_location(db: str | None = None) -> str:
    """`--db`, else $FEASIBILITY_DB, else the user data folder; a path or a SQLAlchemy URL."""
    return db or os.environ.get("FEASIBILITY_DB") or str(default_database_path())


def is_url(location: str) -> bool:
    return "://" in location


def shown_location(location: str) -> str:
    """The location as messages show it: a URL's password masked."""
    if not is_url(location):
        return location
    try:
        return make_url(location).render_as_string(hide_password=True)
    except Exception:
        return location.split("://", 1)[0] + "://…"


def _first_line(exc: Exception) -> str:
    """The driver's own message, first line only (psycopg's run over several)."""
    lines = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return lines[0] if lines else exc.__class__.__name__


def _sqlite_path(location: str) -> Path | None:
    if not is_url(location):
        return Path(location).expanduser()
    try:
        url = make_url(location)
    except Exception:
        raise DatabaseProblem(f"{shown_location(location)} is not a valid database URL.") from None
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    if str(url.query.get("uri", "")).lower() in ("true", "1") and url.database.startswith("file:"):
        # sqlite:///file:/abs/x.db?mode=ro&uri=true: the path is inside a SQLite URI
        from urllib.parse import unquote, urlsplit

        return Path(unquote(urlsplit(url.database).path)).expanduser()
    return Path(url.database).expanduser()


def _read_only_url(location: str) -> bool:
    return is_url(location) and str(make_url(location).query.get("mode", "")).lower() == "ro"


def _check_sqlite_file(path: Path) -> str | None:
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
    wal = path.with_name(path.name + "-wal")
    flags = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?{flags}", uri=True)
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


def check_revision(revision: str | None, where: str) -> None:
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise DatabaseProblem(
            f"The database {where} was written by a newer version of Feasibility "
            f"(schema {revision}); this version reads schema up to {HEAD}. "
            "Update Feasibility to open it; the file was not changed."
        )


def _set_sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


def backup_sqlite(engine: Engine, path: Path, label: str = "bak") -> Path:
    """Copy a live SQLite database (WAL content included) to a dated file beside it."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{label}-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.{label}-{stamp}-{n}")
    raw = engine.raw_connection()
    try:
        dest = sqlite3.connect(str(target))
        try:
            raw.driver_connection.backup(dest)
        finally:
            dest.close()
    finally:
        raw.close()
    return target


def newest_backup(path: Path) -> Path | None:
    backups = sorted(path.parent.glob(f"{path.name}.bak-*"), key=lambda p: p.stat().st_mtime)
    return backups[-1] if backups else None


class Database:
    """An open, migrated database: an engine and a session factory."""

    def __init__(self, engine: Engine, location: str, path: Path | None, created: bool) -> None:
        self.engine = engine
        self.location = location
        self.path = path
        self.created = created  # True when this open made a new, empty schema
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on error."""
        with self._sessions() as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()


def open_database(db: str | None = None, *, migrate: bool = True) -> Database:
    """Open (creating or migrating as needed) the database at a path or URL."""
    location = resolve_location(db)
    path = _sqlite_path(location)
    if path is not None:
        if path.is_dir():
            raise DatabaseProblem(f"{path} is a folder, not a database file.")
        stored = _check_sqlite_file(path) if path.exists() else None
        check_revision(stored, str(path))
        if not path.exists() and _read_only_url(location):
            raise DatabaseProblem(f"The database {path} does not exist (it was asked for read-only).")
        if not path.exists():
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseProblem(f"Cannot create the folder {path.parent}: {exc.strerror}.") from None
        url = f"sqlite:///{path}" if not is_url(location) else location
    else:
        url = location
    try:
        engine = create_engine(url)
    except Exception as exc:  # bad URL, missing driver
        raise DatabaseProblem(
            f"Cannot use the database {shown_location(location)}: {_first_line(exc)}"
        ) from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _set_sqlite_pragmas)
    try:
        created = _prepare_schema(engine, path, migrate)
    except DatabaseProblem:
        engine.dispose()
        raise
    except Exception as exc:
        engine.dispose()
        raise DatabaseProblem(
            f"Cannot open the database {shown_location(location)}: {_first_line(exc)}"
        ) from None
    return Database(engine, location, path, created)


def stored_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        has_table = engine.dialect.has_table(conn, "alembic_version")
        if not has_table:
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _prepare_schema(engine: Engine, path: Path | None, migrate: bool) -> bool:
    revision = stored_revision(engine)
    check_revision(revision, str(path or engine.url.render_as_string(hide_password=True)))
    if revision == HEAD:
        return False
    if revision is None:
        with engine.connect() as conn:
            if engine.dialect.get_table_names(conn):
                raise DatabaseProblem(
                    "The database has tables but no Feasibility schema version; "
                    "it is not a Feasibility database."
                )
        from .models import Base

        with engine.begin() as conn:
            Base.metadata.create_all(conn)
            conn.execute(text(_VERSION_TABLE_DDL))
            conn.execute(text("INSERT INTO alembic_version (version_num) VALUES (:v)"), {"v": HEAD})
        return True
    if not migrate:
        raise DatabaseProblem(f"The database needs migrating from schema {revision} to {HEAD}.")
    from .migrate import upgrade

    upgrade(engine, path)
    return False
