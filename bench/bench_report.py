"""How long the PDF reports take: one commitment, a 500-commitment portfolio, the whole CLI process.

Goals (issue #4): report_one_s ≤ 0.3 s; report_plan_500_s ≤ 10 s; report_cli_process_s ≤ 0.65 s
(half of LibreOffice's 1.3 s to export the scoring spreadsheet). Prints ``name: value`` lines:

- report_one_first_s   first report in a fresh process (imports reportlab, registers the font)
- report_one_s         one commitment's report, median of 7 runs after the first
- generate_500_s       creating 500 commitments with two assessments each (not part of the goal)
- report_plan_500_s    the portfolio of those 500 commitments (read, check wording, lay out, write)
- report_plan_500_pages
- report_cli_process_s ``python -m feasibility_app --db X report ID -o out.pdf``, median of 5; the
                       command reads the SQLite file with the standard library (storage/sqlite_reader.py)

Each timing also has a ``*_cpu_s`` line (CPU seconds of the process doing the work): on a
shared, busy machine the wall-clock figure mostly measures waiting for a core, the CPU figure
what the report costs. ``load_average`` says how busy the machine was.

    .venv/bin/python bench/bench_report.py
"""

from __future__ import annotations

import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from feasibility_app.domain.factors import FACTOR_KEYS, RISK_LEVELS, Evidence, Potential, Role  # noqa: E402
from feasibility_app.domain.model import (  # noqa: E402
    CommitmentFields,
    FactorScore,
    IrmPrecheck,
    Milestone,
    Mitigation,
)
from feasibility_app.storage.repository import Repository  # noqa: E402
from feasibility_app.storage.sample import open_with_sample  # noqa: E402

N_PLAN = 500


def _timed(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def _timed2(fn) -> tuple[float, float]:
    """(wall, cpu) seconds of fn()."""
    t, c = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - t, time.process_time() - c


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def generate(repo: Repository, n: int) -> str:
    """A plan of `n` commitments, each scored by a government and a civil-society assessor."""
    rnd = random.Random(4)
    plan = repo.create_plan(
        "Generated plan 2026–2028",
        "Utopia",
        date(2026, 1, 1),
        date(2028, 6, 30),
        parties=[("Government", Role.GOVERNMENT), ("CSO core group", Role.CIVIL_SOCIETY)],
    )
    for i in range(n):
        fields = CommitmentFields(
            title=f"Commitment {i + 1}: open data on public works in region {rnd.randint(1, 32)}",
            problem="Citizens cannot follow how public money is spent on works.",
            status_quo="Some contracts are published as scanned PDFs.",
            draft_text=(
                "The Ministry will publish, in real time and nationwide, a new database of every public "
                "work, "
                "in coordination with state and municipal governments, to strengthen accountability."
            ),
            lead_agency=f"Ministry {rnd.randint(1, 20)}",
            other_actors_cso="Fundación Ciudadanía Activa",
            start=date(2026, 1, 1),
            end=date(2028, 6, 30),
            milestones=(
                Milestone("Dataset published on the open data portal", date(2026, 3, 1), date(2026, 12, 31)),
            ),
        )
        cid = repo.create_commitment(plan.id, fields, "bench").commitment_id
        for assessor, role in (("Ministry team", Role.GOVERNMENT), ("CSO core group", Role.CIVIL_SOCIETY)):
            scores = {
                key: FactorScore(
                    rnd.choice(RISK_LEVELS),
                    rnd.choice(list(Evidence)),
                    "Rationale citing the case study and what was checked with the agency.",
                    (
                        Mitigation(
                            "Agree the data fields with the statistics office", "Ministry", date(2026, 6, 30)
                        ),
                    )
                    if rnd.random() < 0.3
                    else (),
                )
                for key in FACTOR_KEYS
            }
            irm = IrmPrecheck(rnd.random() < 0.5, ("transparency",), "", rnd.choice(list(Potential)))
            repo.save_assessment(cid, assessor, role, scores, irm)
    return plan.id


def main() -> None:
    from feasibility_app.reports.commitment_report import write_commitment_report
    from feasibility_app.reports.plan_report import write_plan_report

    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        db_path = tmpdir / "bench.db"
        db = open_with_sample(str(db_path))
        repo = Repository(db)
        sample = repo.summaries()
        cid = next(s.id for s in sample if s.title.startswith("Detained Persons"))
        out = tmpdir / "one.pdf"
        print(f"load_average: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
        print(f"report_one_first_s: {_timed(lambda: write_commitment_report(repo, cid, out)):.3f}")
        runs = [_timed2(lambda: write_commitment_report(repo, cid, out)) for _ in range(7)]
        print(f"report_one_s: {statistics.median(r[0] for r in runs):.3f}")
        print(f"report_one_cpu_s: {statistics.median(r[1] for r in runs):.3f}")

        plan_id = None

        def gen() -> None:
            nonlocal plan_id
            plan_id = generate(repo, N_PLAN)

        print(f"generate_{N_PLAN}_s: {_timed(gen):.2f}")
        plan_out = tmpdir / "plan.pdf"
        wall, cpu = _timed2(lambda: write_plan_report(repo, plan_id, plan_out))
        print(f"report_plan_{N_PLAN}_s: {wall:.2f}")
        print(f"report_plan_{N_PLAN}_cpu_s: {cpu:.2f}")
        from pypdf import PdfReader

        print(f"report_plan_{N_PLAN}_pages: {len(PdfReader(str(plan_out)).pages)}")
        db.close()

        cli_runs, cli_cpu = [], []
        for i in range(5):
            cmd = [
                sys.executable,
                "-m",
                "feasibility_app",
                "--db",
                str(db_path),
                "report",
                cid[:8],
                "-o",
                str(tmpdir / f"cli{i}.pdf"),
            ]
            t, c = time.perf_counter(), _children_cpu()
            done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
            cli_runs.append(time.perf_counter() - t)
            cli_cpu.append(_children_cpu() - c)
            if done.returncode != 0:
                raise SystemExit(f"CLI failed ({done.returncode}): {done.stderr.strip()}")
        print(f"report_cli_process_s: {statistics.median(cli_runs):.3f}")
        print(f"report_cli_process_cpu_s: {statistics.median(cli_cpu):.3f}")
        print(f"load_average_end: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
