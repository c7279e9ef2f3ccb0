"""Numbers as the user's locale writes them, and titles as file names.

Numbers as the user's locale writes them (2,83 in Brazil or Spain; 2.83 in Mexico or English).

Qt's default locale follows the UI language (LanguageManager sets it), so every widget
formats through here rather than with Python's '.2f'.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale


def score_text(score: float | None, placeholder: str = "–") -> str:
    return placeholder if score is None else QLocale().toString(float(score), "f", 2)


def file_slug(text: str) -> str:
    """A title as a suggested file name: 'Registro de Detenidos' -> 'Registro-de-Detenidos'."""
    return re.sub(r"[^\w\-]+", "-", text, flags=re.UNICODE).strip("-")[:60]
