"""A bad file gets one clear message, and the database is left exactly as it was."""

from __future__ import annotations

import copy
import json

import pytest

from feasibility_app.exchange import ExchangeError
from feasibility_app.exchange import exchange_file as xf
from feasibility_app.exchange.exchange_file import export_exchange, import_exchange, read_exchange
from feasibility_app.storage import bulk

from .helpers import document, dump, new_id, open_repo, write


@pytest.fixture
def sample_doc(tmp_path):
    """The sample plan's exchange document (the target database holds the same records)."""
    return document(open_repo(f"sqlite:///{tmp_path / 'source.db'}", sample=True))


@pytest.fixture
def target(db_url):
    return open_repo(db_url, sample=True)


def _new_revision(doc, commitment_id=None, parent_id=None):
    rev = copy.deepcopy(doc["revisions"][0])
    rev["id"] = new_id()
    rev["title"] = "A new draft"
    rev["created_at"] = "2014-02-01T09:00:00Z"  # newer than the sample's, so it becomes current
    rev["parent_id"] = parent_id if parent_id is not None else doc["revisions"][0]["id"]
    if commitment_id is not None:
        rev["commitment_id"] = commitment_id
    for m in rev["milestones"]:
        m["id"] = new_id()
    return rev


def _new_assessment(doc, **changes):
    a = copy.deepcopy(doc["assessments"][0])
    a["id"] = new_id()
    for m in a["mitigations"]:
        m["id"] = new_id()
    a.update(changes)
    return a


def _set(path, value):
    def change(doc):
        obj = doc
        for key in path[:-1]:
            obj = obj[key]
        obj[path[-1]] = value

    return change


def _delete(path):
    def change(doc):
        obj = doc
        for key in path[:-1]:
            obj = obj[key]
        del obj[path[-1]]

    return change


def _append(key, make):
    def change(doc):
        doc[key].append(make(doc))

    return change


REV3 = "$.revisions[3]"
ZERO_ID = "00000000-0000-4000-8000-000000000000"
TWO_ID = "22222222-2222-4222-8222-222222222222"
THREE_ID = "33333333-3333-4333-8333-333333333333"

