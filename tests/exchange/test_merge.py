"""Exchange files merge without loss: round trip, idempotence, two laptops, tombstones, local settings."""

from __future__ import annotations

import dataclasses
import json

import pytest

from feasibility_app.cli import show_json
from feasibility_app.domain.factors import Evidence, Level, Role
from feasibility_app.domain.model import FactorScore
from feasibility_app.exchange import ExchangeError
from feasibility_app.exchange.exchange_file import (
    FORMAT_NAME,
    ImportSummary,
    export_exchange,
    import_exchange,
    read_exchange,
)
from feasibility_app.storage.bulk import changes_since

from .helpers import counts, document, dump, open_repo, without_header


def _show_all(repo):
    return {s.id: show_json(repo.snapshot(s.id)) for s in repo.summaries(include_deleted=True)}


def test_round_trip_gives_the_same_show_data(db_url, tmp_path):
    source = open_repo(f"sqlite:///{tmp_path / 'source.db'}", sample=True)
    out = tmp_path / "sample.json"
    summary = export_exchange(source, out)
    assert "1 plan, 6 commitments, 6 revisions" in str(summary)

    target = open_repo(db_url)
    result = import_exchange(target, out)
    assert result.added["commitments"] == 6 and result.already_present == 0
    assert str(result).startswith("added 1 plan, 3 forum parties, 6 commitments, 6 revisions, ")

    assert _show_all(target) == _show_all(source)
    assert [dataclasses.astuple(s) for s in target.summaries()] == [
        dataclasses.astuple(s) for s in source.summaries()
    ]
    # and what the target would export is what the source exported
    assert without_header(document(target)) == without_header(document(source))


def test_a_second_import_changes_nothing(db_url, tmp_path):
    source = open_repo(f"sqlite:///{tmp_path / 'source.db'}", sample=True)
    out = tmp_path / "sample.json"
    export_exchange(source, out)
    target = open_repo(db_url)
    import_exchange(target, out)
    before = dump(target.db)
    again = import_exchange(target, out)
    assert dump(target.db) == before
    assert not again.changed
    records = sum(len(v) for v in document(source).values() if isinstance(v, list))
    assert str(again) == f"nothing new; {records} records already present"


def test_the_file_is_what_the_documentation_says(tmp_path):
    source = open_repo(f"sqlite:///{tmp_path / 'source.db'}", sample=True)
    out = tmp_path / "sample.json"
    export_exchange(source, out)
    doc = read_exchange(out)
    assert doc["format"] == FORMAT_NAME and doc["version"] == 2 and doc["plan_id"] is None
    assert doc["exported_at"].endswith("Z")
    text = out.read_text(encoding="utf-8")
    assert "Núcleo" in text  # UTF-8, not \u escapes
    assert "commitment_summary" not in text and "overall_level" not in text  # the cache is never exported
    first = doc["assessments"][0]
    assert list(first["scores"]) == [
        "constitutional_limits",
        "data_availability",
        "cso_cooperation",
        "issue_sensitivity",
        "budget",
        "political_will",
    ]
    assert any(a["mitigations"] for a in doc["assessments"])
    assert any(r["milestones"] for r in doc["revisions"])


def _edit(repo, cid: str, title: str, assessor: str) -> None:
    current = repo.current_revision(cid)
    repo.save_revision(cid, dataclasses.replace(current.fields, title=title), author=assessor)
    repo.save_assessment(
        cid,
        assessor,
        Role.CIVIL_SOCIETY,
        {"budget": FactorScore(Level.HIGH, Evidence.VERIFIED, f"{assessor} checked the budget")},
    )


