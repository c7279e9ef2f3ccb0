"""A multi-line plain-text field sized in lines, whose undo belongs to the window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QPlainTextEdit, QWidget


class TextBox(QPlainTextEdit):
    """A plain-text field sized to a number of lines of its current font."""

    def __init__(self, lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines = lines
        self.setTabChangesFocus(True)
        self.setUndoRedoEnabled(False)  # the window's undo stack owns undo
        self.setLineWrapMode(QPlainTextEdit.WidgetWidth)
        self._fit()

    def _fit(self) -> None:
        fm = QFontMetrics(self.font())
        height = fm.lineSpacing() * self._lines + 2 * self.frameWidth() + 12
        self.setMinimumHeight(height)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.minimumHeight())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.FontChange:
            self._fit()

