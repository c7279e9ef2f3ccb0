"""The languages of the app, its data files and its reports: the one list, and the one way
to read a language code. No import beyond the standard library's builtins: the window uses
it before its first paint. (The UI's native names and .qm locales: ui/common/i18n.py.)"""

from __future__ import annotations

LANGUAGES: tuple[str, ...] = ("en", "es", "pt")
DEFAULT_LANGUAGE = "en"


def known_language(language: object) -> str | None:
    """'pt_BR', 'pt-BR', 'es_MX', 'PT', 'es.UTF-8' -> 'pt', 'es'; None for anything else."""
    if not isinstance(language, str):
        return None
    base = language.strip().lower()
    for separator in "-_.@":
        base = base.split(separator, 1)[0]
    return base if base in LANGUAGES else None


def canonical_language(language: object) -> str:
    """As known_language, with English for anything unknown, so there are always texts."""
    return known_language(language) or DEFAULT_LANGUAGE


__all__ = ["DEFAULT_LANGUAGE", "LANGUAGES", "canonical_language", "known_language"]