def test_two_laptops_that_edited_the_same_commitment_both_keep_their_work(make_db_url, tmp_path):
    # Both laptops start from the same sample (same ids), then edit the same commitment.
    a = open_repo(f"sqlite:///{tmp_path / 'a.db'}", sample=True)
    b = open_repo(f"sqlite:///{tmp_path / 'b.db'}", sample=True)
    cid = a.summaries()[0].id
    base = a.current_revision(cid)
    _edit(a, cid, "Edited on laptop A", "Laptop A")
    _edit(b, cid, "Edited on laptop B", "Laptop B")
    export_exchange(a, tmp_path / "a.json")
    export_exchange(b, tmp_path / "b.json")

    c = open_repo(make_db_url())
    first = import_exchange(c, tmp_path / "a.json")
    second = import_exchange(c, tmp_path / "b.json")
    assert second.added["revisions"] == 1 and second.added["assessments"] == 1
    assert second.already_present == sum(first.counts_in_file.values()) - 2  # all but A's two new records

    titles = {r.fields.title for r in c.revisions(cid)}
    assert {"Edited on laptop A", "Edited on laptop B", base.fields.title} == titles
    assessors = {x.assessor for x in c.assessments(cid)}
    assert {"Laptop A", "Laptop B"} <= assessors
    (pair,) = c.parallel_edits(cid)
    assert {r.fields.title for r in pair} == {"Edited on laptop A", "Edited on laptop B"}
    assert all(r.parent_id == base.id for r in pair)
    # the summary cache was rebuilt: the list shows the newest revision's title
    row = next(s for s in c.summaries() if s.id == cid)
    assert row.title == c.current_revision(cid).fields.title
    assert row.assessors == len({(x.assessor, x.role) for x in c.assessments(cid) if not x.is_consensus})

    # the same two files into a laptop that already has the sample: the same result
    d = open_repo(make_db_url(), sample=True)
    import_exchange(d, tmp_path / "b.json")
    import_exchange(d, tmp_path / "a.json")
    assert without_header(document(d)) == without_header(document(c))


def test_deletions_travel_and_the_newest_wins(db_url, tmp_path):
    a = open_repo(f"sqlite:///{tmp_path / 'a.db'}", sample=True)
    target = open_repo(db_url, sample=True)
    cid = a.summaries()[0].id
    a.delete_commitment(cid, "facilitator")
    export_exchange(a, tmp_path / "a.json")
    summary = import_exchange(target, tmp_path / "a.json")
    assert summary.added["tombstones"] == 1 and "1 delete/restore record" in str(summary)
    assert target.is_deleted(cid)
    assert cid not in {s.id for s in target.summaries()}

    a.restore_commitment(cid, "facilitator")
    export_exchange(a, tmp_path / "a2.json")
    import_exchange(target, tmp_path / "a2.json")
    assert not target.is_deleted(cid)


def test_local_plan_settings_are_kept_and_reported(db_url, tmp_path):
    a = open_repo(f"sqlite:///{tmp_path / 'a.db'}", sample=True)
    target = open_repo(db_url, sample=True)
    plan = target.plans()[0]
    weights = {**plan.weights, "budget": 2.0}
    target.update_plan(dataclasses.replace(plan, title="Local title", weights=weights))
    export_exchange(a, tmp_path / "a.json")
    summary = import_exchange(target, tmp_path / "a.json")
    assert target.plans()[0].title == "Local title"
    assert target.plans()[0].weights["budget"] == 2.0
    assert summary.kept_local == ("Local title",)
    assert "kept local settings for plan “Local title”" in str(summary)


def test_a_party_added_elsewhere_is_added_here(db_url, tmp_path):
    a = open_repo(f"sqlite:///{tmp_path / 'a.db'}", sample=True)
    target = open_repo(db_url, sample=True)
    plan = a.plans()[0]
    new_party = dataclasses.replace(plan.parties[0], id="", name="Journalists' network", version=1)
    a.update_plan(dataclasses.replace(plan, parties=(*plan.parties, new_party)))
    export_exchange(a, tmp_path / "a.json")
    summary = import_exchange(target, tmp_path / "a.json")
    assert summary.added["parties"] == 1
    assert [p.name for p in target.plans()[0].parties][-1] == "Journalists' network"
    assert summary.kept_local == ()


