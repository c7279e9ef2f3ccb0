"""Kill a writing process with SIGKILL at random moments; prove nothing acknowledged is lost.

    .venv/bin/python bench/crash_loop.py --runs 100 [--seed N] [--keep DIR]

A writer process (this file, ``--writer``) saves assessments with
``Repository.save_assessment`` in a loop and prints ``A <id>`` only AFTER each save
returned (stdout flushed), and now and then a new revision (``R <id>``). When the
exchange importer exists it also imports exchange files, printing ``I+ <n>`` before and
``I= <n>`` after each import. The parent kills it with SIGKILL at a random moment
(mostly while it writes, sometimes while it is still opening the database), then checks:

- ``PRAGMA integrity_check`` is ``ok`` and ``PRAGMA foreign_key_check`` finds nothing;
- every printed id is in the database (``lost_saves`` counts the missing ones);
- every import file is all-or-nothing: of the records the file holds (commitments,
  revisions, assessments), either all are present or none (``partial_imports``);
  a file whose import was acknowledged must be all present (counted as lost otherwise);
- the app opens the file again with ``open_database`` (``open_failures``).

One database is used for the whole loop, like a user's file that lives through many
crashes. SIGKILL models an application crash (the OS keeps its buffers): with WAL and
``synchronous=NORMAL`` every committed transaction must survive it. It does not model
power loss.
Prints ``name: value`` lines (crash_runs, integrity_failures, lost_saves, partial_imports,
open_failures, saves_acknowledged, imports_interrupted, ...).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
RECORD_TABLES = ("commitment", "revision", "assessment")


def exchange_available() -> bool:
    try:
        from feasibility_app.exchange.exchange_file import export_exchange, import_exchange  # noqa: F401
    except ImportError:
        return False
    return True


# --------------------------------------------------------------------------- the writer


def writer(db_path: str, import_files: list[str], seed: int) -> None:
    """Runs in the child: save forever (until killed), acknowledging each save on stdout."""
    from feasibility_app.domain.factors import FACTOR_KEYS, Evidence, Level
    from feasibility_app.domain.model import FactorScore
    from feasibility_app.storage.database import open_database
    from feasibility_app.storage.repository import Repository

    rng = random.Random(seed)
    if import_files:
        # Loaded before "ready": on a busy machine its import alone can outlast the kill delay,
        # and then no run ever reaches an import.
        from feasibility_app.exchange.exchange_file import import_exchange
    repo = Repository(open_database(db_path))
    ids = [s.id for s in repo.summaries()][:500]
    out = sys.stdout
    out.write("ready\n")
    out.flush()
    pending = list(import_files)
    levels = [lv for lv in Level]
    n = 0
    while True:
        n += 1
        if pending and rng.random() < 0.25:
            name = pending.pop(0)
            out.write(f"I+ {name}\n")
            out.flush()
            import_exchange(repo, Path(name))
            out.write(f"I= {name}\n")
            out.flush()
            continue
        cid = rng.choice(ids)
        if rng.random() < 0.1:
            current = repo.current_revision(cid)
            from dataclasses import replace

            fields = replace(current.fields, title=f"{current.fields.title.split(' ~')[0]} ~{n}")
            rev = repo.save_revision(cid, fields, author="crash-loop")
            out.write(f"R {rev.id}\n")
            out.flush()
            continue
        scores = {
            key: FactorScore(
                rng.choice(levels), Evidence.ASSUMED, f"crash loop save {n} " * rng.randint(1, 40)
            )
            for key in FACTOR_KEYS
        }
        a = repo.save_assessment(cid, f"assessor {rng.randint(1, 5)}", "civil_society", scores)
        out.write(f"A {a.id}\n")
        out.flush()


# --------------------------------------------------------------------------- the parent


@dataclass
class Totals:
    crash_runs: int = 0
    integrity_failures: int = 0
    lost_saves: int = 0
    partial_imports: int = 0
    open_failures: int = 0
    stale_summaries: int = 0
    saves_acknowledged: int = 0
    revisions_acknowledged: int = 0
    imports_acknowledged: int = 0
    imports_interrupted: int = 0
    interrupted_committed: int = 0
    killed_before_ready: int = 0
    problems: list[str] = field(default_factory=list)
    stale_ids: set[str] = field(default_factory=set)


def prepare_database(path: Path) -> None:
    """The sample plan plus a few hundred commitments, so saves hit a realistic file."""
    from feasibility_app.storage.sample import open_with_sample

    db = open_with_sample(str(path))
    db.close()
    gen = _load_gen_large()
    gen.generate(str(path), commitments=300, plans=3, seed=7)


def _load_gen_large():
    import importlib.util

    spec = importlib.util.spec_from_file_location("gen_large", Path(__file__).with_name("gen_large.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def make_import_template(workdir: Path, commitments: int = 40) -> Path | None:
    """An exchange file of one fresh plan (exported from a scratch database), or None."""
    if not exchange_available():
        return None
    from feasibility_app.exchange.exchange_file import export_exchange
    from feasibility_app.storage.database import open_database
    from feasibility_app.storage.repository import Repository

    src = workdir / "template-source.db"
    gen = _load_gen_large()
    gen.generate(str(src), commitments=commitments, plans=1, seed=11)
    repo = Repository(open_database(str(src)))
    plan_id = repo.plans()[0].id
    out = workdir / "template.json"
    export_exchange(repo, out, plan_id)
    repo.db.close()
    return out


def fresh_copy(template: Path, target: Path, salt: str) -> dict[str, list[str]]:
    """The template with every UUID replaced consistently (a new plan with new records).

    Returns the file's record ids per table, derived from the template's own records
    (found by id in the source file's text, whatever the file's layout).
    """
    text = template.read_text(encoding="utf-8")
    ns = uuid.uuid5(uuid.NAMESPACE_URL, f"crash-loop/{salt}")
    text = UUID_RE.sub(lambda m: str(uuid.uuid5(ns, m.group(0))), text)
    target.write_text(text, encoding="utf-8")
    return record_ids(target)


def record_ids(path: Path) -> dict[str, list[str]]:
    """The ids of the commitments, revisions and assessments an exchange file holds."""
    data = json.loads(path.read_text(encoding="utf-8"))
    found: dict[str, set[str]] = {t: set() for t in RECORD_TABLES}
    keys = {"commitments": "commitment", "revisions": "revision", "assessments": "assessment"}

    def walk(node, table=None):
        if isinstance(node, dict):
            if table and isinstance(node.get("id"), str):
                found[table].add(node["id"])
            for k, v in node.items():
                walk(v, keys.get(k))
        elif isinstance(node, list):
            for v in node:
                walk(v, table)

    walk(data)
    return {t: sorted(v) for t, v in found.items()}


def count_present(conn: sqlite3.Connection, ids: dict[str, list[str]]) -> tuple[int, int]:
    present = total = 0
    for table, values in ids.items():
        total += len(values)
        for i in range(0, len(values), 500):
            chunk = values[i : i + 500]
            marks = ",".join("?" * len(chunk))
            present += conn.execute(f"SELECT count(*) FROM {table} WHERE id IN ({marks})", chunk).fetchone()[
                0
            ]
    return present, total


STALE_SUMMARY_SQL = """
SELECT c.id FROM commitment c
 WHERE NOT EXISTS (SELECT 1 FROM commitment_summary s WHERE s.commitment_id = c.id)
