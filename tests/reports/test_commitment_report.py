"""One commitment's PDF report, read back with pypdf: what a negotiator and a reviewer must find."""

from __future__ import annotations

import io
import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from feasibility_app import __version__
from feasibility_app.domain.assessing import CommitmentSnapshot, effective_result
from feasibility_app.domain.factors import FACTOR_KEYS, Evidence, Level, Potential, Role
from feasibility_app.domain.model import (
    Assessment,
    CommitmentFields,
    FactorScore,
    IrmPrecheck,
    Mitigation,
    Plan,
    Revision,
)
from feasibility_app.domain.rubric import load_rubric
from feasibility_app.reports import ReportError
from feasibility_app.reports.commitment_report import (
    build_commitment_pdf,
    report_findings,
    write_commitment_report,
)
from feasibility_app.reports.fingerprint import fingerprint

from .helpers import add_commitment, read_pdf, scores

HEX64 = re.compile(r"\b[0-9a-f]{64}\b")


def signoff_page(pdf, heading: str = "Sign-off") -> str:
    pages = [p for p in pdf.pages if heading in p]
    assert pages, f"no page with {heading!r}"
    return pages[-1]


def test_english_report_of_the_sample(repo, detained_id, tmp_path):
    out = write_commitment_report(repo, detained_id, tmp_path / "r.pdf")
    assert out == tmp_path / "r.pdf"
    pdf = read_pdf(out)
    snap = repo.snapshot(detained_id)
    rubric = load_rubric("en")
    assert pdf.reader.metadata.title == snap.revision.fields.title
    assert pdf.reader.metadata.subject and "Mexico" in pdf.reader.metadata.subject
    first = " ".join(pdf.pages[0].split())
    assert "Detained Persons Registry" in first
    assert "CRITICAL" in first  # the verdict is on page 1
    assert "Artículo 19" in first  # CSO counterpart
    assert f"Feasibility {__version__}" in first
    assert snap.revision.id[:8] in first
    for key in FACTOR_KEYS:
        assert rubric.factor_label(key) in pdf.flat, key
    fp = fingerprint(snap)
    page = signoff_page(pdf)
    assert fp in page  # whole, on one line
    assert HEX64.search(page).group(0) == fp
    n = len(pdf.pages)
    assert f"page 1 of {n}" in pdf.pages[0] and f"page {n} of {n}" in pdf.pages[-1]
    assert fp[:16] in pdf.pages[0]  # the footer's short fingerprint
    for heading in (
        "What if a risk were mitigated?",
        "IRM pre-check",
        "Wording findings",
        "Party comparison",
        "The draft text as scored",
    ):
        assert heading in pdf.flat, heading
    assert "discuss" in pdf.flat  # the parties are two levels apart on CSO cooperation
    assert "DRAFT — incomplete" not in pdf.text  # every factor is assessed


def test_spanish_and_portuguese_reports(repo, detained_id, tmp_path):
    for lang, month, heading in (
        ("es", "de octubre de 2013", "Firmas"),
        ("pt", "de outubro de 2013", "Assinaturas"),
    ):
        pdf = read_pdf(write_commitment_report(repo, detained_id, tmp_path / f"{lang}.pdf", lang))
        rubric = load_rubric(lang)
        for key in FACTOR_KEYS:
            assert rubric.factor_label(key) in pdf.flat, (lang, key)
        assert rubric.level_label("critical").upper() in pdf.pages[0]
        assert month in pdf.flat  # the revision's date, formatted per language
        assert re.search(r"\d,\d\d de 4", pdf.flat)  # decimal comma
        assert fingerprint(repo.snapshot(detained_id)) in signoff_page(pdf, heading)


def test_pdf_language_and_keywords_metadata(repo, detained_id, tmp_path):
    pdf = read_pdf(write_commitment_report(repo, detained_id, tmp_path / "es.pdf", "es"))
    root = pdf.reader.trailer["/Root"]
    assert root.get("/Lang") == "es"
    assert "riesgo" in pdf.reader.metadata.get("/Keywords", "")
    assert pdf.reader.metadata.creator.startswith("Feasibility")


def test_incomplete_assessment_prints_draft(repo, sample_plan, tmp_path):
    cid = add_commitment(repo, sample_plan.id)
    partial = scores(Level.LOW, budget=FactorScore(), political_will=FactorScore())
    repo.save_assessment(cid, "Ana", Role.GOVERNMENT, partial)
    pdf = read_pdf(write_commitment_report(repo, cid, tmp_path / "d.pdf"))
    assert "DRAFT — incomplete" in pdf.flat
    assert "Not yet assessed" in pdf.flat


