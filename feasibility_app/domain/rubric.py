"""The assessment rubric: translated labels, guiding questions and anchored level descriptions.

The texts live in `resources/rubric/<lang>.json` (en, es, pt) so translators can edit them
without touching code; this module loads and validates them, and answers "what is this key
called in this language?" for the UI, the CLI and the reports.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any

from feasibility_app.domain.factors import (
    FACTOR_KEYS,
    RISK_LEVELS,
    Evidence,
    Level,
    OGValue,
    Potential,
    Role,
    Status,
    canonical_language,
)
from feasibility_app.paths import resource_path, resources_dir

DEFAULT_LANGUAGE = "en"

QUADRANT_KEYS: tuple[str, ...] = ("target", "ambitious_risky", "trivial", "weak_risky", "unscored")

# Label tables every rubric file must carry, with the keys each must contain.
_TABLES: dict[str, tuple[str, ...]] = {
    "levels": tuple(level.value for level in Level),
    "evidence": tuple(e.value for e in Evidence),
    "roles": tuple(r.value for r in Role),
    "potential": tuple(p.value for p in Potential),
    "potential_help": tuple(p.value for p in Potential),
    "og_values": tuple(v.value for v in OGValue),
    "status": tuple(s.value for s in Status),
    "quadrants": QUADRANT_KEYS,
}
_FACTOR_TEXTS: tuple[str, ...] = ("label", "short", "question", "source")
_LEVEL_KEYS: tuple[str, ...] = tuple(level.value for level in RISK_LEVELS)


class RubricError(ValueError):
    """A rubric file is missing, unreadable or incomplete; the message names the file and key."""


@dataclass(frozen=True)
class FactorRubric:
    """One factor's texts in one language: what to ask, and what each risk level looks like."""

    key: str
    label: str
    short: str
    question: str
    levels: dict[str, str]  # what each level means, for any commitment
    ask: tuple[str, ...]
    source: str
    examples: dict[str, str] = field(default_factory=dict)  # the case study's example, per level


@dataclass(frozen=True)
class Rubric:
    """All the rubric's texts in one language. Shared and cached: treat as read-only."""

    language: str
    source: str
    factors: dict[str, FactorRubric]
    levels: dict[str, str]
    evidence: dict[str, str]
    roles: dict[str, str]
    potential: dict[str, str]
    potential_help_texts: dict[str, str]
    og_values: dict[str, str]
    status: dict[str, str]
    quadrants: dict[str, str]
    case_study_prefix: str = "In the case study:"

    def factor(self, key: str) -> FactorRubric:
        try:
            return self.factors[key]
        except KeyError:
            raise KeyError(f"unknown factor {key!r} (expected one of: {', '.join(FACTOR_KEYS)})") from None

    def factor_label(self, key: str) -> str:
        return self.factor(key).label

    def short_label(self, key: str) -> str:
        """The label for a small UI card (at most 14 characters)."""
        return self.factor(key).short

    def question(self, key: str) -> str:
        return self.factor(key).question

    def anchor(self, key: str, level: Level | str) -> str:
        """The anchored description of `level` for factor `key`: its meaning, then the case
        study's example set apart ("In the case study: …"); empty for not_assessed."""
        meaning = self.meaning(key, level)
        example = self.example(key, level)
        return f"{meaning} {self.case_study_prefix} {example}" if example else meaning

    def meaning(self, key: str, level: Level | str) -> str:
        """What `level` means for factor `key`, for any commitment (no case-study facts)."""
        value = _value(level)
        if value == Level.NOT_ASSESSED.value:
            return ""
        return _lookup(self.factor(key).levels, value, f"level of {key}")

    def example(self, key: str, level: Level | str) -> str:
        """The case study's example of `level` for factor `key` ("" when it gives none)."""
        return self.factor(key).examples.get(_value(level), "")

    def level_label(self, level: Level | str) -> str:
        return _lookup(self.levels, _value(level), "level")

    def evidence_label(self, ev: Evidence | str) -> str:
        return _lookup(self.evidence, _value(ev), "evidence")

    def role_label(self, role: Role | str) -> str:
        return _lookup(self.roles, _value(role), "role")

    def potential_label(self, p: Potential | str) -> str:
        return _lookup(self.potential, _value(p), "potential")

    def potential_help(self, p: Potential | str) -> str:
        """What a potential level means, in IRM's terms (shown beside the choice)."""
        return _lookup(self.potential_help_texts, _value(p), "potential")

    def value_label(self, v: OGValue | str) -> str:
        return _lookup(self.og_values, _value(v), "open-government value")

    def status_label(self, s: Status | str) -> str:
        return _lookup(self.status, _value(s), "status")

    def quadrant_label(self, q: str) -> str:
        return _lookup(self.quadrants, _value(q), "quadrant")


