"""Opening a database safely.

Before anything can write to a file we look at it read-only: a file that is not
SQLite, is damaged, or was written by a newer version is refused untouched
(same bytes). Only then is it opened read-write, migrated if needed (after a
dated backup), and handed out. Alembic is imported only when a migration is due.
"""

from __future__ import annotations

import secrets
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import Session, sessionmaker

from .sqlite_file import (
    HEAD,
    KNOWN_REVISIONS,
    SQLITE_MAGIC,
    DatabaseProblem,
    DatabaseUnavailable,
    check_new_database_path,
    explain_sqlite_error,
    is_url,
    newest_backup,
    resolve_location,
)
from .sqlite_file import inspect_sqlite_file as _check_sqlite_file

__all__ = [
    "HEAD",
    "KNOWN_REVISIONS",
    "SQLITE_MAGIC",
    "Database",
    "DatabaseProblem",
    "DatabaseUnavailable",
    "backup_sqlite",
    "check_revision",
    "is_url",
    "newest_backup",
    "open_database",
    "resolve_location",
]

_VERSION_TABLE_DDL = (
    "CREATE TABLE IF NOT EXISTS alembic_version (version_num VARCHAR(32) NOT NULL, "
    "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
)


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
            source = raw.driver_connection
            assert source is not None  # an open sqlite3 connection
            source.backup(dest)
        finally:
            dest.close()
    finally:
        raw.close()
    return target


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


def open_database(db: str | None = None, *, migrate: bool = True, read_only: bool = False) -> Database:
    """Open (creating or migrating as needed) the database at a path or URL.

    ``read_only``: a command that only reads (``export``) opens an SQLite file already at the
    current schema without writing anything to it, so a read-only file, folder or medium works;
    a new file or an older schema is still created or migrated as any command does."""
    location = resolve_location(db)
    path = _sqlite_path(location)
    if path is not None:
        if path.is_dir():
            raise DatabaseProblem(f"{path} is a folder, not a database file.")
        from ..atomic import protect

        protect(path)
        stored = _check_sqlite_file(path) if path.exists() else None
        check_revision(stored, str(path))
        if read_only and stored == HEAD:
            return _open_read_only(location, path)
        if not path.exists() and _read_only_url(location):
            raise DatabaseProblem(f"The database {path} does not exist (it was asked for read-only).")
        if not path.exists():
            check_new_database_path(path, location)
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
        orig = getattr(exc, "orig", None)
        if path is not None and isinstance(orig, sqlite3.Error):
            problem = explain_sqlite_error(orig, path)
            if isinstance(problem, DatabaseUnavailable):
                raise problem from None
        raise DatabaseProblem(
            f"Cannot open the database {shown_location(location)}: {_first_line(exc)}"
        ) from None
    return Database(engine, location, path, created)


def _open_read_only(location: str, path: Path) -> Database:
    """The file through SQLite connections that cannot write (``PRAGMA query_only``), opened as
    ``list`` and ``report`` open it: read-write mode where the file and folder allow it (so the
    last close leaves no -wal/-shm), else read-only (immutable when no log is beside the file).
    No WAL switch, no identity stamp, no migration: the schema was checked at the current head."""
    from sqlalchemy.pool import QueuePool

    from .sqlite_reader import connect_for_reading

    def connect() -> sqlite3.Connection:
        conn = connect_for_reading(path)
        conn.isolation_level = "DEFERRED"  # the driver's own transactions (BEGIN), as SQLAlchemy expects
        conn.execute("PRAGMA query_only=ON")
        conn.execute("PRAGMA foreign_keys=ON")
        return conn

    engine = create_engine("sqlite://", creator=connect, poolclass=QueuePool)
    return Database(engine, location, path, created=False)


def stored_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        has_table = engine.dialect.has_table(conn, "alembic_version")
        if not has_table:
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _create_sqlite_schema(engine: Engine) -> bool:
    """Create the schema in one IMMEDIATE transaction; False if another process made it first.

    The standard-library driver runs DDL outside transactions, so a second process opening the
    same new file at the same moment saw some tables and no version ("not a Feasibility
    database") or failed with "table already exists". Here the first takes the write lock,
    the second waits for it, finds the finished schema, and goes on.
    """
    from sqlalchemy.schema import CreateIndex, CreateTable

    from .models import Base

    with engine.connect() as conn:
        dbapi: sqlite3.Connection = conn.connection.driver_connection  # type: ignore[assignment]
        previous = dbapi.isolation_level
        dbapi.isolation_level = None  # our BEGIN/COMMIT, not the driver's
        try:
            dbapi.execute("BEGIN IMMEDIATE")
            try:
                tables = {r[0] for r in dbapi.execute("SELECT name FROM sqlite_master WHERE type='table'")}
                if "alembic_version" in tables:  # made meanwhile by another process
                    dbapi.execute("ROLLBACK")
                    return False
                if tables:
                    raise DatabaseProblem(
                        "The database has tables but no Feasibility schema version; "
                        "it is not a Feasibility database."
                    )
                for table in Base.metadata.sorted_tables:
                    dbapi.execute(str(CreateTable(table).compile(dialect=engine.dialect)))
                    for index in sorted(table.indexes, key=lambda i: i.name or ""):
                        dbapi.execute(str(CreateIndex(index).compile(dialect=engine.dialect)))
                dbapi.execute(_VERSION_TABLE_DDL)
                dbapi.execute("INSERT INTO alembic_version (version_num) VALUES (?)", (HEAD,))
                dbapi.execute("COMMIT")
            except BaseException:
                if dbapi.in_transaction:
                    dbapi.execute("ROLLBACK")
                raise
        finally:
            dbapi.isolation_level = previous
    return True


def _stamp_identity(engine: Engine) -> None:
    """Give an SQLite file a random identity in its header (PRAGMA application_id), once. A -wal
    whose copy of the header carries another identity belongs to another database
    (sqlite_file.check_write_ahead_log refuses it)."""
    with engine.connect() as conn:
        if conn.exec_driver_sql("PRAGMA application_id").scalar():
            return
        conn.exec_driver_sql(f"PRAGMA application_id = {secrets.randbelow(2**31 - 1) + 1}")
        conn.commit()


def _prepare_schema(engine: Engine, path: Path | None, migrate: bool) -> bool:
    created = _prepare_tables(engine, path, migrate)
    if engine.dialect.name == "sqlite" and path is not None and not _read_only_url(str(engine.url)):
        _stamp_identity(engine)
    return created


def _prepare_tables(engine: Engine, path: Path | None, migrate: bool) -> bool:
    revision = stored_revision(engine)
    check_revision(revision, str(path or engine.url.render_as_string(hide_password=True)))
    if revision == HEAD:
        return False
    if revision is None and engine.dialect.name == "sqlite":
        return _create_sqlite_schema(engine)  # checks for foreign tables under the write lock
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
