"""Disk and permission failures while saving, importing, exporting and writing reports.

Every failure must be a clear error (OperationalError from the repository, which the
CLI turns into one line and exit 4; ExchangeError / ReportError, exit 3), nothing may be
half-written (the database unchanged, no temporary file left beside a target, an older
target file intact), and the caller must still hold its values so a retry can save them.

Faults are injected without root-only tricks, because the tests run as root here and
root ignores file modes: a read-only database is opened through SQLite's ``mode=ro``
URI; a full disk is SQLite's ``max_page_count`` (SQLITE_FULL, the very error a full disk
gives) or an ``ENOSPC`` from ``os.fsync``; an unwritable folder is a path under a regular
file (NotADirectoryError), plus a chmod'ed folder when not running as root.
"""

from __future__ import annotations

import errno
import hashlib
import os
import sqlite3
import sys
from pathlib import Path

import pytest
from sqlalchemy import event
from sqlalchemy.exc import OperationalError

from feasibility_app.cli import run
from feasibility_app.domain.factors import FACTOR_KEYS, Evidence, Level
from feasibility_app.domain.model import CommitmentFields, FactorScore, Milestone
from feasibility_app.storage import database as dbmod
from feasibility_app.storage.database import DatabaseProblem, open_database
from feasibility_app.storage.repository import Repository
from feasibility_app.storage.sample import open_with_sample

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def fingerprint(path: Path) -> tuple[dict[str, int], str]:
    """Row counts per table and a checksum of a full SQL dump (read-only, WAL content included)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY 1")]
        counts = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
        digest = hashlib.sha256("\n".join(conn.iterdump()).encode()).hexdigest()
    finally:
        conn.close()
    return counts, digest


def ro_url(path: Path) -> str:
    return f"sqlite:///file:{path.resolve()}?mode=ro&uri=true"


def scores(text: str = "the minister has not agreed") -> dict[str, FactorScore]:
    return {key: FactorScore(Level.HIGH, Evidence.VERIFIED, f"{key}: {text}") for key in FACTOR_KEYS}


@pytest.fixture
def sample_db(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)  # a URI path a version mistakes for a relative folder lands here
    path = tmp_path / "work.db"
    open_with_sample(str(path)).close()
    return path


def _limit_pages(db, extra: int = 0) -> None:
    """From now on the file cannot grow: SQLite reports SQLITE_FULL like a full disk."""
    with db.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar() + extra

    def limit(dbapi_conn, _record):
        dbapi_conn.execute(f"PRAGMA max_page_count={pages}")

    event.listen(db.engine, "connect", limit)
    db.engine.dispose()


# --- saving -----------------------------------------------------------------------------------


def test_saves_to_a_read_only_database_fail_cleanly_and_the_values_can_be_saved_later(sample_db):
    before = fingerprint(sample_db)
    db = open_database(ro_url(sample_db))
    repo = Repository(db)
    cid = repo.summaries()[0].id
    current = repo.current_revision(cid)
    plan_id = repo.plans()[0].id
    mine = scores()
    fields = CommitmentFields(title="Publish procurement data", milestones=(Milestone("Portal online"),))
    attempts = {
        "save_assessment": lambda: repo.save_assessment(cid, "Ana", "civil_society", mine),
        "save_revision": lambda: repo.save_revision(cid, fields, "Ana", parent_id=current.id),
        "create_commitment": lambda: repo.create_commitment(plan_id, fields, "Ana"),
        "delete_commitment": lambda: repo.delete_commitment(cid, "Ana"),
    }
    for name, attempt in attempts.items():
        with pytest.raises(OperationalError) as err:
            attempt()
        assert "readonly" in str(err.value.orig), name
    db.close()
    assert fingerprint(sample_db) == before, "a failed save changed the database"

    # the caller still holds its values: once the file is writable they save unchanged
    repo = Repository(open_database(str(sample_db)))
    saved = repo.save_assessment(cid, "Ana", "civil_society", mine)
    assert repo.snapshot(cid).assessments[-1].scores == mine == saved.scores
    repo.db.close()


def test_read_only_uri_creates_no_folder_in_the_working_directory(sample_db, tmp_path):
    """Found here (`file:/abs/x.db` was taken for a relative path and mkdir'ed); fixed in ce202fb."""
    db = open_database(ro_url(sample_db))
    db.close()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("file:")] == []
    missing = tmp_path / "missing.db"
    with pytest.raises(DatabaseProblem):
        open_database(ro_url(missing))
    assert not missing.exists() and [p.name for p in tmp_path.iterdir() if p.name.startswith("file:")] == []


