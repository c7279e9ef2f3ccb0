"""What both reports share: the embedded font, styles, colours, page furniture, safe output.

Every page carries "page x of y" and the content fingerprint, so a single sheet taken out
of the minutes still says what it belongs to; an incomplete assessment prints DRAFT
across every page, so a partial result can never pass for a final one.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from .. import __version__
from ..domain.factors import Level
from ..domain.radar import LEVEL_COLOURS, LEVEL_TEXT_COLOURS
from ..paths import resource_path
from . import ReportError
from .fallback_fonts import draw_string, with_fallback
from .measured_font import MeasuredTTFont
from .output import write_atomically

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
APP_NAME = "Feasibility"

PAGE = A4
PAGE_SIZES = {"a4": A4, "letter": LETTER}
MARGIN_X = 18 * mm
MARGIN_TOP = 16 * mm
MARGIN_BOTTOM = 18 * mm
# The content keeps A4's width on Letter too (Letter is 6 mm wider, 18 mm shorter): the tables
# are measured once, and a Letter page centres them; only the frame's height changes.
CONTENT_WIDTH = PAGE[0] - 2 * MARGIN_X

INK = colors.HexColor("#1F2933")
MUTED = colors.HexColor("#5F6B76")
RULE = colors.HexColor("#C9D1D9")
HEAD_BG = colors.HexColor("#E8EDF2")
ZEBRA = colors.HexColor("#F6F8FA")
CALLOUT_BG = colors.HexColor("#FFF4E0")
CALLOUT_LINE = colors.HexColor("#EF6C00")
BLOCK_BG = colors.HexColor("#FDECEA")
DRAFT_RED = colors.HexColor("#C62828")

_font_lock = threading.Lock()
_fonts_ready = False


def register_fonts() -> None:
    """Register DejaVu Sans (regular, bold) once per process: Spanish, Portuguese, Cyrillic, symbols."""
    global _fonts_ready
    if _fonts_ready:
        return
    with _font_lock:
        if _fonts_ready:
            return
        try:
            for name, file in ((FONT, "DejaVuSans.ttf"), (FONT_BOLD, "DejaVuSans-Bold.ttf")):
                pdfmetrics.registerFont(MeasuredTTFont(name, str(resource_path("fonts", file))))
        except (OSError, TTFError) as exc:
            raise ReportError(
                f"the report font is missing or damaged ({exc}); reinstall Feasibility"
            ) from None
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)
        _fonts_ready = True


def hexcolour(value: str) -> colors.Color:
    return colors.HexColor(value)


def level_bg(level: Level | str) -> colors.Color:
    return colors.HexColor(LEVEL_COLOURS[Level(level).value])


def level_fg(level: Level | str) -> colors.Color:
    return colors.HexColor(LEVEL_TEXT_COLOURS[Level(level).value])


def esc(text: str | None) -> str:
    """User text made safe for reportlab's mini-HTML: escaped, line breaks kept."""
    if not text:
        return ""
    # as xml.sax.saxutils.escape, whose import pulls in urllib and http (20 ms of a report)
    safe = str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return with_fallback(safe.replace("\r\n", "\n").replace("\n", "<br/>"))  # CJK, emoji


# --- styles ------------------------------------------------------------------------


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    kicker: ParagraphStyle
    title: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    h3_tight: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_small: ParagraphStyle
    cell_head: ParagraphStyle
    cell_center: ParagraphStyle
    verdict: ParagraphStyle
    verdict_sub: ParagraphStyle
    draft: ParagraphStyle
    mono: ParagraphStyle
    right: ParagraphStyle


_styles: Styles | None = None


