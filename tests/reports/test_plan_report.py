"""The portfolio report of a whole action plan, and the CLI's `report` command."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from feasibility_app.cli import run
from feasibility_app.domain.factors import Level, Role
from feasibility_app.domain.model import FactorScore
from feasibility_app.domain.rubric import load_rubric
from feasibility_app.reports import ReportCancelled
from feasibility_app.reports.fingerprint import fingerprint, plan_fingerprint
from feasibility_app.reports.plan_report import write_plan_report

from .helpers import add_commitment, read_pdf, scores


def test_portfolio_lists_every_commitment_riskiest_first(repo, sample_plan, sample_ids, tmp_path):
    calls = []
    out = write_plan_report(
        repo, sample_plan.id, tmp_path / "plan.pdf", progress=lambda d, t: calls.append((d, t))
    )
    pdf = read_pdf(out)
    flat = pdf.flat
    assert pdf.reader.metadata.title == sample_plan.title
    for title in sample_ids:
        assert title.split(" (")[0] in flat, title
    rubric = load_rubric("en")
    for key in ("constitutional_limits", "budget", "political_will"):
        assert rubric.short_label(key) in pdf.pages[0]
    # counts per band: 2 critical, 1 high, 0 moderate, 3 low (Table 2 of the case study)
    assert re.search(r"2\s*Critical\s*1\s*High\s*0\s*Moderate\s*3\s*Low", flat)
    # sections: #1 and #2 are the critical PGR commitments
    first = flat.index("#1 ")
    assert flat[first : first + 60].startswith(("#1 Detained", "#1 Missing"))
    # each section prints its commitment's fingerprint whole; the plan's is at the end
    prints = [fingerprint(repo.snapshot(cid)) for cid in sample_ids.values()]
    for fp in prints:
        assert fp in flat
    assert plan_fingerprint(sample_plan, prints) in pdf.pages[-1]
    assert "Ambition against risk" in flat
    assert calls[-1][0] == calls[-1][1]
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_portfolio_in_spanish(repo, sample_plan, tmp_path):
    pdf = read_pdf(write_plan_report(repo, sample_plan.id, tmp_path / "es.pdf", "es"))
    rubric = load_rubric("es")
    assert "Mapa de calor de riesgos" in pdf.flat
    assert rubric.quadrant_label("target") in pdf.flat
    assert rubric.level_label("critical") in pdf.flat
    assert "de noviembre de 2013" in pdf.flat  # the plan's start, formatted per language


def test_incomplete_commitment_is_marked_draft_in_the_portfolio(repo, sample_plan, tmp_path):
    cid = add_commitment(repo, sample_plan.id, title="Half-scored commitment")
    repo.save_assessment(cid, "Ana", Role.GOVERNMENT, scores(Level.LOW, budget=FactorScore()))
    pdf = read_pdf(write_plan_report(repo, sample_plan.id, tmp_path / "p.pdf"))
    assert "Half-scored commitment" in pdf.flat
    assert "DRAFT" in pdf.flat
    assert "1 of 7 not fully assessed" in pdf.flat


def test_empty_plan(repo, tmp_path):
    plan = repo.create_plan("Empty plan", "Chile")
    pdf = read_pdf(write_plan_report(repo, plan.id, tmp_path / "e.pdf"))
    assert "no commitments yet" in pdf.flat


def test_cancel_leaves_no_file(repo, sample_plan, tmp_path):
    seen = []

    def cancelled() -> bool:
        seen.append(1)
        return len(seen) > 3

    with pytest.raises(ReportCancelled):
        write_plan_report(repo, sample_plan.id, tmp_path / "c.pdf", cancelled=cancelled)
    assert not any(p.name.endswith((".pdf", ".part")) for p in tmp_path.iterdir())


def test_cancel_during_layout_leaves_no_file(repo, sample_plan, tmp_path):
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 8  # 6 reads pass, then the layout is cancelled

    with pytest.raises(ReportCancelled):
        write_plan_report(repo, sample_plan.id, tmp_path / "c.pdf", cancelled=cancelled)
    assert not any(p.name.endswith((".pdf", ".part")) for p in tmp_path.iterdir())


def test_many_commitments_overflow_the_map_gracefully(repo, tmp_path):
    plan = repo.create_plan("Big plan", "Perú")
    for i in range(70):
        cid = add_commitment(repo, plan.id, title=f"Commitment {i:02d}")
        repo.save_assessment(cid, "Ana", Role.GOVERNMENT, scores(Level.LOW))
    pdf = read_pdf(write_plan_report(repo, plan.id, tmp_path / "big.pdf"))
    for i in range(70):
        assert f"Commitment {i:02d}" in pdf.flat
    assert re.search(r"\+\d+", pdf.flat)  # the fullest map cell says how many more


# --- the CLI --------------------------------------------------------------------------------


def test_cli_report_in_spanish(repo, detained_id, tmp_path, capsys):
    db = str(tmp_path / "t.db")
    out = tmp_path / "out.pdf"
    assert run(["--db", db, "report", detained_id[:8], "-o", str(out), "--lang", "es"]) == 0
    assert out.is_file()
    assert "Límites constitucionales" in read_pdf(out).flat
    assert "Wrote" in capsys.readouterr().out


def test_cli_report_to_a_missing_folder_exits_3(repo, detained_id, tmp_path, capsys):
    db = str(tmp_path / "t.db")
    code = run(["--db", db, "report", detained_id, "-o", "/nonexistent/dir/x.pdf"])
    err = capsys.readouterr().err
    assert code == 3
    assert err.count("\n") == 1 and "/nonexistent/dir" in err and "Traceback" not in err


def test_cli_plan_report(repo, sample_plan, tmp_path):
    db = str(tmp_path / "t.db")
    out = tmp_path / "plan.pdf"
    assert run(["--db", db, "report", "--plan", sample_plan.id[:8], "-o", str(out), "--lang", "pt"]) == 0
    assert "Mapa de calor dos riscos" in read_pdf(out).flat


def test_cli_report_reads_without_sqlalchemy_and_matches_the_repository(repo, detained_id, tmp_path):
    """The report command's fast read (stdlib sqlite3) prints the fingerprint the repository gives."""
    db, fast = tmp_path / "t.db", tmp_path / "fast.pdf"
    code = (
        "import sys\n"
        "from feasibility_app.cli import run\n"
        f"code = run(['--db', {str(db)!r}, 'report', {detained_id!r}, '-o', {str(fast)!r}])\n"
        "assert code == 0\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'alembic'}))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip().endswith("[]"), done.stdout
    # a URL always goes through the repository (SQLAlchemy)
    slow = tmp_path / "slow.pdf"
    assert run(["--db", f"sqlite:///{db}", "report", detained_id, "-o", str(slow)]) == 0
    fp = fingerprint(repo.snapshot(detained_id))
    for out in (fast, slow):
        assert fp in read_pdf(out).flat


def test_cli_plan_report_through_both_read_paths(repo, sample_plan, tmp_path):
    db = tmp_path / "t.db"
    fast, slow = tmp_path / "fast.pdf", tmp_path / "slow.pdf"
    assert run(["--db", str(db), "report", "--plan", sample_plan.id, "-o", str(fast)]) == 0
    assert run(["--db", f"sqlite:///{db}", "report", "--plan", sample_plan.id, "-o", str(slow)]) == 0
    assert read_pdf(fast).flat == read_pdf(slow).flat
