"""The report context shared by both reports: language texts, rubric labels, styles, date.

Kept apart from the reports themselves so the portfolio report (plan_report) and one
commitment's report (commitment_report) build their sections from the same Ctx and
check wording the same way, without one report importing the other.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..domain.assessing import CommitmentSnapshot
from ..domain.factors import Level
from ..domain.government import lead_level
from ..domain.model import Assessment
from ..domain.rubric import Rubric, load_rubric
from ..domain.wording import DRAFTING, Finding, check_commitment
from .layout import Styles, styles
from .texts import ReportTexts, load_texts


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


def report_findings(snapshot: CommitmentSnapshot, lang: str) -> list[Finding]:
    """Wording findings of the scored revision, with questions in the report's language.

    The draft is checked with the rules of the language it is written in (patterns are
    language-specific) at its lead agency's level of government; each question is then
    taken from the report language's rules, so a Spanish report of an English draft
    explains in Spanish while quoting the English phrase.
    """
    fields = snapshot.revision.fields
    level = lead_level(fields, snapshot.plan)
    return check_commitment(fields, snapshot.plan.start, snapshot.plan.end, level=level, reader=lang)


__all__ = ["Ctx", "make_ctx", "report_findings"]
