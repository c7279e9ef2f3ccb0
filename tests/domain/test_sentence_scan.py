"""Issue 16: the sentence splitter of the wording checks is one forward scan.

Its old pattern (`[.!?;]+(?=\\s|$)`) backtracked: a long run of full stops took seconds at
20 KB and minutes at 100 KB in `check`, `show`, `report` and the editor. The scan finds the same
ends (fuzzed against the old pattern on short texts) and stays linear on the texts that hung.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from feasibility_app.domain.wording import check_text, sentence_ends

OLD = re.compile(r"[.!?;]+(?=\s|$)|\n[ \t\r]*\n")


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=".!?;;  \n\t\rab\u00a0", max_size=60))
def test_the_scan_finds_what_the_old_pattern_found(text):
    assert sentence_ends(text) == [m.end() for m in OLD.finditer(text)]


@pytest.mark.parametrize("marks", [".", "?", "!", ";", ".?!;"])
@pytest.mark.parametrize("lang", ["en", "pt"])
def test_a_long_run_of_end_marks_after_a_rule_with_exceptions_does_not_hang(marks, lang):
    phrase = {"en": "in real time", "es": "en tiempo real", "pt": "em tempo real"}[lang]
    text = f"We will publish {phrase} " + marks * (100_000 // len(marks)) + "x"
    # no clock here (bench/bench_long_text.py measures): the old splitter took minutes on this
    findings = check_text(text, lang)
    assert any(f.factor for f in findings)  # still checked, not skipped
