"""Wording rule files: their pattern syntax, validation, compilation and cache.

The rules are data (``resources/wording/<lang>.json``), not code, so a secretariat can
add its own country's red flags without a release. This module reads and compiles
them; ``wording`` runs them over a draft. Pure Python (no Qt, no SQL).
"""

from __future__ import annotations

import json
import re
import threading
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from ..paths import resource_path
from .factors import DEFAULT_LANGUAGE, FACTOR_KEYS, GOVERNMENT_LEVELS, canonical_language
from .word_trie import first_word_regex

DRAFTING = "drafting"
FINDING_FACTORS: tuple[str, ...] = (*FACTOR_KEYS, DRAFTING)
SEVERITIES: tuple[str, ...] = ("low", "medium", "high")
_SEVERITY_RANK = {name: i + 1 for i, name in enumerate(SEVERITIES)}
STRUCTURAL_PREFIX = "structure."
STRUCTURAL_KEYS: tuple[str, ...] = (
    "no_lead_agency",
    "no_milestone",
    "milestone_undated",
    "milestone_outside_plan",
    "milestone_not_verifiable",
    "no_baseline",
)



def severity_rank(severity: str) -> int:
    """1 (low) .. 3 (high); 0 for anything unknown, so comparisons never raise."""
    return _SEVERITY_RANK.get(severity, 0)


class WordingRulesError(ValueError):
    """A rule file that cannot be used; names the file and the rule so it can be fixed."""

    def __init__(self, file: str, rule_id: str | None, problem: str) -> None:
        self.file = file
        self.rule_id = rule_id
        self.problem = problem
        where = f"{file}: rule {rule_id!r}" if rule_id else file
        super().__init__(f"{where}: {problem}")


def _fold(text: str) -> str:
    """Accent- and case-free form of a pattern or a word (not offset-preserving)."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))



# --------------------------------------------------------------------------- pattern syntax

# Between two words: whitespace, line breaks, hyphens, slashes, commas, brackets... but not
# a sentence end, and not too much of it, so a phrase stays a phrase.
_SEPARATOR = r"[^\w.!?;]{1,8}"
_ALT_RE = re.compile(r"^\w+\*?$")
_WORD_START = r"(?<!\w)"  # a pattern starts a word


def _tokens(pattern: str) -> list[str]:
    """A data-file pattern's words, folded like the text (hyphens separate words)."""
    return _fold(pattern).replace("-", " ").split()


def _alternatives(token: str) -> list[tuple[str, bool]]:
    """The words of one token ``a|stem*`` as (word, is a stem), each checked."""
    out = []
    for alt in token.split("|"):
        if not _ALT_RE.match(alt):
            raise ValueError(f"bad word {alt!r} in {token!r} (letters/digits, optional trailing *)")
        out.append((alt.rstrip("*"), alt.endswith("*")))
    return out


def _compile_token(token: str) -> str:
    if token == "_":
        return r"\w+"
    alternatives = [re.escape(word) + (r"\w*" if stem else "") for word, stem in _alternatives(token)]
    return "(?:" + "|".join(alternatives) + ")" if len(alternatives) > 1 else alternatives[0]


def pattern_regex(pattern: str) -> str:
    """The regex source of one data-file pattern (see the ``_doc`` of each rule file).

    Words are separated by spaces; ``stem*`` takes any suffix; ``a|b`` is either word;
    ``word?`` is optional; ``_`` is any one word (``_?`` optionally). Words match on word
    boundaries and may be joined in the text by spaces, line breaks, hyphens or slashes.
    Patterns are folded like the text, so "publicación" and "publicacion" are the same.
    """
    tokens = _tokens(pattern)
    if not tokens:
        raise ValueError("empty pattern")
    parts: list[str] = []
    for position, token in enumerate(tokens):
        optional = token.endswith("?") and len(token) > 1
        if optional:
            token = token[:-1]
        body = _compile_token(token)
        if position == 0:
            if optional:
                raise ValueError(f"the first word of {pattern!r} cannot be optional")
            parts.append(body)
        elif optional:
            parts.append(f"(?:{_SEPARATOR}{body})?")
        else:
            parts.append(f"{_SEPARATOR}{body}")
    return _WORD_START + "".join(parts) + r"(?!\w)"


def compile_patterns(patterns: Sequence[str]) -> re.Pattern[str]:
    """One regex for a list of patterns; longer patterns first so the fuller phrase wins.

    The patterns' shared "not inside a word" test is written once, before the alternation:
    a ``search`` then rejects a position inside a word once, not once per pattern (an
    exception list searched through a sentence ran 3-4 times slower)."""
    ordered = sorted(patterns, key=lambda p: -len(p.split()))
    bodies = "|".join(f"(?:{pattern_regex(p)[len(_WORD_START):]})" for p in ordered)
    return re.compile(f"{_WORD_START}(?:{bodies})")


