"""The navigator: every commitment with its overall risk, filterable, sortable by risk.

`CommitmentTableModel` is a plain table over `Repository.summaries()` rows (named
columns, custom roles, paged with fetchMore so 10,000 rows show at once);
`CommitmentFilterProxy` filters by plan and by accent-free text and sorts by risk
with not-assessed last; `RiskChipDelegate` paints the coloured band chip.
Nothing here queries the database: the window hands rows in.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.radar import LEVEL_COLOURS, LEVEL_TEXT_COLOURS
from ..domain.rubric import load_rubric
from .formatting import score_text

if TYPE_CHECKING:  # storage imports SQLAlchemy: not on the start path
    from ..domain.model import Plan
    from ..storage.repository import CommitmentSummary

_LEVEL_ORDER = ("low", "moderate", "high", "critical", "not_assessed")


def _fold(text: str) -> str:
    from ..storage.repository import fold

    return fold(text)


class CommitmentTableModel(QAbstractTableModel):
    """One row per commitment summary."""

    COL_RISK, COL_TITLE, COL_AGENCY, COL_PLAN = range(4)
    COLUMN_COUNT = 4
    SortRole = Qt.UserRole + 1
    IdRole = Qt.UserRole + 2
    LevelRole = Qt.UserRole + 3
    SummaryRole = Qt.UserRole + 4
    CompleteRole = Qt.UserRole + 5
    FETCH_CHUNK = 200

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[CommitmentSummary] = []
        self._fetched = 0
        self._row_of: dict[str, int] = {}
        self.generation = 0  # bumped before any row changes, so caches over the rows know
        self._level_labels: dict[str, str] = dict(load_rubric("en").levels)

    # --- feeding -------------------------------------------------------------------

    def set_rows(self, rows: Sequence[CommitmentSummary]) -> None:
        self.beginResetModel()
        self.generation += 1
        self._rows = list(rows)
        self._row_of = {r.id: i for i, r in enumerate(self._rows)}
        self._fetched = min(len(self._rows), self.FETCH_CHUNK)
        self.endResetModel()

    def update_summary(self, summary: CommitmentSummary) -> None:
        """Replace one row in place (after an edit or a save) and repaint just that row."""
        row = self._row_of.get(summary.id)
        if row is None:
            return
        self._rows[row] = summary
        self.generation += 1
        if row < self._fetched:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.COLUMN_COUNT - 1))

    def update_fields(self, commitment_id: str, **changes: Any) -> None:
        row = self._row_of.get(commitment_id)
        if row is not None:
            self.update_summary(replace(self._rows[row], **changes))

    def summary(self, commitment_id: str) -> CommitmentSummary | None:
        row = self._row_of.get(commitment_id)
        return None if row is None else self._rows[row]

    def summaries(self) -> list[CommitmentSummary]:
        return list(self._rows)

    def rows_view(self) -> Sequence[CommitmentSummary]:
        """All rows (fetched or not), without copying: for the filter's one pass per keystroke."""
        return self._rows

    def row_of(self, commitment_id: str) -> int:
        """The row of a commitment, fetching up to it if it is not shown yet; -1 if absent."""
        row = self._row_of.get(commitment_id, -1)
        if row >= self._fetched:
            self._fetch_to(row + 1)
        return row

    def total_rows(self) -> int:
        return len(self._rows)

    def fetch_all(self) -> None:
        self._fetch_to(len(self._rows))

    def set_level_labels(self, labels: dict[str, str]) -> None:
        self._level_labels = dict(labels)
        if self._fetched:
            self.dataChanged.emit(
                self.index(0, self.COL_RISK), self.index(self._fetched - 1, self.COL_RISK), [Qt.DisplayRole]
            )

    def level_label(self, level: str) -> str:
        return self._level_labels.get(level, level)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Horizontal, 0, self.COLUMN_COUNT - 1)

    # --- paging ----------------------------------------------------------------------

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._fetched < len(self._rows)

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        self._fetch_to(self._fetched + self.FETCH_CHUNK)

    def _fetch_to(self, count: int) -> None:
        count = min(count, len(self._rows))
        if count <= self._fetched:
            return
        self.beginInsertRows(QModelIndex(), self._fetched, count - 1)
        self._fetched = count
        self.endInsertRows()

    # --- the model interface ---------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._fetched

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole) -> Any:
        if orientation != Qt.Horizontal or not 0 <= section < self.COLUMN_COUNT:
            return None
        if role == Qt.DisplayRole:
            return (self.tr("Risk"), self.tr("Commitment"), self.tr("Lead agency"), self.tr("Plan"))[section]
        if role == Qt.ToolTipRole and section == self.COL_RISK:
            return self.tr("Overall risk: the agreed or suggested consensus of the assessments")
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.NoItemFlags
        return Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemNeverHasChildren

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._fetched:
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == self.IdRole:
            return r.id
        if role == self.LevelRole:
            return r.overall_level
        if role == self.SummaryRole:
            return r
        if role == self.CompleteRole:
            return r.complete
        if role == self.SortRole:
            if col == self.COL_RISK:
                return -1.0 if r.overall_score is None else float(r.overall_score)
            return _fold(self._text(r, col))
        if role == Qt.DisplayRole:
            return self._text(r, col)
        if role == Qt.ToolTipRole:
            if col == self.COL_RISK:
                return self._tooltip(r)
            return self._text(r, -1 if col == self.COL_TITLE else col)
        if role == Qt.AccessibleTextRole and col == self.COL_RISK:
            return self._tooltip(r)
        return None

    def _text(self, r: CommitmentSummary, col: int) -> str:
        if col == self.COL_RISK:
            return self.level_label(r.overall_level)
        if col == self.COL_TITLE:
            return r.title or self.tr("(untitled)")
        if col == -1:  # the title's tooltip
            return "\n".join(t for t in (r.title, r.lead_agency, r.plan_title) if t)
        if col == self.COL_AGENCY:
            return r.lead_agency
        return r.plan_title

    def _tooltip(self, r: CommitmentSummary) -> str:
        label = self.level_label(r.overall_level)
        if r.overall_score is None:
            text = self.tr("Overall risk: {level}").format(level=label)
        else:
            text = self.tr("Overall risk: {level} (score {score} of 4)").format(
                level=label, score=score_text(r.overall_score)
            )
        if not r.complete:
            text += "\n" + self.tr("Incomplete: some factors are not assessed yet.")
        text += "\n" + self.tr("%n assessor(s)", "", r.assessors)
        if r.discuss:
            text += "\n" + self.tr(
                "%n factor(s) to discuss: the parties disagree by 2 levels or more", "", r.discuss
            )
        return text


