"""The lead agency's level travels in exchange files as an optional field."""

from __future__ import annotations

import dataclasses
import json

import pytest

from feasibility_app.exchange import ExchangeError
from feasibility_app.exchange.exchange_file import export_exchange, import_exchange

from .helpers import open_repo
from .test_schema import SCHEMA_2, _validate


def _levelled(tmp_path):
    repo = open_repo(f"sqlite:///{tmp_path / 'a.db'}", sample=True)
    plan = repo.plans()[0]
    repo.update_plan(dataclasses.replace(plan, lead_level="state"))
    cid = repo.summaries()[0].id
    fields = dataclasses.replace(repo.current_revision(cid).fields, lead_level="municipal")
    rev = repo.save_revision(cid, fields, "me")
    return repo, plan.id, cid, rev.id


def test_levels_are_exported_when_set_and_imported(tmp_path):
    repo, plan_id, cid, rev_id = _levelled(tmp_path)
    out = tmp_path / "levels.json"
    export_exchange(repo, out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert next(p for p in doc["plans"] if p["id"] == plan_id)["lead_level"] == "state"
    revisions = {r["id"]: r for r in doc["revisions"]}
    assert revisions[rev_id]["lead_level"] == "municipal"
    assert sum("lead_level" in r for r in doc["revisions"]) == 1  # unset ones are left out
    schema = json.loads(SCHEMA_2.read_text(encoding="utf-8"))  # a format-2 item: the file is format 2
    _validate(schema, schema, doc)  # the shipped JSON Schema accepts the optional field

    other = open_repo(f"sqlite:///{tmp_path / 'b.db'}", sample=False)
    import_exchange(other, out)
    assert other.plan(plan_id).lead_level == "state"
    assert other.current_revision(cid).fields.lead_level == "municipal"
    import_exchange(other, out)  # the same file again: nothing differs
    assert other.current_revision(cid).id == rev_id


def test_a_file_without_levels_imports_as_not_recorded(tmp_path):
    repo = open_repo(f"sqlite:///{tmp_path / 'a.db'}", sample=True)
    out = tmp_path / "plain.json"
    export_exchange(repo, out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert not any("lead_level" in r for r in doc["revisions"] + doc["plans"])
    other = open_repo(f"sqlite:///{tmp_path / 'b.db'}", sample=False)
    import_exchange(other, out)
    assert {p.lead_level for p in other.plans()} == {""}


@pytest.mark.parametrize("value", ["county", 3, None])
def test_an_unknown_level_is_refused_with_its_path(tmp_path, value):
    repo, *_ = _levelled(tmp_path)
    out = tmp_path / "bad.json"
    export_exchange(repo, out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    doc["plans"][0]["lead_level"] = value
    out.write_text(json.dumps(doc), encoding="utf-8")
    other = open_repo(f"sqlite:///{tmp_path / 'b.db'}", sample=False)
    with pytest.raises(ExchangeError, match=r"plans\[0\]\.lead_level"):
        import_exchange(other, out)
