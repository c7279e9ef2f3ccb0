"""The Qt bridge to the workspace: signals, timers and the undo stack, no workflow of its own.

The working copies, dirty sets, autosave policy, saving and the derived results live in
`app/` (Qt-free, tested with a fake clock). This QObject owns the `QUndoStack`: views report
edits here (`edit_fields`, `edit_score`, `edit_irm`), each becomes a QUndoCommand
(undo_commands.py) that calls the public `apply_fields` / `apply_scores` / `run` methods
below; what an operation changed comes back as signals. QTimers carry the workspace's
autosave delays, the findings debounce and the parallel-edit poll. A failed save keeps
everything in memory, says so (translated: ui/common/errors.py), and retries. Storage
(SQLAlchemy) is imported lazily by `app/`: the window must paint before it loads.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack

from ...app import plans as plan_ops
from ...app import results
from ...app.changes import Changes
from ...app.errors import AppError, ErrorKind
from ...app.watching import POLL_INTERVAL_S
from ...app.workspace import FINDINGS_FIELDS, AssessorKey, Workspace
from ...domain.factors import FACTOR_KEYS, Level, Role
from ...domain.model import Assessment, CommitmentFields, FactorScore, IrmPrecheck, Plan
from ...domain.rubric import load_rubric
from ...domain.scoring import Verdict, what_if
from ..common.errors import describe
from .timers import make_timer
from .undo_commands import (
    CreateCommitmentCommand,
    CreatePlanCommand,
    DeleteCommitmentCommand,
    DeletePlanCommand,
    SetFieldsCommand,
    SetScoresCommand,
)

if TYPE_CHECKING:
    from ...domain.assessing import EffectiveResult
    from ...domain.model import Revision
    from ...domain.wording import Finding
    from ...storage.repository import Repository

log = logging.getLogger(__name__)

FINDINGS_DELAY_MS = 150  # wording checks after the draft text changes
POLL_INTERVAL_MS = int(POLL_INTERVAL_S * 1000)


class Session(QObject):
    """The open commitment, who is scoring it, what is unsaved, and the undo stack."""

    commitment_opened = Signal(str)  # id, "" when none is open
    fields_changed = Signal(object)  # CommitmentFields of the open commitment
    assessment_changed = Signal(object, object)  # scores dict, IrmPrecheck of the current assessor
    result_changed = Signal(object, object, object)  # Verdict, list[WhatIf], list[SeriesSpec]
    findings_changed = Signal(object)  # list[Finding] of the open commitment
    findings_counts_changed = Signal(object)  # dict factor -> count
    summary_changed = Signal(str, object)  # commitment id, dict of CommitmentSummary fields to replace
    list_changed = Signal(str)  # commitments were added/deleted/restored; select this id ("" = keep)
    plans_changed = Signal(str)  # a plan was added/deleted/restored; show this plan ("" = keep)
    # Someone else saved newer revisions of a commitment (another laptop's import, another user
    # of a shared database): commitment id, list[Revision] not reported before, oldest first.
    parallel_edit_found = Signal(str, object)
    assessor_changed = Signal(object)  # AssessorKey
    plan_changed = Signal(object)  # Plan of the open commitment
    select_requested = Signal(str)  # ask the navigator to show this commitment
    notice_changed = Signal(str)  # a banner for the open commitment ("" = none)
    saved = Signal(object)  # datetime (local) of the last successful save
    save_failed = Signal(str)  # why; edits stay in memory and a retry is scheduled
    error = Signal(str, str)  # title, message of a failed action that is not a save

    def __init__(self, repo: Repository | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ws = Workspace(repo)
        self.undo_stack = QUndoStack(self)
        self.language = "en"
        self.findings: list[Finding] = []
        self._save_timer = make_timer(self, self.flush)
        self._findings_timer = make_timer(self, self.recompute_findings, FINDINGS_DELAY_MS)
        self._poll_timer = make_timer(self, self.check_for_changes, POLL_INTERVAL_MS, single=False)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.flush)

    # --- the workspace's state, for the views ---------------------------------------------------

    @property
    def repo(self) -> Repository | None:
        return self.ws.repo

    @property
    def current_id(self) -> str:
        return self.ws.current_id

    @property
    def last_saved(self) -> datetime | None:
        return self.ws.last_saved

    def set_repository(self, repo: Repository) -> None:
        """Another database than before: forget what was read from the old one, and its undo steps."""
        if self.ws.repo is not None and repo is not self.ws.repo:
            self.undo_stack.clear()
            self.ws.switch_repository(repo)
        self.ws.repo = repo

    def set_language(self, language: str) -> None:
        self.language = language
        if self.current_id:
            self._emit_result()
            self.recompute_findings()  # the questions follow the interface language

    def assessor(self) -> AssessorKey:
        return self.ws.assessor

    def author(self) -> str:
        return self.ws.author()

    def can_edit(self) -> bool:
        return self.ws.can_edit()

    def can_score(self) -> bool:
        return self.ws.can_score()

    def plan(self, plan_id: str) -> Plan:
        return self.ws.plan(plan_id)

    def forget_plan(self, plan_id: str) -> None:
        self.ws.forget_plan(plan_id)

    def current_plan(self) -> Plan | None:
        return self.ws.current_plan()

    def fields(self, cid: str | None = None) -> CommitmentFields | None:
        return self.ws.fields(cid)

    def assessments(self, cid: str | None = None) -> list[Assessment]:
        return self.ws.assessments(cid)

    def own_scores(self) -> tuple[dict[str, FactorScore], IrmPrecheck]:
        return self.ws.own_scores()

    def has_unsaved(self) -> bool:
        return self.ws.has_unsaved()

    def opened_revision(self, cid: str | None = None) -> str:
        return self.ws.opened_revision(cid)

    def save_failure(self) -> str:
        """Why the last save failed, translated ("" when the last save worked)."""
        return describe(self.ws.failure) if self.ws.failure is not None else ""

    def verdict(self) -> Verdict:
        return results.own_verdict(self.ws)

    def overall(self) -> EffectiveResult:
        """The commitment's overall result, counting the unsaved own edits (app/results.py)."""
        return results.effective(self.ws)

    def series(self) -> list[tuple[str, dict[str, Level], str]]:
        """The radar's series; a party known only by its role is named by the translated role."""
        return results.series(self.ws, load_rubric(self.language).role_label)

    # --- who is scoring ---------------------------------------------------------------------------

    def set_assessor(self, name: str, role: str, party_id: str | None = None) -> None:
        if self.ws.dirty_scores:
            self.flush()
        if not self.ws.set_assessor(name, role, party_id):
            return
        self.assessor_changed.emit(self.ws.assessor)
        if self.current_id:
            self._emit_assessment()

    # --- opening ----------------------------------------------------------------------------------

    def open_commitment(self, cid: str) -> bool:
        """Show a commitment (flushing the previous one); "" closes. False if it cannot be read."""
        if cid == self.current_id:
            return True
        self.flush()
        try:
            self.ws.open(cid)
        except AppError as exc:
            title = (
                QCoreApplication.translate("Session", "Commitment not found")
                if exc.kind is ErrorKind.NOT_FOUND
                else QCoreApplication.translate("Session", "Cannot read the commitment")
            )
            self.error.emit(title, describe(exc))
            return False
        if not cid:
            self._poll_timer.stop()
            self.commitment_opened.emit("")
            return True
        plan = self.current_plan()
        self.commitment_opened.emit(cid)
        if plan is not None:
            self.plan_changed.emit(plan)
        self.fields_changed.emit(self.ws.fields(cid))
        self._emit_assessment()
        self.recompute_findings()
        self._update_notice()
        self._poll_timer.start()
        return True

    def reload_current(self) -> None:
        """Re-read the open commitment (after an import or a consensus was recorded elsewhere)."""
        cid = self.current_id
        if not cid:
            return
        self.flush()
        self.ws.current_id = ""
        self.ws.discard_cached(cid)
        self.open_commitment(cid)

    def check_for_changes(self, cid: str | None = None) -> list[Revision]:
        """Revisions someone else saved after the one this editor is based on, not reported
        before; `parallel_edit_found` carries them. Nothing is overwritten (app/watching.py)."""
        fresh = self.ws.check_for_changes(cid)
        if fresh:
            self.parallel_edit_found.emit(cid or self.current_id, fresh)
        return fresh

    # --- edits from the views ---------------------------------------------------------------------

    def edit_fields(self, new: CommitmentFields, key: str = "") -> None:
        cid = self.current_id
        if not self.can_edit():
            return
        old = self.ws.fields(cid)
        if old is None or new == old:
            return
        self.undo_stack.push(SetFieldsCommand(self, cid, old, new, key))

    def edit_score(self, factor: str, score: FactorScore) -> None:
        if not self.can_score() or factor not in FACTOR_KEYS:
            return
        scores, irm = self.own_scores()
        old_score = scores.get(factor, FactorScore())
        if old_score == score:
            return
        rubric = load_rubric(self.language)
        label = rubric.factor_label(factor)
        if old_score.level != score.level:
            text = QCoreApplication.translate("Session", "{factor}: {level}").format(
                factor=label, level=rubric.level_label(score.level)
            )
        else:
            text = QCoreApplication.translate("Session", "Edit {factor}").format(factor=label)
        self.undo_stack.push(
            SetScoresCommand(
                self,
                self.current_id,
                self.ws.assessor,
                (scores, irm),
                ({**scores, factor: score}, irm),
                factor,
                text,
                old_score.level == score.level,
            )
        )

    def edit_irm(self, irm: IrmPrecheck) -> None:
        if not self.can_score():
            return
        scores, old = self.own_scores()
        if irm == old:
            return
        mergeable = (irm.verifiable, irm.values, irm.potential) == (old.verifiable, old.values, old.potential)
        self.undo_stack.push(
            SetScoresCommand(
                self, self.current_id, self.ws.assessor, (scores, old), (scores, irm), "irm",
                QCoreApplication.translate("Session", "Edit IRM pre-check"), mergeable,
            )
        )  # fmt: skip

    def create_commitment(self, plan_id: str, fields: CommitmentFields) -> str | None:
        """A new commitment in a plan (undoable); returns its id, or None if it failed."""
        self.flush()
        command = CreateCommitmentCommand(self, plan_id, fields)
        self.undo_stack.push(command)
        return command.cid

    def delete_commitment(self, cid: str, select_after: str = "") -> bool:
        """Delete (a tombstone; undo restores it)."""
        fields = self.ws.fields(cid)
        title = (fields.title if fields else "") or QCoreApplication.translate("Session", "(untitled)")
        command = DeleteCommitmentCommand(self, cid, title, select_after)
        self.undo_stack.push(command)
        return not command.isObsolete()

    def create_plan(
        self,
        title: str,
        country: str = "",
        start: date | None = None,
        end: date | None = None,
        parties: Iterable[tuple[str, Role | str]] = (),
    ) -> str | None:
        """A new action plan (undoable: undo deletes it again); its id, or None if it failed."""
        self.flush()
        repo = self.repo
        assert repo is not None
        command = CreatePlanCommand(
            self, lambda: plan_ops.create_plan(repo, title, country, start, end, parties)
        )
        self.undo_stack.push(command)
        return command.plan_id

    def delete_plan(self, plan_id: str) -> bool:
        """Delete a plan with its commitments (a tombstone; undo restores them)."""
        command = DeletePlanCommand(
            self, plan_id, self.plan(plan_id).title or QCoreApplication.translate("Session", "(untitled)")
        )
        self.undo_stack.push(command)
        return not command.isObsolete()

    def save_plan(self, plan: Plan) -> Plan | None:
        """Save a plan's settings; if someone else saved the plan since it was read, say so
        (the caller keeps what the user typed, to re-apply it on the fresh plan)."""
        assert self.repo is not None
        try:
            saved, changes = plan_ops.save_plan_settings(self.repo, plan)
        except AppError as exc:
            self.error.emit(
                QCoreApplication.translate("Session", "Someone else changed this plan"),
                QCoreApplication.translate(
                    "Session",
                    "{reason}\nYour changes were not saved and are still in the form: "
                    "check the plan's current settings, then save again.",
                ).format(reason=describe(exc)),
            )
            self.forget_plan(plan.id)
            return None
        except Exception as exc:
            log.exception("saving the plan failed")
            self.error.emit(
                QCoreApplication.translate("Session", "The change could not be saved"), describe(exc)
            )
            return None
        self.ws.remember_plan(saved)
        self.apply_changes(changes)
        return saved

    # --- for the undo commands ----------------------------------------------------------------------

    def run(self, action: Callable[[], Any]) -> Any:
        """Run an application operation for a command: its result (True for None), or False
        after saying (translated) why it failed."""
        try:
            result = action()
        except Exception as exc:
            log.exception("repository action failed")
            self.error.emit(
                QCoreApplication.translate("Session", "The change could not be saved"), describe(exc)
            )
            return False
        return True if result is None else result

    def apply_changes(self, changes: Changes) -> None:
        """Tell the views what an operation changed (one place for every operation)."""
        for cid in changes.closed:
            self.forget_commitment(cid)
        for cid, row in changes.rows.items():
            self.summary_changed.emit(cid, row)
        if changes.plans:
            self.plans_changed.emit(changes.show_plan)
        if changes.commitments:
            self.list_changed.emit(changes.select)
        plan = changes.plan
        if plan is not None and self.current_id and self.ws.plan_id_of(self.current_id) == plan.id:
            self.plan_changed.emit(plan)
            self._emit_result()
            self.recompute_findings()

    def forget_commitment(self, cid: str) -> None:
        if self.ws.forget_commitment(cid):
            self._poll_timer.stop()
            self.commitment_opened.emit("")

    def forget_plan_commitments(self, plan_id: str) -> None:
        """A deleted plan hides its commitments: close the open one if it is among them."""
        if self.ws.forget_plan_commitments(plan_id):
            self._poll_timer.stop()
            self.commitment_opened.emit("")

    def _ensure_open(self, cid: str) -> bool:
        """Undo/redo of an edit made on another commitment goes back to that commitment first."""
        if cid != self.current_id:
            if not self.open_commitment(cid):
                return False
            self.select_requested.emit(cid)
        return True

    def apply_fields(self, cid: str, fields: CommitmentFields, key: str) -> None:
        if not self._ensure_open(cid):
            return
        changes = self.ws.apply_fields(cid, fields)
        self._schedule_save()
        self.fields_changed.emit(fields)
        self.apply_changes(changes)
        if not key or key in FINDINGS_FIELDS:
            self._findings_timer.start()

    def apply_scores(
        self, cid: str, who: AssessorKey, scores: dict[str, FactorScore], irm: IrmPrecheck
    ) -> None:
        if not self._ensure_open(cid):
            return
        if who.ident != self.ws.assessor.ident:
            self.set_assessor(who.name, who.role, who.party_id)
        self.ws.apply_scores(cid, who, scores, irm)
        self._schedule_save()
        self._emit_assessment()

    # --- what the views show --------------------------------------------------------------------------

    def _emit_assessment(self) -> None:
        scores, irm = self.own_scores()
        self.assessment_changed.emit(scores, irm)
        self._emit_result()

    def _emit_result(self) -> None:
        """The verdict panel shows the overall result, as the navigator's chip does; the
        radar shows each assessor's levels, the one being edited first."""
        if not self.current_id:
            return
        plan = self.current_plan()
        overall = self.overall()
        levels = {k: s.level for k, s in overall.scores.items()}
        self.result_changed.emit(
            overall.verdict, what_if(levels, plan.weights if plan else None), self.series()
        )
        self.summary_changed.emit(self.current_id, results.summary_row(overall))

    def recompute_findings(self) -> None:
        """Run the wording checks on the open commitment now (else 150 ms after typing stops)."""
        self._findings_timer.stop()
        found = results.findings(self.ws, self.language)
        if found is None:
            return
        from ...domain.wording import findings_by_factor

        self.findings = found
        self.findings_changed.emit(found)
        self.findings_counts_changed.emit(findings_by_factor(found))

    def _update_notice(self) -> None:
        cid = self.current_id
        if self.ws.is_deleted(cid):
            self.notice_changed.emit(
                QCoreApplication.translate(
                    "Session", "This commitment was deleted. Undo (Ctrl+Z) to restore it."
                )
            )
            return
        try:
            parallel = self.repo.parallel_edits(cid) if self.repo else []
        except Exception:
            parallel = []
        self.notice_changed.emit(
            QCoreApplication.translate(
                "Session",
                "Two people edited this commitment in parallel. The newer text is shown; "
                "the other is kept in its history.",
            )
            if parallel
            else ""
        )

    # --- saving ---------------------------------------------------------------------------------------

    def _schedule_save(self) -> None:
        remaining = self.ws.autosave.remaining()
        if remaining is not None:
            self._save_timer.start(round(remaining * 1000))

    def flush(self) -> bool:
        """Write every unsaved edit now; True when nothing is left unsaved."""
        self._save_timer.stop()
        outcome = self.ws.flush()
        for cid, revisions in outcome.parallel.items():
            self.parallel_edit_found.emit(cid, revisions)
        if outcome.error is not None:
            self._schedule_save()  # the retry
            self.save_failed.emit(self.save_failure())
        elif outcome.saved_at is not None:
            self.saved.emit(outcome.saved_at)
        return outcome.ok


__all__ = ["AssessorKey", "Session"]
