"""The dispatcher's first-word scan (a trie regex) finds exactly the words that start a rule."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from feasibility_app.domain.word_trie import first_word_regex
from feasibility_app.domain.wording import load_rules, normalise

LANGUAGES = ("en", "es", "pt")
_WORDS = re.compile(r"\w+")


def _expected(words: set[str], stems: tuple[str, ...], text: str) -> list[tuple[int, str]]:
    return [
        (m.start(), m.group())
        for m in _WORDS.finditer(text)
        if m.group() in words or m.group().startswith(stems)
    ]


@given(
    st.sets(st.text("abcé", min_size=1, max_size=4), max_size=6),
    st.sets(st.text("abcé", min_size=1, max_size=3), max_size=4),
    st.text("abcé _-.\n", max_size=60),
)
@settings(max_examples=300, deadline=None)
def test_trie_finds_the_whole_words_and_stems_and_nothing_else(
    words: set[str], stems: set[str], text: str
) -> None:
    found = [(m.start(), m.group()) for m in first_word_regex(words, stems).finditer(text)]
    assert found == _expected(words, tuple(stems), text)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_rules_first_words_are_found_as_the_word_scan_found_them(language: str) -> None:
    rules = load_rules(language)
    dispatcher = rules.dispatcher
    assert dispatcher is not None
    text = " ".join(p for rule in rules.rules for p in rule.patterns) + " federalism the thereof data-set"
    folded, _ = normalise(text)
    found = [(m.start(), m.group()) for m in dispatcher.scan.finditer(folded)]
    expected = [(m.start(), m.group()) for m in _WORDS.finditer(folded) if dispatcher.rules_for(m.group())]
    assert found == expected
    assert len(found) >= len(rules.rules)
