"""Wording checks: the case study's failure patterns are caught, neutral drafts are not."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from feasibility_app.domain.factors import FACTOR_KEYS, LANGUAGES
from feasibility_app.domain.model import CommitmentFields, Milestone
from feasibility_app.domain.wording import (
    DRAFTING,
    SEVERITIES,
    STRUCTURAL_KEYS,
    Finding,
    WordingRulesError,
    canonical_language,
    check_commitment,
    check_structure,
    check_text,
    clear_cache,
    compile_patterns,
    findings_by_factor,
    has_verifiable_product,
    is_verifiable,
    load_rule_file,
    load_rules,
    normalise,
    severity_rank,
)
from feasibility_app.paths import resource_path


def factors_of(text: str, language: str) -> set[str]:
    return {f.factor for f in check_text(text, language)}


def finding_for(text: str, language: str, factor: str) -> Finding:
    matches = [f for f in check_text(text, language) if f.factor == factor]
    assert matches, f"no {factor} finding in {text!r}: {check_text(text, language)}"
    return matches[0]


# --------------------------------------------------------------------------- the pattern table

PHRASES = [
    # English
    ("en", "The PGR will open a real-time registry.", "data_availability", "real-time"),
    ("en", "Records will be updated continuously.", "data_availability", "continuously"),
    (
        "en",
        "The agency will collect new data from every police station.",
        "data_availability",
        "collect new data",
    ),
    (
        "en",
        "Data will be collected from every police station.",
        "data_availability",
        "Data will be collected",
    ),
    ("en", "A registry of all detentions nationwide.", "constitutional_limits", "nationwide"),
    ("en", "Detentions by State and Municipal authorities.", "constitutional_limits", "State and Municipal"),
    ("en", "The Judiciary will publish its rulings.", "constitutional_limits", "Judiciary"),
    ("en", "Bills sent to the legislature.", "constitutional_limits", "legislature"),
    ("en", "The agency will create a new database of cases.", "budget", "create a new database"),
    ("en", "Work with several agencies on the data.", "political_will", "several agencies"),
    ("en", "A list of persons detained by federal forces.", "issue_sensitivity", "detained"),
    ("en", "Forced disappearances will be registered.", "issue_sensitivity", "Forced disappearances"),
    ("en", "Complaints about human rights abuses.", "issue_sensitivity", "human rights"),
    ("en", "Protection of journalists.", "issue_sensitivity", "journalists"),
    ("en", "Cases of corruption in procurement.", "issue_sensitivity", "corruption"),
    ("en", "Deployments of the armed forces.", "issue_sensitivity", "armed forces"),
    ("en", "The ministry will promote transparency.", DRAFTING, "promote"),
    ("en", "Strengthening citizen participation.", DRAFTING, "Strengthening"),
    ("en", "Improve the quality of services.", DRAFTING, "Improve"),
    ("en", "Foster a culture of openness.", DRAFTING, "Foster"),
    ("en", "Delivered at no additional cost.", "budget", "no additional cost"),
    # Spanish
    ("es", "La PGR publicará en tiempo real el registro.", "data_availability", "tiempo real"),
    ("es", "Se recopilarán datos de todas las fiscalías.", "data_availability", "recopilarán datos"),
    ("es", "Detenciones en estados y municipios.", "constitutional_limits", "estados y municipios"),
    ("es", "Con las policías estatales.", "constitutional_limits", "estatales"),
    ("es", "Con información del Poder Judicial.", "constitutional_limits", "Poder Judicial"),
    ("es", "Un registro de detenciones a nivel nacional.", "constitutional_limits", "a nivel nacional"),
    ("es", "Se construirá una nueva plataforma.", "budget", "construirá una nueva plataforma"),
    ("es", "Se trabajará con varias dependencias.", "political_will", "varias dependencias"),
    ("es", "Registro de personas detenidas.", "issue_sensitivity", "detenidas"),
    ("es", "El detenido será presentado.", "issue_sensitivity", "detenido"),
    ("es", "Personas desaparecidas.", "issue_sensitivity", "desaparecidas"),
    ("es", "Protección de periodistas.", "issue_sensitivity", "periodistas"),
    ("es", "Quejas sobre derechos humanos.", "issue_sensitivity", "derechos humanos"),
    ("es", "Casos de corrupción.", "issue_sensitivity", "corrupción"),
    ("es", "Fortalecer la transparencia.", DRAFTING, "Fortalecer"),
    ("es", "Promover la participación.", DRAFTING, "Promover"),
    ("es", "Mejorar la calidad.", DRAFTING, "Mejorar"),
    ("es", "Fomentar el uso de los datos.", DRAFTING, "Fomentar"),
    ("es", "Impulsar la apertura.", DRAFTING, "Impulsar"),
    # Portuguese
    ("pt", "Dados publicados em tempo real.", "data_availability", "tempo real"),
    ("pt", "Presos em estados e municípios.", "constitutional_limits", "estados e municípios"),
    ("pt", "Decisões do Poder Judiciário.", "constitutional_limits", "Poder Judiciário"),
    ("pt", "Cobertura em todo o país.", "constitutional_limits", "todo o país"),
    ("pt", "Dados das guardas municipais.", "constitutional_limits", "municipais"),
    ("pt", "Será criada uma nova base de dados.", "budget", "criada uma nova base de dados"),
    ("pt", "Articulação com vários órgãos.", "political_will", "Articulação com vários órgãos"),
    ("pt", "Cadastro de pessoas detidas.", "issue_sensitivity", "detidas"),
    ("pt", "Pessoas desaparecidas.", "issue_sensitivity", "desaparecidas"),
    ("pt", "Violações de direitos humanos.", "issue_sensitivity", "direitos humanos"),
    ("pt", "Proteção de jornalistas.", "issue_sensitivity", "jornalistas"),
    ("pt", "Atuação das Forças Armadas.", "issue_sensitivity", "Forças Armadas"),
    ("pt", "Fortalecer a transparência.", DRAFTING, "Fortalecer"),
    ("pt", "Promover a participação.", DRAFTING, "Promover"),
    ("pt", "Melhorar a qualidade.", DRAFTING, "Melhorar"),
    ("pt", "Fomentar o uso dos dados.", DRAFTING, "Fomentar"),
]


@pytest.mark.parametrize(("language", "text", "factor", "phrase"), PHRASES)
def test_phrase_is_flagged_under_its_factor(language: str, text: str, factor: str, phrase: str) -> None:
    finding = finding_for(text, language, factor)
    assert finding.phrase == phrase
    assert text[finding.start : finding.end] == phrase
    assert finding.severity in SEVERITIES
    assert finding.message


def test_every_language_has_at_least_eight_phrases_in_the_table() -> None:
    for language in LANGUAGES:
        rows = [row for row in PHRASES if row[0] == language]
        assert len(rows) >= 8
        assert {"data_availability", "constitutional_limits", "issue_sensitivity", DRAFTING} <= {
            row[2] for row in rows
        }


NEUTRAL = [
    ("en", "The Ministry will publish its existing federal highway dataset as open data every quarter."),
    ("en", "Milestone reports will be published on the open data portal by June 2015."),
    ("en", "The statement on the status of the state-of-the-art federal road network."),
    ("en", "A state of the art federal dataset, as stated in the annual statement."),
    (
        "es",
        "La Secretaría publicará cada trimestre, como datos abiertos, su conjunto de datos federal de "
        "carreteras ya existente.",
    ),
    ("es", "Los estados financieros de la dependencia federal; la estadística del estado de la obra."),
    (
        "pt",
        "O Ministério publicará a cada trimestre, como dados abertos, o seu conjunto de dados federal de "
        "rodovias já existente.",
    ),
    ("pt", "O estado da arte e o status do sistema federal; as melhores práticas do Estado."),
]


@pytest.mark.parametrize(("language", "text"), NEUTRAL)
def test_neutral_sentences_raise_nothing_above_low(language: str, text: str) -> None:
    findings = check_text(text, language)
    assert all(f.severity == "low" for f in findings), findings


@pytest.mark.parametrize(
    "text",
    [
        "The agency publishes federal data.",
        "Federal highways, federal bridges and the federal budget.",
        "Its status, its statement and the state of the art.",
        "Statewide? No: stateless, statehood, statesman.",
    ],
)
def test_federal_or_state_lookalikes_are_not_a_jurisdiction_risk(text: str) -> None:
    assert "constitutional_limits" not in factors_of(text, "en")


@pytest.mark.parametrize(
    ("language", "existing", "new"),
    [
        (
            "en",
            "The agency already publishes real-time traffic data.",
            "The agency will publish real-time data.",
        ),
        ("en", "Publish the existing registry on a new platform.", "Build a new platform for the registry."),
        (
            "es",
            "La dependencia ya publica datos en tiempo real.",
            "La dependencia publicará datos en tiempo real.",
        ),
        (
            "es",
            "Se integrará el registro existente en una nueva plataforma.",
            "Se creará una nueva plataforma.",
        ),
        ("pt", "O órgão já publica dados em tempo real.", "O órgão publicará dados em tempo real."),
        ("pt", "A base de dados existente irá para uma nova plataforma.", "Será criada uma nova plataforma."),
    ],
)
def test_data_rules_are_low_when_the_data_already_exists(language: str, existing: str, new: str) -> None:
    lowered = [f for f in check_text(existing, language) if f.factor in ("data_availability", "budget")]
    assert lowered and all(f.severity == "low" for f in lowered)
    raised = [f for f in check_text(new, language) if f.factor in ("data_availability", "budget")]
    assert raised and max(severity_rank(f.severity) for f in raised) >= severity_rank("medium")


def test_exception_only_applies_within_the_same_sentence() -> None:
    text = "The agency already publishes its budget. It will publish real-time data."
    assert finding_for(text, "en", "data_availability").severity == "high"


def test_a_vague_verb_next_to_a_product_is_only_low() -> None:
    assert finding_for("Promote reuse by publishing the dataset.", "en", DRAFTING).severity == "low"
    assert finding_for("Promote reuse.", "en", DRAFTING).severity == "medium"


# --------------------------------------------------------------------------- matching and spans


@pytest.mark.parametrize(
    ("pattern", "word"),
    [
        ("public*", "publicará"),
        ("public*", "publicar"),
        ("public*", "Publicación"),
        ("detenid*", "DETENIDAS"),
        ("detenid*", "detenido"),
        ("tiempo real", "tiempo\n  real"),
        ("real time", "real-time"),
        ("estados y|e municipios", "Estados e Municípios"),
        ("privad* de _? libertad", "privadas de su libertad"),
        ("coordination with?", "coordination"),
    ],
)
def test_patterns_ignore_case_accents_inflection_and_line_breaks(pattern: str, word: str) -> None:
    folded, _ = normalise(word)
    match = compile_patterns([pattern]).search(folded)
    assert match is not None and (match.start(), match.end()) == (0, len(folded))


@pytest.mark.parametrize(
    ("pattern", "word"), [("state", "status"), ("state", "statement"), ("public*", "republic")]
)
def test_patterns_match_on_word_boundaries(pattern: str, word: str) -> None:
    folded, _ = normalise(word)
    assert compile_patterns([pattern]).search(folded) is None


def test_span_of_a_phrase_broken_across_lines_is_exact() -> None:
    text = "Registro de personas DETENIDAS\nen tiempo\nreal"
    realtime = next(f for f in check_text(text, "es") if f.rule_id == "realtime_data")
    assert (realtime.start, realtime.end) == (text.index("tiempo"), len(text))
    assert text[realtime.start : realtime.end] == "tiempo\nreal"
    detained = finding_for(text, "es", "issue_sensitivity")
    assert text[detained.start : detained.end] == "DETENIDAS"


@pytest.mark.parametrize(
    "prefix",
    [
        "",
        "Publicación ÚNICA — ",
        "Publicaci\u0301on decomposed, stra\u00dfe, \ufb01le: ",  # a vanishing mark, ß -> ss, a ligature
        "İstanbul \U0001f600 ",
    ],
)
def test_spans_point_into_the_original_text_after_accents(prefix: str) -> None:
    text = prefix + "La PGR creará un registro en TIEMPO REAL de detenciones."
    realtime = next(f for f in check_text(text, "es") if f.rule_id == "realtime_data")
    assert text[realtime.start : realtime.end] == "TIEMPO REAL"
    assert realtime.start == text.index("TIEMPO")


def test_a_decomposed_accent_stays_inside_the_span() -> None:
    text = "Registro de la detencio\u0301n."
    finding = finding_for(text, "es", "issue_sensitivity")
    assert finding.phrase == "detencio\u0301n"


def test_overlapping_or_adjacent_matches_of_one_rule_are_merged() -> None:
    findings = [f for f in check_text("Articulação com vários órgãos.", "pt") if f.factor == "political_will"]
    assert len(findings) == 1


def test_findings_are_sorted_by_start() -> None:
    text = "Fortalecer el registro en tiempo real de personas detenidas por policías estatales."
    starts = [f.start for f in check_text(text, "es")]
    assert starts == sorted(starts) and len(starts) >= 4


@pytest.mark.parametrize(
    ("given_language", "expected"),
    [
        ("pt_BR", "pt"),
        ("es-MX", "es"),
        ("ES", "es"),
        ("en_GB.UTF-8", "en"),
        ("fr", "en"),
        ("", "en"),
        (None, "en"),
    ],
)
def test_language_codes_are_canonicalised(given_language: str | None, expected: str) -> None:
    assert canonical_language(given_language) == expected


def test_locale_and_unknown_languages() -> None:
    text = "Estados e municípios em tempo real."
    assert check_text(text, "pt_BR") == check_text(text, "pt")
    assert factors_of("Registro de personas detenidas.", "es-MX") == {"issue_sensitivity"}
    assert check_text("A real-time registry.", "fr") == check_text("A real-time registry.", "en")


def test_empty_text_has_no_findings() -> None:
    assert check_text("") == []
    assert check_text("   \n\n  ", "es") == []


def test_to_json_has_exactly_the_cli_keys() -> None:
    finding = check_text("A real-time registry.")[0]
    data = finding.to_json()
    assert set(data) == {"factor", "severity", "phrase", "start", "end", "message"}
    assert data["phrase"] == "real-time" and json.dumps(data)


# --------------------------------------------------------------------------- structural checks

PLAN_START, PLAN_END = date(2013, 11, 1), date(2015, 10, 31)
GOOD_MILESTONE = Milestone(
    "Publish the quarterly highway dataset on the open data portal", date(2014, 1, 1), date(2014, 6, 30)
)


def fields(**overrides: object) -> CommitmentFields:
    base: dict[str, object] = {
        "title": "Highway Open Data",
        "status_quo": "Highway data is published as PDF tables once a year.",
        "draft_text": NEUTRAL[0][1],
        "lead_agency": "Ministry of Communications and Transport",
        "milestones": (GOOD_MILESTONE,),
    }
    base.update(overrides)
    return CommitmentFields(**base)  # type: ignore[arg-type]


def structural_ids(findings: list[Finding]) -> list[str]:
    return [f.rule_id.removeprefix("structure.") for f in findings if f.structural]


def test_a_well_drafted_commitment_has_no_structural_findings() -> None:
    findings = check_commitment(fields(), PLAN_START, PLAN_END)
    assert structural_ids(findings) == []
    assert is_verifiable(findings)


@pytest.mark.parametrize(
    ("overrides", "expected", "verifiable"),
    [
        ({"lead_agency": "  "}, "no_lead_agency", False),
        ({"milestones": ()}, "no_milestone", False),
        ({"milestones": (Milestone("Publish the dataset", None, None),)}, "milestone_undated", False),
        (
            {"milestones": (Milestone("Publish the dataset", date(2014, 1, 1), None),)},
            "milestone_undated",
            False,
        ),
        (
            {"milestones": (Milestone("Publish the report", date(2015, 6, 1), date(2016, 3, 1)),)},
            "milestone_outside_plan",
            False,
        ),
        (
            {"milestones": (Milestone("Publish the report", date(2013, 1, 1), date(2013, 6, 1)),)},
            "milestone_outside_plan",
            False,
        ),
        (
            {"milestones": (Milestone("Publish the report", date(2014, 6, 1), date(2014, 1, 1)),)},
            "milestone_outside_plan",
            False,
        ),
        (
            {"milestones": (Milestone("Strengthen the registry", date(2014, 1, 1), date(2014, 6, 1)),)},
            "milestone_not_verifiable",
            False,
        ),
        (
            {"milestones": (Milestone("Meetings with stakeholders", date(2014, 1, 1), date(2014, 6, 1)),)},
            "milestone_not_verifiable",
            False,
        ),
        ({"status_quo": ""}, "no_baseline", True),
    ],
)
def test_structural_gaps(overrides: dict[str, object], expected: str, verifiable: bool) -> None:
    findings = check_structure(fields(**overrides), PLAN_START, PLAN_END)
    assert structural_ids(findings) == [expected]
    finding = findings[0]
    assert finding.factor == DRAFTING and (finding.start, finding.end) == (-1, -1)
    milestones = overrides.get("milestones")
    assert finding.phrase == (milestones[0].output if milestones else "")  # type: ignore[index]
    assert is_verifiable(findings) is verifiable


def test_milestone_dates_are_not_checked_without_a_plan_period() -> None:
    late = Milestone("Publish the report", date(2030, 1, 1), date(2030, 6, 1))
    assert structural_ids(check_structure(fields(milestones=(late,)))) == []


@pytest.mark.parametrize(
    ("language", "output", "verifiable"),
    [
        ("en", "Quarterly report published", True),
        ("en", "Publish a report on actions to strengthen transparency", True),
        ("en", "Improve the quality of the dataset", False),
        ("en", "Promote open data", False),
        ("es", "Publicación del conjunto de datos en el portal", True),
        ("es", "Ley de datos abiertos aprobada", True),
        ("es", "Mesas de trabajo para fortalecer la transparencia", False),
        ("es", "Fortalecer el registro", False),
        ("pt", "Relatório trimestral publicado", True),
        ("pt", "Nova base de dados disponível", True),
        ("pt", "Fortalecer a transparência", False),
        ("pt", "Aprimorar o cadastro", False),
    ],
)
def test_verifiable_product_heuristic(language: str, output: str, verifiable: bool) -> None:
    assert has_verifiable_product(output, language) is verifiable


def test_structural_messages_come_in_the_commitments_language() -> None:
    en = check_structure(fields(lead_agency="", language="en"))[0]
    es = check_structure(fields(lead_agency="", language="es"))[0]
    pt = check_structure(fields(lead_agency="", language="pt_BR"))[0]
    assert en.rule_id == es.rule_id == pt.rule_id == "structure.no_lead_agency"
    assert len({en.message, es.message, pt.message}) == 3
    assert "dependencia" in es.message.lower() and "órgão" in pt.message.lower()


def test_check_commitment_combines_text_and_structure() -> None:
    draft = "Registro de personas detenidas en tiempo real con estados y municipios."
    commitment = fields(draft_text=draft, language="es", lead_agency="", title="Detenciones en tiempo real")
    findings = check_commitment(commitment, PLAN_START, PLAN_END)
    assert findings[0].rule_id == "structure.no_lead_agency"
    text_findings = [f for f in findings if not f.structural]
    assert {f.factor for f in text_findings} == {
        "issue_sensitivity",
        "data_availability",
        "constitutional_limits",
    }
    assert all(draft[f.start : f.end] == f.phrase for f in text_findings)
    assert not is_verifiable(findings)
    # An explicit language wins over the revision's.
    assert check_commitment(commitment, language="en")[0].message != findings[0].message


def test_findings_by_factor_counts_every_key() -> None:
    findings = check_text("Fortalecer el registro en tiempo real de detenidos y desaparecidos.", "es")
    counts = findings_by_factor(findings)
    assert set(counts) == {*FACTOR_KEYS, DRAFTING}
    assert counts["issue_sensitivity"] == 2
    assert counts["data_availability"] == 1 and counts[DRAFTING] == 1 and counts["budget"] == 0
    assert sum(counts.values()) == len(findings)


def test_is_verifiable_ignores_text_findings() -> None:
    assert is_verifiable(check_text("Promote and strengthen participation."))
    assert is_verifiable([])


# --------------------------------------------------------------------------- rule files


@pytest.mark.parametrize("language", LANGUAGES)
def test_shipped_rule_files_are_complete(language: str) -> None:
    rules = load_rules(language)
    assert rules.language == language
    assert set(rules.structural) == set(STRUCTURAL_KEYS)
    data = json.loads(resource_path("wording", f"{language}.json").read_text(encoding="utf-8"))
    assert next(iter(data)) == "_doc"
    assert {r.factor for r in rules.rules} >= {
        "data_availability",
        "constitutional_limits",
        "issue_sensitivity",
        "budget",
        "political_will",
        DRAFTING,
    }
    assert [r.id for r in rules.rules] == [r.id for r in load_rules("en").rules]


def test_load_rules_is_cached() -> None:
    assert load_rules("es") is load_rules("es-MX")


def write_rules(tmp_path: Path, rule: dict[str, object], name: str = "xx.json") -> Path:
    data = json.loads(resource_path("wording", "en.json").read_text(encoding="utf-8"))
    data["rules"].append(rule)
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("rule", "problem"),
    [
        (
            {"id": "bad_factor", "factor": "weather", "severity": "low", "message": "m", "patterns": ["x"]},
            "factor",
        ),
        (
            {"id": "bad_severity", "factor": "budget", "severity": "huge", "message": "m", "patterns": ["x"]},
            "severity",
        ),
        (
            {
                "id": "bad_pattern",
                "factor": "budget",
                "severity": "low",
                "message": "m",
                "patterns": ["a (b"],
            },
            "bad word",
        ),
        (
            {"id": "no_patterns", "factor": "budget", "severity": "low", "message": "m", "patterns": []},
            "patterns",
        ),
        ({"id": "no_message", "factor": "budget", "severity": "low", "patterns": ["x"]}, "message"),
        (
            {
                "id": "bad_unless",
                "factor": "budget",
                "severity": "low",
                "message": "m",
                "patterns": ["x"],
                "unless": ["y?"],
            },
            "unless",
        ),
        (
            {"id": "realtime_data", "factor": "budget", "severity": "low", "message": "m", "patterns": ["x"]},
            "duplicate",
        ),
    ],
)
def test_malformed_rule_files_name_the_file_and_rule(
    tmp_path: Path, rule: dict[str, object], problem: str
) -> None:
    path = write_rules(tmp_path, rule)
    with pytest.raises(WordingRulesError) as caught:
        load_rule_file(path)
    message = str(caught.value)
    assert "xx.json" in message and repr(rule["id"]) in message and problem in message
    assert caught.value.rule_id == rule["id"]
    assert isinstance(caught.value, ValueError)


def test_invalid_json_is_a_wording_rules_error(tmp_path: Path) -> None:
    path = tmp_path / "es.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(WordingRulesError, match=re.escape("es.json")):
        load_rule_file(path)


def test_rules_are_data_a_resources_override_is_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "wording").mkdir()
    write_rules(
        tmp_path,
        {
            "id": "custom",
            "factor": "cso_cooperation",
            "severity": "low",
            "message": "Ask the CSOs.",
            "patterns": ["mesa* de dialogo"],
        },
        name="wording/en.json",
    )
    monkeypatch.setenv("FEASIBILITY_RESOURCES", str(tmp_path))
    try:
        finding = finding_for(
            "Two mesas de diálogo per year.", "es", "cso_cooperation"
        )  # es falls back to en
        assert finding.phrase == "mesas de diálogo" and finding.message == "Ask the CSOs."
    finally:
        monkeypatch.delenv("FEASIBILITY_RESOURCES")
        clear_cache()


# --------------------------------------------------------------------------- robustness and speed

WORDS = [
    "real",
    "time",
    "tiempo",
    "REAL",
    "detenidas",
    "estados",
    "y",
    "municipios",
    "Poder",
    "Judicial",
    "ya",
    "publica",
    "state",
    "and",
    "local",
    "Publicación",
    "ção",
    "e\u0301",
    "\u0301",
    "ß",
    "ﬁ",
    "İ",
    "\n",
    " ",
    ".",
    "-",
    "\ud800",
    "😀",
    "nova",
    "base",
    "de",
    "dados",
    "_",
    "*",
    "|",
    "?",
]


def assert_valid(text: str, findings: list[Finding]) -> None:
    for f in findings:
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start : f.end] == f.phrase
        assert f.severity in SEVERITIES


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=st.text(alphabet=st.characters(blacklist_categories=())),
    language=st.sampled_from(["en", "es", "pt", "pt_BR", "es-MX", "xx", ""]),
)
def test_check_text_never_raises_on_any_string(text: str, language: str) -> None:
    assert_valid(text, check_text(text, language))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    parts=st.lists(st.sampled_from(WORDS), max_size=40),
    language=st.sampled_from(["en", "es", "pt"]),
)
def test_spans_stay_exact_in_tricky_texts(parts: list[str], language: str) -> None:
    text = " ".join(parts)
    assert_valid(text, check_text(text, language))


def test_huge_input_does_not_raise() -> None:
    text = ("Registro en tiempo real de detenidos. " * 20_000) + "ß" + "\u0301" * 1000
    findings = check_text(text, "es")
    assert len(findings) == 40_000
    assert_valid(text, findings[-3:])


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_fast_scan_finds_what_running_every_rule_finds(language: str) -> None:
    from dataclasses import replace

    from feasibility_app.domain.wording import _scan

    text = " ".join(row[1] for row in PHRASES + NEUTRAL) + "\nEstados e\nmunicípios, state-level\n\ncourts."
    rules = load_rules(language)
    assert rules.dispatcher is not None
    assert _scan(text, rules) == _scan(text, replace(rules, fast_scan=False))
