"""File ▸ New database… and Open database…: the window moves to another database file.

The file is opened the way start-up opens one (`database_opening.open_with_recovery`: the
same checks, messages, lock and dated backup before a migration, the newest backup offered
for a damaged file). The old database is left only once the new one is open: the last edits
are saved first, and a file that cannot be opened leaves the window on the old one,
untouched. The file opened is remembered (QSettings `database/recent`) and the next start
opens it, unless `--db` or $FEASIBILITY_DB names another.

A part of `MainWindow` (main_window.py); its texts keep the "MainWindow" translation context.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings

RECENT_KEY = "database/recent"


def recent_database(settings: QSettings | None = None) -> str | None:
    """The database file opened last from the File menu, if it is still there (start-up opens
    it when neither --db nor $FEASIBILITY_DB says otherwise)."""
    if os.environ.get("FEASIBILITY_DB"):
        return None
    value = (settings or QSettings()).value(RECENT_KEY, "")
    if not isinstance(value, str) or not value:
        return None
    return value if "://" in value or Path(value).is_file() else None


class DatabaseSwitchMixin:
    def _database_folder(self) -> str:
        location = str(self.location or "")
        if location and "://" not in location:
            return str(Path(location).expanduser().parent)
        return str(Path.home())

    def new_database(self) -> bool:
        """File ▸ New database…: a new file, empty or with the case study's sample plan."""
        answer = self.dialogs.new_database(self, self._database_folder())
        if not answer:
            return False
        path, with_sample = answer
        if Path(path).exists():
            self.dialogs.warning(
                self,
                QCoreApplication.translate("MainWindow", "There is already a file there"),
                QCoreApplication.translate(
                    "MainWindow",
                    "{path} exists. A new database needs a new file name; to open that file, "
                    "choose File ▸ Open database…",
                ).format(path=path),
            )
            return False
        return self.switch_database(path, sample=with_sample)

    def open_database_file(self) -> bool:
        """File ▸ Open database…: another existing database file."""
        chosen = self.dialogs.open_file(
            self,
            QCoreApplication.translate("MainWindow", "Open a Feasibility database"),
            self._database_folder(),
            QCoreApplication.translate(
                "MainWindow", "Feasibility databases (*.db *.sqlite *.sqlite3);;All files (*)"
            ),
        )
        if not chosen:
            return False
        if not Path(chosen).is_file():  # opening would make a new, empty file there
            self.dialogs.warning(
                self,
                QCoreApplication.translate("MainWindow", "No such file"),
                QCoreApplication.translate(
                    "MainWindow",
                    "There is no file at {path}. To start a new one, choose File ▸ New database…",
                ).format(path=chosen),
            )
            return False
        return self.switch_database(chosen, sample=False)

    def switch_database(self, location: str, sample: bool = False) -> bool:
        """Leave the open database for `location` (a new file gets the sample plan if `sample`).
        False, with the old database still open, if the user's last edits cannot be saved or
        the new file cannot be opened."""
        from ...storage.repository import Repository
        from .database_opening import open_with_recovery

        if self.repo is not None and not self.session.flush():
            if not self.dialogs.question(
                self,
                QCoreApplication.translate("MainWindow", "Unsaved changes"),
                QCoreApplication.translate(
                    "MainWindow",
                    "Your last changes could not be saved: {reason}\nOpen the other database and lose them?",
                ).format(reason=self.session.save_failure()),
                QCoreApplication.translate("MainWindow", "Open without saving"),
            ):
                return False
        if self.location and os.path.abspath(location) == os.path.abspath(str(self.location)):
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "{path} is already open.").format(path=location),
                8000,
            )
            return True
        keep = QCoreApplication.translate("MainWindow", "Keep the open database")
        opened = open_with_recovery(self, self.dialogs, location, sample=sample, give_up=keep)
        if opened is None:
            return False
        db, location = opened
        old = self.repo
        if self._shell_ready and self.session.current_id:
            self.settings.setValue("session/last_commitment", "")
            self.session.open_commitment("")
        self.location = location
        self._use_repository(Repository(db))  # lists the new file and opens its first commitment
        current = self.navigator.current_commitment_id()
        if self._workspace_ready and current and not self.session.current_id:
            self.session.open_commitment(current)  # the sample's ids are the same in every file
        if old is not None:
            old.db.close()
        self.settings.setValue(RECENT_KEY, location)
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Opened {path}").format(path=location), 8000
        )
        return True