def styles() -> Styles:
    """The shared paragraph styles (built once, after the font is registered)."""
    global _styles
    if _styles is None:
        register_fonts()
        base = ParagraphStyle("body", fontName=FONT, fontSize=9, leading=12.2, textColor=INK)

        def s(name: str, **kw: Any) -> ParagraphStyle:
            return ParagraphStyle(name, parent=base, **kw)

        _styles = Styles(
            body=base,
            small=s("small", fontSize=8, leading=10.5),
            muted=s("muted", fontSize=8, leading=10.5, textColor=MUTED),
            kicker=s("kicker", fontSize=8, leading=10, textColor=MUTED, fontName=FONT_BOLD),
            title=s("title", fontName=FONT_BOLD, fontSize=17, leading=21, spaceAfter=4),
            h2=s("h2", fontName=FONT_BOLD, fontSize=12, leading=15, spaceBefore=12, spaceAfter=5),
            h3=s("h3", fontName=FONT_BOLD, fontSize=9.5, leading=12, spaceBefore=6, spaceAfter=2),
            h3_tight=s("h3_tight", fontName=FONT_BOLD, fontSize=9.5, leading=12, spaceAfter=1.5),
            cell=s("cell", fontSize=8, leading=10),
            cell_bold=s("cell_bold", fontSize=8, leading=10, fontName=FONT_BOLD),
            cell_small=s("cell_small", fontSize=7, leading=8.6),
            cell_head=s("cell_head", fontSize=7.5, leading=9, fontName=FONT_BOLD, textColor=INK),
            cell_center=s("cell_center", fontSize=7.5, leading=9, alignment=TA_CENTER),
            verdict=s("verdict", fontName=FONT_BOLD, fontSize=24, leading=28, alignment=TA_CENTER),
            verdict_sub=s("verdict_sub", fontSize=8.5, leading=11, alignment=TA_CENTER),
            draft=s("draft", fontName=FONT_BOLD, fontSize=11, leading=14, textColor=DRAFT_RED),
            mono=s("mono", fontSize=8.6, leading=11),
            right=s("right", fontSize=8, leading=10, alignment=TA_RIGHT, textColor=MUTED),
        )
    return _styles


class CachedParagraph(Paragraph):
    """A Paragraph that remembers its last wrap: tables wrap each cell to measure it and again to
    draw it, at the same width; breaking lines is the costliest step of a long report."""

    _wrapped_at: float | None = None
    _wrapped: tuple[float, float] = (0.0, 0.0)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        # split() may drop blPara (no room to split): then the cached size is stale.
        if availWidth != self._wrapped_at or "blPara" not in self.__dict__:
            self._wrapped = super().wrap(availWidth, availHeight)
            self._wrapped_at = availWidth
        return self._wrapped


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph from *markup* (escape user text with `esc` first)."""
    return CachedParagraph(text, style)


def text_para(text: str | None, style: ParagraphStyle, empty: str = "—", limit: int = 0) -> Paragraph:
    """Plain user text: escaped, line breaks kept, a dash when empty, cut to `limit` with "…"."""
    text = text[:limit].rstrip() + "…" if limit and text and len(text) > limit else text
    return CachedParagraph(esc(text) if text and text.strip() else esc(empty), style)


def meta_table(rows: Sequence[Sequence[str]], st: Styles) -> Table:
    """The heading's two label/value pairs per line, between thin rules (both reports)."""
    cell = lambda v: text_para(v, st.small, limit=300)  # noqa: E731  (a cell cannot split)
    data = [[para(esc(a), st.kicker), cell(b), para(esc(c), st.kicker), cell(d)] for a, b, c, d in rows]
    meta = Table(data, colWidths=[84, 156.5, 84, 156.5], hAlign="LEFT")
    meta.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("LINEABOVE", (0, 0), (-1, 0), 0.5, RULE),
                ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE),
            ]
        )
    )
    return meta


def chip(
    label: str, level: Level | str, style: ParagraphStyle | None = None, width: float | None = None
) -> Table:
    """A level label on its band colour (text colour chosen for contrast)."""
    st = style or styles().cell_bold
    p = Paragraph(f'<font color="{LEVEL_TEXT_COLOURS[Level(level).value]}">{esc(label)}</font>', st)
    t = Table([[p]], colWidths=[width] if width else None)
    t.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), level_bg(level)),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ]
        )
    )
    return t


