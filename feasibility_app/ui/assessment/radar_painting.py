"""Painting the radar with QPainter (widget, PNG), from the geometry the PDF also uses."""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, QSizeF, Qt
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
from PySide6.QtWidgets import QApplication

from feasibility_app.domain.radar import RadarGeometry
from feasibility_app.domain.rubric import Rubric, load_rubric

from ..common import style
from .radar_layout import _PAD, SeriesSpec, _normalised, radar_layout


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
            name, colour = layout.legend_names[index], data[index][2]
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
