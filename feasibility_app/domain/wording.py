"""Wording checks: the case study's failure patterns, found in a draft before it is signed.

The rules are data (``resources/wording/<lang>.json``), not code, so a secretariat can
add its own country's red flags without a release; ``wording_rules`` reads and compiles
them, this module runs them. It is pure Python (no Qt, no SQL) so the CLI ``check`` command, the editor's
highlighting and the reports all share one implementation.

Matching ignores case and accents (``DETENIDAS`` = ``detenidas``, ``publicará`` =
``publicara``) but every span points into the ORIGINAL text, so the UI can highlight it.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from .factors import GovernmentLevel
from .language import choose_language
from .model import CommitmentFields
from .wording_rules import (
    _SEPARATOR,
    _SEVERITY_RANK,
    DEFAULT_LANGUAGE,
    DRAFTING,
    FINDING_FACTORS,
    SEVERITIES,
    STRUCTURAL_KEYS,
    STRUCTURAL_PREFIX,
    Rule,
    RuleSet,
    StructuralRule,
    WordingRulesError,
    _fold,
    canonical_language,
    clear_cache,
    compile_patterns,
    load_rule_file,
    load_rules,
    parse_rules,
    pattern_regex,
    severity_rank,
)

DEFAULT_LEVEL = GovernmentLevel.FEDERAL.value  # a level unknown: a national agency, as before

__all__ = [
    "DEFAULT_LANGUAGE",
    "DEFAULT_LEVEL",
    "DRAFTING",
    "FINDING_FACTORS",
    "SEVERITIES",
    "STRUCTURAL_KEYS",
    "STRUCTURAL_PREFIX",
    "Finding",
    "Rule",
    "RuleSet",
    "StructuralRule",
    "WordingRulesError",
    "canonical_language",
    "check_commitment",
    "check_structure",
    "check_text",
    "clear_cache",
    "compile_patterns",
    "draft_language",
    "findings_by_factor",
    "has_verifiable_product",
    "is_verifiable",
    "load_rule_file",
    "load_rules",
    "localize",
    "normalise",
    "parse_rules",
    "pattern_regex",
    "severity_rank",
]


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



# --------------------------------------------------------------------------- normalisation

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



# --------------------------------------------------------------------------- text checks

_ADJACENT = re.compile(_SEPARATOR)
# A whole run of end marks followed by a space or the end, or a blank line. The run starts only
# where no mark precedes it and is taken possessively (`++`): the old `[.!?;]+(?=\s|$)` retried
# every shorter run from every start, quadratic in a long run of full stops. One C-speed scan.
_SENTENCE_END = re.compile(r"(?<![.!?;])[.!?;]++(?=\s|\Z)|\n[ \t\r]*\n")


def sentence_ends(folded: str) -> list[int]:
    """Where sentences end: after a run of . ! ? ; followed by a space or the text's end, and after
    a blank line. One forward scan, linear in the text's length."""
    return [m.end() for m in _SENTENCE_END.finditer(folded)]


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
    known = dispatcher.known_words()
    for candidate in dispatcher.scan.finditer(folded):
        # Only words that start a rule are found (a third of a draft's words); the cached
        # lookup is inlined, as this loop still runs tens of thousands of times in 1 MB.
        word = candidate.group()
        rules = known.get(word)
        if rules is None:
            rules = rules_for(word)
        pos = candidate.start()
        for rule in rules:
            if pos < last_end.get(rule.id, -1):
                continue  # inside this rule's previous match: finditer would not look here
            match = rule.regex.match(folded, pos)
            if match is not None:
                last_end[rule.id] = match.end()
                found.append((rule, match))
    return found


