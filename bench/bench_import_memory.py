"""Where an exchange import's peak memory comes from, one phase per fresh process.

    .venv/bin/python bench/bench_import_memory.py [--commitments 10000] [--file PATH] [--trace]

Makes an exchange file the way ``bench_exchange.py`` does (or uses ``--file``),
then runs each phase below in a new Python process and prints the process's
peak RSS (``VmHWM``, else ``ru_maxrss``) as ``name: value`` lines, so one phase's memory is not
confused with another's or with generating the data:

* ``baseline``: the modules an import needs, an empty database opened;
* ``read``: ``parse.read_text``, the file's text;
* ``parse``: ``parse.load_json``, the whole JSON document;
* ``check``: ``load_json`` then ``validate.check_document``: the document and the
  checked records (what ``read_exchange`` does);
* ``records``: ``stream.load_records``, the checked records read in one pass (what
  ``import_exchange`` does before merging);
* ``import``: ``import_exchange`` into an empty database (the real thing);
* ``reimport``: ``import_exchange`` of the same file again (everything already present).

Each line is ``<phase>_peak_rss_mb``. Then one more process runs
``import_exchange`` with its steps wrapped (read and check, merge, the summary
rebuild: the functions it calls, whichever it uses) and prints the RSS after
each step and the peak RSS within it (``step_<step>_rss_mb``,
``step_<step>_peak_rss_mb``; the peak is reset after each step through
``/proc/self/clear_refs``). With ``--trace`` the same
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

PHASES = ("baseline", "read", "parse", "check", "records", "import", "reimport")


def _child(phase: str, file: Path, url: str) -> None:
    """Run one phase in this (fresh) process and print its peak RSS."""
    from feasibility_app.exchange import exchange_file
    from feasibility_app.exchange.parse import load_json, read_text
    from feasibility_app.exchange.stream import load_records
    from feasibility_app.exchange.validate import check_document
    from feasibility_app.storage.database import open_database
    from feasibility_app.storage.repository import Repository

    exchange_file.MAX_FILE_BYTES = 2**40
    repo = Repository(open_database(url))
    start = time.perf_counter()
    if phase == "read":
        text = read_text(file, 2**40)
        del text
    elif phase == "parse":
        doc = load_json(file, 2**40)
        del doc
    elif phase == "check":
        records = check_document(load_json(file, 2**40))
        del records
    elif phase == "records":
        records = load_records(file, 2**40)
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
    """``import_exchange`` with its steps wrapped: the RSS after each step and each step's peak
    RSS; with `trace`, the Python memory (tracemalloc) held after each step and its peak.

    The steps are the functions ``import_exchange`` calls through the ``exchange_file`` and
    ``bulk`` module namespaces (whichever of them it uses); a step called several times (the
    summary rebuild, a slice at a time) is reported once, with its largest figures.
    """
    import tracemalloc

    from feasibility_app.exchange import exchange_file
    from feasibility_app.storage import bulk
    from feasibility_app.storage.database import open_database
    from feasibility_app.storage.repository import Repository

    exchange_file.MAX_FILE_BYTES = 2**40
    repo = Repository(open_database(url))
    prefix = "trace" if trace else "step"
    figures: dict[str, dict[str, float]] = {}
    order: list[str] = []

    def record(name: str) -> None:
        now = {"rss_mb": _status_mb("VmRSS"), "peak_rss_mb": _status_mb("VmHWM") if resettable else None}
        if trace:
            held, peak = tracemalloc.get_traced_memory()
            now.update(held_mb=held / 2**20, traced_peak_mb=peak / 2**20)
            tracemalloc.reset_peak()
        if name not in figures:
            order.append(name)
        old = figures.setdefault(name, {})
        for key, value in now.items():
            if value is not None:
                old[key] = max(old.get(key, 0.0), value)
        _reset_peak()

    def wrap(module, attr: str, name: str) -> None:
        real = getattr(module, attr, None)
        if real is None:
            return

        def wrapped(*args, **kwargs):
            try:
                return real(*args, **kwargs)
            finally:
                record(name)

        setattr(module, attr, wrapped)

    for attr, name in (
        ("load_records", "read_and_check"),
        ("load_json", "parse"),
        ("check_document", "check"),
        ("merge_records", "merge"),
    ):
        wrap(exchange_file, attr, name)
    wrap(bulk, "missing_summaries", "missing_summaries")
    wrap(bulk, "rebuild_summaries", "rebuild_summaries")
    gc.collect()
    if trace:
        tracemalloc.start()
    resettable = _reset_peak()
    record("start")
    exchange_file.import_exchange(repo, file)
    record("end")
    if trace:
        tracemalloc.stop()
    for name in order:
        for key, value in figures[name].items():
            print(f"{prefix}_{name}_{key}: {value:.0f}")
    repo.db.close()


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
        for phase in ("steps", "trace") if args.trace else ("steps",):
            target.write_bytes(empty.read_bytes())
            _run(["--child", phase, str(file), str(target)])
    return 0


if __name__ == "__main__":
    sys.exit(main())
