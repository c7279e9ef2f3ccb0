"""Exchange files carry the forum's record and merge it by union; format 1 files still import."""

from __future__ import annotations

import dataclasses

import pytest

from feasibility_app.app.forum_actions import lock_for_signing, mark_editorial, record_consensus
from feasibility_app.domain.factors import FACTOR_KEYS, Level
from feasibility_app.domain.forum import ConsensusProposal
from feasibility_app.exchange import ExchangeError
from feasibility_app.exchange.exchange_file import import_exchange
from feasibility_app.reports.fingerprint import fingerprint
from feasibility_app.storage.sample import sample_id

from .helpers import document, open_repo, write

DETAINED = sample_id("mx-2013-2015", "pgr-detained")


def _agree(repo, cid, facilitator="Mediadora (IFAI)"):
    snap = repo.snapshot(cid)
    present = tuple(v.key for v in snap.result.voices)
    levels = dict.fromkeys(FACTOR_KEYS, Level.CRITICAL) | {"budget": Level.HIGH}
    return record_consensus(repo, cid, ConsensusProposal(facilitator, present, levels))


def _typo_fix(repo, cid, who="Lucía"):
    rev = repo.current_revision(cid)
    new = repo.save_revision(cid, dataclasses.replace(rev.fields, title=rev.fields.title + "."), who)
    return mark_editorial(repo, cid, new.id, who)


def test_forum_records_travel_and_merge_by_union(make_db_url, tmp_path):
    laptop_a = open_repo(make_db_url(), sample=True)
    agreed = _agree(laptop_a, DETAINED)
    mark = _typo_fix(laptop_a, DETAINED)
    lock = lock_for_signing(laptop_a, DETAINED, "Mediadora (IFAI)", fingerprint)
    doc = document(laptop_a)
    assert doc["version"] == 2
    assert [m["marked_by"] for m in doc["editorial_marks"]] == ["Lucía"]
    assert [(lk["consensus_id"], lk["fingerprint"]) for lk in doc["locks"]] == [(agreed.id, lock.fingerprint)]
    consensus = next(a for a in doc["assessments"] if a["is_consensus"])
    assert consensus["assessor"] == "Mediadora (IFAI)" and len(consensus["parties_present"]) == 3

    laptop_b = open_repo(make_db_url(), sample=True)
    other_mark = _typo_fix(laptop_b, sample_id("mx-2013-2015", "sct-infra"), "Rosa")
    path = write(tmp_path / "a.json", doc)
    summary = import_exchange(laptop_b, path)
    assert summary.added["editorial_marks"] == 1 and summary.added["locks"] == 1
    assert "1 editorial mark" in str(summary) and "1 signing lock" in str(summary)
    snap = laptop_b.snapshot(DETAINED)
    assert snap.marks == (mark,) and snap.locks == (lock,)
    assert snap.result.source == "consensus" and snap.result.consensus == agreed  # carried by the mark
    assert laptop_b.editorial_marks(sample_id("mx-2013-2015", "sct-infra")) == [other_mark]
    again = import_exchange(laptop_b, path)
    assert not again.changed  # the same file twice adds nothing

    back = write(tmp_path / "b.json", document(laptop_b))
    import_exchange(laptop_a, back)  # the union on the other laptop too
    assert laptop_a.editorial_marks(sample_id("mx-2013-2015", "sct-infra")) == [other_mark]


def test_a_format_1_file_still_imports(make_db_url, tmp_path):
    source = open_repo(make_db_url(), sample=True)
    _agree(source, DETAINED)
    doc = document(source)
    doc["version"] = 1
    del doc["editorial_marks"], doc["locks"]
    for a in doc["assessments"]:
        a.pop("parties_present", None)
        for score in a["scores"].values():
            score.pop("accepted_by", None)
    target = open_repo(make_db_url(), sample=True)
    summary = import_exchange(target, write(tmp_path / "old.json", doc))
    assert summary.added["consensus"] == 1
    consensus = next(a for a in target.assessments(DETAINED) if a.is_consensus)
    assert consensus.parties_present == () and consensus.scores["budget"].accepted_by == ()


def test_a_lock_on_something_that_is_not_a_consensus_is_refused(make_db_url, tmp_path):
    source = open_repo(make_db_url(), sample=True)
    _agree(source, DETAINED)
    lock_for_signing(source, DETAINED, "Mediadora", fingerprint)
    doc = document(source)
    party_assessment = next(a for a in doc["assessments"] if not a["is_consensus"])
    doc["locks"][0]["consensus_id"] = party_assessment["id"]
    target = open_repo(make_db_url(), sample=True)
    with pytest.raises(ExchangeError, match=r"unknown consensus .* at \$\.locks\[0\]\.consensus_id"):
        import_exchange(target, write(tmp_path / "bad.json", doc))
    doc["locks"][0]["consensus_id"] = "not-an-id"
    with pytest.raises(ExchangeError, match=r"not a UUID .* at \$\.locks\[0\]\.consensus_id"):
        import_exchange(target, write(tmp_path / "bad.json", doc))
