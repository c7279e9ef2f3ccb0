"""Characters DejaVu Sans lacks (CJK, Hangul, emoji): printed in shipped fallback fonts, not as boxes.

reportlab draws each run of text in one font and shows a missing glyph as an empty box.
`with_fallback` wraps each run of characters that DejaVu Sans lacks and a fallback font has in
a `<font>` tag naming that font. The fallbacks are subsets made by
tools/subset_fallback_fonts.py (licences in resources/fonts/LICENSE); each is registered only
when a report first needs it, so a report in Latin script loads nothing more.
"""

from __future__ import annotations

import re
import threading
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from ..paths import resource_path
from .measured_font import MeasuredTTFont

PRIMARY_FILE = "DejaVuSans.ttf"
# Hangul first: its compatibility jamo then match its syllables (Droid Sans Fallback has the jamo too)
FALLBACKS = (
    ("FallbackHangul", "FallbackHangul.ttf"),
    ("FallbackCJK", "FallbackCJK.ttf"),
    ("FallbackSymbols", "FallbackSymbols.ttf"),
)
# Everything below U+0250 (Latin, Latin-1, Latin Extended) is in DejaVu Sans: skip it fast.
_CANDIDATE = re.compile(r"[^\x00-\u024f]+")

_lock = threading.Lock()
_primary: frozenset[int] | None = None
_fallbacks: list[tuple[str, frozenset[int], str]] | None = None
_registered: set[str] = set()


def _cmap(file: str) -> frozenset[int]:
    # reportlab's own parser (no fontTools at run time): the character map of a TrueType file
    return frozenset(TTFont("_probe_" + file, str(resource_path("fonts", file))).face.charToGlyph)


def _primary_cmap() -> frozenset[int]:
    """DejaVu Sans's characters, from the font the report registered (no second parse)."""
    global _primary
    if _primary is None:
        try:
            face = pdfmetrics.getFont("DejaVuSans").face  # type: ignore[attr-defined]
            _primary = frozenset(face.charToGlyph)
        except (KeyError, AttributeError):
            _primary = _cmap(PRIMARY_FILE)
    return _primary


def _fallback_cmaps() -> list[tuple[str, frozenset[int], str]]:
    """Parsed only when a text has a character DejaVu lacks (most reports never do)."""
    global _fallbacks
    with _lock:
        if _fallbacks is None:
            found = []
            for name, file in FALLBACKS:
                try:
                    found.append((name, _cmap(file), file))
                except (OSError, TTFError):  # a build without the fallbacks: boxes, as before
                    continue
            _fallbacks = found
        return _fallbacks


def _font_for(cp: int, primary: frozenset[int]) -> str | None:
    if cp in primary:
        return None
    for name, covered, _file in _fallback_cmaps():
        if cp in covered:
            return name
    return None


def _register(name: str, file: str) -> None:
    with _lock:
        if name not in _registered:
            pdfmetrics.registerFont(MeasuredTTFont(name, str(resource_path("fonts", file))))
            pdfmetrics.registerFontFamily(name, normal=name, bold=name, italic=name, boldItalic=name)
            _registered.add(name)


def with_fallback(markup: str) -> str:
    """`markup` (already escaped) with runs of characters DejaVu lacks put in a fallback font."""
    if markup.isascii():
        return markup
    primary = _primary_cmap()

    def wrap(match: re.Match[str]) -> str:
        text = match.group()
        if all(ord(ch) in primary for ch in text):
            return text
        out: list[str] = []
        run_font: str | None = None
        run: list[str] = []
        for ch in text:
            font = _font_for(ord(ch), primary)
            if font != run_font and run:
                out.append(_tagged("".join(run), run_font))
                run = []
            run_font = font
            run.append(ch)
        if run:
            out.append(_tagged("".join(run), run_font))
        return "".join(out)

    return _CANDIDATE.sub(wrap, markup)


def _tagged(text: str, font: str | None) -> str:
    if font is None:
        return text
    _register(font, dict(FALLBACKS)[font])
    return f'<font name="{font}">{text}</font>'


def runs(text: str) -> list[tuple[str | None, str]]:
    """`text` as (fallback font or None for the primary font, characters) runs."""
    primary = _primary_cmap()
    out: list[tuple[str | None, str]] = []
    for ch in text:
        font = None if ord(ch) < 0x250 else _font_for(ord(ch), primary)
        if out and out[-1][0] == font:
            out[-1] = (font, out[-1][1] + ch)
        else:
            out.append((font, ch))
    return out


def draw_string(canvas: Any, x: float, y: float, text: str, font: str, size: float) -> None:
    """canvas.drawString with the fallback fonts for characters `font` lacks (page footers)."""
    if text.isascii():
        canvas.setFont(font, size)
        canvas.drawString(x, y, text)
        return
    obj = canvas.beginText(x, y)
    for fallback, chars in runs(text):
        if fallback is not None:
            _register(fallback, dict(FALLBACKS)[fallback])
        obj.setFont(fallback or font, size)
        obj.textOut(chars)
    canvas.drawText(obj)
