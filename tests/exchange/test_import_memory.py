"""What an import does to keep its memory small gives the same result as doing it all at once."""

from __future__ import annotations

import copy
import dataclasses
import json
import os
import threading
from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from feasibility_app.domain.factors import FACTOR_KEYS, Evidence, Level, Role
from feasibility_app.exchange import ExchangeError, merge, stream
from feasibility_app.exchange import exchange_file as xf
from feasibility_app.exchange.exchange_file import export_exchange, import_exchange
from feasibility_app.exchange.parse import decoder, load_json
from feasibility_app.exchange.schema import RECORD_LISTS, REVISION_FIELDS
from feasibility_app.exchange.stream import FileSource, load_records
from feasibility_app.exchange.validate import (
    AssessmentRecord,
    BadFile,
    RecordStream,
    RevisionRecord,
    check_document,
)
from feasibility_app.storage import bulk

from .helpers import document, dump, open_repo, write
from .test_bad_files import DOCUMENT_CASES, _expected
from .test_fuzz_import import FUZZ, damaged_bytes, mutated_documents


def _summaries(repo):
    return sorted((dataclasses.astuple(s) for s in repo.summaries(include_deleted=True)), key=lambda t: t[0])


def test_the_summary_cache_is_rebuilt_a_slice_at_a_time(db_url, tmp_path, monkeypatch):
    source = open_repo(f"sqlite:///{tmp_path / 'source.db'}", sample=True)
    source.delete_commitment(source.summaries()[-1].id, "Ana")
    path = tmp_path / "s.json"
    export_exchange(source, path)
    slices = []
    real = bulk.rebuild_summaries

    def counting(conn, ids):
        slices.append(list(ids))
        return real(conn, ids)

    monkeypatch.setattr(bulk, "rebuild_summaries", counting)
    monkeypatch.setattr(xf, "SUMMARY_CHUNK", 4)
    target = open_repo(db_url)
    summary = import_exchange(target, path)
    assert [len(s) for s in slices] == [4, 2]  # the sample's 6 commitments, 4 at a time
    assert sorted(i for s in slices for i in s) == sorted(summary.commitment_ids)
    assert len(summary.commitment_ids) == 6
    assert _summaries(target) == _summaries(source)


# --- reading the file: one buffer, dropped once decoded ----------------------------------


def test_a_file_of_several_pieces_reads_as_json_would(tmp_path):
    """The file is read 1 MiB at a time into one buffer; a character cut by a piece's end is whole."""
    text = "ação “quoted” — " * 10_000  # multi-byte UTF-8 characters across every 1 MiB boundary
    doc = {"a": [text] * 16, "b": "end"}
    data = b"\xef\xbb\xbf" + json.dumps(doc, ensure_ascii=False).encode("utf-8")  # with a BOM
    assert len(data) > 3 * (1 << 20)
    path = tmp_path / "big.json"
    path.write_bytes(data)
    assert load_json(path, len(data)) == doc


def test_whitespace_alone_is_an_empty_file(tmp_path):
    path = tmp_path / "blank.json"
    path.write_bytes(b" \t\r\n\x0b\x0c " * 1000)
    with pytest.raises(BadFile, match=r"^the file is empty$"):
        load_json(path, 1 << 20)
    path.write_bytes(b"\xef\xbb\xbf \n")  # a byte-order mark is not whitespace: the text ends too early
    with pytest.raises(BadFile, match=r"^the file ends too early \(truncated\?\): Expecting value"):
        load_json(path, 1 << 20)


def test_a_file_that_grows_past_the_limit_while_read_is_refused(tmp_path, monkeypatch):
    path = tmp_path / "growing.json"
    path.write_bytes(b'{"a": "' + b"x" * (3 << 20) + b'"}')

    real = path.stat()
    small = os.stat_result((*real[:6], 10, *real[7:]))  # the size before reading says it fits
    monkeypatch.setattr(type(path), "stat", lambda self, **kw: small)
    with pytest.raises(BadFile, match=r"^the file is larger than the 2\.0 MB exchange files are limited to$"):
        load_json(path, 2 << 20)


# --- checking: compact records, and a document consumed as it is checked --------------------


