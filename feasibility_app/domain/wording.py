"""Wording checks: the case study's failure patterns, found in a draft before it is signed.

The rules are data (``resources/wording/<lang>.json``), not code, so a secretariat can
add its own country's red flags without a release. This module only compiles and runs
them. It is pure Python (no Qt, no SQL) so the CLI ``check`` command, the editor's
highlighting and the reports all share one implementation.

Matching ignores case and accents (``DETENIDAS`` = ``detenidas``, ``publicará`` =
``publicara``) but every span points into the ORIGINAL text, so the UI can highlight it.
"""

from __future__ import annotations

import json
import re
import threading
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from ..paths import resource_path
from .factors import FACTOR_KEYS, canonical_language
from .model import CommitmentFields

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
DEFAULT_LANGUAGE = "en"


def severity_rank(severity: str) -> int:
    """1 (low) .. 3 (high); 0 for anything unknown, so comparisons never raise."""
    return _SEVERITY_RANK.get(severity, 0)


@dataclass(frozen=True)
class Finding:
    """One wording risk: which factor it threatens, how badly, where, and what to ask.

    Text findings carry the exact span in the original text (``text[start:end] == phrase``);
    structural findings (missing lead agency, undated milestone, ...) have start = end = -1.
    """

    rule_id: str
    factor: str
    severity: str
    phrase: str
    start: int
    end: int
    message: str

    @property
    def structural(self) -> bool:
        return self.rule_id.startswith(STRUCTURAL_PREFIX)

    def to_json(self) -> dict[str, Any]:
        """The shape of docs/design.md's ``check --json`` findings (rule_id stays internal)."""
        return {
            "factor": self.factor,
            "severity": self.severity,
            "phrase": self.phrase,
            "start": self.start,
            "end": self.end,
            "message": self.message,
        }


class WordingRulesError(ValueError):
    """A rule file that cannot be used; names the file and the rule so it can be fixed."""

    def __init__(self, file: str, rule_id: str | None, problem: str) -> None:
        self.file = file
        self.rule_id = rule_id
        self.problem = problem
        where = f"{file}: rule {rule_id!r}" if rule_id else file
        super().__init__(f"{where}: {problem}")


# --------------------------------------------------------------------------- normalisation


def _fold(text: str) -> str:
    """Accent- and case-free form of a pattern or a word (not offset-preserving)."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_CHAR_CACHE: dict[str, str] = {}
_CHAR_CACHE_LIMIT = 200_000
_ASCII_LOWER = {code: chr(code + 32) for code in range(ord("A"), ord("Z") + 1)}


def _fold_char(ch: str) -> str:
    folded = _CHAR_CACHE.get(ch)
    if folded is None:
        # NFD first (so "É" -> "E" + mark), casefold, NFD again (casefold may compose), drop marks.
        step = unicodedata.normalize("NFD", unicodedata.normalize("NFD", ch).casefold())
        folded = "".join(c for c in step if not unicodedata.combining(c))
        if len(_CHAR_CACHE) < _CHAR_CACHE_LIMIT:
            _CHAR_CACHE[ch] = folded
    return folded


@dataclass(frozen=True)
class _OffsetMap:
    """Maps offsets in the folded text back to the original.

    Most characters fold to exactly one character, so only the "irregular" ones (a
    combining mark that vanishes, "ß" -> "ss", a ligature) are recorded; between them
    the two texts advance together.
    """

    original: str
    norm_starts: tuple[int, ...] = ()  # where each irregular char's fold starts in the folded text
    orig_index: tuple[int, ...] = ()  # its index in the original
    widths: tuple[int, ...] = ()  # its folded length (0, 2, 3, ...)

    def to_original(self, n: int) -> int:
        """Original index of the character that produced folded character ``n``."""
        k = bisect_right(self.norm_starts, n) - 1
        if k < 0:
            return n
        start, width = self.norm_starts[k], self.widths[k]
        if n < start + width:
            return self.orig_index[k]
        return self.orig_index[k] + 1 + (n - start - width)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of folded [start, end); marks that folded away stay attached."""
        o_start = self.to_original(start)
        o_end = self.to_original(end - 1) + 1
        text = self.original
        while o_end < len(text) and not text[o_end].isascii() and _fold_char(text[o_end]) == "":
            o_end += 1
        return o_start, o_end


