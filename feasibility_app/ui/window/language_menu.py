"""The Language menu: one checkable entry per UI language, bound to a LanguageManager.

Language names are shown in their own language ("Español", "Português (Brasil)") and never
translated, so someone who cannot read the current language still finds their own.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from feasibility_app.ui.common.i18n import LanguageManager


class LanguageMenu(QMenu):
    def __init__(self, manager: LanguageManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languageMenu")
        self._manager = manager
        self._group = QActionGroup(self)
        self._group.setExclusive(True)
        self._actions: dict[str, QAction] = {}
        for code, native in manager.available():
            action = QAction(native, self)
            action.setCheckable(True)
            action.setData(code)
            action.setObjectName(f"language_{code}")
            self._group.addAction(action)
            self.addAction(action)
            self._actions[code] = action
        self._group.triggered.connect(self._on_triggered)
        manager.language_changed.connect(self._sync_checks)
        self._sync_checks(manager.current())
        self.retranslate_ui()

    def action_for(self, code: str) -> QAction:
        return self._actions[code]

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("&Language"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _on_triggered(self, action: QAction) -> None:
        code = action.data()
        if code != self._manager.current():
            self._manager.set_language(code)

    def _sync_checks(self, code: str) -> None:
        action = self._actions.get(code)
        if action is not None and not action.isChecked():
            action.setChecked(True)
