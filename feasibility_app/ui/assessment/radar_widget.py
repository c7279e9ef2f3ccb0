"""The six-factor risk radar, painted with QPainter from the geometry the PDF also uses."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QApplication, QSizePolicy, QWidget

from feasibility_app.domain.factors import FACTOR_KEYS, Level
from feasibility_app.domain.radar import RadarGeometry, radar_geometry
from feasibility_app.domain.rubric import Rubric, load_rubric

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


def _draw_grid(
    painter: QPainter, geo: RadarGeometry, font: QFont, palette: QPalette, presentation: bool
) -> None:
    """Rings for levels 1..4 (the outer one, critical, a little stronger), axes and ring numbers."""
    grid = style.line_colour(palette, presentation)
    thin = style.line_width(presentation)
    centre = QPointF(*geo.centre)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for k, ring in enumerate(geo.rings, start=1):
        pen = QPen(grid, thin * (1.6 if k == 4 else 1.0))
        pen.setStyle(Qt.PenStyle.SolidLine if k == 4 else Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawPolygon([QPointF(*p) for p in ring])
    painter.setPen(QPen(grid, thin))
    for end in geo.axes:
        painter.drawLine(centre, QPointF(*end))
    # Ring numbers left of the first axis, clear of the series markers drawn on it.
    small = QFont(font)
    small.setPointSizeF(max(6.0, font.pointSizeF() * 0.75))
    painter.setFont(small)
    painter.setPen(style.muted_colour(palette, presentation))
    sfm = QFontMetricsF(small)
    for k, ring in enumerate(geo.rings, start=1):
        x, y = ring[0]
        painter.drawText(QPointF(x - 5 - sfm.horizontalAdvance(str(k)), y + sfm.ascent() / 2 - 1), str(k))
    painter.setFont(font)


def _cached_grid(
    painter: QPainter,
    geo: RadarGeometry,
    size: QSizeF,
    font: QFont,
    palette: QPalette,
    presentation: bool,
    cache: dict,
) -> QPixmap:
    """The grid drawn once into a pixmap, reused until size, font, colours or mode change."""
    dpr = painter.device().devicePixelRatioF() if painter.device() else 1.0
    key = (
        round(size.width(), 2),
        round(size.height(), 2),
        round(geo.radius, 3),
        font.key(),
        presentation,
        style.line_colour(palette, presentation).rgba(),
        style.muted_colour(palette, presentation).rgba(),
        dpr,
    )
    pixmap = cache.get(key)
    if pixmap is None:
        pixmap = QPixmap(max(1, math.ceil(size.width() * dpr)), max(1, math.ceil(size.height() * dpr)))
        pixmap.setDevicePixelRatio(dpr)
        pixmap.fill(Qt.GlobalColor.transparent)
        p = QPainter(pixmap)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        _draw_grid(p, geo, font, palette, presentation)
        p.end()
        cache.clear()
        cache[key] = pixmap
    return pixmap


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
    legend_rows = (
        _legend_rows([d[0] for d in data], fm, rect.width() - 2 * _PAD, swatch) if len(data) > 1 else []
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
        layout = _place(chart, needed, radius, labels, sizes, label_font, levels_list, legend_rows, swatch)
        clear = not _overlapping(list(layout.rects.values()))
        if clear and radius >= target:
            return layout
        score = (clear, radius)
        if best is None or score > best[0]:
            best = (score, layout)
    return best[1]


def _place(chart, needed, radius, labels, sizes, label_font, levels_list, legend_rows, swatch) -> _Layout:
    chart = QRectF(chart)
    radius = max(_MIN_RADIUS, radius)
    if chart.height() > needed:
        chart.setHeight(needed)
    margin = 1 - radius / (min(chart.width(), chart.height()) / 2)
    geo = radar_geometry(chart.width(), chart.height(), levels_list, label_margin=margin)
    rects = {lab.factor: _label_box(lab, *sizes[lab.factor]) for lab in geo.labels}
    return _Layout(chart, geo, label_font, labels, sizes, rects, legend_rows, swatch)


def paint_radar(
    painter: QPainter,
    rect: QRectF,
    series: Sequence[SeriesSpec],
    rubric: Rubric,
    *,
    font: QFont,
    palette: QPalette,
    presentation: bool = False,
    grid_cache: dict | None = None,
) -> RadarGeometry:
    """Paint the radar into `rect`; returns the geometry used (handy for tests).

    `grid_cache`, a dict the caller keeps, lets repeated paints reuse the rings and axes
    (antialiased dashed lines are the costly part of a paint).
    """
    data = _normalised(series)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(font)
    fm = QFontMetricsF(font)
    ink = style.text_colour(palette)
    muted = style.muted_colour(palette, presentation)
    layout = radar_layout(rect, data, rubric, font=font, presentation=presentation)
    chart, geo, label_font = layout.chart, layout.geo, layout.label_font
    labels, legend_rows, swatch = layout.labels, layout.legend_rows, layout.swatch

    painter.translate(chart.topLeft())
    if grid_cache is None:
        _draw_grid(painter, geo, font, palette, presentation)
    else:
        pixmap = _cached_grid(painter, geo, chart.size(), font, palette, presentation, grid_cache)
        painter.drawPixmap(QPointF(0, 0), pixmap)

    # One translucent polygon per series; not assessed factors as hollow markers near the centre.
    dot = 5.0 if presentation else 3.5
    for (_name, _levels, colour), s in zip(data, geo.series, strict=True):
        c = QColor(colour)
        fill = QColor(c)
        # Three or more overlaid fills turn muddy: thin them out, the outlines carry the shape.
        fill.setAlpha((70 if presentation else 55) if len(data) < 3 else (45 if presentation else 32))
        painter.setPen(QPen(c, 3.5 if presentation else 2.2))
        painter.setBrush(fill)
        painter.drawPolygon([QPointF(*p) for p in s.points])
        for (x, y), assessed, end in zip(s.points, s.assessed, geo.axes, strict=True):
            if assessed:
                painter.setPen(QPen(c, 1))
                painter.setBrush(c)
                painter.drawEllipse(QPointF(x, y), dot, dot)
            else:
                # A hollow ring a little way up the axis, so each missing factor shows on its own axis.
                t = min(0.12, (dot * 3) / max(geo.radius, 1))
                px = geo.centre[0] + (end[0] - geo.centre[0]) * t
                py = geo.centre[1] + (end[1] - geo.centre[1]) * t
                painter.setPen(QPen(c, 2.0 if presentation else 1.5))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(QPointF(px, py), dot + 1, dot + 1)

    # Factor labels; a factor no series has assessed is shown muted and italic.
    for lab in geo.labels:
        lines = labels[lab.factor]
        label_rect = layout.rects[lab.factor]
        x0, y0, w, h = label_rect.x(), label_rect.y(), label_rect.width(), label_rect.height()
        unassessed = bool(data) and all(not d[1][lab.factor].assessed for d in data)
        f = QFont(label_font)
        f.setItalic(unassessed)
        painter.setFont(f)
        painter.setPen(muted if unassessed else ink)
        flags = {
            "left": Qt.AlignmentFlag.AlignLeft,
            "right": Qt.AlignmentFlag.AlignRight,
            "center": Qt.AlignmentFlag.AlignHCenter,
        }[lab.align]
        # Bold text is a little wider than measured: give the box slack on both sides.
        box = QRectF(x0 - 8, y0, w + 16, h)
        if lab.align == "left":
            box.moveLeft(x0)
        elif lab.align == "right":
            box.moveRight(x0 + w)
        painter.drawText(box, int(flags | Qt.AlignmentFlag.AlignVCenter), "\n".join(lines))
    painter.setFont(font)

    # Legend.
    painter.translate(-chart.topLeft())
    y = chart.bottom() + _PAD / 2
    for row in legend_rows:
        total = sum(w for _n, w in row) - 16
        x = rect.x() + max(_PAD, (rect.width() - total) / 2)
        for index, w in row:
            name, _levels, colour = data[index]
            c = QColor(colour)
            fill = QColor(c)
            fill.setAlpha(110)
            painter.setPen(QPen(c, 2))
            painter.setBrush(fill)
            painter.drawRect(QRectF(x, y + (fm.height() - swatch) / 2, swatch, swatch))
            painter.setPen(ink)
            painter.drawText(QPointF(x + swatch + 6, y + fm.ascent()), name)
            x += w
        y += fm.height() + 4
    painter.restore()
    return geo


class RadarWidget(QWidget):
    """A radar of the six factor levels; one translucent polygon per series (party, consensus)."""

    def __init__(self, parent: QWidget | None = None, language: str = "en") -> None:
        super().__init__(parent)
        self._rubric = load_rubric(language)
        self._series: list[tuple[str, dict[str, Level], str]] = []
        self._presentation = False
        self._grid_cache: dict = {}
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(220, 200)
        self.setFont(style.scaled_font(False))
        self._retranslate()

    # --- public API ---------------------------------------------------------------

    def set_series(self, series: Sequence[SeriesSpec]) -> None:
        """Show these series: (name, {factor key: Level}, "#rrggbb") each; a legend when more than one."""
        self._series = _normalised(series)
        self._update_description()
        self.update()

    def series(self) -> list[tuple[str, dict[str, Level], str]]:
        return list(self._series)

    def set_language(self, language: str) -> None:
        self._rubric = load_rubric(language)
        self._retranslate()
        self.update()

    def set_presentation(self, on: bool) -> None:
        self._presentation = bool(on)
        self.setFont(style.scaled_font(self._presentation))
        self.updateGeometry()
        self.update()

    def is_presentation(self) -> bool:
        return self._presentation

    def label_rects(self) -> dict[str, QRectF]:
        """Where each factor label is painted at the current size, in widget coordinates."""
        layout = self._layout()
        offset = layout.chart.topLeft()
        return {key: r.translated(offset) for key, r in layout.rects.items()}

    def chart_radius(self) -> float:
        """Radius of the outer ring at the current size."""
        return self._layout().geo.radius

    def _layout(self) -> _Layout:
        return radar_layout(
            QRectF(self.rect()), self._series, self._rubric, font=self.font(), presentation=self._presentation
        )

    def sizeHint(self) -> QSize:
        if self._presentation:
            return QSize(440, 410)
        return QSize(320, 300)

    # --- Qt -----------------------------------------------------------------------

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        paint_radar(
            painter,
            QRectF(self.rect()),
            self._series,
            self._rubric,
            font=self.font(),
            palette=self.palette(),
            presentation=self._presentation,
            grid_cache=self._grid_cache,
        )
        painter.end()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Risk radar chart"))
        self._update_description()

    def _update_description(self) -> None:
        """A text version of the chart for screen readers."""
        r = self._rubric
        parts = []
        for name, levels, _colour in self._series:
            items = "; ".join(f"{r.short_label(k)}: {r.level_label(levels[k])}" for k in FACTOR_KEYS)
            parts.append(f"{name}: {items}")
        self.setAccessibleDescription(" | ".join(parts))


def render_radar_png(
    series: Sequence[SeriesSpec],
    path: str | Path,
    size: QSize | tuple[int, int] = (640, 600),
    *,
    language: str = "en",
    presentation: bool = False,
) -> Path:
    """Paint the radar on a white image of `size` and save it as PNG; returns the path.

    Needs a QGuiApplication; one is created when none exists (tools and tests).
    """
    if QGuiApplication.instance() is None:
        global _app  # keep it alive for the process
        _app = QApplication([])
    w, h = (size.width(), size.height()) if isinstance(size, QSize) else size
    image = QImage(int(w), int(h), QImage.Format.Format_ARGB32)
    palette = QGuiApplication.palette()
    image.fill(palette.color(QPalette.ColorRole.Base))
    painter = QPainter(image)
    paint_radar(
        painter,
        QRectF(0, 0, w, h),
        series,
        load_rubric(language),
        font=style.scaled_font(presentation),
        palette=palette,
        presentation=presentation,
    )
    painter.end()
    out = Path(path)
    if not image.save(str(out), "PNG"):
        raise OSError(f"cannot write {out}")
    return out


_app: QGuiApplication | None = None