def _scan(text: str, ruleset: RuleSet, level: str | None = None) -> list[Finding]:
    folded, offsets = normalise(text)
    sentences = _Sentences(folded)
    per_rule: dict[str, list[tuple[int, int, str, Rule]]] = {}
    # A rule's exceptions are judged once per sentence: many matches in one long
    # sentence would otherwise rescan it each time (quadratic while typing).
    verdicts: dict[tuple[str, int], str | None] = {}
    for rule, match in _raw_matches(ruleset, folded):
        if rule.levels and not rule.applies_to(level):
            continue  # names only the lead agency's own level of government
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
            lowered = severity != rule.severity  # an exception in the sentence lowered it
            for effect in rule.effects:
                findings.append(
                    Finding(
                        rule.id,
                        effect.factor,
                        "low" if lowered else effect.severity,
                        text[start:end],
                        start,
                        end,
                        effect.message,
                    )
                )
    findings.sort(key=lambda f: (f.start, -f.end, f.rule_id))
    return _without_nested(findings)


def _without_nested(findings: list[Finding]) -> list[Finding]:
    """Drop a finding whose span lies inside another of the same factor ("state and
    municipal" already says "municipal"); ``findings`` sorted by start, longest first.
    The result is sorted by (start, end, rule)."""
    reach: dict[str, int] = {}
    kept: list[Finding] = []
    for f in findings:
        if f.end <= reach.get(f.factor, -1):
            continue
        reach[f.factor] = f.end
        kept.append(f)
    kept.sort(key=lambda f: (f.start, f.end, f.rule_id))
    return kept


def check_text(
    text: str,
    language: str = DEFAULT_LANGUAGE,
    *,
    level: str | None = None,
    reader: str | None = None,
) -> list[Finding]:
    """Risky wording in a draft, sorted by position; never raises on any string.

    ``language`` (the draft's) chooses the rules: 'en', 'es', 'pt' or a locale such as
    'pt_BR' / 'es-MX'; anything else falls back to English. ``level`` is the lead
    agency's level of government (``GovernmentLevel``; None: federal), so only the
    other levels are flagged. ``reader`` is the language the questions are shown in
    (None: the draft's); the quoted phrases stay as written.
    """
    if not isinstance(text, str) or not text:
        return []
    findings = _scan(text, load_rules(language), level or DEFAULT_LEVEL)
    return localize(findings, reader) if reader is not None else findings


def localize(findings: Iterable[Finding], reader: str) -> list[Finding]:
    """The same findings with each question in the reader's language (phrases unchanged)."""
    messages = load_rules(reader).messages
    out: list[Finding] = []
    for f in findings:
        message = messages.get((f.rule_id, f.factor), f.message)
        # dataclasses.replace costs 30 µs; most questions are already in the reader's language
        out.append(f if message == f.message else replace(f, message=message))
    return out


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
    milestone's output where one is concerned. ``language`` is the draft's (None: the
    one chosen on the commitment, else detected from its text).
    """
    ruleset = load_rules(language if language is not None else draft_language(fields))
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


def draft_language(fields: CommitmentFields, fallback: str = DEFAULT_LANGUAGE) -> str:
    """The language a commitment's wording is checked in: the one chosen on it (an
    override), else the one its draft text (or title) is written in, else ``fallback``."""
    return choose_language(fields.draft_text or fields.title, fields.language, fallback).language


def check_commitment(
    fields: CommitmentFields,
    plan_start: date | None = None,
    plan_end: date | None = None,
    language: str | None = None,
    *,
    level: str | None = None,
    reader: str | None = None,
) -> list[Finding]:
    """All findings for one revision: the draft text's wording, then its structure.

    Spans refer to ``fields.draft_text``; structural findings come first (start = -1).
    ``language``: the draft's (None: ``draft_language``); ``level``: the lead agency's
    level of government (None: the one recorded on the commitment, else federal);
    ``reader``: the language of the questions (None: the draft's).
    """
    lang = language if language is not None else draft_language(fields)
    structural = check_structure(fields, plan_start, plan_end, lang)
    findings = structural + check_text(fields.draft_text, lang, level=level or fields.lead_level or None)
    return localize(findings, reader) if reader is not None else findings


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