# --------------------------------------------------------------------------- rule sets


# Regexes are compiled when first used. Loading a language validates every pattern (cheap
# string work) but compiling its ~170 rules costs 50 ms; a report or a short check needs
# only the rules whose first word occurs in the text, and structural messages need none.


def _lazy_patterns(patterns: Sequence[str]) -> re.Pattern[str] | None:
    return compile_patterns(patterns) if patterns else None


@dataclass(frozen=True)
class Effect:
    """One factor a rule's phrase threatens, with its own severity and question."""

    factor: str
    severity: str
    message: str


@dataclass(frozen=True)
class Rule:
    """A family of phrases; its first factor comes first, ``also`` adds others.

    ``levels`` names the levels of government the phrases speak of: the rule is
    skipped when they are all the lead agency's own level (a state agency's
    "state registry" is within its remit).
    """

    id: str
    factor: str
    severity: str
    message: str
    patterns: tuple[str, ...]
    unless_patterns: tuple[str, ...] = ()  # in the same sentence: no finding
    lower_if_patterns: tuple[str, ...] = ()  # in the same sentence: severity drops to low
    also: tuple[Effect, ...] = ()
    levels: frozenset[str] = frozenset()

    @cached_property
    def effects(self) -> tuple[Effect, ...]:
        return (Effect(self.factor, self.severity, self.message), *self.also)

    def applies_to(self, level: str | None) -> bool:
        """False when every level the rule names is the lead agency's own."""
        return not self.levels or level is None or not self.levels <= {level}

    @cached_property
    def regex(self) -> re.Pattern[str]:
        return compile_patterns(self.patterns)

    @cached_property
    def unless(self) -> re.Pattern[str] | None:
        return _lazy_patterns(self.unless_patterns)

    @cached_property
    def lower_if(self) -> re.Pattern[str] | None:
        return _lazy_patterns(self.lower_if_patterns)


@dataclass(frozen=True)
class StructuralRule:
    id: str
    severity: str
    message: str


@dataclass(frozen=True)
class RuleSet:
    """One language's compiled rules (cached by ``load_rules``)."""

    language: str
    source: str
    rules: tuple[Rule, ...]
    structural: Mapping[str, StructuralRule]
    product_noun_patterns: tuple[str, ...]
    vague_verb_patterns: tuple[str, ...]
    fast_scan: bool = field(default=True, compare=False)  # False: run every rule (tests compare)

    @cached_property
    def product_nouns(self) -> re.Pattern[str]:
        return compile_patterns(self.product_noun_patterns)

    @cached_property
    def vague_verbs(self) -> re.Pattern[str]:
        return compile_patterns(self.vague_verb_patterns)

    @cached_property
    def dispatcher(self) -> _Dispatcher | None:
        return _Dispatcher.build(self.rules) if self.fast_scan else None

    @cached_property
    def messages(self) -> dict[tuple[str, str], str]:
        """(rule id, factor) -> question, to show a finding in this language."""
        table = {(r.id, e.factor): e.message for r in self.rules for e in r.effects}
        table.update({(s.id, DRAFTING): s.message for s in self.structural.values()})
        return table


def _require(cond: bool, file: str, rule_id: str | None, problem: str) -> None:
    if not cond:
        raise WordingRulesError(file, rule_id, problem)


def _pattern_list(value: Any, file: str, rule_id: str, key: str) -> tuple[str, ...]:
    _require(
        isinstance(value, list) and bool(value) and all(isinstance(p, str) and p.strip() for p in value),
        file,
        rule_id,
        f"{key!r} must be a non-empty list of non-empty strings",
    )
    return tuple(value)


def _checked(patterns: tuple[str, ...], file: str, rule_id: str, key: str) -> tuple[str, ...]:
    """The patterns, once each has a regex source: what compiling them later cannot fail on
    (every word is checked and escaped by ``pattern_regex``)."""
    try:
        for pattern in patterns:
            pattern_regex(pattern)
    except ValueError as exc:
        raise WordingRulesError(file, rule_id, f"{key}: {exc}") from None
    return patterns


