"""The undo steps of the workspace: each QUndoCommand applies one edit through the Session.

Each command calls public methods only: the Session bridge's `apply_fields`,
`apply_scores`, `run` (an operation, its failure said), `apply_changes` (what it changed,
as signals), and the Qt-free operations of `app/plans.py`. Their undo texts stay in the
"Session" translation context.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ...app import plans
from ...app.changes import Changes
from ...domain.model import MILESTONES, TEXT_FIELDS, CommitmentFields, FactorScore, IrmPrecheck, Plan

if TYPE_CHECKING:
    from ...app.workspace import AssessorKey
    from .session import Session

MERGE_WINDOW_S = 1.5  # keystrokes closer than this are one undo step

# Typing in these merges into one undo step (the template's text fields and milestones).
_TEXT_FIELDS = frozenset((*TEXT_FIELDS, MILESTONES))


class _EditCommand(QUndoCommand):
    """Base: remembers when it was made, so quick successive edits merge into one step."""

    ID = -1

    def __init__(self, session: Session, text: str) -> None:
        super().__init__(text)
        self.session = session
        self.at = time.monotonic()

    def id(self) -> int:
        return self.ID


class SetFieldsCommand(_EditCommand):
    ID = 1001

    def __init__(
        self, session: Session, cid: str, old: CommitmentFields, new: CommitmentFields, key: str
    ) -> None:
        super().__init__(session, field_command_text(key))
        self.cid, self.old, self.new, self.key = cid, old, new, key

    def redo(self) -> None:
        self.session.apply_fields(self.cid, self.new, self.key)

    def undo(self) -> None:
        self.session.apply_fields(self.cid, self.old, self.key)

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetFieldsCommand) or (other.cid, other.key) != (self.cid, self.key):
            return False
        if self.key not in _TEXT_FIELDS or other.at - self.at > MERGE_WINDOW_S:
            return False
        self.new, self.at = other.new, other.at
        return True


class SetScoresCommand(_EditCommand):
    """One assessor's scores and IRM pre-check on one commitment, before and after."""

    ID = 1002

    def __init__(
        self,
        session: Session,
        cid: str,
        who: AssessorKey,
        old: tuple[dict[str, FactorScore], IrmPrecheck],
        new: tuple[dict[str, FactorScore], IrmPrecheck],
        what: str,
        text: str,
        mergeable: bool,
    ) -> None:
        super().__init__(session, text)
        self.cid, self.who, self.old, self.new, self.what, self.mergeable = (
            cid,
            who,
            old,
            new,
            what,
            mergeable,
        )

    def redo(self) -> None:
        self.session.apply_scores(self.cid, self.who, *self.new)

    def undo(self) -> None:
        self.session.apply_scores(self.cid, self.who, *self.old)

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetScoresCommand) or not (self.mergeable and other.mergeable):
            return False
        if (other.cid, other.who, other.what) != (self.cid, self.who, self.what):
            return False
        if other.at - self.at > MERGE_WINDOW_S:
            return False
        self.new, self.at = other.new, other.at
        return True


class CreateCommitmentCommand(QUndoCommand):
    def __init__(self, session: Session, plan_id: str, fields: CommitmentFields) -> None:
        super().__init__(QCoreApplication.translate("Session", "New commitment"))
        self.session, self.plan_id, self.fields = session, plan_id, fields
        self.cid: str | None = None

    def redo(self) -> None:
        s, repo = self.session, self.session.repo
        if self.cid is None:
            made = s.run(lambda: plans.create_commitment(repo, self.plan_id, self.fields, s.author()))
            if made is False:
                self.setObsolete(True)
                return
            self.cid, changes = made
        else:
            changes = s.run(lambda: plans.restore_commitment(repo, self.cid, s.author()))
            if changes is False:
                return
        s.apply_changes(changes)

    def undo(self) -> None:
        s, repo = self.session, self.session.repo
        if self.cid is None:
            return
        s.flush()
        changes = s.run(lambda: plans.delete_commitment(repo, self.cid, s.author()))
        if changes is not False:
            s.apply_changes(changes)


