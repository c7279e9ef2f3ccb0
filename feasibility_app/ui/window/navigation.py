"""Moving around without the navigator or the mouse: Ctrl+F, Ctrl+K, Ctrl+PgUp/PgDn, Ctrl+1.

A part of `MainWindow` (main_window.py). On a projector or a 1024-px screen the navigator is
folded away; these keep every commitment one key away (see navigator/quick_switcher.py).
"""

from __future__ import annotations

from .lazy_qt import Qt


class NavigationMixin:
    def find_commitment(self) -> None:
        """Ctrl+F: the navigator's filter box; with the navigator folded away (a small screen,
        presentation mode), the Go to commitment box instead of typing into a hidden field."""
        if not self._shell_ready:
            return
        if self.navigator_dock.isHidden() or not self.navigator.isVisible():
            self.quick_switch()
        else:
            self.navigator.focus_filter()

    def quick_switch(self) -> None:
        """Ctrl+K: a filter box over the commitments; Enter opens the chosen one."""
        if not self._shell_ready:
            return
        from ..navigator.quick_switcher import QuickSwitcher

        dialog = QuickSwitcher(self.navigator, self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: dialog.chosen and self.navigator.select_commitment(dialog.chosen))
        self.quick_switcher = dialog
        dialog.open()

    def step_commitment(self, step: int) -> None:
        """Ctrl+PgDn / Ctrl+PgUp: the next or previous commitment in the navigator's order."""
        if self._shell_ready:
            from ..navigator.quick_switcher import step_commitment

            step_commitment(self.navigator, step)

    def show_commitment(self) -> None:
        """Ctrl+1: the Commitment tab."""
        if self._workspace_ready:
            self.tabs.setCurrentWidget(self.work_split)
