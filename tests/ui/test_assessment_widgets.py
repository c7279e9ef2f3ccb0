"""The assessment widgets: factor card, assessment panel, verdict panel, radar."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTranslator
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget

from feasibility_app.domain.factors import FACTOR_KEYS, Evidence, Level, Potential
from feasibility_app.domain.model import FactorScore, IrmPrecheck, Mitigation
from feasibility_app.domain.rubric import load_rubric
from feasibility_app.domain.scoring import evaluate, what_if
from feasibility_app.ui.assessment.assessment_panel import AssessmentPanel
from feasibility_app.ui.assessment.factor_card import FactorCard
from feasibility_app.ui.assessment.radar_painting import render_radar_png
from feasibility_app.ui.assessment.radar_widget import RadarWidget
from feasibility_app.ui.assessment.verdict_panel import VerdictPanel
from feasibility_app.ui.common.style import PRESENTATION_SCALE

pytestmark = pytest.mark.gui


EN = load_rubric("en")
ES = load_rubric("es")


@pytest.fixture
def card(qtbot):
    widget = FactorCard("budget")
    qtbot.addWidget(widget)
    widget.resize(640, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def panel(qtbot):
    widget = AssessmentPanel()
    qtbot.addWidget(widget)
    widget.resize(700, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _collect(signal) -> list[tuple]:
    got: list[tuple] = []
    signal.connect(lambda *args: got.append(args))
    return got


# --- FactorCard -------------------------------------------------------------------


def test_clicking_a_level_emits_the_new_score(qtbot, card):
    card.set_score(FactorScore(Level.MODERATE, Evidence.VERIFIED, "Staff can do it."))
    with qtbot.waitSignal(card.score_edited, timeout=1000) as blocker:
        qtbot.mouseClick(card.level_buttons[Level.HIGH], Qt.MouseButton.LeftButton)
    key, score = blocker.args
    assert key == "budget"
    assert score == FactorScore(Level.HIGH, Evidence.VERIFIED, "Staff can do it.")
    assert card.score() == score


def test_clicking_the_level_already_chosen_emits_nothing(qtbot, card):
    card.set_score(FactorScore(Level.LOW))
    with qtbot.assertNotEmitted(card.score_edited):
        qtbot.mouseClick(card.level_buttons[Level.LOW], Qt.MouseButton.LeftButton)


@pytest.mark.parametrize(
    ("digit", "level"),
    [("1", Level.LOW), ("2", Level.MODERATE), ("3", Level.HIGH), ("4", Level.CRITICAL)],
)
def test_digit_keys_set_the_level_of_the_focused_card(qtbot, card, digit, level):
    card.set_score(FactorScore(Level.NOT_ASSESSED))
    card.setFocus()
    got = _collect(card.score_edited)
    qtbot.keyClick(card, digit)
    assert card.level() is level
    assert card.level_buttons[level].isChecked()
    assert got == [("budget", FactorScore(level))]


def test_zero_clears_the_level_and_digits_reach_the_card_from_a_focused_button(qtbot, card):
    card.set_score(FactorScore(Level.HIGH))
    button = card.level_buttons[Level.LOW]
    button.setFocus()
    qtbot.keyClick(button, "4")
    assert card.level() is Level.CRITICAL
    qtbot.keyClick(button, "0")
    assert card.level() is Level.NOT_ASSESSED


def test_digits_typed_in_the_rationale_are_text_not_levels(qtbot, card):
    card.set_score(FactorScore(Level.LOW))
    card.rationale.setFocus()
    got = _collect(card.score_edited)
    qtbot.keyClicks(card.rationale, "2014")
    assert card.level() is Level.LOW
    assert card.score().rationale == "2014"
    assert got[-1] == ("budget", FactorScore(Level.LOW, rationale="2014"))


def test_set_score_shows_everything_without_emitting(qtbot, card):
    score = FactorScore(
        Level.CRITICAL,
        Evidence.VERIFIED,
        "No budget line covers field devices.",
        (Mitigation("Ask Finance for a budget line", "PGR", date(2014, 3, 31)),),
        consensus_note="agreed",
    )
    with qtbot.assertNotEmitted(card.score_edited):
        card.set_score(score)
        card.set_score(FactorScore())
        card.set_score(score)
    assert card.level_buttons[Level.CRITICAL].isChecked()
    assert card.evidence_buttons[Evidence.VERIFIED].isChecked()
    assert card.rationale.toPlainText() == "No budget line covers field devices."
    assert card.mitigations.rowCount() == 1
    assert card.mitigations.item(0, 2).text() == "2014-03-31"
    assert card.score() == score


def test_the_anchor_text_follows_the_level(qtbot, card):
    card.set_score(FactorScore(Level.LOW))
    assert EN.anchor("budget", Level.LOW) in card.anchor_text()
    qtbot.mouseClick(card.level_buttons[Level.CRITICAL], Qt.MouseButton.LeftButton)
    assert EN.anchor("budget", Level.CRITICAL) in card.anchor_text()
    assert EN.anchor("budget", Level.LOW) not in card.anchor_text()
    card.set_score(FactorScore(Level.NOT_ASSESSED))
    assert card.anchor_text()  # a prompt, not an empty box


def test_changing_the_level_does_not_move_the_layout(qtbot, card):
    card.set_score(FactorScore(Level.LOW))
    qtbot.wait(10)
    positions = set()
    for level in (Level.CRITICAL, Level.NOT_ASSESSED, Level.MODERATE, Level.HIGH, Level.LOW):
        qtbot.mouseClick(card.level_buttons[level], Qt.MouseButton.LeftButton)
        card.layout().activate()
        positions.add((card.rationale.y(), card.heightForWidth(card.width())))
    assert len(positions) == 1


def test_evidence_and_mitigation_edits_emit_domain_values(qtbot, card):
    card.set_score(FactorScore(Level.HIGH, Evidence.ASSUMED))
    got = _collect(card.score_edited)
    qtbot.mouseClick(card.evidence_buttons[Evidence.VERIFIED], Qt.MouseButton.LeftButton)
    assert got[-1][1].evidence is Evidence.VERIFIED

    card.add_mitigation()
    assert card.mitigations.rowCount() == 1
    assert len(got) == 1  # an empty row is not a mitigation yet
    card.mitigations.item(0, 0).setText("Publish what PGR already records")
    card.mitigations.item(0, 1).setText("PGR")
    card.mitigations.item(0, 2).setText("2014-06-30")
    assert got[-1][1].mitigations == (
        Mitigation("Publish what PGR already records", "PGR", date(2014, 6, 30)),
    )

    card.mitigations.selectRow(0)
    card.remove_selected_mitigations()
    assert got[-1][1].mitigations == ()


def test_invalid_due_dates_are_not_written(qtbot, card):
    from PySide6.QtWidgets import QLineEdit

    card.set_score(FactorScore(Level.HIGH, mitigations=(Mitigation("Act", "Me", date(2014, 1, 1)),)))
    index = card.mitigations.model().index(0, 2)
    editor = QLineEdit()
    editor.setText("2014-02-30")
    card._due_delegate.setModelData(editor, card.mitigations.model(), index)
    assert card.mitigations.item(0, 2).text() == "2014-01-01"
    editor.setText("2014-02-28")
    card._due_delegate.setModelData(editor, card.mitigations.model(), index)
    assert card.score().mitigations[0].due == date(2014, 2, 28)


def test_set_score_keeps_a_half_typed_mitigation_row(qtbot, card):
    card.set_score(FactorScore(Level.HIGH))
    card.add_mitigation()
    card.set_score(card.score())  # the controller echoes the value back
    assert card.mitigations.rowCount() == 1


def test_findings_badge(qtbot, card):
    card.set_findings_count(0)
    assert card.badge.isHidden()
    card.set_findings_count(3)
    assert not card.badge.isHidden()
    assert "3" in card.badge.text()


def test_read_only_card_ignores_clicks_and_digits(qtbot, card):
    card.set_score(FactorScore(Level.LOW))
    card.set_read_only(True)
    card.setFocus()
    with qtbot.assertNotEmitted(card.score_edited):
        qtbot.keyClick(card, "4")
        qtbot.mouseClick(card.level_buttons[Level.CRITICAL], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(card.evidence_buttons[Evidence.VERIFIED], Qt.MouseButton.LeftButton)
        card.evidence_buttons[Evidence.VERIFIED].click()
    assert card.level() is Level.LOW
    assert card.score().evidence is Evidence.ASSUMED
    assert card.evidence_buttons[Evidence.ASSUMED].isChecked()
    assert card.evidence_buttons[Evidence.ASSUMED].isEnabled()  # legible, not greyed out
    assert card.rationale.isReadOnly()


def test_presentation_enlarges_fonts(qtbot, card):
    normal = card.title.font().pointSizeF()
    button = card.level_buttons[Level.LOW].font().pointSizeF()
    card.set_presentation(True)
    assert card.title.font().pointSizeF() == pytest.approx(normal * PRESENTATION_SCALE, rel=0.05)
    assert card.level_buttons[Level.LOW].font().pointSizeF() == pytest.approx(
        button * PRESENTATION_SCALE, rel=0.05
    )
    card.set_presentation(False)
    assert card.title.font().pointSizeF() == pytest.approx(normal)


def test_focus_within_highlights_the_card(qtbot, card):
    card.activateWindow()
    qtbot.waitUntil(lambda: card.isActiveWindow(), timeout=1000)
    card.rationale.setFocus()
    qtbot.waitUntil(card.is_active, timeout=1000)


def test_destroyed_cards_do_not_break_focus_tracking(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    doomed = FactorCard("data_availability", host)
    doomed.setParent(None)
    doomed.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    other = FactorCard("budget")
    qtbot.addWidget(other)
    other.show()
    other.rationale.setFocus()  # emits focusChanged to every connected card


# --- AssessmentPanel --------------------------------------------------------------


def test_panel_forwards_score_and_irm_edits(qtbot, panel):
    panel.set_assessment({"budget": FactorScore(Level.LOW)}, IrmPrecheck())
    with qtbot.waitSignal(panel.score_edited, timeout=1000) as blocker:
        qtbot.mouseClick(panel.card("budget").level_buttons[Level.HIGH], Qt.MouseButton.LeftButton)
    assert blocker.args == ["budget", FactorScore(Level.HIGH)]

    box = panel.irm_box
    with qtbot.waitSignal(panel.irm_edited, timeout=1000) as blocker:
        qtbot.mouseClick(box.verifiable_buttons[True], Qt.MouseButton.LeftButton)
    assert blocker.args[0] == IrmPrecheck(verifiable=True)
    got = _collect(panel.irm_edited)
    box.value_boxes["accountability"].click()
    box.potential.setCurrentIndex(2)
    box.potential.activated.emit(2)
    assert got[-1][0] == IrmPrecheck(True, ("accountability",), "", Potential.SUBSTANTIAL)


def test_set_assessment_does_not_emit(qtbot, panel):
    scores = {key: FactorScore(Level.MODERATE, rationale=key) for key in FACTOR_KEYS}
    irm = IrmPrecheck(False, ("transparency",), "Public data", Potential.MODEST)
    with qtbot.assertNotEmitted(panel.score_edited), qtbot.assertNotEmitted(panel.irm_edited):
        panel.set_assessment(scores, irm)
    assert panel.scores() == scores
    assert panel.irm() == irm
    assert panel.irm_box.potential_help.text().endswith(EN.potential_help(Potential.MODEST))


def test_focus_navigation(qtbot, panel):
    panel.activateWindow()
    panel.focus_factor(2)
    assert panel.current_factor_index() == 2
    assert panel.cards[2].is_active()
    panel.focus_next_factor()
    assert panel.current_factor_index() == 3
    panel.focus_previous_factor()
    panel.focus_previous_factor()
    assert panel.current_factor_index() == 1
    panel.focus_factor(99)
    assert panel.current_factor_index() == 5
    panel.focus_next_factor()
    assert panel.current_factor_index() == 5
    panel.focus_factor(-3)
    assert panel.current_factor_index() == 0


def test_digits_go_to_the_focused_card_in_the_panel(qtbot, panel):
    panel.activateWindow()
    panel.focus_factor(4)
    got = _collect(panel.score_edited)
    qtbot.keyClick(panel.cards[4], "3")
    assert got == [("budget", FactorScore(Level.HIGH))]


def test_findings_counts_and_assessor_header(qtbot, panel):
    panel.set_findings_counts({"data_availability": 2})
    assert not panel.card("data_availability").badge.isHidden()
    assert panel.card("budget").badge.isHidden()
    panel.set_assessor("Artículo 19", "Civil society")
    assert "Artículo 19" in panel.header.text()
    assert "Civil society" in panel.header.text()
    panel.set_read_only(True)
    assert all(card.is_read_only() for card in panel.cards)


def test_spanish_labels(qtbot, panel):
    panel.set_language("es")
    for key in FACTOR_KEYS:
        card = panel.card(key)
        assert card.title.text() == ES.factor_label(key)
        assert card.question.text() == ES.question(key)
    assert panel.card("budget").level_buttons[Level.LOW].text() == ES.level_label(Level.LOW)
    assert panel.irm_box.value_boxes["accountability"].text() == ES.value_label("accountability")
    panel.set_language("en")
    assert panel.card("budget").title.text() == EN.factor_label("budget")


class _ShoutingTranslator(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):
        if context in ("FactorCard", "AssessmentPanel", "VerdictPanel"):
            return f"XX {source}"
        return None

    def isEmpty(self):  # an "empty" translator is never installed
        return False


def test_language_change_event_retranslates(qtbot, panel):
    translator = _ShoutingTranslator()
    QCoreApplication.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: panel.card("budget").rationale_caption.text().startswith("XX"), timeout=1000)
        assert panel.hint.text().startswith("XX")
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: panel.card("budget").rationale_caption.text() == "Rationale", timeout=1000)


# --- VerdictPanel and radar -------------------------------------------------------


def _levels(**kw: Level) -> dict[str, Level]:
    levels = {key: Level.MODERATE for key in FACTOR_KEYS}
    levels.update(kw)
    return levels


def test_verdict_panel_shows_band_and_what_if(qtbot):
    panel = VerdictPanel()
    qtbot.addWidget(panel)
    levels = _levels(budget=Level.CRITICAL)  # mean 2.33 (moderate), floored to high
    verdict = evaluate(levels)
    options = what_if(levels)
    panel.set_result(verdict, options, [("Government", levels, "#0072B2")])
    assert panel.chip_text() == "HIGH · 2.33"
    assert not panel.floor_note.isHidden()
    sentence = (
        "Mitigating Budget and technical capacity by one level would move the verdict from High to Moderate."
    )
    assert panel.what_if_text().splitlines()[0] == sentence
    assert panel.incomplete.isHidden()
    assert not panel.unverified.isHidden()  # moderate levels on assumed evidence


def test_verdict_panel_incomplete_and_no_band_change(qtbot):
    panel = VerdictPanel()
    qtbot.addWidget(panel)
    levels = _levels(budget=Level.NOT_ASSESSED, data_availability=Level.NOT_ASSESSED)
    panel.set_result(evaluate(levels), what_if(levels), [])
    assert panel.chip_text() == "MODERATE · 2.00"
    assert not panel.incomplete.isHidden()
    assert "2 of 6" in panel.incomplete.text()
    assert EN.factor_label("budget") in panel.incomplete.text()
    assert "any one factor" in panel.what_if_text()

    panel.set_result(evaluate({}), [], [])
    assert panel.chip_text() == EN.level_label(Level.NOT_ASSESSED).upper()
    assert panel.what_if.isHidden()


def test_verdict_panel_in_spanish(qtbot):
    panel = VerdictPanel()
    qtbot.addWidget(panel)
    levels = _levels(budget=Level.CRITICAL)
    panel.set_result(evaluate(levels), what_if(levels), [])
    panel.set_language("es")
    assert panel.chip_text().startswith(ES.level_label(Level.HIGH).upper())
    assert ES.factor_label("budget") in panel.what_if_text()


def test_radar_renders_a_png(tmp_path):
    a = _levels(budget=Level.CRITICAL, cso_cooperation=Level.NOT_ASSESSED)
    b = _levels(political_will=Level.LOW)
    path = render_radar_png(
        [("Gov", a, "#0072B2"), ("CSO", b, "#D55E00")], tmp_path / "radar.png", (320, 300)
    )
    image = QImage(str(path))
    assert (image.width(), image.height()) == (320, 300)
    background = image.pixelColor(0, 0)
    different = 0
    blue = 0
    for y in range(0, 300, 2):
        for x in range(0, 320, 2):
            c = image.pixelColor(x, y)
            if c != background:
                different += 1
            if c.blue() > c.red() + 40:
                blue += 1
    assert different > 1000
    assert blue > 50  # the first series' translucent fill


def test_radar_widget_paints_and_describes(qtbot):
    radar = RadarWidget()
    qtbot.addWidget(radar)
    radar.resize(radar.sizeHint())
    radar.set_series([("Consensus", _levels(budget=Level.HIGH), "#009E73")])
    image = radar.grab().toImage()
    colours = {
        image.pixelColor(x, y).name() for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)
    }
    assert len(colours) > 10
    assert "Budget: High" in radar.accessibleDescription()
    radar.set_language("es")
    assert "Presupuesto: Alto" in radar.accessibleDescription()
    assert QColor("#009E73").isValid()


def test_scores_follow_the_locale(qtbot):
    from PySide6.QtCore import QLocale

    from feasibility_app.ui.common.formatting import score_text

    previous = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Spanish, QLocale.Spain))
        assert score_text(2.8333) == "2,83"
        QLocale.setDefault(QLocale(QLocale.Spanish, QLocale.Mexico))
        assert score_text(2.8333) == "2.83"  # Mexico writes a decimal point
        QLocale.setDefault(QLocale(QLocale.Portuguese, QLocale.Brazil))
        assert score_text(3.5) == "3,50"
        QLocale.setDefault(QLocale(QLocale.English, QLocale.UnitedStates))
        assert score_text(3.5) == "3.50" and score_text(None) == "–"
    finally:
        QLocale.setDefault(previous)


def test_long_party_names_keep_the_radar_legend_to_one_row(qtbot):
    """Per-party series carry long party names; flowed in full they stacked three legend rows
    under the chart and took its height (hexagon 98 px instead of 134 at 1280×800)."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QFont, QFontMetricsF

    from feasibility_app.domain.factors import FACTOR_KEYS, Level
    from feasibility_app.domain.rubric import load_rubric
    from feasibility_app.ui.assessment.radar_layout import radar_layout

    names = [
        "Government (Office of the President, National Digital Strategy)",
        "CSO core group (Núcleo de Organizaciones de la Sociedad Civil) (2)",
        "Transparency institute (IFAI, now INAI)",
    ]
    colours = ("#1f77b4", "#d62728", "#2ca02c")
    series = [(n, {k: Level.MODERATE for k in FACTOR_KEYS}, c) for n, c in zip(names, colours, strict=True)]
    font = QFont()
    font.setPointSizeF(9.0)
    fm = QFontMetricsF(font)
    layout = radar_layout(QRectF(0, 0, 504, 214), series, load_rubric("en"), font=font)
    assert len(layout.legend_rows) == 1
    for (index, _w), shown, full in zip(layout.legend_rows[0], layout.legend_names, names, strict=True):
        assert index == names.index(full)
        assert shown == full or shown.endswith("…")
        assert fm.horizontalAdvance(shown) >= 12 * fm.averageCharWidth() - 1  # still readable
    assert sum(w for _i, w in layout.legend_rows[0]) <= 504
    # Short names are shown whole.
    short = [("Artículo 19", s[1], s[2]) for s in series[:1]] + [("PGR", series[1][1], series[1][2])]
    assert radar_layout(QRectF(0, 0, 504, 214), short, load_rubric("en"), font=font).legend_names == [
        "Artículo 19",
        "PGR",
    ]
