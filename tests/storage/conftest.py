"""Storage fixtures: a test that asks for `db_url` runs on SQLite and on PostgreSQL.

See tests/exchange/pg_support.py: PostgreSQL needs $FEASIBILITY_TEST_PG_URL
(skipped without it, failed without it under CI). Tests that do not ask for
`db_url` are unaffected.
"""

from __future__ import annotations

import pytest

from tests.exchange.pg_support import BACKENDS, database_factory


@pytest.fixture(params=BACKENDS)
def backend(request) -> str:
    return request.param


@pytest.fixture
def make_db_url(backend, tmp_path):
    with database_factory(backend, tmp_path) as make:
        yield make


@pytest.fixture
def db_url(make_db_url) -> str:
    return make_db_url()
