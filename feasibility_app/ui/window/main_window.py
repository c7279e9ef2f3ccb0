"""The workspace window: navigator, commitment page, assessment and verdict, menus, toolbar.

The window only arranges widgets and routes signals; the `Session` bridge (ui/bridge/)
carries the Qt-free workspace (app/): the data, the undo stack and the autosave. Storage is
imported inside `load_data()` so the window paints before SQLAlchemy is even imported.

Its parts live beside it: `actions.py` (actions, menus, their texts), `building.py` (the
workspace, toolbar, status bar, wiring), `startup.py` (opening the database, filling the
list), `reactions.py` (following the Session's signals), `workflows.py` (File-menu
workflows), `presentation.py` (projector mode, pane widths). Compare and History are tabs
owned by `parties.party_tabs.PartyTabs`; exchange files and CSV live in
`files.exchange_actions.ExchangeActions`, the PDF reports in `files.report_actions`.

Extending it: `add_tab(widget, key, title)` puts a view in the
central tabs, `add_dock(widget, key, title, area)` in a dock with a View-menu toggle;
`title` is a callable returning the translated title, re-evaluated on every language
change. Views follow `window.session` signals (`commitment_opened`, `saved`, …).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QMainWindow

from ...domain.languages import canonical_language
from .actions import build_actions, build_menus, retranslate_actions
from .building import BuildingMixin
from .database_switch import DatabaseSwitchMixin
from .helping import HelpingMixin
from .lazy_qt import Qt
from .navigation import NavigationMixin
from .presentation import PresentationMixin
from .reactions import ReactionsMixin
from .startup import StartupMixin
from .workflows import WorkflowsMixin

# Only what the first paint needs is imported here: every PySide6 class imported costs its
# enums' creation (~1 ms each), so widgets made after the first paint import their classes
# where they are built.

if TYPE_CHECKING:  # imported where used: the window paints before these load
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QCloseEvent, QFont, QPalette
    from PySide6.QtWidgets import QDockWidget, QWidget

    from ...domain.rubric import Rubric
    from ...storage.repository import Repository
    from ..assessment.assessment_panel import AssessmentPanel
    from ..assessment.verdict_panel import VerdictPanel
    from ..bridge.session import Session
    from ..commitment.commitment_page import CommitmentPage
    from ..common.i18n import LanguageManager
    from ..dialogs.dialogs import DialogService
    from ..files.exchange_actions import ExchangeActions
    from ..files.report_actions import ReportActions
    from ..navigator.navigator import NavigatorWidget
    from ..parties.party_tabs import PartyTabs




class MainWindow(
    StartupMixin,
    DatabaseSwitchMixin,
    WorkflowsMixin,
    ReactionsMixin,
    BuildingMixin,
    PresentationMixin,
    NavigationMixin,
    HelpingMixin,
    QMainWindow,
):
    """The negotiation workspace."""

    data_loaded = Signal()  # the navigator lists the commitments
    load_finished = Signal(bool)  # load_data_async() ended: True if a database is open
    first_painted = Signal()
    # Built by build_shell() and build_workspace() (at once, or after the first paint when lazy).
    session: Session
    navigator: NavigatorWidget
    page: CommitmentPage
    assessment_panel: AssessmentPanel
    verdict_panel: VerdictPanel
    party_tabs: PartyTabs
    exchange: ExchangeActions | None
    reports: ReportActions | None

    def __init__(
        self,
        location: str | None = None,
        *,
        repo: Repository | None = None,
        dialogs: DialogService | None = None,
        settings: QSettings | None = None,
        language: str | None = None,
        lazy: bool = False,
        languages: LanguageManager | None = None,
    ) -> None:
        """`lazy`: build only the shell (menus, toolbar, navigator) now and the workspace
        (commitment page, assessment, verdict) after the first paint: see `build_workspace()`.

        `languages`: the application's LanguageManager (app.py makes it before the window);
        without one the window makes its own, set to the window's language."""
        super().__init__()
        self.setObjectName("MainWindow")
        self.location = location
        self._dialogs = dialogs
        self.settings = settings if settings is not None else QSettings()
        saved_language = self.settings.value("ui/language", "")
        if language is None and languages is not None:
            language = languages.current()
        saved = saved_language if isinstance(saved_language, str) else ""
        self.language = canonical_language(language or saved)
        if languages is None:
            from ..common.i18n import LanguageManager

            languages = LanguageManager(self.settings, self, restore=False)
            # always: installs the catalogues (English has one too, for its plurals)
            languages.set_language(self.language, remember=False)
        self.languages = languages
        self.languages.language_changed.connect(self.set_language)
        self.repo: Repository | None = None
        self.presentation = False
        self.load_failed = False
        self._painted = False
        self.reports = None  # ReportActions, made on first use
        self.exchange = None  # ExchangeActions, made on first use
        self._tabs: list[tuple[QWidget, Callable[[], str]]] = []
        self._docks: list[tuple[QDockWidget, Callable[[], str]]] = []
        self._normal_font: QFont | None = None  # taken when presentation mode is first switched on
        self._normal_palette: QPalette | None = None
        self._shell_ready = False
        self._workspace_ready = False
        self._wanted_before_open = ""  # a commitment clicked in the quick list
        self._splitters_restored = False
        self._nav_visible_before_presentation = True
        # Docks tabbed with the navigator, folded away with it (responsive.fold_side_docks).
        self.navigator_companions: list[QDockWidget] = []
        self._folded_companions: list[QDockWidget] = []

        build_actions(self)
        build_menus(self)
        self.retranslate_ui()
        self._update_enabled()
        self.resize(1280, 800)
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        if not lazy:
            self.build_shell()
            self.build_workspace()
        if repo is not None:
            self._use_repository(repo)

    @property
    def dialogs(self) -> DialogService:
        if self._dialogs is None:
            from ..dialogs.dialogs import DialogService

            self._dialogs = DialogService(self)
        return self._dialogs

    # --- building ---------------------------------------------------------------------------

    def build_shell(self) -> None:
        """The session, the navigator, the tabs, the assessor toolbar and the status bar (once)."""
        if self._shell_ready:
            return
        from PySide6.QtWidgets import QDockWidget

        from ..bridge.session import Session
        from ..navigator.navigator import NavigatorWidget
        from .fitting_tabs import FittingTabs

        self.session = Session(None, self)
        self.session.set_language(self.language)
        self.navigator = NavigatorWidget()
        self.tabs = FittingTabs()  # views scroll inside their tab: the window never outgrows the screen
        self.tabs.setObjectName("workspaceTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setTabBarAutoHide(True)  # the tab bar appears once a second view is added
        self.setCentralWidget(self.tabs)
        self.navigator_dock = self.add_dock(
            self.navigator, "navigatorDock", lambda: self.tr("Commitments"), Qt.LeftDockWidgetArea
        )
        self.navigator_dock.setFeatures(QDockWidget.DockWidgetMovable | QDockWidget.DockWidgetClosable)
        self.navigator.setMinimumWidth(240)
        self.navigator.set_actions(self.actions["new_commitment"], self.actions["delete_commitment"])
        stack = self.session.undo_stack
        stack.canUndoChanged.connect(self.actions["undo"].setEnabled)
        stack.canRedoChanged.connect(self.actions["redo"].setEnabled)
        stack.undoTextChanged.connect(self._update_undo_texts)
        stack.redoTextChanged.connect(self._update_undo_texts)
        self._build_toolbar()
        self._build_status_bar()
        self._connect()
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        self._shell_ready = True
        self.retranslate_ui()
        self.set_language(self.language)
        self._update_enabled()

    def _rubric(self) -> Rubric:
        from ...domain.rubric import load_rubric

        return load_rubric(self.language)

    def workspace_ready(self) -> bool:
        return self._workspace_ready

    def _stack(self, what: str) -> None:
        if self._shell_ready:
            getattr(self.session.undo_stack, what)()

    def _update_undo_texts(self, *_args: object) -> None:
        stack = self.session.undo_stack if self._shell_ready else None
        undo, redo = (stack.undoText(), stack.redoText()) if stack is not None else ("", "")
        self.undo_action.setText(self.tr("&Undo {action}").format(action=undo) if undo else self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo {action}").format(action=redo) if redo else self.tr("&Redo"))

    def _panel(self, method: str) -> None:  # the panel exists once the workspace is built
        if self._workspace_ready:
            getattr(self.assessment_panel, method)()

    # --- extending ------------------------------------------------------------------------------

    def add_tab(self, widget: QWidget, key: str, title: Callable[[], str]) -> int:
        """A view in the central tabs; `title()` is called again on every language change.
        (Builds the shell first on a lazy window; the tab bar shows from the second tab on.)"""
        self.build_shell()
        widget.setObjectName(widget.objectName() or key)
        self._tabs.append((widget, title))
        return self.tabs.addTab(widget, title())

    def add_dock(
        self,
        widget: QWidget,
        key: str,
        title: Callable[[], str],
        area: Qt.DockWidgetArea | None = None,
    ) -> QDockWidget:
        """A view in a dock (position remembered with the window state), toggled from View."""
        from PySide6.QtWidgets import QDockWidget

        dock = QDockWidget(title(), self)
        if area is None:
            area = Qt.RightDockWidgetArea
        dock.setObjectName(key)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        self._docks.append((dock, title))
        if hasattr(self, "menus"):
            self.menus["view"].addAction(dock.toggleViewAction())
        return dock

    # --- language ---------------------------------------------------------------------------------

    # --- plans (kept here: its plural text needs the class's own tr()) -------------------------

    def delete_plan(self) -> bool:
        """Delete the plan chosen in the navigator (else the open commitment's); undo restores it."""
        plan_id = self._report_plan_id()
        if plan_id is None or self.repo is None:
            return False
        plan = self.session.plan(plan_id)
        count = sum(1 for r in self.navigator.model.summaries() if r.plan_id == plan_id)
        if not self.dialogs.question(
            self,
            self.tr("Delete plan"),
            self.tr(
                "Delete the action plan “{title}” with its %n commitment(s)? "
                "Edit ▸ Undo (Ctrl+Z) brings them back.",
                "",
                count,
            ).format(title=plan.title or self.tr("(untitled)")),
            self.tr("Delete"),
        ):
            return False
        return self.session.delete_plan(plan_id)

    def set_language(self, language: str) -> None:
        """Use `language` (en/es/pt) for texts from data files (rubric labels, wording messages).

        The Qt translators are installed by whoever switches the language (i18n.LanguageManager);
        that makes Qt send LanguageChange, which calls `retranslate_ui()` here.
        """
        self.language = canonical_language(language)
        if not self._shell_ready:
            return
        rubric = self._rubric()
        self.session.set_language(self.language)
        self.navigator.set_level_labels(rubric.levels)
        if self._workspace_ready:
            self.page.set_language(self.language)
            self.assessment_panel.set_language(self.language)
            self.verdict_panel.set_language(self.language)
            self.party_tabs.set_language(self.language)
        self.assessor_bar.fill_parties(self.session.current_plan())
        if self.session.current_id:
            self.session.recompute_findings()

    def retranslate_ui(self) -> None:
        """Every tr() text of the window; called again on QEvent.LanguageChange."""
        retranslate_actions(self)
        self._update_undo_texts()
        for widget, title in self._tabs:
            self.tabs.setTabText(self.tabs.indexOf(widget), title())
        for dock, title in self._docks:
            dock.setWindowTitle(title())
        self._update_title()
        if not self._shell_ready:
            return
        self.assessor_bar.retranslate()
        self.saved_label.setAccessibleName(self.tr("Save status"))
        if self.session.last_saved is not None:
            self._saved(self.session.last_saved)

    def changeEvent(self, event: QEvent) -> None:
        # Before the shell exists, do not touch event.type(): that would build QEvent's enums
        # ahead of the first paint; the shell translates itself when it is built.
        if getattr(self, "_shell_ready", False):
            from PySide6.QtCore import QEvent

            if event.type() == QEvent.LanguageChange:
                self.retranslate_ui()
        super().changeEvent(event)

    # --- painting and closing ---------------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._workspace_ready and not self._splitters_restored:
            self._splitters_restored = True
            self.fit_panes()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._shell_ready and not self.session.flush():
            if not self.dialogs.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("Your last changes could not be saved: {reason}\nClose anyway and lose them?").format(
                    reason=self.session.save_failure()
                ),
                self.tr("Close without saving"),
            ):
                event.ignore()
                return
        self.settings.setValue("window/geometry", self.saveGeometry())
        if self.presentation:
            self.set_presentation(False)
        self.settings.setValue("window/state", self.saveState())
        if self._shell_ready and self.session.current_id:
            self.settings.setValue("session/last_commitment", self.session.current_id)
        self.settings.sync()
        self.wait_for_opening()
        if self.reports is not None:  # a report being written: ask it to stop, let it end cleanly
            self.reports.stop()
        super().closeEvent(event)


__all__ = ["MainWindow"]
