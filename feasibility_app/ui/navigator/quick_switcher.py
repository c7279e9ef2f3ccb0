"""Go to commitment (Ctrl+K) and next / previous commitment (Ctrl+PgDn / Ctrl+PgUp).

On a projector the navigator is folded away; the facilitator still has to move to the next
commitment without leaving presentation mode. The switcher lists the navigator's commitments
(in its order, whatever its filter), narrowed as one types a title or agency; Enter opens one.
It reads the navigator's model only: it never queries the database.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from .navigator_model import CommitmentTableModel

if TYPE_CHECKING:
    from .navigator import NavigatorWidget


class _TitleFilter(QSortFilterProxyModel):
    """Rows whose title or lead agency contain every typed word (case and accents ignored)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = [_fold(w) for w in text.split() if w]
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent) -> bool:
        model = self.sourceModel()
        title = model.index(row, CommitmentTableModel.COL_TITLE, parent).data() or ""
        agency = model.index(row, CommitmentTableModel.COL_AGENCY, parent).data() or ""
        hay = _fold(f"{title} {agency}")
        return all(w in hay for w in self._words)


def _fold(text: str) -> str:
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class QuickSwitcher(QDialog):
    """A filter box over the list of commitments; Enter (or a click) goes to the chosen one."""

    def __init__(self, navigator: NavigatorWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quickSwitcher")
        self.navigator = navigator
        self.chosen = ""
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.edit = QLineEdit()
        self.proxy = _TitleFilter(self)
        self.proxy.setSourceModel(navigator.model)
        self.list = QListView()
        self.list.setModel(self.proxy)
        self.list.setModelColumn(CommitmentTableModel.COL_TITLE)
        self.list.setUniformItemSizes(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.edit)
        layout.addWidget(self.list, 1)
        self.edit.textChanged.connect(self._filter)
        self.edit.installEventFilter(self)
        self.edit.returnPressed.connect(self._accept_current)
        self.list.activated.connect(lambda _i: self._accept_current())
        self.retranslate_ui()
        self._filter("")
        current = navigator.current_commitment_id()
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, CommitmentTableModel.COL_TITLE)
            if index.data(CommitmentTableModel.IdRole) == current:
                self.list.setCurrentIndex(index)
        self.resize(560, 420)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Go to commitment"))
        self.hint.setText(self.tr("Type part of a title or agency; ↑ ↓ choose, Enter opens, Esc closes."))
        self.edit.setAccessibleName(self.tr("Filter commitments"))
        self.list.setAccessibleName(self.tr("Commitments"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)
        if self.proxy.rowCount():  # the best match first: Enter opens it
            self.list.setCurrentIndex(self.proxy.index(0, CommitmentTableModel.COL_TITLE))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        """↑ / ↓ / PgUp / PgDn in the filter box move in the list."""
        if obj is self.edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
                self.list.keyPressEvent(event)
                return True
        return super().eventFilter(obj, event)

    def _accept_current(self) -> None:
        index = self.list.currentIndex()
        if not index.isValid():
            return
        self.chosen = index.data(CommitmentTableModel.IdRole) or ""
        self.accept()


def step_commitment(navigator: NavigatorWidget, step: int) -> str:
    """Select the next (`step` = 1) or previous (-1) commitment in the navigator's order; its id."""
    proxy = navigator.proxy
    current = navigator.current_commitment_id()
    rows = proxy.rowCount()
    if rows == 0:
        return ""
    ids = [proxy.index(r, 0).data(CommitmentTableModel.IdRole) for r in range(rows)]
    here = ids.index(current) if current in ids else (-1 if step > 0 else rows)
    target = ids[max(0, min(rows - 1, here + step))]
    if target != current:
        navigator.select_commitment(target)
    return target
