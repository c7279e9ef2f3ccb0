"""Presentation mode's colours pass WCAG 2.1 AA for text (contrast ratio ≥ 4.5:1)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from feasibility_app.domain.radar import LEVEL_COLOURS, LEVEL_TEXT_COLOURS
from feasibility_app.ui.common import style
from feasibility_app.ui.window.main_window import MainWindow

pytestmark = pytest.mark.gui
AA_TEXT = 4.5


def luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_wcag_formula_on_known_pairs():
    assert contrast(QColor("#000000"), QColor("#FFFFFF")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("#FFFFFF")) == pytest.approx(4.48, abs=0.01)


def test_presentation_palette_and_level_colours_pass_aa(qtbot, fake_dialogs):
    w = MainWindow(None, dialogs=fake_dialogs)
    qtbot.addWidget(w)
    w.set_presentation(True)
    pal = w.palette()
    pairs = {
        "window text": (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
        "text": (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
        "button text": (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
        "selected text": (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight),
        "placeholder": (QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Base),
        "alternate rows": (QPalette.ColorRole.Text, QPalette.ColorRole.AlternateBase),
    }
    for name, (fg, bg) in pairs.items():
        assert contrast(pal.color(fg), pal.color(bg)) >= AA_TEXT, name
    # secondary text is not softened on a projector
    assert style.muted_colour(pal, True) == pal.color(QPalette.ColorRole.WindowText)
    # every level chip, button and heatmap cell: its text colour on its band colour
    for level, bg in LEVEL_COLOURS.items():
        assert contrast(QColor(LEVEL_TEXT_COLOURS[level]), QColor(bg)) >= AA_TEXT, level
    w.set_presentation(False)
