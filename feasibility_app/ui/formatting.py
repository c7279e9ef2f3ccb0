"""Numbers as the user's locale writes them (2,83 in Brazil or Spain; 2.83 in Mexico or English).

Qt's default locale follows the UI language (LanguageManager sets it), so every widget
formats through here rather than with Python's '.2f'.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale


def score_text(score: float | None, placeholder: str = "–") -> str:
    return placeholder if score is None else QLocale().toString(float(score), "f", 2)
