"""Saving a plan's weights refreshes the summary cache (the navigator's and `list`'s scores)."""

from __future__ import annotations

import dataclasses

from feasibility_app.storage.database import open_database
from feasibility_app.storage.repository import Repository
from feasibility_app.storage.sample import open_with_sample

REGISTRY = "Detained Persons Registry"


def _registry(repo: Repository):
    return next(s for s in repo.summaries() if s.title.startswith(REGISTRY))


def test_new_weights_refresh_the_cached_overall_scores(tmp_path):
    path = str(tmp_path / "w.db")
    open_with_sample(path).close()
    repo = Repository(open_database(path))
    try:
        before = _registry(repo)
        plan = repo.plan(before.plan_id)
        saved = repo.update_plan(dataclasses.replace(plan, weights={**plan.weights, "budget": 5.0}))
        assert saved.weights["budget"] == 5.0
        after = _registry(repo)
        expected = repo.snapshot(after.id).result.verdict.score  # computed from scratch
        assert after.overall_score != before.overall_score
        assert after.overall_score == expected

        # a title-only save keeps the (still right) cache as it is
        repo.update_plan(dataclasses.replace(saved, title="Renamed"))
        again = _registry(repo)
        assert (again.plan_title, again.overall_score) == ("Renamed", after.overall_score)
    finally:
        repo.db.close()
