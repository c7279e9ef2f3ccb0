"""Outcomes and precedents in storage: the 0002 migration keeps data, both readers agree."""

import sqlite3
from datetime import date

from feasibility_app.domain.outcomes import Completion, OpenedGovernment, Stage
from feasibility_app.storage.database import HEAD, open_database
from feasibility_app.storage.outcomes import outcomes, record_outcome
from feasibility_app.storage.repository import Repository
from feasibility_app.storage.sample import open_with_sample
from feasibility_app.storage.sqlite_reader import SqliteReader
from feasibility_app.storage.track_record import read_calibration


def _counts(path):
    with sqlite3.connect(path) as conn:
        return {
            t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("commitment", "assessment")
        }


def test_migration_from_0001_adds_the_tables_and_keeps_every_row(tmp_path):
    from alembic import command

    from feasibility_app.storage.migrate import alembic_config

    path = tmp_path / "old.db"
    db = open_with_sample(str(path))
    with db.engine.connect() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        command.downgrade(cfg, "0001")
        conn.commit()
    db.close()
    before = _counts(path)
    with sqlite3.connect(path) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "outcome" not in tables and "precedent" not in tables
    db = open_database(str(path))
    assert _counts(path) == before and before["commitment"] == 6
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD
        assert conn.execute("SELECT COUNT(*) FROM outcome").fetchone()[0] == 0
    assert list(tmp_path.glob("old.db.bak-*"))
    db.close()


def test_record_outcome_and_read_it_through_both_sources(tmp_path):
    path = tmp_path / "o.db"
    db = open_with_sample(str(path))
    repo = Repository(db)
    cid = repo.summaries()[0].id
    o = record_outcome(
        db,
        cid,
        Completion.COMPLETE,
        stage=Stage.END_OF_TERM,
        opened_government=OpenedGovernment.MAJOR,
        source="  IRM end-of-term report  ",
        reported_on=date(2015, 12, 1),
        author="Ana",
    )
    assert o.source == "IRM end-of-term report" and o.recorded_at.tzinfo is not None
    by_repo = outcomes(db, [cid])[cid]
    assert [x.id for x in by_repo][-1] == o.id and len(by_repo) == 2  # the sample's, then ours
    reader = SqliteReader.open(str(path))
    with reader:
        assert reader.outcomes([cid]) == repo.outcomes([cid])
        assert read_calibration(reader).to_json() == read_calibration(repo).to_json()
    db.close()


def test_outcomes_go_with_a_deleted_plan_out_of_calibration(tmp_path):
    db = open_with_sample(str(tmp_path / "d.db"))
    repo = Repository(db)
    assert read_calibration(repo).n == 6
    repo.delete_plan(repo.plans()[0].id)
    assert read_calibration(repo).n == 0
    db.close()
