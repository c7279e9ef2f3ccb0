"""Outcomes travel in exchange files as an optional list, merged by id like assessments."""

from __future__ import annotations

from datetime import date

import pytest

from feasibility_app.domain.outcomes import Completion, OpenedGovernment, Stage
from feasibility_app.exchange import ExchangeError
from feasibility_app.exchange.exchange_file import export_exchange, import_exchange, read_exchange
from feasibility_app.storage.outcomes import outcomes, record_outcome

from .helpers import close_opened, document, new_id, open_repo, write


@pytest.fixture(autouse=True)
def _close():
    yield
    close_opened()


def test_outcomes_merge_by_union(tmp_path):
    a = open_repo(f"sqlite:///{tmp_path / 'a.db'}", sample=True)
    b = open_repo(f"sqlite:///{tmp_path / 'b.db'}", sample=True)
    cid = a.summaries()[0].id
    o = record_outcome(
        a.db,
        cid,
        Completion.NOT_STARTED,
        stage=Stage.END_OF_TERM,
        opened_government=OpenedGovernment.DID_NOT_CHANGE,
        source="IRM end-of-term report",
        reported_on=date(2015, 12, 1),
        author="Ana",
    )
    path = tmp_path / "a.json"
    summary = export_exchange(a, path)
    assert "7 outcomes" in str(summary)  # the sample's six and Ana's
    result = import_exchange(b, path)
    assert "added 1 outcome" in str(result)
    assert outcomes(b.db, [cid])[cid] == outcomes(a.db, [cid])[cid]
    assert [x.id for x in outcomes(b.db, [cid])[cid]][-1] == o.id
    assert "nothing new" in str(import_exchange(b, path))


def test_a_file_without_outcomes_is_read_as_before(tmp_path):
    repo = open_repo(f"sqlite:///{tmp_path / 'x.db'}", sample=True)
    doc = document(repo)
    del doc["outcomes"]
    path = write(tmp_path / "old.json", doc)
    assert "outcomes" not in read_exchange(path)
    assert "nothing new" in str(import_exchange(repo, path))
    empty = open_repo(f"sqlite:///{tmp_path / 'e.db'}")
    import_exchange(empty, path)
    assert outcomes(empty.db) == {}


def test_export_without_outcomes_writes_no_outcomes_key(tmp_path):
    repo = open_repo(f"sqlite:///{tmp_path / 'x.db'}")
    plan = repo.create_plan("Plan")
    assert "outcomes" not in document(repo, plan.id)


def test_an_outcome_of_an_unknown_commitment_is_refused(tmp_path):
    repo = open_repo(f"sqlite:///{tmp_path / 'x.db'}", sample=True)
    doc = document(repo)
    doc["outcomes"][0]["commitment_id"] = new_id()
    doc["outcomes"][0]["id"] = new_id()
    with pytest.raises(ExchangeError) as err:
        import_exchange(repo, write(tmp_path / "bad.json", doc))
    assert "unknown commitment" in str(err.value) and "$.outcomes[0].commitment_id" in str(err.value)
    doc = document(repo)
    doc["outcomes"][0]["completion"] = "done"
    with pytest.raises(ExchangeError) as err:
        import_exchange(repo, write(tmp_path / "bad2.json", doc))
    assert "$.outcomes[0].completion" in str(err.value)


def test_a_changed_outcome_is_a_damaged_file(tmp_path):
    repo = open_repo(f"sqlite:///{tmp_path / 'x.db'}", sample=True)
    doc = document(repo)
    doc["outcomes"][0]["completion"] = "complete"
    with pytest.raises(ExchangeError) as err:
        import_exchange(repo, write(tmp_path / "forged.json", doc))
    assert "differs from the one in the database" in str(err.value)
