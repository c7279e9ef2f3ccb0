"""Language from the text, the lead agency's level, rules with several factors, the reader's language."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from feasibility_app.domain.government import lead_level, level_for_country, plan_level
from feasibility_app.domain.language import choose_language, detect_language
from feasibility_app.domain.model import CommitmentFields, Plan
from feasibility_app.domain.wording import (
    WordingRulesError,
    check_commitment,
    check_text,
    draft_language,
    load_rules,
    localize,
    parse_rules,
)

EN = "The Attorney General's Office will create a registry of all persons detained in the country."
ES = "La Procuraduría creará un registro de todas las personas detenidas en el país cada mes."
PT = "O Ministério da Justiça criará um cadastro de todas as pessoas presas no país a cada mês."


# --------------------------------------------------------------------------- detection


@pytest.mark.parametrize(("text", "language"), [(EN, "en"), (ES, "es"), (PT, "pt")])
def test_detects_each_language(text: str, language: str) -> None:
    found = detect_language(text)
    assert found.language == language and found.certain


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ação de governo aberto", "pt"),
        ("Información pública del gobierno", "es"),
        ("The data of the ministry", "en"),
        ("DATOS ABIERTOS DE LA SECRETARÍA Y DE LOS MUNICIPIOS", "es"),
    ],
)
def test_short_titles_are_detected_from_spelling_and_function_words(text: str, language: str) -> None:
    assert detect_language(text).language == language


@pytest.mark.parametrize("text", ["", "   ", "12 345 2015", "OK", "Tempo real.", "😀 ✅", None])
def test_too_little_text_detects_nothing(text) -> None:
    assert detect_language(text).language is None


def test_detection_reads_only_the_start_of_a_long_draft() -> None:
    text = (ES + " ") * 100 + EN * 10_000  # Spanish for the first 9,000 characters
    assert detect_language(text).language == "es"


def test_a_choice_overrides_detection_and_disagreement_is_reported() -> None:
    auto = choose_language(ES, "")
    assert (auto.language, auto.source, auto.disagrees) == ("es", "detected", False)
    chosen = choose_language(ES, "en")
    assert (chosen.language, chosen.source, chosen.detected, chosen.disagrees) == ("en", "chosen", "es", True)
    agreed = choose_language(ES, "es-MX")
    assert (agreed.language, agreed.source, agreed.disagrees) == ("es", "chosen", False)
    unknown = choose_language("Tempo real.", "", fallback="pt")
    assert (unknown.language, unknown.source) == ("pt", "default")
    # a short text that cannot be told never contradicts a choice
    assert not choose_language("Hola", "en").disagrees


def test_a_commitment_without_a_chosen_language_is_checked_in_its_texts_language() -> None:
    fields = CommitmentFields(title="Registro", draft_text=ES, language="", lead_agency="PGR")
    assert draft_language(fields) == "es"
    phrases = {f.phrase for f in check_commitment(fields)}
    assert {"detenidas", "creará un registro"} <= phrases
    english_rules = {f.phrase for f in check_commitment(fields, language="en")}
    assert "detenidas" not in english_rules


# --------------------------------------------------------------------------- levels of government

JURISDICTION = {
    "en": "The state police, the 125 municipalities and the federal government will send their records.",
    "es": "La policía estatal, los 125 municipios y el gobierno federal enviarán sus registros.",
    "pt": "A polícia estadual, os 645 municípios e o governo federal enviarão os seus registros.",
}
NAMES = {
    "en": {"state": "state police", "municipal": "municipalities", "federal": "federal government"},
    "es": {"state": "estatal", "municipal": "municipios", "federal": "gobierno federal"},
    "pt": {"state": "estadual", "municipal": "municípios", "federal": "governo federal"},
}


@pytest.mark.parametrize("language", ["en", "es", "pt"])
@pytest.mark.parametrize("level", ["federal", "state", "municipal"])
def test_jurisdiction_flags_the_other_levels_not_the_agencys_own(language: str, level: str) -> None:
    findings = check_text(JURISDICTION[language], language, level=level)
    flagged = {f.phrase for f in findings if f.factor == "constitutional_limits"}
    names = NAMES[language]
    assert names[level] not in flagged
    assert {name for other, name in names.items() if other != level} <= flagged


def test_no_level_means_a_national_agency_as_before() -> None:
    assert check_text(JURISDICTION["es"], "es") == check_text(JURISDICTION["es"], "es", level="federal")


@pytest.mark.parametrize(
    ("country", "level"),
    [
        ("Mexico", "federal"),
        ("Brasil", "federal"),
        ("United States", "federal"),
        ("Estados Unidos Mexicanos", "federal"),
        ("Jalisco (estado)", "state"),
        ("Buenos Aires — OGP Local", "municipal"),
        ("Prefeitura de São Paulo", "municipal"),
        ("", "federal"),
    ],
)
def test_the_plans_country_presets_its_level(country: str, level: str) -> None:
    assert level_for_country(country) == level


def test_a_commitment_takes_its_plans_level_unless_it_records_one() -> None:
    plan = Plan("p", "Mexico", "Plan", None, None, {})
    assert plan_level(plan) == "federal"
    local = Plan("p", "Mexico", "Plan", None, None, {}, lead_level="municipal")
    assert lead_level(CommitmentFields(), local) == "municipal"
    assert lead_level(CommitmentFields(lead_level="state"), local) == "state"
    assert lead_level(CommitmentFields(), None) == "federal"


# --------------------------------------------------------------------------- several factors


@pytest.mark.parametrize(
    ("language", "text", "phrase"),
    [
        ("en", "The agency will create a new unified database of cases.", "create a new unified database"),
        ("es", "Se creará una nueva base de datos unificada.", "creará una nueva base de datos"),
        ("pt", "Será criada uma nova base de dados.", "criada uma nova base de dados"),
    ],
)
def test_a_new_system_is_data_availability_first_then_budget(language: str, text: str, phrase: str) -> None:
    findings = [f for f in check_text(text, language) if f.phrase == phrase]
    assert [f.factor for f in findings] == ["data_availability", "budget"]
    assert findings[0].message != findings[1].message
    assert findings[0].start == findings[1].start


@pytest.mark.parametrize(
    ("language", "text", "phrase"),
    [
        ("en", "A national registry of detentions.", "national registry"),
        ("es", "Un registro nacional de detenciones.", "registro nacional"),
        ("pt", "Um cadastro nacional de detenções.", "cadastro nacional"),
    ],
)
def test_a_national_registry_is_jurisdiction_and_data(language: str, text: str, phrase: str) -> None:
    factors = {f.factor for f in check_text(text, language) if f.phrase == phrase}
    assert factors == {"constitutional_limits", "data_availability"}


@pytest.mark.parametrize(
    ("language", "text", "phrase"),
    [
        ("en", "The Ministry of Security will publish its budget.", "Ministry of Security"),
        ("es", "La Secretaría de Seguridad publicará su presupuesto.", "Secretaría de Seguridad"),
        ("pt", "A Secretaria de Segurança publicará o seu orçamento.", "Secretaria de Segurança"),
        ("es", "La Fiscalía publicará su presupuesto.", "Fiscalía"),
        ("en", "The prison service will publish its budget.", "prison"),
    ],
)
def test_security_and_justice_bodies_are_sensitive(language: str, text: str, phrase: str) -> None:
    assert ("issue_sensitivity", phrase) in {(f.factor, f.phrase) for f in check_text(text, language)}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The Ministry will liaise with the tax authority."),
        ("en", "Sharing data between the ministries of health and finance."),
        ("es", "La Secretaría articulará con el instituto electoral un padrón."),
        ("pt", "Compartilhamento de dados entre os ministérios."),
    ],
)
def test_inter_agency_verbs_raise_political_will(language: str, text: str) -> None:
    assert "political_will" in {f.factor for f in check_text(text, language)}


def test_a_phrase_inside_a_longer_one_of_the_same_factor_is_not_repeated() -> None:
    findings = check_text("Detentions by state and municipal police.", "en")
    jurisdiction = [f.phrase for f in findings if f.factor == "constitutional_limits"]
    assert jurisdiction == ["state and municipal"]


# --------------------------------------------------------------------------- reader's language


def test_questions_come_in_the_readers_language_phrases_as_written() -> None:
    spanish = check_text(ES, "es")
    for reader in ("en", "pt"):
        shown = check_text(ES, "es", reader=reader)
        where = [(f.factor, f.phrase, f.start) for f in shown]
        assert where == [(f.factor, f.phrase, f.start) for f in spanish]
        messages = load_rules(reader).messages
        for f in shown:
            assert f.message == messages[(f.rule_id, f.factor)]
    assert localize(spanish, "es") == spanish


def test_commitment_findings_in_the_readers_language_include_structure() -> None:
    fields = CommitmentFields(draft_text=ES, language="es")
    findings = check_commitment(fields, reader="pt")
    lead = next(f for f in findings if f.rule_id == "structure.no_lead_agency")
    assert "órgão" in lead.message
    assert any(f.phrase == "detenidas" and "Detenções" in f.message for f in findings)


# --------------------------------------------------------------------------- rule file validation


def _rules(**rule: object) -> dict:
    base = {"id": "r", "factor": "budget", "severity": "low", "message": "m", "patterns": ["x"]}
    structural = load_rules("en").structural
    return {
        "rules": [{**base, **rule}],
        "structural": {
            **{k: {"severity": v.severity, "message": v.message} for k, v in structural.items()},
            "product_nouns": ["report"],
            "vague_verbs": ["promote"],
        },
    }


@pytest.mark.parametrize(
    ("rule", "problem"),
    [
        ({"levels": ["county"]}, "'levels'"),
        ({"levels": "state"}, "'levels'"),
        ({"also": {"factor": "budget"}}, "'also'"),
        ({"also": [{"factor": "budget", "severity": "low", "message": "m"}]}, "named twice"),
        ({"also": [{"factor": "nope", "severity": "low", "message": "m"}]}, "factor"),
        ({"also": [{"factor": "political_will", "severity": "huge", "message": "m"}]}, "severity"),
        ({"also": [{"factor": "political_will", "severity": "low"}]}, "message"),
        ({"also": [{"factor": "political_will", "severity": "low", "message": "m", "x": 1}]}, "'also'"),
    ],
)
def test_bad_levels_or_also_are_refused_with_the_rule_named(rule: dict, problem: str) -> None:
    with pytest.raises(WordingRulesError) as caught:
        parse_rules(_rules(**rule), "en", "xx.json")
    assert caught.value.rule_id == "r" and problem in caught.value.problem


def test_a_valid_multi_factor_rule_with_levels_parses() -> None:
    data = _rules(levels=["state"], also=[{"factor": "political_will", "severity": "high", "message": "q"}])
    (rule,) = parse_rules(data, "en").rules
    assert [e.factor for e in rule.effects] == ["budget", "political_will"]
    assert not rule.applies_to("state") and rule.applies_to("federal")


@given(st.text(max_size=400), st.sampled_from(["", "en", "es", "pt", "pt_BR", "fr", "x" * 40]))
@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
def test_detection_and_choice_never_raise_and_always_name_a_rule_language(text: str, chosen: str) -> None:
    found = detect_language(text)
    assert found.language in (None, "en", "es", "pt")
    choice = choose_language(text, chosen)
    assert choice.language in ("en", "es", "pt")
    assert not (choice.disagrees and choice.source != "chosen")
    for level in ("federal", "state", "municipal"):
        for f in check_text(text, choice.language, level=level, reader="pt"):
            assert text[f.start : f.end] == f.phrase