@pytest.fixture
def sample_doc(tmp_path):
    return document(open_repo(f"sqlite:///{tmp_path / 'source.db'}", sample=True))


def _outcome(doc, **kwargs):
    """The records as plain data (rows, children and paths), or the message."""
    try:
        records = check_document(doc, **kwargs)
    except BadFile as exc:
        return str(exc)
    out = {}
    for key, recs in records.items():
        out[key] = [(r.path, r.row) for r in recs]
        out[key + " children"] = [
            (r.score_rows(), r.mitigation_rows()) if isinstance(r, AssessmentRecord) else r.milestone_rows()
            for r in recs
            if isinstance(r, (RevisionRecord, AssessmentRecord))
        ]
    return out


def test_consuming_gives_the_same_records_and_empties_the_document(sample_doc):
    doc = copy.deepcopy(sample_doc)
    kept = _outcome(doc)
    assert doc == sample_doc  # without consume the document is left as it was (read_exchange)
    assert isinstance(kept, dict) and len(kept["revisions"]) == 6
    consumed = _outcome(doc, consume=True)
    assert consumed == kept
    assert all(doc.get(key, []) == [] for key in RECORD_LISTS)  # precedents: only on request
    assert doc["format"] == sample_doc["format"]


def _two_problems(doc):
    """A changed milestone of the first revision and a changed fourth revision: all revisions
    are compared before any milestone, so the revision is what the message names."""
    doc["revisions"][0]["milestones"][1]["output"] = "Something else"
    doc["revisions"][3]["title"] = "Forged title"


def _score_and_mitigation(doc):
    """A changed score first, a changed mitigation later: mitigations are compared first."""
    doc["assessments"][0]["scores"]["budget"]["rationale"] = "We never said that"
    i = max(i for i, a in enumerate(doc["assessments"]) if a["mitigations"])
    doc["assessments"][i]["mitigations"][0]["owner"] = "Someone else"


# the cases that pass the check and are refused by the merge (from "changed-revision" on)
MERGE_CASES = [
    *DOCUMENT_CASES[[c[0] for c in DOCUMENT_CASES].index("changed-revision") :],
    ("two-problems", _two_problems, "record revision {revisions[3].id} at $.revisions[3] differs"),
    ("score-and-mitigation", _score_and_mitigation, "record mitigation "),
]


@pytest.mark.parametrize("change, expected", [c[1:] for c in MERGE_CASES], ids=[c[0] for c in MERGE_CASES])
def test_a_consumed_document_names_the_same_problem(sample_doc, change, expected):
    doc = copy.deepcopy(sample_doc)
    change(doc)
    kept = _outcome(copy.deepcopy(doc))
    assert _outcome(doc, consume=True) == kept
    if isinstance(kept, str):  # refused while checking: the message the import test expects
        assert _expected(expected, doc) in kept


def test_a_record_is_its_values_and_builds_its_row_and_path_on_request(sample_doc):
    records = check_document(copy.deepcopy(sample_doc))
    rev = records["revisions"][3]
    raw = sample_doc["revisions"][3]
    assert rev.id == raw["id"] and rev["title"] == raw["title"]
    assert rev.row["created_at"] == datetime.fromisoformat(raw["created_at"].replace("Z", "+00:00"))
    assert list(rev.row) == [f.name for f in REVISION_FIELDS]
    assert rev.path == "$.revisions[3]" and rev.child_path("milestones", 1) == "$.revisions[3].milestones[1]"
    assert [m["id"] for m in rev.milestone_rows()] == [m["id"] for m in raw["milestones"]]
    assert all(m["revision_id"] == rev.id for m in rev.milestone_rows())
    a = records["assessments"][2]
    assert a.child_path("scores", "budget") == "$.assessments[2].scores.budget"
    assert a.child_path("scores", "not a key") == '$.assessments[2].scores["not a key"]'
    scores = {s["factor"]: s for s in a.score_rows()}
    raw_scores = sample_doc["assessments"][2]["scores"]
    assert scores.keys() == raw_scores.keys()
    assert all(scores[k]["level"] == raw_scores[k]["level"] for k in raw_scores)
    assert not hasattr(rev, "__dict__")  # slots: no per-record dict