def normalise(text: str) -> tuple[str, _OffsetMap]:
    """Case- and accent-folded text plus a map back to original offsets.

    Folding is done per character (NFD changes lengths, so a whole-string NFD would lose
    the positions); an ASCII text skips all of it.
    """
    if text.isascii():
        return text.lower(), _OffsetMap(text)
    table: dict[int, str] = dict(_ASCII_LOWER)
    irregular: set[str] = set()
    for ch in set(text):
        if ch.isascii():
            continue
        folded = _fold_char(ch)
        table[ord(ch)] = folded
        if len(folded) != 1:
            irregular.add(ch)
    if not irregular:
        # Every character folds to one: a few C-speed replaces beat a per-character translate.
        folded_text = text
        for code, folded in table.items():
            if code > 0x7F and folded != chr(code):
                folded_text = folded_text.replace(chr(code), folded)
        folded_text = folded_text.lower()
        if len(folded_text) == len(text):
            return folded_text, _OffsetMap(text)
    folded_text = text.translate(table)
    if not irregular:
        return folded_text, _OffsetMap(text)
    norm_starts: list[int] = []
    orig_index: list[int] = []
    widths: list[int] = []
    shift = 0  # folded position minus original position so far
    for i, ch in enumerate(text):
        if ch in irregular:
            width = len(table[ord(ch)])
            norm_starts.append(i + shift)
            orig_index.append(i)
            widths.append(width)
            shift += width - 1
    return folded_text, _OffsetMap(text, tuple(norm_starts), tuple(orig_index), tuple(widths))


# --------------------------------------------------------------------------- pattern syntax

# Between two words: whitespace, line breaks, hyphens, slashes, commas, brackets... but not
# a sentence end, and not too much of it, so a phrase stays a phrase.
_SEPARATOR = r"[^\w.!?;]{1,8}"
_ALT_RE = re.compile(r"^\w+\*?$")


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
    return r"(?<!\w)" + "".join(parts) + r"(?!\w)"


def compile_patterns(patterns: Sequence[str]) -> re.Pattern[str]:
    """One regex for a list of patterns; longer patterns first so the fuller phrase wins."""
    ordered = sorted(patterns, key=lambda p: -len(p.split()))
    return re.compile("|".join(f"(?:{pattern_regex(p)})" for p in ordered))


# --------------------------------------------------------------------------- rule sets


# Regexes are compiled when first used. Loading a language validates every pattern (cheap
# string work) but compiling its ~170 rules costs 50 ms; a report or a short check needs
# only the rules whose first word occurs in the text, and structural messages need none.


def _lazy_patterns(patterns: Sequence[str]) -> re.Pattern[str] | None:
    return compile_patterns(patterns) if patterns else None


@dataclass(frozen=True)
class Rule:
    id: str
    factor: str
    severity: str
    message: str
    patterns: tuple[str, ...]
    unless_patterns: tuple[str, ...] = ()  # in the same sentence: no finding
    lower_if_patterns: tuple[str, ...] = ()  # in the same sentence: severity drops to low

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
    once for the words that begin any pattern, then trying only the rules whose first
    word it is (cached per word), keeps a long draft within the editor's budget. Which
    rules a word starts is set arithmetic on the rules' first words (no regex per rule),
    so a rule is compiled only when its first word occurs.
    """

    _CACHE_LIMIT = 50_000

    def __init__(
        self, rules: Sequence[Rule], starts: Sequence[tuple[frozenset[str], tuple[str, ...]]]
    ) -> None:
        self.rules = tuple(rules)
        self._starts = tuple(starts)
        sources = sorted(
            {re.escape(w) for words, _ in starts for w in words}
            | {re.escape(stem) + r"\w*" for _, stems in starts for stem in stems},
            key=lambda source: (-len(source), source),
        )
        self.scan = re.compile(r"(?<!\w)(?:" + "|".join(sources) + r")(?!\w)")
        self._by_word: dict[str, tuple[Rule, ...]] = {}

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


# --------------------------------------------------------------------------- text checks

_ADJACENT = re.compile(_SEPARATOR)
# Candidates only: a whole run of end marks, or a blank line. The test "followed by a space or
# the end" is made once per run in sentence_ends(): inside the pattern (`[.!?;]+(?=\s|$)`) it made
# the engine retry every shorter run from every start, quadratic in a long run of full stops.
_END_CANDIDATE = re.compile(r"[.!?;]+|\n[ \t\r]*\n")


def sentence_ends(folded: str) -> list[int]:
    """Where sentences end: after a run of . ! ? ; followed by a space or the text's end, and after
    a blank line. One forward scan, linear in the text's length."""
    ends = []
    n = len(folded)
    for m in _END_CANDIDATE.finditer(folded):
        end = m.end()
        if folded[m.start()] == "\n" or end == n or folded[end].isspace():
            ends.append(end)
    return ends


