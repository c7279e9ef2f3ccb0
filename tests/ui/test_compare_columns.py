"""Compare column headers with long party names: wrapped, elided in the middle, whole in the
tooltip; the notes column keeps room to write at a 1024-px window, without a sideways scroll."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication

from feasibility_app.domain.factors import Role
from feasibility_app.domain.model import Party
from feasibility_app.ui.parties.compare_columns import NOTE_CHARS, PartyHeader, fit_name
from feasibility_app.ui.parties.compare_view import CompareView

from .test_party_views import LEVELS, assessment

pytestmark = pytest.mark.gui

SCT = "Secretaría de Comunicaciones y Transportes (SCT)"
COALITION = "Núcleo de Organizaciones de la Sociedad Civil por la Transparencia y la Rendición de Cuentas"
PARTIES = (
    Party("p-gov", "plan", SCT, Role.GOVERNMENT),
    Party("p-cso", "plan", COALITION, Role.CIVIL_SOCIETY),
    Party("p-ifai", "plan", "IFAI", Role.GUARANTOR),
)


def test_a_long_name_wraps_then_elides_in_the_middle():
    fm = QFontMetrics(QFont())
    room = fm.horizontalAdvance("Secretaría de Comunica")
    lines = fit_name(SCT, fm, room)
    assert len(lines) == 2
    assert all(fm.horizontalAdvance(line) <= room for line in lines)
    assert lines[0].startswith("Secretaría")  # the start whole, on the first line
    assert lines[1].endswith("(SCT)") and "…" in lines[1]  # the acronym at the end kept
    assert fit_name("IFAI", fm, room) == ["IFAI"]
    # a first word wider than the column is elided, never cut
    assert all(fm.horizontalAdvance(line) <= 40 for line in fit_name("Transparencia institucional", fm, 40))


@pytest.fixture
def compare(qtbot):
    parties = {p.role: p for p in PARTIES}
    assessments = [
        assessment(name, role, levels, i, party_id=parties[role].id)
        for i, ((name, role), levels) in enumerate(LEVELS.items())
    ]
    view = CompareView()
    qtbot.addWidget(view)
    view.set_data(assessments, None, "rev1", "en", PARTIES)
    view.resize(1000, 640)  # the Compare tab of a 1024×768 window
    view.show()
    qtbot.waitExposed(view)
    QApplication.processEvents()
    return view


def test_party_headers_fit_their_columns_with_the_whole_name_in_the_tooltip(compare):
    header = compare.table.horizontalHeader()
    assert isinstance(header, PartyHeader)
    m = compare.model
    fm = header.fontMetrics()
    for c, party in enumerate(PARTIES):
        width = header.sectionSize(c)
        lines = header.section_lines(c, width)
        assert lines, c
        assert all(fm.horizontalAdvance(line) < width for line in lines), (c, width, lines)
        assert party.name in m.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    sct = header.section_lines(0, header.sectionSize(0))
    assert sct[0].startswith("Secretaría") and "(SCT)" in " ".join(sct)  # read from both ends
    assert header.section_lines(m.spread_column, 80) is None  # other columns are Qt's own


def test_the_notes_column_keeps_a_usable_width_without_a_sideways_scroll(compare):
    m, t = compare.model, compare.table
    notes = t.columnWidth(m.note_column)
    assert notes >= t.fontMetrics().averageCharWidth() * NOTE_CHARS - 1, notes
    total = sum(t.columnWidth(c) for c in range(m.columnCount()))
    assert total <= t.viewport().width(), (total, t.viewport().width())
    assert not t.horizontalScrollBar().isVisible()
    # narrower party columns wrap their cells rather than cut a word
    for c in range(m.party_count):
        for r in range(m.rowCount()):
            for word in str(m.index(r, c).data()).split():
                font = QFont(t.font())
                font.setBold(True)
                assert QFontMetrics(font).horizontalAdvance(word) < t.columnWidth(c), (word, c)


def test_the_legend_scrolls_rather_than_overlap_when_the_view_is_short(compare):
    """Presentation mode at 768 px squeezed the texts beside the chart until their lines were
    drawn over each other; now they keep their height and scroll."""
    font = QFont(compare.font())
    font.setPointSizeF(font.pointSizeF() * 1.4)
    compare.setFont(font)
    compare.resize(1000, 460)
    QApplication.processEvents()
    legend, consensus = compare.legend_label, compare.consensus_label
    assert consensus.text() and legend.text()
    assert legend.height() >= legend.heightForWidth(legend.width()), legend.height()
    assert consensus.height() >= consensus.heightForWidth(consensus.width())
    assert consensus.geometry().bottom() < legend.geometry().top()


def test_spread_folds_into_the_discuss_tooltip_where_the_columns_do_not_fit(compare):
    """Presenting at a 1024-px window, nine columns scrolled sideways and left the notes 13
    characters: Spread folds away (its number stays in the Discuss cell's tooltip), with the
    table's text at 1.2× (compare_bar.table_scale)."""
    m, t = compare.model, compare.table
    assert not t.isColumnHidden(m.spread_column)  # at a desk size it is shown
    font = QFont(compare.font())
    font.setPointSizeF(font.pointSizeF() * 1.2)
    compare.setFont(font)
    compare.resize(1000, 640)
    QApplication.processEvents()
    assert t.isColumnHidden(m.spread_column)
    assert not t.horizontalScrollBar().isVisible()
    total = sum(t.columnWidth(c) for c in range(m.columnCount()))
    assert total <= t.viewport().width(), (total, t.viewport().width())
    assert t.columnWidth(m.note_column) >= t.fontMetrics().averageCharWidth() * 20
    for r, row in enumerate(m.comparison.rows):
        tip = m.index(r, m.discuss_column).data(Qt.ItemDataRole.ToolTipRole)
        assert f"Levels between the parties: {row.spread}" in tip, tip
        assert ("discuss before agreeing" in tip) == row.discuss
    compare.setFont(QFont())
    compare.resize(1400, 640)
    QApplication.processEvents()
    assert not t.isColumnHidden(m.spread_column) and t.columnWidth(m.spread_column) >= 56


def test_presenting_on_a_short_window_folds_the_chart_behind_its_toggle(compare):
    """At 1024×768 presenting, Record and Lock were ~70 px below the fold: they sit in a bar
    under the table, and the chart strip folds behind a toggle; the table's text is 1.2×."""
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    window = QWidget()
    QVBoxLayout(window).addWidget(compare)
    try:
        _fold_and_unfold(compare, window)
    finally:
        compare.setParent(None)  # the fixture's view outlives `window`


def _fold_and_unfold(compare, window) -> None:
    window.resize(1024, 700)
    window.show()
    QApplication.processEvents()
    assert compare.lower.isVisible() and not compare.bar.chart_button.isVisible()
    font = QFont(compare.font())
    font.setPointSizeF(font.pointSizeF() * 1.4)
    compare.setFont(font)
    compare.set_presenting(True)
    QApplication.processEvents()
    assert not compare.lower.isVisible() and compare.bar.chart_button.isVisible()
    assert compare.table.font().pointSizeF() == pytest.approx(font.pointSizeF() * 1.2 / 1.4)
    assert compare.record_button.isVisible() and compare.lock_button.isVisible()
    rows = compare.table.minimumHeight()
    compare.bar.chart_button.click()  # the facilitator shows the chart: the table scrolls instead
    QApplication.processEvents()
    assert compare.lower.isVisible() and compare.table.minimumHeight() < rows
    compare.bar.chart_button.click()
    assert not compare.lower.isVisible()
    window.resize(1600, 1000)  # a tall, wide screen: the chart stays, the table at 1.4×
    QApplication.processEvents()
    assert compare.lower.isVisible() and not compare.bar.chart_button.isVisible()
    assert compare.table.font().pointSizeF() == pytest.approx(font.pointSizeF())
    compare.set_presenting(False)
    window.resize(1024, 700)
    QApplication.processEvents()
    assert compare.lower.isVisible() and not compare.bar.chart_button.isVisible()


def test_the_agreed_boxes_list_levels_in_the_chosen_language(compare):
    from feasibility_app.domain.rubric import load_rubric

    compare.set_language("es")
    QApplication.processEvents()
    m = compare.model
    combo = compare.table.indexWidget(m.index(0, m.agreed_column))
    shown = [combo.itemText(i) for i in range(combo.count())]
    rubric = load_rubric("es")
    assert shown == [rubric.level_label(value) for value, _label, _colour in m.level_items()]
    assert "Crítico" in shown and "Critical" not in shown


def test_every_fixed_column_title_fits_after_a_language_change(compare):
    """'Spread' became 'Dispersión' (cut to 'Dispersió') when the column kept its English width."""
    for language in ("es", "pt", "en"):
        compare.set_language(language)
        QApplication.processEvents()
        m = compare.model
        header = compare.table.horizontalHeader()
        fm = header.fontMetrics()
        for c in range(m.party_count, m.columnCount()):
            if compare.table.isColumnHidden(c) or c == m.note_column:
                continue
            title = str(m.headerData(c, Qt.Orientation.Horizontal) or "")
            assert fm.horizontalAdvance(title) + 8 <= header.sectionSize(c), (language, title)