def test_enum_values_and_factor_keys_are_the_shared_constants(sample_doc):
    """A file's 180,000 copies of "low" or "verified" become one string each."""
    records = check_document(json.loads(json.dumps(sample_doc)))
    levels = {lv.value: lv.value for lv in Level}
    for a in records["assessments"]:
        assert a["role"] is next(r.value for r in Role if r.value == a["role"])
        for factor, level, evidence, _rationale, _note, _accepted in a.scores:
            assert factor is FACTOR_KEYS[FACTOR_KEYS.index(factor)]
            assert level is levels[level]
            assert evidence is next(e.value for e in Evidence if e.value == evidence)


# --- merging a slice at a time ------------------------------------------------------------


@pytest.mark.parametrize("change, expected", [c[1:] for c in MERGE_CASES], ids=[c[0] for c in MERGE_CASES])
def test_one_record_at_a_time_finds_what_all_at_once_finds(
    make_db_url, sample_doc, tmp_path, monkeypatch, change, expected
):
    """Records already in the database are compared a slice at a time, in file order: the first
    problem found is the same whatever the slice, so the message is too."""
    doc = copy.deepcopy(sample_doc)
    change(doc)
    path = write(tmp_path / "bad.json", doc)
    messages = []
    for size in (merge.SLICE, 1):
        monkeypatch.setattr(merge, "SLICE", size)
        target = open_repo(make_db_url(), sample=True)
        before = dump(target.db)
        with pytest.raises(ExchangeError) as info:
            import_exchange(target, path)
        assert dump(target.db) == before
        messages.append(str(info.value))
    assert messages[0] == messages[1]
    assert _expected(expected, doc) in messages[1]


def test_rows_inserted_a_few_at_a_time_are_the_same(make_db_url, tmp_path, monkeypatch):
    source = open_repo(f"sqlite:///{tmp_path / 'source.db'}", sample=True)
    cid = source.summaries()[0].id
    current = source.current_revision(cid)
    source.save_revision(cid, dataclasses.replace(current.fields, title="Second"), "Ana")  # a child revision
    path = tmp_path / "s.json"
    export_exchange(source, path)
    results = []
    for size in (merge.SLICE, 2):
        monkeypatch.setattr(merge, "SLICE", size)
        target = open_repo(make_db_url())
        summary = import_exchange(target, path)
        again = import_exchange(target, path)  # everything present: compared 2 at a time
        assert not again.changed and again.already_present == sum(summary.counts_in_file.values())
        rows = {k: v for k, v in dump(target.db).items() if k != "commitment_summary"}
        results.append((str(summary), rows, _summaries(target)))
    assert results[0] == results[1]
    assert results[1][2] == _summaries(source)


# --- reading and checking in one pass ------------------------------------------------------


def _exact(path):
    """What the import did before reading in one pass: the records, or the message."""
    try:
        return check_document(load_json(path, xf.MAX_FILE_BYTES))
    except BadFile as exc:
        return str(exc)


def _one_pass(path):
    """What the import does now."""
    try:
        return load_records(path, xf.MAX_FILE_BYTES)
    except BadFile as exc:
        return str(exc)


def _plain(outcome):
    if isinstance(outcome, str):
        return outcome
    return {
        key: [
            (
                r.path,
                r.row,
                r.milestone_rows() if isinstance(r, RevisionRecord) else None,
                (r.score_rows(), r.mitigation_rows()) if isinstance(r, AssessmentRecord) else None,
            )
            for r in recs
        ]
        for key, recs in outcome.items()
    }


# Pieces of a byte or a few bytes put every boundary (inside a key, a number, a multi-byte
# character, the byte-order mark, between an item and its comma) at the end of a piece.
PIECES = [1 << 20, 1, 5]


@pytest.fixture(params=PIECES, ids=lambda n: f"piece{n}")
def piece(request, monkeypatch):
    monkeypatch.setattr(stream, "PIECE", request.param)
    return request.param