class _Sentences:
    """Sentence bounds of the folded text, computed only if a rule needs them."""

    def __init__(self, folded: str) -> None:
        self._folded = folded
        self._ends: list[int] | None = None

    def around(self, position: int) -> tuple[int, int]:
        if self._ends is None:
            self._ends = sentence_ends(self._folded)
        k = bisect_right(self._ends, position)
        start = self._ends[k - 1] if k > 0 else 0
        end = self._ends[k] if k < len(self._ends) else len(self._folded)
        return start, end


def _raw_matches(ruleset: RuleSet, folded: str) -> list[tuple[Rule, re.Match[str]]]:
    dispatcher = ruleset.dispatcher
    found: list[tuple[Rule, re.Match[str]]] = []
    if dispatcher is None:
        for rule in ruleset.rules:
            found.extend((rule, match) for match in rule.regex.finditer(folded))
        return found
    # Each rule is tried only where one of its first words stands, anchored with .match().
    last_end: dict[str, int] = {}
    rules_for = dispatcher.rules_for
    for candidate in dispatcher.scan.finditer(folded):
        pos = candidate.start()
        for rule in rules_for(candidate.group()):
            if pos < last_end.get(rule.id, -1):
                continue  # inside this rule's previous match: finditer would not look here
            match = rule.regex.match(folded, pos)
            if match is not None:
                last_end[rule.id] = match.end()
                found.append((rule, match))
    return found


def _scan(text: str, ruleset: RuleSet) -> list[Finding]:
    folded, offsets = normalise(text)
    sentences = _Sentences(folded)
    per_rule: dict[str, list[tuple[int, int, str, Rule]]] = {}
    # A rule's exceptions are judged once per sentence: many matches in one long
    # sentence would otherwise rescan it each time (quadratic while typing).
    verdicts: dict[tuple[str, int], str | None] = {}
    for rule, match in _raw_matches(ruleset, folded):
        severity = rule.severity
        if rule.unless is not None or rule.lower_if is not None:
            s_start, s_end = sentences.around(match.start())
            key = (rule.id, s_start)
            if key not in verdicts:
                if rule.unless is not None and rule.unless.search(folded, s_start, s_end):
                    verdicts[key] = None
                elif rule.lower_if is not None and rule.lower_if.search(folded, s_start, s_end):
                    verdicts[key] = "low"
                else:
                    verdicts[key] = severity
            verdict = verdicts[key]
            if verdict is None:
                continue
            severity = verdict
        start, end = offsets.span(match.start(), match.end())
        per_rule.setdefault(rule.id, []).append((start, end, severity, rule))
    findings: list[Finding] = []
    for spans in per_rule.values():
        spans.sort(key=lambda item: (item[0], item[1]))
        merged: list[list[Any]] = []
        for start, end, severity, rule in spans:
            if merged and (start < merged[-1][1] or _ADJACENT.fullmatch(text, merged[-1][1], start)):
                # overlapping (or merely space-separated) matches of the same rule: one finding
                last = merged[-1]
                last[1] = max(last[1], end)
                if severity_rank(severity) > severity_rank(last[2]):
                    last[2] = severity
            else:
                merged.append([start, end, severity, rule])
        for start, end, severity, rule in merged:
            findings.append(
                Finding(rule.id, rule.factor, severity, text[start:end], start, end, rule.message)
            )
    findings.sort(key=lambda f: (f.start, f.end, f.rule_id))
    return findings


