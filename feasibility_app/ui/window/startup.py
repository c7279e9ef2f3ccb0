"""Opening the database at start-up: the quick list read straight from the file, the
repository opened in a thread, the workspace built after the first paint, the list filled.

A part of `MainWindow` (main_window.py); its texts keep the "MainWindow" translation context."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer

if TYPE_CHECKING:  # imported where used: the window paints before these load
    from ...storage.repository import Repository


class StartupMixin:
    def load_data(self) -> bool:
        """Open the database (the sample plan on first start) and fill the navigator.

        A database that cannot be opened is explained; the user may open its newest
        backup (the damaged file is kept, renamed) or choose another file. False if
        no database was opened.
        """
        self.build_shell()
        from ...storage.database import resolve_location
        from ...storage.repository import Repository
        from .database_opening import open_with_recovery

        opened = open_with_recovery(self, self.dialogs, resolve_location(self.location))
        if opened is None:
            self.load_failed = True
            return False
        db, self.location = opened
        self._use_repository(Repository(db))
        return True

    def wait_for_opening(self) -> None:
        """Let a database opener still running finish (closing or quitting during start-up:
        Qt aborts the process if a running QThread is destroyed)."""
        opener = getattr(self, "_opener", None)
        if opener is not None and opener.isRunning():
            opener.wait()

    def start_opening(self) -> None:
        """Start opening the database in a thread (once); see load_data_async()."""
        if getattr(self, "_opener", None) is not None:
            return
        from .database_opening import DatabaseOpener

        self._opener = DatabaseOpener(self.location, self)
        self._opener.opened.connect(self._opened)
        self._opener.failed.connect(self._open_failed)
        self._opener.start()

    def load_data_async(self) -> None:
        """As load_data(), with the slow part (importing SQLAlchemy, opening, the first
        query) in a thread; the window stays responsive. Ends with `load_finished(ok)`."""
        self.start_opening()
        self.build_shell()
        if self.repo is None:
            self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Opening the database…"))
            self._show_quick_list()

    def _show_quick_list(self) -> None:
        """List the commitments straight from the file (read-only, no SQLAlchemy) while the
        repository loads: people see their plan at once. The repository's list replaces it."""
        from ...storage.sqlite_file import resolve_location
        from ...storage.sqlite_reader import quick_summaries

        rows = quick_summaries(resolve_location(self.location))
        if rows:
            self.navigator.set_rows(rows)
            self.data_loaded.emit()

    def _opened(self, location: str, repo: Repository, plans: list, rows: list) -> None:
        self.statusBar().clearMessage()
        self.location = location
        self._use_repository(repo, (plans, rows))
        self.load_finished.emit(True)

    def _open_failed(self, exc: Exception) -> None:
        # A database problem is explained (and perhaps repaired) by the synchronous path.
        self.statusBar().clearMessage()
        self.load_finished.emit(self.load_data())

    def _use_repository(self, repo: Repository, data: tuple[list, list] | None = None) -> None:
        self.build_shell()
        self.repo = repo
        self.session.set_repository(repo)
        last = str(self.settings.value("session/last_commitment", "") or "")
        if self._workspace_ready:
            self.reload_list(last, data=data)
            self._update_enabled()
            self.data_loaded.emit()
            return
        # Fast start: list first (that is what people look for), then build the workspace.
        self.reload_list(open_first=False, data=data)
        self._update_enabled()
        self.data_loaded.emit()
        QTimer.singleShot(0, lambda: self._finish_start(last))

    def _finish_start(self, last: str) -> None:
        self.build_workspace()
        if self.session.current_id:
            return
        last = self._wanted_before_open or last
        if not (last and self.navigator.select_commitment(last)):
            first = self.navigator.proxy.index(0, 0)
            if first.isValid():
                self.navigator.select_commitment(first.data(self.navigator.model.IdRole))
        # a row already current since the quick list emits no change when selected again
        current = self.navigator.current_commitment_id()
        if current and not self.session.current_id:
            self.session.open_commitment(current)

    def reload_list(self, select: str = "", open_first: bool = True, data: tuple | None = None) -> None:
        """Re-read plans and commitment summaries; select `select` (or keep the current one)."""
        if self.repo is None:
            return
        try:
            plans, rows = data if data is not None else (self.repo.plans(), self.repo.summaries())
        except Exception as exc:
            self.dialogs.warning(
                self, QCoreApplication.translate("MainWindow", "Cannot read the database"), str(exc)
            )
            return
        self.navigator.set_plans(plans)
        self.navigator.set_rows(rows)
        self.update_sample_banner([p.id for p in plans])
        if not open_first:
            return
        target = select or self.session.current_id
        if target and self.navigator.select_commitment(target):
            return
        if self.session.current_id and not self.navigator.current_commitment_id():
            self.session.open_commitment("")
        first = self.navigator.proxy.index(0, 0)
        if first.isValid() and not self.navigator.current_commitment_id():
            self.navigator.select_commitment(first.data(self.navigator.model.IdRole))