class CommitmentFilterProxy(QSortFilterProxyModel):
    """Filters by plan and by folded words in title, agency and draft text; sorts by risk."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: tuple[str, ...] = ()
        self._plan_id: str | None = None
        # Which source rows pass, worked out in one Python pass per filter change: asking
        # the model for each row's data from filterAcceptsRow cost ~20 µs a row (0.2 s at 10k).
        self._accepted: list[bool] | None = None
        self._haystacks: list[str] | None = None  # folded text per source row, kept until the rows change
        self._generation = -1  # the source model's generation the two lists belong to
        self.setSortRole(CommitmentTableModel.SortRole)
        self.setDynamicSortFilter(True)

    def source(self) -> CommitmentTableModel:
        return self.sourceModel()  # type: ignore[return-value]

    def _matches(self) -> list[bool]:
        source = self.source()
        if source.generation != self._generation:
            self._accepted = self._haystacks = None
            self._generation = source.generation
        if self._accepted is None:
            rows = source.rows_view()
            if self._haystacks is None:
                self._haystacks = [r.search_text or _fold(f"{r.title} {r.lead_agency}") for r in rows]
            hay, words = self._haystacks, self._words
            if not words:
                ok = [True] * len(hay)
            elif len(words) == 1:
                ok = [words[0] in h for h in hay]
            else:
                ok = [all(w in h for w in words) for h in hay]
            if self._plan_id is not None:
                ok = [o and r.plan_id == self._plan_id for o, r in zip(ok, rows, strict=True)]
            self._accepted = ok
        return self._accepted

    def set_filter_text(self, text: str) -> None:
        words = tuple(_fold(text).split()) if text.strip() else ()
        if words == self._words:
            return
        if words:
            self.source().fetch_all()  # a filter must see every row, not just the first page
        self.beginFilterChange()
        self._words = words
        self._accepted = None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filter_text_words(self) -> tuple[str, ...]:
        return self._words

    def set_plan(self, plan_id: str | None) -> None:
        if plan_id == self._plan_id:
            return
        if plan_id is not None:
            self.source().fetch_all()
        self.beginFilterChange()
        self._plan_id = plan_id
        self._accepted = None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def plan_id(self) -> str | None:
        return self._plan_id

    def sort(self, column: int, order: Qt.SortOrder = Qt.AscendingOrder) -> None:
        if column >= 0 and self.sourceModel() is not None:
            self.source().fetch_all()
        super().sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        if not self._words and self._plan_id is None:
            return True
        matches = self._matches()
        return source_row < len(matches) and matches[source_row]

    def lessThan(self, left: QModelIndex, right: QModelIndex) -> bool:
        if left.column() != CommitmentTableModel.COL_RISK:
            return super().lessThan(left, right)
        a = left.data(CommitmentTableModel.SortRole)
        b = right.data(CommitmentTableModel.SortRole)
        a_missing, b_missing = a is None or a < 0, b is None or b < 0
        if a_missing or b_missing:
            # Not assessed goes last whichever way the column is sorted.
            if a_missing and b_missing:
                return False
            descending = self.sortOrder() == Qt.DescendingOrder
            return a_missing if descending else b_missing
        if a != b:
            return a < b
        return str(left.data(CommitmentTableModel.IdRole)) < str(right.data(CommitmentTableModel.IdRole))


class RiskChipDelegate(QStyledItemDelegate):
    """A rounded chip in the band's colour with the band's label; hatched when incomplete."""

    MARGIN_X, MARGIN_Y, PAD_X = 6, 4, 10

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            opt.text = ""
            style.drawControl(QStyle.CE_ItemViewItem, opt, painter, opt.widget)
        level = index.data(CommitmentTableModel.LevelRole) or "not_assessed"
        label = index.data(Qt.DisplayRole) or ""
        complete = bool(index.data(CommitmentTableModel.CompleteRole))
        font = QFont(option.font)
        font.setBold(True)
        fm = QFontMetrics(font)
        chip_w = min(option.rect.width() - 2 * self.MARGIN_X, fm.horizontalAdvance(label) + 2 * self.PAD_X)
        chip_h = min(option.rect.height() - 2 * self.MARGIN_Y, fm.height() + 6)
        chip = QRect(
            option.rect.x() + self.MARGIN_X,
            option.rect.y() + (option.rect.height() - chip_h) // 2,
            max(0, chip_w),
            max(0, chip_h),
        )
        painter.save()
        painter.setRenderHint(QPainter.Antialiasing)
        fill = QColor(LEVEL_COLOURS.get(level, LEVEL_COLOURS["not_assessed"]))
        text_colour = QColor(LEVEL_TEXT_COLOURS.get(level, "#000000"))
        painter.setPen(QPen(fill.darker(130), 1))
        painter.setBrush(fill)
        radius = chip.height() / 2
        painter.drawRoundedRect(chip, radius, radius)
        if not complete and level != "not_assessed":
            hatch = QColor(text_colour)
            hatch.setAlpha(70)
            painter.setBrush(QBrush(hatch, Qt.BDiagPattern))
            painter.setPen(Qt.NoPen)
            painter.drawRoundedRect(chip, radius, radius)
        painter.setFont(font)
        painter.setPen(text_colour)
        painter.drawText(chip, Qt.AlignCenter, fm.elidedText(label, Qt.ElideRight, chip.width() - 4))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        font = QFont(option.font)
        font.setBold(True)
        fm = QFontMetrics(font)
        label = index.data(Qt.DisplayRole) or ""
        return QSize(
            fm.horizontalAdvance(label) + 2 * (self.PAD_X + self.MARGIN_X),
            fm.height() + 6 + 2 * self.MARGIN_Y,
        )

    def preferred_width(self, font: QFont, labels: Sequence[str]) -> int:
        bold = QFont(font)
        bold.setBold(True)
        fm = QFontMetrics(bold)
        widest = max((fm.horizontalAdvance(text) for text in labels), default=40)
        return widest + 2 * (self.PAD_X + self.MARGIN_X)


class NavigatorWidget(QWidget):
    """Plan selector, filter box and the commitment table."""

    commitment_selected = Signal(str)  # "" when nothing is selected
    plan_changed = Signal(object)  # plan id or None for all plans

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CommitmentTableModel(self)
        self.proxy = CommitmentFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._level_labels: dict[str, str] = dict(load_rubric("en").levels)

        self.plan_label = QLabel()
        self.plan_combo = QComboBox()
        self.plan_combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.plan_combo.setMinimumContentsLength(12)
        self.plan_label.setBuddy(self.plan_combo)
        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.AscendingOrder)
        self.view.setWordWrap(True)  # long titles on two lines, elided after that
        self.view.setTextElideMode(Qt.ElideRight)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.setTabKeyNavigation(False)
        self.chip_delegate = RiskChipDelegate(self.view)
        self.view.setItemDelegateForColumn(CommitmentTableModel.COL_RISK, self.chip_delegate)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setSectionResizeMode(CommitmentTableModel.COL_TITLE, QHeaderView.Stretch)
        header.setSortIndicatorShown(True)
        header.setSortIndicatorClearable(True)
        header.setHighlightSections(False)
        # Narrow by default: chip and title; agency and plan are in the tooltip and can be shown.
        self.view.setColumnHidden(CommitmentTableModel.COL_AGENCY, True)
        self.view.setColumnHidden(CommitmentTableModel.COL_PLAN, True)
        self.count_label = QLabel()
        self.count_label.setWordWrap(True)
        self.new_button = QToolButton()
        self.delete_button = QToolButton()
        for b in (self.new_button, self.delete_button):
            b.setToolButtonStyle(Qt.ToolButtonTextOnly)

        top = QHBoxLayout()
        top.addWidget(self.plan_label)
        top.addWidget(self.plan_combo, 1)
        # One per line, full width: "Eliminar compromiso…" must not be cut short.
        buttons = QVBoxLayout()
        buttons.setSpacing(4)
        for button in (self.new_button, self.delete_button):
            button.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        layout.addLayout(buttons)
        self.setTabOrder(self.plan_combo, self.filter_edit)
        self.setTabOrder(self.filter_edit, self.view)

        self.filter_edit.textChanged.connect(self._filter_changed)
        self.plan_combo.currentIndexChanged.connect(self._plan_changed)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        self._plans: list[Plan] = []
        self.retranslate_ui()
        self._fit_risk_column()

    # --- texts -----------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.plan_label.setText(self.tr("&Plan:"))
        self.filter_edit.setPlaceholderText(self.tr("Find a commitment, agency or word (Ctrl+F)"))
        self.filter_edit.setAccessibleName(self.tr("Filter commitments"))
        self.plan_combo.setAccessibleName(self.tr("Action plan shown"))
        self.view.setAccessibleName(self.tr("Commitments"))
        if self.plan_combo.count():
            self.plan_combo.setItemText(0, self.tr("All plans"))
        self.model.retranslate()
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.FontChange:
            self._fit_risk_column()
        super().changeEvent(event)

    def set_level_labels(self, labels: dict[str, str]) -> None:
        self._level_labels = dict(labels)
        self.model.set_level_labels(labels)
        self._fit_risk_column()

    def _fit_risk_column(self) -> None:
        labels = [self._level_labels.get(k, k) for k in _LEVEL_ORDER]
        width = self.chip_delegate.preferred_width(self.view.font(), labels)
        header = self.view.horizontalHeader()
        header.setMinimumSectionSize(40)
        header.resizeSection(CommitmentTableModel.COL_RISK, max(width, header.sectionSizeHint(0)))
        fm = QFontMetrics(self.view.font())
        self.view.verticalHeader().setDefaultSectionSize(2 * fm.lineSpacing() + 12)
        header.resizeSection(CommitmentTableModel.COL_AGENCY, fm.horizontalAdvance("M") * 14)
        header.resizeSection(CommitmentTableModel.COL_PLAN, fm.horizontalAdvance("M") * 12)

    # --- data -------------------------------------------------------------------------

    def set_plans(self, plans: Sequence[Plan], keep: str | None = None) -> None:
        current = keep if keep is not None else self.current_plan_id()
        self._plans = list(plans)
        self.plan_combo.blockSignals(True)
        self.plan_combo.clear()
        self.plan_combo.addItem(self.tr("All plans"), None)
        for plan in plans:
            self.plan_combo.addItem(plan.title, plan.id)
            self.plan_combo.setItemData(self.plan_combo.count() - 1, plan.title, Qt.ToolTipRole)
        index = self.plan_combo.findData(current) if current else 0
        self.plan_combo.setCurrentIndex(max(0, index))
        self.plan_combo.blockSignals(False)
        self.proxy.set_plan(self.current_plan_id())

    def plans(self) -> list[Plan]:
        return list(self._plans)

    def set_rows(self, rows: Sequence[CommitmentSummary]) -> None:
        keep = self.current_commitment_id()
        self.model.set_rows(rows)
        self._update_count()
        if keep:
            self.select_commitment(keep, emit=False)

    def current_plan_id(self) -> str | None:
        return self.plan_combo.currentData() if self.plan_combo.count() else None

    def set_current_plan(self, plan_id: str | None) -> None:
        index = self.plan_combo.findData(plan_id) if plan_id else 0
        if index >= 0:
            self.plan_combo.setCurrentIndex(index)

    def current_commitment_id(self) -> str:
        index = self.view.selectionModel().currentIndex()
        if not index.isValid():
            return ""
        return index.siblingAtColumn(0).data(CommitmentTableModel.IdRole) or ""

    def select_commitment(self, commitment_id: str, emit: bool = True) -> bool:
        """Make a commitment current (clearing a filter or plan that hides it); False if unknown."""
        row = self.model.row_of(commitment_id)
        if row < 0:
            return False
        source = self.model.index(row, CommitmentTableModel.COL_TITLE)
        proxy_index = self.proxy.mapFromSource(source)
        if not proxy_index.isValid():
            summary = self.model.summary(commitment_id)
            if self.proxy.plan_id() is not None and summary and summary.plan_id != self.proxy.plan_id():
                self.set_current_plan(None)
            self.filter_edit.clear()
            proxy_index = self.proxy.mapFromSource(source)
        if not proxy_index.isValid():
            return False
        blocked = not emit and self.view.selectionModel().blockSignals(True)
        self.view.selectionModel().setCurrentIndex(
            proxy_index, QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows
        )
        if not emit:
            self.view.selectionModel().blockSignals(blocked)
        self.view.scrollTo(proxy_index)
        return True

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def set_actions(self, new_action: QAction, delete_action: QAction) -> None:
        self.new_button.setDefaultAction(new_action)
        self.delete_button.setDefaultAction(delete_action)

    def visible_count(self) -> int:
        if self.proxy.filter_text_words() or self.proxy.plan_id() is not None:
            return self.proxy.rowCount()
        return self.model.total_rows()

    # --- slots --------------------------------------------------------------------------

    def _filter_changed(self, text: str) -> None:
        self.proxy.set_filter_text(text)
        self._update_count()

    def _plan_changed(self, _index: int) -> None:
        self.proxy.set_plan(self.current_plan_id())
        self._update_count()
        self.plan_changed.emit(self.current_plan_id())

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        cid = current.siblingAtColumn(0).data(CommitmentTableModel.IdRole) if current.isValid() else ""
        self.commitment_selected.emit(cid or "")

    def _update_count(self, *_args: object) -> None:
        self.count_label.setText(self.tr("%n commitment(s)", "", self.visible_count()))


__all__ = [
    "CommitmentFilterProxy",
    "CommitmentTableModel",
    "NavigatorWidget",
    "RiskChipDelegate",
]