def test_no_assessment_at_all_still_renders(repo, sample_plan, tmp_path):
    cid = add_commitment(repo, sample_plan.id, title="Nobody scored me")
    pdf = read_pdf(write_commitment_report(repo, cid, tmp_path / "n.pdf"))
    assert "Nobody scored me" in pdf.pages[0]
    assert "DRAFT — incomplete" in pdf.flat
    assert "Party comparison" not in pdf.flat


def test_single_assessor_has_no_party_comparison(repo, sample_plan, tmp_path):
    cid = add_commitment(repo, sample_plan.id)
    repo.save_assessment(cid, "Ana", Role.GOVERNMENT, scores(Level.HIGH))
    pdf = read_pdf(write_commitment_report(repo, cid, tmp_path / "s.pdf"))
    assert "Party comparison" not in pdf.flat
    assert "HIGH" in pdf.pages[0]


def test_long_texts_many_mitigations_and_any_script(repo, sample_plan, tmp_path):
    """Nothing is cut off: a 20,000-character rationale, 30 mitigations, Cyrillic and accented names."""
    cid = add_commitment(
        repo,
        sample_plan.id,
        title="Реестр задержанных — Registro de Personas Detenidas (ñ, ç, ã, õ, ¿¡, €)",
        draft_text="Texto largo. " * 800,
        cso="Асоциация «Прозрачность» & Niño/Acción <Cívica>",
    )
    long_rationale = " ".join(
        f"Sentence {i} explains why the agency cannot do this alone." for i in range(350)
    )
    mitigations = tuple(
        Mitigation(
            f"Mitigation {i}: second staff to the registry team ({'ă' * (i % 5)})",
            f"Owner №{i}",
            date(2014, 1 + i % 12, 1),
        )
        for i in range(30)
    )
    giant = Mitigation("Very long action. " * 400, "Ministerio", None)  # one row taller than a page
    s = scores(
        Level.HIGH,
        Evidence.ASSUMED,
        budget=FactorScore(Level.CRITICAL, Evidence.VERIFIED, long_rationale, (*mitigations, giant)),
    )
    repo.save_assessment(cid, "Мария Ивановна Петрова-Гонсалес", Role.CIVIL_SOCIETY, s)
    repo.save_assessment(cid, "José Ñúñez Conceição", Role.GOVERNMENT, scores(Level.LOW, Evidence.ASSUMED))
    pdf = read_pdf(write_commitment_report(repo, cid, tmp_path / "long.pdf"))
    flat = pdf.flat
    assert "Мария Ивановна Петрова-Гонсалес" in flat  # embedded font: no ■ boxes
    assert "José Ñúñez Conceição" in flat
    assert "«Прозрачность» & Niño/Acción <Cívica>" in flat  # escaped, printed literally
    assert "Sentence 349 explains" in flat  # the end of the long rationale is there
    assert "Mitigation 29: second staff" in flat
    assert "Owner №29" in flat
    # every word of the row taller than a page is there (page breaks fall between its words)
    assert len(re.findall(r"\bVery\b", flat)) == 400 and flat.count("long action.") == 400
    assert len(pdf.pages) > 6
    assert fingerprint(repo.snapshot(cid)) in signoff_page(pdf)


def test_markup_in_user_text_is_printed_literally(repo, sample_plan, tmp_path):
    cid = add_commitment(repo, sample_plan.id, title="Data <b>bold</b> & <font size=40>tricks</font>")
    repo.save_assessment(cid, "A&B <script>", Role.SELF, scores())
    pdf = read_pdf(write_commitment_report(repo, cid, tmp_path / "m.pdf"))
    assert "Data <b>bold</b> & <font size=40>tricks</font>" in pdf.flat
    assert "A&B <script>" in pdf.flat


