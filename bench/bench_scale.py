"""Scale: a secretariat with 10,000 commitments (20 plans, three parties' assessments each).

    .venv/bin/python bench/bench_scale.py [--db PATH] [--commitments 10000] [--runs 3] [--no-exchange]

Without --db a database is generated with bench/gen_large.py into a temporary folder
(with --db PATH it is generated there if missing, and reused otherwise). Prints
``name: value`` lines (``10k`` becomes the size for other sizes):

storage, in this process
  summaries_10k_ms     median of Repository.summaries() (the navigator's one query)
  show_10k_ms          median of Repository.snapshot() of one commitment (30 random ones)
GUI, each run a fresh process with QT_QPA_PLATFORM=offscreen (median of --runs)
  navigator_10k_s      process start -> the navigator lists the commitments
  open_10k_s           process start -> usable: workspace built, a commitment open
  filter_10k_ms        median time to apply a filter string (typed into the navigator's
                       filter box: the proxy re-filters all 10k rows)      goal <= 50 ms
  scroll_10k_ms        scroll the navigator from top to bottom (fetchMore pages)
  rss_10k_mb           max RSS of that process (resource.getrusage)         goal <= 250 MB
  app_data_ready_10k_s the real entry point (python -m feasibility_app, its own bench
                       hook): process start -> navigator filled
  app_rss_10k_mb       max RSS of that process (os.wait4)
exchange: bench/bench_exchange.py is run (unless --no-exchange) and its lines repeated
with an ``exchange.`` prefix.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FILTERS = ("road", "inundacion", "ministry of health", "open contracting data", "zzz-no-match",
           "secretaria", "data 0999", "publish")  # fmt: skip


def _load_gen_large():
    import importlib.util

    spec = importlib.util.spec_from_file_location("gen_large", Path(__file__).with_name("gen_large.py"))
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


# --------------------------------------------------------------------------- GUI child process

GUI_CHILD = r"""
import os, resource, statistics, sys, time
T0 = float(os.environ["FEASIBILITY_BENCH_T0"])
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

app = QApplication([sys.argv[0]])
app.setOrganizationName("FeasibilityBench")
app.setApplicationName("FeasibilityBench")
from feasibility_app.ui.window.app import start_loading
from feasibility_app.ui.window.main_window import MainWindow

FILTERS = %(filters)r
marks = {}

def mark(name):
    marks.setdefault(name, time.time() - T0)

window = MainWindow(sys.argv[1], lazy=True)
window.resize(1280, 800)
window.data_loaded.connect(lambda: mark("navigator"))

def poll():
    if "navigator" in marks and window.workspace_ready and window.session.current_id:
        app.processEvents()
        mark("open")
        QTimer.singleShot(0, measure)
    else:
        QTimer.singleShot(5, poll)

def measure():
    nav = window.navigator
    box = nav.filter_edit
    times = []
    for _ in range(3):
        for text in FILTERS:
            box.clear()
            app.processEvents()
            t = time.perf_counter()
            box.setText(text)
            app.processEvents()
            times.append((time.perf_counter() - t) * 1000)
    box.clear()
    app.processEvents()
    view = nav.view
    t = time.perf_counter()
    for _ in range(2000):
        view.scrollToBottom()
        app.processEvents()
        if not nav.model.canFetchMore():
            break
    view.scrollToBottom()
    app.processEvents()
    scroll = (time.perf_counter() - t) * 1000
    print(f"navigator_s: {marks['navigator']:.3f}")
    print(f"open_s: {marks['open']:.3f}")
    print(f"filter_ms: {statistics.median(times):.1f}")
    print(f"filter_max_ms: {max(times):.1f}")
    print(f"scroll_ms: {scroll:.0f}")
    print(f"rows: {nav.model.total_rows()}")
    print(f"rss_mb: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}", flush=True)
    os._exit(0)  # the figures are out; skip interpreter teardown (see RESULTS.md on a crash there)

