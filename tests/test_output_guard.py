"""Issue 16: one output-path guard for every writer (export, spreadsheet, report).

An output named like the database replaced it with JSON or PDF (exit 0); a FIFO or a
device node was replaced by a file; names of 241–255 characters failed.
"""

from __future__ import annotations

import json
import os
import socket
import sqlite3
from pathlib import Path

import pytest

from feasibility_app import atomic
from feasibility_app.cli import run


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "work.db"
    assert run(["--db", str(path), "list"]) == 0
    return path


def _commitments(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM commitment").fetchone()[0]
    finally:
        conn.close()


@pytest.mark.parametrize("command", ["export", "report"])
@pytest.mark.parametrize("suffix", ["", "-wal", "-shm"])
def test_output_naming_the_database_or_its_companions_is_refused(capsys, db, command, suffix):
    target = db.with_name(db.name + suffix)
    if suffix:  # keep the companions present, as while the window has the file open
        conn = sqlite3.connect(db)
        conn.execute("PRAGMA journal_mode=WAL")
        holder = sqlite3.connect(db)
        holder.execute("BEGIN")
        holder.execute("SELECT count(*) FROM commitment").fetchone()
        conn.close()
    before = db.read_bytes()
    if command == "report":
        capsys.readouterr()
        run(["--db", str(db), "list", "--json"])
        plan = json.loads(capsys.readouterr().out)[0]["plan_id"]
        argv = ["report", "--plan", plan, "-o", str(target)]
    else:
        argv = ["export", "-o", str(target)]
    capsys.readouterr()
    code = run(["--db", str(db), *argv])
    err = capsys.readouterr().err
    assert code == 3, err
    assert err.count("\n") == 1 and "database" in err
    if suffix:
        holder.rollback()
        holder.close()
    assert db.read_bytes()[:16] == b"SQLite format 3\x00"
    assert _commitments(db) == 6
    if not suffix:
        assert db.read_bytes() == before


def test_a_copy_of_a_database_the_app_has_not_opened_is_refused(tmp_path, db):
    copy = tmp_path / "copy.pdf"
    copy.write_bytes(db.read_bytes())
    with pytest.raises(atomic.AtomicWriteError, match="is a database"):
        atomic.write_bytes_atomically(copy, b"%PDF")
    assert copy.read_bytes() == db.read_bytes()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_is_refused_not_replaced(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(atomic.AtomicWriteError, match="not a plain file"):
        atomic.write_bytes_atomically(fifo, b"data")
    assert fifo.is_fifo()


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="needs Unix sockets")
def test_a_socket_is_refused_by_the_cli(capsys, db):
    # Not /dev/null: a regression would replace the machine's device node with a file.
    path = db.parent / "s.json"
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(path))
    try:
        assert run(["--db", str(db), "export", "-o", str(path)]) == 3
        assert "not a plain file" in capsys.readouterr().err
        assert path.is_socket()
    finally:
        sock.close()


@pytest.mark.parametrize("length", [200, 241, 250, 255])
def test_long_names_up_to_the_limit_are_written(tmp_path, length):
    name = "r" * (length - 4) + ".pdf"
    out = atomic.write_bytes_atomically(tmp_path / name, b"%PDF-1.4")
    assert out.read_bytes() == b"%PDF-1.4"
    assert [p.name for p in tmp_path.iterdir()] == [name]


def test_a_name_over_the_limit_is_one_clear_line(capsys, db):
    out = db.parent / ("x" * 300 + ".json")
    assert run(["--db", str(db), "export", "-o", str(out)]) == 3
    err = capsys.readouterr().err
    assert "too long" in err and err.count("\n") == 1
