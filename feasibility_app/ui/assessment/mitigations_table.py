"""The mitigations table of a factor card: columns, due-date editing, reading and filling rows."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
)

from feasibility_app.domain.model import Mitigation

COL_ACTION, COL_OWNER, COL_DUE = range(3)
EDIT_TRIGGERS = (
    QAbstractItemView.EditTrigger.DoubleClicked
    | QAbstractItemView.EditTrigger.EditKeyPressed
    | QAbstractItemView.EditTrigger.AnyKeyPressed
)


def parse_due(text: str) -> date | None:
    """An ISO date (YYYY-MM-DD), or None for empty or invalid text."""
    try:
        return date.fromisoformat(text.strip()) if text.strip() else None
    except ValueError:
        return None


class DueDateDelegate(QStyledItemDelegate):
    """Edits a due date as YYYY-MM-DD text; an invalid date is not written back."""

    def createEditor(self, parent, option, index):
        editor = QLineEdit(parent)
        editor.setPlaceholderText(self.tr("YYYY-MM-DD"))
        editor.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"\d{0,4}(-\d{0,2}(-\d{0,2})?)?"), editor)
        )
        return editor

    def setModelData(self, editor, model, index) -> None:
        text = editor.text().strip()
        if not text or parse_due(text) is not None:
            model.setData(index, text, Qt.ItemDataRole.EditRole)


def setup_mitigations_table(t: QTableWidget) -> DueDateDelegate:
    """Wrapping rows, no scroll bars, Tab leaves the table; returns the due-date delegate it installs."""
    t.setWordWrap(True)
    # Tab leaves the table (arrows move between cells): it trapped the focus for 33 presses.
    t.setTabKeyNavigation(False)
    t.verticalHeader().hide()
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    t.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    t.setEditTriggers(EDIT_TRIGGERS)
    header = t.horizontalHeader()
    header.setSectionResizeMode(COL_ACTION, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(COL_OWNER, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(COL_DUE, QHeaderView.ResizeMode.ResizeToContents)
    delegate = DueDateDelegate(t)
    t.setItemDelegateForColumn(COL_DUE, delegate)
    return delegate


def table_mitigations(t: QTableWidget) -> tuple[Mitigation, ...]:
    """The rows as mitigations; empty rows are skipped, an invalid due date reads as none."""
    out = []
    for row in range(t.rowCount()):
        cells = [(t.item(row, col).text() if t.item(row, col) else "") for col in range(3)]
        action, owner, due = (c.strip() for c in cells)
        if action or owner or due:
            out.append(Mitigation(action, owner, parse_due(due)))
    return tuple(out)


def fill_mitigations(t: QTableWidget, mitigations: Iterable[Mitigation]) -> None:
    """Replace the rows with `mitigations` (the caller blocks its own change handling)."""
    t.setRowCount(0)
    for m in mitigations:
        row = t.rowCount()
        t.insertRow(row)
        t.setItem(row, COL_ACTION, QTableWidgetItem(m.action))
        t.setItem(row, COL_OWNER, QTableWidgetItem(m.owner))
        t.setItem(row, COL_DUE, QTableWidgetItem(m.due.isoformat() if m.due else ""))


def fit_table_height(t: QTableWidget) -> None:
    """Size the table to its rows (the card, not the table, scrolls); it must have rows."""
    rows = t.rowCount()
    t.resizeRowsToContents()
    for r in range(rows):
        t.setRowHeight(r, t.rowHeight(r) + 6)  # air under wrapped text
    height = t.horizontalHeader().sizeHint().height() + 2 * t.frameWidth() + 2
    height += sum(t.rowHeight(r) for r in range(rows))
    if t.height() != height:
        t.setFixedHeight(height)