def normalize_language(language: str | None) -> str:
    """'pt_BR', 'pt-BR', 'es_MX' -> 'pt', 'es'; anything unknown -> 'en', so the UI always has texts."""
    return canonical_language(language)


def load_rubric(language: str = DEFAULT_LANGUAGE) -> Rubric:
    """The validated rubric for `language` (falls back to English for an unknown code).

    Cached per language and resources folder, so a changed FEASIBILITY_RESOURCES is honoured.
    """
    return _load_cached(normalize_language(language), str(resources_dir()))


def clear_rubric_cache() -> None:
    """Forget loaded rubrics (for tests, or after the files were edited)."""
    _load_cached.cache_clear()


@functools.lru_cache(maxsize=16)
def _load_cached(language: str, _resources: str) -> Rubric:
    return _load_file(resource_path("rubric", f"{language}.json"), language)


def _load_file(path: Path, language: str) -> Rubric:
    try:
        with path.open(encoding="utf-8") as fh:
            data = json.load(fh)
    except FileNotFoundError:
        raise RubricError(f"rubric file {path} not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise RubricError(f"rubric file {path} cannot be read: {exc}") from None
    except json.JSONDecodeError as exc:
        raise RubricError(f"rubric file {path} is not valid JSON: {exc}") from None
    return _parse(data, path, language)


def _parse(data: Any, path: Path, language: str) -> Rubric:
    def fail(what: str) -> RubricError:
        return RubricError(f"rubric file {path}: {what}")

    def obj(parent: Any, key: str, where: str) -> dict[str, Any]:
        if key not in parent:
            raise fail(f"missing key '{where}'")
        value = parent[key]
        if not isinstance(value, dict):
            raise fail(f"'{where}' must be an object")
        return value

    def text(parent: dict[str, Any], key: str, where: str) -> str:
        if key not in parent:
            raise fail(f"missing key '{where}'")
        value = parent[key]
        if not isinstance(value, str) or not value.strip():
            raise fail(f"'{where}' must be a non-empty string")
        return value

    def table(parent: dict[str, Any], name: str, keys: tuple[str, ...], where: str) -> dict[str, str]:
        found = obj(parent, name, where)
        return {k: text(found, k, f"{where}.{k}") for k in keys}

    if not isinstance(data, dict):
        raise fail("the top level must be an object")
    declared = text(data, "language", "language")
    if declared != language:
        raise fail(f"'language' is {declared!r} but the file is for {language!r}")
    tables = {name: table(data, name, keys, name) for name, keys in _TABLES.items()}

    raw_factors = obj(data, "factors", "factors")
    unknown = sorted(set(raw_factors) - set(FACTOR_KEYS))
    if unknown:
        raise fail(f"unknown factor key(s) {', '.join(unknown)} in 'factors'")
    factors: dict[str, FactorRubric] = {}
    for key in FACTOR_KEYS:
        where = f"factors.{key}"
        raw = obj(raw_factors, key, where)
        texts = {name: text(raw, name, f"{where}.{name}") for name in _FACTOR_TEXTS}
        levels = table(raw, "levels", _LEVEL_KEYS, f"{where}.levels")
        if "ask" not in raw:
            raise fail(f"missing key '{where}.ask'")
        ask = raw["ask"]
        if not isinstance(ask, list) or not ask or not all(isinstance(q, str) and q.strip() for q in ask):
            raise fail(f"'{where}.ask' must be a non-empty list of questions")
        raw_examples = raw.get("examples", {})
        if not isinstance(raw_examples, dict) or set(raw_examples) - set(_LEVEL_KEYS):
            raise fail(f"'{where}.examples' must map risk levels to texts")
        examples = {lv: text(raw_examples, lv, f"{where}.examples.{lv}") for lv in raw_examples}
        factors[key] = FactorRubric(key=key, levels=levels, ask=tuple(ask), examples=examples, **texts)

    return Rubric(
        language=language,
        source=text(data, "source", "source"),
        factors=factors,
        levels=tables["levels"],
        evidence=tables["evidence"],
        roles=tables["roles"],
        potential=tables["potential"],
        potential_help_texts=tables["potential_help"],
        og_values=tables["og_values"],
        status=tables["status"],
        quadrants=tables["quadrants"],
        case_study_prefix=str(data.get("case_study_prefix") or "In the case study:"),
    )


def _value(item: Enum | str) -> str:
    return item.value if isinstance(item, Enum) else str(item)


def _lookup(labels: dict[str, str], key: str, what: str) -> str:
    try:
        return labels[key]
    except KeyError:
        raise KeyError(f"unknown {what} {key!r} (expected one of: {', '.join(labels)})") from None
