"""How the learning views join the main window, with as few hooks into it as possible.

`install_learning(window)` (called once the workspace is built) adds File ▸ Import
precedents…, a "Similar past commitments" dock and an "Outcome" dock beside the draft,
and a "Track record" tab. The views are fed from the window's Session signals and act
through app.learning; an import runs off the UI thread like the other file jobs.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction

from ...app import learning
from ..files.jobs import Job, JobList
from .calibration_view import CalibrationView
from .outcome_panel import OutcomeDraft, OutcomePanel
from .precedents_panel import PrecedentsPanel

if TYPE_CHECKING:
    from ..window.main_window import MainWindow

log = logging.getLogger(__name__)
_FOLDER_KEY = "precedents/folder"
_PLAN_KEY = "learning/calibration_plan"  # the Track record tab's plan ("" = all plans)


def _explain(exc: Exception) -> str:
    from ...exchange.irm_sheet import PrecedentFileError

    if isinstance(exc, PrecedentFileError):
        return str(exc)
    if isinstance(exc, OSError):
        return f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": ")
    log.error("precedent import failed", exc_info=exc)
    return f"{exc.__class__.__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"


class LearningHooks(QObject):
    """The learning views of one window and the few connections they need."""

    finished = Signal(str)  # "import" or "" (refused, failed): for tests

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._jobs = JobList(window)
        self._repo = None
        self._shown = False
        self.precedents = PrecedentsPanel()
        self.outcomes = OutcomePanel()
        self.calibration = CalibrationView(language=window.language)
        self.import_action = QAction(window)
        self.import_action.setObjectName("importPrecedents")
        self.import_action.triggered.connect(self.import_precedents)
        window.addAction(self.import_action)
        menu = window.menus["file"]
        after = window.actions["export_csv"]
        actions = menu.actions()
        index = actions.index(after) + 1 if after in actions else len(actions)
        menu.insertAction(actions[index] if index < len(actions) else None, self.import_action)
        self.precedents_dock = window.add_dock(
            self.precedents,
            "precedentsDock",
            lambda: QCoreApplication.translate("Learning", "Precedents"),
            Qt.LeftDockWidgetArea,
        )
        self.outcome_dock = window.add_dock(
            self.outcomes,
            "outcomeDock",
            lambda: QCoreApplication.translate("Learning", "Outcome"),
            Qt.LeftDockWidgetArea,
        )
        # Tabs beside the navigator: the draft, the scores and the verdict keep their width.
        window.tabifyDockWidget(window.navigator_dock, self.precedents_dock)
        window.tabifyDockWidget(self.precedents_dock, self.outcome_dock)
        window.navigator_companions += [self.precedents_dock, self.outcome_dock]
        self.precedents_dock.visibilityChanged.connect(self.precedents.set_on_screen)
        self.outcome_dock.visibilityChanged.connect(self.outcomes.set_on_screen)
        self.precedents.set_on_screen(False)
        self.outcomes.set_on_screen(False)
        window.navigator_dock.raise_()
        window.add_tab(
            self.calibration,
            "calibrationTab",
            lambda: QCoreApplication.translate("Learning", "&Track record"),
        )
        s = window.session
        s.fields_changed.connect(self._fields_changed)
        s.commitment_opened.connect(self._commitment_opened)
        self.outcomes.record_requested.connect(self.record_outcome)
        self.calibration.refresh_requested.connect(self.refresh_calibration)
        self.calibration.plan_chosen.connect(self._plan_chosen)
        window.tabs.currentChanged.connect(self._tab_changed)
        window.languages.language_changed.connect(self.calibration.set_language)
        window.installEventFilter(self)
        self.retranslate()
        self.connect_repository()

    # --- the window's state -------------------------------------------------------------------

    def connect_repository(self) -> None:
        """Point the views at the window's repository (again, after another database is opened)."""
        repo = self.window.repo
        if repo is None or repo is self._repo:
            return
        self._repo = repo
        self.precedents.set_sources(
            lambda text: learning.similar_precedents(repo, text, 8),
            lambda: learning.precedent_library_size(repo),
        )
        self.outcomes.set_loader(self._outcomes_of)
        self.precedents.mark_stale()

    def _fields_changed(self, fields) -> None:
        if fields is not None:
            self.precedents.set_text("\n".join((fields.title, fields.draft_text)))

    def _commitment_opened(self, cid: str) -> None:
        self.connect_repository()
        self.outcomes.set_commitment(cid)
        fields = self.window.session.fields(cid) if cid else None
        self._fields_changed(fields)

    def _outcomes_of(self, cid: str) -> list:
        repo = self.window.repo
        if repo is None:
            return []
        return self.window.session.run(lambda: learning.outcomes_of(repo, cid)) or []

    def _tab_changed(self, index: int) -> None:
        if self.window.tabs.widget(index) is self.calibration:
            self.refresh_calibration()

    # --- actions --------------------------------------------------------------------------------

    def record_outcome(self, draft: OutcomeDraft) -> bool:
        repo, cid = self.window.repo, self.window.session.current_id
        if repo is None or not cid:
            return False
        result = self.window.session.run(
            lambda: learning.record_outcome(
                repo,
                cid,
                draft.completion,
                draft.stage,
                draft.opened_government,
                draft.source,
                draft.reported_on,
                self.window.session.author(),
            )
        )
        if result is False:
            return False
        self.outcomes.refresh()
        self.outcomes.source.clear()
        self.window.statusBar().showMessage(self.tr("Outcome recorded."), 5000)
        if self.window.tabs.currentWidget() is self.calibration:
            self.refresh_calibration()
        return True

    def refresh_calibration(self) -> None:
        """The picker's plans from the navigator (no query here), then the chosen plan's record."""
        repo = self.window.repo
        if repo is None:
            return
        remembered = self.window.settings.value(_PLAN_KEY, "") or None
        plans = [(p.id, p.title) for p in self.window.navigator.plans()]
        self.calibration.set_plans(plans, remembered)
        plan_id = self.calibration.current_plan_id()
        cal = self.window.session.run(lambda: learning.plan_calibration(repo, plan_id))
        self.calibration.set_calibration(cal if cal is not False else None)

    def _plan_chosen(self, plan_id: str | None) -> None:
        self.window.settings.setValue(_PLAN_KEY, plan_id or "")  # remembered across sessions
        self.refresh_calibration()

    def import_precedents(self) -> Job | None:
        """File ▸ Import precedents…: OGP's IRM data, read and indexed off the UI thread."""
        repo = self.window.repo
        if repo is None:
            return None
        folder = str(self.window.settings.value(_FOLDER_KEY, "") or str(Path.home()))
        chosen = self.window.dialogs.open_file(
            self.window,
            self.tr("Import precedents (OGP's IRM commitment data)"),
            folder,
            self.tr("Spreadsheets (*.csv *.xlsx);;All files (*)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        self.window.settings.setValue(_FOLDER_KEY, str(path.parent))

        def done(result: learning.PrecedentImport) -> None:
            lines = [
                self.tr("%n precedent(s) added", "", result.added)
                + ", "
                + self.tr("%n updated", "", result.updated)
                + "."
            ]
            if result.skipped_no_id:
                lines.append(self.tr("Skipped %n row(s) without an identifier.", "", result.skipped_no_id))
            lines.append(self.tr("The library now holds %n past commitment(s).", "", result.library_size))
            self.window.dialogs.information(self.window, self.tr("Precedents imported"), "\n".join(lines))
            self.precedents.mark_stale()
            self.finished.emit("import")

        def failed(message: str) -> None:
            self.window.dialogs.warning(
                self.window,
                self.tr("The file was not imported"),
                self.tr("{reason}\nNothing was changed in the database.").format(reason=message),
            )
            self.finished.emit("")

        job = Job(
            lambda progress, _cancelled: learning.import_precedents_file(repo, path, progress), _explain
        )
        return self._jobs.start(job, self.tr("Importing {name}…").format(name=path.name), done, failed)

    # --- language -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.import_action.setText(self.tr("Import p&recedents…"))
        tip = self.tr("Read OGP's IRM commitment data (.csv or .xlsx) to see how similar commitments fared")
        self.import_action.setToolTip(tip)
        self.import_action.setStatusTip(tip)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window:
            if event.type() == QEvent.Type.LanguageChange:
                self.retranslate()
            elif event.type() == QEvent.Type.Show and not self._shown:
                # The navigator is the front tab (raise_() before the first show does not hold);
                # the precedents and outcome tabs read the database only while they are shown.
                self._shown = True
                QTimer.singleShot(0, self.window.navigator_dock.raise_)
        return False


def install_learning(window: MainWindow) -> LearningHooks:
    """Add the learning views to a window whose workspace is built (once)."""
    hooks = getattr(window, "learning", None)
    if hooks is None:
        hooks = LearningHooks(window)
        window.learning = hooks
    return hooks


__all__ = ["LearningHooks", "install_learning"]
