"""The same storage on SQLite and PostgreSQL: schema creation, migrations, optimistic locking.

Every test here takes `db_url` (tests/storage/conftest.py), so it runs once per
backend; PostgreSQL needs $FEASIBILITY_TEST_PG_URL (tools/pg_test_server.sh).
"""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import create_engine, event, select, text

from feasibility_app.storage.database import HEAD, DatabaseProblem, open_database
from feasibility_app.storage.migrate import upgrade
from feasibility_app.storage.models import Base, PlanRow
from feasibility_app.storage.repository import ConcurrentEdit, Repository
from feasibility_app.storage.sample import load_sample, open_with_sample


def test_a_new_database_is_created_stamped_and_reopened(db_url):
    db = open_with_sample(db_url)
    assert db.created
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD
    titles = [s.title for s in Repository(db).summaries()]
    assert len(titles) == 6
    db.close()
    again = open_with_sample(db_url)
    assert not again.created
    assert [s.title for s in Repository(again).summaries()] == titles  # the sample was not loaded twice
    again.close()


def test_the_migrations_build_the_schema_the_models_describe(db_url):
    """Alembic from an empty database to head gives exactly the tables create_all would (no drift)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    engine = create_engine(db_url)
    try:
        upgrade(engine, None)
        with engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            diff = compare_metadata(context, Base.metadata)
        assert diff == []
    finally:
        engine.dispose()
    db = open_database(db_url)  # a migrated database opens without change
    assert not db.created
    load_sample(db)
    assert len(Repository(db).summaries()) == 6
    db.close()


def test_a_newer_schema_is_refused(db_url):
    db = open_database(db_url)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    db.close()
    with pytest.raises(DatabaseProblem, match="newer version of Feasibility"):
        open_database(db_url)


def _two(db_url):
    first = open_database(db_url)
    plan_id = load_sample(first)
    second = open_database(db_url)  # another user, another engine, the same database
    return Repository(first), Repository(second), plan_id


def test_a_stale_plan_is_refused(db_url):
    mine, theirs, plan_id = _two(db_url)
    mine_read, their_read = mine.plan(plan_id), theirs.plan(plan_id)
    saved = theirs.update_plan(dataclasses.replace(their_read, title="Their title"))
    assert saved.version == their_read.version + 1
    with pytest.raises(ConcurrentEdit, match="changed by someone else"):
        mine.update_plan(dataclasses.replace(mine_read, title="My title"))
    assert mine.plan(plan_id).title == "Their title"
    # a stale party is refused as well
    party = mine_read.parties[0]
    with pytest.raises(ConcurrentEdit):
        mine.update_plan(
            dataclasses.replace(
                mine.plan(plan_id),
                parties=(dataclasses.replace(party, name="Renamed", version=party.version + 5),),
            )
        )
    mine.db.close()
    theirs.db.close()


def test_a_save_that_races_another_is_refused_by_the_version_column(db_url):
    """Both read version 1; the other save commits between my read and my flush."""
    mine, theirs, plan_id = _two(db_url)
    mine_read = mine.plan(plan_id)
    raced = []

    def other_user_saves_first(session, _context, _instances):
        if not raced:
            raced.append(True)
            theirs.update_plan(dataclasses.replace(theirs.plan(plan_id), title="Their title"))

    event.listen(mine.db._sessions, "before_flush", other_user_saves_first)
    with pytest.raises(ConcurrentEdit):
        mine.update_plan(dataclasses.replace(mine_read, title="My title"))
    assert raced and mine.plan(plan_id).title == "Their title"
    mine.db.close()
    theirs.db.close()


def test_the_version_column_guards_plain_orm_flushes(db_url):
    from sqlalchemy.orm import Session
    from sqlalchemy.orm.exc import StaleDataError

    mine, theirs, plan_id = _two(db_url)
    with Session(mine.db.engine) as a, Session(theirs.db.engine) as b:
        row_a = a.scalars(select(PlanRow).where(PlanRow.id == plan_id)).one()
        row_b = b.scalars(select(PlanRow).where(PlanRow.id == plan_id)).one()
        row_b.title = "B"
        b.commit()
        row_a.title = "A"
        with pytest.raises(StaleDataError):
            a.commit()
    mine.db.close()
    theirs.db.close()


def test_a_database_error_does_not_show_the_password():
    with pytest.raises(DatabaseProblem) as info:
        open_database("postgresql+psycopg://someone:s3cret-pw@127.0.0.1:1/nowhere")
    message = str(info.value)
    assert "s3cret-pw" not in message
    assert "127.0.0.1" in message and "\n" not in message
