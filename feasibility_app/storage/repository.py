"""The repository: every read and write the app makes, in short units of work.

Widgets, CLI commands, reports and the importer call these methods; none of
them builds a query. Saved revisions and assessments are never updated: a save
inserts a new one. Deleting inserts a tombstone.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError

from ..domain.assessing import CommitmentSnapshot, effective_result
from ..domain.factors import FACTOR_KEYS, Role
from ..domain.model import (
    Assessment,
    CommitmentFields,
    FactorScore,
    IrmPrecheck,
    Plan,
    Revision,
)
from ..domain.outcomes import Outcome, Precedent
from ..domain.scoring import default_weights
from .convert import assessment_row, revision_row
from .database import Database
from .errors import Ambiguous, NotFound, resolve_prefix
from .forum_records import ForumRecords, _after, next_stamp
from .from_rows import assessment_from_row, plan_from_row, revision_from_row
from .models import (
    AssessmentRow,
    CommitmentRow,
    PartyRow,
    PlanRow,
    RevisionRow,
    SummaryRow,
    TombstoneRow,
    new_id,
    utcnow,
)
from .read_model import connection_reads
from .summary import CommitmentSummary, deleted_targets, fold, summary_columns


class ConcurrentEdit(RuntimeError):
    """Someone else saved this record since it was read; the caller keeps its input to re-apply."""


class Repository(ForumRecords):
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- ids ---------------------------------------------------------------

    def resolve_id(self, prefix: str, kind: str = "commitment") -> str:
        """A full id from a full UUID or a unique prefix."""
        model: Any = {"commitment": CommitmentRow, "plan": PlanRow}[kind]

        def matching(like: str) -> list[str]:
            with self.db.session() as s:
                return list(s.scalars(select(model.id).where(model.id.like(like, escape="\\")).limit(3)))

        return resolve_prefix(prefix, kind, matching)

    # --- plans ---------------------------------------------------------------

    def create_plan(
        self,
        title: str,
        country: str = "",
        start: date | None = None,
        end: date | None = None,
        weights: dict[str, float] | None = None,
        parties: Iterable[tuple[str, Role | str]] = (),
        plan_id: str | None = None,
        lead_level: str = "",
        paper: str = "",
    ) -> Plan:
        with self.db.session() as s:
            row = PlanRow(
                id=plan_id or new_id(),
                title=title,
                country=country,
                lead_level=lead_level,
                paper=paper or None,
                start_date=start,
                end_date=end,
                weights=dict(weights or default_weights()),
            )
            row.parties = [
                PartyRow(name=name, role=Role(role).value, position=i)
                for i, (name, role) in enumerate(parties)
            ]
            s.add(row)
            s.flush()
            return plan_from_row(row)

    def plans(self, include_deleted: bool = False) -> list[Plan]:
        with self.db.session() as s:
            rows = s.scalars(select(PlanRow).order_by(PlanRow.created_at, PlanRow.title)).all()
            deleted = set() if include_deleted else self._deleted_ids(s, "plan")
            return [plan_from_row(r) for r in rows if r.id not in deleted]

    def plan(self, plan_id: str) -> Plan:
        with self.db.session() as s:
            row = s.get(PlanRow, plan_id)
            if row is None:
                raise NotFound(f"no action plan has the id {plan_id!r}")
            return plan_from_row(row)

    def update_plan(self, plan: Plan) -> Plan:
        """Save a plan's settings and parties; refused if someone saved it since `plan` was read."""
        try:
            with self.db.session() as s:
                row = s.get(PlanRow, plan.id)
                if row is None:
                    raise NotFound(f"no action plan has the id {plan.id!r}")
                if row.version != plan.version:
                    raise ConcurrentEdit(_concurrent_message(plan.title))
                old_weights = plan_from_row(row).weights
                row.title, row.country = plan.title, plan.country
                if row.lead_level != plan.lead_level:
                    row.lead_level = plan.lead_level
                if (row.paper or "") != plan.paper:
                    row.paper = plan.paper or None
                row.start_date, row.end_date = plan.start, plan.end
                row.weights = dict(plan.weights)
                existing = {p.id: p for p in row.parties}
                keep = set()
                parties_changed = False
                for i, party in enumerate(plan.parties):
                    prow = existing.get(party.id)
                    if prow is None:
                        prow = PartyRow(id=party.id or new_id(), name=party.name, role=Role(party.role).value)
                        row.parties.append(prow)
                        parties_changed = True
                    elif prow.version != party.version:
                        raise ConcurrentEdit(_concurrent_message(party.name))
                    if (prow.name, prow.role, prow.position) != (party.name, Role(party.role).value, i):
                        prow.name, prow.role, prow.position = party.name, Role(party.role).value, i
                        parties_changed = True
                    keep.add(prow.id)
                for pid, prow in existing.items():
                    if pid not in keep:
                        s.delete(prow)
                        parties_changed = True
                if parties_changed:
                    # The plan's own columns may be unchanged: mark one modified so the flush
                    # bumps the plan's version (and checks it), or a concurrent party edit is lost.
                    flag_modified(row, "title")
                s.flush()
                s.refresh(row)
                saved = plan_from_row(row)
                if saved.weights != old_weights:  # overall scores change: refresh the summary cache
                    for cid in s.scalars(select(CommitmentRow.id).where(CommitmentRow.plan_id == plan.id)):
                        self._refresh_summary(s, cid)
                return saved
        except StaleDataError:
            raise ConcurrentEdit(_concurrent_message(plan.title)) from None

    def delete_plan(self, plan_id: str, author: str = "") -> None:
        self._tombstone(plan_id, "plan", "delete", author)

    def restore_plan(self, plan_id: str, author: str = "") -> None:
        self._tombstone(plan_id, "plan", "restore", author)

    # --- commitments and revisions ------------------------------------------------

    def create_commitment(
        self, plan_id: str, fields: CommitmentFields, author: str = "", commitment_id: str | None = None
    ) -> Revision:
        with self.db.session() as s:
            if s.get(PlanRow, plan_id) is None:
                raise NotFound(f"no action plan has the id {plan_id!r}")
            c = CommitmentRow(id=commitment_id or new_id(), plan_id=plan_id)
            s.add(c)
            s.flush()
            rev = revision_row(c.id, fields, author, None)
            s.add(rev)
            s.flush()
            self._refresh_summary(s, c.id)
            return revision_from_row(rev)

    def save_revision(
        self,
        commitment_id: str,
        fields: CommitmentFields,
        author: str = "",
        parent_id: str | None = None,
    ) -> Revision:
        """A new revision based on `parent_id` (default: the current one); unchanged fields save nothing."""
        with self.db.session() as s:
            current = self._current_revision_row(s, commitment_id)
            if current is None:
                raise NotFound(f"no commitment has the id {commitment_id!r}")
            base_id = parent_id or current.id
            if base_id == current.id and revision_from_row(current).fields == fields:
                return revision_from_row(current)
            row = revision_row(commitment_id, fields, author, base_id)
            row.created_at = _after(current.created_at)
            s.add(row)
            s.flush()
            self._refresh_summary(s, commitment_id)
            return revision_from_row(row)

    def revisions(self, commitment_id: str) -> list[Revision]:
        """All revisions, oldest first."""
        with self.db.session() as s:
            rows = s.scalars(
                select(RevisionRow)
                .where(RevisionRow.commitment_id == commitment_id)
                .order_by(RevisionRow.created_at, RevisionRow.id)
            ).all()
            return [revision_from_row(r) for r in rows]

    def current_revision(self, commitment_id: str) -> Revision:
        with self.db.session() as s:
            row = self._current_revision_row(s, commitment_id)
            if row is None:
                raise NotFound(f"no commitment has the id {commitment_id!r}")
            return revision_from_row(row)

    def parallel_edits(self, commitment_id: str) -> list[list[Revision]]:
        """Groups of revisions that were based on the same parent: edits made in parallel."""
        by_parent: dict[str | None, list[Revision]] = {}
        for rev in self.revisions(commitment_id):
            if rev.parent_id is not None:
                by_parent.setdefault(rev.parent_id, []).append(rev)
        return [group for group in by_parent.values() if len(group) > 1]

    def delete_commitment(self, commitment_id: str, author: str = "") -> None:
        self._tombstone(commitment_id, "commitment", "delete", author)

    def restore_commitment(self, commitment_id: str, author: str = "") -> None:
        self._tombstone(commitment_id, "commitment", "restore", author)

    def is_deleted(self, commitment_id: str) -> bool:
        with self.db.session() as s:
            return commitment_id in self._deleted_ids(s, "commitment", [commitment_id])

    # --- assessments ---------------------------------------------------------------

    def save_assessment(
        self,
        commitment_id: str,
        assessor: str,
        role: Role | str,
        scores: dict[str, FactorScore],
        irm: IrmPrecheck | None = None,
        *,
        revision_id: str | None = None,
        party_id: str | None = None,
        is_consensus: bool = False,
        parent_id: str | None = None,
        parties_present: Sequence[str] = (),
    ) -> Assessment:
        """A new immutable assessment of `revision_id` (default: the current revision)."""
        unknown = set(scores) - set(FACTOR_KEYS)
        if unknown:
            raise ValueError(f"unknown factor keys: {', '.join(sorted(unknown))}")
        with self.db.session() as s:
            if revision_id is None:
                current = self._current_revision_row(s, commitment_id)
                if current is None:
                    raise NotFound(f"no commitment has the id {commitment_id!r}")
                revision_id = current.id
            stamp = next_stamp(s, AssessmentRow, commitment_id=commitment_id)
            full = {key: scores.get(key, FactorScore()) for key in FACTOR_KEYS}
            a = Assessment(
                id=new_id(),
                commitment_id=commitment_id,
                revision_id=revision_id,
                assessor=assessor,
                role=Role(role),
                created_at=stamp,
                scores=full,
                irm=irm or IrmPrecheck(),
                party_id=party_id,
                is_consensus=is_consensus,
                parent_id=parent_id,
                parties_present=tuple(parties_present),
            )
            s.add(assessment_row(a))
            s.flush()
            self._refresh_summary(s, commitment_id)
            return a

    def assessment(self, assessment_id: str) -> Assessment:
        with self.db.session() as s:
            row = s.get(AssessmentRow, assessment_id)
            if row is None:
                raise NotFound(f"no assessment has the id {assessment_id!r}")
            return assessment_from_row(row)

    def assessments(self, commitment_id: str) -> list[Assessment]:
        """Every assessment of a commitment, oldest first."""
        with self.db.session() as s:
            return self._assessments(s, commitment_id)

    # --- reading a whole commitment ---------------------------------------------------

    def snapshot(self, commitment_id: str) -> CommitmentSnapshot:
        """Everything a report or `show` needs about one commitment, read in one unit of work."""
        return self.snapshots([commitment_id])[0]

    def snapshots(self, commitment_ids: Sequence[str]) -> list[CommitmentSnapshot]:
        """Snapshots of many commitments in a few queries (the read model's, in one session)."""
        ids = list(commitment_ids)
        if not ids:
            return []
        with self.db.session() as s:
            return connection_reads(s.connection()).snapshots(ids)

    def outcomes(self, commitment_ids: Sequence[str]) -> dict[str, list[Outcome]]:
        """Each commitment's recorded outcomes, oldest first (storage.outcomes)."""
        from .outcomes import outcomes

        return outcomes(self.db, commitment_ids)

    def index_rows(self, keys: Sequence[str]) -> dict[str, bytes]:
        """The precedent search's index rows (storage.precedent_search)."""
        from .precedents import Library

        return Library(self.db).index_rows(keys)

    def precedents_by_id(self, ids: Sequence[str]) -> list[Precedent]:
        from .precedents import Library

        return Library(self.db).precedents_by_id(ids)

    def summaries(self, plan_id: str | None = None, include_deleted: bool = False) -> list[CommitmentSummary]:
        """The navigator's rows: one narrow query over the summary cache (the read model's)."""
        with self.db.session() as s:
            return connection_reads(s.connection()).summaries(plan_id, include_deleted)

    def rebuild_summaries(self, commitment_ids: Sequence[str] | None = None) -> int:
        """Recompute the summary cache (after an import or a migration)."""
        with self.db.session() as s:
            ids = commitment_ids or s.scalars(select(CommitmentRow.id)).all()
            for cid in ids:
                self._refresh_summary(s, cid)
            return len(ids)

    # --- internals -----------------------------------------------------------------

    def _current_revision_row(self, s: Session, commitment_id: str) -> RevisionRow | None:
        return s.scalars(
            select(RevisionRow)
            .where(RevisionRow.commitment_id == commitment_id)
            .order_by(RevisionRow.created_at.desc(), RevisionRow.id.desc())
            .limit(1)
        ).first()

    def _assessments(self, s: Session, commitment_id: str) -> list[Assessment]:
        rows = s.scalars(
            select(AssessmentRow)
            .where(AssessmentRow.commitment_id == commitment_id)
            .order_by(AssessmentRow.created_at, AssessmentRow.id)
        ).all()
        return [assessment_from_row(r) for r in rows]

    def _deleted_ids(self, s: Session, kind: str, ids: Sequence[str] | None = None) -> set[str]:
        q = select(
            TombstoneRow.target_id, TombstoneRow.action, TombstoneRow.created_at, TombstoneRow.id
        ).where(TombstoneRow.target_kind == kind)
        if ids is not None:
            q = q.where(TombstoneRow.target_id.in_(ids))
        return deleted_targets(s.execute(q).all())

    def _tombstone(self, target_id: str, kind: str, action: str, author: str) -> None:
        with self.db.session() as s:
            model: Any = {"commitment": CommitmentRow, "plan": PlanRow}[kind]
            if s.get(model, target_id) is None:
                raise NotFound(f"no {kind} has the id {target_id!r}")
            s.add(
                TombstoneRow(
                    target_id=target_id,
                    target_kind=kind,
                    action=action,
                    author=author,
                    created_at=next_stamp(s, TombstoneRow, target_id=target_id),
                )
            )
            s.flush()
            if kind == "commitment":
                self._refresh_summary(s, target_id)

    def _refresh_summary(self, s: Session, commitment_id: str) -> None:
        c = s.get(CommitmentRow, commitment_id)
        if c is None:
            return
        rev = self._current_revision_row(s, commitment_id)
        plan = s.get(PlanRow, c.plan_id)
        plan_value = plan_from_row(plan) if plan else None
        result = effective_result(
            self._assessments(s, commitment_id),
            plan_value.weights if plan_value else None,
            plan_value.parties if plan_value else (),
            self._texts(s, commitment_id) if rev else None,
        )
        deleted = commitment_id in self._deleted_ids(s, "commitment", [commitment_id])
        revision = (rev.id, rev.title, rev.lead_agency, rev.draft_text) if rev else None
        row = s.get(SummaryRow, commitment_id) or SummaryRow(commitment_id=commitment_id)
        for column, value in summary_columns(c.plan_id, revision, result, deleted, utcnow()).items():
            setattr(row, column, value)
        s.add(row)


def _concurrent_message(name: str) -> str:
    return (
        f"“{name}” was changed by someone else since you opened it. Your changes were not saved; "
        "reload to see theirs, then apply yours again."
    )


__all__ = [
    "Ambiguous",
    "CommitmentSummary",
    "ConcurrentEdit",
    "NotFound",
    "Repository",
    "fold",
]