def grid_table(
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    header_rows: int = 1,
    extra: Sequence[tuple] = (),
    zebra: bool = True,
) -> Table:
    """A plain data table: header shading, thin rules, rows that split across pages."""
    from .flow import fit_header_row

    rows = [fit_header_row(list(r), list(widths), 7.0) if i < header_rows else r for i, r in enumerate(rows)]
    t = Table(list(rows), colWidths=list(widths), repeatRows=header_rows)
    cmds: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 3.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3.5),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header_rows:
        cmds += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEAD_BG),
            ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, MUTED),
        ]
    if zebra:
        for r in range(header_rows + 1, len(rows), 2):
            cmds.append(("BACKGROUND", (0, r), (-1, r), ZEBRA))
    t.setStyle(TableStyle(cmds + list(extra)))
    if _has_giant_row(t, sum(widths)):
        # A row taller than a page (a pasted essay in one cell) must split inside the row, or the
        # layout fails. Only then: reportlab's in-row splitting leaves odd leftovers on normal tables.
        t.splitInRow = 1
    return t


GIANT_ROW = 0.75 * (LETTER[1] - MARGIN_TOP - MARGIN_BOTTOM)  # the shorter of the two pages


def _has_giant_row(t: Table, width: float) -> bool:
    """Whether any row would need more than most of a page (measured, not guessed)."""
    total_chars = sum(len(getattr(cell, "text", "") or "") for row in t._cellvalues for cell in row)
    if total_chars < 2500:  # too little text to fill a page: skip measuring
        return False
    t.wrap(width, GIANT_ROW * 2)
    return any(h is not None and h > GIANT_ROW for h in (t._rowHeights or []))


def keep(flowables: list[Any], max_keep: float = 320, min_room: float = 90) -> list[Any]:
    """Keep a short block on one page; let a long one flow from where it is.

    KeepTogether alone pushes any block that fits a page but not the space left to the next
    page, leaving half a page blank before a long rationale or draft text. So a block taller
    than `max_keep` only asks for `min_room` points (its heading and first lines) and flows.
    """
    height = 0.0
    for f in flowables:
        height += f.wrap(CONTENT_WIDTH, PAGE[1])[1] + f.getSpaceBefore() + f.getSpaceAfter()
        if height > max_keep:
            return [CondPageBreak(min_room), *flowables]
    return [KeepTogether(flowables)]


def callout(
    flowables: list[Any], background: colors.Color = CALLOUT_BG, line: colors.Color = CALLOUT_LINE
) -> Table | KeepTogether:
    """A shaded box with a coloured left rule, for what must not be overlooked.

    It splits between its lines only, never inside one: splitting inside a row left an empty
    shaded strip at the foot of a page (the row's padding) with the text on the next.
    """
    t = Table([[f] for f in flowables], colWidths=[CONTENT_WIDTH])
    if _has_giant_row(t, CONTENT_WIDTH):
        t.splitInRow = 1  # a pasted essay: it must split inside, or the layout fails
    t.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), background),
                ("LINEBEFORE", (0, 0), (0, -1), 2.5, line),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, 0), 5),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 5),
            ]
        )
    )
    if t.splitInRow or t.wrap(CONTENT_WIDTH, 10_000)[1] > 240:
        return t  # a long box splits between its lines
    return KeepTogether([t])  # a short one moves whole to the next page


# --- pages -------------------------------------------------------------------------


@dataclass(frozen=True)
class PageFurniture:
    """What every page prints besides the content."""

    label: str  # left of the footer: what this document is
    fingerprint_text: str  # e.g. "fingerprint 1a2b3c4d5e6f7a8b…"
    page_text: str  # with {page} and {pages}
    draft_text: str = ""  # printed diagonally across every page when not empty


class _NumberedCanvas(Canvas):
    """Two-pass page numbering: pages are kept until the end, when their total is known."""

    def __init__(self, *args: Any, furniture: PageFurniture, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._furniture = furniture
        self._page_states: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._page_states.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._page_states)
        for state in self._page_states:
            self.__dict__.update(state)
            self._draw_footer(total)
            Canvas.showPage(self)
        Canvas.save(self)

    def _draw_footer(self, total: int) -> None:
        f = self._furniture
        width = self._pagesize[0]
        margin = (width - CONTENT_WIDTH) / 2
        y = MARGIN_BOTTOM - 9 * mm
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(margin, y + 9, width - margin, y + 9)
        self.setFillColor(MUTED)
        right = f"{f.fingerprint_text}   ·   {f.page_text.format(page=self._pageNumber, pages=total)}"
        self.setFont(FONT, 7)
        self.drawRightString(width - margin, y, right)
        room = CONTENT_WIDTH - pdfmetrics.stringWidth(right, FONT, 7) - 12
        draw_string(self, margin, y, _fit(f.label, FONT, 7, room), FONT, 7)  # CJK in a title
        self.restoreState()