def test_a_good_file_is_read_once_in_pieces_and_never_whole(sample_doc, tmp_path, monkeypatch, piece):
    sample_doc["plans"][0]["title"] = "Plan “México” 2013–2015 ✓"  # 2- and 3-byte characters
    path = tmp_path / "good.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(sample_doc, ensure_ascii=False).encode("utf-8"))
    expected = _plain(_exact(path))

    def whole(*args):
        raise AssertionError("read or parsed whole")

    for name in ("parse_text", "load_json", "read_text"):
        monkeypatch.setattr(stream, name, whole)
    items, longest = [], []
    real_item, real_more = RecordStream.item, FileSource.more

    def more(self, i):
        real_more(self, i)
        longest.append(len(self.text))

    monkeypatch.setattr(RecordStream, "item", lambda self, *a: items.append(a[:2]) or real_item(self, *a))
    monkeypatch.setattr(FileSource, "more", more)
    assert _plain(load_records(path, xf.MAX_FILE_BYTES)) == expected
    assert items[:2] == [("plans", 0), ("parties", 0)]
    assert len(items) == sum(len(sample_doc.get(k, [])) for k in RECORD_LISTS)  # precedents: on request
    if piece == 1:  # never more text at once than about the longest record's
        longest_record = max(
            len(json.dumps(r, ensure_ascii=False)) for k in RECORD_LISTS for r in sample_doc.get(k, [])
        )
        assert max(longest) < 2 * longest_record + 100


def test_record_lists_in_any_order_and_any_spacing(sample_doc, tmp_path, piece):
    doc = {key: sample_doc[key] for key in reversed(list(sample_doc))}
    path = tmp_path / "odd.json"
    path.write_text(json.dumps(doc, indent="\t", separators=(" ,\r\n", " :  ")), encoding="utf-8")
    assert _plain(_one_pass(path)) == _plain(_exact(write(tmp_path / "plain.json", sample_doc)))


@pytest.mark.parametrize(
    "change, expected", [c[1:] for c in DOCUMENT_CASES], ids=[c[0] for c in DOCUMENT_CASES]
)
def test_a_bad_document_gets_the_same_message_read_in_one_pass(sample_doc, tmp_path, change, expected):
    doc = copy.deepcopy(sample_doc)
    change(doc)
    path = write(tmp_path / "bad.json", doc)
    exact = _plain(_exact(path))
    for size in (1 << 20, 3):
        stream.PIECE = size
        try:
            assert _plain(_one_pass(path)) == exact
        finally:
            stream.PIECE = 1 << 20


def test_a_pipe_is_read_once(sample_doc, tmp_path):
    """A pipe (``import /dev/stdin``) cannot be read twice: its text is read, then parsed in
    one pass; a bad one is refused with the same message from the same text."""
    fifo = tmp_path / "pipe.json"
    bad = copy.deepcopy(sample_doc)
    bad["assessments"][2]["scores"]["budget"]["level"] = "severe"
    for doc in (sample_doc, bad):
        data = json.dumps(doc).encode("utf-8")
        regular = tmp_path / "regular.json"
        regular.write_bytes(data)
        os.mkfifo(fifo)
        writer = threading.Thread(target=fifo.write_bytes, args=(data,))
        writer.start()
        try:
            assert _plain(_one_pass(fifo)) == _plain(_exact(regular))
        finally:
            writer.join(timeout=10)
            fifo.unlink()


