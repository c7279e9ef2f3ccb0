"""Precedent search on a 10,000-row IRM-like spreadsheet: import, in-process search, whole CLI.

Goals (issue 18): a search answers in ≤ 200 ms in process and ≤ 1 s as a whole
`feasibility-app precedents find` command, with ≤ 100 MB extra memory. The rows
are generated (OGP's data is not shipped): Zipf-distributed words in English,
Spanish and Portuguese, 60–250 words per commitment, as OGP's texts run.
Queries are the middle half of random rows' full text; `self_found_first` is the
share of those queries whose own row ranks first.

    .venv/bin/python bench/bench_precedents.py [--rows 10000]
"""

from __future__ import annotations

import argparse
import csv
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

HEADER = [
    "Commitment Unique Identifier",
    "Country/Locality",
    "Action Plan Number",
    "Year Of Submission",
    "Commitment Title",
    "Short Title",
    "Full Text",
    "Lead Institution",
    "Completion (Progress Report)",
    "Completion (End Of Term)",
    "Did It Open Government (Overall)",
] + [f"Policy Area {i}" for i in range(80)]
SEED_WORDS = (
    "registry registro cadastro data datos dados open abiertos abertos public publico publica "
    "transparency transparencia participation participacion participacao citizen ciudadano cidadao "
    "budget presupuesto orcamento contract contrato procurement licitacion health salud saude "
    "education educacion educacao police policia justice justicia security seguridad seguranca "
    "infrastructure infraestructura infraestrutura works obra obras portal plataforma municipal "
    "municipio state estado national nacional law ley lei training capacitacion monitoring "
    "monitoreo indicator indicador complaint denuncia women mujeres mulheres environment ambiente "
    "water agua mining mineria extractive beneficial ownership company empresa corruption "
    "corrupcion corrupcao journalist periodista jornalista rights derechos direitos missing "
    "desaparecidos detained detenidos real time tiempo tempo map mapa road carretera rodovia"
).split()


def _words(rng: random.Random, n: int) -> list[str]:
    syllables = ["ta", "re", "mi", "so", "la", "do", "ca", "pe", "ni", "ro", "ve", "lu", "ga", "ti", "mon"]
    extra = {
        "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))) + rng.choice("nrsl")
        for _ in range(n)
    }
    return SEED_WORDS + sorted(extra)


def generate(path: Path, rows: int, seed: int = 18) -> list[str]:
    """Write an IRM-like CSV of `rows` rows; returns the full texts, row order."""
    rng = random.Random(seed)
    vocab = _words(rng, 6000)
    weights = [1.0 / (i + 1) ** 0.9 for i in range(len(vocab))]
    completions = ["Not Started", "Limited", "Substantial", "Complete", "ND"]
    texts = []
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(HEADER)
        for i in range(rows):
            words = rng.choices(vocab, weights, k=rng.randint(60, 250))
            text = " ".join(words)
            texts.append(text)
            title = " ".join(rng.choices(vocab, weights, k=6))
            w.writerow(
                [
                    f"XX{i:05d}",
                    rng.choice(["Mexico", "Brasil", "Chile", "Kenya"]),
                    "3",
                    str(rng.randint(2012, 2022)),
                    title,
                    title[:20],
                    text,
                    "Ministry",
                    rng.choice(completions),
                    rng.choice(completions),
                    "Marginal",
                ]
                + [rng.choice("0001") for _ in range(80)]
            )
    return texts


def middle_half(text: str) -> str:
    words = text.split()
    q = len(words) // 4
    return " ".join(words[q : len(words) - q])


HWM = r"""
import contextlib, io, sys
from feasibility_app.cli import run
with contextlib.redirect_stdout(io.StringIO()):
    run(["--db", sys.argv[1], *sys.argv[2:]])
status = open("/proc/self/status").read()
print(int(next(l for l in status.splitlines() if l.startswith("VmHWM")).split()[1]) / 1024)
"""

