"""Show a value in an input widget without emitting its change signals (and keep the cursor).

The commitment page calls these when the session sends a value back, so a value the widget
already shows changes nothing and the user's typing is never disturbed.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QPlainTextEdit

from ..dialogs.dialogs import from_qdate, to_qdate


def set_line(edit: QLineEdit, text: str) -> None:
    if edit.text() != text:
        pos = edit.cursorPosition()
        edit.blockSignals(True)
        edit.setText(text)
        edit.setCursorPosition(min(pos, len(text)))
        edit.blockSignals(False)


def set_box(box: QPlainTextEdit, text: str) -> None:
    if box.toPlainText() != text:
        pos = box.textCursor().position()
        box.blockSignals(True)
        box.setPlainText(text)
        cursor = box.textCursor()
        cursor.setPosition(min(pos, len(text)))
        box.setTextCursor(cursor)
        box.blockSignals(False)


def set_date(edit: QDateEdit, value: date | None) -> None:
    if from_qdate(edit.date()) != value:
        edit.blockSignals(True)
        edit.setDate(to_qdate(value))
        edit.blockSignals(False)


def set_combo(combo: QComboBox, data: str) -> None:
    index = combo.findData(data)
    if index >= 0 and index != combo.currentIndex():
        combo.blockSignals(True)
        combo.setCurrentIndex(index)
        combo.blockSignals(False)
