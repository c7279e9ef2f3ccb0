"""Presentation mode (a projector: larger fonts, higher contrast, the list out of the way)
and sharing the width between the page, the assessment and the verdict.

A part of `MainWindow` (main_window.py); its texts keep the "MainWindow" translation context."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:  # imported where used: the window paints before these load
    from PySide6.QtGui import QPalette


PRESENTATION_SCALE = 1.4


class PresentationMixin:
    def set_presentation(self, on: bool) -> None:
        """Larger fonts (×1.4) and higher contrast for a projector; the layout stays the same."""
        from PySide6.QtGui import QFont, QPalette

        on = bool(on)
        if self._normal_font is None:
            self._normal_font, self._normal_palette = QFont(self.font()), QPalette(self.palette())
        self.presentation = on
        if self.actions["presentation"].isChecked() != on:
            self.actions["presentation"].setChecked(on)
        font = QFont(self._normal_font)
        if on:
            size = self._normal_font.pointSizeF()
            if size > 0:
                font.setPointSizeF(size * PRESENTATION_SCALE)
            else:
                font.setPixelSize(round(self._normal_font.pixelSize() * PRESENTATION_SCALE))
        self.setFont(font)
        self.setPalette(_high_contrast(self._normal_palette) if on else self._normal_palette)
        # On a projector the room looks at one commitment: the list makes way for it (Ctrl+K,
        # Ctrl+PgUp/PgDn reach the others). Back at a desk, the size class decides (responsive.py).
        if on and self._shell_ready and not self.navigator_dock.isHidden():
            self._nav_visible_before_presentation = True
            self.navigator_dock.hide()
        if on and self._shell_ready:
            from .responsive import fold_side_docks

            fold_side_docks(self)  # type: ignore[arg-type]  # Precedents, Outcome go with the list
        elif not on and self._shell_ready and not self._workspace_ready:
            if self._nav_visible_before_presentation:
                self.navigator_dock.show()
        if self._shell_ready:
            self.navigator.set_level_labels(self._rubric().levels)
            self.show_sample_banner_in_mode(on)
        if self._workspace_ready:
            self.page.set_presentation(on)
            self.assessment_panel.set_presentation(on)
            self.verdict_panel.set_presentation(on)
            self.party_tabs.compare.set_presenting(on)  # its chart folds on a short screen
            QApplication.sendPostedEvents()
            self.fit_panes()

    def fit_panes(self) -> None:
        """Arrange and size the panes for the window's size and mode (see responsive.py)."""
        if self._workspace_ready:
            self.responsive.arrange()
            self._keep_on_screen()

    def _keep_on_screen(self) -> None:
        """Never larger than the screen: a tall tab or larger fonts must not push the window
        (and its buttons) past the screen's edge."""
        screen = self.screen()
        if screen is None or self.isMaximized() or self.isFullScreen():
            return
        area = screen.availableGeometry()
        frame = self.frameGeometry()
        extra_w, extra_h = frame.width() - self.width(), frame.height() - self.height()
        width = min(self.width(), area.width() - extra_w)
        height = min(self.height(), area.height() - extra_h)
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._workspace_ready:  # re-fit on every resize, not only when first shown
            self.responsive.arrange()

    def set_focus_order(self) -> None:
        """Tab order (docs/keyboard.md): navigator → page → factor cards → verdict. Called again
        whenever the panes are rearranged (moving a widget to another splitter resets its place)."""
        from PySide6.QtWidgets import QWidget

        from ..common.keyboard import last_focusable_inside

        QWidget.setTabOrder(self.navigator.view, self.page.title_edit)
        QWidget.setTabOrder(self.page.remove_milestone_button, self.assessment_panel)
        last = last_focusable_inside(self.assessment_panel, self.assessment_panel.cards[-1])
        QWidget.setTabOrder(last, self.verdict_panel.chip)
        QWidget.setTabOrder(self.verdict_panel.chip, self.verdict_panel.what_if)


def _high_contrast(base: QPalette) -> QPalette:
    from PySide6.QtGui import QColor, QPalette

    pal = QPalette(base)
    ink, paper = QColor("#000000"), QColor("#FFFFFF")
    for group in (QPalette.Active, QPalette.Inactive):
        pal.setColor(group, QPalette.Window, QColor("#F4F4F4"))
        pal.setColor(group, QPalette.WindowText, ink)
        pal.setColor(group, QPalette.Base, paper)
        pal.setColor(group, QPalette.AlternateBase, QColor("#E8E8E8"))
        pal.setColor(group, QPalette.Text, ink)
        pal.setColor(group, QPalette.Button, QColor("#E6E6E6"))
        pal.setColor(group, QPalette.ButtonText, ink)
        pal.setColor(group, QPalette.Highlight, QColor("#0B3D91"))
        pal.setColor(group, QPalette.HighlightedText, paper)
        pal.setColor(group, QPalette.PlaceholderText, QColor("#444444"))
        pal.setColor(group, QPalette.Dark, QColor("#555555"))
        pal.setColor(group, QPalette.Mid, QColor("#777777"))
    return pal
