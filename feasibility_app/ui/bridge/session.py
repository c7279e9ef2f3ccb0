"""The workspace controller: one plain QObject, no widgets.

It holds the repository, the open commitment, the current assessor and the
in-memory working copies; it owns the QUndoStack. Views report edits here
(`edit_fields`, `edit_score`, `edit_irm`); each becomes a QUndoCommand (undo_commands.py)
that sets the value in memory and tells the views through signals. Autosave writes what
changed through the repository 1 s after the last edit (2 s at most after the
first unsaved one), on switching commitment, on close and on aboutToQuit. A
failed save keeps everything in memory, says so, and retries.

Storage (SQLAlchemy) is imported lazily: the window must paint before it loads.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from ...domain.assessing import effective_result
from ...domain.factors import FACTOR_KEYS, Level, Role
from ...domain.model import (
    Assessment,
    CommitmentFields,
    FactorScore,
    IrmPrecheck,
    Plan,
    Revision,
    empty_scores,
)
from ...domain.radar import series_colour
from ...domain.rubric import load_rubric
from ...domain.scoring import Verdict, evaluate, what_if
from .undo_commands import (
    CreateCommitmentCommand,
    CreatePlanCommand,
    DeleteCommitmentCommand,
    DeletePlanCommand,
    SetFieldsCommand,
    SetScoresCommand,
)

if TYPE_CHECKING:
    from ...domain.wording import Finding
    from ...storage.repository import Repository

log = logging.getLogger(__name__)

SAVE_DELAY_MS = 1000  # after the last edit
SAVE_MAX_DELAY_MS = 2000  # after the first unsaved edit, however fast people type
RETRY_DELAY_MS = 5000  # after a failed save
FINDINGS_DELAY_MS = 150  # wording checks after the draft text changes
POLL_INTERVAL_MS = 3000  # look for revisions someone else saved (import, shared database)

_FINDINGS_FIELDS = frozenset(
    {"draft_text", "milestones", "lead_agency", "status_quo", "start", "end", "language"}
)


@dataclass(frozen=True)
class AssessorKey:
    """Who is scoring: a name and a role (and the party, if the forum has one for it)."""

    name: str
    role: str
    party_id: str | None = None

    @property
    def valid(self) -> bool:
        return bool(self.name.strip())

    @property
    def ident(self) -> tuple[str, str]:
        return (self.name.strip(), self.role)


@dataclass
class _Scores:
    scores: dict[str, FactorScore]
    irm: IrmPrecheck
    party_id: str | None
    parent_id: str | None  # the assessor's previous assessment


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
        self.repo: Repository | None = repo
        self.undo_stack = QUndoStack(self)
        self.language = "en"
        self.current_id = ""
        self._assessor = AssessorKey("", Role.GOVERNMENT.value)
        self._plans: dict[str, Plan] = {}
        self._plan_of: dict[str, str] = {}
        self._fields: dict[str, CommitmentFields] = {}
        self._saved_fields: dict[str, CommitmentFields] = {}
        self._parent_rev: dict[str, str] = {}
        self._assessments: dict[str, list[Assessment]] = {}
        self._deleted: dict[str, bool] = {}
        self._scores: dict[tuple[str, tuple[str, str]], _Scores] = {}
        self._saved_scores: dict[tuple[str, tuple[str, str]], tuple[dict[str, FactorScore], IrmPrecheck]] = {}
        self._dirty_fields: set[str] = set()
        self._dirty_scores: set[tuple[str, tuple[str, str]]] = set()
        self._first_unsaved: float | None = None
        self._flushing = False
        self._failing = ""
        self.last_saved: datetime | None = None
        self.findings: list[Finding] = []

        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.timeout.connect(self.flush)
        self._retry_timer = QTimer(self)
        self._retry_timer.setSingleShot(True)
        self._retry_timer.setInterval(RETRY_DELAY_MS)
        self._retry_timer.timeout.connect(self.flush)
        self._findings_timer = QTimer(self)
        self._findings_timer.setSingleShot(True)
        self._findings_timer.setInterval(FINDINGS_DELAY_MS)
        self._findings_timer.timeout.connect(self._recompute_findings)
        self._reported: dict[str, set[str]] = {}  # revisions of others already reported, per commitment
        self._poll_timer = QTimer(self)
        self._poll_timer.setInterval(POLL_INTERVAL_MS)
        self._poll_timer.timeout.connect(self.check_for_changes)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.flush)

    # --- set-up ------------------------------------------------------------------------

    def set_repository(self, repo: Repository) -> None:
        self.repo = repo

    def set_language(self, language: str) -> None:
        self.language = language
        if self.current_id:
            self._emit_result()

    # --- who is scoring -------------------------------------------------------------------

    def assessor(self) -> AssessorKey:
        return self._assessor

    def author(self) -> str:
        return self._assessor.name.strip()

    def set_assessor(self, name: str, role: str, party_id: str | None = None) -> None:
        who = AssessorKey(name.strip(), Role(role).value, party_id)
        if who == self._assessor:
            return
        self._flush_scores_quietly()
        self._assessor = who
        self.assessor_changed.emit(who)
        if self.current_id:
            self._load_own_scores(self.current_id)
            self._emit_assessment()

    def can_edit(self) -> bool:
        """A commitment is open and not deleted."""
        return bool(self.current_id) and not self._deleted.get(self.current_id, False)

    def can_score(self) -> bool:
        return (
            bool(self.current_id) and self._assessor.valid and not self._deleted.get(self.current_id, False)
        )

    # --- reading -----------------------------------------------------------------------------

    def plan(self, plan_id: str) -> Plan:
        if plan_id not in self._plans:
            self._plans[plan_id] = self.repo.plan(plan_id)
        return self._plans[plan_id]

    def forget_plan(self, plan_id: str) -> None:
        """Re-read a plan next time (after its parties or weights were edited)."""
        self._plans.pop(plan_id, None)

    def current_plan(self) -> Plan | None:
        pid = self._plan_of.get(self.current_id)
        return self.plan(pid) if pid else None

    def fields(self, cid: str | None = None) -> CommitmentFields | None:
        return self._fields.get(cid or self.current_id)

    def assessments(self, cid: str | None = None) -> list[Assessment]:
        """Saved assessments of a commitment, oldest first (as loaded; refreshed by saves)."""
        return list(self._assessments.get(cid or self.current_id, ()))

    def own_scores(self) -> tuple[dict[str, FactorScore], IrmPrecheck]:
        entry = self._scores.get((self.current_id, self._assessor.ident))
        if entry is None:
            return empty_scores(), IrmPrecheck()
        return dict(entry.scores), entry.irm

    def has_unsaved(self) -> bool:
        return bool(self._dirty_fields or self._dirty_scores)

    # --- opening ----------------------------------------------------------------------------

    def open_commitment(self, cid: str) -> bool:
        """Show a commitment (flushing the previous one); "" closes. False if it cannot be read."""
        if cid == self.current_id:
            return True
        self.flush()
        if not cid:
            self.current_id = ""
            self._poll_timer.stop()
            self.commitment_opened.emit("")
            return True
        if cid not in self._dirty_fields and not any(k[0] == cid for k in self._dirty_scores):
            if not self._load(cid):
                return False
        self.current_id = cid
        plan = self.current_plan()
        self.commitment_opened.emit(cid)
        if plan is not None:
            self.plan_changed.emit(plan)
        self.fields_changed.emit(self._fields[cid])
        self._load_own_scores(cid)
        self._emit_assessment()
        self._recompute_findings()
        self._update_notice()
        self._poll_timer.start()
        return True

    def reload_current(self) -> None:
        """Re-read the open commitment (after an import or a consensus was recorded elsewhere)."""
        cid = self.current_id
        if not cid:
            return
        self.flush()
        self.current_id = ""
        for key in [k for k in self._scores if k[0] == cid]:
            del self._scores[key]
        self._fields.pop(cid, None)
        self.open_commitment(cid)

    def _load(self, cid: str) -> bool:
        from ...storage.repository import NotFound

        try:
            snap = self.repo.snapshot(cid)
        except NotFound as exc:
            self.error.emit(QCoreApplication.translate("Session", "Commitment not found"), str(exc))
            return False
        except Exception as exc:  # a database error must not crash the window
            log.exception("cannot read commitment %s", cid)
            self.error.emit(
                QCoreApplication.translate("Session", "Cannot read the commitment"), _describe(exc)
            )
            return False
        self._plans[snap.plan.id] = snap.plan
        self._plan_of[cid] = snap.plan.id
        self._fields[cid] = snap.revision.fields
        self._saved_fields[cid] = snap.revision.fields
        self._parent_rev[cid] = snap.revision.id
        self._assessments[cid] = list(snap.assessments)
        self._deleted[cid] = snap.deleted
        for key in [k for k in self._scores if k[0] == cid and k not in self._dirty_scores]:
            del self._scores[key]
        return True

    def _load_own_scores(self, cid: str) -> None:
        key = (cid, self._assessor.ident)
        if key in self._scores:
            return
        own = [
            a
            for a in self._assessments.get(cid, ())
            if not a.is_consensus and (a.assessor.strip(), a.role.value) == self._assessor.ident
        ]
        newest = max(own, key=lambda a: (a.created_at, a.id)) if own else None
        if newest is not None:
            scores = {k: newest.scores.get(k, FactorScore()) for k in FACTOR_KEYS}
            entry = _Scores(scores, newest.irm, self._assessor.party_id or newest.party_id, newest.id)
        else:
            entry = _Scores(empty_scores(), IrmPrecheck(), self._assessor.party_id, None)
        self._scores[key] = entry
        self._saved_scores[key] = (dict(entry.scores), entry.irm)

    def _forget_current(self, cid: str) -> None:
        if self.current_id == cid:
            self.current_id = ""
            self._poll_timer.stop()
            self.commitment_opened.emit("")

    def _forget_plan_commitments(self, plan_id: str) -> None:
        """A deleted plan hides its commitments: close the open one if it is among them."""
        self.forget_plan(plan_id)
        if self.current_id and self._plan_of.get(self.current_id) == plan_id:
            self._forget_current(self.current_id)

    # --- someone else's edits ------------------------------------------------------------------

    def opened_revision(self, cid: str | None = None) -> str:
        """The revision the editor's next save is based on (the one opened, then our own saves)."""
        return self._parent_rev.get(cid or self.current_id, "")

    def check_for_changes(self, cid: str | None = None) -> list[Revision]:
        """Revisions of `cid` (default: the open one) that someone else saved after the one
        this editor is based on, not reported before; `parallel_edit_found` carries them.

        Nothing is overwritten: the next save is still based on the revision that was
        opened, so the two edits become two children of one parent (design.md)."""
        if self._flushing:
            return []
        return self._check_changes(cid or self.current_id)

    def _check_changes(self, cid: str) -> list[Revision]:
        base = self._parent_rev.get(cid)
        if not cid or not base or self.repo is None:
            return []
        from ...storage.bulk import changes_since

        try:
            newer = changes_since(self.repo.db, cid, base)
        except Exception as exc:  # a lost server or a busy file: try again at the next tick
            log.info("checking for parallel edits failed: %s", exc)
            return []
        seen = self._reported.setdefault(cid, set())
        fresh = [rev for rev in newer if rev.id not in seen]
        if fresh:
            seen.update(rev.id for rev in fresh)
            self.parallel_edit_found.emit(cid, fresh)
        return fresh

    # --- edits from the views --------------------------------------------------------------

    def edit_fields(self, new: CommitmentFields, key: str = "") -> None:
        cid = self.current_id
        if not cid or self._deleted.get(cid):
            return
        old = self._fields[cid]
        if new == old:
            return
        self.undo_stack.push(SetFieldsCommand(self, cid, old, new, key))

    def edit_score(self, factor: str, score: FactorScore) -> None:
        if not self.can_score() or factor not in FACTOR_KEYS:
            return
        scores, irm = self.own_scores()
        old_score = scores.get(factor, FactorScore())
        if old_score == score:
            return
        new_scores = {**scores, factor: score}
        rubric = load_rubric(self.language)
        label = rubric.factor_label(factor)
        if old_score.level != score.level:
            text = QCoreApplication.translate("Session", "{factor}: {level}").format(
                factor=label, level=rubric.level_label(score.level)
            )
            mergeable = False
        else:
            text = QCoreApplication.translate("Session", "Edit {factor}").format(factor=label)
            mergeable = True
        self.undo_stack.push(
            SetScoresCommand(
                self,
                self.current_id,
                self._assessor,
                (scores, irm),
                (new_scores, irm),
                factor,
                text,
                mergeable,
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
                self,
                self.current_id,
                self._assessor,
                (scores, old),
                (scores, irm),
                "irm",
                QCoreApplication.translate("Session", "Edit IRM pre-check"),
                mergeable,
            )
        )

    def create_commitment(self, plan_id: str, fields: CommitmentFields) -> str | None:
        """A new commitment in a plan (undoable); returns its id, or None if it failed."""
        self.flush()
        command = CreateCommitmentCommand(self, plan_id, fields)
        self.undo_stack.push(command)
        return command.cid

    def delete_commitment(self, cid: str, select_after: str = "") -> bool:
        """Delete (a tombstone; undo restores it)."""
        fields = self._fields.get(cid)
        title = fields.title if fields else ""
        command = DeleteCommitmentCommand(
            self, cid, title or QCoreApplication.translate("Session", "(untitled)"), select_after
        )
        self.undo_stack.push(command)
        return not command.isObsolete()

    def create_plan(self, title: str, country: str = "", start=None, end=None, parties=()) -> str | None:
        """A new action plan (undoable: undo deletes it again); its id, or None if it failed."""
        self.flush()
        repo = self.repo
        command = CreatePlanCommand(
            self, lambda: repo.create_plan(title, country, start, end, None, list(parties))
        )
        self.undo_stack.push(command)
        return command.plan_id

    def delete_plan(self, plan_id: str) -> bool:
        """Delete a plan with its commitments (a tombstone; undo restores them)."""
        title = self.plan(plan_id).title
        command = DeletePlanCommand(
            self, plan_id, title or QCoreApplication.translate("Session", "(untitled)")
        )
        self.undo_stack.push(command)
        return not command.isObsolete()

    def save_plan(self, plan: Plan) -> Plan | None:
        """Save a plan's settings; if someone else saved the plan since it was read, say so
        (the caller keeps what the user typed, to re-apply it on the fresh plan)."""
        from ...storage.repository import ConcurrentEdit

        try:
            saved = self.repo.update_plan(plan)
        except ConcurrentEdit as exc:
            self.error.emit(
                QCoreApplication.translate("Session", "Someone else changed this plan"),
                QCoreApplication.translate(
                    "Session",
                    "{reason}\nYour changes were not saved and are still in the form: "
                    "check the plan's current settings, then save again.",
                ).format(reason=exc),
            )
            self.forget_plan(plan.id)
            return None
        except Exception as exc:
            log.exception("saving the plan failed")
            self.error.emit(
                QCoreApplication.translate("Session", "The change could not be saved"), _describe(exc)
            )
            return None
        self._plans[saved.id] = saved
        # The repository refreshed the summary cache when the weights changed: the navigator
        # lists again (titles, overall scores); the open commitment's verdict, radar and
        # findings (the plan's period) follow the new settings.
        self.plans_changed.emit("")
        if self.current_id and self._plan_of.get(self.current_id) == saved.id:
            self.plan_changed.emit(saved)
            self._emit_result()
            self._recompute_findings()
        return saved

    # --- applying (called by the commands) ------------------------------------------------------

    def _ensure_open(self, cid: str) -> bool:
        """Undo/redo of an edit made on another commitment goes back to that commitment first."""
        if cid != self.current_id:
            if not self.open_commitment(cid):
                return False
            self.select_requested.emit(cid)
        return True

    def _apply_fields(self, cid: str, fields: CommitmentFields, key: str) -> None:
        if not self._ensure_open(cid):
            return
        old = self._fields.get(cid)
        self._fields[cid] = fields
        self._mark_dirty_fields(cid)
        self.fields_changed.emit(fields)
        changes: dict[str, Any] = {}
        if old is None or old.title != fields.title:
            changes["title"] = fields.title
        if old is None or old.lead_agency != fields.lead_agency:
            changes["lead_agency"] = fields.lead_agency
        if old is None or (old.title, old.lead_agency, old.draft_text) != (
            fields.title,
            fields.lead_agency,
            fields.draft_text,
        ):
            changes["search_text"] = _fold(" ".join((fields.title, fields.lead_agency, fields.draft_text)))
        if changes:
            self.summary_changed.emit(cid, changes)
        if not key or key in _FINDINGS_FIELDS:
            self._findings_timer.start()

    def _apply_scores(
        self, cid: str, who: AssessorKey, scores: dict[str, FactorScore], irm: IrmPrecheck
    ) -> None:
        if not self._ensure_open(cid):
            return
        if who.ident != self._assessor.ident:
            self.set_assessor(who.name, who.role, who.party_id)
        key = (cid, who.ident)
        self._load_own_scores(cid)
        entry = self._scores[key]
        entry.scores, entry.irm = dict(scores), irm
        self._dirty_scores.add(key)
        self._schedule_save()
        self._emit_assessment()

    # --- what the views show ------------------------------------------------------------------

    def _emit_assessment(self) -> None:
        scores, irm = self.own_scores()
        self.assessment_changed.emit(scores, irm)
        self._emit_result()

    def series(self) -> list[tuple[str, dict[str, Level], str]]:
        """Radar overlays: the current assessor's levels first, then each other assessor's newest."""
        scores, _irm = self.own_scores()
        out = []
        if self._assessor.valid:
            out.append((self._assessor.name, {k: s.level for k, s in scores.items()}, series_colour(0)))
        for a in self._effective(include_own=False).assessments:
            if (a.assessor.strip(), a.role.value) != self._assessor.ident:
                out.append((a.assessor, a.levels(), series_colour(len(out))))
        return out

    def verdict(self) -> Verdict:
        scores, _irm = self.own_scores()
        plan = self.current_plan()
        return evaluate(
            {k: s.level for k, s in scores.items()},
            plan.weights if plan else None,
            {k: s.evidence for k, s in scores.items()},
        )

    def overall(self):
        """The commitment's overall result (design.md: the recorded consensus, else the
        suggested consensus of each assessor's newest), counting the unsaved own edits."""
        return self._effective(include_own=True)

    def _emit_result(self) -> None:
        """The verdict panel shows the overall result, as the navigator's chip does; the
        radar shows each assessor's levels, the one being edited first."""
        if not self.current_id:
            return
        plan = self.current_plan()
        weights = plan.weights if plan else None
        overall = self.overall()
        v = overall.verdict
        levels = {k: s.level for k, s in overall.scores.items()}
        self.result_changed.emit(v, what_if(levels, weights), self.series())
        self.summary_changed.emit(
            self.current_id,
            {
                "overall_level": v.band.value,
                "overall_score": v.score,
                "complete": v.complete,
                "assessors": len(overall.assessments),
                "discuss": sum(1 for fs in overall.spread.values() if fs.discuss),
                "potential": overall.potential.value,
            },
        )

    def _effective(self, include_own: bool):
        """The commitment's overall result (design.md) with the unsaved own assessment included."""
        cid = self.current_id
        saved = list(self._assessments.get(cid, ()))
        plan = self.current_plan()
        if include_own and self._assessor.valid:
            key = (cid, self._assessor.ident)
            entry = self._scores.get(key)
            if entry is not None and any(s.level.assessed for s in entry.scores.values()):
                now = datetime.now(UTC)
                latest = max((a.created_at for a in saved), default=now)
                saved.append(
                    Assessment(
                        id="~unsaved",
                        commitment_id=cid,
                        revision_id=self._parent_rev.get(cid, ""),
                        assessor=self._assessor.name,
                        role=Role(self._assessor.role),
                        created_at=max(latest + timedelta(microseconds=1), now),
                        scores=dict(entry.scores),
                        irm=entry.irm,
                    )
                )
        return effective_result(saved, plan.weights if plan else None)

    def _recompute_findings(self) -> None:
        self._findings_timer.stop()
        fields = self._fields.get(self.current_id)
        if fields is None:
            return
        from ...domain.wording import check_commitment, findings_by_factor

        plan = self.current_plan()
        try:
            self.findings = check_commitment(fields, plan.start if plan else None, plan.end if plan else None)
        except Exception:  # a broken rules file must not stop typing
            log.exception("wording checks failed")
            self.findings = []
        self.findings_changed.emit(self.findings)
        self.findings_counts_changed.emit(findings_by_factor(self.findings))

    def _update_notice(self) -> None:
        cid = self.current_id
        if self._deleted.get(cid):
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
        if parallel:
            self.notice_changed.emit(
                QCoreApplication.translate(
                    "Session",
                    "Two people edited this commitment in parallel. The newer text is shown; "
                    "the other is kept in its history.",
                )
            )
        else:
            self.notice_changed.emit("")

    # --- saving ----------------------------------------------------------------------------------

    def _mark_dirty_fields(self, cid: str) -> None:
        self._dirty_fields.add(cid)
        self._schedule_save()

    def _schedule_save(self) -> None:
        now = time.monotonic()
        if self._first_unsaved is None:
            self._first_unsaved = now
        waited_ms = (now - self._first_unsaved) * 1000
        delay = int(max(0, min(SAVE_DELAY_MS, SAVE_MAX_DELAY_MS - waited_ms)))
        if self._save_timer.isActive() and self._save_timer.remainingTime() <= delay:
            return
        self._save_timer.start(delay)

    def flush(self) -> bool:
        """Write every unsaved edit now; True when nothing is left unsaved."""
        self._save_timer.stop()
        if self._flushing or self.repo is None:
            return not self.has_unsaved()
        if not self.has_unsaved():
            self._first_unsaved = None
            return True
        self._flushing = True
        try:
            for cid in sorted(self._dirty_fields):
                fields = self._fields[cid]
                if fields == self._saved_fields.get(cid):  # edited, then undone: nothing to save
                    self._dirty_fields.discard(cid)
                    continue
                # Someone may have saved since the last poll: report it before our save
                # moves the base (both revisions are kept; ours is based on what we opened).
                self._check_changes(cid)
                rev = self.repo.save_revision(cid, fields, self.author(), parent_id=self._parent_rev.get(cid))
                self._parent_rev[cid] = rev.id
                self._saved_fields[cid] = fields
                self._dirty_fields.discard(cid)
            for key in sorted(self._dirty_scores):
                cid, (name, role) = key
                entry = self._scores[key]
                saved = self._saved_scores.get(key)
                if saved is not None and saved == (entry.scores, entry.irm):
                    self._dirty_scores.discard(key)
                    continue
                a = self.repo.save_assessment(
                    cid,
                    name,
                    role,
                    entry.scores,
                    entry.irm,
                    party_id=entry.party_id,
                    parent_id=entry.parent_id,
                )
                entry.parent_id = a.id
                self._assessments.setdefault(cid, []).append(a)
                self._saved_scores[key] = (dict(entry.scores), entry.irm)
                self._dirty_scores.discard(key)
        except Exception as exc:  # read-only file, disk full, server gone: keep edits, retry
            log.warning("autosave failed: %s", exc)
            self._failing = _describe(exc)
            self._first_unsaved = None
            self._retry_timer.start()
            self.save_failed.emit(self._failing)
            return False
        finally:
            self._flushing = False
        self._first_unsaved = None
        self._failing = ""
        self._retry_timer.stop()
        self.last_saved = datetime.now()
        self.saved.emit(self.last_saved)
        return True

    def _flush_scores_quietly(self) -> None:
        if self._dirty_scores:
            self.flush()

    def save_failure(self) -> str:
        """Why the last save failed ("" when the last save worked)."""
        return self._failing

    # --- for the undo commands ---------------------------------------------------------------

    def _guard(self, action):
        """Run a repository action for a command; on failure say so and return False."""
        try:
            result = action()
        except Exception as exc:
            log.exception("repository action failed")
            self.error.emit(
                QCoreApplication.translate("Session", "The change could not be saved"), _describe(exc)
            )
            return False
        return True if result is None else result


def _fold(text: str) -> str:
    from ...storage.repository import fold

    return fold(text)


def _describe(exc: BaseException) -> str:
    """One readable line about a storage failure."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else exc.__class__.__name__
    lowered = text.lower()
    if "readonly" in lowered or "read-only" in lowered:
        return QCoreApplication.translate("Session", "The database file is read-only.")
    if "disk" in lowered and ("full" in lowered or "i/o" in lowered):
        return QCoreApplication.translate("Session", "The disk is full or cannot be written.")
    if "locked" in lowered:
        return QCoreApplication.translate("Session", "The database is busy (locked by another program).")
    if len(text) > 200:
        text = text[:200] + "…"
    return text


__all__ = ["AssessorKey", "Session"]