# (id, change to the document, expected words in the message)
DOCUMENT_CASES = [
    ("wrong-format", _set(["format"], "feasibility-export"), "not a Feasibility exchange file"),
    ("no-format", _delete(["format"]), "not a Feasibility exchange file (no $.format)"),
    (
        "newer-version",
        _set(["version"], 4),
        "written by a newer version (format 4); this version reads format 3",
    ),
    ("version-text", _set(["version"], "1"), "$.version must be a whole number"),
    ("missing-field", _delete(["revisions", 0, "title"]), "missing field 'title' at $.revisions[0]"),
    ("unknown-field", _set(["revisions", 0, "colour"], "red"), "unknown field 'colour' at $.revisions[0]"),
    (
        "mistyped-bool",
        _set(["assessments", 1, "is_consensus"], "no"),
        "expected true or false at $.assessments[1].is_consensus, found text",
    ),
    ("mistyped-list", _set(["plans"], {}), "expected a list at $.plans, found an object"),
    (
        "unknown-factor",
        _set(["assessments", 2, "scores", "bugdet"], {"level": "low"}),
        "unknown factor 'bugdet' at $.assessments[2].scores.bugdet",
    ),
    (
        "unknown-level",
        _set(["assessments", 2, "scores", "budget", "level"], "severe"),
        "unknown level 'severe' at $.assessments[2].scores.budget.level",
    ),
    (
        "unknown-role",
        _set(["assessments", 0, "role"], "king"),
        "unknown role 'king' at $.assessments[0].role",
    ),
    (
        "unknown-mitigation-factor",
        _set(["assessments", 0, "mitigations", 0, "factor"], "weather"),
        "unknown factor 'weather' at $.assessments[0].mitigations[0].factor",
    ),
    (
        "bad-uuid",
        _set(["commitments", 1, "id"], "12345"),
        "not a UUID (lower-case, 8-4-4-4-12 hex digits): '12345' at $.commitments[1].id",
    ),
    (
        "upper-case-uuid",
        lambda d: d["commitments"][1].update(id=d["commitments"][1]["id"].upper()),
        "not a UUID",
    ),
    (
        "bad-date",
        _set(["revisions", 0, "start_date"], "2013-02-30"),
        "not a valid date: '2013-02-30' at $.revisions[0].start_date",
    ),
    ("date-format", _set(["revisions", 0, "end_date"], "31/10/2015"), "not a date (YYYY-MM-DD)"),
    ("bad-timestamp", _set(["assessments", 0, "created_at"], "yesterday"), "not a time stamp"),
    ("naive-timestamp", _set(["assessments", 0, "created_at"], "2013-10-20T16:00:00"), "not a time stamp"),
    ("null-title", _set(["revisions", 0, "title"], None), "title must not be null at $.revisions[0].title"),
    ("negative-position", _set(["parties", 0, "position"], -1), "expected a whole number from 0"),
    (
        "too-long",
        _set(["assessments", 0, "assessor"], "x" * 301),
        "text longer than 300 characters at $.assessments[0].assessor",
    ),
    (
        "nul-character",
        _set(["revisions", 0, "draft_text"], "a\x00b"),
        "NUL character at $.revisions[0].draft_text",
    ),
    (
        "bad-weight",
        _set(["plans", 0, "weights"], {"budget": -1}),
        "a weight must be a number from 0 to 10 at $.plans[0].weights.budget",
    ),
    # Issue 16: values at the edges that broke later edits or the score.
    (
        "huge-weight",
        _set(["plans", 0, "weights"], {"budget": 1e308}),
        "a weight must be a number from 0 to 10 at $.plans[0].weights.budget",
    ),
    (
        "year-9999",
        lambda d: d["revisions"].append({**_new_revision(d), "created_at": "9999-12-31T23:59:59.999999Z"}),
        "the time stamp is in the future",
    ),
    (
        "far-future",
        lambda d: d["revisions"].append({**_new_revision(d), "created_at": "2090-01-01T00:00:00Z"}),
        "the time stamp is in the future",
    ),
    (
        "year-1-with-offset",
        lambda d: d["assessments"].append(_new_assessment(d, created_at="0001-01-01T00:00:00+05:00")),
        "the time stamp is outside the calendar",
    ),
    (
        "before-2000",
        lambda d: d["assessments"].append(_new_assessment(d, created_at="1999-12-31T23:59:59Z")),
        "the time stamp is before 2000",
    ),
    (
        "unknown-og-value",
        _set(["revisions", 0, "og_values"], ["transparency", "world-peace"]),
        "unknown open-government value 'world-peace' at $.revisions[0].og_values[1] (expected one of:",
    ),
    (
        "unknown-irm-value",
        _set(["assessments", 0, "irm_values"], ["nope"]),
        "unknown open-government value 'nope' at $.assessments[0].irm_values[0]",
    ),
    (
        "assessment-parent-of-another-commitment",
        lambda d: d["assessments"].append(
            _new_assessment(
                d,
                parent_id=next(
                    a["id"]
                    for a in d["assessments"]
                    if a["commitment_id"] != d["assessments"][0]["commitment_id"]
                ),
            )
        ),
        ".parent_id belongs to another commitment",
    ),
    (
        "duplicate-id",
        lambda d: d["revisions"].append(copy.deepcopy(d["revisions"][1])),
        "appears twice in the file (at $.revisions[1] and $.revisions[6])",
    ),
    # Same id, different content: damaged or forged.
    (
        "changed-revision",
        _set(["revisions", 3, "title"], "Forged title"),
        f"record revision {{revisions[3].id}} at {REV3} differs from the one in the database; "
        "the file is damaged or forged",
    ),
    (
        "changed-milestone",
        _set(["revisions", 0, "milestones", 1, "output"], "Something else"),
        "record milestone {revisions[0].milestones[1].id} at $.revisions[0].milestones[1] differs",
    ),
    (
        "dropped-milestone",
        lambda d: d["revisions"][0]["milestones"].pop(),
        "record revision {revisions[0].id} at $.revisions[0] differs",
    ),
    (
        "changed-score",
        _set(["assessments", 2, "scores", "budget", "rationale"], "We never said that"),
        "record assessment {assessments[2].id} at $.assessments[2] differs",
    ),
    (
        "changed-mitigation",
        lambda d: _with_mitigations(d)["mitigations"][0].update(owner="Someone else"),
        "record mitigation {assessments[0].mitigations[0].id} at $.assessments[0].mitigations[0] differs",
    ),
    (
        "moved-commitment",
        _set(["commitments", 0, "created_at"], "2020-01-01T00:00:00Z"),
        "record commitment {commitments[0].id} at $.commitments[0] differs",
    ),
    (
        "reused-milestone-id",
        lambda d: _reuse_milestone_ids(d),
        "record milestone {revisions[5].milestones[0].id} at $.revisions[5].milestones[0] differs",
    ),
    # References to records that are neither in the file nor in the database.
    (
        "unknown-commitment",
        _append("revisions", lambda d: _new_revision(d, commitment_id=ZERO_ID)),
        "unknown commitment 00000000-0000-4000-8000-000000000000 at $.revisions[6].commitment_id: "
        "it is neither in the file nor in the database",
    ),
    (
        "unknown-parent",
        _append("revisions", lambda d: _new_revision(d, parent_id="1" * 8 + "-1111-4111-8111-" + "1" * 12)),
        "unknown revision 11111111-1111-4111-8111-111111111111 at $.revisions[6].parent_id",
    ),
    (
        "unknown-revision",
        _append("assessments", lambda d: _new_assessment(d, revision_id=TWO_ID)),
        "unknown revision 22222222-2222-4222-8222-222222222222 at $.assessments[{n_assessments}].revision_id",
    ),
    (
        "revision-of-another-commitment",
        _append("assessments", lambda d: _new_assessment(d, revision_id=_other_revision(d))),
        "at $.assessments[{n_assessments}].revision_id belongs to another commitment",
    ),
    (
        "unknown-plan",
        _append(
            "commitments",
            lambda d: {**d["commitments"][0], "id": new_id(), "plan_id": THREE_ID},
        ),
        "unknown plan 33333333-3333-4333-8333-333333333333 at $.commitments[6].plan_id",
    ),
    (
        "unknown-tombstone-target",
        _append(
            "tombstones",
            lambda d: {
                "id": new_id(),
                "target_id": new_id(),
                "target_kind": "commitment",
                "action": "delete",
                "author": "",
                "created_at": "2014-01-01T00:00:00Z",
            },
        ),
        "at $.tombstones[0].target_id: it is neither in the file nor in the database",
    ),
    (
        "parent-loop",
        lambda d: _loop(d),
        "is its own ancestor (a loop of parent_id)",
    ),
]