def _also(value: Any, factor: str, file: str, rule_id: str) -> tuple[Effect, ...]:
    """The further factors one phrase names, each with its own severity and question."""
    _require(isinstance(value, list), file, rule_id, "'also' must be a list of objects")
    effects: list[Effect] = []
    seen = {factor}
    for item in value:
        _require(
            isinstance(item, dict) and set(item) <= {"factor", "severity", "message"},
            file,
            rule_id,
            "each 'also' entry must be an object with factor, severity and message",
        )
        extra = item.get("factor")
        allowed = ", ".join(FINDING_FACTORS)
        _require(extra in FINDING_FACTORS, file, rule_id, f"'also' factor must be one of {allowed}")
        _require(extra not in seen, file, rule_id, f"factor {extra!r} named twice")
        seen.add(extra)
        severity = item.get("severity")
        _require(severity in SEVERITIES, file, rule_id, f"'severity' must be one of {', '.join(SEVERITIES)}")
        message = item.get("message")
        _require(isinstance(message, str) and bool(message.strip()), file, rule_id, "'also' lacks a message")
        effects.append(Effect(extra, severity, message.strip()))
    return tuple(effects)


def _levels(value: Any, file: str, rule_id: str) -> frozenset[str]:
    _require(
        isinstance(value, list) and all(v in GOVERNMENT_LEVELS for v in value),
        file,
        rule_id,
        f"'levels' must be a list of {', '.join(GOVERNMENT_LEVELS)}",
    )
    return frozenset(value)


def parse_rules(data: Any, language: str, source: str = "<rules>") -> RuleSet:
    """Validate and compile a decoded rule file; WordingRulesError names what is wrong."""
    file = Path(source).name
    _require(isinstance(data, dict), file, None, "the file must hold a JSON object")
    raw_rules = data.get("rules")
    _require(isinstance(raw_rules, list) and bool(raw_rules), file, None, "'rules' must be a non-empty list")
    rules: list[Rule] = []
    seen: set[str] = set()
    for index, raw in enumerate(raw_rules):
        rule_id = raw.get("id") if isinstance(raw, dict) else None
        label = rule_id if isinstance(rule_id, str) and rule_id else f"#{index + 1}"
        _require(isinstance(raw, dict), file, label, "a rule must be a JSON object")
        _require(isinstance(rule_id, str) and bool(rule_id.strip()), file, label, "missing 'id'")
        assert isinstance(rule_id, str)  # for the type checker: _require raised otherwise
        _require(rule_id not in seen, file, label, "duplicate id")
        _require(
            not rule_id.startswith(STRUCTURAL_PREFIX),
            file,
            label,
            f"ids starting {STRUCTURAL_PREFIX!r} are reserved",
        )
        seen.add(rule_id)
        factor = raw.get("factor")
        _require(
            factor in FINDING_FACTORS, file, label, f"'factor' must be one of {', '.join(FINDING_FACTORS)}"
        )
        severity = raw.get("severity")
        _require(severity in SEVERITIES, file, label, f"'severity' must be one of {', '.join(SEVERITIES)}")
        message = raw.get("message")
        _require(isinstance(message, str) and bool(message.strip()), file, label, "missing 'message'")
        unknown = set(raw) - {
            "id",
            "factor",
            "severity",
            "message",
            "patterns",
            "unless",
            "lower_if",
            "also",
            "levels",
            "_note",
        }
        _require(not unknown, file, label, f"unknown keys: {', '.join(sorted(unknown))}")
        exceptions = {
            key: _checked(_pattern_list(raw[key], file, label, key), file, label, key)
            for key in ("unless", "lower_if")
            if key in raw
        }
        rules.append(
            Rule(
                id=rule_id,
                factor=factor,
                severity=severity,
                message=message.strip(),
                patterns=_checked(
                    _pattern_list(raw.get("patterns"), file, label, "patterns"), file, label, "patterns"
                ),
                unless_patterns=exceptions.get("unless", ()),
                lower_if_patterns=exceptions.get("lower_if", ()),
                also=_also(raw.get("also", []), factor, file, label),
                levels=_levels(raw.get("levels", []), file, label),
            )
        )

    structural_raw = data.get("structural")
    _require(isinstance(structural_raw, dict), file, None, "'structural' must be an object")
    structural: dict[str, StructuralRule] = {}
    for key in STRUCTURAL_KEYS:
        raw = structural_raw.get(key)
        rule_id = STRUCTURAL_PREFIX + key
        _require(isinstance(raw, dict), file, rule_id, "missing structural check")
        severity = raw.get("severity")
        _require(severity in SEVERITIES, file, rule_id, f"'severity' must be one of {', '.join(SEVERITIES)}")
        message = raw.get("message")
        _require(isinstance(message, str) and bool(message.strip()), file, rule_id, "missing 'message'")
        structural[key] = StructuralRule(rule_id, severity, message.strip())
    nouns_id = STRUCTURAL_PREFIX + "product_nouns"
    verbs_id = STRUCTURAL_PREFIX + "vague_verbs"
    product_nouns = _checked(
        _pattern_list(structural_raw.get("product_nouns"), file, nouns_id, "product_nouns"),
        file,
        nouns_id,
        "product_nouns",
    )
    vague_verbs = _checked(
        _pattern_list(structural_raw.get("vague_verbs"), file, verbs_id, "vague_verbs"),
        file,
        verbs_id,
        "vague_verbs",
    )
    return RuleSet(
        language=language,
        source=str(source),
        rules=tuple(rules),
        structural=structural,
        product_noun_patterns=product_nouns,
        vague_verb_patterns=vague_verbs,
    )