def test_disk_full_during_save_keeps_the_database_unchanged(sample_db):
    db = open_database(str(sample_db))
    repo = Repository(db)
    cid = repo.summaries()[0].id
    _limit_pages(db)
    before = fingerprint(sample_db)
    big = scores("x" * 200_000)  # needs new pages
    with pytest.raises(OperationalError) as err:
        repo.save_assessment(cid, "Ana", "civil_society", big)
    assert "full" in str(err.value.orig)
    assert fingerprint(sample_db) == before
    db.close()
    repo = Repository(open_database(str(sample_db)))  # space again
    repo.save_assessment(cid, "Ana", "civil_society", big)
    assert repo.snapshot(cid).assessments[-1].scores == big
    repo.db.close()


def test_cli_reports_a_read_only_database_in_one_line(sample_db, tmp_path, capsys):
    out = tmp_path / "all.json"
    assert run(["--db", str(sample_db), "export", "-o", str(out)]) == 0
    other = tmp_path / "other.db"
    other_repo = Repository(open_database(str(other)))
    other_plan = other_repo.create_plan("Another plan", "Chile")
    other_repo.create_commitment(other_plan.id, CommitmentFields(title="Open budgets"))
    other_repo.db.close()
    capsys.readouterr()
    before = fingerprint(other)
    code = run(["--db", ro_url(other), "import", str(out)])
    err = capsys.readouterr().err
    assert code == 4, err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert "read" in err.lower()
    assert fingerprint(other) == before


# --- importing ----------------------------------------------------------------------------------


def _exchange_file(tmp_path: Path, commitments: int = 120) -> Path:
    from importlib.util import module_from_spec, spec_from_file_location

    from feasibility_app.exchange.exchange_file import export_exchange

    bench = Path(__file__).resolve().parents[2] / "bench" / "gen_large.py"
    spec = spec_from_file_location("_bench_gen_large_faults", bench)
    gen = module_from_spec(spec)
    sys.modules[spec.name] = gen
    spec.loader.exec_module(gen)
    src = tmp_path / "source.db"
    gen.generate(str(src), commitments=commitments, plans=1, seed=5)
    repo = Repository(open_database(str(src)))
    out = tmp_path / "plan.json"
    export_exchange(repo, out, repo.plans()[0].id)
    repo.db.close()
    return out


def test_disk_full_during_import_rolls_everything_back(sample_db, tmp_path):
    from feasibility_app.exchange.exchange_file import import_exchange

    file = _exchange_file(tmp_path)
    db = open_database(str(sample_db))
    _limit_pages(db, extra=20)  # room for part of the file, not all of it
    before = fingerprint(sample_db)
    repo = Repository(db)
    with pytest.raises(OperationalError) as err:
        import_exchange(repo, file)
    assert "full" in str(err.value.orig)
    assert fingerprint(sample_db) == before, "a failed import left part of the file behind"
    db.close()

    repo = Repository(open_database(str(sample_db)))
    summary = import_exchange(repo, file)
    assert summary.added["commitments"] == 120
    assert len(repo.summaries()) == 6 + 120
    repo.db.close()


