"""File ▸ Print and Print preview: the commitment's risk report through Qt's print support.

What prints is the document the forum signs: the PDF that File ▸ Export report writes, made
by the same function (reports/commitment_report.py) in the language and on the paper the
export dialog would propose (the last report language; the plan's paper), written to a
temporary file and its pages painted on the printer by print_pages.py.

If the pages cannot be rendered (an installation without PDFium or without reportlab, a
report that cannot be written), a one-page summary is printed instead, built from what the
window shows (the same scoring function's result), and the status bar says so.
"""

from __future__ import annotations

import tempfile
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument

from ...domain.factors import FACTOR_KEYS
from ...domain.rubric import load_rubric

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from ..window.main_window import MainWindow
    from .report_options import ReportOptions


def summary_html(window: MainWindow) -> str:
    """The printable summary of the open commitment, as HTML for a QTextDocument."""
    rubric = load_rubric(window.language)
    fields = window.session.fields()
    title = (fields.title if fields else "") or QCoreApplication.translate("PrintReport", "(untitled)")
    plan = window.session.current_plan()
    vp = window.verdict_panel
    out = [
        f"<h1>{escape(title)}</h1>",
        f"<p>{escape(plan.title if plan else '')}</p>",
        f"<h2>{escape(vp.chip_text())}</h2>",
    ]
    for label in (vp.floor_note, vp.incomplete):
        if not label.isHidden() and label.text():
            out.append(f"<p><b>{escape(label.text())}</b></p>")
    if not vp.what_if.isHidden() and vp.what_if.text():
        out.append(f"<h3>{escape(vp.what_if_title.text())}</h3>")
        out += [f"<p>{escape(line)}</p>" for line in vp.what_if.text().splitlines()]
    name, _role = window.assessment_panel._assessor
    heading = (
        QCoreApplication.translate("PrintReport", "Levels of {assessor}").format(assessor=name)
        if name
        else QCoreApplication.translate("PrintReport", "Levels")
    )
    out.append(f"<h3>{escape(heading)}</h3>")
    head = (
        QCoreApplication.translate("PrintReport", "Factor"),
        QCoreApplication.translate("PrintReport", "Level"),
        QCoreApplication.translate("PrintReport", "Evidence"),
        QCoreApplication.translate("PrintReport", "Rationale"),
    )
    rows = ["<tr>" + "".join(f"<th align='left'>{escape(h)}</th>" for h in head) + "</tr>"]
    scores = window.assessment_panel.scores()
    for key in FACTOR_KEYS:
        s = scores[key]
        rows.append(
            "<tr>"
            f"<td>{escape(rubric.factor_label(key))}</td>"
            f"<td><b>{escape(rubric.level_label(s.level))}</b></td>"
            f"<td>{escape(rubric.evidence_label(s.evidence))}</td>"
            f"<td>{escape(s.rationale or '')}</td>"
            "</tr>"
        )
    out.append("<table border='1' cellspacing='0' cellpadding='4' width='100%'>" + "".join(rows) + "</table>")
    if fields and fields.draft_text:
        heading = QCoreApplication.translate("PrintReport", "Draft text")
        out.append(f"<h3>{escape(heading)}</h3><p>{escape(fields.draft_text)}</p>")
    note = QCoreApplication.translate(
        "PrintReport", "The signed risk report is File ▸ Export report (PDF), with its fingerprint."
    )
    out.append(f"<p><i>{escape(note)}</i></p>")
    return "".join(out)


def setup_printer(printer: QPrinter, paper: str) -> None:
    """The plan's paper (a4 / letter), portrait, 15 mm margins."""
    size = QPageSize(QPageSize.PageSizeId.Letter if paper == "letter" else QPageSize.PageSizeId.A4)
    printer.setPageLayout(
        QPageLayout(
            size, QPageLayout.Orientation.Portrait, QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter
        )
    )


def render_summary(window: MainWindow, printer: QPrinter) -> None:
    """Lay the one-page summary out on `printer` (the fallback when pages cannot be rendered)."""
    doc = QTextDocument()
    doc.setHtml(summary_html(window))
    doc.print_(printer)


