"""One commitment's PDF risk report: what leaves the room, is printed and signed.

Page 1 answers "how risky, and why" in five seconds: the verdict in its band colour, the
radar of the six factors, the levels at a glance and the mitigation that would move the
verdict most. The following pages hold what a reviewer needs months later: each factor's
rationale and mitigations, the what-if table, the IRM pre-check, the wording findings,
the parties' disagreements, the draft text exactly as scored, and the sign-off block
with the full content fingerprint (also on every page's footer, shortened).

The page 1 sections live in commitment_first_page, the following ones in
commitment_sections; this module puts them in order and writes the file.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from reportlab.platypus import PageBreak

from ..domain.assessing import CommitmentSnapshot
from ..domain.paper import default_paper
from ..domain.wording import Finding
from .commitment_first_page import first_page
from .commitment_sections import (
    factor_sections,
    irm_section,
    text_section,
    whatif_section,
    wording_section,
)
from .context import Ctx, make_ctx, report_findings
from .fingerprint import fingerprint, short
from .forum_sections import parties_section, signoff_section
from .layout import Metadata, PageFurniture, build_pdf, write_pdf

if TYPE_CHECKING:
    from . import ReportSource


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
    paper: str | None = None,
    region: str | None = None,
) -> Path | None:
    """Write one commitment's report to a path (atomically) or a binary stream; no database needed.

    Returns the path written, or None for a stream. `today` fixes the printed date (tests).
    `paper`: "a4" or "letter"; None takes the plan's paper, else its country's, else `region`
    (domain.paper).
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
        build_pdf(
            commitment_story(ctx, snapshot, findings, fp),
            stream,
            meta,
            furniture,
            paper=paper or snapshot.plan.paper or default_paper(snapshot.plan.country, region),
        )

    return write_pdf(out, build)


def write_commitment_report(
    repo: ReportSource,
    commitment_id: str,
    out: Path,
    lang: str = "en",
    paper: str | None = None,
    region: str | None = None,
) -> Path:
    """Read the commitment at one moment, check its wording, and write its report to `out`."""
    snapshot = repo.snapshot(commitment_id)
    findings = report_findings(snapshot, lang)
    written = build_commitment_pdf(snapshot, findings, Path(out), lang, paper=paper, region=region)
    return written if written is not None else Path(out)


__all__ = [
    "build_commitment_pdf",
    "report_findings",
    "write_commitment_report",
]