def check_text(text: str, language: str = DEFAULT_LANGUAGE) -> list[Finding]:
    """Risky wording in a draft, sorted by position; never raises on any string.

    ``language`` may be 'en', 'es', 'pt' or a locale such as 'pt_BR' / 'es-MX'; anything
    else falls back to English.
    """
    if not isinstance(text, str) or not text:
        return []
    return _scan(text, load_rules(language))


# --------------------------------------------------------------------------- structural checks


def _structural(ruleset: RuleSet, key: str, phrase: str = "") -> Finding:
    rule = ruleset.structural[key]
    return Finding(rule.id, DRAFTING, rule.severity, phrase, -1, -1, rule.message)


def has_verifiable_product(output: str, language: str | None = DEFAULT_LANGUAGE) -> bool:
    """Whether a milestone names something that will exist and can be checked.

    Heuristic from the data file: a concrete product noun (report, dataset, law...) must
    appear, and not after a vague verb ("strengthen the registry" is not a product).
    """
    ruleset = load_rules(language)
    folded = _fold(output)
    noun = ruleset.product_nouns.search(folded)
    if noun is None:
        return False
    verb = ruleset.vague_verbs.search(folded)
    return verb is None or verb.start() > noun.start()


def _outside(day: date | None, plan_start: date | None, plan_end: date | None) -> bool:
    if day is None:
        return False
    return (plan_start is not None and day < plan_start) or (plan_end is not None and day > plan_end)


def check_structure(
    fields: CommitmentFields,
    plan_start: date | None = None,
    plan_end: date | None = None,
    language: str | None = None,
) -> list[Finding]:
    """What IRM will find missing: lead agency, milestones, dates, products, a baseline.

    Reported under ``drafting`` with no span (start = end = -1); the phrase is the
    milestone's output where one is concerned.
    """
    ruleset = load_rules(language if language is not None else fields.language)
    findings: list[Finding] = []
    if not fields.lead_agency.strip():
        findings.append(_structural(ruleset, "no_lead_agency"))
    if not fields.milestones:
        findings.append(_structural(ruleset, "no_milestone"))
    for milestone in fields.milestones:
        output = milestone.output.strip()
        if milestone.start is None or milestone.end is None:
            findings.append(_structural(ruleset, "milestone_undated", output))
        if (
            _outside(milestone.start, plan_start, plan_end)
            or _outside(milestone.end, plan_start, plan_end)
            or (milestone.start is not None and milestone.end is not None and milestone.end < milestone.start)
        ):
            findings.append(_structural(ruleset, "milestone_outside_plan", output))
        if not has_verifiable_product(output, ruleset.language):
            findings.append(_structural(ruleset, "milestone_not_verifiable", output))
    if not fields.status_quo.strip():
        findings.append(_structural(ruleset, "no_baseline"))
    return findings


def check_commitment(
    fields: CommitmentFields,
    plan_start: date | None = None,
    plan_end: date | None = None,
    language: str | None = None,
) -> list[Finding]:
    """All findings for one revision: the draft text's wording, then its structure.

    Spans refer to ``fields.draft_text``; structural findings come first (start = -1).
    """
    lang = language if language is not None else fields.language
    structural = check_structure(fields, plan_start, plan_end, lang)
    return structural + check_text(fields.draft_text, lang)


# --------------------------------------------------------------------------- summaries


def is_verifiable(findings: Iterable[Finding]) -> bool:
    """IRM's 'verifiable?': no structural drafting gap of medium severity or worse."""
    return not any(
        f.factor == DRAFTING and f.structural and severity_rank(f.severity) >= _SEVERITY_RANK["medium"]
        for f in findings
    )


def findings_by_factor(findings: Iterable[Finding]) -> dict[str, int]:
    """Counts per factor key (the six factors and ``drafting``, zeros included)."""
    counts = {key: 0 for key in FINDING_FACTORS}
    for finding in findings:
        counts[finding.factor] = counts.get(finding.factor, 0) + 1
    return counts
