"""The Compare table's columns: party headers that fit their column, and widths that leave the
notes column room to write in.

Long party names ("Secretaría de Comunicaciones y Transportes (SCT)", a CSO coalition) were
cut at both ends of a centred header, and three 170-px party columns pushed the notes column
out of a 1024-px window. Party headers now wrap the name over two lines and elide the second
in the middle (the acronym at the end stays readable); the whole name is in the tooltip. Party
columns share what the fixed columns and the notes leave, down to the widest word of their
cells (the cells wrap below their full width).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTableView

    from .compare_model import CompareModel

NOTE_CHARS = 22  # the notes column keeps room for this many average characters a line
PARTY_CHARS = 12  # a party column keeps this many (a first word such as "Government" whole)
PARTY_MAX = 170  # a party column is never wider than this (the header wraps and elides)


def fit_name(name: str, fm: QFontMetrics, room: int) -> list[str]:
    """`name` on one line if it fits in `room` px, else two: as many words as fit, then the
    rest elided in the middle."""
    if room <= 0 or fm.horizontalAdvance(name) <= room:
        return [name]
    words = name.split()
    first: list[str] = []
    while words and fm.horizontalAdvance(" ".join([*first, words[0]])) <= room:
        first.append(words.pop(0))
    if not first:  # a first word wider than the column
        first, words = [fm.elidedText(words[0], Qt.TextElideMode.ElideMiddle, room)], words[1:]
    lines = [" ".join(first)]
    if words:
        lines.append(fm.elidedText(" ".join(words), Qt.TextElideMode.ElideMiddle, room))
    return lines


class PartyHeader(QHeaderView):
    """The table's horizontal header; party sections show their name fitted to the column."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)

    def section_lines(self, logical: int, width: int) -> list[str] | None:
        """The lines a party section shows at `width` px (None: not a party column)."""
        model = self.model()
        if not hasattr(model, "party_header_parts") or not 0 <= logical < model.party_count:
            return None
        name, under = model.party_header_parts(logical)
        opt = QStyleOptionHeader()
        self.initStyleOption(opt)
        self.initStyleOptionForIndex(opt, logical)
        room = width - self._padding(opt)
        fm = self.fontMetrics()
        under = [fm.elidedText(u, Qt.TextElideMode.ElideMiddle, room) for u in under]
        return fit_name(name, fm, room) + under

    def _padding(self, opt: QStyleOptionHeader) -> int:
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, opt, self)
        icon = 0
        if not opt.icon.isNull():
            icon = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, opt, self) + margin
        return 2 * margin + icon + 4

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:
        lines = self.section_lines(logical, rect.width())
        if lines is None:
            super().paintSection(painter, rect, logical)
            return
        opt = QStyleOptionHeader()
        self.initStyleOption(opt)
        self.initStyleOptionForIndex(opt, logical)
        opt.rect = rect
        opt.text = "\n".join(lines)
        painter.save()
        self.style().drawControl(QStyle.ControlElement.CE_Header, opt, painter, self)
        painter.restore()


def _widest_word(table: QTableView, model: CompareModel, column: int) -> int:
    """The widest word of a column's cells, in their own (bold, italic) font: the column may
    wrap its cells down to that, never cut a word."""
    widest = 0
    for row in range(model.rowCount()):
        index = model.index(row, column)
        font = QFont(table.font())
        cell = index.data(Qt.ItemDataRole.FontRole)
        if isinstance(cell, QFont):
            font.setBold(cell.bold())
            font.setItalic(cell.italic())
        fm = QFontMetrics(font)
        for word in str(index.data() or "").split():
            widest = max(widest, fm.horizontalAdvance(word))
    return widest + 2 * table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 12


def fit_columns(table: QTableView, model: CompareModel, full: dict[int, int]) -> None:
    """Party columns share the width the fixed columns and the notes' minimum leave, between
    their least (their widest word, PARTY_CHARS of the header) and `full` (what their header and
    cells want); then the notes fill the rest. Where even the least does not fit (presentation
    mode on a 1024-px projector) the table scrolls sideways rather than cut a name to "Go…nt"."""
    if not model.columnCount() or not model.party_count:
        return
    notes = round(table.fontMetrics().averageCharWidth() * NOTE_CHARS)
    least = round(table.horizontalHeader().fontMetrics().averageCharWidth() * PARTY_CHARS) + 40
    fold_spread(table, model, notes + least * model.party_count)
    fixed = sum(
        table.columnWidth(c)
        for c in range(model.columnCount())
        if c >= model.party_count and c != model.note_column
    )
    share = (table.viewport().width() - fixed - notes) // model.party_count
    for c in range(model.party_count):
        want = full.get(c, table.columnWidth(c))
        width = max(_widest_word(table, model, c), least, min(want, share))
        if table.columnWidth(c) != width:
            table.setColumnWidth(c, width)
    fit_note_column(table, model)


def fold_spread(table: QTableView, model: CompareModel, others: int) -> None:
    """Hide the Spread column where the fixed columns, `others` px (the parties' least and the
    notes' minimum) and Spread do not fit (presentation at 1024 px): the Discuss cell's tooltip
    keeps the number, and the table never scrolls sideways."""
    c = model.spread_column
    title = str(model.headerData(c, Qt.Orientation.Horizontal) or "")
    spread = max(56, table.horizontalHeader().fontMetrics().horizontalAdvance(title) + 20)
    fixed = sum(
        table.columnWidth(i)
        for i in range(model.party_count, model.columnCount())
        if i not in (c, model.note_column)
    )
    fold = fixed + spread + others > table.viewport().width()
    if table.isColumnHidden(c) != fold:
        table.setColumnHidden(c, fold)
    if not fold and table.columnWidth(c) != spread:  # its title's width changes with the language
        table.setColumnWidth(c, spread)


def fit_note_column(table: QTableView, model: CompareModel) -> None:
    """The note column takes the width the other columns leave (at least a short line)."""
    if not model.columnCount():
        return
    others = sum(table.columnWidth(c) for c in range(model.columnCount()) if c != model.note_column)
    width = max(120, table.viewport().width() - others)
    if table.columnWidth(model.note_column) != width:
        table.setColumnWidth(model.note_column, width)  # -> CompareView._column_resized -> rows


def party_full_widths(table: QTableView, model: CompareModel) -> dict[int, int]:
    """What each party column wants: its header's longest name line (≤ PARTY_MAX) and its
    cells unwrapped (bold "Critical · BLOCK" at any font size)."""
    fm = table.horizontalHeader().fontMetrics()
    out = {}
    for c in range(model.party_count):
        lines = str(model.headerData(c, Qt.Orientation.Horizontal) or "").splitlines() or [""]
        wanted = max(fm.horizontalAdvance(line) for line in lines) + 40
        out[c] = max(max(120, min(PARTY_MAX, wanted)), table.sizeHintForColumn(c))
    return out