def test_build_without_a_database_into_a_stream():
    now = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
    plan = Plan("p1", "Brasil", "Plano de Ação 2016–2018", date(2016, 1, 1), date(2018, 6, 30), {})
    fields = CommitmentFields(title="Dados abertos de obras", lead_agency="Ministério", language="pt")
    rev = Revision("r1", "c1", None, "Ana", now, fields)
    a = Assessment(
        "a1",
        "c1",
        "r1",
        "Ana",
        Role.GOVERNMENT,
        now,
        scores(Level.MODERATE),
        IrmPrecheck(True, ("transparency",), "", Potential.SUBSTANTIAL),
    )
    snap = CommitmentSnapshot("c1", plan, rev, (a,), effective_result([a], plan.weights))
    buf = io.BytesIO()
    assert (
        build_commitment_pdf(snap, report_findings(snap, "pt"), buf, "pt", today=date(2026, 11, 23)) is None
    )
    pdf = read_pdf(_save(buf))
    assert "23 de novembro de 2026" in pdf.flat
    assert "Substancial e viável" in pdf.flat  # the rubric's quadrant label
    assert fingerprint(snap) in signoff_page(pdf, "Assinaturas")


def _save(buf: io.BytesIO) -> Path:
    import tempfile

    f = tempfile.NamedTemporaryFile(suffix=".pdf", delete=False)
    f.write(buf.getvalue())
    f.close()
    return Path(f.name)


def test_print_date_is_not_in_the_fingerprint(repo, detained_id, tmp_path):
    snap = repo.snapshot(detained_id)
    findings = report_findings(snap, "en")
    a = read_pdf(build_commitment_pdf(snap, findings, tmp_path / "a.pdf", today=date(2026, 1, 1)))
    b = read_pdf(build_commitment_pdf(snap, findings, tmp_path / "b.pdf", today=date(2027, 6, 30)))
    assert "1 January 2026" in a.flat and "30 June 2027" in b.flat
    fa, fb = HEX64.search(signoff_page(a)).group(0), HEX64.search(signoff_page(b)).group(0)
    assert fa == fb == fingerprint(snap)


def test_findings_are_in_the_report_language(repo, detained_id):
    snap = repo.snapshot(detained_id)
    en = report_findings(snap, "en")
    es = report_findings(snap, "es")
    assert en and len(en) == len(es)
    assert [f.phrase for f in en] == [f.phrase for f in es]  # the English draft's phrases
    assert en[0].message != es[0].message


# --- writing safely ----------------------------------------------------------------------


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part") or p.suffix == ".pdf")


def test_missing_folder_is_a_report_error(repo, detained_id, tmp_path):
    target = tmp_path / "nope" / "x.pdf"
    with pytest.raises(ReportError, match="does not exist"):
        write_commitment_report(repo, detained_id, target)
    assert not target.parent.exists()


def test_parent_that_is_a_file_is_a_report_error(repo, detained_id, tmp_path):
    (tmp_path / "file.txt").write_text("x")
    with pytest.raises(ReportError) as exc:
        write_commitment_report(repo, detained_id, tmp_path / "file.txt" / "x.pdf")
    assert "\n" not in str(exc.value)


def test_target_that_is_a_folder_is_a_report_error(repo, detained_id, tmp_path):
    with pytest.raises(ReportError, match="folder"):
        write_commitment_report(repo, detained_id, tmp_path)


@pytest.mark.skipif(
    not hasattr(__import__("os"), "geteuid") or __import__("os").geteuid() == 0,
    reason="root can write anywhere",
)
def test_unwritable_folder_is_a_report_error_and_leaves_nothing(repo, detained_id, tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ReportError, match="permission denied"):
            write_commitment_report(repo, detained_id, folder / "x.pdf")
        assert leftovers(folder) == []
    finally:
        folder.chmod(0o700)


def test_unwritable_target_via_fault_injection_leaves_nothing(repo, detained_id, tmp_path, monkeypatch):
    """Whoever runs the tests (root too): a failing rename is a ReportError and leaves no part file."""
    import os

    def refuse(*_a, **_k):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ReportError, match="permission denied"):
        write_commitment_report(repo, detained_id, tmp_path / "x.pdf")
    assert leftovers(tmp_path) == []


def test_failed_build_keeps_the_previous_file(repo, detained_id, tmp_path, monkeypatch):
    target = tmp_path / "r.pdf"
    write_commitment_report(repo, detained_id, target)
    before = target.read_bytes()

    import feasibility_app.reports.commitment_report as cr

    def boom(*_a, **_k):
        raise RuntimeError("interrupted")

    monkeypatch.setattr(cr, "build_pdf", boom)
    with pytest.raises(RuntimeError):
        write_commitment_report(repo, detained_id, target)
    assert target.read_bytes() == before
    assert leftovers(tmp_path) == ["r.pdf"]


def test_written_file_is_readable_by_others(repo, detained_id, tmp_path):
    target = write_commitment_report(repo, detained_id, tmp_path / "r.pdf")
    assert target.stat().st_mode & 0o044 == 0o044