window.show()
start_loading(window)
QTimer.singleShot(0, poll)
app.exec()
"""


def _env(tmp: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_CONFIG_HOME"] = str(tmp / "config")  # never the user's real settings
    env["FEASIBILITY_HOME"] = str(tmp / "home")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache")
    return env


def _run_with_rss(
    cmd: list[str], env: dict[str, str], timeout: float = 300
) -> tuple[dict[str, float], float]:
    env = dict(env, FEASIBILITY_BENCH_T0=repr(time.time()))
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, text=True, env=env, cwd=ROOT)
        deadline = time.time() + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.time() > deadline:
                proc.kill()
                raise SystemExit(f"{' '.join(cmd[:3])} timed out")
            time.sleep(0.01)
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        text, errors = out.read(), err.read()
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd[:3])} failed ({proc.returncode}):\n{errors[-3000:]}")
    values: dict[str, float] = {}
    for line in text.splitlines():
        name, sep, value = line.partition(": ")
        if sep:
            try:
                values[name.strip()] = float(value)
            except ValueError:
                pass
    return values, usage.ru_maxrss / 1024


# --------------------------------------------------------------------------- storage


def storage_figures(db_path: Path, samples: int = 30) -> dict[str, float]:
    from feasibility_app.storage.database import open_database
    from feasibility_app.storage.repository import Repository

    repo = Repository(open_database(str(db_path)))
    repo.summaries()  # warm the page cache as the GUI's first query would
    times = []
    for _ in range(5):
        t = time.perf_counter()
        rows = repo.summaries()
        times.append((time.perf_counter() - t) * 1000)
    ids = random.Random(4).sample([r.id for r in rows], min(samples, len(rows)))
    shows = []
    for cid in ids:
        t = time.perf_counter()
        repo.snapshot(cid)
        shows.append((time.perf_counter() - t) * 1000)
    repo.db.close()
    return {"rows": len(rows), "summaries_ms": statistics.median(times), "show_ms": statistics.median(shows)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Scale figures on a 10k-commitment database.")
    ap.add_argument("--db", help="database to use (generated there if missing)")
    ap.add_argument("--commitments", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--no-exchange", action="store_true", help="do not run bench/bench_exchange.py")
    ap.add_argument("--no-gui", action="store_true")
    args = ap.parse_args(argv)
    gen = _load_gen_large()
    label = gen.size_label(args.commitments)
    with tempfile.TemporaryDirectory(prefix="feasibility-scale-") as tmp_name:
        tmp = Path(tmp_name)
        db_path = Path(args.db) if args.db else tmp / "scale.db"
        if not db_path.exists():
            figures = gen.generate(str(db_path), commitments=args.commitments, plans=20)
            print(f"generate_{label}_s: {figures['seconds']:.2f}")
        print(f"cores: {os.cpu_count()}")
        s = storage_figures(db_path)
        print(f"rows: {s['rows']}")
        print(f"file_mb: {db_path.stat().st_size / 1e6:.1f}")
        print(f"summaries_{label}_ms: {s['summaries_ms']:.1f}")
        print(f"show_{label}_ms: {s['show_ms']:.1f}")
        sys.stdout.flush()
        if not args.no_gui and (ROOT / "feasibility_app" / "ui" / "window" / "main_window.py").exists():
            env = _env(tmp)
            child = [sys.executable, "-c", GUI_CHILD % {"filters": FILTERS}, str(db_path)]
            app = [sys.executable, "-m", "feasibility_app", "--db", str(db_path)]
            _run_with_rss(child, env)  # warm-up: bytecode cache, file cache
            gui, app_runs = [], []
            for _ in range(args.runs):
                gui.append(_run_with_rss(child, env))
                app_runs.append(_run_with_rss(app, dict(env, FEASIBILITY_BENCH_EXIT="1")))

            def med(runs, key):
                return statistics.median(values[key] for values, _rss in runs)

            print(f"navigator_{label}_s: {med(gui, 'navigator_s'):.2f}")
            print(f"open_{label}_s: {med(gui, 'open_s'):.2f}")
            print(f"filter_{label}_ms: {med(gui, 'filter_ms'):.1f}")
            print(f"filter_{label}_max_ms: {med(gui, 'filter_max_ms'):.1f}")
            print(f"scroll_{label}_ms: {med(gui, 'scroll_ms'):.0f}")
            print(f"rss_{label}_mb: {max(max(rss, values['rss_mb']) for values, rss in gui):.0f}")
            print(f"app_data_ready_{label}_s: {med(app_runs, 'data_ready'):.2f}")
            print(f"app_rss_{label}_mb: {max(rss for _values, rss in app_runs):.0f}")
            sys.stdout.flush()
        exchange = ROOT / "bench" / "bench_exchange.py"
        if exchange.exists() and not args.no_exchange:
            out = subprocess.run(
                [sys.executable, str(exchange), "--commitments", str(args.commitments)],
                capture_output=True, text=True, cwd=ROOT, timeout=1800,
            )  # fmt: skip
            for line in out.stdout.splitlines():
                if ": " in line:
                    print(f"exchange.{line}")
            if out.returncode != 0:
                print(f"exchange.failed: {out.returncode} {out.stderr.strip().splitlines()[-1:]}")
    print(f"max_rss_self_mb: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
