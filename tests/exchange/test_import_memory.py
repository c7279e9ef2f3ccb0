"""What an import does to keep its memory small gives the same result as doing it all at once."""

from __future__ import annotations

import dataclasses
import json
import os

import pytest

from feasibility_app.exchange import exchange_file as xf
from feasibility_app.exchange.exchange_file import export_exchange, import_exchange
from feasibility_app.exchange.parse import load_json
from feasibility_app.exchange.validate import BadFile
from feasibility_app.storage import bulk

from .helpers import open_repo


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
