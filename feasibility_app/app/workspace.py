"""The working copy of the commitments being edited: what is shown, what is unsaved, and
writing it (autosave). No Qt: the window's Session bridge drives it with QTimers and turns
what each call returns into signals; a test drives it with a fake clock.

Edits stay in memory until `flush()` writes them: a commitment's fields as one revision based
on the revision that was opened, each assessor's scores as one assessment based on their
previous one. A failed flush keeps everything in memory and says why; the next one retries.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from ..domain.factors import FACTOR_KEYS, Role
from ..domain.model import Assessment, CommitmentFields, FactorScore, IrmPrecheck, Plan, empty_scores
from .autosave import AutosavePolicy
from .changes import Changes
from .errors import AppError, ErrorKind, classify
from .watching import ParallelEditWatcher

if TYPE_CHECKING:
    from ..domain.model import Revision
    from ..storage.repository import Repository

log = logging.getLogger(__name__)

# A change of these fields changes the wording findings (the draft, the dates, the language ...).
FINDINGS_FIELDS = frozenset(
    {"draft_text", "milestones", "lead_agency", "status_quo", "start", "end", "language", "lead_level"}
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


ScoreKey = tuple[str, tuple[str, str]]  # commitment id, assessor ident


@dataclass
class WorkingScores:
    scores: dict[str, FactorScore]
    irm: IrmPrecheck
    party_id: str | None
    parent_id: str | None  # the assessor's previous assessment


@dataclass
class SaveOutcome:
    """What a flush did: `ok` when nothing is left unsaved; `error` why not (edits kept);
    `parallel` revisions someone else saved, found just before our save, per commitment;
    `saved_at` (local time) when something was written."""

    ok: bool
    error: BaseException | None = None
    parallel: dict[str, list[Revision]] = field(default_factory=dict)
    saved_at: datetime | None = None


class Workspace:
    """Working copies, dirty sets and the autosave policy of one editor."""

    def __init__(self, repo: Repository | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        self.repo = repo
        self.autosave = AutosavePolicy(clock)
        self.watcher = ParallelEditWatcher()
        self.current_id = ""
        self.assessor = AssessorKey("", Role.GOVERNMENT.value)
        self.last_saved: datetime | None = None
        self.failure: BaseException | None = None  # why the last save failed; None when it worked
        self._plans: dict[str, Plan] = {}
        self._plan_of: dict[str, str] = {}
        self._fields: dict[str, CommitmentFields] = {}
        self._saved_fields: dict[str, CommitmentFields] = {}
        self._parent_rev: dict[str, str] = {}
        self._assessments: dict[str, list[Assessment]] = {}
        self._texts: dict[str, frozenset[str]] = {}  # revisions the forum's record still describes
        self._deleted: dict[str, bool] = {}
        self._scores: dict[ScoreKey, WorkingScores] = {}
        self._saved_scores: dict[ScoreKey, tuple[dict[str, FactorScore], IrmPrecheck]] = {}
        self.dirty_fields: set[str] = set()
        self.dirty_scores: set[ScoreKey] = set()
        self._flushing = False

    def switch_repository(self, repo: Repository) -> None:
        """Work on another database (File ▸ Open database): everything read from the old one is
        forgotten (the same ids may name other records there); the assessor stays. The caller
        flushes first."""
        assessor, autosave = self.assessor, self.autosave
        self.__init__(repo)  # type: ignore[misc]
        self.assessor, self.autosave = assessor, autosave

    # --- reading ----------------------------------------------------------------------------

    def author(self) -> str:
        return self.assessor.name.strip()

    def plan(self, plan_id: str) -> Plan:
        if plan_id not in self._plans:
            assert self.repo is not None, "no database is open"
            self._plans[plan_id] = self.repo.plan(plan_id)
        return self._plans[plan_id]

    def remember_plan(self, plan: Plan) -> None:
        self._plans[plan.id] = plan

    def forget_plan(self, plan_id: str) -> None:
        """Re-read a plan next time (after its parties or weights were edited)."""
        self._plans.pop(plan_id, None)

    def plan_id_of(self, cid: str) -> str | None:
        return self._plan_of.get(cid)

    def current_plan(self) -> Plan | None:
        pid = self._plan_of.get(self.current_id)
        return self.plan(pid) if pid else None

    def fields(self, cid: str | None = None) -> CommitmentFields | None:
        return self._fields.get(cid or self.current_id)

    def assessments(self, cid: str | None = None) -> list[Assessment]:
        """Saved assessments of a commitment, oldest first (as loaded; refreshed by saves)."""
        return list(self._assessments.get(cid or self.current_id, ()))

    def texts(self, cid: str | None = None) -> frozenset[str] | None:
        """The current revision and those it differs from only by editorial edits (None: unknown)."""
        return self._texts.get(cid or self.current_id)

    def is_deleted(self, cid: str) -> bool:
        return self._deleted.get(cid, False)

    def own_scores(self) -> tuple[dict[str, FactorScore], IrmPrecheck]:
        entry = self._scores.get((self.current_id, self.assessor.ident))
        if entry is None:
            return empty_scores(), IrmPrecheck()
        return dict(entry.scores), entry.irm

    def working_scores(self, cid: str) -> WorkingScores | None:
        """The current assessor's working copy on `cid` (unsaved edits included), if loaded."""
        return self._scores.get((cid, self.assessor.ident))

    def opened_revision(self, cid: str | None = None) -> str:
        """The revision the next save is based on (the one opened, then our own saves)."""
        return self._parent_rev.get(cid or self.current_id, "")

    def has_unsaved(self) -> bool:
        return bool(self.dirty_fields or self.dirty_scores)

    def is_dirty(self, cid: str) -> bool:
        return cid in self.dirty_fields or any(k[0] == cid for k in self.dirty_scores)

    def can_edit(self) -> bool:
        """A commitment is open and not deleted."""
        return bool(self.current_id) and not self._deleted.get(self.current_id, False)

    def can_score(self) -> bool:
        return self.can_edit() and self.assessor.valid

    # --- opening ----------------------------------------------------------------------------

    def load(self, cid: str) -> None:
        """Read a commitment from the database (its unsaved edits elsewhere are kept).

        Raises AppError NOT_FOUND or READ_FAILED (the database's reason as detail)."""
        from ..storage.errors import NotFound

        assert self.repo is not None, "no database is open"
        try:
            snap = self.repo.snapshot(cid)
        except NotFound as exc:
            raise AppError(ErrorKind.NOT_FOUND, str(exc)) from exc
        except Exception as exc:  # a database error must not crash the window
            log.exception("cannot read commitment %s", cid)
            kind, line = classify(exc)
            raise AppError(kind or ErrorKind.READ_FAILED, line) from exc
        self._plans[snap.plan.id] = snap.plan
        self._plan_of[cid] = snap.plan.id
        self._fields[cid] = snap.revision.fields
        self._saved_fields[cid] = snap.revision.fields
        self._parent_rev[cid] = snap.revision.id
        self._assessments[cid] = list(snap.assessments)
        self._texts[cid] = snap.current_texts
        self._deleted[cid] = snap.deleted
        for key in [k for k in self._scores if k[0] == cid and k not in self.dirty_scores]:
            del self._scores[key]

    def open(self, cid: str) -> None:
        """Make `cid` the open commitment ("" = none), reading it unless it has unsaved edits
        (the caller flushes the previous one first). Raises AppError as `load()`."""
        if cid and not self.is_dirty(cid):
            self.load(cid)
        self.current_id = cid
        if cid:
            self.load_own_scores(cid)

    def discard_cached(self, cid: str) -> None:
        """Forget what was read of `cid` (after its edits were saved), to read it again."""
        for key in [k for k in self._scores if k[0] == cid]:
            del self._scores[key]
        self._fields.pop(cid, None)

    def load_own_scores(self, cid: str) -> None:
        """The current assessor's working scores on `cid`: their newest assessment, else empty."""
        key = (cid, self.assessor.ident)
        if key in self._scores:
            return
        own = [
            a
            for a in self._assessments.get(cid, ())
            if not a.is_consensus and (a.assessor.strip(), a.role.value) == self.assessor.ident
        ]
        newest = max(own, key=lambda a: (a.created_at, a.id)) if own else None
        if newest is not None:
            scores = {k: newest.scores.get(k, FactorScore()) for k in FACTOR_KEYS}
            entry = WorkingScores(scores, newest.irm, self.assessor.party_id or newest.party_id, newest.id)
        else:
            entry = WorkingScores(empty_scores(), IrmPrecheck(), self.assessor.party_id, None)
        self._scores[key] = entry
        self._saved_scores[key] = (dict(entry.scores), entry.irm)

    def set_assessor(self, name: str, role: str, party_id: str | None = None) -> bool:
        """Choose who scores (the caller flushes their unsaved scores first); False if unchanged."""
        who = AssessorKey(name.strip(), Role(role).value, party_id)
        if who == self.assessor:
            return False
        self.assessor = who
        if self.current_id:
            self.load_own_scores(self.current_id)
        return True

    # --- edits (the undo commands call these through the bridge) -------------------------------

    def apply_fields(self, cid: str, fields: CommitmentFields) -> Changes:
        """Set a commitment's working fields; the navigator row fields that follow."""
        old = self._fields.get(cid)
        self._fields[cid] = fields
        self.dirty_fields.add(cid)
        self.autosave.edited()
        row: dict[str, Any] = {}
        if old is None or old.title != fields.title:
            row["title"] = fields.title
        if old is None or old.lead_agency != fields.lead_agency:
            row["lead_agency"] = fields.lead_agency
        if old is None or (old.title, old.lead_agency, old.draft_text) != (
            fields.title,
            fields.lead_agency,
            fields.draft_text,
        ):
            from ..storage.summary import fold

            row["search_text"] = fold(" ".join((fields.title, fields.lead_agency, fields.draft_text)))
        return Changes(rows={cid: row} if row else {})

    def apply_scores(
        self, cid: str, who: AssessorKey, scores: dict[str, FactorScore], irm: IrmPrecheck
    ) -> None:
        """Set one assessor's working scores on a commitment (the caller made them current)."""
        key = (cid, who.ident)
        self.load_own_scores(cid)
        entry = self._scores[key]
        entry.scores, entry.irm = dict(scores), irm
        self.dirty_scores.add(key)
        self.autosave.edited()

    def forget_commitment(self, cid: str) -> bool:
        """A commitment was deleted: close it if open; True if it was."""
        if self.current_id == cid:
            self.current_id = ""
            return True
        return False

    def forget_plan_commitments(self, plan_id: str) -> bool:
        """A deleted plan hides its commitments: close the open one if it is among them."""
        self.forget_plan(plan_id)
        if self.current_id and self._plan_of.get(self.current_id) == plan_id:
            return self.forget_commitment(self.current_id)
        return False

    # --- someone else's edits -----------------------------------------------------------------

    def check_for_changes(self, cid: str | None = None) -> list[Revision]:
        """Revisions someone else saved after the one `cid` (default: the open one) is based on,
        not reported before (see watching.py)."""
        if self._flushing:
            return []
        cid = cid or self.current_id
        return self.watcher.check(self.repo, cid, self._parent_rev.get(cid, ""))

    # --- saving --------------------------------------------------------------------------------

    def flush(self, now: Callable[[], datetime] = datetime.now) -> SaveOutcome:
        """Write every unsaved edit now. A failure keeps the edits and schedules a retry."""
        if self._flushing or self.repo is None:
            return SaveOutcome(ok=not self.has_unsaved())
        if not self.has_unsaved():
            self.autosave.saved()
            return SaveOutcome(ok=True)
        self._flushing = True
        outcome = SaveOutcome(ok=True)
        try:
            self._write(outcome)
        except Exception as exc:  # read-only file, disk full, server gone: keep edits, retry
            log.warning("autosave failed: %s", exc)
            self.failure = exc
            self.autosave.failed()
            outcome.ok, outcome.error = False, exc
            return outcome
        finally:
            self._flushing = False
        self.autosave.saved()
        self.failure = None
        self.last_saved = outcome.saved_at = now()
        return outcome

    def _write(self, outcome: SaveOutcome) -> None:
        repo = self.repo
        assert repo is not None
        for cid in sorted(self.dirty_fields):
            fields = self._fields[cid]
            if fields == self._saved_fields.get(cid):  # edited, then undone: nothing to save
                self.dirty_fields.discard(cid)
                continue
            # Someone may have saved since the last look: report it before our save moves
            # the base (both revisions are kept; ours is based on what we opened).
            newer = self.watcher.check(repo, cid, self._parent_rev.get(cid, ""))
            if newer:
                outcome.parallel[cid] = newer
            rev = repo.save_revision(cid, fields, self.author(), parent_id=self._parent_rev.get(cid))
            self._parent_rev[cid] = rev.id
            self._saved_fields[cid] = fields
            self.dirty_fields.discard(cid)
        for key in sorted(self.dirty_scores):
            cid, (name, role) = key
            entry = self._scores[key]
            saved = self._saved_scores.get(key)
            if saved is not None and saved == (entry.scores, entry.irm):
                self.dirty_scores.discard(key)
                continue
            a = repo.save_assessment(
                cid, name, role, entry.scores, entry.irm, party_id=entry.party_id, parent_id=entry.parent_id
            )
            entry.parent_id = a.id
            self._assessments.setdefault(cid, []).append(a)
            self._saved_scores[key] = (dict(entry.scores), entry.irm)
            self.dirty_scores.discard(key)


__all__ = ["FINDINGS_FIELDS", "AssessorKey", "SaveOutcome", "WorkingScores", "Workspace"]
