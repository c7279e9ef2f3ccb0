"""Long work (a PDF, an exchange file) off the UI thread, so the window never freezes.

A `Job` runs in Qt's thread pool and never touches a widget: it reports progress, its
result, or a one-line reason through signals. `JobList` starts a feature's jobs with a
busy cursor and a status-bar message, forgets each when it ends, and can ask them all
to stop when the window closes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

# work(progress(done, total), cancelled()) -> result
Work = Callable[[Callable[[int, int], None], Callable[[], bool]], object]


class _Signals(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(str)


class Job(QRunnable):
    """Runs `work` once in the thread pool; `explain` turns what it raised into the message
    the user reads."""

    def __init__(self, work: Work, explain: Callable[[Exception], str]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = _Signals()
        self._work = work
        self._explain = explain
        self.cancel_requested = False

    def run(self) -> None:
        try:
            result = self._work(self.signals.progress.emit, lambda: self.cancel_requested)
        except Exception as exc:
            self.signals.failed.emit(self._explain(exc))
            return
        self.signals.done.emit(result)


class JobList:
    """The running jobs of one feature of a window."""

    def __init__(self, window: QMainWindow) -> None:
        self.window = window
        self._jobs: list[Job] = []

    def busy(self) -> bool:
        return bool(self._jobs)

    def start(
        self,
        job: Job,
        status: str,
        done: Callable[[object], None],
        failed: Callable[[str], None],
        cleanup: Callable[[], None] | None = None,
    ) -> Job:
        """Run `job` with a busy cursor and `status` shown; when it ends, `cleanup()` and then
        `done(result)` or `failed(message)` run on the UI thread."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication

        self._jobs.append(job)
        self.window.statusBar().showMessage(status)
        QApplication.setOverrideCursor(Qt.BusyCursor)

        def finish() -> None:
            QApplication.restoreOverrideCursor()
            if cleanup is not None:
                cleanup()
            self.window.statusBar().clearMessage()
            if job in self._jobs:
                self._jobs.remove(job)

        def on_done(result: object) -> None:
            finish()
            done(result)

        def on_failed(message: str) -> None:
            finish()
            failed(message)

        job.signals.done.connect(on_done)
        job.signals.failed.connect(on_failed)
        QThreadPool.globalInstance().start(job)
        return job

    def stop(self, timeout_ms: int = 10_000) -> None:
        """Ask the running jobs to stop and let them end cleanly (the window is closing)."""
        if not self._jobs:
            return
        for job in list(self._jobs):
            job.cancel_requested = True
        QThreadPool.globalInstance().waitForDone(timeout_ms)
