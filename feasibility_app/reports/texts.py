"""The report's own words (headings, labels) in en/es/pt, and dates and numbers per language.

The texts are data (``resources/report/<lang>.json``) so a translator can fix a heading
without touching code, and the report's language is chosen per export, independent of
the window's language. Factor, level, role and potential labels are not here: they come
from the rubric (``load_rubric``), so the report and the window always agree.
Pure Python: no reportlab.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from ..domain.rubric import normalize_language
from ..paths import resource_path, resources_dir
from . import ReportError

FALLBACK = "en"


@dataclass(frozen=True)
class ReportTexts:
    """One language's report texts; `t(key, **values)` fills ``{placeholders}``."""

    language: str
    pdf_lang: str
    strings: dict[str, str]
    months: tuple[str, ...]
    date_format: str
    decimal_separator: str
    keywords: tuple[str, ...]

    def t(self, key: str, **values: Any) -> str:
        text = self.strings.get(key)
        if text is None:  # a key a translation lacks: English rather than a crash
            text = load_texts(FALLBACK).strings.get(key, key) if self.language != FALLBACK else key
        return text.format(**values) if values else text

    def date(self, day: date | datetime | None, empty: str = "—") -> str:
        """'23 November 2026', '23 de noviembre de 2026', '23 de novembro de 2026'."""
        if day is None:
            return empty
        return self.date_format.format(day=day.day, month=self.months[day.month - 1], year=day.year)

    def number(self, value: float | None, digits: int = 2, empty: str = "–") -> str:
        if value is None:
            return empty
        return f"{value:.{digits}f}".replace(".", self.decimal_separator)


def load_texts(language: str = FALLBACK) -> ReportTexts:
    """The validated texts for `language` (unknown codes fall back to English); cached."""
    return _load(normalize_language(language), str(resources_dir()))


def clear_texts_cache() -> None:
    _load.cache_clear()


@functools.lru_cache(maxsize=8)
def _load(language: str, _resources: str) -> ReportTexts:
    path = resource_path("report", f"{language}.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ReportError(f"report texts {path} cannot be read: {exc}") from None
    try:
        months = tuple(data["months"])
        if len(months) != 12 or not all(isinstance(m, str) and m for m in months):
            raise ValueError("'months' must list 12 names")
        strings = data["strings"]
        if not isinstance(strings, dict) or not all(isinstance(v, str) for v in strings.values()):
            raise ValueError("'strings' must map keys to texts")
        return ReportTexts(
            language=language,
            pdf_lang=str(data["pdf_lang"]),
            strings=dict(strings),
            months=months,
            date_format=str(data["date_format"]),
            decimal_separator=str(data["decimal_separator"]),
            keywords=tuple(str(k) for k in data["keywords"]),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ReportError(f"report texts {path} are incomplete: {exc}") from None
