"""Issue 16: a report's time grows linearly with one long field.

A 400 KB draft took over 20 s (one Paragraph re-broken on every page, a findings table re-measured
at every page break, thousands of findings listed). The long field is laid out in short
Paragraphs, the findings table in stacked tables, and the report lists the most severe
findings with a count of the rest.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from feasibility_app.reports.commitment_report import write_commitment_report
from feasibility_app.reports.commitment_sections import REPORT_FINDINGS_MAX
from feasibility_app.reports.long_text import PARAGRAPH_CHUNK, text_paras

from .helpers import add_commitment, read_pdf

PARAGRAPH = (
    "The Attorney General's Office will create a real-time registry of all persons detained "
    "nationwide, in coordination with state and municipal authorities. Civil society will "
    "review the methodology every quarter."
)


def _plain(p) -> str:
    return p.text.replace("<br/>", "\n").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet="ab \n<&", max_size=3 * PARAGRAPH_CHUNK + 50))
def test_a_long_field_is_cut_into_short_paragraphs_that_keep_every_word(text):
    paras = text_paras(text, ParagraphStyle("t"))
    if len(text) <= PARAGRAPH_CHUNK or not text.strip():
        assert len(paras) == 1
        return
    chunks = [_plain(p) if isinstance(p, Paragraph) else "" for p in paras]  # Spacer: a blank line
    assert all(len(c) <= PARAGRAPH_CHUNK for c in chunks)
    assert "".join(chunks).split() == text.replace("\r\n", "\n").split()


def test_the_report_of_a_long_draft_finishes_and_keeps_all_of_it(repo, sample_plan, tmp_path):
    draft = "\n\n".join(f"{i}. {PARAGRAPH}" for i in range(600))  # ~130 KB, ~1,800 findings
    cid = add_commitment(repo, sample_plan.id, draft_text=draft)
    out = tmp_path / "long.pdf"
    # no clock here (bench/bench_long_text.py measures): before the fix this took over a minute
    write_commitment_report(repo, cid, out, "en")
    pdf = read_pdf(out)
    flat = pdf.flat
    assert "599. The Attorney General" in " ".join(flat.split())  # the end of the draft is there
    assert "more wording findings, not listed in this report" in flat
    rows = flat.count("real-time")
    assert rows >= REPORT_FINDINGS_MAX // 3  # listed up to the cap, not every one


def test_a_3000_character_cso_list_fits_the_heading_and_is_kept_whole_below(repo, sample_plan, tmp_path):
    """The heading's table cannot split: a long CSO list overflowed it (LayoutError)."""
    cso = ", ".join(f"Organización Civil Número {i}" for i in range(110))  # ~3,300 characters
    cid = add_commitment(repo, sample_plan.id, cso=cso, lead_agency="Secretaría de Gobernación " * 40)
    out = tmp_path / "cso.pdf"
    write_commitment_report(repo, cid, out, "en")
    flat = " ".join(read_pdf(out).flat.split())
    assert "Organización Civil Número 109" in flat  # the text section keeps all of it


def test_the_pieces_of_a_long_field_stack_exactly_as_the_whole_field_would():
    """One Paragraph per line (a blank line: a Spacer one line high): the same height as the field
    in one Paragraph with its line breaks. Chunks of several lines lost the blank line at their ends."""
    from feasibility_app.reports.layout import register_fonts, styles, text_para

    register_fonts()
    style = styles().body
    text = "\n\n".join(f"{i}. {PARAGRAPH}" for i in range(12)) + "\n\n\nLast line."
    assert len(text) > PARAGRAPH_CHUNK
    pieces = text_paras(text, style)
    assert len(pieces) == text.count("\n") + 1
    height = sum(p.wrap(400, 10_000)[1] for p in pieces)
    assert height == pytest.approx(text_para(text, style).wrap(400, 10_000)[1])


def test_fonts_measured_once_give_reportlabs_own_widths_and_metrics():
    from reportlab.pdfbase.ttfonts import TTFont

    from feasibility_app.paths import resource_path
    from feasibility_app.reports.measured_font import MeasuredTTFont

    path = str(resource_path("fonts", "DejaVuSans.ttf"))
    measured, plain = MeasuredTTFont("_measured_test", path), TTFont("_plain_test", path)
    for word in ("registry", "Secretaría", "", "ß—“x”", "registry"):
        for size in (7, 9, 12.5):
            assert measured.stringWidth(word, size) == plain.stringWidth(word, size)
    assert (measured.ascent, measured.descent) == (plain.face.ascent, plain.face.descent)
