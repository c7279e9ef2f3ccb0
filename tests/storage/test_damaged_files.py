"""Damaged database files: refused by name, never written, and the newest backup is found.

Complements test_database.py (which covers non-SQLite files and one truncation) with
truncation at many offsets, garbage over the header, the schema page and whole files,
garbage deep inside a file (which only shows when that page is read), and backups.
"""

from __future__ import annotations

import importlib.util
import os
import random
import shutil
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy.exc import DatabaseError

from feasibility_app.cli import run
from feasibility_app.storage.database import DatabaseProblem, backup_sqlite, newest_backup, open_database
from feasibility_app.storage.repository import Repository
from feasibility_app.storage.sample import open_with_sample

BENCH = Path(__file__).resolve().parents[2] / "bench"
PAGE = 4096


def _gen_large():
    spec = importlib.util.spec_from_file_location("_bench_gen_large", BENCH / "gen_large.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def good(tmp_path_factory) -> tuple[bytes, int]:
    """A checkpointed database of the sample plan plus 200 generated commitments (many pages)."""
    folder = tmp_path_factory.mktemp("good")
    path = folder / "good.db"
    open_with_sample(str(path)).close()
    _gen_large().generate(str(path), commitments=200, plans=2, seed=3)
    db = open_database(str(path))
    count = len(Repository(db).summaries())
    db.close()
    assert not Path(f"{path}-wal").exists()  # closed cleanly: everything is in the main file
    return path.read_bytes(), count


def _sidecars(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name != path.name)


def _refused_untouched(path: Path, content: bytes) -> DatabaseProblem:
    path.write_bytes(content)
    with pytest.raises(DatabaseProblem) as err:
        db = open_database(str(path))
        db.close()
    assert str(path) in str(err.value), "the message names the file"
    assert path.read_bytes() == content, "the damaged file was written"
    return err.value


@pytest.mark.parametrize("cut", [50, 99, 100, PAGE, 2 * PAGE + 17, "third", "half", "last-page"])
def test_truncated_file_is_refused_untouched(tmp_path, good, cut):
    data, _ = good
    size = {"third": len(data) // 3, "half": len(data) // 2, "last-page": len(data) - PAGE}.get(cut, cut)
    err = _refused_untouched(tmp_path / "cut.db", data[:size])
    assert "backup" in str(err) or "not" in str(err)


def _garbage(data: bytes, kind: str) -> bytes:
    rng = random.Random(kind)
    b = bytearray(data)
    if kind == "whole-file":
        return rng.randbytes(len(data))
    if kind == "header":
        b[:100] = rng.randbytes(100)
    elif kind == "header-kept-rest-zero":
        b[100:] = bytes(len(b) - 100)
    elif kind == "schema-page":
        b[100:PAGE] = rng.randbytes(PAGE - 100)
    elif kind == "text":
        return b"name,title\n" + b"a,b\n" * 4000
    return bytes(b)


@pytest.mark.parametrize("kind", ["whole-file", "header", "header-kept-rest-zero", "schema-page", "text"])
def test_file_overwritten_with_garbage_is_refused_untouched(tmp_path, good, kind):
    data, _ = good
    _refused_untouched(tmp_path / "garbage.db", _garbage(data, kind))


def test_refused_file_gets_no_wal_or_shm_beside_it(tmp_path, good):
    """Found here (a mode=ro look created -wal/-shm beside the refused file); fixed in ce202fb."""
    data, _ = good
    path = tmp_path / "cut.db"
    _refused_untouched(path, data[: len(data) // 2])
    assert _sidecars(path) == []


@pytest.mark.parametrize("seed", range(4))
def test_garbage_deep_inside_never_passes_silently_and_is_never_written(tmp_path, good, seed):
    """Damage in a data page cannot be seen without reading it: opening may succeed (a full check
    costs ~0.1-1 s on a 10k database), but every read that meets it fails with a database error,
    never a wrong answer or another exception, and the file is not written."""
    data, count = good
    rng = random.Random(seed)
    b = bytearray(data)
    page = rng.randrange(2, len(data) // PAGE - 1)
    b[page * PAGE : (page + 1) * PAGE] = rng.randbytes(PAGE)
    path = tmp_path / "deep.db"
    path.write_bytes(bytes(b))
    failures = 0
    try:
        db = open_database(str(path))
    except DatabaseProblem as exc:
        assert str(path) in str(exc)
        failures += 1
    else:
        repo = Repository(db)
        try:
            ids = [s.id for s in repo.summaries()]
            for cid in ids:
                repo.snapshot(cid)
        except DatabaseError:
            failures += 1
        else:
            assert len(ids) == count  # the damage hit a page these reads never need
        finally:
            db.close()
    assert path.read_bytes() == bytes(b)


def test_cli_reports_deep_damage_as_a_database_problem(tmp_path, good, capsys):
    data, _ = good
    b = bytearray(data)
    # damage every page after the schema: whatever `show` reads is broken
    rng = random.Random(9)
    for page in range(2, len(data) // PAGE):
        b[page * PAGE + 8 : (page + 1) * PAGE] = rng.randbytes(PAGE - 8)
    path = tmp_path / "deep.db"
    path.write_bytes(bytes(b))
    code = run(["--db", str(path), "list"])
    err = capsys.readouterr().err
    assert code == 4
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_newest_backup_finds_the_newest_and_it_opens(tmp_path):
    path = tmp_path / "work.db"
    db = open_with_sample(str(path))
    expected = len(Repository(db).summaries())
    older = backup_sqlite(db.engine, path)
    newer = backup_sqlite(db.engine, path)
    db.close()
    assert older != newer and older.name.startswith("work.db.bak-")
    now = time.time()
    os.utime(older, (now - 3600, now - 3600))
    os.utime(newer, (now - 60, now - 60))
    # names that are not this file's backups
    (tmp_path / "work.db.bak").write_bytes(b"")
    (tmp_path / "other.db.bak-20990101-000000").write_bytes(b"")
    (tmp_path / "work.db.pre-import-20990101").write_bytes(b"")
    path.write_bytes(path.read_bytes()[:5000])  # the working file is now damaged
    with pytest.raises(DatabaseProblem) as err:
        open_database(str(path))
    assert "bak" in str(err.value)

    found = newest_backup(path)
    assert found == newer
    restored = tmp_path / "restored.db"
    shutil.copyfile(found, restored)
    db = open_database(str(restored))
    assert len(Repository(db).summaries()) == expected
    db.close()


def test_newest_backup_is_none_without_backups(tmp_path):
    path = tmp_path / "alone.db"
    path.write_bytes(b"garbage" * 100)
    assert newest_backup(path) is None
