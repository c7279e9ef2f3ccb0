"""Crash safety: a writer killed with SIGKILL at random moments loses nothing it acknowledged.

The machinery lives in ``bench/crash_loop.py`` (the long run: ``--runs 100``); these
tests drive a few kills of it. The long variant is marked ``slow`` and runs only when
asked for (``pytest -m slow`` or FEASIBILITY_SLOW=1), so the default suite stays quick.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

import pytest

from feasibility_app.storage.database import open_database
from feasibility_app.storage.repository import Repository

BENCH = Path(__file__).resolve().parents[2] / "bench"

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"_bench_{name}", BENCH / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def crash_loop():
    return _load("crash_loop")


def _assert_safe(totals) -> None:
    assert totals.integrity_failures == 0, totals.problems
    assert totals.lost_saves == 0, totals.problems
    assert totals.partial_imports == 0, totals.problems
    assert totals.open_failures == 0, totals.problems
    assert not [p for p in totals.problems if "summary" not in p], totals.problems


def test_sigkill_during_saves_and_imports_loses_nothing_acknowledged(tmp_path, crash_loop):
    totals = crash_loop.crash_loop(tmp_path, runs=8, seed=20261123, imports_per_run=2, max_delay=0.9)
    assert totals.crash_runs == 8
    _assert_safe(totals)
    # the kills really hit a working writer: saves were acknowledged and then killed
    assert totals.saves_acknowledged > 0
    if crash_loop.exchange_available():
        assert totals.imports_acknowledged + totals.imports_interrupted > 0


def _long_run_requested(config) -> bool:
    return "slow" in (config.getoption("-m") or "") or os.environ.get("FEASIBILITY_SLOW") == "1"


@pytest.mark.slow
def test_sigkill_long_run(tmp_path, crash_loop, request):
    if not _long_run_requested(request.config):
        pytest.skip("long crash loop: run with -m slow or FEASIBILITY_SLOW=1 (or bench/crash_loop.py)")
    totals = crash_loop.crash_loop(tmp_path, runs=40, seed=7, imports_per_run=2, max_delay=1.5)
    _assert_safe(totals)
    assert totals.stale_summaries == 0, totals.problems


def test_crash_between_import_commit_and_summary_rebuild_leaves_commitments_listed(
    tmp_path, crash_loop, monkeypatch
):
    """The process dies while the summary cache is being rebuilt after an import.

    Found by the kill loop (1960 commitments stored but unlisted in 100 runs) when the
    importer committed the records and rebuilt the cache in a second transaction;
    fixed in 19ff746 (one transaction). Whatever the design, what is stored is listed."""
    from feasibility_app.exchange.exchange_file import import_exchange

    template = crash_loop.make_import_template(tmp_path, commitments=5)
    db_path = tmp_path / "target.db"
    open_database(str(db_path)).close()

    class Died(BaseException):
        """Stands for the process being killed at this point."""

    def die(self, *args, **kwargs):
        raise Died

    from feasibility_app.storage import bulk

    monkeypatch.setattr(Repository, "rebuild_summaries", die)
    if hasattr(bulk, "rebuild_summaries"):
        monkeypatch.setattr(bulk, "rebuild_summaries", die)
    repo = Repository(open_database(str(db_path)))
    with pytest.raises(Died):
        import_exchange(repo, template)
    repo.db.close()
    monkeypatch.undo()

    # the next start of the app
    repo = Repository(open_database(str(db_path)))
    with repo.db.engine.connect() as conn:
        stored = conn.exec_driver_sql("SELECT count(*) FROM commitment").scalar()
    listed = len(repo.summaries())
    repo.db.close()
    assert stored in (0, 5)  # all or nothing
    assert listed == stored, f"{stored} commitments stored, {listed} listed"
