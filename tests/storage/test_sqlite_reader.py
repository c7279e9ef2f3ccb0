"""The stdlib reader gives exactly what the repository gives, and never writes."""

import sqlite3
import subprocess
import sys
from dataclasses import replace
from datetime import date

import pytest

from feasibility_app.domain.factors import FACTOR_KEYS, Evidence, Level, Role
from feasibility_app.domain.model import CommitmentFields, FactorScore, IrmPrecheck, Milestone, Mitigation
from feasibility_app.storage.read_model import CONVERTERS
from feasibility_app.storage.repository import Ambiguous, NotFound, Repository
from feasibility_app.storage.sample import open_with_sample
from feasibility_app.storage.sqlite_file import DatabaseProblem
from feasibility_app.storage.sqlite_reader import SqliteReader, quick_summaries


def test_same_rows_as_the_repository(tmp_path):
    path = tmp_path / "q.db"
    repo = Repository(open_with_sample(str(path)))
    plan = repo.plans()[0]
    ids = [s.id for s in repo.summaries()]
    repo.delete_commitment(ids[0])
    other = repo.create_plan("Plano de ação 2016", "Brasil")
    repo.create_commitment(other.id, CommitmentFields(title="Inundação"))
    repo.delete_plan(other.id)
    repo.restore_plan(other.id)
    gone = repo.create_plan("Deleted plan")
    repo.create_commitment(gone.id, CommitmentFields(title="hidden"))
    repo.delete_plan(gone.id)
    assert quick_summaries(str(path)) == repo.summaries()
    assert quick_summaries(str(path), plan.id) == repo.summaries(plan.id)
    repo.db.close()


def test_not_applicable_cases_return_none(tmp_path):
    assert quick_summaries(str(tmp_path / "missing.db")) is None
    assert quick_summaries("postgresql+psycopg://x@127.0.0.1/db") is None
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not a database" * 100)
    assert quick_summaries(str(bad)) is None
    assert bad.read_bytes() == b"not a database" * 100


