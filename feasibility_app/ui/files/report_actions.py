"""File ▸ Export report and Export plan report: a save dialog, then the PDF written off the UI thread.

The report functions run in the thread pool; a portfolio shows progress and can be
cancelled (the report module then writes no file). Workers never touch widgets: they
report through signals. Dialogs and messages go through the window's `dialogs` service,
so tests never block on a modal box.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QUrl

from .jobs import Job, JobList, Work

if TYPE_CHECKING:
    from ..window.main_window import MainWindow
    from .report_options import ReportOptions


def _explain(exc: Exception) -> str:
    from ...reports import ReportError

    return str(exc) if isinstance(exc, ReportError) else f"{exc.__class__.__name__}: {exc}"


class ReportActions(QObject):
    """What the File menu's report entries do, for one `MainWindow`."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._jobs = JobList(window)

    def busy(self) -> bool:
        return self._jobs.busy()

    def stop(self, timeout_ms: int = 10_000) -> None:
        """Ask running reports to stop and let them end cleanly (the window is closing)."""
        self._jobs.stop(timeout_ms)

    # --- the two entries ---------------------------------------------------------------------

    def export_commitment(self) -> None:
        w = self.window
        cid = w.session.current_id
        if not cid or w.repo is None:
            return
        write_commitment_report = self._writer("commitment_report", "write_commitment_report")
        if write_commitment_report is None:
            return
        fields = w.session.fields()
        plan = w.session.current_plan()
        if plan is not None:
            options = self._ask_options(plan.id, plan.country, plan.paper)
        else:
            options = self._ask_options("", "")
        if options is None:
            return
        path = self._ask_path(fields.title if fields else "report")
        if path is None:
            return
        repo, lang, paper = w.repo, options.language, options.paper
        self._start(
            lambda progress, cancelled: write_commitment_report(repo, cid, path, lang, paper=paper),
            path,
            with_progress=False,
        )

    def export_plan(self, plan_id: str) -> None:
        w = self.window
        if w.repo is None:
            return
        write_plan_report = self._writer("plan_report", "write_plan_report")
        if write_plan_report is None:
            return
        plan = w.session.plan(plan_id)
        options = self._ask_options(plan_id, plan.country, plan.paper)
        if options is None:
            return
        path = self._ask_path(plan.title)
        if path is None:
            return
        repo, lang, paper = w.repo, options.language, options.paper
        self._start(
            lambda progress, cancelled: write_plan_report(
                repo, plan_id, path, lang, progress=progress, cancelled=cancelled, paper=paper
            ),
            path,
            with_progress=True,
        )

    # --- steps --------------------------------------------------------------------------------

    def _ask_options(self, plan_id: str, country: str, plan_paper: str = "") -> ReportOptions | None:
        """The report's language and paper, proposed from the plan's paper and the last choices
        (see report_options: another paper chosen here is for this export only)."""
        from .report_options import remember_options, suggested_options

        w = self.window
        proposed = suggested_options(w.settings, plan_id, country, w.language, plan_paper)
        options = w.dialogs.report_options(w, proposed)
        if options is not None:
            remember_options(w.settings, plan_id, options)
        return options

    def _ask_path(self, title: str) -> Path | None:
        from ..dialogs.dialogs import ask_save_path

        self.window.session.flush()  # the report reads what is saved: save the last keystrokes first
        return ask_save_path(
            self.window,
            "reports/folder",
            self.tr("Export report"),
            title,
            self.tr("PDF documents (*.pdf)"),
            ".pdf",
            "report",
        )

    def _writer(self, module: str, name: str) -> Callable[..., Any] | None:
        """The report writer, imported before the user is asked where to save: an installation
        without reportlab (a bundle that left it out) says so at once. None then."""
        try:
            return getattr(importlib.import_module(f"feasibility_app.reports.{module}"), name)
        except ImportError as exc:
            self._unavailable(exc)
            return None

    def _unavailable(self, exc: ImportError) -> None:
        self.window.dialogs.warning(
            self.window,
            self.tr("Reports are not available"),
            self.tr("This installation cannot write PDF reports ({reason}).").format(reason=exc),
        )

    def _start(self, work: Work, path: Path, with_progress: bool) -> Job:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QProgressDialog

        w = self.window
        job = Job(work, _explain)
        progress_dialog: QProgressDialog | None = None
        if with_progress:
            progress_dialog = QProgressDialog(self.tr("Writing the report…"), self.tr("Cancel"), 0, 0, w)
            progress_dialog.setWindowTitle(self.tr("Export report"))
            progress_dialog.setWindowModality(Qt.WindowModal)
            progress_dialog.setMinimumDuration(300)
            progress_dialog.canceled.connect(lambda: setattr(job, "cancel_requested", True))

            def on_progress(i: int, n: int) -> None:
                if progress_dialog is not None:
                    progress_dialog.setMaximum(max(n, 1))
                    progress_dialog.setValue(min(i, n))

            job.signals.progress.connect(on_progress)

        def close_progress() -> None:
            if progress_dialog is not None:
                progress_dialog.reset()
                progress_dialog.deleteLater()

        def done(result: object) -> None:
            written = Path(result) if result is not None else path
            w.statusBar().showMessage(self.tr("Report written: {path}").format(path=written), 8000)
            if w.dialogs.report_written(w, written):
                w.dialogs.open_url(QUrl.fromLocalFile(str(written)))

        def failed(message: str) -> None:
            w.dialogs.warning(w, self.tr("The report could not be written"), message)

        status = self.tr("Writing {name}…").format(name=path.name)
        return self._jobs.start(job, status, done, failed, cleanup=close_progress)