class DeleteCommitmentCommand(QUndoCommand):
    def __init__(self, session: Session, cid: str, title: str, select_after: str) -> None:
        super().__init__(QCoreApplication.translate("Session", "Delete “{title}”").format(title=title))
        self.session, self.cid, self.select_after = session, cid, select_after

    def redo(self) -> None:
        s, repo = self.session, self.session.repo
        s.flush()
        changes = s.run(lambda: plans.delete_commitment(repo, self.cid, s.author(), self.select_after))
        if changes is False:
            self.setObsolete(True)
            return
        s.apply_changes(changes)

    def undo(self) -> None:
        s, repo = self.session, self.session.repo
        changes = s.run(lambda: plans.restore_commitment(repo, self.cid, s.author()))
        if changes is not False:
            s.apply_changes(changes)


class CreatePlanCommand(QUndoCommand):
    """A new action plan; undo tombstones it, redo restores it."""

    def __init__(self, session: Session, create: Callable[[], tuple[Plan, Changes]]) -> None:
        super().__init__(QCoreApplication.translate("Session", "New plan"))
        self.session, self._create = session, create
        self.plan_id: str | None = None

    def redo(self) -> None:
        s, repo = self.session, self.session.repo
        if self.plan_id is None:
            made = s.run(self._create)
            if made is False:
                self.setObsolete(True)
                return
            plan, changes = made
            self.plan_id = plan.id
        else:
            changes = s.run(lambda: plans.restore_plan(repo, self.plan_id, s.author()))
            if changes is False:
                return
        s.forget_plan(self.plan_id)
        s.apply_changes(changes)

    def undo(self) -> None:
        s, repo = self.session, self.session.repo
        if self.plan_id is None:
            return
        s.flush()
        changes = s.run(lambda: plans.delete_plan(repo, self.plan_id, s.author()))
        if changes is False:
            return
        s.forget_plan_commitments(self.plan_id)
        s.apply_changes(changes)


class DeletePlanCommand(QUndoCommand):
    """Delete an action plan (a tombstone: its commitments are hidden with it); undo restores it."""

    def __init__(self, session: Session, plan_id: str, title: str) -> None:
        super().__init__(QCoreApplication.translate("Session", "Delete plan “{title}”").format(title=title))
        self.session, self.plan_id = session, plan_id

    def redo(self) -> None:
        s, repo = self.session, self.session.repo
        s.flush()
        changes = s.run(lambda: plans.delete_plan(repo, self.plan_id, s.author()))
        if changes is False:
            self.setObsolete(True)
            return
        s.forget_plan_commitments(self.plan_id)
        s.apply_changes(changes)

    def undo(self) -> None:
        s, repo = self.session, self.session.repo
        changes = s.run(lambda: plans.restore_plan(repo, self.plan_id, s.author()))
        if changes is not False:
            s.apply_changes(changes)


def field_command_text(key: str) -> str:
    """The undo step's name for an edit of one template field ("" or unknown: any field)."""
    names = {
        "title": QCoreApplication.translate("Session", "Edit title"),
        "problem": QCoreApplication.translate("Session", "Edit problem"),
        "status_quo": QCoreApplication.translate("Session", "Edit status quo"),
        "draft_text": QCoreApplication.translate("Session", "Edit draft text"),
        "how_it_helps": QCoreApplication.translate("Session", "Edit how it helps"),
        "og_values": QCoreApplication.translate("Session", "Change open-government values"),
        "lead_agency": QCoreApplication.translate("Session", "Edit lead agency"),
        "other_actors_government": QCoreApplication.translate("Session", "Edit government actors"),
        "other_actors_cso": QCoreApplication.translate("Session", "Edit civil-society actors"),
        "budget_note": QCoreApplication.translate("Session", "Edit budget"),
        "start": QCoreApplication.translate("Session", "Change start date"),
        "end": QCoreApplication.translate("Session", "Change end date"),
        "status": QCoreApplication.translate("Session", "Change status"),
        "language": QCoreApplication.translate("Session", "Change text language"),
        "milestones": QCoreApplication.translate("Session", "Edit milestones"),
    }
    return names.get(key, QCoreApplication.translate("Session", "Edit commitment"))


__all__ = [
    "CreateCommitmentCommand",
    "CreatePlanCommand",
    "DeleteCommitmentCommand",
    "DeletePlanCommand",
    "SetFieldsCommand",
    "SetScoresCommand",
    "field_command_text",
]
