"""Opening databases safely: bad files untouched, newer schemas refused, migrations lose nothing."""

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from feasibility_app.storage import database as dbmod
from feasibility_app.storage.database import HEAD, KNOWN_REVISIONS, DatabaseProblem, open_database
from feasibility_app.storage.repository import Repository
from feasibility_app.storage.sample import load_sample, open_with_sample


def test_new_database_is_created_in_wal_mode_with_foreign_keys(tmp_path):
    (tmp_path / "sub").mkdir()  # a typed path's folder must exist (issue 16)
    db = open_database(str(tmp_path / "sub" / "new.db"))
    assert db.created
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD
    db.close()
    again = open_database(str(tmp_path / "sub" / "new.db"))
    assert not again.created
    again.close()


def test_default_location_is_the_user_data_folder(_isolated_home):
    db = open_database()
    assert db.path == _isolated_home / "feasibility.db"
    db.close()


def test_environment_variable_overrides_default(tmp_path, monkeypatch):
    monkeypatch.setenv("FEASIBILITY_DB", str(tmp_path / "env.db"))
    db = open_database()
    assert db.path == tmp_path / "env.db"
    db.close()


def test_sqlalchemy_url_works(tmp_path):
    db = open_database(f"sqlite:///{tmp_path / 'url.db'}")
    assert db.created and (tmp_path / "url.db").exists()
    db.close()


@pytest.mark.parametrize(
    "content",
    [
        b"this is a text file, not a database\n" * 20,
        b"\x00\xff" * 3000,
        b"SQLite format 3\x00" + b"\x13" * 5000,
    ],
)
def test_not_a_database_is_refused_untouched(tmp_path, content):
    path = tmp_path / "bad.db"
    path.write_bytes(content)
    with pytest.raises(DatabaseProblem) as err:
        open_database(str(path))
    assert str(path) in str(err.value)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.db"]


