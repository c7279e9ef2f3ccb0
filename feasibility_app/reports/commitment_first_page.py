"""Page 1 of one commitment's report: "how risky, and why" in five seconds.

The heading, the verdict in its band colour, the radar of the six factors beside the
levels at a glance, and the three-sentence brief (the mitigation that moves the verdict
most, ambition, wording). Page 1 is what most readers see, so it has a module of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.graphics.shapes import Drawing, Line
from reportlab.lib.colors import white
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Spacer, Table, TableStyle

from .. import __version__
from ..domain.assessing import CommitmentSnapshot
from ..domain.factors import FACTOR_KEYS, Level
from ..domain.forum import party_colour
from ..domain.radar import LEVEL_COLOURS, LEVEL_TEXT_COLOURS, series_colour
from ..domain.scoring import WhatIf, ambition_position, what_if
from ..domain.wording import Finding
from .context import Ctx
from .forum_sections import record_notes, source_text, voice_name
from .layout import (
    APP_NAME,
    CONTENT_WIDTH,
    FONT,
    FONT_BOLD,
    HEAD_BG,
    INK,
    RULE,
    callout,
    esc,
    hexcolour,
    level_bg,
    meta_table,
    para,
    text_para,
)
from .radar_drawing import RadarSeries, radar_drawing


def score_text(ctx: Ctx, score: float | None) -> str:
    return ctx.tx.t("score_of", score=ctx.tx.number(score)) if score is not None else ctx.tx.t("no_score")


def whatif_sentence(ctx: Ctx, options: Sequence[WhatIf], critical: Sequence[str] = ()) -> str:
    """The mitigation that moves the verdict most, or why no single one does (plain text)."""
    if not options:
        return ctx.tx.t("whatif_nothing")
    w = options[0]
    values = {
        "factor": ctx.factor(w.factor),
        "from_level": ctx.level(w.from_level),
        "to_level": ctx.level(w.to_level),
        "before": ctx.level(w.before.band),
        "after": ctx.level(w.after.band),
        "score_before": ctx.tx.number(w.before.score),
        "score_after": ctx.tx.number(w.after.score),
    }
    if w.band_steps > 0:
        return ctx.tx.t("whatif_top", **values)
    if w.before.band is Level.LOW:
        return ctx.tx.t("whatif_already_low", **values)
    text = ctx.tx.t("whatif_no_single", **values)
    if len(critical) > 1:
        text += " " + ctx.tx.t("whatif_critical_floor", factors=", ".join(ctx.factor(k) for k in critical))
    return text


def swatch(colour: str, dashed: bool = False) -> Drawing:
    d = Drawing(16, 8)
    dash = [3, 2] if dashed else None
    d.add(Line(0, 4, 16, 4, strokeColor=hexcolour(colour), strokeWidth=2, strokeDashArray=dash))
    return d


def radar_series(snapshot: CommitmentSnapshot) -> list[tuple[RadarSeries, str | None]]:
    """The polygons of the radar: one per party (its colour fixed by its place in the forum)
    when several parties scored or one party has several members, plus the result dashed
    (the agreed consensus while it is in force, else the suggestion); a single polygon with
    level-coloured vertices otherwise. Returns (series, legend key) pairs: the voice's key,
    "result", or None for the lone polygon."""
    r = snapshot.result
    effective = {k: s.level for k, s in r.scores.items()}
    if len(r.voices) >= 2 or (r.voices and len(r.voices[0].members) > 1):
        out: list[tuple[RadarSeries, str | None]] = [
            (RadarSeries(v.levels, party_colour(v.key, snapshot.plan.parties), fill=True), v.key)
            for v in r.voices
        ]
        out.append((RadarSeries(effective, "#000000", dashed=True, fill=False), "result"))
        return out
    if any(level.assessed for level in effective.values()):
        return [(RadarSeries(effective, series_colour(0), level_dots=True), None)]
    return []


def radar_block(ctx: Ctx, snapshot: CommitmentSnapshot, width: float, height: float) -> list[Any]:
    """The radar drawing and, with several parties, its legend."""
    pairs = radar_series(snapshot)
    labels = {k: ctx.factor(k) for k in FACTOR_KEYS}
    ring_labels = [ctx.level(level) for level in (Level.LOW, Level.MODERATE, Level.HIGH, Level.CRITICAL)]
    drawing = radar_drawing(
        [p[0] for p in pairs],
        labels,
        width,
        height,
        ring_labels=ring_labels,
        font=FONT,
        bold_font=FONT_BOLD,
        font_size=7.5,
    )
    out: list[Any] = [drawing]
    legend_rows = []
    by_key = {v.key: v for v in snapshot.result.voices}
    for series, key in pairs:
        if key is None:
            continue
        if key == "result":
            name = (
                ctx.tx.t("legend_consensus")
                if snapshot.result.source == "consensus"
                else ctx.tx.t("legend_suggested")
            )
        else:
            name = voice_name(ctx, by_key[key].name)
        legend_rows.append([swatch(series.colour, series.dashed), text_para(name, ctx.st.cell_small)])
    if legend_rows:
        t = Table(legend_rows, colWidths=[20, width - 20], hAlign="LEFT")
        t.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 1),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 1),
                    ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
                ]
            )
        )
        out.append(t)
    return out


def heading(ctx: Ctx, snapshot: CommitmentSnapshot) -> list[Any]:
    tx, st = ctx.tx, ctx.st
    f = snapshot.revision.fields
    rev = snapshot.revision
    rows = [
        [tx.t("action_plan"), snapshot.plan.title, tx.t("lead_agency"), f.lead_agency],
        [
            tx.t("cso_counterpart"),
            f.other_actors_cso,
            tx.t("revision_scored"),
            tx.t("revision_value", id=rev.id[:8], date=tx.date(rev.created_at)),
        ],
        [tx.t("report_date"), tx.date(ctx.today), tx.t("app_version"), f"{APP_NAME} {__version__}"],
    ]
    meta = meta_table(rows, st)
    return [
        para(esc(tx.t("report_kind").upper()), st.kicker),
        Spacer(1, 2),
        text_para(f.title, st.title, empty=tx.t("untitled")),
        meta,
    ]


def fitted(style: ParagraphStyle, text: str, width: float, smallest: float = 11) -> ParagraphStyle:
    """`style` shrunk until `text` fits on one line of `width` ("MODERADO" must not break)."""
    size = style.fontSize
    while size > smallest and stringWidth(text, style.fontName, size) > width:
        size -= 1
    if size == style.fontSize:
        return style
    return ParagraphStyle(f"{style.name}-{size}", parent=style, fontSize=size, leading=size * 1.17)


def verdict_block(ctx: Ctx, snapshot: CommitmentSnapshot) -> list[Any]:
    """The verdict: band in its colour with the score, and beside it what qualifies it."""
    tx, st = ctx.tx, ctx.st
    v = snapshot.result.verdict
    band = v.band
    fg = LEVEL_TEXT_COLOURS[band.value]
    left = [
        para(f'<font color="{fg}">{esc(tx.t("overall_risk").upper())}</font>', st.verdict_sub),
        para(
            f'<font color="{fg}">{esc(ctx.level(band).upper())}</font>',
            fitted(st.verdict, ctx.level(band).upper(), 142),
        ),
        para(f'<font color="{fg}">{esc(score_text(ctx, v.score))}</font>', st.verdict_sub),
    ]
    right: list[Any] = []
    if not v.complete:
        right.append(para(esc(tx.t("draft_incomplete")), st.draft))
        right.append(
            para(
                esc(tx.t("not_assessed_list", factors=", ".join(ctx.factor(k) for k in v.missing))), st.small
            )
        )
    right.append(para(esc(source_text(ctx, snapshot)), st.small))
    if v.floored:
        right.append(para(esc(tx.t("floored_note")), st.small))
    if v.critical:
        right.append(
            para(
                "<b>"
                + esc(tx.t("critical_list", factors=", ".join(ctx.factor(k) for k in v.critical)))
                + "</b>",
                st.small,
            )
        )
    if v.unverified:
        right.append(
            para(
                esc(tx.t("unverified_list", factors=", ".join(ctx.factor(k) for k in v.unverified))), st.small
            )
        )
    discuss = [k for k, fs in snapshot.result.spread.items() if fs.discuss]
    if discuss:
        right.append(
            para(esc(tx.t("discuss_list", factors=", ".join(ctx.factor(k) for k in discuss))), st.small)
        )
    for note in record_notes(ctx, snapshot):
        right.append(para("<b>" + esc(note) + "</b>", st.small))
    if snapshot.deleted:
        right.append(para("<b>" + esc(tx.t("deleted_note")) + "</b>", st.small))
    t = Table([[left, right]], colWidths=[158, CONTENT_WIDTH - 158])
    t.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (0, 0), level_bg(band)),
                ("BACKGROUND", (1, 0), (1, 0), HEAD_BG),
                ("VALIGN", (0, 0), (0, 0), "MIDDLE"),
                ("VALIGN", (1, 0), (1, 0), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return [t]


def glance_table(ctx: Ctx, snapshot: CommitmentSnapshot, width: float) -> Table:
    """The radar in words: each factor's level on its colour, its evidence, discuss and block marks."""
    tx, st = ctx.tx, ctx.st
    r = snapshot.result
    unverified = set(r.verdict.unverified)
    red, orange = LEVEL_COLOURS["critical"], LEVEL_COLOURS["high"]
    rows: list[list[Any]] = [
        [para(esc(tx.t("col_factor")), st.cell_head), para(esc(tx.t("col_level")), st.cell_head)]
    ]
    cmds: list[tuple] = []
    for i, key in enumerate(FACTOR_KEYS, start=1):
        s = r.scores[key]
        fs = r.spread[key]
        notes = []
        if s.level.assessed:
            ev = esc(ctx.rb.evidence_label(s.evidence))
            if key in unverified:
                ev = f'<font color="{orange}"><b>{ev} · {esc(tx.t("unverified_short"))}</b></font>'
            notes.append(ev)
        if fs.discuss:
            notes.append(f'<font color="{red}"><b>{esc(tx.t("discuss_mark"))}</b></font>')
        if len(r.voices) >= 2 and fs.blocks:
            notes.append(f'<font color="{red}"><b>{esc(tx.t("block_mark"))}</b></font>')
        label = f"<b>{esc(ctx.factor(key))}</b>"
        if notes:
            label += '<br/><font size="7">' + " · ".join(notes) + "</font>"
        level = f'<font color="{LEVEL_TEXT_COLOURS[s.level.value]}"><b>{esc(ctx.level(s.level))}</b></font>'
        rows.append([para(label, st.cell), para(level, st.cell_center)])
        cmds.append(("BACKGROUND", (1, i), (1, i), level_bg(s.level)))
    w_level = 64
    t = Table(rows, colWidths=[width - w_level, w_level])
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("LINEBELOW", (1, 1), (1, -1), 1.2, white),
                ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                *cmds,
            ]
        )
    )
    return t


