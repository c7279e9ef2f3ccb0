"""Long texts (issue 16): the wording check of 1 MB and the report of a 400 KB draft.

Goals: check_1mb_s ≤ 1 s and report_400kb_s ≤ 5 s, each the whole CLI process
(``python -m feasibility_app check FILE`` / ``… report ID -o out.pdf``), median of 3. The
texts are the sample plan's own fields repeated (ordinary prose with the usual findings);
``check_1mb_full_stops_s`` is the hostile case that hung the backtracking sentence splitter
(a run of full stops after a rule with exceptions). Each timing has a ``*_cpu_s`` line (CPU
seconds of the child process): on a busy machine the wall clock mostly measures waiting for
a core. ``load_average`` says how busy the machine was.

    .venv/bin/python bench/bench_long_text.py
"""

from __future__ import annotations

import json
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 3


def sample_prose(size: int) -> str:
    """The sample plan's texts, paragraph by paragraph, repeated to `size` characters."""
    data = json.loads((ROOT / "resources" / "sample" / "mexico_2013_2015.json").read_text(encoding="utf-8"))
    keys = ("problem", "status_quo", "draft_text", "how_it_helps")
    paragraphs = [c[k] for c in data["commitments"] for k in keys if c[k]]
    out, n, i = [], 0, 0
    while n < size:
        out.append(paragraphs[i % len(paragraphs)])
        n += len(out[-1]) + 2
        i += 1
    return "\n\n".join(out)[:size]


def timed(argv: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of one child process (it must succeed)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def report(name: str, argv: list[str]) -> None:
    runs = [timed(argv) for _ in range(RUNS)]
    print(f"{name}: {statistics.median(w for w, _ in runs):.2f}", flush=True)
    print(f"{name}_cpu: {statistics.median(c for _, c in runs):.2f}", flush=True)


def main() -> None:
    py = [sys.executable, "-m", "feasibility_app"]
    print(f"load_average: {os.getloadavg()[0]:.2f}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        prose = folder / "draft_1mb.txt"
        prose.write_text(sample_prose(1_000_000), encoding="utf-8")
        stops = folder / "stops_1mb.txt"
        stops.write_text("We will publish it in real time " + "." * 1_000_000, encoding="utf-8")
        report("check_1mb_s", [*py, "check", str(prose), "--lang", "en"])
        report("check_1mb_full_stops_s", [*py, "check", str(stops), "--lang", "en"])

        db = folder / "long.db"
        out = subprocess.run(
            [*py, "--db", str(db), "list", "--json"], check=True, capture_output=True, text=True
        )
        cid = next(r["id"] for r in json.loads(out.stdout) if r["title"].startswith("Detained"))
        conn = sqlite3.connect(db)
        conn.execute(
            "UPDATE revision SET draft_text = ? WHERE commitment_id = ?", (sample_prose(400_000), cid)
        )
        conn.commit()
        conn.close()
        pdf = folder / "long.pdf"
        report("report_400kb_s", [*py, "--db", str(db), "report", cid, "-o", str(pdf)])
        from pypdf import PdfReader

        print(f"report_400kb_pages: {len(PdfReader(pdf).pages)}")


if __name__ == "__main__":
    main()