def _reuse_milestone_ids(doc):
    """A new revision whose milestones reuse ids of a revision that only the database holds."""
    old = doc["revisions"].pop(0)
    doc["revisions"].append({**_new_revision(doc), "milestones": copy.deepcopy(old["milestones"])})


def _with_mitigations(doc):
    """Put an assessment that has mitigations first, and return it."""
    i = next(i for i, a in enumerate(doc["assessments"]) if a["mitigations"])
    doc["assessments"].insert(0, doc["assessments"].pop(i))
    return doc["assessments"][0]


def _other_revision(doc):
    """A revision of another commitment than the first assessment's."""
    cid = doc["assessments"][0]["commitment_id"]
    return next(r["id"] for r in doc["revisions"] if r["commitment_id"] != cid)


def _loop(doc):
    a = _new_revision(doc)
    b = _new_revision(doc, parent_id=a["id"])
    a["parent_id"] = b["id"]
    doc["revisions"].extend([a, b])


def _expected(template: str, doc) -> str:
    """Fill {revisions[3].id}-style placeholders from the document."""

    def lookup(expr: str):
        if expr == "n_assessments":
            return str(len(doc["assessments"]) - 1)
        obj = doc
        for part in expr.replace("]", "").replace("[", ".").split("."):
            obj = obj[int(part)] if part.isdigit() else obj[part]
        return obj

    out, rest = "", template
    while "{" in rest:
        head, _, tail = rest.partition("{")
        expr, _, rest = tail.partition("}")
        out += head + lookup(expr)
    return out + rest


