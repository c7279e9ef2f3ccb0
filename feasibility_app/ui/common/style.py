"""Shared look of the assessment widgets: level colours, fonts, card frames, presentation mode.

Level colours come from `feasibility_app.domain.radar` (the PDF uses the same ones); every
neutral colour comes from the widget's QPalette, so a dark desktop theme still reads well.
Presentation mode (a projector in a negotiation room) scales fonts by PRESENTATION_SCALE and
draws darker text and thicker lines, with the same layout.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QWidget

from feasibility_app.domain.factors import Level
from feasibility_app.domain.radar import LEVEL_COLOURS, LEVEL_TEXT_COLOURS

PRESENTATION_SCALE = 1.4
CARD_RADIUS = 8.0


def level_key(level: Level | str) -> str:
    return Level(level).value


def level_colour(level: Level | str) -> QColor:
    return QColor(LEVEL_COLOURS[level_key(level)])


def level_text_colour(level: Level | str) -> QColor:
    return QColor(LEVEL_TEXT_COLOURS[level_key(level)])


def base_point_size() -> float:
    """The application's font size in points (9 pt when Qt reports only pixels)."""
    size = QApplication.font().pointSizeF()
    return size if size > 0 else 9.0


def scaled_font(presentation: bool, relative: float = 1.0, *, bold: bool = False) -> QFont:
    """The application font at `relative` × its size, × PRESENTATION_SCALE when presenting."""
    font = QFont(QApplication.font())
    scale = PRESENTATION_SCALE if presentation else 1.0
    font.setPointSizeF(round(base_point_size() * relative * scale, 1))
    font.setBold(bold)
    return font


def blend(a: QColor, b: QColor, t: float) -> QColor:
    """`a` moved a fraction `t` towards `b`."""
    return QColor(
        round(a.red() + (b.red() - a.red()) * t),
        round(a.green() + (b.green() - a.green()) * t),
        round(a.blue() + (b.blue() - a.blue()) * t),
    )


def text_colour(palette: QPalette) -> QColor:
    return palette.color(QPalette.ColorRole.WindowText)


def muted_colour(palette: QPalette, presentation: bool) -> QColor:
    """Secondary text: softened on a desk screen, full contrast on a projector."""
    ink = palette.color(QPalette.ColorRole.WindowText)
    if presentation:
        return ink
    return blend(ink, palette.color(QPalette.ColorRole.Window), 0.32)


def line_colour(palette: QPalette, presentation: bool) -> QColor:
    """Borders and chart grid lines: darker when presenting."""
    if presentation:
        return blend(
            palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Window), 0.35
        )
    return palette.color(QPalette.ColorRole.Dark)


def line_width(presentation: bool) -> float:
    return 2.0 if presentation else 1.0


def focus_colour(palette: QPalette) -> QColor:
    return palette.color(QPalette.ColorRole.Highlight)


def colour_css(colour: QColor) -> str:
    return colour.name(QColor.NameFormat.HexRgb)


def set_qss(widget: QWidget, qss: str) -> None:
    """Set a style sheet only when it changes (re-polishing is the costly part of a level change)."""
    if widget.styleSheet() != qss:
        widget.setStyleSheet(qss)


def set_interactive(widget: QWidget, on: bool) -> None:
    """Let a choice be changed or not, without greying it out: read-only values stay legible."""
    widget.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, not on)
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus if on else Qt.FocusPolicy.NoFocus)


def set_label_colour(label: QLabel, colour: QColor) -> None:
    pal = label.palette()
    pal.setColor(QPalette.ColorRole.WindowText, colour)
    label.setPalette(pal)


