"""Issue 16: a healthy database whose -wal or -shm cannot be opened is "cannot open", never
"damaged", and the window never swaps a backup in for it.

Tests run as root, where file modes are ignored, so the unopenable file is a folder in its place
(SQLite then fails with the same CANTOPEN / READONLY codes a file without permission gives).
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from feasibility_app.cli import run
from feasibility_app.storage.sample import open_with_sample

CANNOT_OPEN = "cannot be opened"


@pytest.fixture
def sample_db(tmp_path) -> Path:
    path = tmp_path / "work.db"
    open_with_sample(str(path)).close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["work.db"]
    return path


@pytest.fixture
def exchange_file(sample_db, tmp_path) -> Path:
    out = tmp_path / "plans.json"
    assert run(["--db", str(sample_db), "export", "-o", str(out)]) == 0
    return out


def _block(db: Path, suffix: str) -> None:
    db.with_name(db.name + suffix).mkdir()


def _damage_told(err: str) -> bool:
    return "damaged" in err or "backup" in err


@pytest.mark.parametrize("command", ["list", "show", "report", "export", "import"])
def test_an_unopenable_wal_is_cannot_open_exit_4(sample_db, exchange_file, tmp_path, capsys, command):
    before = sample_db.read_bytes()
    _block(sample_db, "-wal")
    argv = {
        "list": ["list"],
        "show": ["show", "a910"],
        "report": ["report", "a910", "-o", str(tmp_path / "r.pdf")],
        "export": ["export", "-o", str(tmp_path / "again.json")],
        "import": ["import", str(exchange_file)],
    }[command]
    capsys.readouterr()
    assert run(["--db", str(sample_db), *argv]) == 4
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert CANNOT_OPEN in err and "work.db-wal" in err and not _damage_told(err)
    assert sample_db.read_bytes() == before


def test_an_unopenable_shm_is_read_but_a_write_is_cannot_open_exit_4(sample_db, exchange_file, capsys):
    """Reading goes on (read-only, as from a read-only medium); the first write says why it fails."""
    before = sample_db.read_bytes()
    _block(sample_db, "-shm")
    assert run(["--db", str(sample_db), "list"]) == 0
    capsys.readouterr()
    assert run(["--db", str(sample_db), "import", str(exchange_file)]) == 4
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert CANNOT_OPEN in err and "work.db-shm" in err and not _damage_told(err)
    assert sample_db.read_bytes() == before


@pytest.mark.parametrize("suffix", ["-wal", "-shm"])
def test_the_window_offers_and_swaps_no_backup(sample_db, suffix):
    from feasibility_app.ui.dialogs.dialogs import DatabaseChoice
    from feasibility_app.ui.window import database_opening

    backup = sample_db.with_name("work.db.bak-20260101-120000")
    shutil.copy(sample_db, backup)
    conn = sqlite3.connect(backup)
    conn.execute("DELETE FROM tombstone")  # a different file: a swap would be seen
    conn.commit()
    conn.close()
    _block(sample_db, suffix)
    before = sample_db.read_bytes()
    offered = []

    class Dialogs:
        def database_problem(self, parent, message, backup):
            offered.append((message, backup))
            return DatabaseChoice.BACKUP  # what a hurried user clicks

    opened = database_opening.open_with_recovery(None, Dialogs(), str(sample_db))
    if suffix == "-wal":
        assert opened is None
        assert len(offered) == 1
        message, offered_backup = offered[0]
        assert offered_backup is None
        assert CANNOT_OPEN in message and not _damage_told(message)
    else:  # without a -shm SQLite still reads (as from a read-only medium): it opens, as `list` does
        assert opened is not None and offered == []
        opened[0].close()
    assert sample_db.read_bytes() == before
    assert [p.name for p in sample_db.parent.iterdir() if "damaged" in p.name] == []