def _first_words(pattern: str) -> tuple[list[str], list[str]] | None:
    """The words a pattern can start with, as (whole words, stems), or None when any word can."""
    first = _tokens(pattern)[0]
    if first == "_":
        return None
    alternatives = _alternatives(first)
    return [w for w, stem in alternatives if not stem], [w for w, stem in alternatives if stem]


class _Dispatcher:
    """Finds where rules can start with one scan, and which rules to try there.

    Running every rule over a 20-page draft costs hundreds of milliseconds; scanning
    the words once, then trying only the rules whose first word a word is (cached per
    word, an empty tuple for most), keeps a long draft within the editor's budget.
    The scan finds only the words that start a rule: the rules' first words as a trie
    regex (``word_trie``), so the words that start none are skipped in C. Which rules a
    word starts is set arithmetic on the rules' first words (no regex per rule), so a
    rule is compiled only when its first word occurs.
    """

    _CACHE_LIMIT = 50_000

    def __init__(
        self, rules: Sequence[Rule], starts: Sequence[tuple[frozenset[str], tuple[str, ...]]]
    ) -> None:
        self.rules = tuple(rules)
        self._starts = tuple(starts)
        self.scan = first_word_regex(
            {w for words, _ in self._starts for w in words}, {s for _, stems in self._starts for s in stems}
        )
        self._by_word: dict[str, tuple[Rule, ...]] = {}

    def known_words(self) -> dict[str, tuple[Rule, ...]]:
        """The words already looked up, with their rules (read-only for callers)."""
        return self._by_word

    def rules_for(self, word: str) -> tuple[Rule, ...]:
        """The rules that may start at `word`, a whole word of the scan (word characters only)."""
        found = self._by_word.get(word)
        if found is None:
            found = tuple(
                rule
                for rule, (words, stems) in zip(self.rules, self._starts, strict=True)
                if word in words or word.startswith(stems)
            )
            if len(self._by_word) < self._CACHE_LIMIT:
                self._by_word[word] = found
        return found

    @classmethod
    def build(cls, rules: Sequence[Rule]) -> _Dispatcher | None:
        starts = []
        for rule in rules:
            words: set[str] = set()
            stems: set[str] = set()
            for pattern in rule.patterns:
                first = _first_words(pattern)
                if first is None:
                    return None  # a rule may start anywhere: scan with every rule instead
                words.update(first[0])
                stems.update(first[1])
            starts.append((frozenset(words), tuple(sorted(stems))))
        return cls(rules, starts)


def load_rule_file(path: str | Path, language: str | None = None) -> RuleSet:
    """Read, validate and compile one rule file (uncached; ``load_rules`` caches)."""
    path = Path(path)
    lang = language or canonical_language(path.stem)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise WordingRulesError(path.name, None, f"cannot read: {exc.strerror or exc}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise WordingRulesError(path.name, None, f"not valid JSON: {exc}") from None
    return parse_rules(data, lang, str(path))


_LOAD_LOCK = threading.Lock()


@lru_cache(maxsize=16)
def _cached_rules(path: str, language: str) -> RuleSet:
    return load_rule_file(path, language)


def load_rules(language: str | None = DEFAULT_LANGUAGE) -> RuleSet:
    """The compiled rules of a language (cached); unknown languages, or a missing file, use English."""
    lang = canonical_language(language)
    path = resource_path("wording", f"{lang}.json")
    if not path.is_file() and lang != DEFAULT_LANGUAGE:
        lang = DEFAULT_LANGUAGE
        path = resource_path("wording", f"{lang}.json")
    with _LOAD_LOCK:
        return _cached_rules(str(path), lang)


def clear_cache() -> None:
    """Forget compiled rule files (after editing them, or in tests)."""
    _cached_rules.cache_clear()
