"""The compare table: one row per factor, one column per party, then the forum's columns.

The model holds the forum's working choice (agreed level and note per factor)
while it is being discussed; it never writes anywhere. Edits made through the
table are announced with `agreed_edited` / `note_edited`; programmatic changes
(`set_agreed`, `set_note`, e.g. from undo) are not announced, so an undo stack
cannot feed itself.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPixmap

from ...domain.consensus import Comparison, ComparisonRow, PartyColumn, overridden_blocks
from ...domain.factors import FACTOR_KEYS, RISK_LEVELS, Level
from ...domain.forum import party_colour
from ...domain.model import Party
from ...domain.radar import LEVEL_COLOURS, LEVEL_TEXT_COLOURS
from ...domain.rubric import Rubric, load_rubric

FactorRole = Qt.ItemDataRole.UserRole + 1  # the factor key of a row
LevelRole = Qt.ItemDataRole.UserRole + 2  # the level value of a level cell ("" elsewhere)
BlockRole = Qt.ItemDataRole.UserRole + 3  # True on a party cell rated critical
StaleRole = Qt.ItemDataRole.UserRole + 4  # True on a party cell / header that scored an earlier text

DISCUSS_BACKGROUND = "#FFE082"
NEEDED_COLOUR = "#B71C1C"
AGREED_LEVELS: tuple[Level, ...] = (*RISK_LEVELS, Level.NOT_ASSESSED)

_Index = QModelIndex | QPersistentModelIndex


def _two_lines(name: str, limit: int = 18) -> str:
    """A long party name on two lines, cut at the space nearest the middle."""
    if len(name) <= limit or " " not in name:
        return name
    spaces = [i for i, ch in enumerate(name) if ch == " "]
    cut = min(spaces, key=lambda i: abs(i - len(name) / 2))
    return f"{name[:cut]}\n{name[cut + 1 :]}"


def _swatch(colour: str, size: int = 12) -> QIcon:
    pix = QPixmap(size, size)
    pix.fill(QColor(colour))
    return QIcon(pix)


class CompareModel(QAbstractTableModel):
    agreed_edited = Signal(str, str)  # factor key, level value
    note_edited = Signal(str, str)  # factor key, note

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._parties: tuple[Party, ...] = ()
        self._comparison: Comparison | None = None
        self._rubric: Rubric = load_rubric("en")
        self._agreed: dict[str, Level] = {}
        self._notes: dict[str, str] = {}

    # --- columns ---------------------------------------------------------------------

    @property
    def party_count(self) -> int:
        return len(self._comparison.parties) if self._comparison else 0

    @property
    def spread_column(self) -> int:
        return self.party_count

    @property
    def discuss_column(self) -> int:
        return self.party_count + 1

    @property
    def suggested_column(self) -> int:
        return self.party_count + 2

    @property
    def agreed_column(self) -> int:
        return self.party_count + 3

    @property
    def note_column(self) -> int:
        return self.party_count + 4

    # --- data in -----------------------------------------------------------------------

    def set_comparison(
        self, comparison: Comparison | None, rubric: Rubric, parties: Sequence[Party] = ()
    ) -> None:
        self._parties = tuple(parties)  # the plan's forum: decides each party's colour
        self.beginResetModel()
        self._comparison = comparison
        self._rubric = rubric
        self._agreed = comparison.default_agreed() if comparison else {}
        self._notes = comparison.default_notes() if comparison else {}
        self.endResetModel()

    def set_rubric(self, rubric: Rubric) -> None:
        """New labels (another language); the data stays."""
        self._rubric = rubric
        self.retranslate()

    def retranslate(self) -> None:
        if self.columnCount() and self.rowCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, self.rowCount() - 1)
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def set_agreed(self, factor: str, level: Level | str) -> None:
        """Set a factor's agreed level without announcing it (undo/redo, tests)."""
        if factor in self._agreed:
            self._agreed[factor] = Level(level)
            self._row_changed(factor)

    def set_note(self, factor: str, note: str) -> None:
        """Set a factor's note without announcing it (undo/redo, tests)."""
        if factor in self._notes:
            self._notes[factor] = note
            self._row_changed(factor)

    # --- data out ------------------------------------------------------------------------

    @property
    def comparison(self) -> Comparison | None:
        return self._comparison

    def agreed_levels(self) -> dict[str, Level]:
        return dict(self._agreed)

    def notes(self) -> dict[str, str]:
        return dict(self._notes)

    def level_items(self) -> list[tuple[str, str, str]]:
        """(value, label, colour) for the agreed-level choices."""
        return [(lv.value, self._rubric.level_label(lv), LEVEL_COLOURS[lv.value]) for lv in AGREED_LEVELS]

    def row_of(self, factor: str) -> ComparisonRow:
        assert self._comparison is not None
        return self._comparison.row(factor)

    def note_needed(self, factor: str) -> bool:
        """A party's block is set aside by the agreed level and no note says why."""
        if self._comparison is None:
            return False
        row = self._comparison.row(factor)
        return bool(overridden_blocks(row, self._agreed[factor])) and not self._notes[factor].strip()

    # --- Qt model -----------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._comparison is None:
            return 0
        return len(self._comparison.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._comparison is None:
            return 0
        return self.party_count + 5

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (self.agreed_column, self.note_column):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if self._comparison is None or section < 0:
            return None
        if orientation == Qt.Orientation.Vertical:
            if section >= len(self._comparison.rows):
                return None
            key = self._comparison.rows[section].factor
            if role == Qt.ItemDataRole.DisplayRole:
                return self._rubric.short_label(key)  # as on the radar axes below the table
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{self._rubric.factor_label(key)}\n{self._rubric.question(key)}"
            return None
        if section >= self.columnCount():
            return None
        if section < self.party_count:
            return self._party_header(section, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                self.spread_column: self.tr("Spread"),
                self.discuss_column: self.tr("Discuss"),
                self.suggested_column: self.tr("Suggested"),
                self.agreed_column: self.tr("Agreed"),
                self.note_column: self.tr("How it was agreed"),
            }[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                self.spread_column: self.tr("Levels between the most and the least worried party."),
                self.discuss_column: self.tr("Marked when the parties are two or more levels apart."),
                self.suggested_column: self.tr(
                    "The median of the parties' levels, rounded towards more risk."
                ),
                self.agreed_column: self.tr("The level the forum agrees on; starts at the suggested level."),
                self.note_column: self.tr(
                    "How the level was agreed. Required when a party's block (critical) is set aside."
                ),
            }[section]
        return None

    def party_name(self, party: PartyColumn) -> str:
        """A party's name; one known only by its role is named by the role, translated."""
        return self._rubric.role_label(party.role) if party.key.startswith("role:") else party.name

    def party_colour(self, section: int) -> str:
        return party_colour(self._comparison.parties[section].key, self._parties)

    def party_header_parts(self, section: int) -> tuple[str, list[str]]:
        """A party column's header as (name, the lines under it): the header view fits the name
        to the column (compare_columns.PartyHeader) and keeps the whole name in the tooltip."""
        party = self._comparison.parties[section]
        under = self._rubric.role_label(party.role)
        if len(party.members) > 1:
            under += " · " + self.tr("%n member(s)", "", len(party.members))
        return self.party_name(party), [under] + ([self.tr("⚠ earlier text")] if party.stale else [])

    def _party_header(self, section: int, role: int):
        party = self._comparison.parties[section]
        role_label = self._rubric.role_label(party.role)
        name = self.party_name(party)
        if role == Qt.ItemDataRole.DisplayRole:  # two name lines: the header's height holds them
            name, under = self.party_header_parts(section)
            return "\n".join([_two_lines(name), *under])
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self.tr("{party} ({role}); its colour in the radar chart.").format(
                party=name, role=role_label
            )
            tip += "\n" + self.tr("Members: {names}. The party speaks with one voice: their median.").format(
                names=", ".join(party.members)
            )
            if party.stale:
                tip += "\n" + self.tr(
                    "A member's assessment scored an earlier revision of the text: re-score it in History."
                )
            return tip
        if role == Qt.ItemDataRole.DecorationRole:
            return _swatch(self.party_colour(section))
        if role == StaleRole:
            return party.stale
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self._comparison is None:
            return None
        r, c = index.row(), index.column()
        if not (0 <= r < self.rowCount() and 0 <= c < self.columnCount()):
            return None
        row = self._comparison.rows[r]
        if role == FactorRole:
            return row.factor
        if c < self.party_count:
            return self._party_cell(row, c, role)
        if c == self.spread_column:
            return self._spread_cell(row, role)
        if c == self.discuss_column:
            return self._discuss_cell(row, role)
        if c == self.suggested_column:
            return self._suggested_cell(row, role)
        if c == self.agreed_column:
            return self._agreed_cell(row, role)
        return self._note_cell(row, role)

    def _level_cell(self, level: Level, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rubric.level_label(level)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(LEVEL_COLOURS[level.value]))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(LEVEL_TEXT_COLOURS[level.value]))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == LevelRole:
            return level.value
        return None

    def _party_cell(self, row: ComparisonRow, column: int, role: int):
        party = self._comparison.parties[column]
        level = row.levels[party.name]
        blocked = row.factor in party.voice.blocks
        spread = party.member_spread(row.factor)
        if role == Qt.ItemDataRole.DisplayRole:
            label = self._rubric.level_label(level)
            if blocked:
                label = self.tr("{level} · BLOCK").format(level=label)
            if len(party.members) > 1 and spread:
                label += "\n" + self.tr("members %n apart", "", spread)
            return label
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(blocked)
            font.setItalic(party.stale)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            name = self.party_name(party)
            tip = f"{name}: {self._rubric.level_label(level)}"
            if len(party.members) > 1:
                members = party.member_levels(row.factor)
                tip += "\n" + "\n".join(
                    f"  • {who}: {self._rubric.level_label(lv)}" for who, lv in members.items()
                )
            anchor = self._rubric.anchor(row.factor, level)
            if anchor:
                tip += "\n" + anchor
            if blocked:
                tip += "\n\n" + self.tr(
                    "A member of {party} rates this factor critical: the party's block. The consensus "
                    "cannot average it away; agreeing below critical needs a note saying how it was "
                    "resolved, and {party} accepting it."
                ).format(party=name)
            if party.stale:
                tip += "\n\n" + self.tr("Scored an earlier text.")
            return tip
        if role == BlockRole:
            return blocked
        if role == StaleRole:
            return party.stale
        return self._level_cell(level, role)

    def _spread_cell(self, row: ComparisonRow, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return "—" if row.spread is None else str(row.spread)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and row.spread is not None:
            return self.tr("Levels between the parties: {n}").format(n=row.spread)
        return None

    def _discuss_cell(self, row: ComparisonRow, role: int):
        if not row.discuss:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Discuss")
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(DISCUSS_BACKGROUND))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#000000"))
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("The parties are two or more levels apart: discuss before agreeing.")
        return None

    def _suggested_cell(self, row: ComparisonRow, role: int):
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self.tr("The median of the parties' levels, rounded towards more risk.")
            if row.blocks:
                tip += "\n" + self.tr(
                    "Blocked by {parties}: the suggestion does not remove the block."
                ).format(parties=", ".join(row.blocks))
            return tip
        return self._level_cell(row.suggested, role)

    def _agreed_cell(self, row: ComparisonRow, role: int):
        level = self._agreed[row.factor]
        if role == Qt.ItemDataRole.EditRole:
            return level.value
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(level is not row.suggested)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if level is row.suggested:
                return self.tr("The suggested level. Choose another if the forum agrees on it.")
            return self.tr("Changed from the suggested level ({level}).").format(
                level=self._rubric.level_label(row.suggested)
            )
        return self._level_cell(level, role)

    def _note_cell(self, row: ComparisonRow, role: int):
        note = self._notes[row.factor]
        needed = self.note_needed(row.factor)
        if role == Qt.ItemDataRole.EditRole:
            return note
        if role == Qt.ItemDataRole.DisplayRole:
            if note or not needed:
                return note
            return self._needed_text(row)
        if role == Qt.ItemDataRole.ForegroundRole and needed:
            return QBrush(QColor(NEEDED_COLOUR))
        if role == Qt.ItemDataRole.FontRole and needed:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            # The full text, even where a narrow column would cut it.
            hint = self.tr("Double-click to write how the forum agreed this level.")
            if note:
                return note
            return f"{self._needed_text(row)}\n{hint}" if needed else hint
        return None

    def _needed_text(self, row: ComparisonRow) -> str:
        return self.tr("Needed: how was the block by {parties} resolved?").format(
            parties=", ".join(overridden_blocks(row, self._agreed[row.factor]))
        )

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self._comparison is None:
            return False
        factor = self._comparison.rows[index.row()].factor
        if index.column() == self.agreed_column:
            try:
                level = Level(value)
            except ValueError:
                return False
            if level is self._agreed[factor]:
                return True
            self._agreed[factor] = level
            self._row_changed(factor)
            self.agreed_edited.emit(factor, level.value)
            return True
        if index.column() == self.note_column:
            note = str(value)
            if note == self._notes[factor]:
                return True
            self._notes[factor] = note
            self._row_changed(factor)
            self.note_edited.emit(factor, note)
            return True
        return False

    def _row_changed(self, factor: str) -> None:
        if self._comparison is None:
            return
        r = FACTOR_KEYS.index(factor)
        self.dataChanged.emit(self.index(r, self.agreed_column), self.index(r, self.note_column))