def report_pdf(window: MainWindow, options: ReportOptions) -> bytes:
    """The open commitment's report, written by Export report's function to a temporary file
    (removed at once; the bytes are kept for the dialog's repaints)."""
    from ...reports.commitment_report import write_commitment_report

    window.session.flush()  # the report reads what is saved: save the last keystrokes first
    with tempfile.TemporaryDirectory(prefix="feasibility-print-") as folder:
        out = Path(folder) / "report.pdf"
        written = write_commitment_report(
            window.repo, window.session.current_id, out, options.language, paper=options.paper
        )
        return Path(written).read_bytes()


class PrintJob:
    """One Print or Print preview: the report's bytes (made once), or why the summary prints."""

    def __init__(self, window: MainWindow, options: ReportOptions) -> None:
        from .print_pages import load_renderer

        self.window = window
        self.options = options
        self.pdf: bytes | None = None
        self.fallback_reason = ""
        try:
            load_renderer()
            self.pdf = report_pdf(window, options)
        except Exception as exc:  # no renderer, no reportlab, a report that cannot be written
            self.fallback_reason = str(exc) or exc.__class__.__name__
            window.statusBar().showMessage(
                QCoreApplication.translate(
                    "PrintReport",
                    "The report's pages cannot be printed here ({reason}): printing a one-page summary.",
                ).format(reason=self.fallback_reason),
                15000,
            )

    def render(self, printer: QPrinter, preview: bool = False) -> None:
        """Paint the report's pages (or the summary) on `printer`; a preview renders lighter."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication

        from .print_pages import MAX_DPI, PREVIEW_DPI, RenderingUnavailable, paint_pdf

        # ~0.4 s a page at 300 dpi (bench/bench_print.py): say the window is busy meanwhile
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if self.pdf is not None:
                try:
                    paint_pdf(self.pdf, printer, PREVIEW_DPI if preview else MAX_DPI)
                    return
                except RenderingUnavailable as exc:
                    self.pdf, self.fallback_reason = None, str(exc)
                except OSError as exc:  # the printer refused to start: say so, print nothing half
                    self.window.dialogs.warning(
                        self.window,
                        QCoreApplication.translate("PrintReport", "The report could not be printed"),
                        str(exc),
                    )
                    return
            render_summary(self.window, printer)
        finally:
            QApplication.restoreOverrideCursor()


def is_preview(printer: QPrinter) -> bool:
    """True while a preview records the pages (its paint engine records pictures); False when
    the user prints from the preview."""
    from PySide6.QtGui import QPaintEngine

    engine = printer.paintEngine()
    return engine is not None and engine.type() == QPaintEngine.Type.Picture


def print_options(window: MainWindow) -> ReportOptions:
    """The language and paper Export report would propose for the open commitment's plan."""
    from .report_options import suggested_options

    plan = window.session.current_plan()
    if plan is None:
        return suggested_options(window.settings, "", "", window.language)
    return suggested_options(window.settings, plan.id, plan.country, window.language, plan.paper)


def make_printer(window: MainWindow, options: ReportOptions | None = None) -> QPrinter:
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    setup_printer(printer, (options or print_options(window)).paper)
    return printer


def print_preview(window: MainWindow):
    """File ▸ Print preview: Qt's preview dialog (opened, not executed: the window stays live)."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    options = print_options(window)
    job = PrintJob(window, options)
    printer = make_printer(window, options)
    dialog = QPrintPreviewDialog(printer, window)
    dialog.setWindowTitle(QCoreApplication.translate("PrintReport", "Print preview"))
    dialog.paintRequested.connect(lambda p: job.render(p, preview=is_preview(p)))
    dialog._printer, dialog._job = printer, job  # kept alive with the dialog
    dialog.open()
    return dialog


def print_now(window: MainWindow):
    """File ▸ Print: Qt's print dialog, then the report's pages on the chosen printer."""
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QDialog

    options = print_options(window)
    job = PrintJob(window, options)
    printer = make_printer(window, options)
    dialog = QPrintDialog(printer, window)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.accepted.connect(lambda: job.render(printer))
    dialog._printer, dialog._job = printer, job
    QDialog.open(dialog)  # PySide6 binds only QPrintDialog.open(receiver, member)
    return dialog
