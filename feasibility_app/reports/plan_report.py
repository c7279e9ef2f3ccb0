"""A whole action plan's portfolio report: which commitments are risky, and which are worth it.

Page 1 gives the counts per band and the heatmap (commitments × six factors, riskiest
first); then the ambition-against-risk map, because the case study's warning is that
joint drafting waters commitments down to the feasible and trivial; then a short
section per commitment, each with its own fingerprint so it can be matched with that
commitment's full report. Built for hundreds of commitments, in a background thread,
with progress and cancel.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
from reportlab.lib.colors import HexColor, white
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from .. import __version__
from ..domain.assessing import CommitmentSnapshot
from ..domain.calibration import Calibration, calibration_from
from ..domain.factors import FACTOR_KEYS, RISK_LEVELS, Level, Potential
from ..domain.model import Plan
from ..domain.paper import default_paper
from ..domain.radar import LEVEL_TEXT_COLOURS
from ..domain.scoring import AMBITION_RANK, WhatIf, ambition_position, count_bands, what_if
from ..domain.wording import Finding
from . import ReportCancelled
from .calibration_section import calibration_section
from .context import Ctx, make_ctx, report_findings
from .fingerprint import fingerprint, plan_fingerprint, short
from .layout import (
    APP_NAME,
    CONTENT_WIDTH,
    FONT,
    FONT_BOLD,
    HEAD_BG,
    INK,
    MUTED,
    RULE,
    Metadata,
    PageFurniture,
    build_pdf,
    esc,
    level_bg,
    meta_table,
    para,
    text_para,
    write_pdf,
)
from .output import check_target
from .radar_drawing import tint

if TYPE_CHECKING:
    from . import ReportSource

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class Entry:
    """One commitment of the portfolio, with its number in the report (1 = riskiest)."""

    number: int
    snapshot: CommitmentSnapshot
    findings: tuple[Finding, ...]
    fingerprint: str


def risk_order(snapshot: CommitmentSnapshot) -> tuple:
    """Sort key: highest band first, then highest score, then title (unscored last)."""
    v = snapshot.result.verdict
    return (
        -(v.band.rank or 0),
        -(v.score or 0.0),
        snapshot.revision.fields.title.casefold(),
        snapshot.commitment_id,
    )


def make_entries(items: Sequence[tuple[CommitmentSnapshot, Sequence[Finding]]]) -> list[Entry]:
    ordered = sorted(items, key=lambda item: risk_order(item[0]))
    return [Entry(i, snap, tuple(f), fingerprint(snap)) for i, (snap, f) in enumerate(ordered, start=1)]


# --- pieces --------------------------------------------------------------------------------


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


def plan_heading(ctx: Ctx, plan: Plan, n: int, fp: str) -> list[Any]:
    tx, st, rb = ctx.tx, ctx.st, ctx.rb
    forum = "; ".join(f"{p.name} ({rb.role_label(p.role)})" for p in plan.parties)
    period = f"{tx.date(plan.start)} – {tx.date(plan.end)}"
    rows = [
        [tx.t("plan_country"), plan.country, tx.t("plan_period"), period],
        [tx.t("plan_commitments"), str(n), tx.t("report_date"), tx.date(ctx.today)],
        [tx.t("plan_forum"), forum, tx.t("app_version"), f"{APP_NAME} {__version__}"],
    ]
    meta = meta_table(rows, st)
    return [
        para(esc(tx.t("plan_report_kind").upper()), st.kicker),
        Spacer(1, 2),
        text_para(plan.title, st.title),
        meta,
    ]


def band_counts(ctx: Ctx, entries: Sequence[Entry]) -> list[Any]:
    """One coloured cell per band, riskiest first, with its count."""
    tx, st = ctx.tx, ctx.st
    counts = count_bands(e.snapshot.result.verdict for e in entries)
    order = [*reversed(RISK_LEVELS), Level.NOT_ASSESSED]
    cells, cmds = [], []
    # The count's own leading: at 18 pt on the 9 pt cell leading its lower half ran into the label.
    big = ParagraphStyle("count_big", parent=st.cell_center, fontName=FONT_BOLD, fontSize=18, leading=21)
    for i, level in enumerate(order):
        fg = LEVEL_TEXT_COLOURS[level.value]
        cells.append(
            [
                para(f'<font color="{fg}">{counts[level]}</font>', big),
                Spacer(1, 2),
                para(f'<font color="{fg}">{esc(ctx.level(level))}</font>', st.cell_center),
            ]
        )
        cmds.append(("BACKGROUND", (i, 0), (i, 0), level_bg(level)))
    t = Table([cells], colWidths=[CONTENT_WIDTH / len(order)] * len(order))
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEAFTER", (0, 0), (-2, 0), 2, white),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                *cmds,
            ]
        )
    )
    incomplete = sum(1 for e in entries if not e.snapshot.result.verdict.complete)
    out: list[Any] = [para(esc(tx.t("counts_heading")), st.h2), t]
    if incomplete:
        out.append(Spacer(1, 3))
        out.append(para(esc(tx.t("incomplete_count", n=incomplete, total=len(entries))), st.muted))
    return out


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


def commitment_section(ctx: Ctx, e: Entry) -> list[Any]:
    """A short section: verdict chip, who leads, what to mitigate first, what to watch."""
    tx, st, rb = ctx.tx, ctx.st, ctx.rb
    snap = e.snapshot
    res = snap.result
    v = res.verdict
    f = snap.revision.fields
    badge_text = ctx.level(v.band).upper() + (f"\n{tx.number(v.score)} / 4" if v.score is not None else "")
    if not v.complete:
        badge_text += "\n" + tx.t("draft_short")
    lines: list[str] = [
        f"<b>{esc(tx.t('lead_agency'))}:</b> {esc(f.lead_agency or '—')} · "
        f"<b>{esc(tx.t('cso_counterpart'))}:</b> {esc(f.other_actors_cso or '—')} · "
        + esc(short_source(ctx, snap)),
    ]
    ranked = sorted(
        (k for k in FACTOR_KEYS if res.scores[k].level.assessed),
        key=lambda k: -(res.scores[k].level.rank or 0),
    )
    top = (
        [k for k in ranked if res.scores[k].level.rank == res.scores[ranked[0]].level.rank] if ranked else []
    )
    if top:
        names = ", ".join(f"{ctx.factor(k)} ({ctx.level(res.scores[k].level)})" for k in top)
        lines.append(esc(tx.t("highest_risks", factors=names)))
    if not v.complete:
        lines.append(esc(tx.t("not_assessed_list", factors=", ".join(ctx.factor(k) for k in v.missing))))
    options = what_if({k: s.level for k, s in res.scores.items()}, snap.plan.weights)
    lines.append(f"<b>{esc(tx.t('brief_whatif'))}</b> " + esc(whatif_compact(ctx, options)))
    pos = ambition_position(res.potential, v.band)
    lines.append(
        f"<b>{esc(tx.t('brief_ambition'))}</b> "
        + esc(
            tx.t(
                "ambition_value",
                quadrant=rb.quadrant_label(pos.quadrant),
                potential=rb.potential_label(res.potential),
            )
        )
    )
    if v.unverified:
        lines.append(esc(tx.t("unverified_list", factors=", ".join(ctx.factor(k) for k in v.unverified))))
    discuss = [k for k, fs in res.spread.items() if fs.discuss]
    if discuss:
        lines.append(esc(tx.t("discuss_list", factors=", ".join(ctx.factor(k) for k in discuss))))
    high = sum(1 for x in e.findings if x.severity == "high")
    lines.append(
        f"<b>{esc(tx.t('brief_wording'))}</b> " + esc(tx.t("wording_count", n=len(e.findings), high=high))
    )
    lines.append(f'<font color="#5F6B76">{esc(tx.t("section_fingerprint", fp=e.fingerprint))}</font>')
    # One table per section, two paragraphs, plain strings in the badge: 500 sections must lay out fast.
    title = para(f"<b>#{e.number}</b>  " + esc(f.title or tx.t("untitled")), st.h3_tight)
    body = para("<br/>".join(lines), st.small)
    # Plain strings do not wrap: shrink the badge's type until its longest line fits.
    badge_size = 7.5
    while badge_size > 5 and max(stringWidth(x, FONT_BOLD, badge_size) for x in badge_text.split("\n")) > 72:
        badge_size -= 0.5
    badge = Table([[badge_text]], colWidths=[78])
    badge.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), level_bg(v.band)),
                ("TEXTCOLOR", (0, 0), (-1, -1), HexColor(LEVEL_TEXT_COLOURS[v.band.value])),
                ("FONT", (0, 0), (-1, -1), FONT_BOLD, badge_size, badge_size * 1.3),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    t = Table([[badge, [title, body]]], colWidths=[82, CONTENT_WIDTH - 82])
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
                ("RIGHTPADDING", (0, 0), (0, 0), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("LEFTPADDING", (1, 0), (1, 0), 6),
            ]
        )
    )
    t._report_step = e.number  # progress marker (see build_plan_pdf)
    return [t, Spacer(1, 10)]


def whatif_compact(ctx: Ctx, options: Sequence[WhatIf]) -> str:
    """The portfolio's one-line what-if: the best single mitigation and where it leaves the verdict."""
    if not options:
        return ctx.tx.t("whatif_nothing")
    w = options[0]
    return ctx.tx.t(
        "whatif_compact",
        factor=ctx.factor(w.factor),
        from_level=ctx.level(w.from_level),
        to_level=ctx.level(w.to_level),
        before=ctx.level(w.before.band),
        after=ctx.level(w.after.band),
        score_before=ctx.tx.number(w.before.score),
        score_after=ctx.tx.number(w.after.score),
    )


