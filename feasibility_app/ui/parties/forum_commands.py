"""Undo for the forum's steps: a recorded consensus, a lock for signing, an editorial mark.

Each step is already done when its command is pushed (the first redo does nothing); undo
withdraws the record just made (``Repository.withdraw_record``), redo makes it again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from .party_tabs import PartyTabs


class ForumStepCommand(QUndoCommand):
    """One forum step on the window's undo stack."""

    def __init__(
        self, tabs: PartyTabs, text: str, kind: str, record_id: str, again: Callable[[], str]
    ) -> None:
        super().__init__(text)
        self.tabs, self.kind, self.record_id, self.again = tabs, kind, record_id, again
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        made = self.tabs._guarded(self.again)
        if made:
            self.record_id = made

    def undo(self) -> None:
        self.tabs._withdraw(self)


__all__ = ["ForumStepCommand"]
