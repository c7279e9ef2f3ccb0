"""The precedent library in an exchange file (`export --with-precedents`): size and time for
10,000 precedents (issue 18).

Generates the same IRM-like spreadsheet as bench_precedents.py (10,000 rows, 60–250 words of
text each), imports it beside the sample plan, then measures: the export with and without
the library, the file sizes, the import of the file into an empty database (adds every
precedent and rebuilds the search index in the same transaction) and a second import of
the same file (every precedent compared, nothing rewritten).

    .venv/bin/python bench/bench_precedent_exchange.py [--rows 10000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=10_000)
    args = ap.parse_args()
    from bench_precedents import generate

    from feasibility_app.app.learning import import_precedents_file, precedent_library_size
    from feasibility_app.exchange.exchange_file import export_exchange, import_exchange
    from feasibility_app.storage.database import open_database
    from feasibility_app.storage.precedent_search import find_similar
    from feasibility_app.storage.repository import Repository
    from feasibility_app.storage.sample import open_with_sample

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        sheet = folder / "irm.csv"
        texts = generate(sheet, args.rows)
        repo = Repository(open_with_sample(str(folder / "a.db")))
        import_precedents_file(repo, sheet)
        print(f"rows: {args.rows}")

        plain, full = folder / "plain.json", folder / "full.json"
        t = time.perf_counter()
        export_exchange(repo, plain)
        print(f"export_without_precedents_s: {time.perf_counter() - t:.2f}")
        t = time.perf_counter()
        summary = export_exchange(repo, full, with_precedents=True)
        print(f"export_with_precedents_s: {time.perf_counter() - t:.2f}")
        assert summary.counts["precedents"] == args.rows
        print(f"file_without_precedents_mb: {plain.stat().st_size / 1e6:.2f}")
        print(f"file_with_precedents_mb: {full.stat().st_size / 1e6:.2f}")
        print(f"precedents_add_mb: {(full.stat().st_size - plain.stat().st_size) / 1e6:.2f}")
        repo.db.close()

        other = Repository(open_database(str(folder / "b.db")))
        t = time.perf_counter()
        result = import_exchange(other, full)
        print(f"import_into_empty_s: {time.perf_counter() - t:.2f}")
        assert result.added["precedents"] == args.rows
        assert precedent_library_size(other) == args.rows
        t = time.perf_counter()
        again = import_exchange(other, full)
        print(f"import_again_unchanged_s: {time.perf_counter() - t:.2f}")
        assert "nothing new" in str(again)
        found = find_similar(other, " ".join(texts[123].split()[20:80]), 1)
        print(f"search_after_import_finds_its_row: {found[0].precedent.id == 'XX00123'}")
        other.db.close()


if __name__ == "__main__":
    main()
