"""Issue 16: CJK text and symbols print in the PDF (shipped fallback fonts), not as empty boxes."""

from __future__ import annotations

from pypdf import PdfReader

from feasibility_app.paths import resource_path
from feasibility_app.reports.commitment_report import write_commitment_report
from feasibility_app.reports.fallback_fonts import FALLBACKS, with_fallback
from feasibility_app.reports.layout import esc, register_fonts

from .helpers import add_commitment

TEXT = "Registro de datos abiertos 开放数据登记 オープンデータ 公開資料 ✅ ★ ⚖"


def _fonts(pdf_path) -> set[str]:
    names = set()
    for page in PdfReader(pdf_path).pages:
        fonts = page["/Resources"].get("/Font", {})
        for ref in fonts.values():
            names.add(str(ref.get_object()["/BaseFont"]).split("+")[-1])
    return names


def test_every_character_of_a_cjk_title_has_a_glyph_in_some_embedded_font():
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    markup = esc(TEXT)
    assert '<font name="FallbackCJK">开放数据登记</font>' in markup
    assert '<font name="FallbackSymbols">✅</font>' in markup
    # each character is in the font the markup gives it
    import re

    rest = markup
    for name, chars in re.findall(r'<font name="(\w+)">([^<]*)</font>', markup):
        face = pdfmetrics.getFont(name).face
        assert all(ord(c) in face.charToGlyph for c in chars), name
        rest = rest.replace(chars, "")
    dejavu = pdfmetrics.getFont("DejaVuSans").face.charToGlyph
    assert all(ord(c) in dejavu for c in re.sub(r"<[^>]+>", "", rest))


def test_latin_text_is_unchanged():
    register_fonts()
    text = "Secretaría de Comunicaciones — “Datos” ñ ç ã € 😀"
    assert with_fallback(text) == text


def test_the_report_embeds_the_fallback_and_keeps_the_text(repo, sample_plan, tmp_path):
    cid = add_commitment(repo, sample_plan.id, title=TEXT, draft_text=f"{TEXT}\n{TEXT}")
    out = tmp_path / "cjk.pdf"
    write_commitment_report(repo, cid, out, "en")
    fonts = _fonts(out)  # PostScript names of the embedded subsets
    assert "DejaVuSans" in fonts and "Symbola" in fonts and any(f.startswith("DroidSans") for f in fonts)
    flat = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert "开放数据登记" in flat and "オープンデータ" in flat


def test_the_fallback_fonts_ship_with_their_licences():
    for _name, file in FALLBACKS:
        assert resource_path("fonts", file).is_file()
    notice = resource_path("fonts", "LICENSE-fallbacks").read_text(encoding="utf-8")
    assert "Apache License, Version 2.0" in notice and "free for any use" in notice
    assert resource_path("fonts", "LICENSE-Apache-2.0").is_file()


def test_page_footers_switch_fonts_by_run():
    from feasibility_app.reports.fallback_fonts import runs

    register_fonts()
    assert runs("Plan 开放 ✅ é") == [
        (None, "Plan "),
        ("FallbackCJK", "开放"),
        (None, " "),
        ("FallbackSymbols", "✅"),
        (None, " é"),
    ]


KOREAN = "실종자 데이터베이스 공개"  # "publishing the missing-persons database"


def test_a_korean_title_prints_in_the_hangul_fallback(repo, sample_plan, tmp_path):
    """Issue 16: Hangul printed as empty boxes (Droid Sans Fallback has none)."""
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    markup = esc(KOREAN)
    assert markup == " ".join(f'<font name="FallbackHangul">{w}</font>' for w in KOREAN.split())
    face = pdfmetrics.getFont("FallbackHangul").face
    assert all(ord(c) in face.charToGlyph for c in KOREAN.replace(" ", ""))

    cid = add_commitment(repo, sample_plan.id, title=KOREAN, draft_text=f"{KOREAN}\n{KOREAN}")
    out = tmp_path / "ko.pdf"
    write_commitment_report(repo, cid, out, "en")
    assert "FallbackHangul" in _fonts(out)  # embedded (a subset), under its own name
    flat = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert KOREAN in flat  # the text round-trips: glyphs mapped back to the same characters


def test_the_hangul_subset_is_renamed_and_carries_the_ofl():
    """The OFL reserves the name Nanum: the subset (a Modified Version) must not use it."""
    from reportlab.pdfbase.ttfonts import TTFont

    face = TTFont("_hangul_probe", str(resource_path("fonts", "FallbackHangul.ttf"))).face
    assert face.name == b"FallbackHangul" and b"Nanum" not in face.familyName
    assert len([cp for cp in face.charToGlyph if 0xAC00 <= cp <= 0xD7A3]) == 2350
    notice = " ".join(resource_path("fonts", "LICENSE-fallbacks").read_text(encoding="utf-8").split())
    assert "FallbackHangul.ttf" in notice and "SIL Open Font License, Version 1.1" in notice
    ofl = resource_path("fonts", "LICENSE-OFL-1.1").read_text(encoding="utf-8")
    assert "Reserved Font Name Nanum" in ofl and "PERMISSION & CONDITIONS" in ofl
