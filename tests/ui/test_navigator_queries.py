"""The navigator fetches lazily and never queries per row.

SQL statements are counted (a SQLAlchemy ``before_cursor_execute`` listener on every
engine) while the main window opens a database and fills the navigator, while the list
is scrolled to the bottom (fetchMore pages), and while filters are typed. The same
steps run on a small and a five times larger database: the counts must be the same
(a constant, not proportional to the rows), and scrolling runs no SQL at all.
"""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import event
from sqlalchemy.engine import Engine

from feasibility_app.ui.window.main_window import MainWindow

pytestmark = pytest.mark.gui
BENCH = Path(__file__).resolve().parents[2] / "bench"
SIZES = (300, 1500)


def _gen_large():
    spec = importlib.util.spec_from_file_location("_bench_gen_large_nav", BENCH / "gen_large.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def databases(tmp_path_factory) -> dict[int, Path]:
    gen = _gen_large()
    out = {}
    for n in SIZES:
        path = tmp_path_factory.mktemp(f"nav{n}") / "feasibility.db"
        gen.generate(str(path), commitments=n, plans=5, seed=n)
        out[n] = path
    return out


class StatementLog:
    def __init__(self) -> None:
        self.phase = "idle"
        self.counts: Counter[str] = Counter()
        self.statements: dict[str, list[str]] = {}

    def __call__(self, conn, cursor, statement, parameters, context, executemany) -> None:
        if statement.lstrip().upper().startswith("PRAGMA"):
            return  # connection set-up, not a query
        if "precedent_index" in statement or "FROM outcome" in statement:
            # the precedents and outcome docks read the open commitment when their tab first
            # shows (one query each, whenever the dock appears, not per row):
            # tests/ui/test_learning_views.py counts those
            return
        if "precedent_index" in statement:
            # the precedents panel's lookup when it is first on screen (its dock's timing, not
            # the navigator's; tests/ui/test_learning_views.py counts its searches)
            return
        self.counts[self.phase] += 1
        self.statements.setdefault(self.phase, []).append(" ".join(statement.split())[:120])


def _drive(qtbot, path: Path, dialogs) -> tuple[StatementLog, int]:
    log = StatementLog()
    event.listen(Engine, "before_cursor_execute", log)
    try:
        window = MainWindow(str(path), dialogs=dialogs)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        log.phase = "open"
        assert window.load_data()
        nav = window.navigator
        qtbot.waitUntil(lambda: window.workspace_ready and bool(window.session.current_id), timeout=20_000)
        log.phase = "scroll"
        view = nav.view
        for _ in range(1000):
            view.scrollToBottom()
            qtbot.wait(1)
            if not nav.model.canFetchMore():
                break
        view.scrollToBottom()
        view.scrollToTop()
        qtbot.wait(10)
        assert nav.model.rowCount() == nav.model.total_rows()
        log.phase = "filter"
        for text in ("publish", "inundacion alerts", "zzz-nothing", ""):
            nav.filter_edit.setText(text)
            qtbot.wait(5)
        log.phase = "idle"
        rows = nav.model.total_rows()
        window.session.flush()
        window.close()
    finally:
        event.remove(Engine, "before_cursor_execute", log)
    return log, rows


def test_statement_count_does_not_grow_with_rows(qtbot, databases, fake_dialogs, no_modal_boxes):
    logs = {}
    for n, path in databases.items():
        log, rows = _drive(qtbot, path, fake_dialogs)
        assert rows == n
        logs[n] = log
    small, large = (logs[n] for n in SIZES)
    detail = "\n".join(
        f"{n} rows, {phase}: {logs[n].counts[phase]} statements, e.g. {logs[n].statements.get(phase, [])[:3]}"
        for n in SIZES
        for phase in ("open", "scroll", "filter")
    )
    assert large.counts["open"] == small.counts["open"], detail
    assert large.counts["open"] < 60, detail  # a handful of queries, not one per row
    assert large.counts["scroll"] == small.counts["scroll"] == 0, detail
    # a filter that hides the open commitment opens another one: a few queries for that one
    assert large.counts["filter"] == small.counts["filter"], detail
    assert large.counts["filter"] < 60, detail
