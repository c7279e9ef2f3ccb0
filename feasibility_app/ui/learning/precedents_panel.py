"""Similar past commitments beside the draft: OGP's IRM data, searched as the text changes.

A view: it is given a `search(text)` function (app.learning) and shows what comes back.
The search waits until typing pauses, so a long draft does not search on every key.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QListView, QVBoxLayout, QWidget

from ..common import style
from .labels import completion_label, opened_label, prompts_note
from .lazy_panel import LazyPanel

DELAY_MS = 400
DOCK_WIDTH = 240
TOP = 8


class PrecedentsPanel(LazyPanel):
    """The past commitments most like the open draft, with what happened to them and why they match."""

    def __init__(
        self,
        search: Callable[[str], Sequence] | None = None,
        library_size: Callable[[], int] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("precedentsPanel")
        self._search = search
        self._library_size = library_size
        self._text = ""
        self._matches: list = []
        self._size = 0
        self.note = style.wrapping_label(parent=self)
        self.status = style.wrapping_label(parent=self)
        self.model = QStandardItemModel(self)
        self.list = QListView(self)  # one wrapped item per precedent: readable in a narrow dock
        self.list.setObjectName("precedentsList")
        self.list.setModel(self.model)
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)  # re-wrap the items when the dock narrows
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.note)
        layout.addWidget(self.status)
        layout.addWidget(self.list, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self._refresh_if_shown)
        self.retranslate_ui()

    def set_sources(self, search: Callable[[str], Sequence], library_size: Callable[[], int]) -> None:
        self._search, self._library_size = search, library_size

    def set_text(self, text: str) -> None:
        """The draft changed: search again once typing pauses."""
        if text != self._text:
            self._text = text
            self._stale = True
            if self.shown():
                self._timer.start()

    def _refresh_if_shown(self) -> None:
        if self.shown():
            self.refresh()

    def refresh(self) -> None:
        """Search now (also after an import)."""
        self._timer.stop()
        if self._search is None or self._library_size is None:
            return
        self._stale = False
        try:
            self._size = self._library_size()
            self._matches = list(self._search(self._text)) if self._size and self._text.strip() else []
        except Exception as exc:  # a database problem: say it here, do not break typing
            self._matches = []
            self.status.setText(self.tr("Precedents could not be searched: {reason}").format(reason=exc))
            self.model.clear()
            return
        self._show()

    def matches(self) -> list:
        return list(self._matches)

    def item_texts(self) -> list[str]:
        return [self.model.item(i).text() for i in range(self.model.rowCount())]

    def _show(self) -> None:
        self.model.clear()
        if not self._size:
            self.status.setText(
                self.tr(
                    "No precedents yet. File ▸ Import precedents… reads OGP's IRM commitment data "
                    "(a .csv or .xlsx download); see the README for where to get it."
                )
            )
            return
        if not self._matches:
            self.status.setText(
                self.tr("No similar past commitment among %n precedent(s).", "", self._size)
                if self._text.strip()
                else self.tr("%n precedent(s) in the library.", "", self._size)
            )
            return
        self.status.setText(self.tr("Most similar of %n precedent(s):", "", self._size))
        for m in self._matches:
            self.model.appendRow(self._item(m))

    def _item(self, m) -> QStandardItem:
        p = m.precedent
        where = " ".join(str(x) for x in (p.country, p.year) if x)
        facts = self.tr("Completion: {completion} · opened government: {opened}").format(
            completion=completion_label(p.completion.value if p.completion else None),
            opened=opened_label(p.opened_government.value if p.opened_government else None),
        )
        shared = ", ".join(m.shared[:6])
        lines = [f"{p.title}", f"{p.id} · {where}" if where else p.id, facts]
        lines.append(self.tr("Shared words: {words}").format(words=shared))
        item = QStandardItem("\n".join(lines))
        item.setEditable(False)
        item.setToolTip(p.full_text[:800])
        return item

    def retranslate_ui(self) -> None:
        self.note.setText(prompts_note())
        if self._search is not None:
            self._show()

    def sizeHint(self) -> QSize:
        return QSize(DOCK_WIDTH, 420)  # a narrow dock: the draft and the scores keep their room

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


__all__ = ["PrecedentsPanel"]