# Texts around the top-level object and its record lists that json refuses, or reads in its
# own way; the one pass must refuse the first kind and read the second the same.
HEADER = '"format": "feasibility-exchange", "version": 1, "exported_at": "2014-01-01T00:00:00Z", '
HEADER += '"app_version": "1", "plan_id": null'
LISTS = (
    ', "plans": [], "parties": [], "commitments": [], "revisions": [], "assessments": [], "tombstones": []'
)
GOOD = "{" + HEADER + LISTS + "}"
TEXTS = [
    GOOD,
    " \r\n\t" + GOOD + " \n",
    GOOD.replace(", ", " ,\n "),
    GOOD.replace("[]", "[ ]"),
    GOOD + "\x0c",  # a form feed is not JSON whitespace
    "\ufeff" + GOOD,  # a byte-order mark
    "\ufeff\ufeff" + GOOD,  # a second one
    GOOD.replace("plan_id", "plan_id_\ud800"),  # not UTF-8 (a surrogate)
    GOOD + "{}",
    GOOD[:-1] + ",}",  # a trailing comma
    GOOD[:-1],  # cut
    GOOD.replace('"plans": []', '"plans": [,]'),
    GOOD.replace('"plans": []', '"plans": [{},]'),
    GOOD.replace('"plans": []', '"plans": [{} {}]'),
    GOOD.replace('"plans": []', '"plans": [{}, {"a": 1, "a": 2}]'),
    GOOD.replace('"plans": []', '"plans": [NaN]'),
    GOOD.replace('"plans": []', '"plans": [' + "9" * 5000 + "]"),
    GOOD.replace('"plans": []', '"plans": ' + "[" * 100_000 + "]" * 100_000),
    GOOD.replace('"plans": []', '"plans": {}'),
    GOOD.replace('"plans": []', '"plans": "[]"'),
    GOOD.replace('"plans": []', '"plans": null'),
    GOOD.replace('"plans": [], ', ""),
    GOOD + GOOD,
    GOOD[:-1] + ', "plans": []}',  # a record list twice
    GOOD[:-1] + ', "format": "feasibility-exchange"}',
    GOOD.replace('"format"', "'format'"),
    GOOD.replace('"format"', "format"),
    GOOD.replace('"format": ', '"format" '),
    GOOD.replace('"format": ', '"format"\x0c: '),
    GOOD.replace('"format"', '"for\\u006dat"'),  # an escaped key is the same key
    GOOD.replace('"format"', '"for\tmat"'),  # a control character in a key
    GOOD.replace("{", "{\n", 1).replace("}", "\n}"),
    GOOD.replace('"plans": []', '"plans": [{"a": [1, {"b": null}]}, 2, "x", [], {}]'),
    GOOD.replace('"tombstones": []', '"tombstones": [ \n 1 ,\r\n\t2\n ]'),
    GOOD.replace('"plans": []', '"plans": [12345, -1.25e+10, 0.5, 1E5, 100, 7.0e-3, 123456789]'),
    GOOD.replace('"version": 1', '"version": 100001'),
    "{}",
    "[]",
    "{" + HEADER + "}",
    '{"format": "feasibility-exchange", "version": 2' + LISTS + "}",
]


@pytest.mark.parametrize("text", TEXTS, ids=range(len(TEXTS)))
def test_the_one_pass_reads_exactly_what_json_reads(tmp_path, text, piece):
    path = tmp_path / "t.json"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    try:  # the text as an import decodes it, and the strict decoder: a key twice or a NaN is refused too
        expected = decoder().decode(path.read_bytes().decode("utf-8-sig"))
    except (ValueError, RecursionError, BadFile):
        expected = None
    streamed = []
    try:
        with path.open("rb") as fh:
            header = stream.stream_object(
                FileSource(fh, 1 << 30), RECORD_LISTS, lambda key, i, item: streamed.append((key, i, item))
            )
    except Exception:
        header = None
    readable = (
        isinstance(expected, dict)
        and expected != {}
        and all(type(v) is list for k, v in expected.items() if k in RECORD_LISTS)
    )
    assert (header is not None) == readable
    if readable:
        assert header == {k: None if k in RECORD_LISTS else v for k, v in expected.items()}
        assert streamed == [
            (k, i, item) for k, v in expected.items() if k in RECORD_LISTS for i, item in enumerate(v)
        ]
    assert _plain(_one_pass(path)) == _plain(_exact(path))


@FUZZ
@given(data=st.data())
def test_damaged_documents_get_the_same_message_read_in_one_pass(sample_doc, tmp_path, data):
    content = data.draw(
        mutated_documents(sample_doc) | damaged_bytes(json.dumps(sample_doc, ensure_ascii=False))
    )
    path = tmp_path / "fuzz.json"
    path.write_bytes(content.encode("utf-8", "surrogatepass") if isinstance(content, str) else content)
    stream.PIECE = data.draw(st.sampled_from([1 << 20, 1, 2, 3, 7, 64, 4096]))
    try:
        assert _plain(_one_pass(path)) == _plain(_exact(path))
    finally:
        stream.PIECE = 1 << 20
