"""Test databases on both backends: SQLite files, or fresh PostgreSQL databases.

PostgreSQL comes from $FEASIBILITY_TEST_PG_URL (an admin URL, e.g.
postgresql+psycopg://postgres@127.0.0.1:55432/postgres; `tools/pg_test_server.sh
start` prints one). Each test gets its own `CREATE DATABASE feas_<random>`,
dropped afterwards. Without the variable the PostgreSQL cases are skipped with
the reason shown, except under CI (env CI set), where they fail: a CI run must
not quietly test one backend.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

PG_ENV = "FEASIBILITY_TEST_PG_URL"
BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgres", id="postgres", marks=pytest.mark.postgres),
]


def pg_admin_url() -> str:
    """The server's admin URL, or skip (fail under CI) saying how to get one."""
    url = os.environ.get(PG_ENV)
    if not url:
        reason = (
            f"{PG_ENV} is not set: start a server with `tools/pg_test_server.sh start` "
            f"and export {PG_ENV}=<the URL it prints>"
        )
        if os.environ.get("CI"):
            pytest.fail(f"CI must test PostgreSQL too: {reason}", pytrace=False)
        pytest.skip(reason)
    try:
        import psycopg  # noqa: F401
    except ImportError:
        reason = "psycopg is not installed (pip install 'psycopg[binary]')"
        if os.environ.get("CI"):
            pytest.fail(f"CI must test PostgreSQL too: {reason}", pytrace=False)
        pytest.skip(reason)
    return url


@contextmanager
def database_factory(backend: str, tmp_path: Path) -> Iterator[Callable[[], str]]:
    """Yields make() -> URL of a new, empty database; all of them are removed afterwards."""
    if backend == "sqlite":
        n = iter(range(1_000_000))
        yield lambda: f"sqlite:///{tmp_path / f'db{next(n)}.sqlite'}"
        return
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    admin_url = make_url(pg_admin_url())
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    created: list[str] = []

    def make() -> str:
        name = f"feas_{uuid.uuid4().hex[:16]}"
        with admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}" ENCODING \'UTF8\' TEMPLATE template0')
        created.append(name)
        return admin_url.set(database=name).render_as_string(hide_password=False)

    try:
        yield make
    finally:
        _dispose_engines(set(created))
        with admin.connect() as conn:
            for name in created:
                conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


def _dispose_engines(databases: set[str]) -> None:
    """Close every pooled connection to these databases (the app and the CLI never close theirs),
    so dropping them leaves no half-dead connection for the garbage collector to warn about."""
    import gc

    from sqlalchemy.engine import Engine

    for obj in gc.get_objects():
        if isinstance(obj, Engine) and obj.url.database in databases:
            obj.dispose()
