"""SQLAlchemy 2 typed models.

Saved revisions and assessments are immutable: editing inserts a new row, and
"current" is the newest. Deleting inserts a tombstone. That makes merging
laptops a union by id (docs/design.md). Only plan settings and forum parties stay
mutable, guarded by an optimistic version column.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator):
    """Timestamps stored in UTC and read back timezone-aware, on SQLite as on PostgreSQL."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is not None:
            if value.tzinfo is None:
                value = value.replace(tzinfo=UTC)
            value = value.astimezone(UTC)
            if dialect.name == "sqlite":
                value = value.replace(tzinfo=None)
        return value

    def process_result_value(self, value, dialect):
        if value is not None and value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


ID = String(36)


class PlanRow(Base):
    __tablename__ = "action_plan"

    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    country: Mapped[str] = mapped_column(String(200), default="")
    title: Mapped[str] = mapped_column(String(500))
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    weights: Mapped[dict] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    # its commitments' default level of government; "" = the one its country presets
    lead_level: Mapped[str] = mapped_column(String(20), default="", server_default="")
    # the paper its reports print on ("a4" / "letter"); NULL = from its country (domain/paper.py)
    paper: Mapped[str | None] = mapped_column(String(10), nullable=True, default=None)

    parties: Mapped[list[PartyRow]] = relationship(
        back_populates="plan", order_by="PartyRow.position", lazy="selectin"
    )

    __mapper_args__ = {"version_id_col": version}