@pytest.mark.parametrize(
    "change, expected", [c[1:] for c in DOCUMENT_CASES], ids=[c[0] for c in DOCUMENT_CASES]
)
def test_a_bad_document_is_refused_and_nothing_changes(target, sample_doc, tmp_path, change, expected):
    doc = copy.deepcopy(sample_doc)
    change(doc)
    path = write(tmp_path / "bad.json", doc)
    before = dump(target.db)
    with pytest.raises(ExchangeError) as info:
        import_exchange(target, path)
    message = str(info.value)
    assert _expected(expected, doc) in message
    assert message.startswith("bad.json: ") and "\n" not in message
    assert dump(target.db) == before


RAW_CASES = [
    ("not-json", b"this is not json", "not valid JSON: Expecting value at line 1 column 1"),
    (
        "syntax",
        b'{"format": "feasibility-exchange",\n "version": 1,,}',
        "not valid JSON: Expecting property name enclosed in double quotes at line 2 column 15",
    ),
    ("empty", b"", "the file is empty"),
    ("array", b"[1, 2]", "the JSON document is a list, not an object"),
    (
        "latin-1",
        '{"format": "feasibility-exchange", "x": "Núcleo"}'.encode("latin-1"),
        "not UTF-8 text (byte 0xfa at line 1",
    ),
    ("nan", b'{"format": "feasibility-exchange", "version": NaN}', "NaN is not a valid JSON number"),
    ("duplicate-key", b'{"format": "feasibility-exchange", "format": "x"}', "the key 'format' appears twice"),
    ("deep", b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
]


@pytest.mark.parametrize("data, expected", [c[1:] for c in RAW_CASES], ids=[c[0] for c in RAW_CASES])
def test_bad_bytes_are_refused_and_nothing_changes(target, tmp_path, data, expected):
    path = tmp_path / "bad.json"
    path.write_bytes(data)
    before = dump(target.db)
    with pytest.raises(ExchangeError) as info:
        import_exchange(target, path)
    assert expected in str(info.value)
    assert "\n" not in str(info.value)
    assert dump(target.db) == before


@pytest.mark.parametrize("cut", [0.5, 0.9, 0.999])
def test_a_truncated_file_says_so(target, tmp_path, cut):
    good = tmp_path / "good.json"
    export_exchange(target, good)
    data = good.read_bytes()
    bad = tmp_path / "bad.json"
    bad.write_bytes(data[: int(len(data) * cut)])
    before = dump(target.db)
    with pytest.raises(ExchangeError, match=r"ends too early \(truncated\?\)"):
        import_exchange(target, bad)
    assert dump(target.db) == before


def test_a_file_over_the_size_limit_is_refused_before_reading(target, tmp_path, monkeypatch):
    good = tmp_path / "good.json"
    export_exchange(target, good)
    monkeypatch.setattr(xf, "MAX_FILE_BYTES", 1000)
    opened = []
    real_open = type(good).open
    monkeypatch.setattr(
        type(good), "open", lambda self, *a, **k: opened.append(self) or real_open(self, *a, **k)
    )
    before = dump(target.db)
    with pytest.raises(
        ExchangeError,
        match=r"good\.json: the file is \d+ KB; exchange files are limited to 1000 bytes",
    ):
        import_exchange(target, good)
    assert opened == []  # refused from its size alone
    assert dump(target.db) == before


def test_the_limit_is_1_gb_and_a_larger_file_is_refused_unread(target, tmp_path):
    """Issue 16's decision: 1 GB (a 10,000-commitment secretariat in one file), same refusal above."""
    assert xf.MAX_FILE_BYTES == 1024**3
    big = tmp_path / "big.json"
    with big.open("wb") as fh:  # sparse: no gigabyte is written or read
        fh.truncate(1024**3 + 1)
    before = dump(target.db)
    with pytest.raises(ExchangeError, match=r"the file is 1\.0 GB; exchange files are limited to 1\.0 GB"):
        import_exchange(target, big)
    assert dump(target.db) == before


def test_export_refuses_a_file_that_no_import_would_accept(target, tmp_path, monkeypatch):
    monkeypatch.setattr(xf, "MAX_FILE_BYTES", 1000)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ExchangeError, match="over the 1000 bytes an import accepts; export one plan"):
        export_exchange(target, out / "big.json")
    assert list(out.iterdir()) == []


