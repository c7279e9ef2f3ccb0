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

from reportlab.lib.colors import HexColor, white
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from .. import __version__
from ..domain.assessing import CommitmentSnapshot
from ..domain.calibration import Calibration, calibration_from
from ..domain.factors import FACTOR_KEYS, RISK_LEVELS, Level
from ..domain.model import Plan
from ..domain.paper import default_paper
from ..domain.radar import LEVEL_TEXT_COLOURS
from ..domain.scoring import WhatIf, ambition_position, count_bands, what_if
from ..domain.wording import Finding
from . import ReportCancelled
from .calibration_section import calibration_section
from .context import Ctx, make_ctx, report_findings
from .fingerprint import fingerprint, plan_fingerprint, short
from .layout import (
    APP_NAME,
    CONTENT_WIDTH,
    FONT_BOLD,
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
from .plan_charts import ambition_map, heatmap

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
    `paper`: "a4" or "letter"; None takes the plan's paper, else its country's, else `region`
    (domain.paper).
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
            paper=paper or plan.paper or default_paper(plan.country, region),
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