def wrapping_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A word-wrapped label that never clips long (Spanish, Portuguese) texts."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def level_button_qss(level: Level | str, presentation: bool) -> str:
    """A level selector button: neutral with a colour stripe; filled with the level's colour when checked."""
    bg = LEVEL_COLOURS[level_key(level)]
    fg = LEVEL_TEXT_COLOURS[level_key(level)]
    border = 2 if presentation else 1
    stripe = 5 if presentation else 4
    focus = 4 if presentation else 3
    pad = "6px 8px" if presentation else "5px 9px"  # five whole buttons in a 540-px column
    return (
        "QPushButton {"
        f" background: palette(button); color: palette(button-text);"
        f" border: {border}px solid palette(dark); border-bottom: {stripe}px solid {bg};"
        f" border-radius: 4px; padding: {pad}; }}"
        " QPushButton:hover { background: palette(light); }"
        " QPushButton:disabled { color: palette(dark); }"
        f" QPushButton:checked {{ background: {bg}; color: {fg};"
        f" border: {border}px solid {bg}; border-bottom: {stripe}px solid {bg}; }}"
        f" QPushButton:focus {{ border: {focus}px solid palette(highlight);"
        f" border-bottom: {max(stripe, focus)}px solid palette(highlight); }}"
    )


def chip_qss(level: Level | str, presentation: bool) -> str:
    """A filled band chip, in the level's colour with its readable text colour."""
    bg = LEVEL_COLOURS[level_key(level)]
    fg = LEVEL_TEXT_COLOURS[level_key(level)]
    pad = "10px 16px" if presentation else "6px 12px"
    return f"QLabel {{ background: {bg}; color: {fg}; border-radius: 6px; padding: {pad}; }}"


def accent_box_qss(colour: str, presentation: bool) -> str:
    """A text box with a coloured bar on its left (the chosen level's anchor, notes)."""
    bar = 7 if presentation else 5
    return (
        f"QLabel {{ background: palette(alternate-base); border-left: {bar}px solid {colour};"
        " padding: 6px 8px; }"
    )


def badge_qss(level: Level | str, presentation: bool) -> str:
    bg = LEVEL_COLOURS[level_key(level)]
    fg = LEVEL_TEXT_COLOURS[level_key(level)]
    pad = "3px 10px" if presentation else "2px 8px"
    return f"QLabel {{ background: {bg}; color: {fg}; border-radius: 9px; padding: {pad}; }}"


def vertical_scroll(widget: QWidget) -> QWidget:
    """`widget` in a frameless scroll area that scrolls up and down only. Word-wrapped labels a
    splitter squeezes below their height are drawn over each other; in this they scroll."""
    from PySide6.QtWidgets import QScrollArea

    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(widget)
    return area


def card_margins(presentation: bool) -> tuple[int, int, int, int]:
    """A card's layout margins: narrower sides when presenting, where the cards share a
    1024-px projector with the draft text (every side pixel is a draft pixel)."""
    return (10, 12, 10, 14) if presentation else (16, 12, 16, 14)


class CardFrame(QFrame):
    """A rounded card on the base colour; a thick focus ring while it or a child has focus.

    The ring is painted inside the contents margins, so gaining focus never moves the layout.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._presentation = False
        self._active = False
        self.setContentsMargins(6, 6, 6, 6)
        app = QApplication.instance()
        if app is not None:
            app.focusChanged.connect(self._on_focus_changed)

    def is_active(self) -> bool:
        return self._active

    def set_highlighted(self, on: bool) -> None:
        """Show (or clear) the focus ring without moving the focus; focus changes update it again."""
        self._set_card_state(active=bool(on))

    def _set_card_state(self, *, presentation: bool | None = None, active: bool | None = None) -> None:
        if presentation is not None:
            self._presentation = presentation
        if active is not None:
            self._active = active
        self.update()

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None:
            return  # the window lost focus: keep showing where the user was
        active = new is self or self.isAncestorOf(new)
        if active != self._active:
            self._set_card_state(active=active)
            if active:
                self._became_active()

    def _became_active(self) -> None:
        """Called when the card or one of its children gains the focus."""

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        if self._active:
            width = 5.0 if self._presentation else 4.0
            pen = QPen(focus_colour(pal), width)
        else:
            width = line_width(self._presentation)
            pen = QPen(line_colour(pal, self._presentation), width)
        painter.setPen(pen)
        painter.setBrush(pal.color(QPalette.ColorRole.Base))
        inset = width / 2 + 0.5
        painter.drawRoundedRect(
            QRectF(self.rect()).adjusted(inset, inset, -inset, -inset), CARD_RADIUS, CARD_RADIUS
        )
        painter.end()
