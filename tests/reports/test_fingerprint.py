"""The content fingerprint: same scored data → same 64 hex characters; any change → different."""

from __future__ import annotations

import dataclasses
import re
import subprocess
import sys
from datetime import UTC, timedelta, timezone

from feasibility_app.domain.factors import FACTOR_KEYS, Level, Role
from feasibility_app.domain.model import CommitmentFields, FactorScore, Mitigation
from feasibility_app.reports.fingerprint import (
    _fields,
    canonical_data,
    canonical_json,
    effective_weights,
    fingerprint,
    plan_fingerprint,
)
from feasibility_app.storage.repository import Repository
from feasibility_app.storage.sample import open_with_sample

from .helpers import scores

HEX64 = re.compile(r"^[0-9a-f]{64}$")


def test_fingerprint_is_64_lowercase_hex_and_stable(repo, detained_id):
    fp = fingerprint(repo.snapshot(detained_id))
    assert HEX64.match(fp)
    assert fingerprint(repo.snapshot(detained_id)) == fp


def test_same_data_in_another_database_gives_the_same_fingerprint(repo, detained_id, tmp_path):
    """The sample plan has fixed ids and times: two laptops hold the same data, hence the same print."""
    other = Repository(open_with_sample(str(tmp_path / "other.db")))
    try:
        assert fingerprint(other.snapshot(detained_id)) == fingerprint(repo.snapshot(detained_id))
    finally:
        other.db.close()


def test_a_new_assessment_changes_the_fingerprint(repo, detained_id):
    before = fingerprint(repo.snapshot(detained_id))
    repo.save_assessment(detained_id, "Guarantor", Role.GUARANTOR, scores(Level.HIGH))
    assert fingerprint(repo.snapshot(detained_id)) != before


def test_a_new_revision_changes_the_fingerprint(repo, detained_id):
    snap = repo.snapshot(detained_id)
    before = fingerprint(snap)
    fields = dataclasses.replace(
        snap.revision.fields, draft_text=snap.revision.fields.draft_text + " Edited."
    )
    repo.save_revision(detained_id, fields, "editor")
    assert fingerprint(repo.snapshot(detained_id)) != before


def test_every_scored_detail_is_covered(repo, detained_id):
    snap = repo.snapshot(detained_id)
    base = fingerprint(snap)
    a = snap.assessments[0]
    changed_score = dataclasses.replace(a.scores["budget"], rationale=a.scores["budget"].rationale + "!")
    variants = [
        dataclasses.replace(snap, plan=dataclasses.replace(snap.plan, weights={"budget": 2.0})),
        dataclasses.replace(
            snap,
            assessments=(
                dataclasses.replace(a, scores={**a.scores, "budget": changed_score}),
                *snap.assessments[1:],
            ),
        ),
        dataclasses.replace(
            snap,
            assessments=(
                dataclasses.replace(
                    a,
                    scores={
                        **a.scores,
                        "budget": dataclasses.replace(
                            a.scores["budget"], mitigations=(Mitigation("Hire two engineers", "PGR"),)
                        ),
                    },
                ),
                *snap.assessments[1:],
            ),
        ),
        dataclasses.replace(
            snap,
            assessments=(
                dataclasses.replace(a, irm=dataclasses.replace(a.irm, verifiable=True)),
                *snap.assessments[1:],
            ),
        ),
        dataclasses.replace(
            snap,
            revision=dataclasses.replace(
                snap.revision,
                fields=dataclasses.replace(
                    snap.revision.fields, milestones=snap.revision.fields.milestones[:1]
                ),
            ),
        ),
    ]
    prints = {fingerprint(v) for v in variants}
    assert base not in prints
    assert len(prints) == len(variants)


def test_every_template_field_is_in_the_fingerprint():
    """A new CommitmentFields field must be added to the fingerprint on purpose (and SCHEMA bumped)."""
    names = {f.name for f in dataclasses.fields(CommitmentFields)}
    assert set(_fields(CommitmentFields(lead_level="state"))) == names
    # a level not recorded adds nothing, so fingerprints printed before it existed still verify
    assert set(_fields(CommitmentFields())) == names - {"lead_level"}
    assert set(FactorScore.__dataclass_fields__) == {
        "level",
        "evidence",
        "rationale",
        "mitigations",
        "consensus_note",
        "accepted_by",  # feasibility-fingerprint/2
    }
    from feasibility_app.reports.fingerprint import SCHEMA, _score

    assert SCHEMA == "feasibility-fingerprint/2" and "accepted_by" in _score(FactorScore())


def test_default_weights_and_explicit_ones_fingerprint_alike(repo, detained_id):
    snap = repo.snapshot(detained_id)
    ones = dataclasses.replace(
        snap, plan=dataclasses.replace(snap.plan, weights=dict.fromkeys(FACTOR_KEYS, 1.0))
    )
    empty = dataclasses.replace(snap, plan=dataclasses.replace(snap.plan, weights={}))
    assert fingerprint(ones) == fingerprint(empty)
    assert effective_weights({"budget": 2})["budget"] == 2.0


def test_time_zones_do_not_change_the_fingerprint(repo, detained_id):
    snap = repo.snapshot(detained_id)
    a = snap.assessments[0]
    shifted = a.created_at.astimezone(timezone(timedelta(hours=-6)))
    moved = dataclasses.replace(
        snap, assessments=(dataclasses.replace(a, created_at=shifted), *snap.assessments[1:])
    )
    assert fingerprint(moved) == fingerprint(snap)
    naive = dataclasses.replace(
        snap,
        assessments=(
            dataclasses.replace(a, created_at=a.created_at.astimezone(UTC).replace(tzinfo=None)),
            *snap.assessments[1:],
        ),
    )
    assert fingerprint(naive) == fingerprint(snap)


def test_canonical_json_sorts_keys_and_keeps_unicode(repo, detained_id):
    data = canonical_data(repo.snapshot(detained_id))
    raw = canonical_json(data)
    assert raw == canonical_json(dict(reversed(list(data.items()))))
    assert "Artículo 19".encode() in raw
    assert b"\n" not in raw.replace(b"\\n", b"")
    assert b'"created_at":"2013-' in raw


def test_plan_fingerprint_ignores_commitment_order(repo, sample_plan, sample_ids):
    prints = [fingerprint(repo.snapshot(cid)) for cid in sample_ids.values()]
    assert plan_fingerprint(sample_plan, prints) == plan_fingerprint(sample_plan, list(reversed(prints)))
    assert plan_fingerprint(sample_plan, prints[1:]) != plan_fingerprint(sample_plan, prints)
    assert HEX64.match(plan_fingerprint(sample_plan, prints))


def test_fingerprint_module_imports_no_reportlab():
    code = (
        "import sys, feasibility_app.reports.fingerprint, feasibility_app.reports.texts, "
        "feasibility_app.reports.output\n"
        "bad = sorted(m for m in sys.modules if m.startswith('reportlab'))\n"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
