"""Fixtures for the exchange tests: every test that asks for `db_url` runs on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from .helpers import close_opened
from .pg_support import BACKENDS, database_factory


@pytest.fixture(params=BACKENDS)
def backend(request) -> str:
    return request.param


@pytest.fixture
def make_db_url(backend, tmp_path):
    """make_db_url() -> the URL of a new, empty database on this test's backend."""
    with database_factory(backend, tmp_path) as make:
        yield make
        close_opened()


@pytest.fixture(autouse=True)
def _close_databases():
    yield
    close_opened()


@pytest.fixture
def db_url(make_db_url) -> str:
    return make_db_url()
