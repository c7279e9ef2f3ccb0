"""File ▸ Print and Print preview: the open commitment's risk summary through Qt's print support.

The PDF report (reports/) is what the forum signs; printing from the window gives the room a
sheet at once, on the plan's paper (A4 or Letter, as the export dialog chooses), without a PDF
viewer: title, verdict and what would lower it, each factor's level, evidence and rationale,
and the draft text that was scored. It is built from what the window shows (the same scoring
function's result), never from a second calculation.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument

from ...domain.factors import FACTOR_KEYS
from ...domain.rubric import load_rubric

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from ..window.main_window import MainWindow


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


def render(window: MainWindow, printer: QPrinter) -> None:
    """Lay the summary out on `printer` (a real printer, a preview or a PDF file)."""
    doc = QTextDocument()
    doc.setHtml(summary_html(window))
    doc.print_(printer)


def make_printer(window: MainWindow) -> QPrinter:
    from PySide6.QtPrintSupport import QPrinter

    from .report_options import suggested_options

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    plan = window.session.current_plan()
    options = suggested_options(
        window.settings, plan.id if plan else "", plan.country if plan else "", window.language
    )
    setup_printer(printer, options.paper)
    return printer


def print_preview(window: MainWindow):
    """File ▸ Print preview: Qt's preview dialog (opened, not executed: the window stays live)."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    printer = make_printer(window)
    dialog = QPrintPreviewDialog(printer, window)
    dialog.setWindowTitle(QCoreApplication.translate("PrintReport", "Print preview"))
    dialog.paintRequested.connect(lambda p: render(window, p))
    dialog._printer = printer  # kept alive with the dialog
    dialog.open()
    return dialog


def print_now(window: MainWindow):
    """File ▸ Print: Qt's print dialog, then the summary on the chosen printer."""
    from PySide6.QtPrintSupport import QPrintDialog

    printer = make_printer(window)
    dialog = QPrintDialog(printer, window)
    dialog.accepted.connect(lambda: render(window, printer))
    dialog._printer = printer
    dialog.open()
    return dialog