def first_page(ctx: Ctx, snapshot: CommitmentSnapshot, findings: Sequence[Finding]) -> list[Any]:
    tx, st = ctx.tx, ctx.st
    story: list[Any] = heading(ctx, snapshot)
    story.append(Spacer(1, 9))
    story += verdict_block(ctx, snapshot)
    story.append(Spacer(1, 8))
    radar_w, glance_w = 292, CONTENT_WIDTH - 292 - 8
    left = radar_block(ctx, snapshot, radar_w, 268)
    right: list[Any] = [glance_table(ctx, snapshot, glance_w)]
    marks = snapshot.result.spread.values()
    several = len(snapshot.result.voices) >= 2
    if any(fs.discuss for fs in marks) or (several and any(fs.blocks for fs in marks)):
        right.append(Spacer(1, 3))
        right.append(para(esc(tx.t("marks_help")), st.muted))  # the words explained where they first appear
    pair = Table([[left, right]], colWidths=[radar_w + 8, glance_w])
    pair.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    story.append(pair)
    story.append(Spacer(1, 8))
    # In brief: the three sentences a negotiator reads after the verdict.
    r = snapshot.result
    levels = {k: s.level for k, s in r.scores.items()}
    options = what_if(levels, snapshot.plan.weights)
    pos = ambition_position(r.potential, r.verdict.band)
    high = sum(1 for f in findings if f.severity == "high")
    brief = [
        para(
            f"<b>{esc(tx.t('brief_whatif'))}</b> " + esc(whatif_sentence(ctx, options, r.verdict.critical)),
            st.small,
        ),
        para(
            f"<b>{esc(tx.t('brief_ambition'))}</b> "
            + esc(
                tx.t(
                    "ambition_value",
                    quadrant=ctx.rb.quadrant_label(pos.quadrant),
                    potential=ctx.rb.potential_label(r.potential),
                )
            ),
            st.small,
        ),
        para(
            f"<b>{esc(tx.t('brief_wording'))}</b> " + esc(tx.t("wording_count", n=len(findings), high=high)),
            st.small,
        ),
    ]
    story.append(callout(brief, background=HEAD_BG, line=INK))
    return story
