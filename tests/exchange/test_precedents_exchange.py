"""The precedent library in exchange files: only on request, merged by id, checked like the rest.

`export --with-precedents` adds OGP's past commitments as the optional top-level list
`precedents`; an import adds new ones and replaces changed ones by id (as re-importing
the spreadsheet does) and rebuilds the search index; a file without the list imports as
before; a malformed list is refused with exit 3 and the database unchanged.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from feasibility_app.app.learning import import_precedents_file, precedent_library_size
from feasibility_app.cli import run
from feasibility_app.exchange import ExchangeError
from feasibility_app.exchange.exchange_file import dumps_document, export_document, import_exchange
from feasibility_app.exchange.schema import MAX_PRECEDENTS
from feasibility_app.storage.precedent_search import find_similar

from .helpers import dump, open_repo, write

FIXTURE = Path(__file__).resolve().parents[1] / "precedents" / "fixtures" / "irm_sample.csv"


def with_library(url: str):
    repo = open_repo(url, sample=True)
    import_precedents_file(repo, FIXTURE)
    return repo


def precedents_doc(repo, plan_id: str | None = None) -> dict:
    return json.loads(dumps_document(export_document(repo, plan_id, with_precedents=True)))


def test_round_trip_through_a_file(make_db_url, tmp_path):
    a = with_library(make_db_url())
    doc = precedents_doc(a)
    assert [p["id"] for p in doc["precedents"]] == sorted(p["id"] for p in doc["precedents"])
    mx = next(p for p in doc["precedents"] if p["id"] == "MX0101")
    assert mx["country"] == "Mexico" and mx["year"] == 2013 and mx["completion_end"] == "limited"
    assert mx["opened_government"] == "did_not_change" and "\n" in mx["full_text"]
    b = open_repo(make_db_url())  # an empty database on the same backend
    summary = import_exchange(b, write(tmp_path / "lib.json", doc))
    assert "8 precedents" in str(summary) and precedent_library_size(b) == 8
    assert precedents_doc(b)["precedents"] == doc["precedents"]
    found = find_similar(b, "Registro nacional de personas detenidas en tiempo real", 1)
    assert [m.precedent.id for m in found] == ["MX0101"]
    again = import_exchange(b, write(tmp_path / "lib.json", doc))
    assert "nothing new" in str(again) and "precedent" not in str(again)


def test_only_on_request(tmp_path):
    repo = with_library(f"sqlite:///{tmp_path / 'a.db'}")
    assert "precedents" not in export_document(repo)
    empty = open_repo(f"sqlite:///{tmp_path / 'e.db'}")
    assert export_document(empty, with_precedents=True)["precedents"] == []
    plan_id = repo.plans()[0].id
    assert len(export_document(repo, plan_id, with_precedents=True)["precedents"]) == 8  # the library


def test_a_file_without_precedents_leaves_the_library_alone(tmp_path):
    repo = with_library(f"sqlite:///{tmp_path / 'a.db'}")
    before = dump(repo.db)
    plain = json.loads(dumps_document(export_document(repo)))
    assert "nothing new" in str(import_exchange(repo, write(tmp_path / "plain.json", plain)))
    assert dump(repo.db) == before


def test_a_newer_copy_updates_by_id_and_the_index_follows(tmp_path):
    repo = with_library(f"sqlite:///{tmp_path / 'a.db'}")
    doc = precedents_doc(repo)
    ke = next(p for p in doc["precedents"] if p["id"] == "KE0008")
    ke["title"] = "Registro de beneficiarios finales con datos de hidrocarburos"
    ke["completion_end"] = "complete"
    doc["precedents"].append({**ke, "id": "KE0009", "title": "Petroleum licences register"})
    summary = import_exchange(repo, write(tmp_path / "newer.json", doc))
    assert "added 1 precedent" in str(summary) and "updated 1 precedent" in str(summary)
    assert precedent_library_size(repo) == 9
    stored = {p["id"]: p for p in precedents_doc(repo)["precedents"]}
    assert stored["KE0008"]["title"].startswith("Registro de beneficiarios") and (
        stored["KE0008"]["completion_end"] == "complete"
    )
    assert find_similar(repo, "hidrocarburos", 1)[0].precedent.id == "KE0008"


def test_dry_run_says_what_would_change_and_changes_nothing(tmp_path):
    repo = with_library(f"sqlite:///{tmp_path / 'a.db'}")
    doc = precedents_doc(repo)
    doc["precedents"][0]["title"] = "Changed"
    before = dump(repo.db)
    summary = import_exchange(repo, write(tmp_path / "d.json", doc), dry_run=True)
    assert "would update 1 precedent" in str(summary)
    assert dump(repo.db) == before


def _bad(doc: dict, change) -> dict:
    doc = json.loads(json.dumps(doc))
    change(doc)
    return doc


def _set(i: int, key: str, value):
    def change(doc):
        doc["precedents"][i][key] = value

    return change


def _del(i: int, key: str):
    def change(doc):
        del doc["precedents"][i][key]

    return change


HOSTILE = [
    ("not-a-list", lambda d: d.update(precedents={"MX0101": {}}), "expected a list at $.precedents"),
    ("not-an-object", lambda d: d["precedents"].append("MX9999"), "expected an object at $.precedents[8]"),
    ("missing-title", _del(0, "title"), "missing field 'title' at $.precedents[0]"),
    ("unknown-field", _set(1, "imported_at", "2020-01-01T00:00:00Z"), "unknown field 'imported_at'"),
    ("blank-id", _set(0, "id", "  "), "not an identifier"),
    ("id-with-newline", _set(0, "id", "MX01\n01"), "not an identifier"),
    ("long-id", _set(0, "id", "X" * 65), "text longer than 64 characters at $.precedents[0].id"),
    ("number-id", _set(0, "id", 101), "expected text at $.precedents[0].id"),
    ("old-year", _set(2, "year", 1800), "expected a year from 1900 to 2100 at $.precedents[2].year"),
    ("text-year", _set(2, "year", "2015"), "$.precedents[2].year"),
    ("bool-year", _set(2, "year", True), "$.precedents[2].year"),
    ("bad-completion", _set(3, "completion_end", "done"), "unknown completion 'done'"),
    ("bad-opened", _set(3, "opened_government", "yes"), "$.precedents[3].opened_government"),
    ("long-country", _set(4, "country", "M" * 201), "text longer than 200 characters"),
    ("nul-in-text", _set(4, "full_text", "a\x00b"), "NUL character at $.precedents[4].full_text"),
    ("surrogate", _set(4, "title", "\ud800"), "lone surrogate"),
    ("area-not-text", _set(5, "policy_areas", ["Justice", 3]), "$.precedents[5].policy_areas[1]"),
    ("areas-not-list", _set(5, "policy_areas", "Justice"), "$.precedents[5].policy_areas"),
    ("null-title", _set(6, "title", None), "title must not be null"),
    ("twice", lambda d: d["precedents"].append(dict(d["precedents"][0])), "precedent BR0055 appears twice"),
]


@pytest.mark.parametrize(("change", "message"), [h[1:] for h in HOSTILE], ids=[h[0] for h in HOSTILE])
def test_a_malformed_precedent_list_is_refused_and_nothing_changes(tmp_path, capsys, change, message):
    db = tmp_path / "a.db"
    repo = with_library(f"sqlite:///{db}")
    doc = precedents_doc(repo)
    # the file also brings a new plan: refused, it must not arrive either
    doc["plans"][0]["id"] = doc["parties"][0]["plan_id"] = "0" * 8 + "-0000-4000-8000-" + "0" * 12
    path = tmp_path / "bad.json"  # written as ASCII: a lone surrogate stays an escape
    path.write_text(json.dumps(_bad(doc, change)), encoding="utf-8")
    before = dump(repo.db)
    repo.db.close()
    assert run(["--db", str(db), "import", str(path)]) == 3
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err
    again = open_repo(f"sqlite:///{db}")
    assert dump(again.db) == before


def test_too_many_precedents_are_refused(tmp_path, monkeypatch):
    from feasibility_app.exchange import validate

    monkeypatch.setattr(validate, "MAX_PRECEDENTS", 5)
    repo = with_library(f"sqlite:///{tmp_path / 'a.db'}")
    with pytest.raises(ExchangeError, match=r"more than 5 precedents at \$\.precedents"):
        import_exchange(repo, write(tmp_path / "many.json", precedents_doc(repo)))
    assert MAX_PRECEDENTS >= 10_000  # OGP's whole data set fits


def test_cli_export_with_precedents(tmp_path, capsys):
    db = str(tmp_path / "cli.db")
    assert run(["--db", db, "precedents", "import", str(FIXTURE)]) == 0
    out = tmp_path / "x.json"
    assert run(["--db", db, "export", "-o", str(out), "--with-precedents"]) == 0
    assert "8 precedents" in capsys.readouterr().out
    assert len(json.loads(out.read_text(encoding="utf-8"))["precedents"]) == 8
    assert run(["--db", db, "export", "-o", str(tmp_path / "plain.json")]) == 0
    assert "precedents" not in json.loads((tmp_path / "plain.json").read_text(encoding="utf-8"))
    assert run(["--db", db, "export", "-o", str(tmp_path / "x.csv"), "--with-precedents"]) == 2
    assert "not to a spreadsheet" in capsys.readouterr().err
    assert not (tmp_path / "x.csv").exists()
    other = str(tmp_path / "other.db")
    assert run(["--db", other, "--no-sample", "import", str(out)]) == 0
    assert "8 precedents" in capsys.readouterr().out
    draft = tmp_path / "draft.txt"
    draft.write_text("Cadastro nacional de pessoas desaparecidas", encoding="utf-8")
    assert run(["--db", other, "precedents", "find", str(draft), "--top", "1", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert found["library_size"] == 8 and found["matches"][0]["id"] == "BR0055"
