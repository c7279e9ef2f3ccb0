"""What the report says about the forum: parties not persons, a consensus tied to its text,
resolved blocks, and the sign-off page of a locked revision."""

from __future__ import annotations

import dataclasses

from feasibility_app.app.forum_actions import lock_for_signing, record_consensus
from feasibility_app.domain.factors import Level
from feasibility_app.domain.forum import ConsensusProposal
from feasibility_app.reports.commitment_report import write_commitment_report
from feasibility_app.reports.fingerprint import fingerprint

from .helpers import read_pdf


def _agree(repo, cid, lower_block=False):
    snap = repo.snapshot(cid)
    voices = snap.result.voices
    levels = {k: fs.suggested for k, fs in snap.result.spread.items()}
    notes, accepted = {}, {}
    if lower_block:  # the CSO core group blocks political will; the forum agrees high
        cso = next(v for v in voices if "political_will" in v.blocks and v.role.value == "civil_society")
        levels["political_will"] = Level.HIGH
        notes["political_will"] = "The President's office signed a letter of support."
        accepted["political_will"] = {cso.key}
    proposal = ConsensusProposal("Mediadora (IFAI)", tuple(v.key for v in voices), levels, notes, accepted)
    return record_consensus(repo, cid, proposal)


def test_the_report_counts_parties_and_explains_blocks(repo, detained_id, tmp_path):
    pdf = read_pdf(write_commitment_report(repo, detained_id, tmp_path / "r.pdf"))
    text = pdf.flat
    assert "Suggested consensus of 3 parties, each counted once" in text
    assert "CSO core group (Núcleo de Organizaciones de la Sociedad Civil): Artículo 19, CIDAC" in text
    assert "discuss: the parties are two levels or more apart · block: a party rated" in text
    assert "blocks CSO cooperation: a member rated it critical. The block stands" in text
    assert "Not locked for signing" in text


def test_a_stale_consensus_is_said_to_score_an_earlier_text(repo, detained_id, tmp_path):
    agreed = _agree(repo, detained_id, lower_block=True)
    pdf = read_pdf(write_commitment_report(repo, detained_id, tmp_path / "r.pdf"))
    assert "The forum's agreed consensus of" in pdf.flat
    assert f"on revision {agreed.revision_id[:8]}, facilitated by Mediadora (IFAI)" in pdf.flat
    assert "Political will: the forum agreed High, below the block of CSO core group" in pdf.flat
    assert "How it was resolved: The President's office signed a letter of support." in pdf.flat
    assert "Accepted by: CSO core group" in pdf.flat

    rev = repo.current_revision(detained_id)
    repo.save_revision(detained_id, dataclasses.replace(rev.fields, draft_text="Federal only."), "Beto")
    pdf = read_pdf(write_commitment_report(repo, detained_id, tmp_path / "r2.pdf"))
    assert "scored an earlier text (revision " + agreed.revision_id[:8] in pdf.flat
    assert "The forum's agreed consensus of" not in pdf.flat
    assert "Suggested consensus of 3 parties" in pdf.flat


def test_a_locked_revisions_report_has_the_fingerprint_and_lines_per_party(repo, detained_id, tmp_path):
    _agree(repo, detained_id)
    lock = lock_for_signing(repo, detained_id, "Mediadora (IFAI)", fingerprint)
    assert lock.fingerprint == fingerprint(repo.snapshot(detained_id))
    pdf = read_pdf(write_commitment_report(repo, detained_id, tmp_path / "signed.pdf"))
    last = pdf.pages[-1].replace("\n", " ")
    assert "Locked for signing on" in last and f"by Mediadora (IFAI): revision {lock.revision_id[:8]}" in last
    assert lock.fingerprint in last.replace(" ", "")
    for heading in ("Party", "Name", "Position", "Date", "Signature"):
        assert heading in last
    for party in repo.plan(repo.snapshot(detained_id).plan.id).parties:
        assert party.name.split(" (")[0] in last
    # a later edit supersedes the lock, visibly
    rev = repo.current_revision(detained_id)
    repo.save_revision(detained_id, dataclasses.replace(rev.fields, title=rev.fields.title + " 2"), "Beto")
    pdf = read_pdf(write_commitment_report(repo, detained_id, tmp_path / "after.pdf"))
    assert "has changed since: that lock is superseded" in pdf.flat
    assert "Not locked for signing" in pdf.flat


def test_whatif_lists_only_moves_and_verifiable_no_is_not_contradicted(
    repo, sample_ids, detained_id, tmp_path
):
    """The registry is critical on several factors: no single mitigation moves it, said in one
    line. Where the wording checks find no gap but the forum answered "verifiable: no", the
    hint says so instead of "no drafting gap"."""
    from feasibility_app.domain.factors import FACTOR_KEYS
    from feasibility_app.domain.model import FactorScore, IrmPrecheck

    text = read_pdf(write_commitment_report(repo, detained_id, tmp_path / "r.pdf")).flat
    assert "No single mitigation changes the verdict" in text
    assert "stays Critical" not in text  # no table of rows that each change nothing

    cid = next(c for t, c in sample_ids.items() if t.startswith("Highway Open Data"))
    scores = {k: FactorScore(Level.LOW) for k in FACTOR_KEYS}
    repo.save_assessment(cid, "Zoe", "guarantor", scores, IrmPrecheck(verifiable=False))
    text = read_pdf(write_commitment_report(repo, cid, tmp_path / "h.pdf")).flat
    assert "found drafting gaps IRM will notice" not in text  # the sample's highway text is clean
    assert "The forum answered no, although the wording checks found no drafting gap" in text
    assert "The wording checks found no drafting gap of medium severity" not in text


def test_the_case_studys_examples_are_printed_apart_from_the_levels_meaning(repo, detained_id, tmp_path):
    from feasibility_app.domain.rubric import load_rubric

    en = load_rubric("en")
    meaning = en.meaning("constitutional_limits", "high")
    assert "Detained Persons Registry" not in meaning  # the meaning holds for any commitment
    assert en.example("constitutional_limits", "high").startswith("The Detained Persons Registry")
    text = read_pdf(write_commitment_report(repo, detained_id, tmp_path / "r.pdf")).flat
    assert f"High means: {meaning}" in text
    assert "In the case study: The Detained Persons Registry: most detentions are not federal" in text
    es = read_pdf(write_commitment_report(repo, detained_id, tmp_path / "es.pdf", "es")).flat
    assert "En el estudio de caso:" in es
