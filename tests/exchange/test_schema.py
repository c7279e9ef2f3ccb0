"""The shipped JSON Schema, the docs and the code describe the same file."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from feasibility_app.exchange import schema as fmt
from feasibility_app.paths import resource_path
from feasibility_app.storage import bulk

from .helpers import document, open_repo

SCHEMA = resource_path("exchange", "feasibility-exchange-3.schema.json")  # the newest format
SCHEMA_2 = resource_path("exchange", "feasibility-exchange-2.schema.json")  # what stop-20 readers read
DOCS = Path(__file__).resolve().parents[2] / "docs" / "exchange.md"


@pytest.fixture(scope="module")
def schema() -> dict:
    return json.loads(SCHEMA.read_text(encoding="utf-8"))


@pytest.fixture
def exported(tmp_path) -> dict:
    import dataclasses

    from feasibility_app.domain.factors import Level, Role
    from feasibility_app.domain.model import FactorScore

    repo = open_repo(f"sqlite:///{tmp_path / 'x.db'}", sample=True)
    cid = repo.summaries()[0].id
    repo.save_revision(cid, dataclasses.replace(repo.current_revision(cid).fields, title="Second"), "me")
    second = repo.current_revision(cid)
    repo.save_revision(cid, dataclasses.replace(second.fields, title="Second."), "me")
    repo.mark_editorial(cid, repo.current_revision(cid).id, "Lucía")
    consensus = repo.save_assessment(
        cid,
        "Forum",
        Role.FACILITATOR,
        {"budget": FactorScore(Level.HIGH)},
        is_consensus=True,
    )
    repo.lock_for_signing(cid, consensus.revision_id, consensus.id, "ab" * 32, "Mediadora")
    repo.delete_commitment(repo.summaries()[1].id)
    return document(repo)


def _resolve(schema: dict, node: dict) -> dict:
    while "$ref" in node:
        node = schema["$defs"][node["$ref"].rsplit("/", 1)[1]]
    return node


def _validate(schema: dict, node: dict, value, path: str = "$") -> None:
    """The subset of JSON Schema 2020-12 the shipped schema uses (no jsonschema dependency)."""
    node = _resolve(schema, node)
    if "anyOf" in node:
        errors = []
        for option in node["anyOf"]:
            try:
                _validate(schema, option, value, path)
                return
            except AssertionError as exc:
                errors.append(str(exc))
        raise AssertionError(f"{path}: no anyOf option matches: {errors}")
    if "const" in node:
        assert value == node["const"], path
    if "enum" in node:
        assert value in node["enum"], f"{path}: {value!r} not in enum"
    types = node.get("type")
    if types is not None:
        types = types if isinstance(types, list) else [types]
        python = {
            "object": dict,
            "array": list,
            "string": str,
            "boolean": bool,
            "null": type(None),
            "integer": int,
            "number": (int, float),
        }
        assert any(
            isinstance(value, python[t]) and not (t in ("integer", "number") and isinstance(value, bool))
            for t in types
        ), f"{path}: {value!r} is not {types}"
    if isinstance(value, str):
        if "pattern" in node:
            assert re.search(node["pattern"], value), f"{path}: {value!r} !~ {node['pattern']}"
        if "maxLength" in node:
            assert len(value) <= node["maxLength"], path
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        assert value >= node.get("minimum", value) and value <= node.get("maximum", value), path
    if isinstance(value, list) and "items" in node:
        for i, item in enumerate(value):
            _validate(schema, node["items"], item, f"{path}[{i}]")
    if isinstance(value, dict):
        for key in node.get("required", ()):
            assert key in value, f"{path}: missing {key}"
        props = node.get("properties", {})
        for key, item in value.items():
            if "propertyNames" in node:
                _validate(schema, node["propertyNames"], key, f"{path} key")
            if key in props:
                _validate(schema, props[key], item, f"{path}.{key}")
            elif node.get("additionalProperties") is False:
                raise AssertionError(f"{path}: unexpected {key}")
            elif isinstance(node.get("additionalProperties"), dict):
                _validate(schema, node["additionalProperties"], item, f"{path}.{key}")


def test_the_schema_is_json_and_names_the_format(schema):
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["properties"]["format"]["const"] == fmt.FORMAT_NAME
    assert schema["properties"]["version"]["const"] == fmt.FORMAT_VERSION


def test_an_exported_file_has_exactly_the_required_keys(schema, exported):
    assert list(exported) == [*schema["required"], *fmt.OPTIONAL_LISTS]  # the sample plan has outcomes
    assert set(fmt.OPTIONAL_LISTS) <= set(schema["properties"]) - set(schema["required"])
    for key, name in [
        ("outcomes", "outcome"),
        ("plans", "plan"),
        ("parties", "party"),
        ("commitments", "commitment"),
        ("revisions", "revision"),
        ("assessments", "assessment"),
        ("tombstones", "tombstone"),
        ("editorial_marks", "editorial_mark"),
        ("locks", "lock"),
    ]:
        assert exported[key], f"the test export has no {key}"
        for record in exported[key]:
            assert list(record) == schema["$defs"][name]["required"], key
    for revision in exported["revisions"]:
        for m in revision["milestones"]:
            assert list(m) == schema["$defs"]["milestone"]["required"]
    for a in exported["assessments"]:
        for score in a["scores"].values():
            assert list(score) == schema["$defs"]["score"]["required"]
        for m in a["mitigations"]:
            assert list(m) == schema["$defs"]["mitigation"]["required"]


def test_an_exported_file_is_valid_against_the_schema(schema, exported):
    assert exported["version"] == 2  # it has no format-3 item; format 3 is a superset of 2
    _validate(schema, schema, {**exported, "version": 3})
    assert any(a["is_consensus"] for a in exported["assessments"])


def test_a_file_without_format_3_items_is_declared_format_2(tmp_path):
    """So a laptop still on the format-2 version imports it; with a paper or the precedent
    library it says format 3, which such a laptop refuses as "written by a newer version"."""
    import dataclasses

    from feasibility_app.exchange.exchange_file import dumps_document, export_document
    from feasibility_app.exchange.fields import BadFile
    from feasibility_app.exchange.validate import check_document

    repo = open_repo(f"sqlite:///{tmp_path / 'x.db'}", sample=True)
    doc = document(repo)
    assert doc["version"] == 2
    schema_2 = json.loads(SCHEMA_2.read_text(encoding="utf-8"))
    _validate(schema_2, schema_2, doc)
    assert json.loads(dumps_document(export_document(repo, with_precedents=True)))["version"] == 3
    repo.update_plan(dataclasses.replace(repo.plans()[0], paper="a4"))
    with_paper = document(repo)
    assert with_paper["version"] == 3
    with pytest.raises(AssertionError):  # the format-2 schema has no paper
        _validate(schema_2, schema_2, {**with_paper, "version": 2})
    with pytest.raises(BadFile, match="newer version"):
        check_document({**with_paper, "version": fmt.FORMAT_VERSION + 1})


def test_an_export_with_precedents_matches_the_schema(schema, tmp_path):
    from feasibility_app.app.learning import import_precedents_file
    from feasibility_app.exchange.exchange_file import dumps_document, export_document

    repo = open_repo(f"sqlite:///{tmp_path / 'p.db'}", sample=True)
    fixture = Path(__file__).resolve().parents[1] / "precedents" / "fixtures" / "irm_sample.csv"
    import_precedents_file(repo, fixture)
    doc = json.loads(dumps_document(export_document(repo, with_precedents=True)))
    assert list(doc) == [*schema["required"], *fmt.OPTIONAL_LISTS, *fmt.ON_REQUEST_LISTS]
    assert set(fmt.ON_REQUEST_LISTS) <= set(schema["properties"]) - set(schema["required"])
    assert doc["precedents"]
    for record in doc["precedents"]:
        assert list(record) == schema["$defs"]["precedent"]["required"]
    _validate(schema, schema, doc)
    bad = json.loads(json.dumps(doc))
    bad["precedents"][0]["year"] = 1800
    with pytest.raises(AssertionError):
        _validate(schema, schema, bad)


def test_the_schema_refuses_what_the_importer_refuses(schema, exported):
    exported = {**exported, "version": 3}  # valid as it stands (the test above)
    bad = json.loads(json.dumps(exported))
    bad["assessments"][0]["scores"]["budget"]["level"] = "severe"
    with pytest.raises(AssertionError):
        _validate(schema, schema, bad)
    bad = json.loads(json.dumps(exported))
    bad["revisions"][0]["id"] = "NOT-A-UUID"
    with pytest.raises(AssertionError):
        _validate(schema, schema, bad)


def test_every_stored_column_is_exchanged():
    """A migration that adds a column must add it to the exchange file (or say here why not)."""
    local_only = {"version"}  # the optimistic-lock counter of plans and parties is per database
    listed = {
        bulk.PLAN: fmt.PLAN_FIELDS,
        bulk.PARTY: fmt.PARTY_FIELDS,
        bulk.COMMITMENT: fmt.COMMITMENT_FIELDS,
        bulk.REVISION: fmt.REVISION_FIELDS,
        bulk.MILESTONE: (*fmt.MILESTONE_FIELDS, fmt.Field("revision_id", "uuid")),
        bulk.ASSESSMENT: fmt.ASSESSMENT_FIELDS,
        bulk.FACTOR_SCORE: (
            *fmt.SCORE_FIELDS,
            fmt.Field("assessment_id", "uuid"),
            fmt.Field("factor", "factor"),
        ),
        bulk.MITIGATION: (*fmt.MITIGATION_FIELDS, fmt.Field("assessment_id", "uuid")),
        bulk.TOMBSTONE: fmt.TOMBSTONE_FIELDS,
        bulk.EDITORIAL_MARK: fmt.EDITORIAL_MARK_FIELDS,
        bulk.SIGNING_LOCK: fmt.LOCK_FIELDS,
        bulk.OUTCOME: fmt.OUTCOME_FIELDS,
    }
    assert set(listed) == set(bulk.EXCHANGED_TABLES)
    for table, fields in listed.items():
        assert {c.name for c in table.columns} - local_only == {f.name for f in fields}, table.name
    # the precedent library travels on request; its term count and import time are local
    columns = {c.name for c in bulk.PRECEDENT.columns} - {"length", "imported_at"}
    assert columns == {f.name for f in fmt.PRECEDENT_FIELDS}


def test_the_docs_describe_every_field(schema):
    text = DOCS.read_text(encoding="utf-8")
    for name, definition in schema["$defs"].items():
        for field in definition.get("required", ()):
            assert f"`{field}`" in text, f"docs/exchange.md does not mention {name}.{field}"
    assert "feasibility-exchange-3.schema.json" in text and "feasibility-exchange-2.schema.json" in text
