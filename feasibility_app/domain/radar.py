"""Radar-chart geometry shared by the window (QPainter) and the PDF (reportlab).

One routine computes every point; each renderer only draws lines, polygons and
text where this says, so the screen and the printed report show the same picture.
Coordinates are in a y-down box (as on screen); the PDF flips y.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .factors import FACTOR_KEYS, Level

# Colours as hex strings, used by chips, chart, heatmap and report alike.
LEVEL_COLOURS: dict[str, str] = {
    "low": "#2E7D32",
    "moderate": "#F9A825",
    "high": "#EF6C00",
    "critical": "#C62828",
    "not_assessed": "#9E9E9E",
}
# Text colour readable on each level colour.
LEVEL_TEXT_COLOURS: dict[str, str] = {
    "low": "#FFFFFF",
    "moderate": "#000000",
    "high": "#000000",
    "critical": "#FFFFFF",
    "not_assessed": "#000000",
}
# Overlay colours for parties (colour-blind-safe Okabe–Ito order).
SERIES_COLOURS: tuple[str, ...] = (
    "#0072B2",
    "#D55E00",
    "#009E73",
    "#CC79A7",
    "#56B4E9",
    "#E69F00",
    "#000000",
)


def level_colour(level: Level | str) -> str:
    return LEVEL_COLOURS[Level(level).value]


def series_colour(index: int) -> str:
    return SERIES_COLOURS[index % len(SERIES_COLOURS)]


@dataclass(frozen=True)
class Label:
    factor: str
    x: float
    y: float
    align: str  # "left" | "right" | "center"
    valign: str  # "top" | "bottom" | "middle"


@dataclass(frozen=True)
class Series:
    points: tuple[tuple[float, float], ...]  # one per factor; the centre for not assessed
    assessed: tuple[bool, ...]


@dataclass(frozen=True)
class RadarGeometry:
    centre: tuple[float, float]
    radius: float
    axes: tuple[tuple[float, float], ...]  # outer end of each factor's axis
    rings: tuple[tuple[tuple[float, float], ...], ...]  # polygons for levels 1..4
    labels: tuple[Label, ...]
    series: tuple[Series, ...]


def _angle(i: int, n: int) -> float:
    return -math.pi / 2 + 2 * math.pi * i / n  # first axis straight up, clockwise on screen


def _point(cx: float, cy: float, r: float, i: int, n: int) -> tuple[float, float]:
    a = _angle(i, n)
    return (round(cx + r * math.cos(a), 3), round(cy + r * math.sin(a), 3))


def radar_geometry(
    width: float,
    height: float,
    series: Sequence[Mapping[str, Level]],
    label_margin: float = 0.22,
    factors: Sequence[str] = FACTOR_KEYS,
) -> RadarGeometry:
    """Geometry of a radar in a width×height box, with room around it for labels."""
    n = len(factors)
    cx, cy = width / 2, height / 2
    radius = max(1.0, min(width, height) / 2 * (1 - label_margin))
    axes = tuple(_point(cx, cy, radius, i, n) for i in range(n))
    rings = tuple(tuple(_point(cx, cy, radius * k / 4, i, n) for i in range(n)) for k in range(1, 5))
    labels = []
    for i, key in enumerate(factors):
        x, y = _point(cx, cy, radius + 8, i, n)
        dx, dy = math.cos(_angle(i, n)), math.sin(_angle(i, n))
        align = "center" if abs(dx) < 0.2 else ("left" if dx > 0 else "right")
        valign = "bottom" if dy < -0.5 else ("top" if dy > 0.5 else "middle")
        labels.append(Label(key, x, y, align, valign))
    out = []
    for levels in series:
        pts, ok = [], []
        for i, key in enumerate(factors):
            level = Level(levels.get(key, Level.NOT_ASSESSED))
            rank = level.rank or 0
            pts.append(_point(cx, cy, radius * rank / 4, i, n))
            ok.append(level.assessed)
        out.append(Series(tuple(pts), tuple(ok)))
    return RadarGeometry((cx, cy), radius, axes, rings, tuple(labels), tuple(out))
