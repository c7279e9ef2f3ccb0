"""The portfolio report's charts: the heatmap (commitments × factors) and the ambition map.

Kept apart from plan_report.py, which lays out the report and calls these; both take
the report's context and its numbered entries and return flowables.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
from reportlab.lib.colors import HexColor, white
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from ..domain.factors import FACTOR_KEYS, RISK_LEVELS, Potential
from ..domain.radar import LEVEL_TEXT_COLOURS
from ..domain.scoring import AMBITION_RANK, ambition_position
from .context import Ctx
from .layout import (
    CONTENT_WIDTH,
    FONT,
    FONT_BOLD,
    HEAD_BG,
    INK,
    MUTED,
    RULE,
    esc,
    level_bg,
    para,
    text_para,
)
from .radar_drawing import tint

if TYPE_CHECKING:
    from .plan_report import Entry


class RotatedLabel(Flowable):
    """A table header written upwards, so six factor columns stay narrow and labels stay whole."""

    def __init__(self, text: str, size: float = 7, font: str = FONT_BOLD) -> None:
        super().__init__()
        self.text, self.size, self.font = text, size, font
        self.length = stringWidth(text, font, size)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = self.size + 2
        return self.width, self.length + 2

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setFont(self.font, self.size)
        c.setFillColor(INK)
        c.translate(self.size * 0.85, 1)
        c.rotate(90)
        c.drawString(0, 0, self.text)
        c.restoreState()


def heatmap(ctx: Ctx, entries: Sequence[Entry]) -> list[Any]:
    """Commitments × six factors, each cell on its level's colour; the overall band last."""
    tx, st, rb = ctx.tx, ctx.st, ctx.rb
    num_w, factor_w, overall_w = 22, 40, 66
    title_w = CONTENT_WIDTH - num_w - 6 * factor_w - overall_w
    head: list[Any] = [
        para(esc(tx.t("col_no")), st.cell_head),
        para(esc(tx.t("col_commitment")), st.cell_head),
    ]
    head += [RotatedLabel(rb.short_label(k)) for k in FACTOR_KEYS]
    head.append(para(esc(tx.t("col_overall")), st.cell_head))
    rows: list[list[Any]] = [head]
    cmds: list[tuple] = [
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
        ("ALIGN", (2, 0), (-1, -1), "CENTER"),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, MUTED),
        ("LINEBELOW", (0, 1), (1, -1), 0.4, RULE),
        ("GRID", (2, 1), (-1, -1), 1, white),
        ("FONT", (0, 1), (0, -1), FONT, 7),
        ("FONT", (2, 1), (-2, -1), FONT, 6.6),
        ("FONT", (-1, 1), (-1, -1), FONT_BOLD, 7, 8.4),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (2, 1), (-1, -1), 1.5),
        ("RIGHTPADDING", (2, 1), (-1, -1), 1.5),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for r, e in enumerate(entries, start=1):
        res = e.snapshot.result
        # Plain strings where no wrapping is needed: hundreds of rows must lay out fast.
        row: list[Any] = [
            str(e.number),
            text_para(e.snapshot.revision.fields.title, st.cell_small, empty=tx.t("untitled")),
        ]
        for c, key in enumerate(FACTOR_KEYS, start=2):
            level = res.scores[key].level
            row.append(ctx.level(level) if level.assessed else "–")
            cmds.append(("BACKGROUND", (c, r), (c, r), level_bg(level)))
            if LEVEL_TEXT_COLOURS[level.value] != "#000000":
                cmds.append(("TEXTCOLOR", (c, r), (c, r), HexColor(LEVEL_TEXT_COLOURS[level.value])))
        v = res.verdict
        overall = ctx.level(v.band) + (f"\n{tx.number(v.score)}" if v.score is not None else "")
        if not v.complete:
            overall += "\n" + tx.t("draft_short")
        row.append(overall)
        cmds.append(("BACKGROUND", (8, r), (8, r), level_bg(v.band)))
        cmds.append(("TEXTCOLOR", (8, r), (8, r), HexColor(LEVEL_TEXT_COLOURS[v.band.value])))
        rows.append(row)
    t = Table(rows, colWidths=[num_w, title_w, *([factor_w] * 6), overall_w], repeatRows=1)
    t.setStyle(TableStyle(cmds))
    return [
        para(esc(tx.t("heatmap_heading")), st.h2),
        para(esc(tx.t("heatmap_intro")), st.small),
        Spacer(1, 4),
        t,
    ]


_ZONE_TINT = {
    "target": "#2E7D32",
    "ambitious_risky": "#EF6C00",
    "trivial": "#9E9E9E",
    "weak_risky": "#C62828",
}


