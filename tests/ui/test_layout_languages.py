"""No clipped or overlapping text in es and pt, normal and presentation mode (measured, not pixels)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, QSettings, Qt
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QApplication, QStyle

from feasibility_app.domain.factors import FACTOR_KEYS, Level
from feasibility_app.domain.model import FactorScore
from feasibility_app.domain.scoring import evaluate, what_if
from feasibility_app.ui.assessment.assessment_panel import AssessmentPanel
from feasibility_app.ui.assessment.factor_card import LEVEL_ORDER
from feasibility_app.ui.assessment.verdict_panel import VerdictPanel
from feasibility_app.ui.common.i18n import LanguageManager
from feasibility_app.ui.common.style import scaled_font
from feasibility_app.ui.parties.compare_view import CompareView

pytestmark = pytest.mark.gui

LANGUAGES = ("en", "es", "pt")

# Width the main window gives the verdict panel at 1280×800 (MainWindow.fit_panes).
VERDICT_WIDTH = {False: 260, True: 322}


def _three_parties() -> list:
    high = {k: Level.HIGH for k in FACTOR_KEYS}
    mixed = {k: (Level.CRITICAL if i % 2 else Level.MODERATE) for i, k in enumerate(FACTOR_KEYS)}
    low = {k: Level.LOW for k in FACTOR_KEYS}
    return [
        ("PGR open government unit", high, "#0072B2"),
        ("Artículo 19", mixed, "#D55E00"),
        ("IFAI technical secretariat", low, "#009E73"),
    ]


# --- 1. radar labels ---------------------------------------------------------------


@pytest.mark.parametrize("presentation", [False, True])
@pytest.mark.parametrize("language", LANGUAGES)
def test_radar_labels_do_not_overlap_at_the_verdict_panel_width(qtbot, language, presentation):
    panel = VerdictPanel()
    qtbot.addWidget(panel)
    try:
        panel.set_language(language)
        panel.set_presentation(presentation)
        series = _three_parties()
        levels = series[1][1]
        panel.set_result(evaluate(levels), what_if(levels), series)
        panel.resize(VERDICT_WIDTH[presentation], 700)
        panel.show()
        qtbot.waitExposed(panel)

        radar = panel.radar
        rects = radar.label_rects()
        assert set(rects) == set(FACTOR_KEYS)
        boxes = list(rects.values())
        for i, a in enumerate(boxes):
            for b in boxes[i + 1 :]:
                assert not a.intersects(b), (language, presentation, a, b)
        area = QRectF(radar.rect())
        for box in boxes:
            assert area.contains(box), (language, presentation, box, area)
        # The chart keeps a readable size rather than shrinking to a dot (it was 25 px in es).
        assert radar.chart_radius() >= 35, (language, presentation, radar.chart_radius())
    finally:
        panel.set_language("en")
        panel.set_presentation(False)


# --- 2. level description box of the factor cards -----------------------------------

# Width the main window gives the assessment panel at 1280×800 (MainWindow.fit_panes).
ASSESSMENT_WIDTH = {False: 470, True: 590}


def _settle(qtbot) -> None:
    QApplication.processEvents()
    qtbot.wait(5)
    QApplication.processEvents()


@pytest.mark.parametrize("presentation", [False, True])
@pytest.mark.parametrize("language", ("es", "pt"))
def test_level_description_fits_its_box_and_never_covers_the_evidence_row(qtbot, language, presentation):
    panel = AssessmentPanel()
    qtbot.addWidget(panel)
    try:
        panel.set_language(language)
        panel.set_presentation(presentation)
        panel.resize(ASSESSMENT_WIDTH[presentation], 800)
        panel.show()
        qtbot.waitExposed(panel)
        _settle(qtbot)
        for card in panel.cards:
            boxes = set()
            for level in LEVEL_ORDER:
                card.set_score(FactorScore(level))
                _settle(qtbot)
                anchor = card.anchor
                inner = anchor.contentsRect()
                fm = QFontMetricsF(anchor.font())
                text = fm.boundingRect(
                    QRectF(0, 0, inner.width(), 100000), int(Qt.TextFlag.TextWordWrap), anchor.text()
                )
                assert inner.height() >= text.height(), (card.factor_key, level, inner, text)
                bottom = anchor.geometry().y() + anchor.geometry().height()
                row_top = min(
                    w.geometry().y() for w in (card.evidence_caption, *card.evidence_buttons.values())
                )
                assert row_top >= bottom, (card.factor_key, level, row_top, bottom)
                boxes.add(anchor.geometry().getRect())
            # Changing the level moves nothing.
            assert len(boxes) == 1, (card.factor_key, boxes)
    finally:
        panel.set_language("en")
        panel.set_presentation(False)


# --- 3. compare table: the "How it was agreed" notes --------------------------------


def _compare_assessments() -> list:
    from datetime import UTC, datetime, timedelta

    from feasibility_app.domain.factors import Evidence, Role
    from feasibility_app.domain.model import Assessment

    h, m, c, low = Level.HIGH, Level.MODERATE, Level.CRITICAL, Level.LOW
    parties = {
        ("PGR open government unit", Role.GOVERNMENT): (h, c, low, h, h, h),
        ("Artículo 19", Role.CIVIL_SOCIETY): (m, h, c, c, m, c),
        ("IFAI technical secretariat", Role.GUARANTOR): (h, c, h, c, h, h),
    }
    t0 = datetime(2013, 10, 15, 12, 0, tzinfo=UTC)
    return [
        Assessment(
            id=f"a{i}",
            commitment_id="c1",
            revision_id="rev1",
            assessor=name,
            role=role,
            created_at=t0 + timedelta(minutes=i),
            scores={k: FactorScore(lv, Evidence.VERIFIED) for k, lv in zip(FACTOR_KEYS, levels, strict=True)},
        )
        for i, ((name, role), levels) in enumerate(parties.items())
    ]


@pytest.mark.parametrize("presentation", [False, True])
@pytest.mark.parametrize("language", LANGUAGES)
def test_compare_notes_wrap_whole_and_give_the_full_text_as_tooltip(qtbot, tmp_path, language, presentation):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    manager = LanguageManager(settings, restore=False)
    view = CompareView()
    qtbot.addWidget(view)
    try:
        manager.set_language(language, remember=False)
        if presentation:
            view.setFont(scaled_font(True))
        view.set_data(_compare_assessments(), None, "rev1", language)
        view.resize(1260 if presentation else 1000, 800)
        view.show()
        qtbot.waitExposed(view)
        _settle(qtbot)

        m, t = view.model, view.table
        # blocks stand: a note is needed only where the forum agrees below a block
        for r, key in enumerate(FACTOR_KEYS):
            if view.comparison.row(key).blocked:
                m.setData(m.index(r, m.agreed_column), "moderate")
        _settle(qtbot)
        column = m.note_column
        needed = [r for r in range(m.rowCount()) if m.note_needed(FACTOR_KEYS[r])]
        assert needed
        for r in needed:
            index = m.index(r, column)
            text = index.data()
            assert text and index.data(Qt.ItemDataRole.ToolTipRole).startswith(text)
            font = QFont(t.font())
            font.setItalic(True)
            margin = t.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, t) + 1
            width = t.columnWidth(column) - 2 * margin  # as the delegate lays the text out
            box = QFontMetricsF(font).boundingRect(
                QRectF(0, 0, width, 100000), int(Qt.TextFlag.TextWordWrap), text
            )
            assert t.rowHeight(r) >= box.height(), (r, t.rowHeight(r), box.height(), text)
    finally:
        manager.set_language("en", remember=False)


# --- 4. findings list: two-line factor labels ---------------------------------------


@pytest.mark.parametrize("presentation", [False, True])
@pytest.mark.parametrize("language", LANGUAGES)
def test_findings_rows_are_as_tall_as_their_wrapped_factor_label(qtbot, language, presentation):
    from feasibility_app.domain.wording import Finding
    from feasibility_app.ui.commitment.findings_list import FindingDelegate, FindingsList

    lst = FindingsList()
    qtbot.addWidget(lst)
    lst.set_presentation(presentation, scaled_font(True) if presentation else None)
    message = "A new system, registry or platform must be built and maintained, not just published."
    findings = [
        Finding(f"r{i}", key, "medium", "open registry", 0, 13, message) for i, key in enumerate(FACTOR_KEYS)
    ]
    lst.set_findings(findings, language)
    lst.resize(330, 900)
    lst.show()
    qtbot.waitExposed(lst)
    _settle(qtbot)

    view, model, d = lst.view, lst.model, lst.delegate
    font = view.font()
    bold = QFont(font)
    bold.setBold(True)
    fm, bfm = QFontMetricsF(font), QFontMetricsF(bold)
    width = view.viewport().width() - 2 * FindingDelegate.PAD
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        chip = d._chip_size(font, model.severity_label("medium"))
        label_width = width - chip.width() - FindingDelegate.GAP
        label = bfm.boundingRect(
            QRectF(0, 0, label_width, 100000),
            int(Qt.TextFlag.TextWordWrap),
            model.factor_label(FACTOR_KEYS[row]),
        )
        body = fm.boundingRect(QRectF(0, 0, width, 100000), int(Qt.TextFlag.TextWordWrap), message)
        needed = 2 * FindingDelegate.PAD + max(chip.height(), label.height()) + fm.height() + body.height()
        assert view.visualRect(index).height() >= needed, (row, view.visualRect(index).height(), needed)
