"""Plain, immutable values that storage returns and UI, CLI and reports consume.

They know nothing about databases: a repository turns rows into these, so the
scoring, wording checks and reports can be tested without one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from .factors import FACTOR_KEYS, Evidence, Level, Potential, Role, Status


@dataclass(frozen=True)
class Mitigation:
    action: str
    owner: str = ""
    due: date | None = None


@dataclass(frozen=True)
class FactorScore:
    level: Level = Level.NOT_ASSESSED
    evidence: Evidence = Evidence.ASSUMED
    rationale: str = ""
    mitigations: tuple[Mitigation, ...] = ()
    consensus_note: str = ""
    # consensus only: ids of the parties whose block (critical) the agreed level sets aside and
    # who accepted that, as the forum recorded it with consensus_note
    accepted_by: tuple[str, ...] = ()


def empty_scores() -> dict[str, FactorScore]:
    return {key: FactorScore() for key in FACTOR_KEYS}


@dataclass(frozen=True)
class IrmPrecheck:
    """What OGP's Independent Reporting Mechanism will ask after submission, asked before signing."""

    verifiable: bool | None = None
    values: tuple[str, ...] = ()  # OGValue keys
    lens_note: str = ""
    potential: Potential = Potential.UNCLEAR


@dataclass(frozen=True)
class Milestone:
    output: str
    start: date | None = None
    end: date | None = None


# CommitmentFields' free-text fields, in the order the OGP template shows them.
TEXT_FIELDS: tuple[str, ...] = (
    "title",
    "problem",
    "status_quo",
    "draft_text",
    "how_it_helps",
    "lead_agency",
    "other_actors_government",
    "other_actors_cso",
    "budget_note",
)
MILESTONES = "milestones"


@dataclass(frozen=True)
class CommitmentFields:
    """The OGP template fields of one revision."""

    title: str = ""
    problem: str = ""
    status_quo: str = ""
    draft_text: str = ""
    how_it_helps: str = ""
    og_values: tuple[str, ...] = ()
    lead_agency: str = ""
    other_actors_government: str = ""
    other_actors_cso: str = ""
    budget_note: str = ""
    start: date | None = None
    end: date | None = None
    status: Status = Status.DRAFT
    language: str = "en"  # the draft's language as chosen; "" = detected from the text
    milestones: tuple[Milestone, ...] = ()
    lead_level: str = ""  # GovernmentLevel of the lead agency; "" = the plan's


@dataclass(frozen=True)
class Revision:
    id: str
    commitment_id: str
    parent_id: str | None
    author: str
    created_at: datetime
    fields: CommitmentFields


@dataclass(frozen=True)
class Assessment:
    """One assessor's judgement of one revision (or the forum's agreed consensus)."""

    id: str
    commitment_id: str
    revision_id: str
    assessor: str
    role: Role
    created_at: datetime
    scores: dict[str, FactorScore] = field(default_factory=empty_scores)
    irm: IrmPrecheck = field(default_factory=IrmPrecheck)
    party_id: str | None = None
    is_consensus: bool = False
    parent_id: str | None = None
    # consensus only: the parties present when the forum agreed it (ids); the assessor is the
    # facilitator who recorded it
    parties_present: tuple[str, ...] = ()

    def levels(self) -> dict[str, Level]:
        return {key: self.scores.get(key, FactorScore()).level for key in FACTOR_KEYS}


@dataclass(frozen=True)
class EditorialMark:
    """An editor's statement that a revision changed only typos, punctuation or formatting.

    Assessments and the consensus of the revision it was based on then still describe
    the text (domain.forum.current_texts); a substantive edit carries nothing forward.
    """

    id: str
    commitment_id: str
    revision_id: str
    marked_by: str
    created_at: datetime


@dataclass(frozen=True)
class SigningLock:
    """The forum froze a revision and its consensus for signing, with the report's fingerprint.

    Superseded once the commitment has a newer revision (any edit, editorial or not:
    the signed text is no longer the current one); computed, never stored, so two
    laptops' files merge without a conflict over it.
    """

    id: str
    commitment_id: str
    revision_id: str
    consensus_id: str
    fingerprint: str
    locked_by: str
    created_at: datetime

    def superseded(self, current_revision_id: str) -> bool:
        return self.revision_id != current_revision_id


@dataclass(frozen=True)
class Party:
    id: str
    plan_id: str
    name: str
    role: Role
    version: int = 1


@dataclass(frozen=True)
class Plan:
    id: str
    country: str
    title: str
    start: date | None
    end: date | None
    weights: dict[str, float]
    parties: tuple[Party, ...] = ()
    version: int = 1
    lead_level: str = ""  # its commitments' default GovernmentLevel; "" = from the country
    paper: str = ""  # the paper its reports print on (domain.paper: a4 / letter); "" = from the country
