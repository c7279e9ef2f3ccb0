"""How long File ▸ Print takes to turn the report into printed pages (ui/files/print_pages.py).

Prints ``name: value`` lines:

- pdfium_import_s          importing pypdfium2 (done only when printing)
- report_write_s           the sample's first commitment's report, written as for Export report
- report_pages
- print_300dpi_s           painting every page on a PDF-file QPrinter at 300 dpi (MAX_DPI)
- print_300dpi_per_page_s
- preview_150dpi_s         the same at the preview's 150 dpi (PREVIEW_DPI)
- printed_pdf_mb           the size of the 300 dpi printed file (pages are images)

Each timing also has a ``*_cpu_s`` line: on a shared machine the wall clock mostly measures
waiting for a core.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_print.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def timed(name: str, work):
    wall, cpu = time.perf_counter(), time.process_time()
    result = work()
    print(f"{name}: {time.perf_counter() - wall:.3f}")
    print(f"{name.removesuffix('_s')}_cpu_s: {time.process_time() - cpu:.3f}")
    return result


def main() -> None:
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication

    from feasibility_app.reports.commitment_report import write_commitment_report
    from feasibility_app.storage.repository import Repository
    from feasibility_app.storage.sample import open_with_sample
    from feasibility_app.ui.files import print_pages

    app = QApplication.instance() or QApplication([])
    timed("pdfium_import_s", print_pages.load_renderer)
    with tempfile.TemporaryDirectory() as folder:
        repo = Repository(open_with_sample(str(Path(folder) / "bench.db")))
        cid = repo.summaries()[0].id
        out = Path(folder) / "report.pdf"
        timed("report_write_s", lambda: write_commitment_report(repo, cid, out, "en", paper="letter"))
        pdf = out.read_bytes()
        pages = print_pages.page_count(pdf)
        print(f"report_pages: {pages}")
        runs = (("print_300dpi_s", print_pages.MAX_DPI), ("preview_150dpi_s", print_pages.PREVIEW_DPI))
        for name, dpi in runs:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printed = Path(folder) / f"{name}.pdf"
            printer.setOutputFileName(str(printed))
            started = time.perf_counter()
            timed(name, lambda p=printer, d=dpi: print_pages.paint_pdf(pdf, p, d))
            if dpi == print_pages.MAX_DPI:
                print(f"print_300dpi_per_page_s: {(time.perf_counter() - started) / pages:.3f}")
                print(f"printed_pdf_mb: {printed.stat().st_size / 1e6:.1f}")
        repo.db.close()
    del app


if __name__ == "__main__":
    main()
