"""A plan's paper travels in exchange files as an optional field (format 2 unchanged)."""

from __future__ import annotations

import dataclasses
import json

import pytest

from feasibility_app.exchange import ExchangeError
from feasibility_app.exchange.exchange_file import export_exchange, import_exchange

from .helpers import open_repo
from .test_schema import SCHEMA, _validate


def test_paper_is_exported_when_set_and_imported(tmp_path):
    repo = open_repo(f"sqlite:///{tmp_path / 'a.db'}", sample=True)
    plan = repo.plans()[0]
    repo.update_plan(dataclasses.replace(plan, paper="a4"))  # Mexico's plan, printed on A4 anyway
    other_plan = repo.create_plan("Plan without paper", "Brasil")
    out = tmp_path / "paper.json"
    export_exchange(repo, out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    plans = {p["id"]: p for p in doc["plans"]}
    assert doc["version"] == 3  # a plan's paper is a format-3 item
    assert plans[plan.id]["paper"] == "a4"
    assert "paper" not in plans[other_plan.id]  # unset: left out, as older versions wrote it
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    _validate(schema, schema, doc)

    other = open_repo(f"sqlite:///{tmp_path / 'b.db'}", sample=False)
    import_exchange(other, out)
    assert other.plan(plan.id).paper == "a4"
    assert other.plan(other_plan.id).paper == ""


@pytest.mark.parametrize("value", ["A5", 4])
def test_an_unknown_paper_is_refused_with_its_path(tmp_path, value):
    repo = open_repo(f"sqlite:///{tmp_path / 'a.db'}", sample=True)
    out = tmp_path / "bad.json"
    export_exchange(repo, out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    doc["plans"][0]["paper"] = value
    out.write_text(json.dumps(doc), encoding="utf-8")
    other = open_repo(f"sqlite:///{tmp_path / 'b.db'}", sample=False)
    with pytest.raises(ExchangeError, match=r"plans\[0\]\.paper"):
        import_exchange(other, out)
