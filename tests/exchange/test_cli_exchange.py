"""`export` and `import` from the command line: exit codes, one-line errors, the CSV file."""

from __future__ import annotations

import csv
import io
import json

import pytest

from feasibility_app.cli import run
from feasibility_app.domain.factors import FACTOR_KEYS
from feasibility_app.exchange.csv_export import COLUMNS

from .helpers import dump, open_repo


@pytest.fixture(autouse=True)
def _cli_databases_closed_after_the_test(monkeypatch):
    """The CLI never closes its database (the process ends); in a test process its dropped
    PostgreSQL connections would warn when collected, so keep them and close them here."""
    from feasibility_app import cli

    opened = []
    original = cli._repository

    def keeping(args):
        repo = original(args)
        opened.append(repo)
        return repo

    monkeypatch.setattr(cli, "_repository", keeping)
    yield
    for repo in opened:
        repo.db.close()


def test_export_json_then_import_it_elsewhere(db_url, tmp_path, capsys):
    out = tmp_path / "out.json"
    assert run(["--db", db_url, "export", "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith(f"Wrote {out}: 1 plan, 6 commitments, 6 revisions, ")
    other = f"sqlite:///{tmp_path / 'other.db'}"
    assert run(["--db", other, "import", str(out)]) == 0  # the other database starts with the sample too
    doc = json.loads(out.read_text(encoding="utf-8"))
    records = sum(len(v) for v in doc.values() if isinstance(v, list))
    assert capsys.readouterr().out.strip() == f"nothing new; {records} records already present"


def test_import_of_a_bad_file_exits_3_in_one_line_and_changes_nothing(db_url, tmp_path, capsys):
    assert run(["--db", db_url, "list"]) == 0  # creates the database with its sample plan
    repo = open_repo(db_url)
    before = dump(repo.db)
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "feasibility-exchange", "version": 4}', encoding="utf-8")
    capsys.readouterr()
    assert run(["--db", db_url, "import", str(bad)]) == 3
    err = capsys.readouterr().err
    assert (
        err == "bad.json: written by a newer version (format 4); this version reads format 3. "
        "Update Feasibility to import it\n"
    )
    assert dump(repo.db) == before


def test_export_to_a_missing_folder_exits_3_and_leaves_no_file(db_url, tmp_path, capsys):
    out = tmp_path / "missing" / "out.json"
    assert run(["--db", db_url, "export", "-o", str(out)]) == 3
    err = capsys.readouterr().err
    assert err.startswith(f"cannot write {out}: ") and err.count("\n") == 1
    assert not out.parent.exists()


def test_export_csv_for_excel(db_url, tmp_path, capsys):
    out = tmp_path / "out.csv"
    assert run(["--db", db_url, "export", "-o", str(out)]) == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: Excel shows the accents
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert tuple(rows[0]) == COLUMNS
    repo = open_repo(db_url)
    expected = 0
    for s in repo.summaries():
        snap = repo.snapshot(s.id)
        expected += len(FACTOR_KEYS) * (len(snap.result.assessments) + (snap.result.consensus is not None))
    assert len(rows) - 1 == expected > 0
    assert f"Wrote {expected} rows to {out}" in capsys.readouterr().out
    assert any("Núcleo" in r[3] for r in rows[1:])
    from feasibility_app.domain.rubric import load_rubric

    assert {r[5] for r in rows[1:]} == {load_rubric("en").factor_label(k) for k in FACTOR_KEYS}


def test_csv_has_consensus_rows_and_leaves_out_deleted_commitments(db_url, tmp_path):
    from feasibility_app.domain.factors import Level, Role
    from feasibility_app.domain.model import FactorScore
    from feasibility_app.exchange.csv_export import export_csv

    repo = open_repo(db_url, sample=True)
    first, second = repo.summaries()[:2]
    repo.save_assessment(
        first.id,
        "Forum",
        Role.FACILITATOR,
        {"budget": FactorScore(Level.HIGH, rationale='=HYPERLINK("http://x")')},
        is_consensus=True,
    )
    repo.delete_commitment(second.id)
    out = tmp_path / "x.csv"
    n = export_csv(repo, out)
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert len(rows) == n
    consensus = [r for r in rows if r["Party"] == "The forum"]
    assert len(consensus) == 6 and {r["Commitment"] for r in consensus} == {first.title}
    assert {r["Assessor"] for r in consensus} == {"Forum"}
    budget = next(r for r in consensus if r["Factor"] == "Budget and technical capacity")
    assert budget["Level"] == "High" and budget["Rationale"].startswith("'=HYPERLINK")  # not a formula
    assert budget["How the level was agreed"].startswith("Agreed by the forum on ")
    assert second.title not in {r["Commitment"] for r in rows}
