"""The overall verdict: band chip, incomplete marker, unverified assumptions, what-if, radar.

A pure view: the controller computes `evaluate()` / `what_if()` and passes the results in.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from feasibility_app.domain.factors import FACTOR_KEYS, Level
from feasibility_app.domain.radar import LEVEL_COLOURS
from feasibility_app.domain.rubric import load_rubric
from feasibility_app.domain.scoring import Verdict, WhatIf

from ..common import style
from ..common.formatting import score_text
from .radar_layout import SeriesSpec
from .radar_widget import RadarWidget

MAX_WHAT_IF_SENTENCES = 2


class VerdictPanel(QWidget):
    """Shows one Verdict with its what-if options and the radar of the series behind it."""

    def __init__(self, parent: QWidget | None = None, language: str = "en") -> None:
        super().__init__(parent)
        self._rubric = load_rubric(language)
        self._presentation = False
        self._verdict: Verdict | None = None
        self._what_ifs: list[WhatIf] = []

        self.title = QLabel(self)
        self.chip = QLabel(self)
        self.chip.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chip.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        # The verdict takes the focus (Tab from the last factor card), so a keyboard or screen
        # reader user hears it: the chip's name is the band, its description the whole verdict.
        self.chip.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.floor_note = style.wrapping_label(parent=self)
        self.incomplete = style.wrapping_label(parent=self)
        self.unverified_title = QLabel(self)
        self.unverified = style.wrapping_label(parent=self)
        self.what_if_title = QLabel(self)
        self.what_if = style.wrapping_label(parent=self)
        # Focusable (Tab after the band) without text interaction, which would make every
        # setText lay out a rich-text document: a level change must stay cheap.
        self.what_if.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.radar = RadarWidget(self, language)

        # The texts in one column; the radar under them (a column of the workspace), or beside
        # them (a band across a small or projected screen: see set_wide).
        self.text_column = QWidget(self)
        layout = QVBoxLayout(self.text_column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.chip)
        layout.addWidget(self.floor_note)
        layout.addWidget(self.incomplete)
        layout.addSpacing(4)
        layout.addWidget(self.unverified_title)
        layout.addWidget(self.unverified)
        layout.addSpacing(4)
        layout.addWidget(self.what_if_title)
        layout.addWidget(self.what_if)
        layout.addStretch(0)
        self._outer = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self._outer.setContentsMargins(8, 8, 8, 8)
        self._outer.setSpacing(6)
        self._outer.addWidget(self.text_column, 0)
        self._outer.addWidget(self.radar, 1)
        self._wide = False
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

        self._apply_style()
        self._retranslate()

    # --- public API ---------------------------------------------------------------

    def set_result(self, verdict: Verdict, what_ifs: Sequence[WhatIf], series: Sequence[SeriesSpec]) -> None:
        """Show `verdict`, the what-if options (most effective first) and the radar series."""
        self._verdict = verdict
        self._what_ifs = list(what_ifs)
        self.radar.set_series(series)
        self._show_result()

    def set_language(self, language: str) -> None:
        self._rubric = load_rubric(language)
        self.radar.set_language(language)
        self._retranslate()

    def set_presentation(self, on: bool) -> None:
        self._presentation = bool(on)
        self.radar.set_presentation(on)
        self._apply_style()
        self._show_result()

    def set_wide(self, on: bool) -> None:
        """Texts and radar side by side (a band across the window) or stacked (a column)."""
        self._wide = bool(on)
        self._outer.setDirection(
            QBoxLayout.Direction.LeftToRight if on else QBoxLayout.Direction.TopToBottom
        )
        self._outer.setStretch(0, 1 if on else 0)
        self._outer.setStretch(1, 1)

    def is_wide(self) -> bool:
        return self._wide

    def chip_text(self) -> str:
        return self.chip.text()

    def what_if_text(self) -> str:
        return self.what_if.text()

    # --- Qt -----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "radar"):
            self._retranslate()
        super().changeEvent(event)

    # --- internals ----------------------------------------------------------------

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Overall risk"))
        self.unverified_title.setText(self.tr("Unverified assumptions"))
        self.what_if_title.setText(self.tr("What would lower the risk most"))
        self._show_result()

    def _apply_style(self) -> None:
        p = self._presentation
        self.setFont(style.scaled_font(p))
        self.title.setFont(style.scaled_font(p, 1.1, bold=True))
        self.chip.setFont(style.scaled_font(p, 1.9, bold=True))
        for heading in (self.unverified_title, self.what_if_title):
            heading.setFont(style.scaled_font(p, 1.0, bold=True))
        # Widgets with a style sheet do not follow later font changes of their parent: set each.
        self.incomplete.setFont(style.scaled_font(p, 1.0, bold=True))
        self.floor_note.setFont(style.scaled_font(p, 1.0))
        self.what_if.setFont(style.scaled_font(p, 1.05))
        style.set_qss(self.incomplete, style.accent_box_qss(LEVEL_COLOURS["not_assessed"], p))
        style.set_qss(self.floor_note, style.accent_box_qss(LEVEL_COLOURS["critical"], p))
        style.set_qss(
            self.what_if, style.accent_box_qss(style.colour_css(style.focus_colour(self.palette())), p)
        )
        muted = style.muted_colour(self.palette(), p)
        style.set_label_colour(self.title, muted)

    def _label(self, key: str) -> str:
        return self._rubric.factor_label(key)

    def _band(self, level: Level) -> str:
        return self._rubric.level_label(level)

    def _show_result(self) -> None:
        v = self._verdict
        band = v.band if v is not None else Level.NOT_ASSESSED
        focus = 4 if self._presentation else 3
        style.set_qss(
            self.chip,
            style.chip_qss(band, self._presentation)
            + f" QLabel:focus {{ border: {focus}px solid palette(highlight); }}",
        )
        if v is None or v.score is None:
            chip = self._band(Level.NOT_ASSESSED).upper()
        else:
            chip = f"{self._band(band).upper()} · {score_text(v.score)}"
        self.chip.setText(chip)
        self.chip.setAccessibleName(self.tr("Overall risk: {band}").format(band=chip))

        # A critical factor cannot be averaged away.
        if v is not None and v.critical:
            names = ", ".join(self._label(k) for k in v.critical)
            if v.floored:
                text = self.tr("Raised to {band}: a critical risk cannot be averaged away ({factors}).")
                text = text.format(band=self._band(v.band), factors=names)
            else:
                text = self.tr("Critical: {factors}.").format(factors=names)
            self.floor_note.setText(text)
            self.floor_note.show()
        else:
            self.floor_note.hide()

        if v is not None and v.missing:
            n = len(v.missing)
            text = self.tr("Incomplete: %n of {total} factors not assessed", "", n).format(
                total=len(FACTOR_KEYS)
            )
            names = ", ".join(self._label(k) for k in v.missing)
            self.incomplete.setText(f"{text} ({names})" if n < len(FACTOR_KEYS) else text)
            self.incomplete.show()
        else:
            self.incomplete.hide()

        if v is not None and v.unverified:
            self.unverified.setText("\n".join(f"• {self._label(k)}" for k in v.unverified))
            self.unverified.setToolTip(
                self.tr("Low or moderate levels that rest on assumed, not verified, evidence.")
            )
            self.unverified_title.show()
            self.unverified.show()
        else:
            self.unverified_title.hide()
            self.unverified.hide()

        sentences = self._what_if_sentences()
        if len(sentences) > 1:
            sentences = [f"• {line}" for line in sentences]
        self.what_if.setText("\n".join(sentences))
        self.what_if_title.setVisible(bool(sentences))
        self.what_if.setVisible(bool(sentences))
        if self.what_if.accessibleName() != self.what_if_title.text():
            self.what_if.setAccessibleName(self.what_if_title.text())
        spoken = self.spoken_verdict()
        if self.chip.accessibleDescription() != spoken:
            self.chip.setAccessibleDescription(spoken)

    def spoken_verdict(self) -> str:
        """The verdict as one text for a screen reader: band, critical floor, gaps, what-if."""
        parts = [self.chip.accessibleName()]
        for label in (self.floor_note, self.incomplete):
            if not label.isHidden() and label.text():
                parts.append(label.text())
        if not self.unverified.isHidden() and self.unverified.text():
            names = ", ".join(line.lstrip("• ") for line in self.unverified.text().splitlines())
            parts.append(f"{self.unverified_title.text()}: {names}.")
        if not self.what_if.isHidden() and self.what_if.text():
            parts.append(f"{self.what_if_title.text()}: {self.what_if.text().replace(chr(10), ' ')}")
        return " ".join(parts)

    def _what_if_sentences(self) -> list[str]:
        v = self._verdict
        if v is None or not v.band.assessed:
            return []
        if not self._what_ifs:
            return [self.tr("Every assessed factor is already at Low: nothing left to mitigate.")]
        movers = [w for w in self._what_ifs if w.band_steps > 0][:MAX_WHAT_IF_SENTENCES]
        if movers:
            template = self.tr("Mitigating {factor} by one level would move the verdict from {from} to {to}.")
            return [
                template.format_map(
                    {
                        "factor": self._label(w.factor),
                        "from": self._band(w.before.band),
                        "to": self._band(w.after.band),
                    }
                )
                for w in movers
            ]
        # Nothing moves the band: name the option(s) that lower the score most (often a tie).
        best = self._what_ifs[0]
        tied = [w for w in self._what_ifs if abs(w.score_drop - best.score_drop) < 1e-9]
        values = {
            "band": self._band(best.before.band),
            "factor": self._label(best.factor),
            "factors": ", ".join(self._label(w.factor) for w in tied),
            "before": score_text(best.before.score),
            "after": score_text(best.after.score),
        }
        if len(tied) == 1:
            template = self.tr(
                "No single mitigation changes the verdict ({band}); mitigating {factor} lowers the score most, from {before} to {after}."  # noqa: E501
            )
        elif len(tied) == len(self._what_ifs):
            template = self.tr(
                "No single mitigation changes the verdict ({band}); mitigating any one factor by one level lowers the score from {before} to {after}."  # noqa: E501
            )
        else:
            template = self.tr(
                "No single mitigation changes the verdict ({band}); mitigating any one of {factors} lowers the score most, from {before} to {after}."  # noqa: E501
            )
        return [template.format(**values)]
