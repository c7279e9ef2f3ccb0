"""Start-up of the frozen bundle against the same app run from the virtual environment.

    .venv/bin/python bench/bench_bundle.py [--bundle dist/Feasibility] [--runs 5]

Each run is a fresh process on the same, already created database, offscreen, using the
app's own hook (FEASIBILITY_BENCH_EXIT=1: `first_paint`, `data_ready` in seconds since
the launcher's clock reading). The first frozen run after the build is the coldest (the
bundle's files are not yet in the page cache); it is reported apart. Also prints the bundle's
size on disk. Lines are `name: value`.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def one_run(cmd: list[str], env: dict[str, str]) -> dict[str, float]:
    env = dict(env, FEASIBILITY_BENCH_T0=repr(time.time()))
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120)
    if out.returncode != 0:
        raise SystemExit(f"{cmd[0]} failed ({out.returncode}):\n{out.stderr}")
    values = {}
    for line in out.stdout.splitlines():
        name, sep, value = line.partition(": ")
        if sep:
            values[name] = float(value)
    return values


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "Feasibility")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    exe = args.bundle / ("feasibility-app.exe" if sys.platform == "win32" else "Feasibility")
    if not exe.is_file():
        raise SystemExit(f"no {exe}: build it first (packaging/build.py)")
    sys.path.insert(0, str(ROOT))
    from feasibility_app.storage.sample import open_with_sample

    with tempfile.TemporaryDirectory(prefix="feasibility-bench-") as tmp:
        db = Path(tmp) / "bench.db"
        open_with_sample(str(db)).close()
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "FEASIBILITY_BENCH_EXIT": "1",
            "FEASIBILITY_HOME": str(Path(tmp) / "home"),
            "XDG_CONFIG_HOME": str(Path(tmp) / "config"),
        }
        frozen = [str(exe), "--db", str(db)]
        source = [sys.executable, "-m", "feasibility_app", "--db", str(db)]
        first = one_run(frozen, env)
        print(f"frozen_first_run_first_paint_s: {first['first_paint']:.3f}")
        print(f"frozen_first_run_data_ready_s: {first['data_ready']:.3f}")
        one_run(source, dict(env, PYTHONPATH=str(ROOT)))  # warm the source run's caches too
        for label, cmd, extra in (("frozen", frozen, {}), ("source", source, {"PYTHONPATH": str(ROOT)})):
            runs = [one_run(cmd, dict(env, **extra)) for _ in range(args.runs)]
            for key in ("first_paint", "data_ready", "data_ready_cpu"):
                print(f"{label}_{key}_s: {statistics.median(r[key] for r in runs):.3f}")
    size = sum(p.stat().st_size for p in args.bundle.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"bundle_mb: {size / 1e6:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
