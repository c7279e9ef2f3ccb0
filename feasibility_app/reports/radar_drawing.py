"""The radar chart as a reportlab Drawing: the same picture as the window's, on paper.

Every point comes from ``domain.radar.radar_geometry`` (shared with the Qt widget); this
module only draws it, flipping y because PDF coordinates grow upwards.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, String
from reportlab.lib.colors import Color, HexColor, white
from reportlab.pdfbase.pdfmetrics import stringWidth

from ..domain.factors import FACTOR_KEYS, RISK_LEVELS, Level
from ..domain.radar import LEVEL_COLOURS, radar_geometry

GRID = HexColor("#B0B0B0")
AXIS_TEXT = HexColor("#333333")
MUTED = HexColor("#9E9E9E")


@dataclass(frozen=True)
class RadarSeries:
    """One polygon: a party's levels (or the consensus), how it is drawn."""

    levels: Mapping[str, Level]
    colour: str  # hex
    dashed: bool = False
    fill: bool = True
    level_dots: bool = False  # vertices coloured by level (the single-series picture)


def tint(hex_colour: str, strength: float) -> Color:
    """An opaque pale version of a colour (mixed with white), so overlapping fills stay clean."""
    c = HexColor(hex_colour)
    mix = 1 - strength
    return Color(c.red * strength + mix, c.green * strength + mix, c.blue * strength + mix)


def _flip(height: float, point: tuple[float, float]) -> tuple[float, float]:
    return point[0], height - point[1]


def _flat(points: Sequence[tuple[float, float]], height: float) -> list[float]:
    out: list[float] = []
    for p in points:
        out.extend(_flip(height, p))
    return out


def wrap_label(text: str, font: str, size: float, max_width: float) -> list[str]:
    """Greedy word wrap for axis labels (at most the words given; never drops text)."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}".strip()
        if current and stringWidth(trial, font, size) > max_width:
            lines.append(current)
            current = word
        else:
            current = trial
    if current:
        lines.append(current)
    return lines or [""]


def fit_label(
    text: str, font: str, size: float, room: float, smallest: float = 5.5
) -> tuple[float, list[str]]:
    """The font size and lines of a label that fit `room` points wide (a long word shrinks the size)."""
    while True:
        lines = wrap_label(text, font, size, room)
        if size <= smallest or all(stringWidth(line, font, size) <= room for line in lines):
            return size, lines
        size = max(smallest, size - 0.5)


def radar_drawing(
    series: Sequence[RadarSeries],
    labels: Mapping[str, str],
    width: float = 260,
    height: float = 230,
    *,
    ring_labels: Sequence[str] = (),
    font: str = "Helvetica",
    bold_font: str = "Helvetica-Bold",
    font_size: float = 7.5,
    label_margin: float = 0.3,
) -> Drawing:
    """A Drawing of the six-factor radar: tinted level rings, axes, labels, one polygon per series.

    `labels` maps factor keys to the (translated) text printed at each axis; a factor
    that no series assessed is labelled in grey.
    """
    geo = radar_geometry(width, height, [s.levels for s in series], label_margin=label_margin)
    d = Drawing(width, height)
    # Rings, outermost first, each tinted (opaque) by the level it stands for: outward is worse.
    for ring, level in reversed(list(zip(geo.rings, RISK_LEVELS, strict=True))):
        d.add(
            Polygon(
                _flat(ring, height),
                fillColor=tint(LEVEL_COLOURS[level.value], 0.12),
                strokeColor=GRID,
                strokeWidth=0.5,
            )
        )
    cx, cy = _flip(height, geo.centre)
    for axis in geo.axes:
        x, y = _flip(height, axis)
        d.add(Line(cx, cy, x, y, strokeColor=GRID, strokeWidth=0.5))
    # Ring numbers along the first axis (straight up): 1 low .. 4 critical.
    for k, ring in enumerate(geo.rings):
        if k < len(ring_labels):
            x, y = _flip(height, ring[0])
            d.add(
                String(
                    x + 2.5,
                    y - 2.5 - font_size * 0.7,
                    ring_labels[k],
                    fontName=font,
                    fontSize=font_size * 0.75,
                    fillColor=MUTED,
                )
            )
    assessed_any = {
        key: any(s.levels.get(key, Level.NOT_ASSESSED) is not Level.NOT_ASSESSED for s in series)
        for key in FACTOR_KEYS
    }
    for s, sg in zip(series, geo.series, strict=True):
        colour = HexColor(s.colour)
        d.add(
            Polygon(
                _flat(sg.points, height),
                fillColor=colour if s.fill else None,
                fillOpacity=0.18 if s.fill else 0,
                strokeColor=colour,
                strokeWidth=1.6 if not s.dashed else 1.2,
                strokeDashArray=[3, 2] if s.dashed else None,
                strokeLineJoin=1,
            )
        )
        for (px, py), ok, key in zip(sg.points, sg.assessed, FACTOR_KEYS, strict=True):
            if not ok:
                continue
            x, y = _flip(height, (px, py))
            dot = HexColor(LEVEL_COLOURS[s.levels[key].value]) if s.level_dots else colour
            d.add(
                Circle(x, y, 3.2 if s.level_dots else 2.2, fillColor=dot, strokeColor=white, strokeWidth=0.6)
            )
    # Axis labels, wrapped (and if need be shrunk) to fit the room between the rings and the edge.
    for lab in geo.labels:
        x, y = _flip(height, (lab.x, lab.y))
        if lab.align == "left":
            room = width - x - 1
        elif lab.align == "right":
            room = x - 1
        else:
            room = min(width * 0.45, 2 * min(x, width - x) - 2)
        size, lines = fit_label(labels.get(lab.factor, lab.factor), bold_font, font_size, max(room, 20.0))
        lead = size * 1.15
        anchor = {"left": "start", "right": "end", "center": "middle"}[lab.align]
        n = len(lines)
        if lab.valign == "bottom":  # label above the axis end
            top = y + 2 + (n - 1) * lead
        elif lab.valign == "top":  # label below the axis end
            top = y - size - 1
        else:
            top = y - size * 0.35 + (n - 1) * lead / 2
        colour: Color = AXIS_TEXT if assessed_any[lab.factor] else MUTED
        for i, line in enumerate(lines):
            d.add(
                String(
                    x,
                    top - i * lead,
                    line,
                    fontName=bold_font,
                    fontSize=size,
                    fillColor=colour,
                    textAnchor=anchor,
                )
            )
    return d
