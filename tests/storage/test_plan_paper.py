"""A plan's paper: stored on the plan (migration 0005), read by both readers, used by `report`
after an explicit --paper and before the country's default."""

from __future__ import annotations

import dataclasses
import sqlite3

from pypdf import PdfReader

from feasibility_app.cli import main
from feasibility_app.storage.database import HEAD, open_database
from feasibility_app.storage.repository import Repository
from feasibility_app.storage.sample import open_with_sample
from feasibility_app.storage.sqlite_reader import SqliteReader

A4_POINTS, LETTER_POINTS = (595, 842), (612, 792)


def _size(path) -> tuple[int, int]:
    box = PdfReader(str(path)).pages[0].mediabox
    return round(float(box.width)), round(float(box.height))


def test_paper_round_trips_and_both_readers_agree(tmp_path):
    path = tmp_path / "p.db"
    repo = Repository(open_with_sample(str(path)))
    plan = repo.plans()[0]
    assert plan.paper == ""  # not chosen: Mexico's country decides (Letter)
    saved = repo.update_plan(dataclasses.replace(plan, paper="a4"))
    assert saved.paper == "a4" and repo.plan(plan.id).paper == "a4"
    made = repo.create_plan("Plano", "Brasil", paper="letter")
    assert repo.plan(made.id).paper == "letter"
    with SqliteReader.open(str(path)) as reader:
        assert reader.plan(plan.id) == repo.plan(plan.id)
        assert reader.plan(made.id).paper == "letter"
    repo.update_plan(dataclasses.replace(repo.plan(plan.id), paper=""))
    with sqlite3.connect(path) as conn:  # unset is NULL, as the migration leaves old plans
        assert conn.execute("SELECT paper FROM action_plan WHERE id=?", (plan.id,)).fetchone()[0] is None
    repo.db.close()


def test_report_paper_explicit_then_plan_then_country(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LC_PAPER", "de_DE.UTF-8")  # the computer's region must not decide here
    path = tmp_path / "r.db"
    repo = Repository(open_with_sample(str(path)))
    plan = repo.plans()[0]
    cid = repo.summaries()[0].id
    db = ["--db", str(path)]
    assert main([*db, "report", cid, "-o", str(tmp_path / "country.pdf")]) == 0
    assert _size(tmp_path / "country.pdf") == LETTER_POINTS  # Mexico
    repo.update_plan(dataclasses.replace(plan, paper="a4"))
    assert main([*db, "report", cid, "-o", str(tmp_path / "plan.pdf")]) == 0
    assert _size(tmp_path / "plan.pdf") == A4_POINTS  # the plan's choice beats the country
    assert main([*db, "report", "--plan", plan.id, "-o", str(tmp_path / "portfolio.pdf")]) == 0
    assert _size(tmp_path / "portfolio.pdf") == A4_POINTS
    assert main([*db, "report", cid, "-o", str(tmp_path / "given.pdf"), "--paper", "letter"]) == 0
    assert _size(tmp_path / "given.pdf") == LETTER_POINTS  # --paper beats the plan
    capsys.readouterr()
    repo.db.close()


def test_a_0004_database_migrates_with_no_paper_chosen(tmp_path):
    path = tmp_path / "old.db"
    open_with_sample(str(path)).close()
    with sqlite3.connect(path) as conn:
        conn.execute("ALTER TABLE action_plan DROP COLUMN paper")
        conn.execute("UPDATE alembic_version SET version_num='0004_precedents_outcomes'")
    db = open_database(str(path))
    repo = Repository(db)
    assert [p.paper for p in repo.plans()] == [""]
    assert len(repo.summaries()) == 6
    with sqlite3.connect(path) as conn:
        version = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        assert version == HEAD == "0005_plan_paper"
    db.close()
