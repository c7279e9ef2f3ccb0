"""Presentation mode (a projector: larger fonts, higher contrast, the list out of the way)
and sharing the width between the page, the assessment and the verdict.

A part of `MainWindow` (main_window.py); its texts keep the "MainWindow" translation context."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from .lazy_qt import Qt

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
        # On a projector the room looks at one commitment: the list makes way for it.
        if on:
            if self._shell_ready:
                self._nav_visible_before_presentation = self.navigator_dock.isVisible()
                self.navigator_dock.hide()
        elif self._nav_visible_before_presentation and self._shell_ready:
            self.navigator_dock.show()
        if self._shell_ready:
            self.navigator.set_level_labels(self._rubric().levels)
        if self._workspace_ready:
            self.page.set_presentation(on)
            self.assessment_panel.set_presentation(on)
            self.verdict_panel.set_presentation(on)
            QApplication.sendPostedEvents()
            self.fit_panes()

    def fit_panes(self) -> None:
        """Share the width: the assessment and verdict get what their cards need, the page the rest."""
        p = self.presentation
        total = max(self.work_split.width(), self.width() - (0 if p else self.navigator_dock.width()) - 20)
        # What the cards and the verdict need (measured in en/es/pt); the page takes the rest.
        assess = 590 if p else 470
        verdict = 322 if p else 260
        if not p and self.navigator_dock.isVisible() and not self.navigator_dock.isFloating():
            self.resizeDocks([self.navigator_dock], [250], Qt.Horizontal)
            total = self.width() - 250 - 16
        page = total - assess - verdict
        if page < 240:  # a small screen: everyone gives a little
            scale = total / (assess + verdict + 240)
            assess, verdict, page = round(assess * scale), round(verdict * scale), round(240 * scale)
        self.work_split.setSizes([page, assess + verdict])
        self.assessment_split.setSizes([assess, verdict])


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
