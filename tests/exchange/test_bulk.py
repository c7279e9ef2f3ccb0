"""The set-based helpers agree with the repository they stand in for."""

from __future__ import annotations

import dataclasses

from sqlalchemy import select

from feasibility_app.domain.factors import Evidence, Level, Role
from feasibility_app.domain.model import FactorScore, Mitigation
from feasibility_app.storage import bulk

from .helpers import open_repo


def _summaries(db) -> dict[str, tuple]:
    with db.engine.connect() as conn:
        rows = conn.execute(select(bulk.SUMMARY)).mappings().all()
    return {r["commitment_id"]: {k: v for k, v in r.items() if k != "updated_at"} for r in rows}


def test_bulk_summaries_equal_the_repositorys(db_url):
    repo = open_repo(db_url, sample=True)
    first, second, third = (s.id for s in repo.summaries()[:3])
    plan = repo.plans()[0]
    repo.update_plan(dataclasses.replace(plan, weights={**plan.weights, "budget": 3.0}))
    base = repo.current_revision(first)
    repo.save_revision(first, dataclasses.replace(base.fields, title="Parallel one"), "A", base.id)
    repo.save_revision(
        first, dataclasses.replace(base.fields, title="Parallel two", lead_agency="Café"), "B", base.id
    )
    repo.save_assessment(
        first,
        "Forum",
        Role.FACILITATOR,
        {"budget": FactorScore(Level.CRITICAL, Evidence.VERIFIED, "no money", (Mitigation("ask", "MoF"),))},
        is_consensus=True,
    )
    repo.save_assessment(second, "Solo", Role.SELF, {"political_will": FactorScore(Level.LOW)})
    repo.delete_commitment(third)
    repo.delete_commitment(second)
    repo.restore_commitment(second)
    empty_plan = repo.create_plan("Empty", "Chile")
    lone = repo.create_commitment(empty_plan.id, base.fields).commitment_id

    repo.rebuild_summaries()
    expected = _summaries(repo.db)
    with repo.db.engine.begin() as conn:
        conn.execute(bulk.SUMMARY.delete())
    ids = [*expected]
    with bulk.write_transaction(repo.db) as conn:
        assert bulk.rebuild_summaries(conn, ids) == len(ids)
    assert _summaries(repo.db) == expected
    assert expected[third]["deleted"] and not expected[second]["deleted"]
    assert expected[first]["title"] == "Parallel two" and expected[first]["assessors"] >= 1
    assert expected[lone]["assessors"] == 0 and expected[lone]["overall_level"] == "not_assessed"


def test_missing_summaries_are_found(db_url):
    repo = open_repo(db_url, sample=True)
    ids = [s.id for s in repo.summaries()]
    with repo.db.engine.begin() as conn:
        conn.execute(bulk.SUMMARY.delete().where(bulk.SUMMARY.c.commitment_id == ids[0]))
        assert bulk.missing_summaries(conn, [*ids, "not-a-commitment"]) == {ids[0]}
