"""The portfolio report's calibration section: did the risks seen at signing come true?

A table per band at signing (counts per completion, the share that fell short
with its 95 % interval) and per factor, under a sentence that keeps the claim
honest: the scores are risk prompts for discussion; below the threshold of
outcomes the section says there are too few to say anything.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from ..domain.calibration import MIN_OUTCOMES, Calibration, Rate, rate_of
from ..domain.outcomes import Completion
from .context import Ctx
from .layout import CONTENT_WIDTH, HEAD_BG, RULE, esc, para

COMPLETIONS = tuple(c.value for c in Completion)


def rate_text(ctx: Ctx, rate: Rate) -> str:
    if rate.n == 0:
        return "–"
    lo, hi = rate.interval
    text = ctx.tx.t("cal_rate", k=rate.fell_short, n=rate.n, lo=round(lo * 100), hi=round(hi * 100))
    return text if rate.enough else f"{text} · {ctx.tx.t('cal_too_few_short')}"


def _table(rows: list[list[Any]], widths: list[float]) -> Table:
    t = Table(rows, colWidths=widths, repeatRows=1)
    t.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return t


def calibration_section(ctx: Ctx, cal: Calibration) -> list[Any]:
    """The section's flowables (heading, honest note, band table, factor table)."""
    tx, st = ctx.tx, ctx.st
    out: list[Any] = [para(esc(tx.t("cal_heading")), st.h2), para(esc(tx.t("cal_intro")), st.body)]
    if cal.n == 0:
        out += [Spacer(1, 3), para(esc(tx.t("cal_none")), st.muted)]
        return out
    note = tx.t("cal_count", n=cal.n)
    if not cal.enough:
        note += " " + tx.t("cal_too_few", threshold=MIN_OUTCOMES)
    bases = rate_of(cal.cases).bases
    note += " " + tx.t("cal_basis", lock=bases.get("lock", 0), consensus=bases.get("consensus", 0))
    if cal.unscored:
        note += " " + tx.t("cal_unscored", n=len(cal.unscored))
    out += [Spacer(1, 3), para(esc(note), st.muted), Spacer(1, 4)]
    head = [tx.t("cal_col_band"), tx.t("cal_col_n"), *(tx.t("completion_" + c) for c in COMPLETIONS)]
    rows: list[list[Any]] = [[para(esc(h), st.cell_head) for h in [*head, tx.t("cal_col_fell_short")]]]
    for band, rate in cal.by_band.items():
        cells = [ctx.level(band), str(rate.n), *(str(rate.completion[c]) for c in COMPLETIONS)]
        rows.append([para(esc(c), st.cell_small) for c in [*cells, rate_text(ctx, rate)]])
    w = CONTENT_WIDTH
    band_table = _table(rows, [w * 0.13, w * 0.05, *([w * 0.12] * 4), w * 0.34])
    out.append(KeepTogether([band_table]))
    out += [Spacer(1, 6)]
    rows = [
        [
            para(esc(tx.t("cal_col_factor")), st.cell_head),
            para(esc(tx.t("cal_col_high")), st.cell_head),
            para(esc(tx.t("cal_col_low")), st.cell_head),
        ]
    ]
    for key, groups in cal.by_factor.items():
        rows.append(
            [
                para(esc(ctx.factor(key)), st.cell_small),
                para(esc(rate_text(ctx, groups["high"])), st.cell_small),
                para(esc(rate_text(ctx, groups["low"])), st.cell_small),
            ]
        )
    out.append(KeepTogether([_table(rows, [w * 0.3, w * 0.35, w * 0.35])]))
    return out