def test_reading_needs_no_sqlalchemy_and_leaves_no_files(tmp_path):
    path = tmp_path / "lean.db"
    open_with_sample(str(path)).close()
    before = sorted(p.name for p in tmp_path.iterdir())
    code = (
        "import sys\n"
        "from feasibility_app.storage.sqlite_reader import quick_summaries\n"
        f"rows = quick_summaries({str(path)!r})\n"
        "assert len(rows) == 6, rows\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'alembic', 'reportlab'}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
    assert sorted(p.name for p in tmp_path.iterdir()) == before


# --- snapshots, plans and ids: equal to the repository's --------------------------------


def _rich_database(path):
    """The sample plus every shape a snapshot can take: edits, a restored and a deleted
    commitment, consensus, mitigations, missing dates, a plan with changed weights."""
    repo = Repository(open_with_sample(str(path)))
    ids = [s.id for s in repo.summaries()]
    repo.save_revision(
        ids[0], CommitmentFields(title="Editado", draft_text="Publicará en tiempo real."), "Ana"
    )
    repo.delete_commitment(ids[1])
    repo.delete_commitment(ids[2])
    repo.restore_commitment(ids[2])
    plan = repo.create_plan(
        "Plano 2016–2018", "Brasil", parties=[("Governo", Role.GOVERNMENT), ("OSC", Role.CIVIL_SOCIETY)]
    )
    repo.update_plan(replace(plan, weights={**plan.weights, "budget": 2.0}))
    cid = repo.create_commitment(
        plan.id,
        CommitmentFields(
            title="Inundação — dados abertos",
            milestones=(
                Milestone("Primeiro", date(2016, 3, 1), None),
                Milestone("Segundo", None, date(2017, 1, 31)),
            ),
        ),
        "José",
    ).commitment_id
    scores = {
        k: FactorScore(
            Level.HIGH,
            Evidence.VERIFIED,
            "Razão",
            (Mitigation("Ação 1", "Ministério", date(2016, 6, 30)), Mitigation("Ação 2", "", None)),
        )
        for k in FACTOR_KEYS
    }
    repo.save_assessment(cid, "Governo", Role.GOVERNMENT, scores, IrmPrecheck(None, ("transparency",)))
    repo.save_assessment(cid, "OSC", Role.CIVIL_SOCIETY, {"budget": FactorScore(Level.CRITICAL)})
    agreed = {k: FactorScore(Level.MODERATE, consensus_note="acordado") for k in FACTOR_KEYS}
    repo.save_assessment(cid, "Secretaria", "facilitator", agreed, is_consensus=True)
    return repo, [*ids, cid], plan.id


def test_snapshots_plans_and_fingerprints_equal_the_repository(tmp_path, monkeypatch):
    from feasibility_app.reports.fingerprint import fingerprint
    from feasibility_app.storage import read_model

    repo, ids, plan_id = _rich_database(tmp_path / "rich.db")
    with SqliteReader.open(str(tmp_path / "rich.db")) as reader:
        expected = repo.snapshots(ids)
        got = reader.snapshots(ids)
        assert got == expected
        assert [fingerprint(s) for s in got] == [fingerprint(s) for s in expected]
        assert [reader.snapshot(i) for i in ids] == expected
        assert got[1].deleted and not got[2].deleted and got[0].revision.fields.title == "Editado"
        assert got[-1].result.source == "consensus"
        assert reader.plan(plan_id) == repo.plan(plan_id)
        assert reader.summaries() == repo.summaries()
        monkeypatch.setattr(read_model, "CHUNK", 2)  # many IN lists give the same answer
        assert reader.snapshots(ids) == expected
        assert reader.snapshots([]) == []
        with pytest.raises(NotFound):
            reader.snapshots([ids[0], "missing"])
        with pytest.raises(NotFound):
            reader.plan("missing")
    repo.db.close()


def test_ids_resolve_as_in_the_repository(tmp_path):
    repo, ids, plan_id = _rich_database(tmp_path / "ids.db")
    with SqliteReader.open(str(tmp_path / "ids.db")) as reader:
        for cid in ids:
            assert reader.resolve_id(cid[:8]) == repo.resolve_id(cid[:8]) == cid
            assert reader.resolve_id(f" {cid.upper()} ") == cid
        assert reader.resolve_id(plan_id[:8], "plan") == plan_id
        for bad, error in (
            ("", NotFound),
            ("zz", NotFound),
            ("%", NotFound),
            ("_", NotFound),
            ("", NotFound),
        ):
            with pytest.raises(error):
                reader.resolve_id(bad)
    repo.db.close()


def test_ambiguous_prefix(tmp_path):
    repo = Repository(open_with_sample(str(tmp_path / "amb.db")))
    firsts = [s.id[0] for s in repo.summaries()]
    shared = next(c for c in firsts if firsts.count(c) > 1)
    with SqliteReader.open(str(tmp_path / "amb.db")) as reader, pytest.raises(Ambiguous):
        reader.resolve_id(shared)
    with pytest.raises(Ambiguous):
        repo.resolve_id(shared)
    repo.db.close()


def test_converters_cover_every_typed_column():
    """The reader turns stored text back into dates, times, JSON and booleans as SQLAlchemy does."""
    from sqlalchemy import JSON, Boolean, Date, DateTime

    from feasibility_app.storage.models import Base

    for table, converters in CONVERTERS.items():
        columns = Base.metadata.tables[table].columns
        for column in columns:
            kind = getattr(column.type, "impl", column.type)  # UTCDateTime wraps a DateTime
            typed = isinstance(kind, (Date, DateTime, JSON, Boolean))
            assert typed == (column.name in converters), (table, column.name)
        assert set(converters) <= {c.name for c in columns}


def test_a_damaged_page_met_while_reading_is_a_clear_problem(tmp_path):
    path = tmp_path / "torn.db"
    open_with_sample(str(path)).close()
    reader = SqliteReader.open(str(path))
    assert reader is not None
    reader._conn.close()
    reader._conn = sqlite3.connect(":memory:", isolation_level=None)  # no tables: every read fails
    with pytest.raises(DatabaseProblem, match="is damaged"):
        reader.snapshots(["x"])
    reader.close()


def test_report_reads_need_no_sqlalchemy_and_leave_no_files(tmp_path):
    path = tmp_path / "lean.db"
    open_with_sample(str(path)).close()
    before = sorted(p.name for p in tmp_path.iterdir())
    code = (
        "import sys\n"
        "from feasibility_app.storage.sqlite_reader import SqliteReader\n"
        f"reader = SqliteReader.open({str(path)!r})\n"
        "ids = [s.id for s in reader.summaries()]\n"
        "assert len(reader.snapshots(ids)) == 6\n"
        "reader.close()\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'alembic'}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_reads_what_an_open_window_saved_and_leaves_its_files(tmp_path):
    """A report written while the window has the database open sees the last save (still in
    the WAL), and closing the reader does not disturb the window's connection."""
    path = tmp_path / "live.db"
    repo = Repository(open_with_sample(str(path)))
    cid = repo.summaries()[0].id
    repo.save_revision(cid, CommitmentFields(title="Saved a second ago"), "Ana")
    assert (tmp_path / "live.db-wal").exists()
    with SqliteReader.open(str(path)) as reader:
        assert reader.snapshot(cid).revision.fields.title == "Saved a second ago"
    repo.save_revision(cid, CommitmentFields(title="Saved after the report"), "Ana")
    assert repo.snapshot(cid).revision.fields.title == "Saved after the report"
    repo.db.close()
