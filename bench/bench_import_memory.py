"""Where an exchange import's peak memory comes from, one phase per fresh process.

    .venv/bin/python bench/bench_import_memory.py [--commitments 10000] [--file PATH] [--trace]

Makes an exchange file the way ``bench_exchange.py`` does (or uses ``--file``),
then runs each phase below in a new Python process and prints the process's
peak RSS (``VmHWM``, else ``ru_maxrss``) as ``name: value`` lines, so one phase's memory is not
confused with another's or with generating the data:

* ``baseline``: the modules an import needs, an empty database opened;
* ``read``: the file's bytes decoded to text (what ``parse.load_json`` holds before parsing);
* ``parse``: ``parse.load_json`` (the JSON document);
* ``check``: ``load_json`` then ``validate.check_document`` (the checked records) as
  ``import_exchange`` calls it;
* ``import``: ``import_exchange`` into an empty database (the real thing);
* ``reimport``: ``import_exchange`` of the same file again (everything already present).

Each line is ``<phase>_peak_rss_mb``. Then one more process runs the import's
steps one by one (parse, check, free the document, merge, rebuild the summary
cache; rolled back) and prints the RSS after each step and the peak RSS within
it (``step_<step>_rss_mb``, ``step_<step>_peak_rss_mb``; the peak is reset
between steps through ``/proc/self/clear_refs``). With ``--trace`` the same
steps run again under ``tracemalloc`` (slow) and print, as well, the Python
memory held after each step and the peak within it (``trace_<step>_held_mb``,
``trace_<step>_traced_peak_mb``). The 50 MB import limit is lifted, as in
``bench_exchange.py``.
"""

from __future__ import annotations

import argparse
import gc
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench_exchange import generate, peak_rss_mb  # noqa: E402  (bench/ is on the path: this script's folder)

PHASES = ("baseline", "read", "parse", "check", "import", "reimport")


def _child(phase: str, file: Path, url: str) -> None:
    """Run one phase in this (fresh) process and print its peak RSS."""
    from feasibility_app.exchange import exchange_file
    from feasibility_app.exchange.parse import load_json
    from feasibility_app.exchange.validate import check_document
    from feasibility_app.storage.database import open_database
    from feasibility_app.storage.repository import Repository

    exchange_file.MAX_FILE_BYTES = 2**40
    repo = Repository(open_database(url))
    start = time.perf_counter()
    if phase == "read":
        text = file.read_bytes().decode("utf-8-sig")
        del text
    elif phase == "parse":
        doc = load_json(file, 2**40)
        del doc
    elif phase == "check":
        records = check_document(load_json(file, 2**40))
        del records
    elif phase in ("import", "reimport"):
        summary = exchange_file.import_exchange(repo, file)
        print(f"{phase}: {summary}")
    print(f"{phase}_s: {time.perf_counter() - start:.2f}")
    print(f"{phase}_peak_rss_mb: {peak_rss_mb():.0f}")
    repo.db.close()


def _status_mb(key: str) -> float | None:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith(key + ":"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def _reset_peak() -> bool:
    """Start VmHWM afresh (Linux 4.0+), so each step's own peak can be read."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as fh:
            fh.write("5")
        return True
    except OSError:
        return False


def _steps(file: Path, url: str, trace: bool) -> None:
    """``import_exchange``'s steps one by one, with the RSS after each and each step's peak RSS;
    with `trace`, the Python memory (tracemalloc) held after each step and its peak within it."""
    import tracemalloc

    from feasibility_app.exchange.merge import merge_records
    from feasibility_app.exchange.parse import load_json
    from feasibility_app.exchange.validate import check_document
    from feasibility_app.storage import bulk
    from feasibility_app.storage.database import open_database

    db = open_database(url)
    prefix = "trace" if trace else "step"
    gc.collect()
    if trace:
        tracemalloc.start()
    resettable = _reset_peak()

    def step(name: str) -> None:
        rss, hwm = _status_mb("VmRSS"), _status_mb("VmHWM")
        if rss is not None:
            print(f"{prefix}_{name}_rss_mb: {rss:.0f}")
        if hwm is not None and resettable:
            print(f"{prefix}_{name}_peak_rss_mb: {hwm:.0f}")
        if trace:
            held, peak = tracemalloc.get_traced_memory()
            print(f"{prefix}_{name}_held_mb: {held / 2**20:.0f}")
            print(f"{prefix}_{name}_traced_peak_mb: {peak / 2**20:.0f}")
            tracemalloc.reset_peak()
        _reset_peak()

    step("start")
    doc = load_json(file, 2**40)
    step("parse")
    records = check_document(doc)
    step("check")
    del doc
    step("free_document")
    with bulk.write_transaction(db) as conn:
        result = merge_records(conn, records)
        step("merge")
        touched = result[3] | bulk.missing_summaries(conn, [r.id for r in records["commitments"]])
        bulk.rebuild_summaries(conn, touched)
        step("rebuild_summaries")
        conn.rollback()
    del records, result, touched
    step("end")
    if trace:
        tracemalloc.stop()
    db.close()


def _run(args: list[str]) -> None:
    out = subprocess.run(
        [sys.executable, __file__, *args], check=True, capture_output=True, text=True, cwd=ROOT
    )
    sys.stdout.write(out.stdout)
    sys.stdout.flush()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--commitments", type=int, default=10_000)
    ap.add_argument("--file", type=Path, help="an exchange file to measure (else one is generated)")
    ap.add_argument("--trace", action="store_true", help="also run the steps under tracemalloc (slow)")
    ap.add_argument("--child", nargs=3, metavar=("PHASE", "FILE", "URL"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        phase, file, url = args.child
        if phase in ("steps", "trace"):
            _steps(Path(file), url, trace=phase == "trace")
        else:
            _child(phase, Path(file), url)
        return 0

    from feasibility_app.exchange import exchange_file
    from feasibility_app.storage.database import open_database
    from feasibility_app.storage.repository import Repository

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        file = args.file
        if file is None:
            source = Repository(open_database(str(folder / "source.db")))
            generate(source.db, args.commitments)
            exchange_file.MAX_FILE_BYTES = 2**40
            file = folder / "all.json"
            exchange_file.export_exchange(source, file)
            source.db.close()
        print(f"file_mb: {file.stat().st_size / 1e6:.1f}")
        empty = folder / "empty.db"
        open_database(str(empty)).close()  # migrated once, outside the measured processes
        target = folder / "target.db"
        for phase in PHASES:
            if phase == "import":
                target.write_bytes(empty.read_bytes())
            url = str(target if phase in ("import", "reimport") else empty)
            _run(["--child", phase, str(file), url])
        _run(["--child", "steps", str(file), str(empty)])
        if args.trace:
            _run(["--child", "trace", str(file), str(empty)])
    return 0


if __name__ == "__main__":
    sys.exit(main())
