"""Paint the pages of a PDF file on a QPrinter (a printer, a print preview, a PDF file).

File ▸ Print must print the document the forum signs, not a second layout of it: the report
is written by the same function as File ▸ Export report, and its pages are rendered here with
PDFium (`pypdfium2`: Apache-2.0/BSD, one ~4 MB wheel per platform; Qt's own PDF module is only
in the ~170 MB PySide6-Addons wheel). Pages are rendered at the printer's resolution, capped
at `MAX_DPI` (300 dpi renders a Letter page in ~0.05 s), one page at a time, and drawn on
the whole sheet keeping their proportions (a report on Letter sent to an A4 printer shrinks
a little instead of losing its footer).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

MAX_DPI = 300
PREVIEW_DPI = 150  # a preview holds all its pages: ~9 MB a page instead of ~35 MB


class RenderingUnavailable(Exception):
    """The PDF renderer cannot be loaded here (an installation without pypdfium2)."""


def load_renderer():
    """The pypdfium2 module; RenderingUnavailable if it is missing or broken."""
    try:
        import pypdfium2
    except Exception as exc:  # ImportError, or its native library failing to load
        raise RenderingUnavailable(str(exc) or exc.__class__.__name__) from exc
    return pypdfium2


def page_count(pdf: bytes) -> int:
    """How many pages the PDF has."""
    pdfium = load_renderer()
    doc = pdfium.PdfDocument(pdf)
    try:
        return len(doc)
    finally:
        doc.close()


def pages_to_print(printer: QPrinter, count: int) -> list[int]:
    """The 0-based pages the printer asks for: its page range (1-based, 0 = all), clipped to
    the document; the whole document otherwise."""
    from PySide6.QtPrintSupport import QPrinter

    first, last = printer.fromPage(), printer.toPage()
    if printer.printRange() == QPrinter.PrintRange.PageRange and first > 0:
        last = last if last >= first else first
        return [i for i in range(first - 1, min(last, count))]
    return list(range(count))


def render_dpi(printer: QPrinter, max_dpi: int = MAX_DPI) -> int:
    """The printer's resolution, capped at `max_dpi` (more only slows printing down)."""
    return max(72, min(printer.resolution(), max_dpi))


def paint_pdf(pdf: bytes, printer: QPrinter, max_dpi: int = MAX_DPI) -> int:
    """Paint the pages of `pdf` that `printer` asks for, one per sheet. Returns how many pages
    were painted. Raises RenderingUnavailable if PDFium cannot be loaded. A preview keeps
    every page in memory: it passes a lower `max_dpi` (PREVIEW_DPI)."""
    pdfium = load_renderer()
    doc = pdfium.PdfDocument(pdf)
    try:
        pages = pages_to_print(printer, len(doc))
        if not pages:
            return 0
        printer.setFullPage(True)  # the report has its own margins: draw on the whole sheet
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError("the printer could not be started")
        try:
            scale = render_dpi(printer, max_dpi) / 72.0
            for n, index in enumerate(pages):
                if n:
                    printer.newPage()
                _paint_page(painter, printer, doc[index], scale)
        finally:
            painter.end()
        return len(pages)
    finally:
        doc.close()


def _paint_page(painter: QPainter, printer: QPrinter, page, scale: float) -> None:
    from PySide6.QtPrintSupport import QPrinter

    bitmap = page.render(scale=scale, rev_byteorder=True, prefer_bgrx=True)
    try:
        # a copy: a preview records the image and paints it after the bitmap is freed
        image = QImage(
            bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGBX8888
        ).copy()
        sheet = printer.paperRect(QPrinter.Unit.DevicePixel)
        width, height = page.get_size()
        fit = min(sheet.width() / width, sheet.height() / height)
        target = QRectF(0, 0, width * fit, height * fit)
        target.moveCenter(QRectF(0, 0, sheet.width(), sheet.height()).center())
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(target, image)
    finally:
        bitmap.close()
        page.close()