class PartyRow(Base):
    __tablename__ = "forum_party"

    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    plan_id: Mapped[str] = mapped_column(ForeignKey("action_plan.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    role: Mapped[str] = mapped_column(String(30))
    position: Mapped[int] = mapped_column(Integer, default=0)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    plan: Mapped[PlanRow] = relationship(back_populates="parties")

    __mapper_args__ = {"version_id_col": version}


class CommitmentRow(Base):
    __tablename__ = "commitment"

    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    plan_id: Mapped[str] = mapped_column(ForeignKey("action_plan.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class RevisionRow(Base):
    __tablename__ = "revision"

    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    commitment_id: Mapped[str] = mapped_column(ForeignKey("commitment.id", ondelete="CASCADE"))
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("revision.id"), nullable=True)
    author: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    title: Mapped[str] = mapped_column(String(1000), default="")
    problem: Mapped[str] = mapped_column(Text, default="")
    status_quo: Mapped[str] = mapped_column(Text, default="")
    draft_text: Mapped[str] = mapped_column(Text, default="")
    how_it_helps: Mapped[str] = mapped_column(Text, default="")
    og_values: Mapped[list] = mapped_column(JSON, default=list)
    lead_agency: Mapped[str] = mapped_column(String(500), default="")
    other_actors_government: Mapped[str] = mapped_column(Text, default="")
    other_actors_cso: Mapped[str] = mapped_column(Text, default="")
    budget_note: Mapped[str] = mapped_column(Text, default="")
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="draft")
    language: Mapped[str] = mapped_column(String(8), default="en")
    lead_level: Mapped[str] = mapped_column(String(20), default="", server_default="")  # "" = the plan's

    milestones: Mapped[list[MilestoneRow]] = relationship(
        order_by="MilestoneRow.position", lazy="selectin", cascade="all, delete-orphan"
    )

    __table_args__ = (Index("ix_revision_commitment_created", "commitment_id", "created_at"),)


class MilestoneRow(Base):
    __tablename__ = "milestone"

    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    revision_id: Mapped[str] = mapped_column(ForeignKey("revision.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    output: Mapped[str] = mapped_column(Text, default="")
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)


class AssessmentRow(Base):
    __tablename__ = "assessment"

    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    commitment_id: Mapped[str] = mapped_column(ForeignKey("commitment.id", ondelete="CASCADE"))
    revision_id: Mapped[str] = mapped_column(ForeignKey("revision.id"), index=True)
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("assessment.id"), nullable=True)
    party_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    assessor: Mapped[str] = mapped_column(String(300))
    role: Mapped[str] = mapped_column(String(30))
    is_consensus: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    irm_verifiable: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    irm_values: Mapped[list] = mapped_column(JSON, default=list)
    irm_lens_note: Mapped[str] = mapped_column(Text, default="")
    irm_potential: Mapped[str] = mapped_column(String(20), default="unclear")
    # consensus only: ids of the parties present when the forum agreed it (0002)
    parties_present: Mapped[list] = mapped_column(JSON, default=list, server_default="[]")

    scores: Mapped[list[FactorScoreRow]] = relationship(lazy="selectin", cascade="all, delete-orphan")
    mitigations: Mapped[list[MitigationRow]] = relationship(
        order_by="MitigationRow.position", lazy="selectin", cascade="all, delete-orphan"
    )

    __table_args__ = (Index("ix_assessment_commitment_created", "commitment_id", "created_at"),)


class FactorScoreRow(Base):
    __tablename__ = "factor_score"

    assessment_id: Mapped[str] = mapped_column(
        ForeignKey("assessment.id", ondelete="CASCADE"), primary_key=True
    )
    factor: Mapped[str] = mapped_column(String(40), primary_key=True)
    level: Mapped[str] = mapped_column(String(20), default="not_assessed")
    evidence: Mapped[str] = mapped_column(String(20), default="assumed")
    rationale: Mapped[str] = mapped_column(Text, default="")
    consensus_note: Mapped[str] = mapped_column(Text, default="")
    # consensus only: blocking parties (ids) that accepted an agreed level below critical (0002)
    accepted_by: Mapped[list] = mapped_column(JSON, default=list, server_default="[]")


class MitigationRow(Base):
    __tablename__ = "mitigation"

    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    assessment_id: Mapped[str] = mapped_column(ForeignKey("assessment.id", ondelete="CASCADE"), index=True)
    factor: Mapped[str] = mapped_column(String(40))
    position: Mapped[int] = mapped_column(Integer, default=0)
    action: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(String(300), default="")
    due_date: Mapped[date | None] = mapped_column(Date)


class EditorialMarkRow(Base):
    """An editor marked a revision as editorial (typos, punctuation, formatting): immutable."""

    __tablename__ = "editorial_mark"

    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    commitment_id: Mapped[str] = mapped_column(
        ForeignKey("commitment.id", ondelete="CASCADE"), index=True
    )
    revision_id: Mapped[str] = mapped_column(ForeignKey("revision.id"), index=True)
    marked_by: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class SigningLockRow(Base):
    """The forum froze a revision and its consensus for signing: immutable; superseded is computed
    (a newer revision exists), so merging two laptops never conflicts over it."""

    __tablename__ = "signing_lock"

    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    commitment_id: Mapped[str] = mapped_column(
        ForeignKey("commitment.id", ondelete="CASCADE"), index=True
    )
    revision_id: Mapped[str] = mapped_column(ForeignKey("revision.id"))
    consensus_id: Mapped[str] = mapped_column(ForeignKey("assessment.id"))
    fingerprint: Mapped[str] = mapped_column(String(64))
    locked_by: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class TombstoneRow(Base):
    """A recorded delete or restore of a plan or commitment; the newest per target wins."""

    __tablename__ = "tombstone"

    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    target_id: Mapped[str] = mapped_column(String(36), index=True)
    target_kind: Mapped[str] = mapped_column(String(20))  # "plan" | "commitment"
    action: Mapped[str] = mapped_column(String(10), default="delete")  # "delete" | "restore"
    author: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class SummaryRow(Base):
    """Derived, per-commitment cache for lists: recomputed on every save and import, never exchanged.

    It lets the navigator fetch 10,000 commitments' titles and verdicts in one
    narrow query instead of scoring each one on start-up.
    """

    __tablename__ = "commitment_summary"

    commitment_id: Mapped[str] = mapped_column(
        ForeignKey("commitment.id", ondelete="CASCADE"), primary_key=True
    )
    plan_id: Mapped[str] = mapped_column(String(36), index=True)
    revision_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    title: Mapped[str] = mapped_column(String(1000), default="")
    lead_agency: Mapped[str] = mapped_column(String(500), default="")
    search_text: Mapped[str] = mapped_column(Text, default="")
    overall_level: Mapped[str] = mapped_column(String(20), default="not_assessed")
    overall_score: Mapped[float | None] = mapped_column(nullable=True)
    complete: Mapped[bool] = mapped_column(Boolean, default=False)
    assessors: Mapped[int] = mapped_column(Integer, default=0)
    discuss: Mapped[int] = mapped_column(Integer, default=0)
    potential: Mapped[str] = mapped_column(String(20), default="unclear")
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class PrecedentRow(Base):
    """A past commitment from OGP's IRM data; re-importing the spreadsheet updates it by id.

    Not part of any plan and exchanged only on request: it is reference data a forum
    downloads from OGP, not the forum's own record.
    """

    __tablename__ = "precedent"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)  # "Commitment Unique Identifier"
    title: Mapped[str] = mapped_column(Text, default="")
    full_text: Mapped[str] = mapped_column(Text, default="")
    short_title: Mapped[str] = mapped_column(Text, default="")
    country: Mapped[str] = mapped_column(String(200), default="")
    action_plan: Mapped[str] = mapped_column(String(100), default="")
    year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    lead_institution: Mapped[str] = mapped_column(Text, default="")
    supporting_institutions: Mapped[str] = mapped_column(Text, default="")
    specificity: Mapped[str] = mapped_column(String(100), default="")
    verifiable: Mapped[str] = mapped_column(String(100), default="")
    potential_impact: Mapped[str] = mapped_column(String(100), default="")
    completion_midterm: Mapped[str | None] = mapped_column(String(20), nullable=True)
    completion_end: Mapped[str | None] = mapped_column(String(20), nullable=True)
    opened_government: Mapped[str | None] = mapped_column(String(20), nullable=True)
    starred: Mapped[str] = mapped_column(String(100), default="")
    carried_forward: Mapped[str] = mapped_column(String(100), default="")
    policy_areas: Mapped[list] = mapped_column(JSON, default=list)
    length: Mapped[int] = mapped_column(Integer, default=0)  # number of terms, for BM25
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class PrecedentIndexRow(Base):
    """The search index, derived and rebuilt on every import: per term, its packed postings
    (precedent number, count, …) as little-endian 32-bit integers. Two rows are not terms:
    "#ids" (the precedent ids, one per line, numbered from 0) and "#lengths" (their term counts).
    A search reads only its terms' rows, so it needs no tokenising of 10,000 texts."""

    __tablename__ = "precedent_index"

    term: Mapped[str] = mapped_column(String(80), primary_key=True)
    postings: Mapped[bytes] = mapped_column(LargeBinary)


class OutcomeRow(Base):
    """What happened to one of our commitments, as a source judged it; immutable, the newest wins."""

    __tablename__ = "outcome"

    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    commitment_id: Mapped[str] = mapped_column(
        ForeignKey("commitment.id", ondelete="CASCADE"), index=True
    )
    stage: Mapped[str] = mapped_column(String(20), default="end_of_term")
    completion: Mapped[str] = mapped_column(String(20))
    opened_government: Mapped[str | None] = mapped_column(String(20), nullable=True)
    source: Mapped[str] = mapped_column(Text, default="")
    reported_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    author: Mapped[str] = mapped_column(String(300), default="")
