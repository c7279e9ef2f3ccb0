"""A dock panel that reads only while it is on screen: a tab behind another costs no query."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget


class LazyPanel(QWidget):
    """Subclasses define `refresh()` (read and show now, clearing `_stale`); what changes while
    the panel is off screen only marks it stale, and it refreshes when next shown."""

    def __init__(self, parent: QWidget | None = None, *, stale: bool = True) -> None:
        super().__init__(parent)
        self._stale = stale
        self._on_screen: bool | None = None

    def refresh(self) -> None:
        raise NotImplementedError

    def mark_stale(self) -> None:
        """Something it shows changed: read again now if shown, else when next shown."""
        self._stale = True
        if self.shown():
            self.refresh()

    def shown(self) -> bool:
        """On screen: the dock's tab is the current one (a tabbed-away dock still counts as
        visible to Qt), or, outside a dock, simply visible."""
        return self.isVisible() if self._on_screen is None else self._on_screen

    def set_on_screen(self, on: bool) -> None:
        """The dock's visibilityChanged: read what went stale while another tab was in front."""
        self._on_screen = on
        if on and self._stale:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and self.shown():
            self.refresh()
