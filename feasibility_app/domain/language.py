"""Which of English, Spanish or Portuguese a draft is written in, from the text itself.

The wording rules are per language, so checking a Spanish draft with the English rules
finds almost nothing, and says nothing about why. Detection counts short function words
that only one of the three languages uses ("the", "los", "dos"...) and a few spellings
("-ción" / "-ção", "ñ" / "ã"); it needs no dependency and reads at most the first
``SAMPLE_CHARS`` characters, so it costs well under a millisecond on a 20-page draft.
Pure Python (no Qt, no SQL).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .factors import LANGUAGES, known_language

SAMPLE_CHARS = 6_000  # enough words to tell; keeps a long draft's detection constant-time
MIN_EVIDENCE = 2  # fewer distinguishing words than this: too little text to tell

# Function words (and a few very common nouns) that belong to one language only. Words
# the languages share ("de", "que", "para", "por", "a", "o", "no", "como", "entre",
# "será") are left out: they cannot tell the three apart.
_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        """the and of to will with is are be been for in on by this that these those its it
        an from each which all or at their they has have who not more than would should shall
        can into within between through also any must data public government agency""".split()
    ),
    "es": frozenset(
        """el la los las del y en con una un al es su sus lo más este esta estos estas sobre
        también hasta pero muy ya hay donde cuando según mediante datos información gobierno
        dependencia dependencias secretaría municipios serán deberá podrá""".split()
    ),
    "pt": frozenset(
        """os do da dos das e em na nas com uma um ao aos à às é não pelo pela pelos pelas seu
        sua seus suas mais isso essa esse até já onde quando dados informação informações
        governo órgão órgãos serão deverá poderá municípios também""".split()
    ),
}
_SUFFIXES: dict[str, tuple[str, ...]] = {
    "en": ("tion", "tions", "ing", "ity"),
    "es": ("ción", "ciones", "dad"),
    "pt": ("ção", "ções", "ões", "dade"),
}
_LETTERS: dict[str, str] = {"es": "ñ¿¡", "pt": "ãõçêâô"}
# One lookup per word instead of one per language: detection stays well under a millisecond.
_VOCABULARY: dict[str, str] = {word: lang for lang, words in _WORDS.items() for word in words}
_SUFFIX: dict[str, str] = {suffix: lang for lang, endings in _SUFFIXES.items() for suffix in endings}
_SUFFIX_LENGTHS: tuple[int, ...] = tuple(sorted({len(x) for x in _SUFFIX}, reverse=True))
_WORD_RE = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class Detection:
    """What the text says about its language: the winner (None if it cannot tell) and why."""

    language: str | None
    scores: dict[str, int]
    words: int

    @property
    def certain(self) -> bool:
        """A clear winner on enough text: worth warning when the chosen language differs."""
        if self.language is None:
            return False
        ranked = sorted(self.scores.values(), reverse=True)
        return ranked[0] >= 2 * MIN_EVIDENCE and ranked[0] >= 2 * ranked[1]


def detect_language(text: str) -> Detection:
    """The draft's language among en/es/pt, or None when the text is too short to tell."""
    if not isinstance(text, str):
        return Detection(None, dict.fromkeys(LANGUAGES, 0), 0)
    sample = text[:SAMPLE_CHARS].lower()
    words = _WORD_RE.findall(sample)
    scores = dict.fromkeys(LANGUAGES, 0)
    vocabulary, suffixes = _VOCABULARY.get, _SUFFIX.get
    for word in words:
        language = vocabulary(word)
        if language is not None:
            scores[language] += 1
        if len(word) > 4:
            for n in _SUFFIX_LENGTHS:
                language = suffixes(word[-n:])
                if language is not None:
                    scores[language] += 1
                    break
    for language, letters in _LETTERS.items():
        scores[language] += sum(sample.count(ch) for ch in letters)
    best = max(LANGUAGES, key=lambda lang: (scores[lang], lang == "en"))
    ranked = sorted(scores.values(), reverse=True)
    if ranked[0] < MIN_EVIDENCE or ranked[0] == ranked[1]:
        return Detection(None, scores, len(words))
    return Detection(best, scores, len(words))


@dataclass(frozen=True)
class LanguageChoice:
    """The language the wording rules use for a draft, and where it came from.

    ``chosen`` is the user's override ('' when none); ``detected`` what the text says.
    The rules follow the choice when there is one, else the detection, else ``fallback``.
    """

    language: str
    chosen: str
    detected: str | None
    certain: bool

    @property
    def source(self) -> str:
        """'chosen', 'detected' or 'default' (nothing chosen, nothing detected)."""
        if self.chosen:
            return "chosen"
        return "detected" if self.detected else "default"

    @property
    def disagrees(self) -> bool:
        """The user chose a language the text clearly is not written in."""
        return bool(self.chosen) and self.certain and self.detected not in (None, self.chosen)


def choose_language(text: str, chosen: str | None = None, fallback: str = "en") -> LanguageChoice:
    """The draft's rule language: the user's choice if any (en/es/pt), else detected."""
    pick = known_language(chosen) or ""
    detection = detect_language(text)
    language = pick or detection.language or (fallback if fallback in LANGUAGES else "en")
    return LanguageChoice(language, pick, detection.language, detection.certain)
