"""The workspace's tabs, each view scrolling inside its tab rather than stretching the window.

A QTabWidget is at least as tall as its tallest page: the Compare view in presentation mode
made the window ~835 px tall, past an 800 px screen, and it stayed that tall. Pages added with
`addTab` are put in a vertical scroll area; `widget()`, `currentWidget()`, `indexOf()` and
`setCurrentWidget()` still speak of the pages themselves, so callers never see the wrapper.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QWidget


class FittingTabs(QTabWidget):
    """QTabWidget whose `addTab` pages scroll vertically when the window is too short for them."""

    def addTab(self, page: QWidget, label: str) -> int:
        scroll = QScrollArea(self)
        scroll.setObjectName(f"{page.objectName() or 'page'}Scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        scroll.setWidget(page)
        return super().addTab(scroll, label)

    @staticmethod
    def _inner(widget: QWidget | None) -> QWidget | None:
        if isinstance(widget, QScrollArea) and widget.objectName().endswith("Scroll"):
            return widget.widget()
        return widget

    def _outer(self, page: QWidget | None) -> QWidget | None:
        if page is None:
            return None
        for i in range(self.count()):
            outer = super().widget(i)
            if outer is page or self._inner(outer) is page:
                return outer
        return page

    def widget(self, index: int) -> QWidget | None:
        return self._inner(super().widget(index))

    def currentWidget(self) -> QWidget | None:
        return self._inner(super().currentWidget())

    def indexOf(self, page: QWidget) -> int:
        return super().indexOf(self._outer(page))

    def setCurrentWidget(self, page: QWidget) -> None:
        super().setCurrentWidget(self._outer(page))