UNION
SELECT s.commitment_id FROM commitment_summary s
 WHERE s.revision_id IS NOT (SELECT r.id FROM revision r WHERE r.commitment_id = s.commitment_id
                             ORDER BY r.created_at DESC, r.id DESC LIMIT 1)
"""


def stale_summaries(conn: sqlite3.Connection) -> set[str]:
    """Commitments the navigator would show wrongly: no summary row, or one for an old revision."""
    return {r[0] for r in conn.execute(STALE_SUMMARY_SQL)}


def run_once(
    db: Path,
    rng: random.Random,
    totals: Totals,
    import_files: dict[str, dict[str, list[str]]],
    max_delay: float = 1.2,
) -> None:
    """One writer, one SIGKILL, one check."""
    cmd = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--writer",
        str(db),
        "--seed",
        str(rng.randrange(1 << 30)),
        *import_files,
    ]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=str(ROOT))
    lines: list[str] = []
    ready = threading.Event()

    def read() -> None:
        for line in proc.stdout:
            lines.append(line.rstrip("\n"))
            if line.startswith("ready"):
                ready.set()
        ready.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    if rng.random() < 0.1:  # kill while it is still starting or opening the database
        time.sleep(rng.uniform(0.0, 0.8))
    else:
        if not ready.wait(30):
            totals.problems.append("writer did not start in 30 s")
        time.sleep(rng.uniform(0.0, max_delay))
    if proc.poll() is not None:  # it must not have stopped by itself
        totals.problems.append(f"writer exited with {proc.returncode}: {proc.stderr.read()[-2000:]}")
    else:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    reader.join(10)
    proc.stdout.close()
    proc.stderr.close()
    totals.crash_runs += 1
    if "ready" not in lines:
        totals.killed_before_ready += 1
    check(db, lines, totals, import_files)


def check(db: Path, lines: list[str], totals: Totals, import_files: dict[str, dict[str, list[str]]]) -> None:
    saves = [ln.split()[1] for ln in lines if ln.startswith("A ")]
    revisions = [ln.split()[1] for ln in lines if ln.startswith("R ")]
    started = [ln.split(maxsplit=1)[1] for ln in lines if ln.startswith("I+ ")]
    done = {ln.split(maxsplit=1)[1] for ln in lines if ln.startswith("I= ")}
    totals.saves_acknowledged += len(saves)
    totals.revisions_acknowledged += len(revisions)
    conn = sqlite3.connect(str(db))
    try:
        result = conn.execute("PRAGMA integrity_check").fetchall()
        if result != [("ok",)]:
            totals.integrity_failures += 1
            totals.problems.append(f"integrity_check: {result[:5]}")
        fk = conn.execute("PRAGMA foreign_key_check").fetchall()
        if fk:
            totals.integrity_failures += 1
            totals.problems.append(f"foreign_key_check: {fk[:5]}")
        stale = stale_summaries(conn) - totals.stale_ids
        if stale:
            totals.stale_ids |= stale
            totals.stale_summaries += len(stale)
            totals.problems.append(f"{len(stale)} more commitments with a missing or stale summary row")
        present, _ = count_present(conn, {"assessment": saves, "revision": revisions})
        if present != len(saves) + len(revisions):
            lost = len(saves) + len(revisions) - present
            totals.lost_saves += lost
            totals.problems.append(f"{lost} acknowledged saves missing")
        for name in started:
            present, total = count_present(conn, import_files[name])
            if name in done:
                totals.imports_acknowledged += 1
                if present != total:
                    totals.lost_saves += total - present
                    totals.problems.append(f"acknowledged import {name}: {present}/{total} records")
            else:
                totals.imports_interrupted += 1
                if present == total:
                    totals.interrupted_committed += 1
                elif present != 0:
                    totals.partial_imports += 1
                    totals.problems.append(f"interrupted import {name}: {present}/{total} records")
    finally:
        conn.close()
    from feasibility_app.storage.database import DatabaseProblem, open_database
    from feasibility_app.storage.repository import Repository

    try:
        again = open_database(str(db))
        Repository(again).summaries()
        again.close()
    except DatabaseProblem as exc:
        totals.open_failures += 1
        totals.problems.append(f"open_database: {exc}")


def crash_loop(
    workdir: Path,
    runs: int,
    seed: int = 1,
    imports_per_run: int = 2,
    max_delay: float = 1.2,
    import_commitments: int = 40,
) -> Totals:
    rng = random.Random(seed)
    db = workdir / "crash.db"
    prepare_database(db)
    template = make_import_template(workdir, import_commitments)
    totals = Totals()
    for run in range(runs):
        files: dict[str, dict[str, list[str]]] = {}
        if template is not None:
            for k in range(imports_per_run):
                target = workdir / f"import-{run:04d}-{k}.json"
                files[str(target)] = fresh_copy(template, target, f"{seed}/{run}/{k}")
        run_once(db, rng, totals, files, max_delay)
    return totals


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="SIGKILL a writer at random moments; check nothing is lost.")
    ap.add_argument("--runs", type=int, default=100)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keep", metavar="DIR", help="work in DIR and keep it (default: a temporary folder)")
    ap.add_argument("--writer", metavar="DB", help=argparse.SUPPRESS)
    ap.add_argument("imports", nargs="*", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.writer:
        writer(args.writer, args.imports, args.seed)
        return 0
    workdir = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="crash-loop-"))
    workdir.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    try:
        totals = crash_loop(workdir, args.runs, args.seed)
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
    for name in (
        "crash_runs",
        "integrity_failures",
        "lost_saves",
        "partial_imports",
        "open_failures",
        "stale_summaries",
        "saves_acknowledged",
        "revisions_acknowledged",
        "imports_acknowledged",
        "imports_interrupted",
        "interrupted_committed",
        "killed_before_ready",
    ):
        print(f"{name}: {getattr(totals, name)}")
    print(f"exchange_imports: {'yes' if exchange_available() else 'no (exchange_file not present)'}")
    print(f"crash_loop_s: {time.perf_counter() - started:.1f}")
    for problem in totals.problems[:20]:
        print(f"problem: {problem}", file=sys.stderr)
    bad = totals.integrity_failures + totals.lost_saves + totals.partial_imports + totals.open_failures
    return 1 if bad or totals.problems else 0


if __name__ == "__main__":
    sys.exit(main())