CHILD = r"""
import sys, tracemalloc
from feasibility_app.storage.database import open_database
from feasibility_app.storage.precedent_search import find_similar, vocabulary
from feasibility_app.storage.precedents import Library
db = Library(open_database(sys.argv[1]))
vocabulary()
queries = open(sys.argv[2], encoding="utf-8").read().split("\n\x1e\n")
tracemalloc.start()
for q in queries:
    find_similar(db, q, 5)
print(tracemalloc.get_traced_memory()[1] / 1024 / 1024)
"""


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=10_000)
    args = ap.parse_args()
    from feasibility_app.exchange.irm_sheet import read_precedents
    from feasibility_app.storage.database import open_database
    from feasibility_app.storage.precedent_search import find_similar
    from feasibility_app.storage.precedents import Library, import_precedents

    with tempfile.TemporaryDirectory() as tmp:
        sheet = Path(tmp) / "irm.csv"
        texts = generate(sheet, args.rows)
        db_path = Path(tmp) / "p.db"
        db = open_database(str(db_path))
        t0 = time.perf_counter()
        parsed = read_precedents(sheet)
        t1 = time.perf_counter()
        import_precedents(db, parsed.precedents)
        t2 = time.perf_counter()
        print(f"rows: {args.rows}")
        print(f"csv_size_mb: {sheet.stat().st_size / 1e6:.1f}")
        print(f"read_sheet_s: {t1 - t0:.2f}")
        print(f"import_s: {t2 - t1:.2f}")
        print(f"database_mb: {db_path.stat().st_size / 1e6:.1f}")

        rng = random.Random(7)
        picks = rng.sample(range(args.rows), 30)
        times, first = [], 0
        library = Library(db)
        find_similar(library, middle_half(texts[picks[0]]), 5)  # warm caches, as the window would be
        for i in picks:
            t = time.perf_counter()
            found = find_similar(library, middle_half(texts[i]), 5)
            times.append((time.perf_counter() - t) * 1000)
            first += bool(found) and found[0].precedent.id == f"XX{i:05d}"
        print(f"find_in_process_median_ms: {statistics.median(times):.0f}")
        print(f"find_in_process_max_ms: {max(times):.0f}")
        print(f"self_found_first: {first}/{len(picks)}")
        db.close()

        query = Path(tmp) / "q.txt"
        query.write_text(middle_half(texts[picks[1]]), encoding="utf-8")
        cli = [
            sys.executable,
            "-m",
            "feasibility_app",
            "--db",
            str(db_path),
            "precedents",
            "find",
            str(query),
        ]
        walls = []
        for _ in range(5):
            t = time.perf_counter()
            subprocess.run(cli, check=True, capture_output=True, cwd=ROOT)
            walls.append(time.perf_counter() - t)
        print(f"find_cli_median_s: {statistics.median(walls):.2f}")
        listing = [sys.executable, "-m", "feasibility_app", "--db", str(db_path), "list"]
        walls = []
        for _ in range(5):
            t = time.perf_counter()
            subprocess.run(listing, check=True, capture_output=True, cwd=ROOT)
            walls.append(time.perf_counter() - t)
        print(f"list_cli_median_s (the same machine, for scale): {statistics.median(walls):.2f}")
        # peak memory of the command itself (VmHWM starts afresh at exec, unlike ru_maxrss)
        hwm = {}
        for name, argv in (("list", ["list"]), ("find", ["precedents", "find", str(query)])):
            out = subprocess.run(
                [sys.executable, "-c", HWM, str(db_path), *argv],
                check=True,
                capture_output=True,
                text=True,
                cwd=ROOT,
            ).stdout
            hwm[name] = float(out.strip().splitlines()[-1])
        print(f"find_cli_peak_rss_mb: {hwm['find']:.0f}")
        print(f"find_cli_extra_rss_mb (over `list`): {hwm['find'] - hwm['list']:.1f}")

        qfile = Path(tmp) / "many.txt"
        qfile.write_text("\n\x1e\n".join(middle_half(texts[i]) for i in picks), encoding="utf-8")
        out = subprocess.run(
            [sys.executable, "-c", CHILD, str(db_path), str(qfile)],
            check=True,
            capture_output=True,
            text=True,
            cwd=ROOT,
        ).stdout
        print(f"find_peak_python_memory_mb (tracemalloc, in process): {float(out.strip()):.1f}")


if __name__ == "__main__":
    main()
