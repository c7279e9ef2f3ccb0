"""The Compare and History tabs, and what their requests do: a small controller.

`PartyTabs` owns a `CompareView` and a `HistoryView`, follows the `Session` (the open
commitment, saves, reloads) and turns the views' requests into storage calls
(`app.forum_actions`, `app.parties.rescore`) and undo commands: an
edit of an agreed level or of a note in Compare is a step on the window's undo stack,
so Ctrl+Z works across the commitment page, the assessment and these views.

The views are refreshed when they can be seen: a save while they are hidden only marks
them stale (every autosave would otherwise re-read the history).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from .compare_view import CompareView
from .history_view import HistoryView

if TYPE_CHECKING:
    from ...domain.factors import Level
    from ..bridge.session import Session

log = logging.getLogger(__name__)


class _SetAgreedCommand(QUndoCommand):
    """The forum's agreed level (or note) of one factor, in the Compare tab; not yet recorded."""

    def __init__(self, tabs: PartyTabs, cid: str, what: str, factor: str, old: str, new: str) -> None:
        if what == "agreed":
            text = QCoreApplication.translate("PartyTabs", "Agreed level")
        else:
            text = QCoreApplication.translate("PartyTabs", "Agreement note")
        super().__init__(text)
        self.tabs, self.cid, self.what, self.factor, self.old, self.new = tabs, cid, what, factor, old, new

    def redo(self) -> None:
        self.tabs._apply(self.cid, self.what, self.factor, self.new)

    def undo(self) -> None:
        self.tabs._apply(self.cid, self.what, self.factor, self.old)


class _Headed(QWidget):
    """A view under the open commitment's title: on a projector the navigator is hidden, and
    the room must still see which commitment is being compared."""

    def __init__(self, view: QWidget) -> None:
        super().__init__()
        self.view = view
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setContentsMargins(10, 6, 10, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.heading)
        layout.addWidget(view, 1)
        self._fit_font()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_font()

    def _fit_font(self) -> None:
        font = self.font()
        font.setBold(True)
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 1.3)
        self.heading.setFont(font)


