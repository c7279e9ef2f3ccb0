"""The labelled corpus holds the wording checks to the goals of recall, false alarms, language."""

from __future__ import annotations

import pytest

from feasibility_app.domain.factors import GOVERNMENT_LEVELS, LANGUAGES
from tests.corpus.evaluate import MIN_WORDS, evaluate, load_corpus

DRAFTS = load_corpus()


def test_the_corpus_covers_each_language_level_and_plain_drafts() -> None:
    for language in LANGUAGES:
        mine = [d for d in DRAFTS if d["lang"] == language]
        assert len(mine) >= 18
        assert sum(d["plain"] for d in mine) >= 8
        assert {d["level"] for d in mine} == set(GOVERNMENT_LEVELS)
        assert all(len(d["text"].split()) >= MIN_WORDS for d in mine)
    ids = [d["id"] for d in DRAFTS]
    assert len(ids) == len(set(ids))


def test_the_goals_hold_on_the_corpus() -> None:
    scores = evaluate(DRAFTS)
    assert scores.recall >= 0.95, scores.misses
    assert scores.false_alarm_rate <= 0.05, scores.misses
    assert scores.must_not_rate <= 0.05, scores.misses
    assert scores.language_accuracy >= 0.98, scores.misses


@pytest.mark.parametrize("draft", [d for d in DRAFTS if d["level"] != "federal"], ids=lambda d: d["id"])
def test_subnational_drafts_keep_their_jurisdiction_labels(draft: dict) -> None:
    """Each subnational draft alone: its own level is never what raises jurisdiction."""
    scores = evaluate([draft])
    assert scores.wrongly_raised == 0, scores.misses
    assert scores.raised == scores.must, scores.misses
