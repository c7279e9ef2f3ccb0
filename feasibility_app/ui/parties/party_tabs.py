"""The Compare and History tabs, and what their requests do: a small controller.

`PartyTabs` owns a `CompareView` and a `HistoryView`, follows the `Session` (the open
commitment, saves, reloads) and turns the views' requests into storage calls
(`app.parties.record_consensus`, `app.parties.rescore`) and undo commands: an
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
        from ...domain.assessing import newest_consensus

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
            assessments = s.repo.assessments(cid)
            revisions = s.repo.revisions(cid)
            current = s.repo.current_revision(cid).id
        except Exception as exc:  # a lost server must not break the window
            log.warning("cannot read the history of %s: %s", cid, exc)
            self._stale = True
            return
        self.compare.set_data(assessments, newest_consensus(assessments), current, self.language)
        self.history.set_data(revisions, assessments, self.language)
        self._shown = {("agreed", f): v.value for f, v in self.compare.agreed_levels().items()}
        self._shown.update({("note", f): v for f, v in self.compare.notes().items()})
        for (what, factor), value in self._choices.get(cid, {}).items():
            self._show(what, factor, value)

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

    def record_consensus(self, levels: dict[str, Level], notes: dict[str, str]) -> bool:
        """Save the Agreed column as the forum's consensus (author: the assessor in the toolbar)."""
        from ...app.parties import record_consensus
        from ..common.errors import describe

        s, cid = self.session, self.session.current_id
        if not cid or s.repo is None:
            return False
        author = s.author()
        if not author:
            self.window.dialogs.notify(
                self.window,
                self.tr("Who records the consensus?"),
                self.tr(
                    "Type your name in the Assessor box of the toolbar, then record the consensus again."
                ),
            )
            return False
        s.flush()
        try:
            record_consensus(s.repo, cid, levels, notes, author)
        except Exception as exc:
            log.exception("recording the consensus failed")
            self.window.dialogs.notify(self.window, self.tr("The consensus was not recorded"), describe(exc))
            return False
        self._choices.pop(cid, None)
        s.reload_current()
        self.refresh()
        self.consensus_recorded.emit(cid)
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
