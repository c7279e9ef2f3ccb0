"""One read model, two adapters: generated databases read through the standard-library
adapter (SqliteReader) and the SQLAlchemy-connection adapter (the repository) give identical
snapshots, summaries and report fingerprints, and both agree with the ORM's own answers
(current revision, assessments, deleted or not)."""

from __future__ import annotations

import shutil
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from feasibility_app.domain.factors import FACTOR_KEYS, Evidence, Level, Role
from feasibility_app.domain.model import CommitmentFields, FactorScore, IrmPrecheck, Milestone, Mitigation
from feasibility_app.reports.fingerprint import fingerprint
from feasibility_app.storage.database import open_database
from feasibility_app.storage.read_model import _bool, _date, _json, _utc
from feasibility_app.storage.repository import Repository
from feasibility_app.storage.sqlite_reader import SqliteReader

TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=30)
LEVELS = st.sampled_from(list(Level))
SCORES = st.dictionaries(
    st.sampled_from(FACTOR_KEYS),
    st.builds(
        FactorScore,
        level=LEVELS,
        evidence=st.sampled_from(list(Evidence)),
        rationale=TEXT,
        mitigations=st.lists(st.builds(Mitigation, action=TEXT, owner=TEXT), max_size=2).map(tuple),
    ),
    max_size=6,
)
STEP = st.one_of(
    st.tuples(st.just("revise"), st.integers(0, 3), TEXT, TEXT),
    st.tuples(st.just("assess"), st.integers(0, 3), st.sampled_from(["Ana", "Luis", "Marta"]), SCORES),
    st.tuples(st.just("consensus"), st.integers(0, 3), SCORES),
    st.tuples(st.just("delete"), st.integers(0, 3)),
    st.tuples(st.just("restore"), st.integers(0, 3)),
    st.tuples(st.just("delete_plan"), st.integers(0, 1)),
    st.tuples(st.just("restore_plan"), st.integers(0, 1)),
)


@pytest.fixture(scope="module")
def empty_db(tmp_path_factory):
    """A migrated, empty database file, copied for each generated example (migrating is slow)."""
    path = tmp_path_factory.mktemp("template") / "empty.db"
    open_database(str(path)).close()
    return path


def build(repo: Repository, steps) -> tuple[list[str], list[str]]:
    period = (date(2013, 7, 1), date(2015, 6, 30))
    plans = [
        repo.create_plan("Plan A", "México", *period, {"budget": 2.0}, [("SCT", "government")]),
        repo.create_plan("Plano B", "Brasil", None, None, None, []),
    ]
    ids = []
    for i in range(4):
        fields = CommitmentFields(
            title=f"C{i}", milestones=(Milestone("Datos", date(2014, 1, 1), None),), og_values=()
        )
        ids.append(repo.create_commitment(plans[i % 2].id, fields, "Ana").commitment_id)
    for step in steps:
        kind, which = step[0], step[1]
        cid = ids[which]
        if kind == "revise":
            current = repo.current_revision(cid).fields
            repo.save_revision(
                cid, CommitmentFields(title=step[2], draft_text=step[3], problem=current.problem), "Luis"
            )
        elif kind == "assess":
            repo.save_assessment(cid, step[2], Role.GOVERNMENT, step[3], IrmPrecheck(verifiable=True))
        elif kind == "consensus":
            repo.save_assessment(cid, "Facilitator", Role.FACILITATOR, step[2], None, is_consensus=True)
        elif kind == "delete":
            repo.delete_commitment(cid, "Ana")
        elif kind == "restore":
            repo.restore_commitment(cid, "Ana")
        elif kind == "delete_plan":
            repo.delete_plan(plans[which].id, "Ana")
        else:
            repo.restore_plan(plans[which].id, "Ana")
    return [p.id for p in plans], ids


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(STEP, max_size=12))
def test_both_adapters_give_identical_snapshots_summaries_and_fingerprints(empty_db, tmp_path, steps):
    path = tmp_path / f"gen-{abs(hash(str(steps)))}.db"
    shutil.copy(empty_db, path)
    db = open_database(str(path))
    try:
        repo = Repository(db)
        plan_ids, ids = build(repo, steps)
        through_sqlalchemy = repo.snapshots(ids)
        reader = SqliteReader.open(str(path))
        assert reader is not None
        with reader:
            through_stdlib = reader.snapshots(ids)
            assert through_stdlib == through_sqlalchemy
            assert [fingerprint(s) for s in through_stdlib] == [fingerprint(s) for s in through_sqlalchemy]
            assert reader.summaries() == repo.summaries()
            for plan_id in plan_ids:
                assert reader.summaries(plan_id) == repo.summaries(plan_id)
                assert reader.plan(plan_id) == repo.plan(plan_id)
        for snap in through_sqlalchemy:  # the read model's rules agree with the ORM's
            assert snap.revision == repo.current_revision(snap.commitment_id)
            assert list(snap.assessments) == repo.assessments(snap.commitment_id)
            assert snap.deleted == repo.is_deleted(snap.commitment_id)
    finally:
        db.close()


def test_decoders_accept_either_backends_values():
    from datetime import UTC, datetime, timedelta, timezone

    assert _date("2014-01-31") == _date(date(2014, 1, 31)) == date(2014, 1, 31)
    assert _date(None) is None
    aware = datetime(2013, 10, 20, 16, 0, tzinfo=UTC)
    assert _utc("2013-10-20 16:00:00.000000") == aware  # SQLite text, stored in UTC
    assert _utc(datetime(2013, 10, 20, 16, 0)) == aware  # a naive UTC timestamp
    assert _utc(datetime(2013, 10, 20, 10, 0, tzinfo=timezone(timedelta(hours=-6)))) == aware  # PostgreSQL
    assert _json('{"budget": 2.0}') == _json({"budget": 2.0}) == {"budget": 2.0}
    assert _bool(1) is _bool(True) is True and _bool(0) is False and _bool(None) is None
