"""The CLI of issue 18: precedents import/find, outcome, calibration (shapes, exit codes)."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from feasibility_app.cli import run

FIXTURE = Path(__file__).parent / "fixtures" / "irm_sample.csv"


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "cli.db")


def out_of(capsys, *argv, code=0):
    got = run(list(argv))
    captured = capsys.readouterr()
    assert got == code, captured.err
    return captured


def ids_by_title(capsys, db):
    rows = json.loads(out_of(capsys, "--db", db, "list", "--json").out)
    return {r["title"].split(" (")[0]: r["id"] for r in rows}


def test_import_then_find_json(capsys, db, tmp_path):
    out = out_of(capsys, "--db", db, "precedents", "import", str(FIXTURE)).out
    assert "8 precedent(s) added, 0 updated" in out and "skipped 1 row(s) without an identifier" in out
    out = out_of(capsys, "--db", db, "precedents", "import", str(FIXTURE)).out
    assert "0 precedent(s) added, 8 updated" in out
    draft = tmp_path / "draft.txt"
    draft.write_text("Crear un registro nacional de personas detenidas en tiempo real.", encoding="utf-8")
    data = json.loads(
        out_of(capsys, "--db", db, "precedents", "find", str(draft), "--top", "2", "--json").out
    )
    assert data["library_size"] == 8 and len(data["matches"]) == 2
    first = data["matches"][0]
    assert first["id"] == "MX0101" and first["country"] == "Mexico" and first["year"] == 2013
    assert first["completion"] == "limited" and first["opened_government"] == "did_not_change"
    assert "tiempo real" in first["shared_terms"] and "registro" in first["shared_terms"]


def test_find_text_says_prompt_not_prediction(capsys, db, monkeypatch):
    out_of(capsys, "--db", db, "precedents", "import", str(FIXTURE))
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO("publicar datos abiertos de salud por municipio"))
    out = out_of(capsys, "--db", db, "precedents", "find", "-").out
    assert "prompt for discussion, not a prediction" in out
    assert "BR0070  Transparência na saúde pública" in out and "completion: no data" in out


def test_find_on_an_empty_library_says_how_to_fill_it(capsys, db, tmp_path):
    draft = tmp_path / "d.txt"
    draft.write_text("open data", encoding="utf-8")
    out = out_of(capsys, "--db", db, "precedents", "find", str(draft)).out
    assert "precedents import FILE" in out


def test_missing_columns_exit_3_naming_them(capsys, db, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("Commitment Unique Identifier,Country/Locality\nMX1,Mexico\n", encoding="utf-8")
    err = out_of(capsys, "--db", db, "precedents", "import", str(bad), code=3).err
    assert "“Commitment Title”" in err and "“Full Text”" in err and err.count("\n") == 1
    err = out_of(capsys, "--db", db, "precedents", "import", str(tmp_path / "none.csv"), code=3).err
    assert "cannot read" in err
    assert out_of(capsys, "--db", db, "precedents", code=2).err
    assert "--top" in out_of(capsys, "--db", db, "precedents", "find", str(bad), "--top", "0", code=2).err


def test_sample_plan_records_the_case_studys_outcomes(capsys, db):
    ids = ids_by_title(capsys, db)
    sct = json.loads(out_of(capsys, "--db", db, "outcome", ids["Highway Open Data"], "--json").out)
    [o] = sct["outcomes"]
    assert o["completion"] == "substantial" and o["stage"] == "midterm" and o["reported_on"] == "2015-07-01"
    assert "largely finished even before the third progress report in July 2015" in o["source"]
    pgr = json.loads(out_of(capsys, "--db", db, "outcome", ids["Detained Persons Registry"], "--json").out)
    assert pgr["outcomes"][0]["completion"] == "limited"
    assert "far from being completed" in pgr["outcomes"][0]["source"]


def test_record_an_outcome_and_calibrate(capsys, db):
    ids = ids_by_title(capsys, db)
    cid = ids["Missing Persons Database"]
    out = out_of(
        capsys,
        "--db",
        db,
        "outcome",
        cid[:8],
        "--completion",
        "not_started",
        "--opened-government",
        "did_not_change",
        "--source",
        "IRM end-of-term report",
        "--date",
        "2015-12-01",
    ).out
    assert out.startswith("Recorded: end of term 2015-12-01: not started, opened government: did not change")
    shown = out_of(capsys, "--db", db, "outcome", cid).out
    assert "midterm 2015-07-01: limited" in shown and "end of term 2015-12-01: not started" in shown
    data = json.loads(out_of(capsys, "--db", db, "calibration", "--json").out)
    assert data["n"] == 6 and data["enough"] is False
    rows = {r["band"]: r for r in data["rows"]}
    assert rows["low"]["completion"]["substantial"] == 3 and rows["low"]["fell_short"] == 0
    assert rows["high"]["n"] + rows["critical"]["n"] == 3
    assert sum(r["completion"]["not_started"] for r in data["rows"]) == 1  # the new end-of-term record
    case = next(c for c in data["cases"] if c["id"] == cid)
    assert case["completion"] == "not_started" and case["source"] == "IRM end-of-term report"
    text = out_of(capsys, "--db", db, "calibration").out
    assert "risk prompts for discussion, not predictions" in text and "Too few outcomes to say" in text


def test_outcome_usage_errors(capsys, db):
    ids = ids_by_title(capsys, db)
    cid = ids["Highway Open Data"]
    assert (
        "not a date"
        in out_of(capsys, "--db", db, "outcome", cid, "--completion", "limited", "--date", "July", code=2).err
    )
    assert out_of(capsys, "--db", db, "outcome", cid, "--completion", "done", code=2).err
    assert out_of(capsys, "--db", db, "outcome", "ffffffff", "--completion", "limited", code=2).err
    assert "--completion" in out_of(capsys, "--db", db, "outcome", cid, "--source", "x", code=2).err


def test_calibration_of_one_plan_and_unknown_plan(capsys, db):
    plan_id = json.loads(out_of(capsys, "--db", db, "list", "--json").out)[0]["plan_id"]
    data = json.loads(out_of(capsys, "--db", db, "calibration", "--plan", plan_id[:8], "--json").out)
    assert data["n"] == 6
    assert out_of(capsys, "--db", db, "calibration", "--plan", "ffffffff", code=2).err


def test_find_command_does_not_load_sqlalchemy(db, tmp_path):
    assert run(["--db", db, "precedents", "import", str(FIXTURE)]) == 0
    code = (
        "import sys\n"
        "from feasibility_app.cli import run\n"
        f"assert run(['--db', {db!r}, 'precedents', 'find', {str(FIXTURE)!r}, '--json']) == 0\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'alembic', 'PySide6'}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "[]"


def test_calibration_uses_the_signing_lock_and_says_so(capsys, db):
    from dataclasses import replace

    from feasibility_app.app.forum_actions import lock_for_signing, record_consensus
    from feasibility_app.domain.factors import FACTOR_KEYS, Level, Role
    from feasibility_app.domain.forum import ConsensusProposal
    from feasibility_app.domain.model import FactorScore
    from feasibility_app.reports.fingerprint import fingerprint
    from feasibility_app.storage.database import open_database
    from feasibility_app.storage.repository import Repository

    cid = ids_by_title(capsys, db)["Highway Open Data"]
    base = open_database(db)
    try:
        repo = Repository(base)
        parties = repo.plan(repo.snapshot(cid).plan.id).parties
        repo.save_assessment(cid, "Ana", Role.GOVERNMENT, {k: FactorScore(Level.LOW) for k in FACTOR_KEYS})
        present = tuple(p.id for p in parties)
        record_consensus(
            repo, cid, ConsensusProposal("Mediadora", present, dict.fromkeys(FACTOR_KEYS, Level.CRITICAL))
        )
        lock_for_signing(repo, cid, "Mediadora", fingerprint)
        # the text changed and was re-scored after the lock, before the outcome: the lock
        # (what the forum signed) still gives the band at signing
        first = repo.current_revision(cid).fields
        repo.save_revision(cid, replace(first, draft_text=first.draft_text + " Con datos abiertos."), "Ana")
        record_consensus(
            repo, cid, ConsensusProposal("Mediadora", present, dict.fromkeys(FACTOR_KEYS, Level.LOW))
        )
    finally:
        base.close()
    out_of(capsys, "--db", db, "outcome", cid, "--completion", "limited", "--source", "forum")
    data = json.loads(out_of(capsys, "--db", db, "calibration", "--json").out)
    case = next(c for c in data["cases"] if c["id"] == cid)
    assert case["basis"] == "lock" and case["band"] == "critical" and case["locked_at"]
    others = [c for c in data["cases"] if c["id"] != cid]
    assert others and {c["basis"] for c in others} == {"consensus"}
    assert all(c["locked_at"] is None for c in others)
    assert data["bases"] == {"lock": 1, "consensus": data["n"] - 1}
    critical = next(r for r in data["rows"] if r["band"] == "critical")
    assert critical["bases"]["lock"] == 1
    text = out_of(capsys, "--db", db, "calibration").out
    assert (
        f"Band at signing: 1 from the forum's signing lock, {data['n'] - 1} from the newest score "
        "before the outcome (no lock before it)." in text
    )