def test_truncated_database_is_refused_untouched(tmp_path):
    src = tmp_path / "good.db"
    db = open_with_sample(str(src))
    db.close()
    data = src.read_bytes()
    bad = tmp_path / "truncated.db"
    bad.write_bytes(data[: len(data) // 3])
    before = bad.read_bytes()
    with pytest.raises(DatabaseProblem):
        repo = Repository(open_database(str(bad)))
        repo.summaries()
    assert bad.read_bytes() == before


def test_foreign_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (x)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseProblem, match="not a Feasibility database"):
        open_database(str(path))
    assert path.read_bytes() == before


def test_newer_schema_is_refused_naming_both_versions(tmp_path):
    path = tmp_path / "future.db"
    open_database(str(path)).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '0099'")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseProblem) as err:
        open_database(str(path))
    assert "0099" in str(err.value) and HEAD in str(err.value)
    assert path.read_bytes() == before


def test_known_revisions_match_the_alembic_scripts():
    from alembic.script import ScriptDirectory

    from feasibility_app.storage.migrate import alembic_config

    script = ScriptDirectory.from_config(alembic_config())
    assert script.get_current_head() == HEAD
    chain = [rev.revision for rev in script.walk_revisions()][::-1]
    assert tuple(chain) == KNOWN_REVISIONS


def test_migrations_build_the_same_schema_as_the_models(tmp_path):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlalchemy import create_engine

    from feasibility_app.storage.migrate import upgrade
    from feasibility_app.storage.models import Base

    engine = create_engine(f"sqlite:///{tmp_path / 'm.db'}")
    upgrade(engine, None)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_opening_does_not_import_alembic_or_reportlab(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "lean.db"
    open_with_sample(str(path)).close()
    code = (
        "import sys\n"
        "from feasibility_app.storage.sample import open_with_sample\n"
        "from feasibility_app.storage.repository import Repository\n"
        f"r = Repository(open_with_sample({str(path)!r}))\n"
        "assert len(r.summaries()) == 6\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('alembic', 'reportlab', 'PySide6')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


SECOND_MIGRATION = '''
"""recreate the parent table action_plan (test only)"""
from alembic import op
import sqlalchemy as sa

revision = "9999_test"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("action_plan", recreate="always") as batch_op:
        batch_op.add_column(sa.Column("note", sa.Text(), nullable=True))


def downgrade() -> None:
    pass
'''


def test_migration_that_recreates_a_parent_table_keeps_child_rows(tmp_path, monkeypatch):
    """The trap of docs/design.md ("Storage"): with foreign_keys=ON this would cascade-delete
    every commitment."""
    from feasibility_app.storage.migrate import upgrade

    scripts = tmp_path / "migrations"
    shutil.copytree(Path(dbmod.__file__).parent / "migrations", scripts)
    script = SECOND_MIGRATION.replace("{head}", HEAD)  # after whatever the newest migration is
    (scripts / "versions" / "9999_test.py").write_text(script, encoding="utf-8")

    path = tmp_path / "old.db"
    db = open_with_sample(str(path))
    counts_before = _counts(db)
    backup = upgrade(db.engine, path, script_location=str(scripts))
    counts_after = _counts(db)
    assert counts_after == counts_before and counts_before["commitment"] == 6
    assert backup is not None and backup.exists() and backup.name.startswith("old.db.bak-")
    with sqlite3.connect(backup) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    db.close()


def test_open_migrates_an_older_schema_after_a_backup(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    db = open_with_sample(str(path))
    db.close()
    monkeypatch.setattr(dbmod, "KNOWN_REVISIONS", ("0000", "0001"))
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num='0001'")
    conn.commit()
    conn.close()
    calls = []
    import feasibility_app.storage.migrate as migrate

    monkeypatch.setattr(migrate, "upgrade", lambda engine, p: calls.append(p))
    monkeypatch.setattr(dbmod, "HEAD", "0002")
    monkeypatch.setattr(dbmod, "KNOWN_REVISIONS", ("0001", "0002"))
    open_database(str(path)).close()
    assert calls == [path]


def test_sample_loads_once_and_can_be_deleted(tmp_path):
    path = tmp_path / "s.db"
    db = open_with_sample(str(path))
    repo = Repository(db)
    assert len(repo.summaries()) == 6
    db.close()
    repo = Repository(open_with_sample(str(path)))
    assert len(repo.summaries()) == 6  # not loaded twice
    plan = repo.plans()[0]
    repo.delete_plan(plan.id)
    assert repo.summaries() == [] and repo.plans() == []
    repo.restore_plan(plan.id)
    assert len(repo.summaries()) == 6


def test_sample_ids_are_the_same_on_every_laptop(tmp_path):
    a = Repository(open_with_sample(str(tmp_path / "a.db")))
    b = Repository(open_with_sample(str(tmp_path / "b.db")))
    assert [s.id for s in a.summaries()] == [s.id for s in b.summaries()]
    ids_a = [x.id for s in a.summaries() for x in a.assessments(s.id)]
    ids_b = [x.id for s in b.summaries() for x in b.assessments(s.id)]
    assert ids_a == ids_b


def test_load_sample_twice_is_refused_by_the_database(tmp_path):
    db = open_with_sample(str(tmp_path / "twice.db"))
    with pytest.raises(Exception):  # noqa: B017 - primary keys collide; nothing half-written
        load_sample(db)
    assert len(Repository(db).summaries()) == 6


def _counts(db):
    tables = [
        "action_plan",
        "forum_party",
        "commitment",
        "revision",
        "milestone",
        "assessment",
        "factor_score",
        "mitigation",
    ]
    with db.engine.connect() as conn:
        return {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar() for t in tables}


def test_empty_file_with_backups_beside_it_is_refused_not_reseeded(tmp_path):
    path = tmp_path / "work.db"
    (tmp_path / "work.db.bak-20260101-120000").write_bytes(b"SQLite format 3\x00")
    path.write_bytes(b"")
    with pytest.raises(DatabaseProblem, match="empty"):
        open_database(str(path))
    assert path.read_bytes() == b""


def test_empty_file_without_backups_is_a_new_database(tmp_path):
    path = tmp_path / "fresh.db"
    path.write_bytes(b"")
    db = open_database(str(path))
    assert db.created
    db.close()


def test_the_forum_record_migration_keeps_every_row_and_adds_empty_records(tmp_path):
    """A database at the schema before 0003_forum_record (downgraded here) migrates: nothing is
    lost, consensus records get no parties present, no block accepted, no marks, no locks."""
    from alembic import command

    from feasibility_app.storage.migrate import alembic_config

    path = tmp_path / "before.db"
    db = open_with_sample(str(path))
    before = _counts(db)
    cfg = alembic_config()
    with db.engine.connect() as conn:
        cfg.attributes["connection"] = conn
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        command.downgrade(cfg, "0002_lead_level")
        conn.commit()
    db.close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0002_lead_level"
        assert "editorial_mark" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    db = open_database(str(path))  # migrates, after a backup
    assert _counts(db) == before
    repo = Repository(db)
    cid = repo.summaries()[0].id
    assert repo.editorial_marks(cid) == [] and repo.locks(cid) == []
    assert all(a.parties_present == () for a in repo.assessments(cid))
    db.close()