class PartyTabs(QObject):
    """Compare and History for the open commitment; `window` gives `dialogs` and the assessor."""

    # The user asked to score again (re-score in History): edit as this assessor, on the page.
    edit_assessment_requested = Signal(str, str)  # assessor name, role
    consensus_recorded = Signal(str)  # commitment id

    def __init__(self, session: Session, window, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.window = window
        self.language = "en"
        self.compare = CompareView()
        self.compare.setObjectName("compareView")
        self.history = HistoryView()
        self.history.setObjectName("historyView")
        # The tabs' pages: each view under the open commitment's title.
        self.compare_page = _Headed(self.compare)
        self.history_page = _Headed(self.history)
        self._stale = True
        self._shown_cid = ""
        # Agreed levels and notes chosen in Compare but not recorded yet, per commitment:
        # they survive a refresh (an autosave elsewhere) and are what undo steps through.
        self._choices: dict[str, dict[tuple[str, str], str]] = {}
        self._shown: dict[tuple[str, str], str] = {}  # what the view shows now (old values for undo)

        session.commitment_opened.connect(self._commitment_opened)
        session.saved.connect(lambda _when: self.invalidate())
        session.list_changed.connect(lambda _cid: self.invalidate())
        self.compare.consensus_requested.connect(self.record_consensus)
        self.compare.lock_requested.connect(self.lock_for_signing)
        self.history.editorial_requested.connect(self.mark_editorial)
        self.compare.agreed_edited.connect(lambda f, v: self._edited("agreed", f, v))
        self.compare.note_edited.connect(lambda f, v: self._edited("note", f, v))
        self.history.rescore_requested.connect(self.rescore)

    # --- refreshing -----------------------------------------------------------------------------

    def set_language(self, lang: str) -> None:
        self.language = lang
        self.compare.set_language(lang)
        self.history.set_language(lang)

    def pages(self) -> tuple[QWidget, QWidget]:
        return (self.compare_page, self.history_page)

    def _show_heading(self) -> None:
        fields = self.session.fields() if self.session.current_id else None
        title = (fields.title if fields else "") or ""
        for page in self.pages():
            page.heading.setText(title)
            page.heading.setVisible(bool(title))

    def _visible(self) -> bool:
        return self.compare.isVisible() or self.history.isVisible()

    def invalidate(self) -> None:
        """The data changed: refresh now if a tab is showing, else when one is shown."""
        self._stale = True
        if self._visible() and not self._editing():
            self.refresh()

    def _editing(self) -> bool:
        """A note is being typed in Compare: a refresh now would close its editor (and lose it)."""
        from PySide6.QtWidgets import QAbstractItemView

        return self.compare.table.state() == QAbstractItemView.State.EditingState

    def view_shown(self) -> None:
        """Call when the Compare or History tab becomes the current one."""
        if self._stale or self._shown_cid != self.session.current_id:
            self.refresh()

    def _commitment_opened(self, _cid: str) -> None:
        self.invalidate()

    def refresh(self) -> None:
        """Re-read the open commitment's revisions and assessments into both views."""
        from ...domain.forum import newest_consensus_for, standing_lock

        s, cid = self.session, self.session.current_id
        self._stale = False
        self._shown_cid = cid
        self._show_heading()
        if not cid or s.repo is None:
            self.compare.set_data([], None, "", self.language)
            self.history.set_data([], [], self.language)
            self._shown = {}
            return
        try:
            snap = s.repo.snapshot(cid)
            revisions = s.repo.revisions(cid)
        except Exception as exc:  # a lost server must not break the window
            log.warning("cannot read the history of %s: %s", cid, exc)
            self._stale = True
            return
        texts = snap.current_texts
        consensus, _current = newest_consensus_for(snap.assessments, texts)
        lock = standing_lock(snap.locks, snap.revision.id)
        self.compare.set_data(
            list(snap.assessments), consensus, snap.revision.id, self.language, snap.plan.parties, texts, lock
        )
        self.history.set_data(revisions, list(snap.assessments), self.language, snap.marks, snap.locks)
        self._shown = {("agreed", f): v.value for f, v in self.compare.agreed_levels().items()}
        self._shown.update({("note", f): v for f, v in self.compare.notes().items()})
        for (what, factor), value in self._choices.get(cid, {}).items():
            self._show(what, factor, value)
        self.compare._update_state()

    # --- agreed levels and notes: undoable ------------------------------------------------------

    def _edited(self, what: str, factor: str, value: str) -> None:
        cid = self.session.current_id
        if not cid:
            return
        old = self._shown.get((what, factor), "")
        if old == value:
            return
        self.session.undo_stack.push(_SetAgreedCommand(self, cid, what, factor, old, value))

    def _apply(self, cid: str, what: str, factor: str, value: str) -> None:
        self._choices.setdefault(cid, {})[(what, factor)] = value
        if cid == self.session.current_id and self._shown_cid == cid:
            self._show(what, factor, value)

    def _show(self, what: str, factor: str, value: str) -> None:
        if self._shown.get((what, factor)) == value:
            return
        if what == "agreed":
            self.compare.set_agreed(factor, value)
        else:
            self.compare.set_note(factor, value)
        self._shown[(what, factor)] = value

    # --- requests from the views ----------------------------------------------------------------

    def _guarded(self, work):
        """Run a storage step; a refusal or failure is said in one message, never raised."""
        from ..common.errors import describe

        try:
            return work()
        except Exception as exc:
            log.info("forum step refused or failed: %s", exc)
            self.window.dialogs.notify(self.window, self.tr("Not done"), describe(exc))
            return None

    def _party_label(self, name: str) -> str:
        """A party's name as a refusal names it: one known only by its role (named by the
        role's key, domain.forum.party_of) shows the translated role."""
        from ...domain.factors import Role

        try:
            return self.compare._rubric.role_label(Role(name))
        except ValueError:
            return name

    def _after_step(self, cid: str) -> None:
        self.session.reload_current()
        self.refresh()
        self.consensus_recorded.emit(cid)

    def facilitation_request(self, levels: dict[str, Level]):
        """What the facilitator's dialog shows for these agreed levels."""
        from ...domain.factors import FACTOR_KEYS
        from ...domain.forum import set_aside_blocks
        from .consensus_dialog import FacilitationRequest

        comparison = self.compare.comparison
        rubric = self.compare._rubric
        voices = comparison.voices if comparison else ()
        names = {p.key: self.compare.model.party_name(p) for p in comparison.parties} if comparison else {}
        agreed = tuple(
            f"{rubric.factor_label(k)}: {rubric.level_label(levels[k])}" for k in FACTOR_KEYS if k in levels
        )
        set_aside = []
        for k in FACTOR_KEYS:
            blockers = set_aside_blocks(voices, k, levels.get(k, comparison.row(k).suggested))
            if blockers:
                line = self.tr("{factor}: agreed {level}, below the block of:").format(
                    factor=rubric.factor_label(k), level=rubric.level_label(levels[k])
                )
                set_aside.append((k, line, tuple((v.key, names[v.key]) for v in blockers)))
        previous = comparison.consensus.assessor if comparison and comparison.consensus else ""
        return FacilitationRequest(tuple(names.items()), agreed, tuple(set_aside), previous)

    def record_consensus(self, levels: dict[str, Level], notes: dict[str, str]) -> bool:
        """The facilitator's step: who facilitated, the parties present, blocks accepted; then save."""
        from ...app.forum_actions import ForumRefused, record_consensus
        from ...domain.forum import ConsensusProposal

        s, cid = self.session, self.session.current_id
        if not cid or s.repo is None or self.compare.comparison is None:
            return False
        s.flush()
        answer = self.window.dialogs.facilitate(self.window, self.facilitation_request(levels))
        if answer is None:
            return False
        proposal = ConsensusProposal(answer.facilitator, answer.present, levels, notes, answer.accepted)
        try:
            saved = record_consensus(s.repo, cid, proposal)
        except ForumRefused as exc:
            from ..common.errors import refusal_text

            rubric = self.compare._rubric
            self.window.dialogs.notify(
                self.window,
                self.tr("The consensus was not recorded"),
                refusal_text(exc, rubric.factor_label, self._party_label),
            )
            return False
        except Exception as exc:
            from ..common.errors import describe

            log.exception("recording the consensus failed")
            self.window.dialogs.notify(self.window, self.tr("The consensus was not recorded"), describe(exc))
            return False
        self._choices.pop(cid, None)

        title = self.tr("Record consensus")
        self._push_step(cid, title, "consensus", saved.id, lambda: record_consensus(s.repo, cid, proposal))
        return True

    def _push_step(self, cid: str, title: str, kind: str, made_id: str, make) -> None:
        """Put a forum step just saved on the undo stack (redo makes it again) and refresh."""
        from .forum_commands import ForumStepCommand

        def again() -> str:
            made = make().id
            self._after_step(cid)
            return made

        self.session.undo_stack.push(ForumStepCommand(self, title, kind, made_id, again))
        self._after_step(cid)

    def _author_who_confirms(self, who_title: str, who_text: str, title: str, question: str, yes: str) -> str:
        """The name in the Assessor box, once the user confirms the step ('' if none or cancelled)."""
        who = self.session.author()
        if not who:
            self.window.dialogs.notify(self.window, who_title, who_text)
            return ""
        if not self.window.dialogs.question(self.window, title, question, yes):
            return ""
        return who

    def _withdraw(self, command) -> None:
        cid = self.session.current_id
        self._guarded(lambda: self.session.repo.withdraw_record(command.kind, command.record_id))
        if cid:
            self._after_step(cid)

    def lock_for_signing(self) -> bool:
        """Freeze the current text and its consensus for signing (after a confirmation)."""
        from ...app.forum_actions import lock_for_signing
        from ...reports.fingerprint import fingerprint

        s, cid = self.session, self.session.current_id
        if not cid or s.repo is None:
            return False
        who = self._author_who_confirms(
            self.tr("Who locks the text?"),
            self.tr("Type your name in the Assessor box of the toolbar, then lock the text again."),
            self.tr("Lock for signing"),
            self.tr(
                "Lock the current text and its agreed consensus for signing? The report will carry "
                "their fingerprint and a signature line per party. Any later edit supersedes the lock."
            ),
            self.tr("Lock"),
        )
        if not who:
            return False
        s.flush()
        lock = self._guarded(lambda: lock_for_signing(s.repo, cid, who, fingerprint))
        if lock is None:
            return False
        self._push_step(
            cid, self.tr("Lock for signing"), "signing_lock", lock.id,
            lambda: lock_for_signing(s.repo, cid, who, fingerprint),
        )
        return True

    def mark_editorial(self, revision_id: str) -> bool:
        """Mark a revision as an editorial edit: assessments and consensus carry forward."""
        from ...app.forum_actions import mark_editorial

        s, cid = self.session, self.session.current_id
        if not cid or s.repo is None:
            return False
        who = self._author_who_confirms(
            self.tr("Who marks the edit?"),
            self.tr("Type your name in the Assessor box of the toolbar, then mark the edit again."),
            self.tr("Mark as editorial"),
            self.tr(
                "Mark this edit as editorial (typos, punctuation, formatting only)? The assessments "
                "and the consensus of the text before it then still count. History shows who marked it."
            ),
            self.tr("Mark as editorial"),
        )
        if not who:
            return False
        s.flush()
        mark = self._guarded(lambda: mark_editorial(s.repo, cid, revision_id, who))
        if mark is None:
            return False
        self._push_step(
            cid, self.tr("Mark as editorial"), "editorial_mark", mark.id,
            lambda: mark_editorial(s.repo, cid, revision_id, who),
        )
        return True

    def rescore(self, assessment_id: str) -> bool:
        """A new assessment of the current text from a stale one; then the assessor edits it."""
        from ...app.parties import rescore
        from ..common.errors import describe

        s, cid = self.session, self.session.current_id
        if not cid or s.repo is None:
            return False
        s.flush()
        try:
            new = rescore(s.repo, assessment_id, s.author(), cid)
        except Exception as exc:  # a refusal (its kind is translated) or a database failure
            log.info("re-scoring refused or failed: %s", exc)
            self.window.dialogs.notify(self.window, self.tr("Not re-scored"), describe(exc))
            return False
        s.reload_current()
        self.refresh()
        self.edit_assessment_requested.emit(new.assessor, new.role.value)
        return True


__all__ = ["PartyTabs"]
