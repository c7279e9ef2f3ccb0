"""Long user text laid out in time linear in its length (issue 16)."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Spacer

from .layout import CachedParagraph, esc, text_para

PARAGRAPH_CHUNK = 800  # characters of user text per Paragraph in a long field


def text_paras(text: str | None, style: ParagraphStyle, empty: str = "—") -> list[Flowable]:
    """`text_para` for a field that may be long: one Paragraph up to PARAGRAPH_CHUNK characters,
    beyond that one per line of the text (a blank line: a Spacer one line high, the height of the
    line break it replaces), a line longer than PARAGRAPH_CHUNK cut at a space near it.

    reportlab re-breaks a split Paragraph's whole remainder on every page, so one 400 KB
    Paragraph took time quadratic in its length; and a Paragraph with line breaks in it is
    several fragments, which reportlab breaks into lines word by word in its slow general path,
    while a single line of plain text takes its fast path. The style has no space before or
    after, so the lines stack exactly as the line breaks did. A short field gives the same
    single Paragraph as before."""
    if not text or not text.strip() or len(text) <= PARAGRAPH_CHUNK:
        return [text_para(text, style, empty)]
    pieces: list[str] = []
    for line in text.replace("\r\n", "\n").split("\n"):
        while len(line) > PARAGRAPH_CHUNK:  # one very long line: cut at a space near the limit
            cut = line.rfind(" ", PARAGRAPH_CHUNK // 2, PARAGRAPH_CHUNK)
            cut = cut if cut > 0 else PARAGRAPH_CHUNK
            pieces.append(line[:cut])
            line = line[cut:].lstrip(" ")
        pieces.append(line)
    # a blank line is a Spacer: an "&nbsp;" Paragraph cost a parse, a wrap and a draw each
    return [CachedParagraph(esc(p), style) if p.strip() else Spacer(1, style.leading) for p in pieces]
