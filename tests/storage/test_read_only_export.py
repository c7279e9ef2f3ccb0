"""Issue 16: `export` reads; it must work on a database it may not write, and change nothing.

It opened the file as the window does (WAL switch, identity stamp, migrations), so a read-only
file, folder or medium failed with "attempt to write a readonly database" (exit 4). Tests run as
root, where file modes are ignored: the read-only open is checked by what it leaves (the same bytes,
time stamp and folder) and by its connections refusing a write; the chmod case runs only as a user.
"""

from __future__ import annotations

import os
import sqlite3
import stat

import pytest
from sqlalchemy import text

from feasibility_app.cli import run
from feasibility_app.storage.database import HEAD, open_database


def _state(folder):
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir())}


@pytest.fixture
def database(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    db = folder / "plans.db"
    assert run(["--db", str(db), "list"]) == 0  # a new file with the sample plan
    assert sorted(p.name for p in folder.iterdir()) == ["plans.db"]
    return db


def _as_copied_from_elsewhere(db) -> None:
    """A file in rollback-journal mode without our identity stamp (a copy made by another tool,
    or by an older version): opening it as the window does rewrites its header."""
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute("PRAGMA application_id=0")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("copied", [False, True], ids=["ours", "copied"])
@pytest.mark.parametrize("suffix", ["json", "csv", "xlsx"])
def test_export_changes_nothing_beside_or_in_the_database(database, tmp_path, suffix, copied, capsys):
    if copied:
        _as_copied_from_elsewhere(database)
    before = _state(database.parent)
    out = tmp_path / f"out.{suffix}"
    assert run(["--db", str(database), "export", "-o", str(out)]) == 0
    assert out.stat().st_size > 0
    assert _state(database.parent) == before  # same bytes, same time stamps, no -wal/-shm left


def test_the_read_only_open_cannot_write(database):
    db = open_database(str(database), read_only=True)
    try:
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD
            with pytest.raises(Exception, match="readonly database"):
                conn.execute(text("DELETE FROM action_plan"))
    finally:
        db.close()
    assert sqlite3.connect(database).execute("SELECT count(*) FROM action_plan").fetchone()[0] == 1


def test_an_older_or_missing_file_is_still_opened_as_before(tmp_path):
    """read_only is for a file at the current schema: a new file is created (with the sample) as
    every command does."""
    db = open_database(str(tmp_path / "new.db"), read_only=True)
    try:
        assert db.created
    finally:
        db.close()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores file modes")
def test_export_of_a_read_only_file_in_a_read_only_folder(database, tmp_path):
    before = _state(database.parent)
    database.chmod(0o444)
    database.parent.chmod(0o555)
    try:
        out = tmp_path / "out.json"
        assert run(["--db", str(database), "export", "-o", str(out)]) == 0
        assert out.stat().st_size > 0
    finally:
        database.parent.chmod(0o755)
        database.chmod(stat.S_IRUSR | stat.S_IWUSR)
    assert _state(database.parent) == before
