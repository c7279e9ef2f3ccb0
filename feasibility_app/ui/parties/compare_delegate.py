"""The Agreed column's editor: a combo box of levels with their colours, committing on choice."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate


def _swatch(colour: str, size: int = 12) -> QIcon:
    pix = QPixmap(size, size)
    pix.fill(QColor(colour))
    return QIcon(pix)


class AgreedLevelDelegate(QStyledItemDelegate):
    """A combo box of levels (with their colours) for the Agreed column; commits on choice."""

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        model = index.model()
        for value, label, colour in model.level_items():
            combo.addItem(_swatch(colour), label, value)
        combo.activated.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QComboBox, index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        i = editor.findData(value)
        if i >= 0 and i != editor.currentIndex():
            editor.setCurrentIndex(i)

    def setModelData(self, editor: QComboBox, model, index) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor, option, index) -> None:
        editor.setGeometry(option.rect)


__all__ = ["AgreedLevelDelegate"]
