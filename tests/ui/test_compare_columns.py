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