def ambition_map(ctx: Ctx, entries: Sequence[Entry]) -> list[Any]:
    """x: potential for results (unclear, modest, substantial); y: overall band; numbered dots."""
    tx, st, rb = ctx.tx, ctx.st, ctx.rb
    potentials = list(Potential)
    bands = list(RISK_LEVELS)  # low (bottom) .. critical (top)
    cells: dict[tuple[int, int], list[Entry]] = {}
    unscored: list[Entry] = []
    for e in entries:
        res = e.snapshot.result
        if not res.verdict.band.assessed:
            unscored.append(e)
            continue
        key = (AMBITION_RANK[res.potential], res.verdict.band.rank - 1)
        cells.setdefault(key, []).append(e)
    left, bottom, top_pad = 74.0, 34.0, 4.0
    width = CONTENT_WIDTH
    cell_w = (width - left) / 3
    label_h = 11.0
    dot = 13.0
    per_row = max(1, int((cell_w - 6) // (dot + 2)))
    fullest = max((len(v) for v in cells.values()), default=0)
    rows_needed = max(2, -(-fullest // per_row))
    cell_h = min(max(50.0, label_h + rows_needed * (dot + 2) + 4), 105.0)
    height = bottom + 4 * cell_h + top_pad
    d = Drawing(width, height)
    for xi, pot in enumerate(potentials):
        for yi, band in enumerate(bands):
            quadrant = ambition_position(pot, band).quadrant
            x0, y0 = left + xi * cell_w, bottom + yi * cell_h
            d.add(
                Rect(
                    x0,
                    y0,
                    cell_w,
                    cell_h,
                    fillColor=tint(_ZONE_TINT[quadrant], 0.13),
                    strokeColor=white,
                    strokeWidth=1.5,
                )
            )
    # Zone names, once per zone, in its upper-left cell.
    for quadrant, (xi, yi) in {
        "weak_risky": (0, 3),
        "ambitious_risky": (2, 3),
        "trivial": (0, 1),
        "target": (2, 1),
    }.items():
        x0, y0 = left + xi * cell_w, bottom + yi * cell_h
        d.add(
            String(
                x0 + 4,
                y0 + cell_h - 9,
                rb.quadrant_label(quadrant),
                fontName=FONT_BOLD,
                fontSize=6.8,
                fillColor=HexColor(_ZONE_TINT[quadrant]),
            )
        )
    # Dots, in reading order inside each cell; what does not fit becomes "+n".
    capacity_rows = max(1, int((cell_h - label_h - 2) // (dot + 2)))
    capacity = per_row * capacity_rows
    for (xi, yi), group in cells.items():
        x0, y0 = left + xi * cell_w, bottom + yi * cell_h
        shown = group if len(group) <= capacity else group[: capacity - 1]
        for k, e in enumerate(shown):
            cx = x0 + 4 + dot / 2 + (k % per_row) * (dot + 2)
            cy = y0 + cell_h - label_h - 2 - dot / 2 - (k // per_row) * (dot + 2)
            band = e.snapshot.result.verdict.band
            d.add(Circle(cx, cy, dot / 2, fillColor=level_bg(band), strokeColor=white, strokeWidth=0.8))
            label = str(e.number)
            size = 6.2 if len(label) < 3 else 5.0
            d.add(
                String(
                    cx,
                    cy - size * 0.36,
                    label,
                    fontName=FONT_BOLD,
                    fontSize=size,
                    textAnchor="middle",
                    fillColor=HexColor(LEVEL_TEXT_COLOURS[band.value]),
                )
            )
        if len(group) > capacity:
            k = capacity - 1
            cx = x0 + 4 + dot / 2 + (k % per_row) * (dot + 2)
            cy = y0 + cell_h - label_h - 2 - dot / 2 - (k // per_row) * (dot + 2)
            d.add(
                String(
                    cx,
                    cy - 2.5,
                    tx.t("map_more", n=len(group) - len(shown)),
                    fontName=FONT_BOLD,
                    fontSize=6.5,
                    textAnchor="middle",
                    fillColor=INK,
                )
            )
    # Axes: band names on the left (risk grows upwards), potentials below (ambition grows rightwards).
    for yi, band in enumerate(bands):
        ymid = bottom + yi * cell_h + cell_h / 2
        d.add(Rect(left - 12, ymid - 3.5, 7, 7, fillColor=level_bg(band), strokeColor=None))
        d.add(
            String(
                left - 16,
                ymid - 2.7,
                ctx.level(band),
                fontName=FONT_BOLD,
                fontSize=7.5,
                textAnchor="end",
                fillColor=INK,
            )
        )
    for xi, pot in enumerate(potentials):
        d.add(
            String(
                left + xi * cell_w + cell_w / 2,
                bottom - 11,
                rb.potential_label(pot),
                fontName=FONT_BOLD,
                fontSize=7.5,
                textAnchor="middle",
                fillColor=INK,
            )
        )
    d.add(Line(left, bottom, width, bottom, strokeColor=MUTED, strokeWidth=0.8))
    d.add(Line(left, bottom, left, height - top_pad, strokeColor=MUTED, strokeWidth=0.8))
    d.add(
        String(
            left + (width - left) / 2,
            4,
            tx.t("map_x") + "  →",
            fontName=FONT,
            fontSize=7.5,
            textAnchor="middle",
            fillColor=MUTED,
        )
    )
    d.add(
        String(2, height - top_pad - 8, tx.t("map_y") + "  ↑", fontName=FONT, fontSize=7.5, fillColor=MUTED)
    )
    out: list[Any] = [
        para(esc(tx.t("map_heading")), st.h2),
        para(esc(tx.t("map_intro")), st.small),
        Spacer(1, 4),
        d,
    ]
    if unscored:
        out.append(
            para(esc(tx.t("map_unscored", numbers=", ".join(f"#{e.number}" for e in unscored))), st.muted)
        )
    return [KeepTogether(out)]