def test_missing_file_and_folder(target, tmp_path):
    with pytest.raises(ExchangeError, match=r"nope\.json: cannot read the file: No such file"):
        import_exchange(target, tmp_path / "nope.json")
    with pytest.raises(ExchangeError, match="it is a folder"):
        import_exchange(target, tmp_path)


def test_the_fifth_bad_record_leaves_nothing(db_url, sample_doc, tmp_path):
    """Nine good new revisions and a bad fifth one: none of them is imported."""
    target = open_repo(db_url)  # empty: everything in the file would be new
    doc = copy.deepcopy(sample_doc)
    cid = doc["commitments"][0]["id"]
    parent = doc["revisions"][0]["id"]
    for i in range(9):
        rev = _new_revision(doc, commitment_id=cid, parent_id=parent)
        if i == 4:
            rev["commitment_id"] = new_id()
        doc["revisions"].append(rev)
    path = write(tmp_path / "bad.json", doc)
    before = dump(target.db)
    with pytest.raises(ExchangeError, match=r"unknown commitment .* at \$\.revisions\[10\]\.commitment_id"):
        import_exchange(target, path)
    assert dump(target.db) == before


def test_a_failure_while_inserting_rolls_everything_back(db_url, sample_doc, tmp_path, monkeypatch):
    """Plans, commitments and revisions are already inserted when the assessments fail: all undone."""
    target = open_repo(db_url)
    path = write(tmp_path / "good.json", sample_doc)
    real_insert = bulk.insert_rows
    inserted = []

    def failing_insert(conn, table, rows):
        if table is bulk.ASSESSMENT:
            raise RuntimeError("disk full")
        inserted.append(table.name)
        return real_insert(conn, table, rows)

    monkeypatch.setattr(bulk, "insert_rows", failing_insert)
    before = dump(target.db)
    with pytest.raises(RuntimeError, match="disk full"):
        import_exchange(target, path)
    assert {"action_plan", "commitment", "revision", "milestone"} <= set(inserted)
    assert dump(target.db) == before

    monkeypatch.setattr(bulk, "insert_rows", real_insert)
    assert import_exchange(target, path).added["assessments"] == len(sample_doc["assessments"])


def test_read_exchange_previews_without_a_database(sample_doc, tmp_path):
    path = write(tmp_path / "x.json", sample_doc)
    doc = read_exchange(path)
    assert len(doc["commitments"]) == 6
    bad = copy.deepcopy(sample_doc)
    bad["assessments"][2]["scores"]["budget"]["level"] = "severe"
    with pytest.raises(ExchangeError, match=r"at \$\.assessments\[2\]\.scores\.budget\.level"):
        read_exchange(write(tmp_path / "bad.json", bad))


def test_nothing_from_the_file_is_executed(target, sample_doc, tmp_path):
    """Text that looks like code or SQL is stored as text, nothing more."""
    doc = copy.deepcopy(sample_doc)
    rev = _new_revision(doc)
    rev["title"] = "__import__('os').system('touch pwned'); DROP TABLE revision; --"
    doc["revisions"].append(rev)
    path = write(tmp_path / "x.json", doc)
    import_exchange(target, path)
    assert target.current_revision(rev["commitment_id"]).fields.title == rev["title"]
    assert not (tmp_path / "pwned").exists()
    assert json.loads(path.read_text(encoding="utf-8"))["revisions"][-1]["title"] == rev["title"]
