"""One commitment's PDF risk report: what leaves the room, is printed and signed.

Page 1 answers "how risky, and why" in five seconds: the verdict in its band colour, the
radar of the six factors, the levels at a glance and the mitigation that would move the
verdict most. The following pages hold what a reviewer needs months later: each factor's
rationale and mitigations, the what-if table, the IRM pre-check, the wording findings,
the parties' disagreements, the draft text exactly as scored, and the sign-off block
with the full content fingerprint (also on every page's footer, shortened).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from reportlab.graphics.shapes import Drawing, Line
from reportlab.lib.colors import HexColor, white
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Spacer, Table, TableStyle

from .. import __version__
from ..domain.assessing import CommitmentSnapshot, is_stale
from ..domain.factors import FACTOR_KEYS, Level
from ..domain.model import Assessment, IrmPrecheck
from ..domain.radar import LEVEL_COLOURS, LEVEL_TEXT_COLOURS, series_colour
from ..domain.rubric import Rubric, load_rubric
from ..domain.scoring import WhatIf, ambition_position, what_if
from ..domain.wording import DRAFTING, Finding, check_commitment, is_verifiable, load_rules, severity_rank
from .fingerprint import fingerprint, short
from .layout import (
    APP_NAME,
    BLOCK_BG,
    CONTENT_WIDTH,
    FONT,
    FONT_BOLD,
    HEAD_BG,
    INK,
    MUTED,
    RULE,
    Metadata,
    PageFurniture,
    Styles,
    build_pdf,
    callout,
    chip,
    esc,
    grid_table,
    keep,
    level_bg,
    meta_table,
    para,
    styles,
    text_para,
    write_pdf,
)
from .radar_drawing import RadarSeries, radar_drawing
from .texts import ReportTexts, load_texts

if TYPE_CHECKING:
    from . import ReportSource

SEVERITY_COLOURS = {"high": "#C62828", "medium": "#EF6C00", "low": "#5F6B76"}


@dataclass(frozen=True)
class Ctx:
    """The language-dependent things every section needs."""

    tx: ReportTexts
    rb: Rubric
    st: Styles
    today: date

    def level(self, level: Level | str) -> str:
        return self.rb.level_label(level)

    def factor(self, key: str) -> str:
        return self.rb.factor_label(key) if key != DRAFTING else self.tx.t("factor_drafting")

    def party(self, a: Assessment) -> str:
        return f"{a.assessor} ({self.rb.role_label(a.role)})"


def make_ctx(lang: str, today: date | None = None) -> Ctx:
    return Ctx(load_texts(lang), load_rubric(lang), styles(), today or date.today())


# --- findings ------------------------------------------------------------------------


def report_findings(snapshot: CommitmentSnapshot, lang: str) -> list[Finding]:
    """Wording findings of the scored revision, with messages in the report's language.

    The draft is checked with the rules of the language it is written in (patterns are
    language-specific); each finding's message is then taken from the report language's
    rule of the same id, so a Spanish report of an English draft explains in Spanish.
    """
    fields = snapshot.revision.fields
    findings = check_commitment(fields, snapshot.plan.start, snapshot.plan.end)
    target = load_rules(lang)
    messages = {r.id: r.message for r in target.rules}
    messages.update({r.id: r.message for r in target.structural.values()})
    return [replace(f, message=messages.get(f.rule_id, f.message)) for f in findings]


# --- small pieces ----------------------------------------------------------------------


def irm_of(snapshot: CommitmentSnapshot) -> IrmPrecheck:
    """The IRM answers the result rests on (same choice as domain.assessing.effective_result)."""
    result = snapshot.result
    if result.consensus is not None:
        return result.consensus.irm
    if result.assessments:
        return result.assessments[-1].irm
    return IrmPrecheck()


def source_text(ctx: Ctx, snapshot: CommitmentSnapshot) -> str:
    r = snapshot.result
    if r.source == "consensus" and r.consensus is not None:
        return ctx.tx.t("source_consensus", date=ctx.tx.date(r.consensus.created_at))
    if r.source == "single" and r.assessments:
        return ctx.tx.t("source_single", party=ctx.party(r.assessments[0]))
    if r.source == "suggested":
        return ctx.tx.t("source_suggested", n=len(r.assessments))
    return ctx.tx.t("source_none")


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
    d.add(
        Line(0, 4, 16, 4, strokeColor=_hex(colour), strokeWidth=2, strokeDashArray=[3, 2] if dashed else None)
    )
    return d


def _hex(value: str) -> Any:
    return HexColor(value)


def radar_series(snapshot: CommitmentSnapshot) -> list[tuple[RadarSeries, str | None]]:
    """The polygons of the radar: one per party when several assessed, plus the agreed or
    suggested result dashed; a single polygon with level-coloured vertices otherwise.
    Returns (series, legend key) pairs; the legend key is None for the lone polygon."""
    r = snapshot.result
    effective = {k: s.level for k, s in r.scores.items()}
    if len(r.assessments) >= 2:
        out: list[tuple[RadarSeries, str | None]] = [
            (RadarSeries(a.levels(), series_colour(i), fill=True), a.id) for i, a in enumerate(r.assessments)
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
    by_id = {a.id: a for a in snapshot.result.assessments}
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
            name = ctx.party(by_id[key])
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


# --- page 1 ------------------------------------------------------------------------------


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
    stale = [a for a in snapshot.result.assessments if is_stale(a, snapshot.revision.id)]
    if stale:
        right.append(para(esc(tx.t("stale_list", parties=", ".join(ctx.party(a) for a in stale))), st.small))
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
        if len(r.assessments) >= 2 and fs.blocks:
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


# --- the following sections --------------------------------------------------------------


def factor_sections(ctx: Ctx, snapshot: CommitmentSnapshot) -> list[Any]:
    tx, st = ctx.tx, ctx.st
    r = snapshot.result
    story: list[Any] = [para(esc(tx.t("sec_factors")), st.h2)]
    if r.verdict.unverified:
        story.append(
            callout(
                [
                    para(f"<b>{esc(tx.t('unverified_heading'))}</b>", st.small),
                    para(
                        esc(
                            tx.t(
                                "unverified_text",
                                factors=", ".join(ctx.factor(k) for k in r.verdict.unverified),
                            )
                        ),
                        st.small,
                    ),
                ]
            )
        )
        story.append(Spacer(1, 6))
    unverified = set(r.verdict.unverified)
    for key in FACTOR_KEYS:
        s = r.scores[key]
        ev = "—" if not s.level.assessed else ctx.rb.evidence_label(s.evidence)
        mark = ""
        if key in unverified:
            mark = f'<font color="{LEVEL_COLOURS["high"]}"><b>{esc(tx.t("unverified_mark"))}</b></font>'
        head = Table(
            [
                [
                    para(f"<b>{esc(ctx.factor(key))}</b>", st.cell),
                    chip(ctx.level(s.level), s.level, width=78),
                    para(esc(tx.t("evidence_value", evidence=ev)), st.cell),
                    para(mark, st.cell),
                ]
            ],
            colWidths=[CONTENT_WIDTH - 78 - 110 - 120, 78, 110, 120],
        )
        head.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("BACKGROUND", (0, 0), (0, 0), HEAD_BG),
                    ("BACKGROUND", (2, 0), (-1, 0), HEAD_BG),
                    ("LEFTPADDING", (0, 0), (-1, -1), 4),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                    ("LEFTPADDING", (1, 0), (1, 0), 0),
                    ("RIGHTPADDING", (1, 0), (1, 0), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        block: list[Any] = [head, Spacer(1, 3)]
        question = ctx.rb.question(key)
        block.append(para(f'<font color="#5F6B76">{esc(question)}</font>', st.small))
        if s.level.assessed:
            anchor = tx.t("anchor_value", level=ctx.level(s.level), anchor=ctx.rb.anchor(key, s.level))
            block.append(para(f'<font color="#5F6B76">{esc(anchor)}</font>', st.small))
        block.append(Spacer(1, 2))
        block.append(
            para(
                f"<b>{esc(tx.t('rationale'))}</b> "
                + (esc(s.rationale) if s.rationale.strip() else esc(tx.t("no_rationale"))),
                st.body,
            )
        )
        if s.consensus_note.strip():
            block.append(para(f"<b>{esc(tx.t('consensus_note'))}</b> " + esc(s.consensus_note), st.body))
        block.append(Spacer(1, 3))
        if s.mitigations:
            rows: list[list[Any]] = [
                [
                    para(esc(tx.t("col_action")), st.cell_head),
                    para(esc(tx.t("col_owner")), st.cell_head),
                    para(esc(tx.t("col_due")), st.cell_head),
                ]
            ]
            for m in s.mitigations:
                rows.append(
                    [
                        text_para(m.action, st.cell),
                        text_para(m.owner, st.cell),
                        para(esc(tx.date(m.due)), st.cell),
                    ]
                )
            block.append(grid_table(rows, [CONTENT_WIDTH - 150 - 88, 150, 88]))
        else:
            block.append(para(esc(tx.t("no_mitigations")), st.muted))
        story += keep(block)
        story.append(Spacer(1, 9))
    return story


def whatif_section(ctx: Ctx, snapshot: CommitmentSnapshot) -> list[Any]:
    tx, st = ctx.tx, ctx.st
    r = snapshot.result
    options = what_if({k: s.level for k, s in r.scores.items()}, snapshot.plan.weights)
    story: list[Any] = [para(esc(tx.t("sec_whatif")), st.h2), para(esc(tx.t("whatif_intro")), st.small)]
    if not r.verdict.complete:
        story.append(para(esc(tx.t("whatif_incomplete")), st.muted))
    story.append(Spacer(1, 4))
    if not options:
        story.append(para(esc(tx.t("whatif_nothing")), st.body))
        return story
    rows: list[list[Any]] = [
        [
            para(esc(tx.t(k)), st.cell_head)
            for k in ("col_factor", "col_mitigate", "col_overall_after", "col_score")
        ]
    ]
    cmds: list[tuple] = []
    for i, w in enumerate(options, start=1):
        weight = st.cell_bold if i == 1 else st.cell
        moved = w.band_steps > 0
        after = f"{esc(ctx.level(w.before.band))} → {esc(ctx.level(w.after.band))}"
        if moved:
            after = f"<b>{after}</b>"
        rows.append(
            [
                para(esc(ctx.factor(w.factor)), weight),
                para(f"{esc(ctx.level(w.from_level))} → {esc(ctx.level(w.to_level))}", weight),
                para(after if moved else esc(tx.t("band_unchanged", band=ctx.level(w.after.band))), weight),
                para(f"{tx.number(w.before.score)} → {tx.number(w.after.score)}", weight),
            ]
        )
        if moved:
            cmds.append(("BACKGROUND", (2, i), (2, i), level_bg(w.after.band)))
            cmds.append(("TEXTCOLOR", (2, i), (2, i), _hex(LEVEL_TEXT_COLOURS[w.after.band.value])))
    story.append(grid_table(rows, [CONTENT_WIDTH - 120 - 150 - 90, 120, 150, 90], extra=cmds, zebra=False))
    return story


def irm_section(ctx: Ctx, snapshot: CommitmentSnapshot, findings: Sequence[Finding]) -> list[Any]:
    tx, st, rb = ctx.tx, ctx.st, ctx.rb
    r = snapshot.result
    irm = irm_of(snapshot)
    verifiable = {True: tx.t("yes"), False: tx.t("no"), None: tx.t("not_answered")}[irm.verifiable]
    hint = tx.t("verifiable_hint_ok") if is_verifiable(findings) else tx.t("verifiable_hint_gap")
    values = ", ".join(rb.value_label(v) for v in irm.values) or tx.t("none_stated")
    lens = f"<b>{esc(values)}</b>" + (f"<br/>{esc(irm.lens_note)}" if irm.lens_note.strip() else "")
    pos = ambition_position(r.potential, r.verdict.band)
    rows: list[list[Any]] = [
        [
            para(esc(tx.t("irm_verifiable")), st.cell_bold),
            para(f"<b>{esc(verifiable)}</b><br/>{esc(hint)}", st.cell),
        ],
        [para(esc(tx.t("irm_lens")), st.cell_bold), para(lens, st.cell)],
        [
            para(esc(tx.t("irm_potential")), st.cell_bold),
            para(
                f"<b>{esc(rb.potential_label(r.potential))}</b>: {esc(rb.potential_help(r.potential))}",
                st.cell,
            ),
        ],
        [
            para(esc(tx.t("irm_ambition")), st.cell_bold),
            para(
                f"<b>{esc(rb.quadrant_label(pos.quadrant))}</b> — "
                f"{esc(tx.t('quadrant_help_' + pos.quadrant))}",
                st.cell,
            ),
        ],
    ]
    potentials = {a.irm.potential for a in r.assessments}
    if len(r.assessments) >= 2 and len(potentials) > 1:
        by_party = "; ".join(f"{ctx.party(a)}: {rb.potential_label(a.irm.potential)}" for a in r.assessments)
        rows.append([para(esc(tx.t("irm_by_party")), st.cell_bold), text_para(by_party, st.cell)])
    return [
        para(esc(tx.t("sec_irm")), st.h2),
        para(esc(tx.t("irm_intro")), st.small),
        Spacer(1, 4),
        grid_table(rows, [130, CONTENT_WIDTH - 130], header_rows=0, zebra=False),
    ]


def wording_section(ctx: Ctx, findings: Sequence[Finding]) -> list[Any]:
    tx, st = ctx.tx, ctx.st
    story: list[Any] = [para(esc(tx.t("sec_wording")), st.h2)]
    if not findings:
        story.append(para(esc(tx.t("wording_none")), st.body))
        return story
    story.append(para(esc(tx.t("wording_intro")), st.small))
    story.append(Spacer(1, 4))
    rows: list[list[Any]] = [
        [
            para(esc(tx.t(k)), st.cell_head)
            for k in ("col_severity", "col_factor", "col_phrase", "col_message")
        ]
    ]
    ordered = sorted(findings, key=lambda f: (-severity_rank(f.severity), f.start, f.rule_id))
    for f in ordered:
        colour = SEVERITY_COLOURS.get(f.severity, "#5F6B76")
        phrase = f"“{esc(f.phrase)}”" if f.phrase else "—"
        rows.append(
            [
                para(f'<font color="{colour}"><b>{esc(tx.t("severity_" + f.severity))}</b></font>', st.cell),
                para(esc(ctx.factor(f.factor)), st.cell),
                para(phrase, st.cell),
                text_para(f.message, st.cell),
            ]
        )
    story.append(grid_table(rows, [56, 92, 130, CONTENT_WIDTH - 56 - 92 - 130]))
    return story


def parties_section(ctx: Ctx, snapshot: CommitmentSnapshot) -> list[Any]:
    tx, st = ctx.tx, ctx.st
    r = snapshot.result
    parties = list(r.assessments)
    if len(parties) < 2:
        return []
    story: list[Any] = [
        para(esc(tx.t("sec_parties")), st.h2),
        para(esc(tx.t("parties_intro")), st.small),
        Spacer(1, 4),
    ]
    fixed = 88 + 48 + 62 + 46
    party_w = (CONTENT_WIDTH - fixed) / len(parties)
    head = [para(esc(tx.t("col_factor")), st.cell_head)]
    head += [para(esc(ctx.party(a)), st.cell_head) for a in parties]
    head += [para(esc(tx.t(k)), st.cell_head) for k in ("col_spread", "col_suggested", "col_discuss")]
    rows: list[list[Any]] = [head]
    cmds: list[tuple] = []
    blocks: list[str] = []
    for i, key in enumerate(FACTOR_KEYS, start=1):
        fs = r.spread[key]
        row: list[Any] = [para(esc(ctx.factor(key)), st.cell)]
        for j, level in enumerate(fs.levels, start=1):
            text = esc(ctx.level(level))
            if level is Level.CRITICAL:
                text = f"<b>{text}</b><br/>{esc(tx.t('block_mark'))}"
                blocks.append(tx.t("block_text", party=ctx.party(parties[j - 1]), factor=ctx.factor(key)))
            row.append(para(f'<font color="{LEVEL_TEXT_COLOURS[level.value]}">{text}</font>', st.cell_center))
            cmds.append(("BACKGROUND", (j, i), (j, i), level_bg(level)))
        row.append(para("–" if fs.spread is None else str(fs.spread), st.cell_center))
        row.append(para(esc(ctx.level(fs.suggested)), st.cell))
        row.append(
            para(
                f'<font color="{LEVEL_COLOURS["critical"]}"><b>{esc(tx.t("discuss_mark"))}</b></font>'
                if fs.discuss
                else "",
                st.cell,
            )
        )
        rows.append(row)
    widths = [88] + [party_w] * len(parties) + [48, 62, 46]
    story.append(
        grid_table(rows, widths, extra=[*cmds, ("LINEAFTER", (0, 0), (-1, -1), 0.6, white)], zebra=False)
    )
    if blocks:
        story.append(Spacer(1, 5))
        story.append(
            callout(
                [para(esc(b), st.small) for b in blocks],
                background=BLOCK_BG,
                line=_hex(LEVEL_COLOURS["critical"]),
            )
        )
    stale = [a for a in parties if is_stale(a, snapshot.revision.id)]
    for a in stale:
        story.append(para(esc(tx.t("stale_party", party=ctx.party(a), id=a.revision_id[:8])), st.muted))
    return story


def text_section(ctx: Ctx, snapshot: CommitmentSnapshot) -> list[Any]:
    tx, st, rb = ctx.tx, ctx.st, ctx.rb
    f = snapshot.revision.fields
    rev = snapshot.revision
    story: list[Any] = [
        para(esc(tx.t("sec_text")), st.h2),
        para(
            esc(tx.t("text_intro", id=rev.id, date=tx.date(rev.created_at), author=rev.author or "—")),
            st.muted,
        ),
        Spacer(1, 4),
    ]
    period = f"{tx.date(f.start)} – {tx.date(f.end)}"
    fields = [
        ("field_title", f.title),
        ("field_problem", f.problem),
        ("field_status_quo", f.status_quo),
        ("field_draft_text", f.draft_text),
        ("field_how_it_helps", f.how_it_helps),
        ("field_values", ", ".join(rb.value_label(v) for v in f.og_values)),
        ("lead_agency", f.lead_agency),
        ("field_other_gov", f.other_actors_government),
        ("field_other_cso", f.other_actors_cso),
        ("field_budget", f.budget_note),
        ("field_period", period),
        ("field_status", rb.status_label(f.status)),
    ]
    for key, value in fields:
        label = para(esc(tx.t(key)), st.kicker)
        story += keep([label, text_para(value, st.body if key == "field_draft_text" else st.small)], 200, 45)
        story.append(Spacer(1, 4))
    label = para(esc(tx.t("field_milestones")), st.kicker)
    if f.milestones:
        rows: list[list[Any]] = [
            [para(esc(tx.t(k)), st.cell_head) for k in ("col_output", "col_start", "col_end")]
        ]
        for m in f.milestones:
            rows.append(
                [
                    text_para(m.output, st.cell),
                    para(esc(tx.date(m.start)), st.cell),
                    para(esc(tx.date(m.end)), st.cell),
                ]
            )
        story += keep([label, grid_table(rows, [CONTENT_WIDTH - 180, 90, 90])], 200, 60)
    else:
        story += keep([label, para("—", st.small)])
    return story


def signoff_section(ctx: Ctx, snapshot: CommitmentSnapshot, fp: str) -> list[Any]:
    tx, st = ctx.tx, ctx.st
    parties = [(p.name, ctx.rb.role_label(p.role)) for p in snapshot.plan.parties] or [("", "")] * 3
    rows: list[list[Any]] = [
        [para(esc(tx.t(k)), st.cell_head) for k in ("col_party", "col_role", "col_signature", "col_date")]
    ]
    for name, role in parties:
        rows.append([text_para(name, st.cell, empty=""), text_para(role, st.cell, empty=""), "", ""])
    t = Table(
        rows,
        colWidths=[170, 80, 145, CONTENT_WIDTH - 395],
        rowHeights=[None] + [38] * len(parties),
        repeatRows=1,
    )
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
                ("LINEBELOW", (0, 0), (-1, -1), 0.6, MUTED),
                ("LINEAFTER", (0, 1), (-2, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    block = [
        para(esc(tx.t("sec_signoff")), st.h2),
        para(esc(tx.t("signoff_intro", date=tx.date(ctx.today))), st.small),
        Spacer(1, 6),
        para(f"<b>{esc(tx.t('fingerprint_label'))}</b>", st.small),
        para(fp, st.mono),
        para(esc(tx.t("fingerprint_help")), st.muted),
        Spacer(1, 8),
        t,
    ]
    if not snapshot.plan.parties:
        block.append(para(esc(tx.t("signoff_no_parties")), st.muted))
    return [CondPageBreak(260), KeepTogether(block)]


# --- the whole report ------------------------------------------------------------------


def commitment_story(
    ctx: Ctx, snapshot: CommitmentSnapshot, findings: Sequence[Finding], fp: str
) -> list[Any]:
    story = first_page(ctx, snapshot, findings)
    story.append(PageBreak())
    story += factor_sections(ctx, snapshot)
    story += whatif_section(ctx, snapshot)
    story += irm_section(ctx, snapshot, findings)
    story += wording_section(ctx, findings)
    story += parties_section(ctx, snapshot)
    story += text_section(ctx, snapshot)
    story += signoff_section(ctx, snapshot, fp)
    return story


def build_commitment_pdf(
    snapshot: CommitmentSnapshot,
    findings: Sequence[Finding],
    out: str | Path | BinaryIO,
    lang: str = "en",
    today: date | None = None,
) -> Path | None:
    """Write one commitment's report to a path (atomically) or a binary stream; no database needed.

    Returns the path written, or None for a stream. `today` fixes the printed date (tests).
    """
    ctx = make_ctx(lang, today)
    fp = fingerprint(snapshot)
    title = snapshot.revision.fields.title or ctx.tx.t("untitled")
    meta = Metadata(
        title=title,
        subject=ctx.tx.t("subject_commitment", plan=snapshot.plan.title),
        keywords=(
            *ctx.tx.keywords,
            snapshot.plan.country,
            snapshot.plan.title,
            ctx.level(snapshot.result.verdict.band),
        ),
        lang=ctx.tx.pdf_lang,
        author=snapshot.revision.fields.lead_agency,
    )
    furniture = PageFurniture(
        label=f"{title} · {snapshot.plan.title}",
        fingerprint_text=ctx.tx.t("footer_fingerprint", fp=short(fp)),
        page_text=ctx.tx.t("footer_page"),
        draft_text="" if snapshot.result.verdict.complete else ctx.tx.t("draft_incomplete"),
    )

    def build(stream: BinaryIO) -> None:
        build_pdf(commitment_story(ctx, snapshot, findings, fp), stream, meta, furniture)

    return write_pdf(out, build)


def write_commitment_report(repo: ReportSource, commitment_id: str, out: Path, lang: str = "en") -> Path:
    """Read the commitment at one moment, check its wording, and write its report to `out`."""
    snapshot = repo.snapshot(commitment_id)
    findings = report_findings(snapshot, lang)
    written = build_commitment_pdf(snapshot, findings, Path(out), lang)
    return written if written is not None else Path(out)


__all__ = [
    "build_commitment_pdf",
    "report_findings",
    "write_commitment_report",
]
