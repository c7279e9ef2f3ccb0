"""Page flow: no heading alone at the foot of a page, no header word broken across lines.

Applied to every report: `layout.build_pdf` passes the story through `guard_headings`;
table builders make header cells with `fitting_header`.
"""

from __future__ import annotations

import re
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import CondPageBreak, PageBreak, Paragraph, Spacer

from .layout import CONTENT_WIDTH, CachedParagraph

_TAG = re.compile(r"<[^>]*>")

HEADING_STYLES = frozenset({"h2", "h3", "h3_tight"})
HEADING_ROOM = 56.0  # below a heading and its intro: the first lines of what it introduces
INTRO = frozenset({"small", "muted"})  # the styles of a section's one- or two-line intro
MAX_ROOM = 200.0


def guard_headings(story: list[Any], width: float = CONTENT_WIDTH) -> list[Any]:
    """Never leave a heading (with its short intro) alone at the foot of a page.

    Before each top-level heading goes a CondPageBreak asking for the heading, its intro (the
    small paragraphs and spacers right after it) and `HEADING_ROOM` of what follows; a page
    without that room starts the section on the next page instead.
    """
    out: list[Any] = []
    for i, f in enumerate(story):
        if _style(f) in HEADING_STYLES:
            need = _height(f, width)
            j = i + 1
            while (
                j < len(story) and j <= i + 3 and (isinstance(story[j], Spacer) or _style(story[j]) in INTRO)
            ):
                need += _height(story[j], width)
                j += 1
            nxt = story[j] if j < len(story) else None
            if nxt is not None and not isinstance(nxt, (PageBreak, CondPageBreak)):
                need += HEADING_ROOM
            out.append(CondPageBreak(min(need, MAX_ROOM)))
        out.append(f)
    return out


def _style(f: Any) -> str:
    return getattr(f.style, "name", "") if isinstance(f, Paragraph) else ""


def _height(f: Any, width: float) -> float:
    return f.wrap(width, 10_000)[1] + f.getSpaceBefore() + f.getSpaceAfter()


def fitting_header(markup: str, style: ParagraphStyle, width: float) -> Paragraph:
    """A table header cell whose every word fits its column: the font shrinks (to 6 pt at
    least) rather than breaking a word ("Dispersió/n") across two lines. `markup` is escaped."""
    plain = _TAG.sub("", markup).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
    words = plain.split() or [""]
    size = style.fontSize
    longest = max(pdfmetrics.stringWidth(w, style.fontName, size) for w in words)
    if longest > width > 0:
        size = max(6.0, size * width / longest * 0.98)
        leading = style.leading * size / style.fontSize
        style = ParagraphStyle(f"{style.name}_{size:.1f}", parent=style, fontSize=size, leading=leading)
    return CachedParagraph(markup, style)


def fit_header_row(row: list[Any], widths: list[float], padding: float) -> list[Any]:
    """`fitting_header` for each paragraph of a header row, at its column's inner width."""
    return [
        fitting_header(cell.text, cell.style, w - padding) if isinstance(cell, Paragraph) else cell
        for cell, w in zip(row, widths, strict=False)
    ]