def short_source(ctx: Ctx, snap: CommitmentSnapshot) -> str:
    r = snap.result
    if r.source == "single" and r.assessments:
        return ctx.tx.t("src_short_single", party=ctx.party(r.assessments[0]))
    if r.source == "suggested":
        return ctx.tx.t("src_short_suggested", n=len(r.voices))
    return ctx.tx.t("src_short_" + r.source)


def plan_story(
    ctx: Ctx, plan: Plan, entries: Sequence[Entry], fp: str, calibration: Calibration | None = None
) -> list[Any]:
    tx, st = ctx.tx, ctx.st
    story: list[Any] = plan_heading(ctx, plan, len(entries), fp)
    story += [Spacer(1, 4), para(esc(tx.t("prompts_note")), st.muted)]
    if not entries:
        story += [Spacer(1, 12), para(esc(tx.t("plan_empty")), st.body)]
    else:
        story += band_counts(ctx, entries)
        story += heatmap(ctx, entries)
        story += ambition_map(ctx, entries)
        if calibration is not None:
            story += calibration_section(ctx, calibration)
        story.append(para(esc(tx.t("sections_heading")), st.h2))
        for e in entries:
            story += commitment_section(ctx, e)
    story += [
        Spacer(1, 10),
        KeepTogether([para(f"<b>{esc(tx.t('plan_fingerprint_label'))}</b>", st.small), para(fp, st.mono)]),
    ]
    return story


