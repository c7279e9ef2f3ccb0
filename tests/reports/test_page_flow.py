"""The report's page flow: Letter and A4, no lone heading, no split box, whole header words,
big portfolio counts clear of their labels."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.platypus import Paragraph, Spacer

from feasibility_app.cli import main as cli_main
from feasibility_app.reports.commitment_report import write_commitment_report
from feasibility_app.reports.flow import fitting_header, guard_headings
from feasibility_app.reports.layout import (
    CONTENT_WIDTH,
    Metadata,
    PageFurniture,
    build_pdf,
    callout,
    grid_table,
    styles,
)
from feasibility_app.reports.plan_report import write_plan_report

from .helpers import read_pdf


def _size(pdf) -> tuple[float, float]:
    box = pdf.reader.pages[0].mediabox
    return float(box.width), float(box.height)


def test_the_mexican_sample_plan_prints_on_letter_and_a4_when_asked(repo, detained_id, tmp_path):
    out = write_commitment_report(repo, detained_id, tmp_path / "c.pdf", "es")
    assert _size(read_pdf(out)) == pytest.approx(LETTER, abs=0.5)
    out = write_commitment_report(repo, detained_id, tmp_path / "a4.pdf", "es", paper="a4")
    pdf = read_pdf(out)
    assert _size(pdf) == pytest.approx(A4, abs=0.5)
    assert "página 1 de" in pdf.pages[0]  # the footer is on the page


def test_plan_of_an_a4_country_and_the_cli_paper_option(repo, sample_plan, tmp_path, monkeypatch):
    from dataclasses import replace

    brazil = replace(sample_plan, country="Brasil")
    monkeypatch.setattr(type(repo), "plan", lambda self, pid: brazil)
    out = write_plan_report(repo, sample_plan.id, tmp_path / "p.pdf", "pt", region="US")
    assert _size(read_pdf(out)) == pytest.approx(A4, abs=0.5)
    out = write_plan_report(repo, sample_plan.id, tmp_path / "l.pdf", "pt", paper="letter")
    assert _size(read_pdf(out)) == pytest.approx(LETTER, abs=0.5)


def test_cli_paper_option(repo, detained_id, tmp_path):
    db = tmp_path / "t.db"  # the repo fixture's file
    out = tmp_path / "r.pdf"
    assert cli_main(["--db", str(db), "report", detained_id[:8], "-o", str(out), "--paper", "a4"]) == 0
    assert _size(read_pdf(out)) == pytest.approx(A4, abs=0.5)


def _filler(height: float) -> list:
    return [Spacer(CONTENT_WIDTH, height)]


def _build(story: list, paper: str = "a4") -> PdfReader:
    buf = io.BytesIO()
    build_pdf(
        story,
        buf,
        Metadata("t", "s", (), "en"),
        PageFurniture("label", "fp", "page {page} of {pages}"),
        paper=paper,
    )
    return PdfReader(io.BytesIO(buf.getvalue()))


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_a_heading_near_the_foot_of_a_page_moves_with_what_it_introduces(paper):
    st = styles()
    frame = (A4 if paper == "a4" else LETTER)[1] - 34 * 2.835
    rows = [["Phrase", "Question"]] + [[f"row {i}", "What to ask " * 4] for i in range(30)]
    for room in (10, 30, 50, 70):  # space left on page 1 under the filler
        story = [
            *_filler(frame - room - 20),
            Paragraph("Wording findings", st.h2),
            Paragraph("Phrases of the draft.", st.small),
            grid_table([[Paragraph(c, st.cell) for c in r] for r in rows], [100, CONTENT_WIDTH - 100]),
        ]
        pages = [p.extract_text() for p in _build(story, paper).pages]
        where = next(i for i, t in enumerate(pages) if "Wording findings" in t)
        assert "row 0" in pages[where], (paper, room, pages[where][:200])
        assert "Phrases of the draft." in pages[where]


def test_guard_headings_puts_a_conditional_break_before_each_heading():
    from reportlab.platypus import CondPageBreak

    st = styles()
    story = [Paragraph("A", st.h2), Paragraph("intro", st.small), Spacer(1, 4), Paragraph("body", st.body)]
    out = guard_headings(story)
    assert isinstance(out[0], CondPageBreak) and out[1] is story[0]
    # heading + intro + spacer + the room for the first lines of what follows
    assert out[0].height > st.h2.leading + st.small.leading + 4 + 50
    # a long run of body paragraphs is not all asked for: a heading never forces a blank page
    many = [Paragraph("A", st.h2), *[Paragraph("body " * 80, st.body) for _ in range(20)]]
    assert guard_headings(many)[0].height < 200


def test_a_short_box_is_never_split_into_an_empty_strip():
    st = styles()
    frame = A4[1] - 34 * 2.835
    lines = [Paragraph(f"Party {i} rates a factor critical: that party's block.", st.small) for i in range(6)]
    for room in range(15, 120, 15):
        reader = _build([*_filler(frame - room), callout(list(lines))])
        pages = [p.extract_text() for p in reader.pages]
        holding = [i for i, t in enumerate(pages) if "Party" in t]
        assert len(holding) == 1, (room, holding)


def test_header_words_shrink_instead_of_breaking():
    st = styles()
    p = fitting_header("Dispersión", st.cell_head, 41)
    from reportlab.pdfbase.pdfmetrics import stringWidth

    assert stringWidth("Dispersión", p.style.fontName, p.style.fontSize) <= 41
    assert p.style.fontSize < st.cell_head.fontSize
    assert fitting_header("Spread", st.cell_head, 41).style is st.cell_head  # fits: unchanged


def test_spanish_compare_headers_are_whole_words(repo, detained_id, tmp_path):
    out = write_commitment_report(repo, detained_id, tmp_path / "c.pdf", "es")
    text = read_pdf(out).text
    assert "Dispersión" in text
    assert "Dispersió\n" not in text


def test_portfolio_counts_stand_clear_of_their_labels(repo, sample_plan, tmp_path):
    out = write_plan_report(repo, sample_plan.id, tmp_path / "p.pdf", "es")
    reader = PdfReader(str(out))
    found: list[tuple[str, float, float]] = []

    def visit(text, cm, tm, font_dict, font_size):
        if text.strip():
            found.append((text.strip(), tm[5] * cm[3] + cm[5], font_size * tm[3]))

    reader.pages[0].extract_text(visitor_text=visit)
    label = next(y for t, y, _ in found if t == "Crítico")
    count_y, count_size = next((y, s) for t, y, s in found if t == "2" and s >= 15)
    # the count's baseline sits above the label's top (label ~8 pt tall)
    assert count_y - label >= 8 + 2, (count_y, label)
    assert count_size >= 15