def test_cli_import_on_a_full_disk_exits_4_in_one_line(sample_db, tmp_path, monkeypatch, capsys):
    file = _exchange_file(tmp_path, commitments=60)
    pages = sqlite3.connect(sample_db).execute("PRAGMA page_count").fetchone()[0]
    original = dbmod._set_sqlite_pragmas

    def pragmas_with_full_disk(dbapi_conn, record):
        original(dbapi_conn, record)
        dbapi_conn.execute(f"PRAGMA max_page_count={pages + 5}")

    monkeypatch.setattr(dbmod, "_set_sqlite_pragmas", pragmas_with_full_disk)
    before = fingerprint(sample_db)
    code = run(["--db", str(sample_db), "import", str(file)])
    err = capsys.readouterr().err
    assert code == 4, err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert "full" in err
    assert fingerprint(sample_db) == before


# --- exporting and reports: unwritable targets, full disks ---------------------------------------


def _unwritable_targets(tmp_path: Path) -> dict[str, Path]:
    blocker = tmp_path / "somefile"
    blocker.write_text("a regular file, not a folder")
    targets = {"under-a-file": blocker / "out"}
    if not IS_ROOT:
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(0o555)
        targets["read-only-folder"] = locked / "out"
    return targets


def _leftovers(folder: Path, keep: set[str]) -> list[str]:
    if not folder.is_dir():
        return []
    return sorted(p.name for p in folder.iterdir() if p.name not in keep)


@pytest.mark.parametrize("target", ["under-a-file", "read-only-folder"])
def test_export_to_an_unwritable_place_is_a_clear_error(sample_db, tmp_path, target, capsys):
    from feasibility_app.exchange import ExchangeError
    from feasibility_app.exchange.exchange_file import export_exchange

    targets = _unwritable_targets(tmp_path)
    if target not in targets:
        pytest.skip("running as root: file modes do not stop root (the under-a-file case covers it)")
    out = targets[target].with_suffix(".json")
    repo = Repository(open_database(str(sample_db)))
    before = fingerprint(sample_db)
    with pytest.raises(ExchangeError) as err:
        export_exchange(repo, out)
    assert str(out) in str(err.value)
    repo.db.close()
    assert not out.exists()
    assert _leftovers(out.parent, set()) == []
    assert fingerprint(sample_db) == before
    code = run(["--db", str(sample_db), "export", "-o", str(out)])
    cli_err = capsys.readouterr().err
    assert code == 3 and "Traceback" not in cli_err and len(cli_err.strip().splitlines()) == 1


def _no_space(*_args, **_kwargs):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_export_on_a_full_disk_keeps_the_previous_file(sample_db, tmp_path, monkeypatch):
    from feasibility_app.exchange import ExchangeError
    from feasibility_app.exchange.exchange_file import export_exchange

    out_dir = tmp_path / "exports"
    out_dir.mkdir()
    out = out_dir / "plan.json"
    out.write_text("the previous export\n")
    repo = Repository(open_database(str(sample_db)))
    monkeypatch.setattr(os, "fsync", _no_space)
    with pytest.raises(ExchangeError) as err:
        export_exchange(repo, out)
    monkeypatch.undo()
    repo.db.close()
    assert str(out) in str(err.value)
    assert out.read_text() == "the previous export\n"
    assert _leftovers(out_dir, {"plan.json"}) == []


@pytest.mark.parametrize("target", ["under-a-file", "read-only-folder"])
def test_report_to_an_unwritable_place_is_a_clear_error(sample_db, tmp_path, target, capsys):
    from feasibility_app.reports import ReportError
    from feasibility_app.reports.commitment_report import write_commitment_report

    targets = _unwritable_targets(tmp_path)
    if target not in targets:
        pytest.skip("running as root: file modes do not stop root (the under-a-file case covers it)")
    out = targets[target].with_suffix(".pdf")
    repo = Repository(open_database(str(sample_db)))
    cid = repo.summaries()[0].id
    with pytest.raises(ReportError) as err:
        write_commitment_report(repo, cid, out)
    repo.db.close()
    assert str(out) in str(err.value)
    assert not out.exists() and _leftovers(out.parent, set()) == []
    code = run(["--db", str(sample_db), "report", cid, "-o", str(out)])
    cli_err = capsys.readouterr().err
    assert code == 3 and "Traceback" not in cli_err and len(cli_err.strip().splitlines()) == 1


