"""Keeps the window's undo stack in charge of Ctrl+Z / Ctrl+Y inside text widgets."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence

_EXTRA_REDO = (QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z"))


class UndoPassthrough(QObject):
    """Lets Ctrl+Z/Ctrl+Y reach the window's undo stack instead of a text widget's own.

    Text widgets accept the ShortcutOverride of the undo keys and undo inside
    themselves; then the window's stack and the widget disagree. With this filter
    the override is refused, so the application shortcut runs.
    """

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.ShortcutOverride and isinstance(event, QKeyEvent):
            combo = QKeySequence(event.keyCombination())
            if (
                event.matches(QKeySequence.Undo)
                or event.matches(QKeySequence.Redo)
                or any(combo.matches(seq) == QKeySequence.ExactMatch for seq in _EXTRA_REDO)
            ):
                event.ignore()
                return True
        return False

