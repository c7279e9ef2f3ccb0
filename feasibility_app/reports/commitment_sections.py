"""The pages after page 1 of one commitment's report: what a reviewer needs months later.

Each factor's rationale and mitigations, the what-if table, the IRM pre-check, the
wording findings, the parties' comparison, the draft text exactly as scored and the
sign-off block with the full fingerprint. One function per section, each returning
its flowables; commitment_report puts them in order.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import Spacer, Table, TableStyle

from ..domain.assessing import CommitmentSnapshot
from ..domain.factors import FACTOR_KEYS
from ..domain.model import IrmPrecheck
from ..domain.radar import LEVEL_COLOURS, LEVEL_TEXT_COLOURS
from ..domain.scoring import ambition_position, what_if
from ..domain.wording import Finding, is_verifiable, severity_rank
from .context import Ctx
from .layout import (
    CONTENT_WIDTH,
    HEAD_BG,
    callout,
    chip,
    esc,
    grid_table,
    hexcolour,
    keep,
    level_bg,
    para,
    text_para,
)
from .long_text import text_paras

SEVERITY_COLOURS = {"high": "#C62828", "medium": "#EF6C00", "low": "#5F6B76"}


def irm_of(snapshot: CommitmentSnapshot) -> IrmPrecheck:
    """The IRM answers the result rests on (same choice as domain.assessing.effective_result)."""
    result = snapshot.result
    if result.consensus is not None:
        return result.consensus.irm
    if result.assessments:
        return result.assessments[-1].irm
    return IrmPrecheck()


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
            anchor = tx.t("anchor_value", level=ctx.level(s.level), anchor=ctx.rb.meaning(key, s.level))
            block.append(para(f'<font color="#5F6B76">{esc(anchor)}</font>', st.small))
            example = ctx.rb.example(key, s.level)
            if example:  # apart from the meaning: never read as a fact about this commitment
                case = f"{ctx.rb.case_study_prefix} {example}"
                block.append(para(f'<font color="#5F6B76"><i>{esc(case)}</i></font>', st.small))
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
    moving = [w for w in options if w.band_steps > 0]
    if not moving:  # rows that each say "stays high" mean nothing: one line says it
        from .commitment_first_page import whatif_sentence

        story.append(para(esc(whatif_sentence(ctx, options, r.verdict.critical)), st.body))
        return story
    options = moving
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
            cmds.append(("TEXTCOLOR", (2, i), (2, i), hexcolour(LEVEL_TEXT_COLOURS[w.after.band.value])))
    story.append(grid_table(rows, [CONTENT_WIDTH - 120 - 150 - 90, 120, 150, 90], extra=cmds, zebra=False))
    return story


def irm_section(ctx: Ctx, snapshot: CommitmentSnapshot, findings: Sequence[Finding]) -> list[Any]:
    tx, st, rb = ctx.tx, ctx.st, ctx.rb
    r = snapshot.result
    irm = irm_of(snapshot)
    verifiable = {True: tx.t("yes"), False: tx.t("no"), None: tx.t("not_answered")}[irm.verifiable]
    clean = is_verifiable(findings)
    if clean and irm.verifiable is False:  # the forum said no: the checks must not seem to say yes
        hint = tx.t("verifiable_hint_no_but_clean")
    else:
        hint = tx.t("verifiable_hint_ok") if clean else tx.t("verifiable_hint_gap")
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
        # one row per assessor: a table splits between rows, never inside one (40 assessors with
        # long names made one cell taller than a page)
        for i, a in enumerate(r.assessments):
            label = para(esc(tx.t("irm_by_party")), st.cell_bold) if i == 0 else ""
            rows.append([label, text_para(f"{ctx.party(a)}: {rb.potential_label(a.irm.potential)}", st.cell)])
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
    # A pasted 400 KB document gave thousands of findings and 300 pages of table; the report
    # lists the most severe first, up to REPORT_FINDINGS_MAX, and says how many more there are.
    ordered, rest = ordered[:REPORT_FINDINGS_MAX], len(ordered) - REPORT_FINDINGS_MAX
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
    widths = [56, 92, 130, CONTENT_WIDTH - 56 - 92 - 130]
    # A table re-measures all its remaining rows at every page break: thousands of findings (a
    # 400 KB draft) made that quadratic. Tables of FINDINGS_PER_TABLE rows stack seamlessly.
    story.append(grid_table(rows[: FINDINGS_PER_TABLE + 1], widths))
    for i in range(FINDINGS_PER_TABLE + 1, len(rows), FINDINGS_PER_TABLE):
        story.append(grid_table(rows[i : i + FINDINGS_PER_TABLE], widths, header_rows=0))
    if rest > 0:
        story.append(Spacer(1, 3))
        story.append(para(esc(tx.t("wording_more", n=rest)), st.small))
    return story


FINDINGS_PER_TABLE = 40  # even, so the zebra stripes continue across the stacked tables
REPORT_FINDINGS_MAX = 120  # about six pages; `check` lists every finding


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
        style = st.body if key == "field_draft_text" else st.small
        story += keep([label, *text_paras(value, style)], 200, 45)
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
