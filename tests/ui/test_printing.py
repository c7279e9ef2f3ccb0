"""File ▸ Print / Print preview print the report itself: the pages Export report writes,
rendered with PDFium on the QPrinter; the one-page summary only when they cannot be rendered."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget

from feasibility_app.ui.files import print_pages
from feasibility_app.ui.files.print_report import PrintJob, make_printer, print_options

pytestmark = pytest.mark.gui


@pytest.fixture
def window(sample_window):
    assert sample_window.session.current_id
    return sample_window


def pdf_printer(window, options, out) -> QPrinter:
    printer = make_printer(window, options)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    return printer


def grey_pages(pdf: bytes, width: int = 120) -> list[list[int]]:
    """Each page as a small grey thumbnail (a list of pixel values), to compare two PDFs' looks."""
    doc = pdfium.PdfDocument(pdf)
    pages = []
    for page in doc:
        w, _h = page.get_size()
        image = page.render(scale=width / w, grayscale=True).to_pil().resize((width, int(width * 1.3)))
        pages.append(list(image.tobytes()))
    doc.close()
    return pages


def distance(a: list[int], b: list[int]) -> float:
    return sum(abs(x - y) for x, y in zip(a, b, strict=True)) / len(a)


def test_print_gives_the_reports_pages_on_the_plans_paper(window, tmp_path):
    options = print_options(window)
    assert options.paper == "letter"  # the sample is Mexico's plan
    job = PrintJob(window, options)
    assert job.pdf is not None and not job.fallback_reason
    report = PdfReader(io.BytesIO(job.pdf))
    title = window.session.fields().title
    assert title.split()[0] in (report.pages[0].extract_text() or "")
    out = tmp_path / "printed.pdf"
    job.render(pdf_printer(window, options, out))
    printed = out.read_bytes()
    assert len(PdfReader(str(out)).pages) == len(report.pages) >= 2
    box = PdfReader(str(out)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)  # Letter
    # each printed sheet looks like the report's page of the same number, not like another page
    mine, theirs = grey_pages(printed), grey_pages(job.pdf)
    for i, page in enumerate(mine):
        same = distance(page, theirs[i])
        other = distance(page, theirs[(i + 1) % len(theirs)])
        # measured: 5-9 grey levels from the same page (raster against vector), 14-22 from another
        assert same < 12 and same < other * 0.6, (i, same, other)


def test_page_range_and_report_language_are_honoured(window, tmp_path):
    window.settings.setValue("reports/language", "es")  # what the export dialog chose last
    options = print_options(window)
    assert options.language == "es"
    job = PrintJob(window, options)
    assert "INFORME DE RIESGO" in (PdfReader(io.BytesIO(job.pdf)).pages[0].extract_text() or "")
    out = tmp_path / "range.pdf"
    printer = pdf_printer(window, options, out)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    job.render(printer)
    assert len(PdfReader(str(out)).pages) == 2
    mine, theirs = grey_pages(out.read_bytes()), grey_pages(job.pdf)
    assert distance(mine[0], theirs[1]) < distance(mine[0], theirs[0])
    assert print_pages.pages_to_print(printer, 2) == [1]  # a range past the end is clipped


def test_resolution_is_capped():
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    assert printer.resolution() > print_pages.MAX_DPI
    assert print_pages.render_dpi(printer) == print_pages.MAX_DPI
    assert print_pages.render_dpi(printer, print_pages.PREVIEW_DPI) == print_pages.PREVIEW_DPI


def test_preview_paints_the_reports_pages_offscreen(window, qtbot):
    window.actions["print_preview"].trigger()
    dialog = window.print_dialog
    assert dialog.isVisible()
    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() > 0)
    assert preview.pageCount() == len(PdfReader(io.BytesIO(dialog._job.pdf)).pages)
    assert dialog._printer.pageLayout().pageSize().id().name == "Letter"
    dialog.reject()


def test_without_a_renderer_the_summary_prints_and_the_status_bar_says_so(window, tmp_path, monkeypatch):
    def missing():
        raise print_pages.RenderingUnavailable("No module named 'pypdfium2'")

    monkeypatch.setattr(print_pages, "load_renderer", missing)
    options = print_options(window)
    job = PrintJob(window, options)
    assert job.pdf is None
    message = window.statusBar().currentMessage()
    assert "one-page summary" in message and "pypdfium2" in message
    out = tmp_path / "summary.pdf"
    job.render(pdf_printer(window, options, out))
    text = " ".join((PdfReader(str(out)).pages[0].extract_text() or "").split())
    assert window.verdict_panel.chip_text().split(" · ")[0] in text
    window.actions["print"].trigger()  # the Print dialog opens on the same path, never blocks
    assert window.print_dialog.isVisible() and window.print_dialog._job.pdf is None
    window.print_dialog.reject()


@pytest.mark.qt_log_ignore(r"QPainter::begin\(\): Returned false")  # Qt's own note of the failure
def test_a_printer_that_cannot_start_is_explained(window, fake_dialogs, tmp_path):
    job = PrintJob(window, print_options(window))
    printer = pdf_printer(window, print_options(window), tmp_path / "no-such-folder" / "x.pdf")
    job.render(printer)  # QPainter.begin fails on an unwritable output: no traceback, one message
    assert fake_dialogs.names()[-1] == "warning"
    assert fake_dialogs.calls[-1][1][0] == "The report could not be printed"
    assert not (tmp_path / "no-such-folder").exists()