def test_export_of_one_plan_holds_only_that_plan(db_url, tmp_path):
    source = open_repo(db_url, sample=True)
    other = source.create_plan("Other plan", "Chile")
    rev = source.create_commitment(
        other.id,
        dataclasses.replace(
            source.current_revision(source.summaries()[0].id).fields, title="Chilean commitment"
        ),
    )
    source.delete_commitment(rev.commitment_id)
    doc = document(source, other.id)
    assert doc["plan_id"] == other.id
    assert [p["id"] for p in doc["plans"]] == [other.id]
    assert [c["id"] for c in doc["commitments"]] == [rev.commitment_id]
    assert [t["target_id"] for t in doc["tombstones"]] == [rev.commitment_id]
    assert doc["assessments"] == []

    target = open_repo(f"sqlite:///{tmp_path / 't.db'}")
    path = tmp_path / "other.json"
    export_exchange(source, path, other.id)
    import_exchange(target, path)
    assert [p.title for p in target.plans(include_deleted=True)] == ["Other plan"]


def test_dry_run_reports_and_changes_nothing(db_url, tmp_path):
    source = open_repo(f"sqlite:///{tmp_path / 'source.db'}", sample=True)
    export_exchange(source, tmp_path / "s.json")
    target = open_repo(db_url)
    before = dump(target.db)
    preview = import_exchange(target, tmp_path / "s.json", dry_run=True)
    assert dump(target.db) == before
    assert str(preview).startswith("would add 1 plan")


def test_summary_wording():
    s = ImportSummary(added={"revisions": 3, "assessments": 5, "consensus": 1}, already_present=12)
    assert str(s) == "added 3 revisions, 4 assessments, 1 consensus record; 12 records already present"
    one = ImportSummary(added={"revisions": 1}, already_present=1, kept_local=("Plan",))
    assert str(one) == "added 1 revision; 1 record already present; kept local settings for plan “Plan”"


def test_changes_since_tells_an_editor_about_a_newer_save(db_url):
    repo = open_repo(db_url, sample=True)
    cid = repo.summaries()[0].id
    opened = repo.current_revision(cid)
    assert changes_since(repo.db, cid, opened.id) == []
    other = open_repo(db_url)  # a colleague on the same database
    saved = other.save_revision(cid, dataclasses.replace(opened.fields, title="Colleague's edit"), "B")
    news = changes_since(repo.db, cid, opened.id)
    assert [r.id for r in news] == [saved.id]
    assert news[0].parent_id == opened.id and news[0].fields.title == "Colleague's edit"
    assert changes_since(repo.db, cid, saved.id) == []
    from feasibility_app.storage.repository import NotFound

    with pytest.raises(NotFound):
        changes_since(repo.db, repo.summaries()[1].id, opened.id)
    other.db.close()


def test_import_keeps_row_counts_when_everything_is_present(db_url, tmp_path):
    target = open_repo(db_url, sample=True)
    export_exchange(target, tmp_path / "self.json")
    before = counts(target.db)
    summary = import_exchange(target, tmp_path / "self.json")
    assert counts(target.db) == before
    assert summary.commitment_ids == ()


def test_read_exchange_refuses_what_import_refuses(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "something-else"}), encoding="utf-8")
    with pytest.raises(ExchangeError, match="not a Feasibility exchange file"):
        read_exchange(bad)


def test_two_imports_at_the_same_time_both_succeed(db_url, tmp_path):
    """On a shared server two people may import the same file at once: one adds, the other finds it all."""
    import threading

    source = open_repo(f"sqlite:///{tmp_path / 'source.db'}", sample=True)
    export_exchange(source, tmp_path / "s.json")
    open_repo(db_url).db.close()  # create the schema once
    results, errors = [], []
    barrier = threading.Barrier(2)

    def run():
        repo = open_repo(db_url)
        try:
            barrier.wait()
            results.append(import_exchange(repo, tmp_path / "s.json"))
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            repo.db.close()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sorted(r.changed for r in results) == [False, True]
