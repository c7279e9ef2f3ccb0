"""Fixtures for the report tests: a database holding the case study's sample plan."""

from __future__ import annotations

import pytest

from feasibility_app.storage.repository import Repository
from feasibility_app.storage.sample import open_with_sample


@pytest.fixture
def repo(tmp_path):
    db = open_with_sample(str(tmp_path / "t.db"))
    yield Repository(db)
    db.close()


@pytest.fixture
def sample_plan(repo):
    return repo.plans()[0]


@pytest.fixture
def sample_ids(repo, sample_plan):
    """Commitment ids of the sample plan, by title."""
    return {s.title: s.id for s in repo.summaries(sample_plan.id)}


@pytest.fixture
def detained_id(sample_ids):
    return next(cid for title, cid in sample_ids.items() if title.startswith("Detained Persons"))