def _fit(text: str, font: str, size: float, width: float) -> str:
    """Shorten a one-line footer text with an ellipsis so it never runs into the page number."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _draw_watermark(text: str, canvas: Canvas, _doc: Any) -> None:
    canvas.saveState()
    canvas.setFillColor(DRAFT_RED)
    canvas.setFillAlpha(0.13)
    canvas.setFont(FONT_BOLD, 58)
    width, height = canvas._pagesize
    canvas.translate(width / 2, height / 2)
    canvas.rotate(52)
    canvas.drawCentredString(0, -20, text)
    canvas.restoreState()


class ReportDoc(BaseDocTemplate):
    """A4 or Letter portrait, one frame; calls `on_flowable` after each flowable (progress, cancel)."""

    def __init__(
        self,
        stream: BinaryIO,
        on_flowable: Callable[[Any], None] | None = None,
        pagesize: tuple[float, float] = PAGE,
        **kw: Any,
    ) -> None:
        margin = (pagesize[0] - CONTENT_WIDTH) / 2
        super().__init__(
            stream,
            pagesize=pagesize,
            leftMargin=margin,
            rightMargin=margin,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            **kw,
        )
        self._on_flowable = on_flowable

    def afterFlowable(self, flowable: Any) -> None:
        if self._on_flowable is not None:
            self._on_flowable(flowable)


@dataclass(frozen=True)
class Metadata:
    title: str
    subject: str
    keywords: tuple[str, ...]
    lang: str
    author: str = ""


def build_pdf(
    story: list[Any],
    stream: BinaryIO,
    meta: Metadata,
    furniture: PageFurniture,
    on_flowable: Callable[[Any], None] | None = None,
    paper: str = "a4",
) -> None:
    """Lay out `story` into `stream` with metadata, footer on every page and the DRAFT mark if any.

    `paper`: "a4" or "letter" (domain.paper chooses it from the plan's country)."""
    register_fonts()
    rl_config.useA85 = 0  # binary streams: ASCII85 is pure Python here (a tenth of a long report), +25% size
    pagesize = PAGE_SIZES.get(paper, PAGE)
    doc = ReportDoc(
        stream,
        on_flowable=on_flowable,
        pagesize=pagesize,
        title=meta.title,
        author=meta.author or f"{APP_NAME} {__version__}",
        subject=meta.subject,
        keywords=list(meta.keywords),
        creator=f"{APP_NAME} {__version__}",
        producer=f"{APP_NAME} {__version__} (reportlab)",
        lang=meta.lang,
        displayDocTitle=1,
        initialFontName=FONT,
    )
    frame = Frame(
        (pagesize[0] - CONTENT_WIDTH) / 2,
        MARGIN_BOTTOM,
        CONTENT_WIDTH,
        pagesize[1] - MARGIN_TOP - MARGIN_BOTTOM,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    on_page = partial(_draw_watermark, furniture.draft_text) if furniture.draft_text else None
    template = (
        PageTemplate(id="page", frames=[frame], onPage=on_page)
        if on_page
        else PageTemplate(id="page", frames=[frame])
    )
    doc.addPageTemplates([template])
    from .flow import guard_headings  # flow builds on this module's styles

    doc.build(guard_headings(story), canvasmaker=partial(_NumberedCanvas, furniture=furniture))


def write_pdf(out: str | Path | BinaryIO, build: Callable[[BinaryIO], None]) -> Path | None:
    """Build into a stream as given, or into a file path atomically (temporary file, fsync, rename)."""
    if isinstance(out, (str, Path)):
        return write_atomically(Path(out), build)
    build(out)
    return None
