"""The CLI contract of docs/design.md: output shapes and exit codes."""

import json
import subprocess
import sys

import pytest

from feasibility_app.cli import run
from feasibility_app.domain.factors import FACTOR_KEYS


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "cli.db")


def run_json(capsys, *argv):
    code = run(list(argv))
    out = capsys.readouterr().out
    assert code == 0, out
    return json.loads(out)


def detained_id(capsys, db):
    rows = run_json(capsys, "--db", db, "list", "--json")
    return next(r["id"] for r in rows if r["title"].startswith("Detained Persons Registry"))


def test_list_json_lists_the_six_sample_commitments(capsys, db):
    rows = run_json(capsys, "--db", db, "list", "--json")
    assert len(rows) == 6
    assert set(rows[0]) == {"id", "title", "plan", "plan_id", "overall_level", "overall_score"}
    levels = {r["title"].split(" (")[0]: r["overall_level"] for r in rows}
    for pgr in ("Detained Persons Registry", "Missing Persons Database", "Data for a Peaceful Mexico"):
        assert levels[pgr] in ("high", "critical")
    for sct in ("Infrastructure for Everyone", "Follow Public Works", "Highway Open Data"):
        assert levels[sct] in ("low", "moderate")
    assert {r["plan"] for r in rows} == {"Mexico — Second Action Plan 2013–2015"}


def test_show_json_for_detained_persons_registry(capsys, db):
    cid = detained_id(capsys, db)
    data = run_json(capsys, "--db", db, "show", cid[:8], "--json")
    for key in ("id", "title", "plan", "plan_id", "overall", "factors", "findings", "assessments", "spread"):
        assert key in data
    assert data["id"] == cid
    assert set(data["factors"]) == set(FACTOR_KEYS)
    assert all(set(f) >= {"level", "evidence", "rationale"} for f in data["factors"].values())
    assert data["overall"]["level"] in ("high", "critical") and data["overall"]["complete"] is True
    assert {a["role"] for a in data["assessments"]} == {"government", "civil_society", "guarantor"}
    assert set(data["spread"]) == set(FACTOR_KEYS)
    assert data["spread"]["cso_cooperation"] >= 2  # the study's disagreement
    assert all(
        set(f) >= {"factor", "severity", "phrase", "start", "end", "message"} for f in data["findings"]
    )


def test_show_text(capsys, db):
    cid = detained_id(capsys, db)
    assert run(["--db", db, "show", cid]) == 0
    out = capsys.readouterr().out
    assert "Detained Persons Registry" in out and "overall:" in out and "discuss" in out


def test_list_text(capsys, db):
    assert run(["--db", db, "list"]) == 0
    out = capsys.readouterr().out
    assert "Highway Open Data" in out and "critical" in out


