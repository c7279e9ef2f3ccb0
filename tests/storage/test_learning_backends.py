"""The learning tables (precedent, precedent_index, outcome) on SQLite and on PostgreSQL.

Every test takes `db_url` (tests/storage/conftest.py): once per backend; PostgreSQL needs
$FEASIBILITY_TEST_PG_URL (tools/pg_test_server.sh), skipped without it, failed under CI.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from sqlalchemy import create_engine, inspect, text

from feasibility_app.app.forum_actions import lock_for_signing, record_consensus
from feasibility_app.app.learning import (
    import_precedents_file,
    outcomes_of,
    plan_calibration,
    precedent_library_size,
    record_outcome,
    similar_precedents,
)
from feasibility_app.domain.factors import FACTOR_KEYS, Level, Role
from feasibility_app.domain.forum import ConsensusProposal
from feasibility_app.domain.model import FactorScore
from feasibility_app.domain.outcomes import Completion, OpenedGovernment, Precedent, Stage
from feasibility_app.reports.fingerprint import fingerprint
from feasibility_app.storage.database import HEAD, open_database
from feasibility_app.storage.migrate import upgrade
from feasibility_app.storage.precedents import Library, import_precedents
from feasibility_app.storage.repository import Repository
from feasibility_app.storage.sample import open_with_sample

FIXTURE = Path(__file__).resolve().parents[1] / "precedents" / "fixtures" / "irm_sample.csv"


def test_migrations_to_head_create_the_learning_tables(db_url):
    engine = create_engine(db_url)
    try:
        upgrade(engine, None)
        with engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD
            tables = set(inspect(conn).get_table_names())
        assert {"precedent", "precedent_index", "outcome"} <= tables
        columns = {c["name"] for c in inspect(engine).get_columns("outcome")}
        assert {"commitment_id", "stage", "completion", "opened_government", "reported_on"} <= columns
    finally:
        engine.dispose()


def test_import_find_update_and_clip_precedents(db_url):
    db = open_with_sample(db_url)
    try:
        repo = Repository(db)
        first = import_precedents_file(repo, FIXTURE)
        assert (first.added, first.updated, first.library_size) == (8, 0, 8)
        found = similar_precedents(repo, "Registro nacional de personas detenidas en tiempo real", 2)
        assert found[0].precedent.id == "MX0101" and "detenidas" in found[0].shared
        # the command line's reader asks the same two questions of the library
        assert [m.precedent.id for m in similar_precedents(Library(db), "dados abertos de saúde", 1)] == [
            "BR0070"
        ]
        again = import_precedents_file(repo, FIXTURE)
        assert (again.added, again.updated, again.library_size) == (0, 8, 8)
        # a spreadsheet cell longer than its column: PostgreSQL enforces VARCHAR lengths
        long = Precedent(
            id="ZZ" + "9" * 70,
            title="Registro de obras",
            full_text="Registro público de obras.",
            country="C" * 300,
            specificity="S" * 150,
            policy_areas=("P" * 150,),
        )
        counts = import_precedents(db, [long])
        assert (counts.added, counts.updated) == (1, 0) and precedent_library_size(repo) == 9
        stored = Library(db).precedents_by_id(["ZZ" + "9" * 62])[0]
        assert len(stored.country) == 200 and len(stored.specificity) == 100
        assert stored.policy_areas == ("P" * 100,)
        # a NUL in a cell (PostgreSQL refuses it) is dropped; two ids that differ only in spacing
        # are one precedent (the last row wins), as the exchange file's one-line id is
        nul = Precedent(id="ZZ 1", title="Agua", full_text="Datos\x00 del agua")
        spaced = Precedent(id=" ZZ  1\n", title="Agua potable", full_text="Datos abiertos del agua")
        counts = import_precedents(db, [nul, spaced])
        assert (counts.added, counts.updated) == (1, 0) and precedent_library_size(repo) == 10
        assert Library(db).precedents_by_id(["ZZ 1"])[0].title == "Agua potable"
        counts = import_precedents(db, [nul])
        assert Library(db).precedents_by_id(["ZZ 1"])[0].full_text == "Datos del agua"
    finally:
        db.close()


def test_outcomes_and_calibration_at_signing(db_url):
    db = open_with_sample(db_url)
    try:
        repo = Repository(db)
        plan_id = repo.plans()[0].id
        before = plan_calibration(repo, plan_id)
        assert before.n == 6 and {c.basis for c in before.cases} == {"consensus"}
        cid = next(s.id for s in repo.summaries() if s.title.startswith("Highway Open Data"))
        o = record_outcome(
            repo,
            cid,
            Completion.NOT_STARTED,
            Stage.MIDTERM,
            OpenedGovernment.MARGINAL,
            "IRM progress report 2015",
            date(2015, 7, 2),
            "Ana",
        )
        assert outcomes_of(repo, cid)[-1] == o
        assert o.reported_on == date(2015, 7, 2) and o.opened_government is OpenedGovernment.MARGINAL
        # the forum agrees a level, locks it for signing, then the text changes and is re-scored
        present = tuple(p.id for p in repo.plan(plan_id).parties)
        repo.save_assessment(cid, "Ana", Role.GOVERNMENT, {k: FactorScore(Level.LOW) for k in FACTOR_KEYS})
        record_consensus(
            repo, cid, ConsensusProposal("Mediadora", present, dict.fromkeys(FACTOR_KEYS, Level.HIGH))
        )
        lock = lock_for_signing(repo, cid, "Mediadora", fingerprint)
        fields = repo.current_revision(cid).fields
        repo.save_revision(cid, replace(fields, draft_text=fields.draft_text + " Y más."), "Ana")
        record_consensus(
            repo, cid, ConsensusProposal("Mediadora", present, dict.fromkeys(FACTOR_KEYS, Level.LOW))
        )
        record_outcome(repo, cid, Completion.LIMITED, source="forum review")  # now: after the lock
        cal = plan_calibration(repo, plan_id)
        case = next(c for c in cal.cases if c.commitment_id == cid)
        assert case.basis == "lock" and case.lock == lock and case.band is Level.HIGH
        assert case.completion is Completion.LIMITED
        assert cal.n == 6 and cal.to_json()["bases"] == {"lock": 1, "consensus": 5}
        assert plan_calibration(repo, None).n == 6
    finally:
        db.close()


def test_the_library_travels_between_backends_in_an_exchange_file(db_url, tmp_path):
    from feasibility_app.exchange.exchange_file import export_exchange, import_exchange

    source = Repository(open_with_sample(f"sqlite:///{tmp_path / 'laptop.db'}"))
    try:
        import_precedents_file(source, FIXTURE)
        export_exchange(source, tmp_path / "lib.json", with_precedents=True)
    finally:
        source.db.close()
    db = open_database(db_url)
    try:
        repo = Repository(db)
        summary = import_exchange(repo, tmp_path / "lib.json")
        assert summary.added["precedents"] == 8 and summary.added["outcomes"] == 6
        assert similar_precedents(repo, "Cadastro nacional de pessoas desaparecidas", 1)[0].precedent.id == (
            "BR0055"
        )
        assert plan_calibration(repo, None).n == 6
        assert "nothing new" in str(import_exchange(repo, tmp_path / "lib.json"))
    finally:
        db.close()
