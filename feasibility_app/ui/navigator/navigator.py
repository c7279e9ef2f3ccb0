"""The navigator: every commitment with its overall risk, filterable, sortable by risk.

The list's data is `navigator_model` (a table model over `Repository.summaries()` rows
and the filter/sort proxy); here are the widget and `RiskChipDelegate`, which paints
the coloured band chip. Nothing here queries the database: the window hands rows in.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QRect,
    QSize,
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

from ...domain.radar import LEVEL_COLOURS, LEVEL_TEXT_COLOURS
from ...domain.rubric import load_rubric
from .navigator_model import LEVEL_ORDER, CommitmentFilterProxy, CommitmentTableModel

if TYPE_CHECKING:  # storage imports SQLAlchemy: not on the start path
    from ...domain.model import Plan
    from ...storage.summary import CommitmentSummary


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
        labels = [self._level_labels.get(k, k) for k in LEVEL_ORDER]
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
