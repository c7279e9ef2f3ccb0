"""The stdlib fast path lists exactly what the repository lists, and never writes."""

import subprocess
import sys

from feasibility_app.domain.model import CommitmentFields
from feasibility_app.storage.quick_list import quick_summaries
from feasibility_app.storage.repository import Repository
from feasibility_app.storage.sample import open_with_sample


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
        "from feasibility_app.storage.quick_list import quick_summaries\n"
        f"rows = quick_summaries({str(path)!r})\n"
        "assert len(rows) == 6, rows\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'alembic', 'reportlab'}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
    assert sorted(p.name for p in tmp_path.iterdir()) == before
