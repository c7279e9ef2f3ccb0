"""What an import does to keep its memory small gives the same result as doing it all at once."""

from __future__ import annotations

import dataclasses

from feasibility_app.exchange import exchange_file as xf
from feasibility_app.exchange.exchange_file import export_exchange, import_exchange
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