@pytest.mark.parametrize("bad_id", ["ffffffff-0000", "not-an-id"])
def test_unknown_id_exits_2(capsys, db, bad_id):
    assert run(["--db", db, "show", bad_id]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no commitment" in err


def test_ambiguous_prefix_exits_2(capsys, db):
    ids = [r["id"] for r in run_json(capsys, "--db", db, "list", "--json")]
    from feasibility_app.storage.database import open_database
    from feasibility_app.storage.repository import Repository

    repo = Repository(open_database(db))
    plan_id = repo.plans()[0].id
    from feasibility_app.domain.model import CommitmentFields

    while True:
        new = repo.create_commitment(plan_id, CommitmentFields(title="x")).commitment_id
        ids.append(new)
        firsts = [i[0] for i in ids]
        if firsts.count(new[0]) > 1:
            break
    assert run(["--db", db, "show", new[0]]) == 2
    assert "several" in capsys.readouterr().err


def test_usage_errors_exit_2(capsys, db):
    assert run(["--db", db, "frobnicate"]) == 2
    assert run(["--db", db]) == 2
    assert run(["--db", db, "report", "-o", "x.pdf"]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err


def test_not_a_database_exits_4_and_leaves_file_untouched(capsys, tmp_path):
    path = tmp_path / "notes.txt"
    path.write_bytes(b"minutes of the session\n" * 100)
    before = path.read_bytes()
    assert run(["--db", str(path), "list"]) == 4
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not a Feasibility database" in err
    assert path.read_bytes() == before


def test_newer_schema_exits_4(capsys, db):
    import sqlite3

    run(["--db", db, "list"])
    conn = sqlite3.connect(db)
    conn.execute("UPDATE alembic_version SET version_num='0042'")
    conn.commit()
    conn.close()
    capsys.readouterr()
    assert run(["--db", db, "list"]) == 4
    assert "newer version" in capsys.readouterr().err


def test_check_reads_stdin_and_prints_json(monkeypatch, capsys):
    import io

    monkeypatch.setattr(
        sys, "stdin", io.StringIO("Crearemos un registro nacional de personas detenidas en tiempo real.")
    )
    data = run_json(capsys, "check", "-", "--lang", "es", "--json")
    factors = {f["factor"] for f in data["findings"]}
    assert "data_availability" in factors
    for f in data["findings"]:
        assert set(f) == {"factor", "severity", "phrase", "start", "end", "message"}


def test_check_missing_file_exits_3(capsys, tmp_path):
    assert run(["check", str(tmp_path / "nope.txt")]) == 3
    assert "cannot read" in capsys.readouterr().err


def test_entry_point_runs_headless_commands(db):
    out = subprocess.run(
        [sys.executable, "-m", "feasibility_app", "--db", db, "list", "--json"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert len(json.loads(out)) == 6


# --- the forum's record (issue 14: parties, blocks, consensus tied to the text) ------------


def _forum_repo(db):
    from feasibility_app.storage.repository import Repository
    from feasibility_app.storage.sample import open_with_sample

    return Repository(open_with_sample(db))


def test_show_json_counts_parties_not_people(capsys, db):
    cid = detained_id(capsys, db)
    data = run_json(capsys, "--db", db, "show", cid, "--json")
    assert [p["role"] for p in data["parties"]] == ["government", "civil_society", "guarantor"]
    cso = data["parties"][1]
    assert set(cso) == {"party_id", "name", "role", "members", "levels", "stale"}
    assert cso["members"] == ["Artículo 19", "CIDAC"] and cso["stale"] is False
    assert cso["levels"]["cso_cooperation"] == "critical"  # median of critical and high, towards risk
    assert data["blocks"]["cso_cooperation"] == [cso["name"]]
    assert data["suggested"]["cso_cooperation"] == "critical"  # the block stands
    assert data["spread"]["cso_cooperation"] == 3  # government low, CSOs critical: over parties
    assert data["consensus"] is None and data["source"] == "suggested"
    assert len(data["assessments"]) == 4  # each member's assessment is still listed


def test_show_says_when_the_consensus_scored_an_earlier_text(capsys, db):
    import dataclasses

    from feasibility_app.app.forum_actions import lock_for_signing, mark_editorial, record_consensus
    from feasibility_app.domain.factors import Level
    from feasibility_app.domain.forum import ConsensusProposal
    from feasibility_app.reports.fingerprint import fingerprint

    cid = detained_id(capsys, db)
    repo = _forum_repo(db)
    voices = repo.snapshot(cid).result.voices
    levels = dict.fromkeys(FACTOR_KEYS, Level.CRITICAL)
    agreed = record_consensus(repo, cid, ConsensusProposal("Mediadora", tuple(v.key for v in voices), levels))
    day = agreed.created_at.date().isoformat()
    data = run_json(capsys, "--db", db, "show", cid, "--json")
    assert data["source"] == "consensus"
    assert data["consensus"]["current"] is True and data["consensus"]["facilitator"] == "Mediadora"
    assert data["consensus"]["revision_id"] == data["revision_id"] and data["consensus"]["locked"] is False
    assert run(["--db", db, "show", cid]) == 0
    out = capsys.readouterr().out
    assert f"result: the forum's consensus of {day}, facilitated by Mediadora (parties present:" in out

    lock = lock_for_signing(repo, cid, "Mediadora", fingerprint)
    assert run_json(capsys, "--db", db, "show", cid, "--json")["consensus"]["locked"] is True
    assert run(["--db", db, "show", cid]) == 0
    assert f"locked for signing by Mediadora; fingerprint {lock.fingerprint}" in capsys.readouterr().out

    rev = repo.current_revision(cid)
    typo = repo.save_revision(cid, dataclasses.replace(rev.fields, title=rev.fields.title + "."), "Lucía")
    mark_editorial(repo, cid, typo.id, "Lucía")
    data = run_json(capsys, "--db", db, "show", cid, "--json")
    assert data["source"] == "consensus" and data["consensus"]["current"] is True  # editorial: carried
    assert data["consensus"]["locked"] is False  # but the signed text changed: the lock is superseded
    assert run(["--db", db, "show", cid]) == 0
    assert "is superseded: the text changed since" in capsys.readouterr().out

    repo.save_revision(cid, dataclasses.replace(rev.fields, draft_text="Only federal detentions."), "Beto")
    data = run_json(capsys, "--db", db, "show", cid, "--json")
    assert data["source"] == "suggested" and data["consensus"]["current"] is False
    assert data["consensus"]["revision_id"] != data["revision_id"]
    assert all(p["stale"] for p in data["parties"])
    assert run(["--db", db, "show", cid]) == 0
    out = capsys.readouterr().out
    assert f"note: the forum's consensus of {day} scored an earlier text; it is not the result" in out
    assert "result: the suggested consensus of 3 parties (each party counted once)" in out
    assert "result: the forum's consensus" not in out
    repo.db.close()
