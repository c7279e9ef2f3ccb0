"""What happened to a commitment: IRM's completion and "did it open government" scales.

The same words describe our own plans' outcomes and OGP's past commitments
(precedents), so calibration and the precedents panel speak one language.
Keys are stable identifiers; labels are translated where they are shown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum


class Completion(StrEnum):
    """IRM's completion scale, least to most."""

    NOT_STARTED = "not_started"
    LIMITED = "limited"
    SUBSTANTIAL = "substantial"
    COMPLETE = "complete"

    @property
    def fell_short(self) -> bool:
        """Not started or limited: what calibration counts as "limited completion"."""
        return self in (Completion.NOT_STARTED, Completion.LIMITED)


class OpenedGovernment(StrEnum):
    """IRM's "Did it open government?" scale."""

    WORSENED = "worsened"
    DID_NOT_CHANGE = "did_not_change"
    MARGINAL = "marginal"
    MAJOR = "major"
    OUTSTANDING = "outstanding"


class Stage(StrEnum):
    """When the completion was judged: IRM's mid-term (progress) report or the end of term."""

    MIDTERM = "midterm"
    END_OF_TERM = "end_of_term"


def _key(text: str) -> str:
    return re.sub(r"[^a-z]+", "_", text.strip().lower()).strip("_")


_COMPLETION_WORDS = {
    "not_started": Completion.NOT_STARTED,
    "no_iniciado": Completion.NOT_STARTED,
    "nao_iniciado": Completion.NOT_STARTED,
    "limited": Completion.LIMITED,
    "limitado": Completion.LIMITED,
    "substantial": Completion.SUBSTANTIAL,
    "sustancial": Completion.SUBSTANTIAL,
    "substancial": Completion.SUBSTANTIAL,
    "complete": Completion.COMPLETE,
    "completed": Completion.COMPLETE,
    "completo": Completion.COMPLETE,
    "completa": Completion.COMPLETE,
}
_OPENED_WORDS = {
    "worsened": OpenedGovernment.WORSENED,
    "worsens": OpenedGovernment.WORSENED,
    "did_not_change": OpenedGovernment.DID_NOT_CHANGE,
    "no_change": OpenedGovernment.DID_NOT_CHANGE,
    "marginal": OpenedGovernment.MARGINAL,
    "major": OpenedGovernment.MAJOR,
    "outstanding": OpenedGovernment.OUTSTANDING,
}


def parse_completion(text: str | None) -> Completion | None:
    """A completion from IRM's wording ("Not Started", "Substantial", …); None for ND/NR/blank/unknown."""
    return _COMPLETION_WORDS.get(_key(text or ""))


def parse_opened_government(text: str | None) -> OpenedGovernment | None:
    """ "Did It Open Government" from IRM's wording ("Did Not Change", "Major", …); None if no data."""
    return _OPENED_WORDS.get(_key(text or ""))


@dataclass(frozen=True)
class Outcome:
    """One recorded judgement of what happened to one of our commitments (immutable; newest wins)."""

    id: str
    commitment_id: str
    stage: Stage
    completion: Completion
    opened_government: OpenedGovernment | None
    source: str  # "IRM end-of-term report 2015", "forum review", …
    reported_on: date | None  # the date the source gives
    recorded_at: datetime  # when it was entered here
    author: str = ""

    @property
    def as_of(self) -> datetime:
        """The moment the outcome speaks for: the source's date, else when it was recorded."""
        if self.reported_on is not None:
            return datetime(
                self.reported_on.year,
                self.reported_on.month,
                self.reported_on.day,
                tzinfo=self.recorded_at.tzinfo,
            )
        return self.recorded_at


def latest_outcome(outcomes: list[Outcome]) -> Outcome | None:
    """The outcome calibration uses: end of term over mid-term, then the newest recorded."""
    if not outcomes:
        return None
    return max(outcomes, key=lambda o: (o.stage is Stage.END_OF_TERM, o.recorded_at, o.id))


@dataclass(frozen=True)
class Precedent:
    """One past commitment from OGP's IRM data (the spreadsheet's row, cleaned)."""

    id: str  # "Commitment Unique Identifier", e.g. MX0042
    title: str
    full_text: str
    short_title: str = ""
    country: str = ""
    action_plan: str = ""
    year: int | None = None
    lead_institution: str = ""
    supporting_institutions: str = ""
    specificity: str = ""
    verifiable: str = ""
    potential_impact: str = ""
    completion_midterm: Completion | None = None
    completion_end: Completion | None = None
    opened_government: OpenedGovernment | None = None
    starred: str = ""
    carried_forward: str = ""
    policy_areas: tuple[str, ...] = ()

    @property
    def completion(self) -> Completion | None:
        """End of term where IRM judged it, else the progress report's."""
        return self.completion_end or self.completion_midterm
