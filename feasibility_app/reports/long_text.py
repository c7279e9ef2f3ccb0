"""Long user text laid out in time linear in its length (issue 16)."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from .layout import CachedParagraph, esc, text_para

PARAGRAPH_CHUNK = 800  # characters of user text per Paragraph in a long field


def text_paras(text: str | None, style: ParagraphStyle, empty: str = "—") -> list[Paragraph]:
    """`text_para` for a field that may be long: one Paragraph up to PARAGRAPH_CHUNK characters,
    beyond that several, cut at line breaks (else at a space). reportlab re-breaks a split
    Paragraph's whole remainder on every page, so one 400 KB Paragraph took time quadratic in its
    length; a short field gives the same single Paragraph as before."""
    if not text or not text.strip() or len(text) <= PARAGRAPH_CHUNK:
        return [text_para(text, style, empty)]
    chunks: list[str] = []
    current: list[str] = []
    size = 0
    for line in text.replace("\r\n", "\n").split("\n"):
        while len(line) > PARAGRAPH_CHUNK:  # one very long line: cut at a space near the limit
            cut = line.rfind(" ", PARAGRAPH_CHUNK // 2, PARAGRAPH_CHUNK)
            cut = cut if cut > 0 else PARAGRAPH_CHUNK
            if current:
                chunks.append("\n".join(current))
                current, size = [], 0
            chunks.append(line[:cut])
            line = line[cut:].lstrip(" ")
        if current and size + len(line) > PARAGRAPH_CHUNK:
            chunks.append("\n".join(current))
            current, size = [], 0
        current.append(line)
        size += len(line) + 1
    if current:
        chunks.append("\n".join(current))
    return [CachedParagraph(esc(chunk) or "&nbsp;", style) for chunk in chunks]
