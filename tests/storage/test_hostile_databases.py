"""Issue 16: database files built to hurt, and healthy ones that are merely busy.

A trigger deleted assessments during an import, a view forged (or, recursively, hung) the
list, a -wal from another database was merged silently, and a healthy file locked by another
program was called damaged and replaced by a backup. Each is refused untouched, with one line.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from feasibility_app.cli import run
from feasibility_app.storage import sqlite_file
from feasibility_app.storage.database import DatabaseProblem, DatabaseUnavailable, open_database
from feasibility_app.storage.sample import open_with_sample


@pytest.fixture
def sample_db(tmp_path) -> Path:
    path = tmp_path / "work.db"
    open_with_sample(str(path)).close()
    assert not path.with_name("work.db-wal").exists()
    return path


def _tamper(path: Path, *sql: str) -> bytes:
    conn = sqlite3.connect(path)
    for statement in sql:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return path.read_bytes()


def _assessments(path: Path) -> int:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM assessment").fetchone()[0]
    finally:
        conn.close()


HOSTILE = {
    "trigger": (
        "CREATE TRIGGER t AFTER INSERT ON tombstone BEGIN DELETE FROM factor_score; "
        "DELETE FROM assessment; END",
    ),
    "view in place of a table": (
        "DROP TABLE commitment_summary",
        "CREATE VIEW commitment_summary AS SELECT * FROM action_plan",
    ),
    "recursive view": (
        "CREATE VIEW loop AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT n FROM r",
    ),
    "missing table": ("DROP TABLE mitigation",),
}


@pytest.mark.parametrize("kind", HOSTILE)
@pytest.mark.parametrize("command", ["list", "import", "window"])
def test_unexpected_schema_objects_are_refused_untouched(tmp_path, sample_db, capsys, kind, command):
    before = _tamper(sample_db, *HOSTILE[kind])
    if command == "window":  # the opener the window uses
        with pytest.raises(DatabaseProblem, match=r"never makes|is missing"):
            open_with_sample(str(sample_db))
    else:
        argv = ["list"] if command == "list" else ["import", str(_exchange_file(tmp_path))]
        capsys.readouterr()
        assert run(["--db", str(sample_db), *argv]) == 4
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and ("never makes" in err or "is missing" in err), err
    assert sample_db.read_bytes() == before
    assert not sample_db.with_name("work.db-wal").exists()


def _exchange_file(tmp_path: Path) -> Path:
    other = tmp_path / "other.db"
    out = tmp_path / "plan.json"
    assert run(["--db", str(other), "export", "-o", str(out)]) == 0
    return out


def test_a_locked_healthy_database_is_busy_not_damaged(sample_db, capsys, monkeypatch):
    monkeypatch.setattr(sqlite_file, "BUSY_TIMEOUT", 0.2)
    holder = sqlite3.connect(sample_db, isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("DELETE FROM tombstone WHERE 0")
    holder.execute("COMMIT")  # the exclusive lock is kept until the connection closes
    try:
        with pytest.raises(DatabaseUnavailable, match="in use by another program"):
            open_database(str(sample_db))
        capsys.readouterr()
        assert run(["--db", str(sample_db), "list"]) == 4
        err = capsys.readouterr().err
        assert "in use by another program" in err and "damaged" not in err and "backup" not in err
    finally:
        holder.close()
    assert _assessments(sample_db) > 0


def test_the_window_offers_no_backup_for_a_locked_database(sample_db, monkeypatch):
    from feasibility_app.ui.dialogs.dialogs import DatabaseChoice
    from feasibility_app.ui.window import database_opening

    monkeypatch.setattr(sqlite_file, "BUSY_TIMEOUT", 0.2)
    backup = sample_db.with_name("work.db.bak-20260101-120000")
    shutil.copy(sample_db, backup)
    offered = []

    class Dialogs:
        def database_problem(self, parent, message, backup):
            offered.append((message, backup))
            return DatabaseChoice.BACKUP  # what a hurried user clicks

    holder = sqlite3.connect(sample_db, isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("COMMIT")
    holder.execute("SELECT count(*) FROM assessment").fetchone()  # takes the lock
    try:
        before = sample_db.read_bytes()
        assert database_opening.open_with_recovery(None, Dialogs(), str(sample_db)) is None
    finally:
        holder.close()
    assert offered and offered[0][1] is None and "in use" in offered[0][0]
    assert sample_db.read_bytes() == before
    assert sorted(p.name for p in sample_db.parent.iterdir() if "damaged" in p.name) == []


def _wal_of_another_database(tmp_path: Path) -> Path:
    """A -wal from another Feasibility database whose log holds pages (page 1 among them)."""
    other = tmp_path / "other.db"
    open_with_sample(str(other)).close()
    writer = sqlite3.connect(other)
    writer.execute("PRAGMA journal_mode=WAL")
    keep = sqlite3.connect(other)  # an open reader keeps the log from being merged and removed
    keep.execute("BEGIN")
    keep.execute("SELECT 1 FROM revision").fetchall()
    writer.execute("UPDATE revision SET title = 'Forged ' || title")
    writer.execute(
        "INSERT INTO tombstone SELECT lower(hex(randomblob(16))), lower(hex(randomblob(16))), "
        "'commitment', 'delete', hex(randomblob(1500)), created_at FROM commitment"
    )
    writer.commit()
    copy = tmp_path / "foreign-wal"
    shutil.copy(other.with_name("other.db-wal"), copy)
    keep.close()
    writer.close()
    return copy


def test_a_write_ahead_log_from_another_database_is_not_merged(tmp_path, sample_db, capsys):
    shutil.copy(_wal_of_another_database(tmp_path), sample_db.with_name("work.db-wal"))
    before = sample_db.read_bytes()
    assert run(["--db", str(sample_db), "list"]) == 4
    err = capsys.readouterr().err
    assert "does not belong to it" in err and err.count("\n") == 1
    with pytest.raises(DatabaseProblem, match="does not belong"):
        open_database(str(sample_db))
    assert sample_db.read_bytes() == before


def test_a_read_only_command_does_not_merge_a_log_left_by_a_crash(tmp_path, sample_db, capsys):
    writer = sqlite3.connect(sample_db)
    writer.execute("PRAGMA journal_mode=WAL")
    keep = sqlite3.connect(sample_db)
    keep.execute("BEGIN")
    keep.execute("SELECT 1 FROM revision").fetchall()
    writer.execute("UPDATE commitment_summary SET title = title || ' (edited)'")
    writer.commit()
    log = tmp_path / "log"
    shutil.copy(sample_db.with_name("work.db-wal"), log)
    keep.close()
    writer.close()  # merges the log; put it back as a crash would have left it
    main_before = _main_file_before_log(sample_db, log)
    assert run(["--db", str(sample_db), "list"]) == 0
    assert "(edited)" in capsys.readouterr().out  # the log's content counts
    assert sample_db.read_bytes() == main_before  # but `list` did not rewrite the file


def _main_file_before_log(path: Path, log: Path) -> bytes:
    """Rebuild the state a crash leaves: the main file without the edit, the log beside it."""
    conn = sqlite3.connect(path)
    conn.execute("UPDATE commitment_summary SET title = replace(title, ' (edited)', '')")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    before = path.read_bytes()
    shutil.copy(log, path.with_name(path.name + "-wal"))
    return before


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="needs FIFOs")
def test_a_fifo_as_database_is_refused_without_waiting(tmp_path, capsys):
    import os

    fifo = tmp_path / "db.fifo"
    os.mkfifo(fifo)
    assert run(["--db", str(fifo), "list"]) == 4
    assert "not a database file" in capsys.readouterr().err
    with pytest.raises(DatabaseProblem, match="pipe"):
        open_database(str(fifo))


WRONG_VALUES = {
    "far future stamp": "UPDATE revision SET created_at = '9999-12-31 23:59:59.999999'",
    "bad date": "UPDATE revision SET start_date = 'next spring'",
    "bad JSON weights": "UPDATE action_plan SET weights = '{not json'",
    "huge weight": """UPDATE action_plan SET weights = '{"budget": 1e308}'""",
    "unknown level": "UPDATE factor_score SET level = 'apocalyptic'",
    "unknown role": "UPDATE assessment SET role = 'king'",
    "blob title": "UPDATE revision SET title = x'00ff10'",
    "unknown open-government value": """UPDATE revision SET og_values = '["world-peace"]'""",
}


@pytest.mark.parametrize("kind", WRONG_VALUES)
@pytest.mark.parametrize("command", ["show", "report"])
def test_wrong_values_in_the_right_tables_are_damage(tmp_path, sample_db, capsys, kind, command):
    assert run(["--db", str(sample_db), "list", "--json"]) == 0
    import json

    cid = json.loads(capsys.readouterr().out)[0]["id"]
    before = _tamper(sample_db, WRONG_VALUES[kind])
    argv = ["show", cid, "--json"] if command == "show" else ["report", cid, "-o", str(tmp_path / "r.pdf")]
    code = run(["--db", str(sample_db), *argv])
    err = capsys.readouterr().err
    assert code == 4, err
    assert err.count("\n") == 1 and "damaged" in err and "Traceback" not in err
    assert sample_db.read_bytes() == before
    assert not (tmp_path / "r.pdf").exists()


def test_concurrent_first_opens_of_a_new_database_all_succeed(tmp_path):
    """Several processes opening one new file at once: each either makes the schema or waits for
    it (they failed with "table already exists" or "not a Feasibility database")."""
    import subprocess
    import sys

    for attempt in range(3):
        db = tmp_path / f"new{attempt}.db"
        procs = [
            subprocess.Popen(
                [sys.executable, "-m", "feasibility_app", "--db", str(db), "list", "--json"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(3)
        ]
        errors = [(p.wait(timeout=120), p.stderr.read()) for p in procs]
        for p in procs:
            p.stderr.close()
        assert [code for code, _ in errors] == [0, 0, 0], errors
