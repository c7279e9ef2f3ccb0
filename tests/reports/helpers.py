"""Helpers for the report tests: build commitments and scores, read PDFs back with pypdf."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cached_property
from pathlib import Path

from pypdf import PdfReader

from feasibility_app.domain.factors import FACTOR_KEYS, Evidence, Level
from feasibility_app.domain.model import CommitmentFields, FactorScore, Milestone
from feasibility_app.storage.repository import Repository


def scores(level: Level = Level.MODERATE, evidence: Evidence = Evidence.VERIFIED, **overrides) -> dict:
    out = {key: FactorScore(level, evidence, f"Rationale for {key}.") for key in FACTOR_KEYS}
    out.update(overrides)
    return out


def add_commitment(repo: Repository, plan_id: str, title: str = "Open contracting data", **kw) -> str:
    fields = CommitmentFields(
        title=title,
        problem="Nobody can see who wins public contracts.",
        status_quo="Contracts are published as scanned PDFs.",
        draft_text=kw.pop(
            "draft_text", "The Ministry will publish its existing contract register as open data."
        ),
        lead_agency=kw.pop("lead_agency", "Ministry of Finance"),
        other_actors_cso=kw.pop("cso", "Transparencia Mexicana"),
        start=date(2014, 1, 1),
        end=date(2015, 6, 30),
        milestones=(
            Milestone("Contract register published as open data", date(2014, 1, 1), date(2014, 12, 31)),
        ),
        **kw,
    )
    return repo.create_commitment(plan_id, fields, "tester").commitment_id


@dataclass(eq=False)
class Pdf:
    path: Path
    reader: PdfReader

    @cached_property
    def pages(self) -> list[str]:
        return [page.extract_text() or "" for page in self.reader.pages]

    @cached_property
    def text(self) -> str:
        return "\n".join(self.pages)

    @cached_property
    def flat(self) -> str:
        """All text with line breaks and runs of spaces folded, for phrases that wrap."""
        return " ".join(self.text.split())


def read_pdf(path: Path) -> Pdf:
    return Pdf(Path(path), PdfReader(str(path)))
