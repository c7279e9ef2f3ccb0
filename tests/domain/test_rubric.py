"""The rubric files: complete, translated, and loaded with clear errors when broken."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from feasibility_app.domain.factors import (
    FACTOR_KEYS,
    LANGUAGES,
    RISK_LEVELS,
    Evidence,
    Level,
    OGValue,
    Potential,
    Role,
    Status,
)
from feasibility_app.domain.rubric import (
    QUADRANT_KEYS,
    FactorRubric,
    Rubric,
    RubricError,
    clear_rubric_cache,
    load_rubric,
    normalize_language,
)
from feasibility_app.paths import resources_dir

# Proper names and citations may legitimately read the same in every language.
SAME_IN_ALL_LANGUAGES = {"source"}


@pytest.fixture(autouse=True)
def _fresh_cache():
    clear_rubric_cache()
    yield
    clear_rubric_cache()


def _raw(lang: str) -> dict:
    with (resources_dir() / "rubric" / f"{lang}.json").open(encoding="utf-8") as fh:
        return json.load(fh)


def _key_paths(node: object, prefix: str = "") -> set[str]:
    if isinstance(node, dict):
        paths: set[str] = set()
        for key, value in node.items():
            paths |= {f"{prefix}{key}"} | _key_paths(value, f"{prefix}{key}.")
        return paths
    return set()


def _strings(node: object, prefix: str = "") -> dict[str, str]:
    """Every string leaf by its path, list items by index."""
    if isinstance(node, dict):
        out: dict[str, str] = {}
        for key, value in node.items():
            out.update(_strings(value, f"{prefix}{key}."))
        return out
    if isinstance(node, list):
        out = {}
        for i, value in enumerate(node):
            out.update(_strings(value, f"{prefix}{i}."))
        return out
    return {prefix.rstrip("."): node} if isinstance(node, str) else {}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_loads_complete(lang: str) -> None:
    rubric = load_rubric(lang)
    assert isinstance(rubric, Rubric)
    assert rubric.language == lang
    assert "Gerson" in rubric.source
    assert tuple(rubric.factors) == FACTOR_KEYS
    for key in FACTOR_KEYS:
        factor = rubric.factors[key]
        assert isinstance(factor, FactorRubric)
        assert factor.key == key
        assert factor.label and factor.question.strip() and factor.source.strip()
        assert 0 < len(factor.short) <= 14, (lang, key, factor.short)
        assert 2 <= len(factor.ask) <= 4
        assert all(q.strip() for q in factor.ask)
        for level in RISK_LEVELS:
            assert rubric.anchor(key, level).strip()
            assert rubric.anchor(key, level.value) == rubric.anchor(key, level)
        assert "§V." in factor.source
    for level in Level:
        assert rubric.level_label(level) == rubric.level_label(level.value) != ""
    for ev in Evidence:
        assert rubric.evidence_label(ev)
    for role in Role:
        assert rubric.role_label(role)
    for p in Potential:
        assert rubric.potential_label(p) and rubric.potential_help(p)
    for v in OGValue:
        assert rubric.value_label(v)
    for s in Status:
        assert rubric.status_label(s)
    for q in QUADRANT_KEYS:
        assert rubric.quadrant_label(q)


def test_same_keys_in_every_language() -> None:
    reference = _key_paths(_raw("en"))
    for lang in LANGUAGES:
        assert _key_paths(_raw(lang)) == reference, lang
        assert {k: len(v["ask"]) for k, v in _raw(lang)["factors"].items()} == {
            k: len(v["ask"]) for k, v in _raw("en")["factors"].items()
        }, lang


def test_every_text_is_translated() -> None:
    texts = {lang: _strings(_raw(lang)) for lang in LANGUAGES}
    assert texts["en"].keys() == texts["es"].keys() == texts["pt"].keys()
    for path, english in texts["en"].items():
        assert english.strip(), path
        if path in SAME_IN_ALL_LANGUAGES or path == "language":
            continue
        values = {lang: texts[lang][path] for lang in LANGUAGES}
        assert all(v.strip() for v in values.values()), path
        # Short labels like "Moderado", "Verificado" may coincide in es and pt, never with English.
        assert values["es"] != english and values["pt"] != english, (path, values)
        if ".levels." in path or ".ask." in path or path.endswith(".question"):
            assert values["es"] != values["pt"], (path, values)


def test_anchors_cite_the_case_study() -> None:
    en = load_rubric("en")
    assert "state or municipal" in en.anchor("constitutional_limits", "high")
    assert "SCT" in en.anchor("constitutional_limits", Level.LOW)
    assert "real time" in en.anchor("data_availability", "critical")
    assert "Artículo 19" in en.anchor("cso_cooperation", "high")
    assert "Ayotzinapa" in en.anchor("issue_sensitivity", "critical")
    assert "creating data costs more" in en.anchor("budget", "high")
    assert "Murillo" in en.anchor("political_will", "critical")
    assert any("real-time" in q for q in en.factors["data_availability"].ask)


def test_spanish_and_portuguese_wording() -> None:
    es, pt = load_rubric("es"), load_rubric("pt")
    assert es.factor_label("data_availability") == "Disponibilidad de datos"
    assert es.factor_label("data_availability") != load_rubric("en").factor_label("data_availability")
    assert "datos" in es.anchor("data_availability", "low")
    assert es.level_label(Level.CRITICAL) == "Crítico"
    assert es.value_label(OGValue.ACCOUNTABILITY) == "Rendición de cuentas"
    assert es.question("constitutional_limits").startswith("¿")
    assert pt.factor_label("budget").startswith("Orçamento")
    assert pt.level_label("not_assessed") == "Não avaliado"
    assert pt.role_label(Role.SELF) == "Autoavaliação"
    assert "dados" in pt.anchor("data_availability", "low")


def test_not_assessed_has_no_anchor() -> None:
    for lang in LANGUAGES:
        rubric = load_rubric(lang)
        for key in FACTOR_KEYS:
            assert rubric.anchor(key, "not_assessed") == ""
            assert rubric.anchor(key, Level.NOT_ASSESSED) == ""


def test_unknown_keys_raise_clear_errors() -> None:
    en = load_rubric("en")
    with pytest.raises(KeyError, match="unknown factor 'jurisdiction'"):
        en.factor_label("jurisdiction")
    with pytest.raises(KeyError, match="unknown level 'severe'"):
        en.level_label("severe")


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("en", "en"),
        ("es", "es"),
        ("pt", "pt"),
        ("pt_BR", "pt"),
        ("pt-BR", "pt"),
        ("es_MX", "es"),
        ("ES", "es"),
        ("en_GB", "en"),
        ("fr", "en"),
        ("de_DE", "en"),
        ("", "en"),
    ],
)
def test_language_code_fallbacks(code: str, expected: str) -> None:
    assert normalize_language(code) == expected
    assert load_rubric(code).language == expected


def test_load_is_cached() -> None:
    assert load_rubric("pt_BR") is load_rubric("pt")
    assert load_rubric() is load_rubric("en")


@pytest.fixture
def resources_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    copy = tmp_path / "resources"
    shutil.copytree(resources_dir() / "rubric", copy / "rubric")
    monkeypatch.setenv("FEASIBILITY_RESOURCES", str(copy))
    return copy


def _rewrite(path: Path, edit) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    edit(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def test_missing_level_is_named(resources_copy: Path) -> None:
    es_file = resources_copy / "rubric" / "es.json"
    _rewrite(es_file, lambda d: d["factors"]["budget"]["levels"].pop("critical"))
    with pytest.raises(RubricError) as info:
        load_rubric("es")
    message = str(info.value)
    assert str(es_file) in message
    assert "factors.budget.levels.critical" in message
    assert load_rubric("en").language == "en"  # other files are unaffected


@pytest.mark.parametrize(
    ("edit", "missing"),
    [
        (lambda d: d["factors"].pop("political_will"), "factors.political_will"),
        (lambda d: d["evidence"].pop("assumed"), "evidence.assumed"),
        (lambda d: d["roles"].pop("guarantor"), "roles.guarantor"),
        (lambda d: d["potential"].pop("modest"), "potential.modest"),
        (lambda d: d["levels"].pop("not_assessed"), "levels.not_assessed"),
        (lambda d: d["factors"]["cso_cooperation"].pop("ask"), "factors.cso_cooperation.ask"),
    ],
)
def test_missing_keys_raise_rubric_error(resources_copy: Path, edit, missing: str) -> None:
    _rewrite(resources_copy / "rubric" / "pt.json", edit)
    with pytest.raises(RubricError, match=rf"pt\.json: missing key '{missing}'"):
        load_rubric("pt_BR")


def test_empty_text_and_bad_json_raise_rubric_error(resources_copy: Path) -> None:
    def blank(d: dict) -> None:
        d["factors"]["budget"]["question"] = "  "

    _rewrite(resources_copy / "rubric" / "en.json", blank)
    with pytest.raises(RubricError, match=r"factors\.budget\.question' must be a non-empty string"):
        load_rubric("en")

    (resources_copy / "rubric" / "es.json").write_text("{ not json", encoding="utf-8")
    with pytest.raises(RubricError, match=r"es\.json is not valid JSON"):
        load_rubric("es")


def test_missing_file_raises_rubric_error(resources_copy: Path) -> None:
    (resources_copy / "rubric" / "pt.json").unlink()
    with pytest.raises(RubricError, match=r"pt\.json not found"):
        load_rubric("pt")


def test_rubric_error_is_a_value_error() -> None:
    assert issubclass(RubricError, ValueError)
