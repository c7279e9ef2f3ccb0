"""The six-factor risk radar widget; layout and painting live in radar_layout and radar_painting."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from feasibility_app.domain.factors import FACTOR_KEYS, Level
from feasibility_app.domain.rubric import load_rubric

from ..common import style
from .radar_layout import SeriesSpec, _Layout, _normalised, radar_layout
from .radar_painting import paint_radar


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

