"""Fuzzing the wording checker: any text, any language tag, any commitment never breaks it.

Properties: ``check_text`` never raises; every text finding's span is inside the text and
``text[start:end] == phrase``; factor and severity come from the fixed lists; findings are
sorted; case does not matter for ASCII text; mutated real drafts (the sample plan's) keep
these properties; ``check_commitment`` accepts any field values and dates; pathological
inputs finish quickly (no catastrophic regex backtracking).
"""

from __future__ import annotations

import json
import sys
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from feasibility_app.domain.model import CommitmentFields, Milestone
from feasibility_app.domain.wording import (
    FINDING_FACTORS,
    SEVERITIES,
    check_commitment,
    check_text,
    findings_by_factor,
    is_verifiable,
)
from feasibility_app.paths import resource_path

FUZZ = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)
LANGS = st.sampled_from(["en", "es", "pt", "pt_BR", "es-MX", "EN", "", "xx", "zz_ZZ", "../../etc", "\x00"])

SAMPLE = json.loads(resource_path("sample", "mexico_2013_2015.json").read_text(encoding="utf-8"))
DRAFTS = [c[key] for c in SAMPLE["commitments"] for key in ("draft_text", "problem", "title") if c.get(key)]
WORDS = [
    "tiempo real", "real-time", "nacional", "nationwide", "estados", "municipios", "nuevo sistema",
    "base de datos", "coordinación", "detenidos", "desaparecidas", "derechos humanos", "corrupción",
    "periodistas", "promover", "fortalecer", "mejorar", "promote", "strengthen", "improve", "publicará",
    "DETENIDAS", "Inundación", "journalists", "human rights", "sistema", "tempo real", "jornalistas",
]  # fmt: skip


def assert_well_formed(text: str, findings) -> None:
    previous = (-2, -2)
    for f in findings:
        assert f.factor in FINDING_FACTORS
        assert f.severity in SEVERITIES
        assert isinstance(f.message, str) and f.message
        if f.start >= 0:
            assert 0 <= f.start < f.end <= len(text), (f, len(text))
            assert text[f.start : f.end] == f.phrase
            assert (f.start, f.end) >= previous
            previous = (f.start, f.end)
        else:
            assert f.start == f.end == -1
        json.dumps(f.to_json())
    findings_by_factor(findings)
    is_verifiable(findings)


@FUZZ
@given(text=st.text(), lang=LANGS)
def test_any_text_in_any_language(text, lang):
    assert_well_formed(text, check_text(text, lang))


@FUZZ
@given(
    text=st.text(alphabet=st.characters(codec="utf-8", categories=["L", "M", "N", "P", "Z", "S", "Cc"])),
    lang=st.sampled_from(["en", "es", "pt"]),
)
def test_text_with_combining_marks_and_controls(text, lang):
    assert_well_formed(text, check_text(text, lang))


@st.composite
def mutated_drafts(draw) -> str:
    text = draw(st.sampled_from(DRAFTS))
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(text)))
        op = draw(st.sampled_from(["insert-word", "delete", "upper", "accent", "junk", "repeat"]))
        if op == "insert-word":
            text = text[:at] + f" {draw(st.sampled_from(WORDS))} " + text[at:]
        elif op == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 30)) :]
        elif op == "upper":
            text = text[:at] + text[at : at + 40].upper() + text[at + 40 :]
        elif op == "accent":
            text = text[:at] + "\u0301" + text[at:]  # a combining acute accent anywhere
        elif op == "junk":
            text = text[:at] + draw(st.text(max_size=8)) + text[at:]
        else:
            text = text[:at] + text[at : at + 50] * draw(st.integers(2, 5)) + text[at + 50 :]
    return text


@FUZZ
@given(text=mutated_drafts(), lang=st.sampled_from(["en", "es", "pt"]))
def test_mutated_real_drafts(text, lang):
    assert_well_formed(text, check_text(text, lang))


@FUZZ
@given(words=st.lists(st.sampled_from(WORDS) | st.from_regex(r"[a-z]{1,9}", fullmatch=True), max_size=40))
def test_case_does_not_matter_for_ascii_text(words):
    text = " ".join(w for w in words if w.isascii())
    lower = [(f.rule_id, f.start, f.end) for f in check_text(text.lower(), "en")]
    upper = [(f.rule_id, f.start, f.end) for f in check_text(text.upper(), "en")]
    assert lower == upper


dates = st.none() | st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31))


@FUZZ
@given(
    fields=st.builds(
        CommitmentFields,
        title=st.text(max_size=50),
        status_quo=st.text(max_size=30),
        draft_text=st.text(max_size=300) | mutated_drafts(),
        lead_agency=st.text(max_size=20),
        start=dates,
        end=dates,
        language=LANGS,
        milestones=st.lists(st.builds(Milestone, st.text(max_size=60), dates, dates), max_size=6).map(tuple),
    ),
    plan_start=dates,
    plan_end=dates,
    lang=st.none() | LANGS,
)
def test_any_commitment(fields, plan_start, plan_end, lang):
    findings = check_commitment(fields, plan_start, plan_end, lang)
    assert_well_formed(fields.draft_text, findings)


def work(call) -> int:
    """How many Python and C function calls `call()` makes: a deterministic measure of work
    (wall time depends on the machine's load; timings belong in bench/bench_wording.py)."""
    count = 0

    def profile(_frame, event, _arg):
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(profile)
    try:
        call()
    finally:
        sys.setprofile(None)
    return count


def test_pathological_inputs_are_handled_and_well_formed():
    cases = [
        "Se promoverá. " * 10_000,
        "a" * 200_000,
        "tiempo " * 30_000 + "real",
        "\u0301" * 100_000,
        "e\u0301" * 50_000,
        ". " * 100_000,
        "base de " * 25_000 + "datos",
        "ß" * 100_000,
        "İ" * 50_000,
        ("nacional, estatal y municipal; " * 3000),
    ]
    for text in cases:
        for lang in ("en", "es", "pt"):
            assert_well_formed(text, check_text(text, lang))


@pytest.mark.parametrize(
    ("unit", "lang"),
    [
        ("promover ", "es"),
        ("Se promoverá. ", "es"),
        ("tiempo ", "es"),
        ("nacional, estatal y municipal; ", "es"),
    ],
)
def test_work_grows_linearly_with_the_text(unit, lang):
    """Doubling a text at most a little more than doubles the work. Found here: a rule's
    exceptions rescanned the sentence per match (quadratic: "promover " * 500 took seconds);
    fixed in 7f259c2."""
    check_text(unit, lang)  # rules loaded and compiled before counting
    small = work(lambda: check_text(unit * 400, lang))
    large = work(lambda: check_text(unit * 800, lang))
    assert large <= 2.5 * small, (small, large)
