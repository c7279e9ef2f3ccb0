"""Start-up speed of the GUI against an empty PySide6 window started the same way.

Each run is a fresh `python` process. The launcher takes time.time() just before
starting it and passes it in FEASIBILITY_BENCH_T0; the process prints seconds since
then at its first paint (a paintEvent hook on the main window) and, for the app, when
the navigator lists the sample commitments; then it quits. Median of RUNS runs each,
interleaved, on a database created beforehand (no migration, no sample loading), with
Python's bytecode cache on as in an installed app (BENCH_NO_BYTECODE=1 turns it off:
every module is then compiled from source at every start, in both processes).

    .venv/bin/python bench/bench_startup.py

Prints `name: value` lines:
  empty_first_paint_s   an empty QMainWindow (1280×800): process start → first paint
  first_paint_s         `python -m feasibility_app --db FILE`: process start → first paint
  data_ready_s          … → sample commitments listed in the navigator
  first_paint_ratio     first_paint_s / empty_first_paint_s        (goal ≤ 1.3)
  data_ready_ratio      data_ready_s / empty_first_paint_s         (goal ≤ 4.0)
  …_cpu_…               the same in process CPU time (steadier on a busy machine)
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
RUNS = int(os.environ.get("BENCH_RUNS", "5"))

EMPTY_WINDOW = """
import os, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

def mark(name):
    print(f"{name}: {time.time() - float(os.environ['FEASIBILITY_BENCH_T0']):.4f}", flush=True)
    print(f"{name}_cpu: {time.process_time():.4f}", flush=True)

class Window(QMainWindow):
    painted = False
    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            mark("first_paint")
            QTimer.singleShot(0, QApplication.quit)

app = QApplication(sys.argv[:1])
w = Window()
w.resize(1280, 800)
w.show()
app.exec()
"""


def _run(cmd: list[str], env: dict[str, str]) -> dict[str, float]:
    env = dict(env, FEASIBILITY_BENCH_T0=repr(time.time()))
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    if out.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({out.returncode}):\n{out.stderr}")
    values = {}
    for line in out.stdout.splitlines():
        name, sep, value = line.partition(": ")
        if sep:
            values[name.strip()] = float(value)
    return values


def main() -> int:
    from feasibility_app.storage.sample import open_with_sample

    with tempfile.TemporaryDirectory(prefix="feasibility-bench-") as tmp:
        db = Path(tmp) / "bench.db"
        open_with_sample(str(db)).close()  # created and migrated before timing
        env = dict(os.environ)
        if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
            env.setdefault("QT_QPA_PLATFORM", "offscreen")
        env["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")  # never the user's real settings
        env["FEASIBILITY_HOME"] = str(Path(tmp) / "home")
        env["FEASIBILITY_BENCH_EXIT"] = "1"
        env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
        if os.environ.get("BENCH_NO_BYTECODE") != "1":
            # As installed (pip writes bytecode): cache .pyc files, in the temporary folder
            # rather than the source tree. The warm-up runs below fill the cache.
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        empty_cmd = [sys.executable, "-c", EMPTY_WINDOW]
        app_cmd = [sys.executable, "-m", "feasibility_app", "--db", str(db)]
        _run(empty_cmd, env)  # warm the file cache once for both
        _run(app_cmd, env)
        empty, paint, ready, empty_cpu, paint_cpu, ready_cpu = [], [], [], [], [], []
        for _ in range(RUNS):
            values = _run(empty_cmd, env)
            empty.append(values["first_paint"])
            empty_cpu.append(values["first_paint_cpu"])
            values = _run(app_cmd, env)
            paint.append(values["first_paint"])
            ready.append(values["data_ready"])
            paint_cpu.append(values["first_paint_cpu"])
            ready_cpu.append(values["data_ready_cpu"])
    e, p, r = statistics.median(empty), statistics.median(paint), statistics.median(ready)
    ec, pc, rc = statistics.median(empty_cpu), statistics.median(paint_cpu), statistics.median(ready_cpu)
    print(f"runs: {RUNS}")
    print(f"bytecode_cache: {int(os.environ.get('BENCH_NO_BYTECODE') != '1')}")
    print(f"empty_first_paint_s: {e:.3f}")
    print(f"first_paint_s: {p:.3f}")
    print(f"data_ready_s: {r:.3f}")
    print(f"first_paint_ratio: {p / e:.2f}")
    print(f"data_ready_ratio: {r / e:.2f}")
    # The same in CPU time (all threads; steadier than wall time on a shared machine, but
    # it counts the database thread's work that overlaps the window's, so it is not a goal).
    print(f"empty_first_paint_cpu_s: {ec:.3f}")
    print(f"first_paint_cpu_ratio: {pc / ec:.2f}")
    print(f"data_ready_cpu_ratio: {rc / ec:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
