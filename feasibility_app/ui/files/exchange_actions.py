"""File ▸ Export/Import exchange file and Export spreadsheet (CSV), off the UI thread.

An import is done in two steps: a dry run (every check, then rolled back) tells the
user what the file would add; only after they confirm is it merged. A bad file is
refused with the one-line reason and the database stays as it was. Workers never
touch widgets: they report through signals (``jobs``, as the report export does).
File dialogs and messages go through the window's injectable `dialogs` service.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from .jobs import Job, JobList

if TYPE_CHECKING:
    from ...exchange.summaries import ImportSummary

log = logging.getLogger(__name__)
_FOLDER_KEY = "exchange/folder"  # where exchange files and spreadsheets were last saved or opened


def _explain(exc: Exception) -> str:
    """One line the user can act on: the file's problem, the OS's reason, else the error itself."""
    from ...exchange import ExchangeError

    if isinstance(exc, ExchangeError):
        message = str(exc)
    elif isinstance(exc, OSError):
        message = f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": ")
    else:
        log.error("exchange job failed", exc_info=exc)
        message = f"{exc.__class__.__name__}: {exc}"
    return message.strip().splitlines()[0] if message.strip() else message


class ExchangeActions(QObject):
    """What the File menu's exchange entries do, for one `MainWindow`."""

    finished = Signal(str)  # "export", "import", "csv" or "" (refused, cancelled, failed): for tests

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self._jobs = JobList(window)

    # --- helpers --------------------------------------------------------------------------------

    def busy(self) -> bool:
        return self._jobs.busy()

    def _folder(self) -> str:
        return str(self.window.settings.value(_FOLDER_KEY, "") or str(Path.home()))

    def _remember(self, path: Path) -> None:
        self.window.settings.setValue(_FOLDER_KEY, str(path.parent))

    def _plan_id_and_name(self) -> tuple[str | None, str]:
        plan_id = self.window.navigator.current_plan_id()
        if plan_id:
            return plan_id, self.window.session.plan(plan_id).title
        return None, self.tr("all-plans")

    def _start(self, work: Callable[[], object], done: Callable[[object], None], status: str) -> Job:
        job = Job(lambda _progress, _cancelled: work(), _explain)
        return self._jobs.start(job, status, done, self._failed)

    def _failed(self, message: str) -> None:
        self.window.dialogs.warning(
            self.window,
            self.tr("The exchange file was not used"),
            self.tr("{reason}\nNothing was changed in the database.").format(reason=message),
        )
        self.finished.emit("")

    def _save_path(self, title: str, name: str, filters: str, suffix: str) -> Path | None:
        from ..dialogs.dialogs import ask_save_path

        self.window.session.flush()
        return ask_save_path(self.window, _FOLDER_KEY, title, name, filters, suffix, "feasibility")

    # --- export ---------------------------------------------------------------------------------

    def export_exchange(self) -> Job | None:
        """Write the current plan (or every plan, with "All plans" chosen) as an exchange file."""
        repo = self.window.repo
        if repo is None:
            return None
        plan_id, name = self._plan_id_and_name()
        from ...app.learning import precedent_library_size
        from ..dialogs.dialogs import ask_save_path

        library = precedent_library_size(repo)  # one small row: the check box says how many
        chosen = {"with_precedents": False}

        def ask(parent, title: str, suggested: str, filters: str) -> str | None:
            path, chosen["with_precedents"] = self.window.dialogs.save_exchange_file(
                parent, title, suggested, filters, library
            )
            return path

        self.window.session.flush()
        path = ask_save_path(
            self.window,
            _FOLDER_KEY,
            self.tr("Export exchange file"),
            name,
            self.tr("Feasibility exchange files (*.json)"),
            ".json",
            "feasibility",
            ask,
        )
        if path is None:
            return None
        with_precedents = bool(chosen["with_precedents"])

        def work():
            from ...exchange.exchange_file import export_exchange

            return export_exchange(repo, path, plan_id=plan_id, with_precedents=with_precedents)

        def done(summary) -> None:
            counts = summary.counts
            text = self.tr(
                "{path}\n{plans}, {commitments}, {revisions}, {assessments}.\n"
                "Give it to the other laptops: File ▸ Import exchange file… adds what they lack."
            ).format(
                path=summary.path,
                plans=self.tr("%n plan(s)", "", counts.get("plans", 0)),
                commitments=self.tr("%n commitment(s)", "", counts.get("commitments", 0)),
                revisions=self.tr("%n revision(s)", "", counts.get("revisions", 0)),
                assessments=self.tr("%n assessment(s)", "", counts.get("assessments", 0)),
            )
            if with_precedents:
                text += "\n" + self.tr(
                    "With the precedent library: %n past commitment(s).", "", counts.get("precedents", 0)
                )
            self.window.dialogs.information(self.window, self.tr("Exchange file written"), text)
            self.finished.emit("export")

        return self._start(work, done, self.tr("Writing {name}…").format(name=path.name))

    def export_csv(self) -> Job | None:
        """One row per commitment and factor, for a spreadsheet."""
        repo = self.window.repo
        if repo is None:
            return None
        plan_id, name = self._plan_id_and_name()
        path = self._save_path(
            self.tr("Export spreadsheet (CSV)"), name, self.tr("CSV spreadsheets (*.csv)"), ".csv"
        )
        if path is None:
            return None

        def work():
            from ...exchange.csv_export import export_csv

            return export_csv(repo, path, plan_id)

        def done(rows) -> None:
            self.window.statusBar().showMessage(
                self.tr("Spreadsheet written: {path} (%n row(s))", "", int(rows)).format(path=path), 8000
            )
            self.finished.emit("csv")

        return self._start(work, done, self.tr("Writing {name}…").format(name=path.name))

    # --- import ---------------------------------------------------------------------------------

    def import_exchange(self) -> Job | None:
        """Check a file (dry run), say what it would add, and merge it once the user agrees."""
        repo = self.window.repo
        if repo is None:
            return None
        chosen = self.window.dialogs.open_file(
            self.window,
            self.tr("Import exchange file"),
            self._folder(),
            self.tr("Feasibility exchange files (*.json);;All files (*)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        self._remember(path)
        self.window.session.flush()

        def check():
            from ...exchange.exchange_file import import_exchange

            return import_exchange(repo, path, dry_run=True)

        def checked(summary: ImportSummary) -> None:
            if not summary.changed:
                self.window.dialogs.information(
                    self.window, self.tr("Nothing to import"), self.summary_text(summary, path)
                )
                self.finished.emit("import")
                return
            if not self.window.dialogs.question(
                self.window,
                self.tr("Import exchange file"),
                self.summary_text(summary, path)
                + "\n\n"
                + self.tr("Nothing in this database is overwritten or deleted. Import now?"),
                self.tr("Import"),
            ):
                self.finished.emit("")
                return
            self._merge(repo, path)

        return self._start(check, checked, self.tr("Checking {name}…").format(name=path.name))

    def _merge(self, repo, path: Path) -> Job:
        self.window.session.flush()

        def merge():
            from ...exchange.exchange_file import import_exchange

            return import_exchange(repo, path)

        def merged(summary: ImportSummary) -> None:
            w = self.window
            w.reload_list()
            if w.session.current_id in summary.commitment_ids:
                w.session.reload_current()
            learning = getattr(w, "learning", None)
            library_changed = summary.added.get("precedents") or summary.added.get("precedents_updated")
            if learning is not None and library_changed:
                learning.precedents.mark_stale()  # the library changed: search again
            w.dialogs.information(w, self.tr("Exchange file imported"), self.summary_text(summary, path))
            self.finished.emit("import")

        return self._start(merge, merged, self.tr("Importing {name}…").format(name=path.name))

    def summary_text(self, summary: ImportSummary, path: Path) -> str:
        """What an import added (or would add), in the UI language."""
        added = summary.added
        labels = {
            "plans": self.tr("%n plan(s)", "", added.get("plans", 0)),
            "commitments": self.tr("%n commitment(s)", "", added.get("commitments", 0)),
            "revisions": self.tr("%n revision(s)", "", added.get("revisions", 0)),
            "assessments": self.tr(
                "%n assessment(s)", "", added.get("assessments", 0) - added.get("consensus", 0)
            ),
            "consensus": self.tr("%n agreed consensus(es)", "", added.get("consensus", 0)),
            "tombstones": self.tr("%n deletion(s) or restoration(s)", "", added.get("tombstones", 0)),
            "outcomes": self.tr("%n outcome(s)", "", added.get("outcomes", 0)),
            "precedents": self.tr("%n precedent(s)", "", added.get("precedents", 0)),
            "precedents_updated": self.tr(
                "%n precedent(s) updated", "", added.get("precedents_updated", 0)
            ),
        }
        counted = {
            "plans": added.get("plans", 0),
            "commitments": added.get("commitments", 0),
            "revisions": added.get("revisions", 0),
            "assessments": added.get("assessments", 0) - added.get("consensus", 0),
            "consensus": added.get("consensus", 0),
            "tombstones": added.get("tombstones", 0),
            "outcomes": added.get("outcomes", 0),
            "precedents": added.get("precedents", 0),
            "precedents_updated": added.get("precedents_updated", 0),
        }
        parts = [labels[k] for k, n in counted.items() if n > 0]
        if not parts:
            lines = [
                self.tr("{name} adds nothing new: this database already has all of it.").format(
                    name=path.name
                )
            ]
        elif summary.dry_run:
            lines = [self.tr("{name} would add: {what}.").format(name=path.name, what=", ".join(parts))]
        else:
            lines = [self.tr("Added from {name}: {what}.").format(name=path.name, what=", ".join(parts))]
        for title in summary.kept_local:
            lines.append(
                self.tr("The plan “{title}” has other settings here; the local ones are kept.").format(
                    title=title
                )
            )
        return "\n".join(lines)


__all__ = ["ExchangeActions"]