# --- entry points ----------------------------------------------------------------------------


def build_plan_pdf(
    plan: Plan,
    items: Sequence[tuple[CommitmentSnapshot, Sequence[Finding]]],
    out: str | Path | BinaryIO,
    lang: str = "en",
    today: date | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    progress_offset: int = 0,
    progress_total: int | None = None,
    calibration: Calibration | None = None,
    paper: str | None = None,
    region: str | None = None,
) -> Path | None:
    """Write the portfolio report of `plan` from already-read commitments; no database needed.

    Progress counts one step per commitment section laid out (after `progress_offset`);
    `cancelled()` is polled as well, and raises ReportCancelled leaving no file behind.
    `paper`: "a4" or "letter"; None chooses from the plan's country, else `region` (domain.paper).
    """
    ctx = make_ctx(lang, today)
    entries = make_entries(items)
    fp = plan_fingerprint(plan, (e.fingerprint for e in entries))
    total = progress_total if progress_total is not None else len(entries) + 1
    meta = Metadata(
        title=plan.title,
        subject=ctx.tx.t("subject_plan", plan=plan.title),
        keywords=(*ctx.tx.keywords, plan.country, plan.title),
        lang=ctx.tx.pdf_lang,
        author="; ".join(p.name for p in plan.parties),
    )
    furniture = PageFurniture(
        label=plan.title,
        fingerprint_text=ctx.tx.t("footer_fingerprint", fp=short(fp)),
        page_text=ctx.tx.t("footer_page"),
    )

    def on_flowable(flowable: Any) -> None:
        step = getattr(flowable, "_report_step", None)
        if step is None:
            return
        if cancelled is not None and cancelled():
            raise ReportCancelled(ctx.tx.t("cancelled"))
        if progress is not None:
            progress(progress_offset + step, total)

    def build(stream: BinaryIO) -> None:
        build_pdf(
            plan_story(ctx, plan, entries, fp, calibration),
            stream,
            meta,
            furniture,
            on_flowable=on_flowable,
            paper=paper or default_paper(plan.country, region),
        )

    written = write_pdf(out, build)
    if progress is not None:
        progress(total, total)
    return written


def write_plan_report(
    repo: ReportSource,
    plan_id: str,
    out: Path,
    lang: str = "en",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    paper: str | None = None,
    region: str | None = None,
) -> Path:
    """Read every (non-deleted) commitment of the plan and write the portfolio report to `out`.

    `progress(done, total)` is called as commitments are read and laid out; `cancelled()`
    is polled between steps (ReportCancelled, no file written). Both may be None (CLI).
    """
    check_target(Path(out))  # fail before reading hundreds of commitments
    plan = repo.plan(plan_id)
    ids = [s.id for s in repo.summaries(plan_id)]
    n = len(ids)
    total = 2 * n + 1
    items: list[tuple[CommitmentSnapshot, list[Finding]]] = []
    chunk = 100  # read in bulk, but keep progress and cancel responsive
    for first in range(0, n, chunk):
        for snap in repo.snapshots(ids[first : first + chunk]):
            if cancelled is not None and cancelled():
                raise ReportCancelled(make_ctx(lang).tx.t("cancelled"))
            items.append((snap, report_findings(snap, lang)))
            if progress is not None:
                progress(len(items), total)
    written = build_plan_pdf(
        plan,
        items,
        Path(out),
        lang,
        progress=progress,
        cancelled=cancelled,
        progress_offset=n,
        progress_total=total,
        paper=paper,
        region=region,
        calibration=calibration_from([snap for snap, _ in items], repo.outcomes(ids)),
    )
    return written if written is not None else Path(out)
