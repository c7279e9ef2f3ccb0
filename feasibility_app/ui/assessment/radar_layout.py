"""Where the radar's parts go: chart box, radius, factor label boxes and legend rows.

Long translated labels (es, pt) wrap or shrink here, so the chart keeps a readable radius.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF

from feasibility_app.domain.factors import FACTOR_KEYS, Level
from feasibility_app.domain.radar import RadarGeometry, radar_geometry
from feasibility_app.domain.rubric import Rubric

from ..common import style

# (name shown in the legend, level per factor key, "#rrggbb")
SeriesSpec = tuple[str, Mapping[str, Level], str]

_LABEL_GAP = 8.0  # radar_geometry puts labels this far outside the outer ring
_PAD = 6.0
_MIN_RADIUS = 12.0
# Below this share of the half box, labels wrap narrower or get smaller rather than squeeze the chart.
_TARGET_RADIUS_SHARE = 0.36


def _normalised(series: Sequence[SeriesSpec]) -> list[tuple[str, dict[str, Level], str]]:
    out = []
    for name, levels, colour in series:
        out.append(
            (str(name), {key: Level(levels.get(key, Level.NOT_ASSESSED)) for key in FACTOR_KEYS}, colour)
        )
    return out


def _label_lines(text: str, fm: QFontMetricsF, max_width: float) -> list[str]:
    """One line, or two split at the space nearest the middle when one line is too wide."""
    if fm.horizontalAdvance(text) <= max_width or " " not in text:
        return [text]
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    cut = min(spaces, key=lambda i: abs(i - len(text) / 2))
    return [text[:cut], text[cut + 1 :]]


def _legend_rows(
    names: list[str], fm: QFontMetricsF, width: float, swatch: float
) -> list[list[tuple[int, float]]]:
    """Legend entries (series index, width) flowed into rows that fit `width`."""
    rows: list[list[tuple[int, float]]] = [[]]
    used = 0.0
    for i, name in enumerate(names):
        w = swatch + 6 + fm.horizontalAdvance(name) + 16
        if rows[-1] and used + w > width:
            rows.append([])
            used = 0.0
        rows[-1].append((i, w))
        used += w
    return rows


def _legend(
    names: list[str], fm: QFontMetricsF, width: float, swatch: float
) -> tuple[list[str], list[list[tuple[int, float]]]]:
    """Legend names and rows: full names when they fit one row; otherwise each name elided to an
    equal share of a row (full names are in the accessible description), so long party names do
    not stack row after row under the chart and take its height. More rows only when a share
    would leave fewer than about 12 characters."""
    rows = _legend_rows(names, fm, width, swatch)
    if len(rows) <= 1:
        return names, rows
    min_text = 12 * fm.averageCharWidth()
    for count in range(1, len(names) + 1):
        per_row = -(-len(names) // count)
        room = width / per_row - swatch - 6 - 16
        if room >= min_text or per_row == 1:
            short = [fm.elidedText(n, Qt.TextElideMode.ElideRight, max(room, min_text)) for n in names]
            return short, _legend_rows(short, fm, width + 0.5, swatch)
    return names, rows



@dataclass
class _Layout:
    """Where everything goes: chart box, geometry, label lines, label font and label boxes."""

    chart: QRectF
    geo: RadarGeometry
    label_font: QFont
    labels: dict[str, list[str]]
    sizes: dict[str, tuple[float, float]]
    rects: dict[str, QRectF]  # label boxes, relative to chart.topLeft()
    legend_rows: list[list[tuple[int, float]]]
    swatch: float
    legend_names: list[str]  # the series names as the legend shows them (long ones elided)


def _label_box(lab, w: float, h: float) -> QRectF:
    if lab.align == "left":
        x0 = lab.x
    elif lab.align == "right":
        x0 = lab.x - w
    else:
        x0 = lab.x - w / 2
    if lab.valign == "bottom":
        y0 = lab.y - h
    elif lab.valign == "top":
        y0 = lab.y
    else:
        y0 = lab.y - h / 2
    return QRectF(x0, y0, w, h)


def _fit(
    chart: QRectF, rubric: Rubric, label_font: QFont, levels_list: list, wrap_at: float
) -> tuple[float, dict, dict, float]:
    """The largest radius leaving room for every label in `label_font`; the trimmed chart height."""
    lfm = QFontMetricsF(label_font)
    labels = {key: _label_lines(rubric.short_label(key), lfm, wrap_at) for key in FACTOR_KEYS}
    sizes = {
        key: (max(lfm.horizontalAdvance(line) for line in lines) + 2, lfm.height() * len(lines))
        for key, lines in labels.items()
    }
    probe = radar_geometry(chart.width(), chart.height(), levels_list)
    cx, cy = probe.centre
    limits = [min(chart.width(), chart.height()) / 2 - _PAD]
    for lab in probe.labels:
        w, h = sizes[lab.factor]
        ux = (lab.x - cx) / (probe.radius + _LABEL_GAP)
        uy = (lab.y - cy) / (probe.radius + _LABEL_GAP)
        if lab.align != "center" and abs(ux) > 1e-6:
            limits.append((chart.width() / 2 - _PAD - w) / abs(ux) - _LABEL_GAP)
        elif lab.align == "center":
            # A centred label must fit the width on its own.
            if w > chart.width() - 2 * _PAD:
                limits.append(0.0)
        if lab.valign != "middle" and abs(uy) > 1e-6:
            limits.append((chart.height() / 2 - _PAD - h) / abs(uy) - _LABEL_GAP)
        else:
            limits.append((chart.height() / 2 - _PAD - h / 2) / max(abs(uy), 1e-6) - _LABEL_GAP)
    radius = min(limits)
    # Trim the box to what the chart and its labels need, so it sits at the top of a tall widget.
    r = max(_MIN_RADIUS, radius)
    needed = 2 * r + 2 * _PAD
    for lab in probe.labels:
        uy = abs(lab.y - cy) / (probe.radius + _LABEL_GAP)
        h = sizes[lab.factor][1]
        extent = h if lab.valign != "middle" else h / 2
        needed = max(needed, 2 * ((r + _LABEL_GAP) * uy + extent + _PAD))
    return radius, labels, sizes, needed


def _overlapping(rects: Sequence[QRectF]) -> bool:
    return any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1 :])


def radar_layout(
    rect: QRectF, series: Sequence[SeriesSpec], rubric: Rubric, *, font: QFont, presentation: bool = False
) -> _Layout:
    """Chart box, radius and label boxes for the radar painted into `rect` (see `paint_radar`).

    Labels wrap at a space first; when long translated labels (es, pt) would still squeeze the
    chart below a readable radius or overlap each other, they wrap narrower and, as a last
    resort, get a smaller font (never below the normal-mode size).
    """
    data = _normalised(series)
    fm = QFontMetricsF(font)
    swatch = fm.height() * 0.8
    legend_names, legend_rows = (
        _legend([d[0] for d in data], fm, rect.width() - 2 * _PAD, swatch) if len(data) > 1 else ([], [])
    )
    legend_h = len(legend_rows) * (fm.height() + 4) + (_PAD if legend_rows else 0)
    # A tall box keeps the chart at the top, with the legend right under it.
    chart_h = min(max(10.0, rect.height() - legend_h), rect.width() * 0.95)
    chart = QRectF(rect.x(), rect.y(), rect.width(), chart_h)
    levels_list = [d[1] for d in data]

    base = QFont(font)
    base.setBold(presentation)
    size = base.pointSizeF() if base.pointSizeF() > 0 else 9.0
    floor = max(6.0, size / style.PRESENTATION_SCALE if presentation else size * 0.85)
    target = max(_MIN_RADIUS, min(chart.width(), chart.height()) / 2 * _TARGET_RADIUS_SHARE)
    wide = max(60.0, chart.width() * 0.26)
    candidates = []
    scale = 1.0
    while True:
        f = QFont(base)
        f.setPointSizeF(max(floor, size * scale))
        candidates.append((f, wide))
        candidates.append((f, 0.0))  # every space a line break
        if size * scale <= floor:
            break
        scale -= 0.025
    best = None
    for label_font, wrap_at in candidates:
        radius, labels, sizes, needed = _fit(chart, rubric, label_font, levels_list, wrap_at)
        layout = _place(
            chart, needed, radius, labels, sizes, label_font, levels_list, (legend_names, legend_rows), swatch
        )
        clear = not _overlapping(list(layout.rects.values()))
        if clear and radius >= target:
            return layout
        score = (clear, radius)
        if best is None or score > best[0]:
            best = (score, layout)
    return best[1]


def _place(chart, needed, radius, labels, sizes, label_font, levels_list, legend, swatch) -> _Layout:
    legend_names, legend_rows = legend
    chart = QRectF(chart)
    radius = max(_MIN_RADIUS, radius)
    if chart.height() > needed:
        chart.setHeight(needed)
    margin = 1 - radius / (min(chart.width(), chart.height()) / 2)
    geo = radar_geometry(chart.width(), chart.height(), levels_list, label_margin=margin)
    rects = {lab.factor: _label_box(lab, *sizes[lab.factor]) for lab in geo.labels}
    return _Layout(chart, geo, label_font, labels, sizes, rects, legend_rows, swatch, legend_names)

