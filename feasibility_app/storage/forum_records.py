"""The repository's part that keeps the forum's record: editorial marks and signing locks.

A mixin of ``Repository`` (kept apart so neither module grows past a screenful of
jobs). Marks and locks are immutable like assessments; "current texts" (the current
revision and those it differs from only by editorial edits) is computed from them.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.forum import current_texts
from ..domain.model import EditorialMark, SigningLock
from .errors import NotFound
from .from_rows import lock_from_row, mark_from_row
from .models import AssessmentRow, EditorialMarkRow, RevisionRow, SigningLockRow, utcnow

if TYPE_CHECKING:
    from .database import Database


class ForumRecords:
    """Needs `self.db`, `self._current_revision_row` and `self._refresh_summary` (Repository)."""

    db: Database
    if TYPE_CHECKING:

        def _refresh_summary(self, s: Session, commitment_id: str) -> None: ...

        def _current_revision_row(self, s: Session, commitment_id: str) -> RevisionRow | None: ...

    def mark_editorial(self, commitment_id: str, revision_id: str, marked_by: str) -> EditorialMark:
        """Record that `revision_id` changed only typos, punctuation or formatting (by `marked_by`)."""
        with self.db.session() as s:
            rev = s.get(RevisionRow, revision_id)
            if rev is None or rev.commitment_id != commitment_id:
                raise NotFound(f"commitment {commitment_id!r} has no revision {revision_id!r}")
            if rev.parent_id is None:
                raise ValueError("the first revision of a commitment has no earlier text to be editorial to")
            row = EditorialMarkRow(
                commitment_id=commitment_id,
                revision_id=revision_id,
                marked_by=marked_by,
                created_at=next_stamp(s, EditorialMarkRow, commitment_id=commitment_id),
            )
            s.add(row)
            s.flush()
            self._refresh_summary(s, commitment_id)
            return mark_from_row(row)

    def editorial_marks(self, commitment_id: str) -> list[EditorialMark]:
        with self.db.session() as s:
            return [mark_from_row(r) for r in self._marks(s, commitment_id)]

    def lock_for_signing(
        self, commitment_id: str, revision_id: str, consensus_id: str, fingerprint: str, locked_by: str
    ) -> SigningLock:
        """Record the forum's lock of a revision and its consensus, with the report's fingerprint."""
        with self.db.session() as s:
            rev = s.get(RevisionRow, revision_id)
            con = s.get(AssessmentRow, consensus_id)
            if rev is None or rev.commitment_id != commitment_id:
                raise NotFound(f"commitment {commitment_id!r} has no revision {revision_id!r}")
            if con is None or not con.is_consensus or con.commitment_id != commitment_id:
                raise NotFound(f"commitment {commitment_id!r} has no consensus {consensus_id!r}")
            row = SigningLockRow(
                commitment_id=commitment_id,
                revision_id=revision_id,
                consensus_id=consensus_id,
                fingerprint=fingerprint,
                locked_by=locked_by,
                created_at=next_stamp(s, SigningLockRow, commitment_id=commitment_id),
            )
            s.add(row)
            s.flush()
            return lock_from_row(row)

    def locks(self, commitment_id: str) -> list[SigningLock]:
        with self.db.session() as s:
            rows = s.scalars(
                select(SigningLockRow)
                .where(SigningLockRow.commitment_id == commitment_id)
                .order_by(SigningLockRow.created_at, SigningLockRow.id)
            ).all()
            return [lock_from_row(r) for r in rows]

    def withdraw_record(self, kind: str, record_id: str) -> None:
        """Undo: remove an editorial mark, a lock or a consensus made moments ago in this window.

        The one exception to "records are never removed", for the undo stack only: the
        record was just created here and has not travelled in an exchange file yet.
        """
        with self.db.session() as s:
            row: EditorialMarkRow | SigningLockRow | AssessmentRow | None
            if kind == "editorial_mark":
                row = s.get(EditorialMarkRow, record_id)
            elif kind == "signing_lock":
                row = s.get(SigningLockRow, record_id)
            elif kind == "consensus":
                row = s.get(AssessmentRow, record_id)
            else:
                raise ValueError(f"unknown record kind {kind!r}")
            if row is None or (isinstance(row, AssessmentRow) and not row.is_consensus):
                return
            if kind == "consensus":
                locked = s.scalar(select(SigningLockRow.id).where(SigningLockRow.consensus_id == record_id))
                if locked is not None:
                    raise ValueError("a lock for signing rests on this consensus: undo the lock first")
            cid = row.commitment_id
            s.delete(row)
            s.flush()
            self._refresh_summary(s, cid)

    def current_texts(self, commitment_id: str) -> frozenset[str]:
        """The current revision and those it differs from only by editorial edits."""
        with self.db.session() as s:
            return self._texts(s, commitment_id)

    def _marks(self, s: Session, commitment_id: str) -> list[EditorialMarkRow]:
        return list(
            s.scalars(
                select(EditorialMarkRow)
                .where(EditorialMarkRow.commitment_id == commitment_id)
                .order_by(EditorialMarkRow.created_at, EditorialMarkRow.id)
            )
        )

    def _texts(self, s: Session, commitment_id: str) -> frozenset[str]:
        current = self._current_revision_row(s, commitment_id)
        if current is None:
            return frozenset()
        parents = dict(
            s.execute(
                select(RevisionRow.id, RevisionRow.parent_id).where(
                    RevisionRow.commitment_id == commitment_id
                )
            ).all()
        )
        return current_texts(parents, [m.revision_id for m in self._marks(s, commitment_id)], current.id)


def next_stamp(s: Session, model: Any, **key: str) -> datetime:
    """A new `model` row's created_at: after the newest of the rows with this key (a commitment's
    records, a target's tombstones), so the newest is always the last made."""
    (name, value), = key.items()
    return _after(s.scalar(select(func.max(model.created_at)).where(getattr(model, name) == value)))


def _after(previous: datetime | None) -> datetime:
    """Now, but strictly after `previous`, so "newest" is well defined even within one clock tick."""
    now = utcnow()
    if previous is not None and now <= previous:
        return previous + timedelta(microseconds=1)
    return now