def test_report_on_a_full_disk_keeps_the_previous_file(sample_db, tmp_path, monkeypatch):
    from feasibility_app.reports import ReportError
    from feasibility_app.reports.commitment_report import write_commitment_report

    out_dir = tmp_path / "reports"
    out_dir.mkdir()
    out = out_dir / "signed.pdf"
    out.write_bytes(b"%PDF-1.4 the version people signed\n")
    repo = Repository(open_database(str(sample_db)))
    cid = repo.summaries()[0].id
    monkeypatch.setattr(os, "fsync", _no_space)
    with pytest.raises(ReportError) as err:
        write_commitment_report(repo, cid, out)
    monkeypatch.undo()
    repo.db.close()
    assert "full" in str(err.value)
    assert out.read_bytes() == b"%PDF-1.4 the version people signed\n"
    assert _leftovers(out_dir, {"signed.pdf"}) == []


# --- the window: real faults, edits kept -----------------------------------------------------------


def _window(qtbot, location: str, tmp_path: Path, monkeypatch):
    """A main window on `location`; any modal message box fails the test (it would hang CI)."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from feasibility_app.ui.window.main_window import MainWindow

    def refuse(*_a, **_k):
        raise AssertionError("a blocking dialog was opened")

    for name in ("information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(refuse))
    monkeypatch.setattr(QMessageBox, "exec", refuse)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat)
    window = MainWindow(location, settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.load_data()
    qtbot.waitUntil(lambda: window.workspace_ready and bool(window.session.current_id), timeout=10_000)
    window.set_assessor("Ana Pérez", "government")
    return window


def _close_discarding(window) -> None:
    """Close as a user who answers "close anyway" to the unsaved-edits question."""
    window.dialogs.question = lambda *_a, **_k: True
    window.close()
    window.repo.db.close()


@pytest.mark.gui
def test_window_on_a_real_read_only_database_keeps_edits(qtbot, sample_db, tmp_path, monkeypatch):
    before = fingerprint(sample_db)
    window = _window(qtbot, ro_url(sample_db), tmp_path, monkeypatch)
    window.page.draft_edit.setPlainText("Edited on a read-only file")
    assert not window.session.flush()
    assert "read-only" in window.save_problem_label.text()
    assert window.session.fields().draft_text == "Edited on a read-only file"
    assert window.session.has_unsaved()
    _close_discarding(window)
    assert fingerprint(sample_db) == before


@pytest.mark.gui
def test_window_on_a_full_disk_keeps_edits_and_saves_them_when_space_returns(
    qtbot, sample_db, tmp_path, monkeypatch
):
    pages = {"max": sqlite3.connect(sample_db).execute("PRAGMA page_count").fetchone()[0]}
    original = dbmod._set_sqlite_pragmas

    def pragmas_with_quota(dbapi_conn, record):
        original(dbapi_conn, record)
        dbapi_conn.execute(f"PRAGMA max_page_count={pages['max']}")

    monkeypatch.setattr(dbmod, "_set_sqlite_pragmas", pragmas_with_quota)
    window = _window(qtbot, str(sample_db), tmp_path, monkeypatch)
    cid = window.session.current_id
    text = "A long draft that needs new pages. " * 5000
    window.page.draft_edit.setPlainText(text)
    assert not window.session.flush()
    assert "full" in window.save_problem_label.text()
    assert window.session.fields().draft_text == text and window.session.has_unsaved()

    pages["max"] = 1_000_000  # space again: new connections get the new quota
    window.repo.db.engine.dispose()
    assert window.session.flush()
    assert not window.session.has_unsaved()
    _close_discarding(window)
    repo = Repository(open_database(str(sample_db)))
    assert repo.current_revision(cid).fields.draft_text == text
    repo.db.close()
