"""An editable table model over a commitment's milestones (output, start, end).

An edit changes the model and emits `milestones_edited` with the new tuple; the
session turns that into an undoable command, and undo/redo send a value back
with `set_milestones` (a no-op when it is already shown).
Dates are edited as ISO text (YYYY-MM-DD; empty for none).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal

from ...domain.model import Milestone


def parse_date(text: str) -> date | None:
    """ISO date or empty; raises ValueError otherwise."""
    text = text.strip()
    return date.fromisoformat(text) if text else None


class MilestonesModel(QAbstractTableModel):
    COL_OUTPUT, COL_START, COL_END = range(3)
    COLUMN_COUNT = 3

    milestones_edited = Signal(object)  # tuple[Milestone, ...]

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: tuple[Milestone, ...] = ()
        self._read_only = False
        self._plan_start: date | None = None
        self._plan_end: date | None = None

    def milestones(self) -> tuple[Milestone, ...]:
        return self._rows

    def set_milestones(self, milestones: Sequence[Milestone]) -> None:
        new = tuple(milestones)
        if new == self._rows:
            return
        if len(new) == len(self._rows):
            changed = [i for i, (a, b) in enumerate(zip(new, self._rows, strict=True)) if a != b]
            self._rows = new
            if changed:
                self.dataChanged.emit(
                    self.index(min(changed), 0), self.index(max(changed), self.COLUMN_COUNT - 1)
                )
            return
        self.beginResetModel()
        self._rows = new
        self.endResetModel()

    def set_plan_period(self, start: date | None, end: date | None) -> None:
        self._plan_start, self._plan_end = start, end

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only

    # --- commands the page offers (each emits the whole new tuple) --------------------

    def request_add(self, after: int = -1) -> int:
        at = len(self._rows) if after < 0 else min(after + 1, len(self._rows))
        self.beginInsertRows(QModelIndex(), at, at)
        self._rows = (*self._rows[:at], Milestone(""), *self._rows[at:])
        self.endInsertRows()
        self.milestones_edited.emit(self._rows)
        return at

    def request_remove(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            self._rows = self._rows[:row] + self._rows[row + 1 :]
            self.endRemoveRows()
            self.milestones_edited.emit(self._rows)

    # --- model interface ------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole) -> Any:
        if role != Qt.DisplayRole:
            return None
        if orientation == Qt.Vertical:
            return str(section + 1)
        if 0 <= section < self.COLUMN_COUNT:
            return (self.tr("Output (verifiable product)"), self.tr("Start"), self.tr("End"))[section]
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.NoItemFlags
        flags = Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemNeverHasChildren
        if not self._read_only:
            flags |= Qt.ItemIsEditable
        return flags

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        m = self._rows[index.row()]
        col = index.column()
        if role in (Qt.DisplayRole, Qt.EditRole):
            if col == self.COL_OUTPUT:
                return m.output
            value = m.start if col == self.COL_START else m.end
            if value is None:
                return "" if role == Qt.EditRole else "—"
            return value.isoformat()
        if role == Qt.ToolTipRole:
            if col == self.COL_OUTPUT:
                return m.output
            value = m.start if col == self.COL_START else m.end
            if value is None:
                return self.tr("No date: IRM cannot verify a milestone without one (YYYY-MM-DD)")
            if self._outside(value):
                return self.tr("Outside the plan's period")
            return self.tr("Date as YYYY-MM-DD")
        if role == Qt.ForegroundRole and col != self.COL_OUTPUT:
            value = m.start if col == self.COL_START else m.end
            if value is None or self._outside(value):
                from PySide6.QtGui import QColor

                return QColor("#B71C1C")
        return None

    def _outside(self, value: date) -> bool:
        return (self._plan_start is not None and value < self._plan_start) or (
            self._plan_end is not None and value > self._plan_end
        )

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.EditRole) -> bool:
        if role != Qt.EditRole or not index.isValid() or self._read_only:
            return False
        row, col = index.row(), index.column()
        if not 0 <= row < len(self._rows):
            return False
        m = self._rows[row]
        if col == self.COL_OUTPUT:
            new = replace(m, output=str(value))
        else:
            try:
                day = parse_date(str(value or ""))
            except ValueError:
                return False
            new = replace(m, start=day) if col == self.COL_START else replace(m, end=day)
        if new == m:
            return True
        self._rows = (*self._rows[:row], new, *self._rows[row + 1 :])
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.COLUMN_COUNT - 1))
        self.milestones_edited.emit(self._rows)
        return True

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Horizontal, 0, self.COLUMN_COUNT - 1)
