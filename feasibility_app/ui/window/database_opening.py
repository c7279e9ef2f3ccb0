"""Opening the database from the window: in a thread at start-up, and with the user's help
when the file is damaged.

Importing SQLAlchemy and opening the file is the slowest part of a start, so
`DatabaseOpener` does it off the UI thread. When opening fails, `open_with_recovery`
explains the problem and offers what the user can do: open the newest backup (the
damaged file is kept beside it, renamed, never written over) or choose another file.
"""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ...storage.database import Database
    from ..dialogs.dialogs import DialogService


class DatabaseOpener(QThread):
    """Imports the storage layer, opens the database and reads the navigator's rows, off the
    UI thread. The Repository it makes is then used from the UI thread (SQLAlchemy engines
    are not bound to a thread)."""

    opened = Signal(str, object, object, object)  # location, Repository, plans, summaries
    failed = Signal(object)  # the exception

    def __init__(self, location: str | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.location = location

    def run(self) -> None:
        try:
            from ...storage.database import resolve_location
            from ...storage.repository import Repository
            from ...storage.sample import open_with_sample

            location = resolve_location(self.location)
            repo = Repository(open_with_sample(location, sample=getattr(self.parent(), "with_sample", True)))
            plans, rows = repo.plans(), repo.summaries()
        except Exception as exc:  # reported to the UI thread, which explains it
            self.failed.emit(exc)
            return
        self.opened.emit(location, repo, plans, rows)


def restore_backup(path: Path, backup: Path) -> Path:
    """Put `backup` in place of a damaged database; the damaged file (and its WAL) is kept, renamed."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    for suffix in ("", "-wal", "-shm"):
        part = path.with_name(path.name + suffix)
        if part.exists():
            part.rename(path.with_name(f"{path.name}.damaged-{stamp}{suffix}"))
    shutil.copy2(backup, path)
    return path


def open_with_recovery(
    parent: QWidget, dialogs: DialogService, location: str, sample: bool | None = None, give_up: str = ""
) -> tuple[Database, str] | None:
    """Open `location` (the sample plan on first start), asking the user what to do while it
    cannot be opened. Returns the database and where it is, or None if the user gave up.
    `sample`: whether a new file gets the sample plan (default: the window's `with_sample`).
    `give_up`: the label of the button that gives up ("Quit" at start-up; the File menu's
    switch keeps the open database instead)."""
    from ...storage.database import DatabaseProblem, DatabaseUnavailable, is_url, newest_backup
    from ...storage.sample import open_with_sample
    from ..dialogs.dialogs import DatabaseChoice

    while True:
        try:
            try:
                wanted = getattr(parent, "with_sample", True) if sample is None else sample
                return open_with_sample(location, wanted), location
            except DatabaseProblem:
                raise
            except Exception as exc:  # a driver missing, a server gone: explained the same way
                raise DatabaseProblem(f"Cannot open the database {location}: {exc}") from exc
        except DatabaseProblem as exc:
            path = None if is_url(location) else Path(location).expanduser()
            # a locked (or momentarily unopenable) healthy file is never swapped for a backup
            damaged = not isinstance(exc, DatabaseUnavailable)
            backup = newest_backup(path) if damaged and path is not None and path.parent.is_dir() else None
            if give_up:
                choice = dialogs.database_problem(parent, str(exc), backup, give_up=give_up)
            else:
                choice = dialogs.database_problem(parent, str(exc), backup)
            if choice == DatabaseChoice.BACKUP and backup is not None and path is not None:
                try:
                    restore_backup(path, backup)
                except OSError as err:
                    dialogs.warning(
                        parent,
                        QCoreApplication.translate("DatabaseOpening", "The backup cannot be restored"),
                        QCoreApplication.translate(
                            "DatabaseOpening", "Restoring {backup} failed: {reason}"
                        ).format(backup=backup, reason=err.strerror or err),
                    )
                continue
            if choice == DatabaseChoice.CHOOSE:
                chosen = dialogs.open_file(
                    parent,
                    QCoreApplication.translate("DatabaseOpening", "Choose a Feasibility database"),
                    str(path.parent if path else Path.home()),
                    QCoreApplication.translate(
                        "DatabaseOpening", "Feasibility databases (*.db *.sqlite);;All files (*)"
                    ),
                )
                if chosen:
                    location = chosen
                    continue
            return None
