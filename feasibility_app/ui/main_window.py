"""The workspace window: navigator, commitment page, assessment and verdict, menus, toolbar.

The window only arranges widgets and routes signals; the `Session` controller holds
the data, the undo stack and the autosave. Storage is imported inside `load_data()`
so the window paints before SQLAlchemy is even imported.

Compare and History are tabs owned by `party_tabs.PartyTabs`; the exchange-file and CSV
entries of the File menu live in `exchange_actions.ExchangeActions`, the PDF reports in
`report_actions.ReportActions`.

Extending it: `add_tab(widget, key, title)` puts a view in the
central tabs, `add_dock(widget, key, title, area)` in a dock with a View-menu toggle;
`title` is a callable returning the translated title, re-evaluated on every language
change. Views follow `window.session` signals (`commitment_opened`, `saved`, …).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu

# Only what the first paint needs is imported here: every PySide6 class imported costs its
# enums' creation (~1 ms each), so widgets made after the first paint import their classes
# where they are built.

if TYPE_CHECKING:  # imported where used: the window paints before these load
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QCloseEvent, QFont, QPalette
    from PySide6.QtWidgets import QDockWidget, QWidget

    from ..domain.model import CommitmentFields, Plan
    from ..domain.rubric import Rubric
    from ..storage.repository import Repository
    from .assessment_panel import AssessmentPanel
    from .commitment_page import CommitmentPage
    from .dialogs import DialogService
    from .exchange_actions import ExchangeActions
    from .i18n import LanguageManager
    from .navigator import NavigatorWidget
    from .party_tabs import PartyTabs
    from .report_actions import ReportActions
    from .session import Session
    from .verdict_panel import VerdictPanel


class _LazyQt:
    """`Qt.X` resolved on first use: materialising PySide6's Qt namespace costs ~60-100 ms,
    which the first paint need not wait for."""

    def __getattr__(self, name: str):
        return getattr(QtCore.Qt, name)


Qt = _LazyQt()
LANGUAGES = ("en", "es", "pt")
PRESENTATION_SCALE = 1.4


class MainWindow(QMainWindow):
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
        self.language = _normalize(language or (saved_language if isinstance(saved_language, str) else ""))
        if languages is None:
            from .i18n import LanguageManager

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

        self._build_actions()
        self._build_menus()
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
            from .dialogs import DialogService

            self._dialogs = DialogService(self)
        return self._dialogs

    # --- building ---------------------------------------------------------------------------

    def build_shell(self) -> None:
        """The session, the navigator, the tabs, the assessor toolbar and the status bar (once)."""
        if self._shell_ready:
            return
        from PySide6.QtWidgets import QDockWidget

        from .fitting_tabs import FittingTabs
        from .navigator import NavigatorWidget
        from .session import Session

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

    def build_workspace(self) -> None:
        """The commitment page, the assessment panel and the verdict (once; idempotent)."""
        if self._workspace_ready:
            return
        self.build_shell()
        from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QPlainTextEdit, QSplitter

        from .assessment_panel import AssessmentPanel
        from .commitment_page import CommitmentPage, UndoPassthrough
        from .verdict_panel import VerdictPanel

        self.page = CommitmentPage()
        self.assessment_panel = AssessmentPanel()
        self.verdict_panel = VerdictPanel()
        self.assessment_split = QSplitter(Qt.Horizontal)
        self.assessment_split.setObjectName("assessmentSplit")
        self.assessment_split.addWidget(self.assessment_panel)
        self.assessment_split.addWidget(self.verdict_panel)
        self.assessment_split.setStretchFactor(0, 1)
        self.assessment_split.setStretchFactor(1, 1)
        self.work_split = QSplitter(Qt.Horizontal)
        self.work_split.setObjectName("workSplit")
        self.work_split.addWidget(self.page)
        self.work_split.addWidget(self.assessment_split)
        self.work_split.setStretchFactor(0, 1)
        self.work_split.setStretchFactor(1, 0)
        self.work_split.setChildrenCollapsible(False)
        self.assessment_split.setChildrenCollapsible(False)
        self.work_split.setObjectName("workspace")
        self._tabs.insert(0, (self.work_split, lambda: self.tr("&Commitment")))
        self.tabs.insertTab(0, self.work_split, self.tr("&Commitment"))
        self.tabs.setCurrentIndex(0)
        from .party_tabs import PartyTabs

        self.party_tabs = PartyTabs(self.session, self, self)
        self.party_tabs.set_language(self.language)
        self.add_tab(self.party_tabs.compare_page, "compareTab", lambda: self.tr("C&ompare"))
        self.add_tab(self.party_tabs.history_page, "historyTab", lambda: self.tr("H&istory"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.party_tabs.edit_assessment_requested.connect(self._edit_assessment)

        s = self.session
        self.page.fields_edited.connect(s.edit_fields)
        self.assessment_panel.score_edited.connect(s.edit_score)
        self.assessment_panel.irm_edited.connect(s.edit_irm)
        s.assessment_changed.connect(self.assessment_panel.set_assessment)
        s.result_changed.connect(self.verdict_panel.set_result)
        s.findings_counts_changed.connect(self.assessment_panel.set_findings_counts)
        s.notice_changed.connect(self.page.set_notice)
        s.findings_changed.connect(
            lambda fs: self.page.draft_box.set_structural_findings([f for f in fs if f.structural])
        )
        s.parallel_edit_found.connect(self._parallel_edit_found)
        self.page.history_requested.connect(self.show_history)
        # Ctrl+Z in the assessment's text fields goes to the window's undo stack, too.
        self._undo_filter = UndoPassthrough(self)
        for kind in (QLineEdit, QPlainTextEdit):
            for edit in self.assessment_panel.findChildren(kind):
                edit.installEventFilter(self._undo_filter)
        from .keyboard import install_table_exits

        self.set_focus_order()
        self._table_exits = install_table_exits(self.work_split, self)
        for page in self.party_tabs.pages():
            for table in page.findChildren(QAbstractItemView):
                table.installEventFilter(self._table_exits)

        # The panes' arrangement follows the window's size (splitters remembered per size class).
        from .responsive import ResponsiveLayout

        self.responsive = ResponsiveLayout(self)
        self._workspace_ready = True
        self.set_language(self.language)
        if self.presentation:
            self.set_presentation(True)
        if self.isVisible() and not self._splitters_restored:
            self._splitters_restored = True
            QApplication.sendPostedEvents()
            self.fit_panes()
        self._update_enabled()

    def set_focus_order(self) -> None:
        """Tab order (docs/keyboard.md): navigator → page → factor cards → verdict. Called again
        whenever the panes are rearranged (moving a widget to another splitter resets its place)."""
        from PySide6.QtWidgets import QWidget

        from .keyboard import last_focusable_inside

        QWidget.setTabOrder(self.navigator.view, self.page.title_edit)
        QWidget.setTabOrder(self.page.remove_milestone_button, self.assessment_panel)
        last = last_focusable_inside(self.assessment_panel, self.assessment_panel.cards[-1])
        QWidget.setTabOrder(last, self.verdict_panel.chip)
        QWidget.setTabOrder(self.verdict_panel.chip, self.verdict_panel.what_if)

    def _rubric(self) -> Rubric:
        from ..domain.rubric import load_rubric

        return load_rubric(self.language)

    def workspace_ready(self) -> bool:
        return self._workspace_ready

    def _build_actions(self) -> None:
        def action(name: str, slot: Callable | None = None, shortcuts=(), checkable: bool = False) -> QAction:
            act = QAction(self)
            act.setObjectName(name)
            if shortcuts:
                act.setShortcuts([QKeySequence(s) for s in shortcuts])
            act.setCheckable(checkable)
            if slot is not None:
                act.triggered.connect(slot)
            self.addAction(act)  # shortcuts work even when the menu bar is hidden
            return act

        self.actions: dict[str, QAction] = {
            "new_plan": action("newPlan", self.new_plan),
            "delete_plan": action("deletePlan", self.delete_plan),
            "plan_settings": action("planSettings", self.plan_settings),
            "export_exchange": action("exportExchange", lambda: self._exchange("export_exchange")),
            "import_exchange": action("importExchange", lambda: self._exchange("import_exchange")),
            "export_csv": action("exportCsv", lambda: self._exchange("export_csv")),
            "new_commitment": action("newCommitment", self.new_commitment, [QKeySequence.New]),
            "delete_commitment": action("deleteCommitment", self.delete_commitment),
            "export_report": action("exportReport", self.export_report, ["Ctrl+E"]),
            "export_plan_report": action("exportPlanReport", self.export_plan_report, ["Ctrl+Shift+E"]),
            "quit": action("quit", self.close, [QKeySequence.Quit, "Ctrl+Q"]),
            "undo": action("undo", lambda: self._stack("undo"), [QKeySequence.Undo]),
            "redo": action("redo", lambda: self._stack("redo"), ["Ctrl+Shift+Z", "Ctrl+Y"]),
            "find": action("find", self.find_commitment, [QKeySequence.Find]),
            # Keys that need no AltGr on Spanish and Latin-American keyboards (Ctrl+] needs it there).
            "go_to": action("goTo", self.quick_switch, ["Ctrl+K"]),
            # The tabs by number: their mnemonics (Alt+O) clash with the page's field labels.
            "show_commitment": action("showCommitment", self.show_commitment, ["Ctrl+1"]),
            "show_compare": action("showCompare", self.show_compare, ["Ctrl+2"]),
            "show_history": action("showHistory", self.show_history, ["Ctrl+3"]),
            "next_commitment": action("nextCommitment", lambda: self.step_commitment(1), ["Ctrl+PgDown"]),
            "previous_commitment": action(
                "previousCommitment", lambda: self.step_commitment(-1), ["Ctrl+PgUp"]
            ),
            "presentation": action(
                "presentation", self.set_presentation, ["F11", "Ctrl+Shift+P"], checkable=True
            ),
            "next_factor": action(
                "nextFactor", lambda: self._panel("focus_next_factor"), ["Alt+Down", "Ctrl+]"]
            ),
            "previous_factor": action(
                "previousFactor", lambda: self._panel("focus_previous_factor"), ["Alt+Up", "Ctrl+["]
            ),
            "about": action("about", self.show_about),
        }
        self.undo_action = self.actions["undo"]
        self.redo_action = self.actions["redo"]
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)

    def _stack(self, what: str) -> None:
        if self._shell_ready:
            getattr(self.session.undo_stack, what)()

    def _update_undo_texts(self, *_args: object) -> None:
        stack = self.session.undo_stack if self._shell_ready else None
        undo, redo = (stack.undoText(), stack.redoText()) if stack is not None else ("", "")
        self.undo_action.setText(self.tr("&Undo {action}").format(action=undo) if undo else self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo {action}").format(action=redo) if redo else self.tr("&Redo"))

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menus: dict[str, QMenu] = {}
        for key in ("file", "edit", "view", "help"):
            menu = bar.addMenu("")
            menu.setObjectName(f"{key}Menu")
            self.menus[key] = menu
        a = self.actions
        m = self.menus["file"]
        m.addAction(a["new_plan"])
        m.addAction(a["delete_plan"])
        m.addAction(a["plan_settings"])
        m.addSeparator()
        m.addAction(a["new_commitment"])
        m.addAction(a["delete_commitment"])
        m.addSeparator()
        m.addAction(a["export_report"])
        m.addAction(a["export_plan_report"])
        m.addSeparator()
        m.addAction(a["export_exchange"])
        m.addAction(a["import_exchange"])
        m.addAction(a["export_csv"])
        m.addSeparator()
        m.addAction(a["quit"])
        m = self.menus["edit"]
        m.addAction(a["undo"])
        m.addAction(a["redo"])
        m.addSeparator()
        m.addAction(a["find"])
        m.addAction(a["go_to"])
        m = self.menus["view"]
        m.addAction(a["presentation"])
        m.addSeparator()
        m.addAction(a["next_factor"])
        m.addAction(a["previous_factor"])
        m.addAction(a["next_commitment"])
        m.addAction(a["previous_commitment"])
        m.addSeparator()
        m.addAction(a["show_commitment"])
        m.addAction(a["show_compare"])
        m.addAction(a["show_history"])
        m.addSeparator()
        for dock, _title in self._docks:
            m.addAction(dock.toggleViewAction())
        self.menus["help"].addAction(a["about"])
        from .language_menu import LanguageMenu

        self.language_menu = LanguageMenu(self.languages, self)
        bar.insertMenu(self.menus["help"].menuAction(), self.language_menu)

    def _build_toolbar(self) -> None:
        from .assessor_bar import AssessorBar

        bar = AssessorBar(self.session, self.settings, self._rubric, self.actions["presentation"])
        self.assessor_bar = bar
        self.assessor_bar.assessor_shown.connect(self._update_assessor_header)
        self.addToolBar(Qt.TopToolBarArea, self.assessor_bar)
        self.menus["view"].addAction(self.assessor_bar.toggleViewAction())

    def _build_status_bar(self) -> None:
        from PySide6.QtWidgets import QLabel

        self.saved_label = QLabel()
        self.save_problem_label = QLabel()
        self.save_problem_label.setWordWrap(True)
        self.save_problem_label.setStyleSheet(
            "QLabel { background: #B71C1C; color: white; font-weight: bold; padding: 2px 8px; }"
        )
        self.save_problem_label.hide()
        self.statusBar().addWidget(self.save_problem_label, 1)
        self.statusBar().addPermanentWidget(self.saved_label)

    def _connect(self) -> None:
        s = self.session
        self.navigator.commitment_selected.connect(self._navigator_selected)
        self.navigator.plan_changed.connect(lambda _plan_id: self._update_enabled())
        s.commitment_opened.connect(self._commitment_opened)
        s.fields_changed.connect(self._fields_changed)
        s.summary_changed.connect(lambda cid, changes: self.navigator.model.update_fields(cid, **changes))
        s.list_changed.connect(self.reload_list)
        s.plans_changed.connect(self._plans_changed)
        s.select_requested.connect(self._select_requested)
        s.plan_changed.connect(self._plan_changed)
        s.saved.connect(self._saved)
        s.save_failed.connect(self._save_failed)
        s.error.connect(lambda title, text: self.dialogs.warning(self, title, text))
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.session.flush)

    def find_commitment(self) -> None:
        """Ctrl+F: the navigator's filter box; with the navigator folded away (a small screen,
        presentation mode), the Go to commitment box instead of typing into a hidden field."""
        if not self._shell_ready:
            return
        if self.navigator_dock.isHidden() or not self.navigator.isVisible():
            self.quick_switch()
        else:
            self.navigator.focus_filter()

    def quick_switch(self) -> None:
        """Ctrl+K: a filter box over the commitments; Enter opens the chosen one."""
        if not self._shell_ready:
            return
        from .quick_switcher import QuickSwitcher

        dialog = QuickSwitcher(self.navigator, self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: dialog.chosen and self.navigator.select_commitment(dialog.chosen))
        self.quick_switcher = dialog
        dialog.open()

    def step_commitment(self, step: int) -> None:
        """Ctrl+PgDn / Ctrl+PgUp: the next or previous commitment in the navigator's order."""
        if self._shell_ready:
            from .quick_switcher import step_commitment

            step_commitment(self.navigator, step)

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

    # --- loading ----------------------------------------------------------------------------------

    def load_data(self) -> bool:
        """Open the database (the sample plan on first start) and fill the navigator.

        A database that cannot be opened is explained; the user may open its newest
        backup (the damaged file is kept, renamed) or choose another file. False if
        no database was opened.
        """
        self.build_shell()
        from ..storage.database import resolve_location
        from ..storage.repository import Repository
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
            self.statusBar().showMessage(self.tr("Opening the database…"))
            self._show_quick_list()

    def _show_quick_list(self) -> None:
        """List the commitments straight from the file (read-only, no SQLAlchemy) while the
        repository loads: people see their plan at once. The repository's list replaces it."""
        from ..storage.sqlite_file import resolve_location
        from ..storage.sqlite_reader import quick_summaries

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
            self.dialogs.warning(self, self.tr("Cannot read the database"), str(exc))
            return
        self.navigator.set_plans(plans)
        self.navigator.set_rows(rows)
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

    # --- reacting to the session ---------------------------------------------------------------

    def _navigator_selected(self, cid: str) -> None:
        if self.repo is None:  # the quick list is showing; open it once the repository is there
            self._wanted_before_open = cid
            return
        if cid != self.session.current_id:
            self.session.open_commitment(cid)

    def _select_requested(self, cid: str) -> None:
        if not self.navigator.select_commitment(cid, emit=False):
            self.reload_list(cid)

    def _commitment_opened(self, cid: str) -> None:
        if self._workspace_ready:
            self.page.set_parallel_edit("")
        if cid:
            self.settings.setValue("session/last_commitment", cid)
        elif self._workspace_ready:
            from ..domain.model import CommitmentFields

            self.page.set_fields(CommitmentFields())
            self.page.set_notice("")
        self._update_enabled()
        self._update_title()

    def _fields_changed(self, fields: CommitmentFields) -> None:
        if self._workspace_ready:
            self.page.set_fields(fields)
        self._update_title()

    def _plan_changed(self, plan: Plan) -> None:
        if self._workspace_ready:
            self.page.set_plan_period(plan.start, plan.end)
        self.assessor_bar.fill_parties(plan)

    def _update_title(self) -> None:
        fields = self.session.fields() if self._shell_ready else None
        if fields is not None and self.session.current_id:
            title = fields.title or self.tr("(untitled)")
            self.setWindowTitle(self.tr("{title} — Feasibility").format(title=title))
        else:
            self.setWindowTitle(self.tr("Feasibility"))

    def _update_enabled(self) -> None:
        has_repo = self.repo is not None
        has_commitment = self._shell_ready and bool(self.session.current_id)
        self.actions["new_plan"].setEnabled(has_repo)
        self.actions["delete_plan"].setEnabled(
            has_repo and self._shell_ready and self._report_plan_id() is not None
        )
        for key in ("export_exchange", "import_exchange", "export_csv"):
            self.actions[key].setEnabled(has_repo)
        self.actions["plan_settings"].setEnabled(
            has_repo and self._shell_ready and self._settings_plan_id() is not None
        )
        self.actions["new_commitment"].setEnabled(has_repo)
        self.actions["delete_commitment"].setEnabled(has_commitment)
        self.actions["export_report"].setEnabled(has_commitment)
        self.actions["export_plan_report"].setEnabled(has_repo and self._report_plan_id() is not None)
        if self._workspace_ready:
            self.page.set_read_only(not self.session.can_edit())
        if self._shell_ready:
            self._update_assessor_header()

    def _saved(self, when: datetime) -> None:
        self.saved_label.setText(self.tr("Saved {time}").format(time=when.strftime("%H:%M:%S")))
        self.save_problem_label.hide()

    def _save_failed(self, reason: str) -> None:
        self.save_problem_label.setText(
            self.tr("Not saved: {reason} Your edits are kept here; saving is retried.").format(reason=reason)
        )
        self.save_problem_label.setToolTip(reason)
        self.save_problem_label.show()

    # --- the assessor -------------------------------------------------------------------------

    def set_assessor(self, name: str, role: str | None = None, party_name: str | None = None) -> None:
        """Choose who is scoring (as the toolbar does); used by tests and tools."""
        self.assessor_bar.set_assessor(name, role, party_name)

    def _update_assessor_header(self) -> None:
        who = self.session.assessor()
        rubric = self._rubric()
        # The role, not the party's (often long) name: "Artículo 19 (Civil society)".
        role_label = rubric.role_label(self.assessor_bar.current_role() or who.role)
        if not self._workspace_ready:
            return
        self.assessment_panel.set_assessor(who.name, role_label if who.name else "")
        reason = ""
        if self.session.can_edit() and not who.valid:
            reason = self.tr("To score, type your name in the Assessor box of the toolbar (Alt+A).")
        self.assessment_panel.set_read_only(not self.session.can_score(), reason)

    # --- actions ------------------------------------------------------------------------------------

    def _default_plan_id(self) -> str | None:
        plan_id = self.navigator.current_plan_id()
        if plan_id:
            return plan_id
        plan = self.session.current_plan()
        if plan is not None:
            return plan.id
        plans = self.navigator.plans()
        return plans[0].id if plans else None

    def _report_plan_id(self) -> str | None:
        return self.navigator.current_plan_id() or (
            self.session.current_plan().id if self.session.current_plan() else None
        )

    def new_plan(self) -> str | None:
        if self.repo is None:
            return None
        rubric = self._rubric()
        draft = self.dialogs.new_plan(self, dict(rubric.roles))
        if draft is None:
            return None
        plan_id = self.session.create_plan(draft.title, draft.country, draft.start, draft.end, draft.parties)
        self._update_enabled()
        return plan_id

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

    def _settings_plan_id(self) -> str | None:
        """The plan Plan settings edits: the navigator's, else the open commitment's, else the
        only plan; None when "All plans" is chosen among several and nothing is open."""
        plan_id = self._report_plan_id()
        if plan_id is None:
            plans = self.navigator.plans()
            plan_id = plans[0].id if len(plans) == 1 else None
        return plan_id

    def plan_settings(self) -> Plan | None:
        """File ▸ Plan settings…: edit and save the plan. A stale save (someone else saved the
        plan meanwhile) is explained by the session, then the dialog reopens with the user's
        values on the fresh plan, so nothing typed is lost; the saved plan, or None."""
        from .plan_settings import rebase_plan

        plan_id = self._settings_plan_id()
        if plan_id is None or self.repo is None:
            return None
        self.session.forget_plan(plan_id)  # edit what is saved now, not a cached copy
        try:
            draft = self.session.plan(plan_id)
        except Exception as exc:
            self.dialogs.warning(self, self.tr("Cannot read the database"), str(exc))
            return None
        base, saved_meanwhile = draft, None
        while True:
            edited = self.dialogs.plan_settings(self, draft, self.language, saved_meanwhile)
            if edited is None:
                return None
            saved = self.session.save_plan(edited)
            if saved is not None:
                if self._workspace_ready:
                    self.party_tabs.invalidate()
                self._update_enabled()
                return saved
            draft = edited  # the reason was shown; reopen with what the user typed
            self.session.forget_plan(plan_id)
            try:
                fresh = self.session.plan(plan_id)
            except Exception:
                continue
            if fresh != base:  # someone else saved it: their values are named, ours kept
                base, saved_meanwhile = fresh, fresh
            draft = rebase_plan(edited, fresh)

    def _plans_changed(self, plan_id: str) -> None:
        """A plan was created, deleted or restored: list again; show `plan_id` ("" = all plans)."""
        self.reload_list(open_first=False)
        if plan_id:
            self.navigator.set_current_plan(plan_id)
        elif self.navigator.current_plan_id() not in {p.id for p in self.navigator.plans()}:
            self.navigator.set_current_plan(None)
        if not self.session.current_id or not self.navigator.current_commitment_id():
            self.reload_list()
        self._update_enabled()

    # --- exchange files, Compare and History --------------------------------------------------------

    def _exchange(self, what: str):
        if self.repo is None:
            return None
        if getattr(self, "exchange", None) is None:
            from .exchange_actions import ExchangeActions

            self.exchange = ExchangeActions(self)
        return getattr(self.exchange, what)()

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) in self.party_tabs.pages():
            self.party_tabs.view_shown()

    def show_commitment(self) -> None:
        if self._workspace_ready:
            self.tabs.setCurrentWidget(self.work_split)

    def show_history(self) -> None:
        if self._workspace_ready:
            self.tabs.setCurrentWidget(self.party_tabs.history_page)
            self.party_tabs.view_shown()

    def show_compare(self) -> None:
        if self._workspace_ready:
            self.tabs.setCurrentWidget(self.party_tabs.compare_page)
            self.party_tabs.view_shown()

    def _edit_assessment(self, name: str, role: str) -> None:
        """After a re-score: edit that assessor's new assessment on the Commitment tab."""
        self.set_assessor(name, role)
        self.tabs.setCurrentWidget(self.work_split)
        self.assessment_panel.focus_factor(0)

    def _parallel_edit_found(self, cid: str, revisions: list) -> None:
        if cid != self.session.current_id or not self._workspace_ready or not revisions:
            return
        newest = revisions[-1]
        who = newest.author or self.tr("Someone")
        when = newest.created_at.astimezone().strftime("%H:%M")
        text = self.tr(
            "{who} saved a parallel edit at {time}. Both versions are kept: nothing was overwritten."
        ).format(who=who, time=when)
        self.page.set_parallel_edit(text)
        self.statusBar().showMessage(text, 10000)
        self.party_tabs.invalidate()

    def new_commitment(self) -> str | None:
        if self.repo is None:
            return None
        plan_id = self._default_plan_id() or self.new_plan()
        if plan_id is None:
            return None
        plan = self.session.plan(plan_id)
        from ..domain.model import CommitmentFields

        fields = CommitmentFields(
            title=self.tr("New commitment"),
            language=self.language,
            start=plan.start,
            end=plan.end,
        )
        cid = self.session.create_commitment(plan_id, fields)
        if cid and self._workspace_ready:
            self.page.title_edit.setFocus(Qt.OtherFocusReason)
            self.page.title_edit.selectAll()
        return cid

    def delete_commitment(self) -> bool:
        cid = self.session.current_id
        if not cid:
            return False
        fields = self.session.fields()
        title = (fields.title if fields else "") or self.tr("(untitled)")
        if not self.dialogs.question(
            self,
            self.tr("Delete commitment"),
            self.tr("Delete “{title}” with its assessments? Edit ▸ Undo (Ctrl+Z) brings it back.").format(
                title=title
            ),
            self.tr("Delete"),
        ):
            return False
        return self.session.delete_commitment(cid, self._neighbour_of(cid))

    def _neighbour_of(self, cid: str) -> str:
        proxy = self.navigator.proxy
        for row in range(proxy.rowCount()):
            if proxy.index(row, 0).data(self.navigator.model.IdRole) == cid:
                for other in (row + 1, row - 1):
                    index = proxy.index(other, 0)
                    if index.isValid():
                        return index.data(self.navigator.model.IdRole)
        return ""

    def export_report(self) -> None:
        """File ▸ Export report: this commitment's PDF (see report_actions)."""
        self._report_actions().export_commitment()

    def export_plan_report(self) -> None:
        """File ▸ Export plan report: the portfolio of the selected plan."""
        plan_id = self._report_plan_id()
        if plan_id is not None:
            self._report_actions().export_plan(plan_id)

    def _report_actions(self) -> ReportActions:
        if self.reports is None:
            from .report_actions import ReportActions

            self.reports = ReportActions(self)
        return self.reports

    def show_about(self) -> None:
        self.dialogs.information(
            self,
            self.tr("About Feasibility"),
            self.tr(
                "Feasibility scores a draft Open Government Partnership commitment against six "
                "risk factors, so a forum sees before signing what could stop it.\n\n"
                "Database: {location}"
            ).format(location=self.location or ""),
        )

    # --- presentation mode ----------------------------------------------------------------------

    def set_presentation(self, on: bool) -> None:
        """Larger fonts (×1.4) and higher contrast for a projector; the layout stays the same."""
        from PySide6.QtGui import QFont, QPalette

        on = bool(on)
        if self._normal_font is None:
            self._normal_font, self._normal_palette = QFont(self.font()), QPalette(self.palette())
        self.presentation = on
        if self.actions["presentation"].isChecked() != on:
            self.actions["presentation"].setChecked(on)
        font = QFont(self._normal_font)
        if on:
            size = self._normal_font.pointSizeF()
            if size > 0:
                font.setPointSizeF(size * PRESENTATION_SCALE)
            else:
                font.setPixelSize(round(self._normal_font.pixelSize() * PRESENTATION_SCALE))
        self.setFont(font)
        self.setPalette(_high_contrast(self._normal_palette) if on else self._normal_palette)
        # On a projector the room looks at one commitment: the list makes way for it (Ctrl+K,
        # Ctrl+PgUp/PgDn reach the others). Back at a desk, the size class decides (responsive.py).
        if on and self._shell_ready and not self.navigator_dock.isHidden():
            self._nav_visible_before_presentation = True
            self.navigator_dock.hide()
        elif not on and self._shell_ready and not self._workspace_ready:
            if self._nav_visible_before_presentation:
                self.navigator_dock.show()
        if self._shell_ready:
            self.navigator.set_level_labels(self._rubric().levels)
        if self._workspace_ready:
            self.page.set_presentation(on)
            self.assessment_panel.set_presentation(on)
            self.verdict_panel.set_presentation(on)
            QApplication.sendPostedEvents()
            self.fit_panes()

    # --- language ---------------------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        """Use `language` (en/es/pt) for texts from data files (rubric labels, wording messages).

        The Qt translators are installed by whoever switches the language (i18n.LanguageManager);
        that makes Qt send LanguageChange, which calls `retranslate_ui()` here.
        """
        self.language = _normalize(language)
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
            self.session._recompute_findings()

    def retranslate_ui(self) -> None:
        """Every tr() text of the window; called again on QEvent.LanguageChange."""
        titles = {
            "file": self.tr("&File"),
            "edit": self.tr("&Edit"),
            "view": self.tr("&View"),
            "help": self.tr("&Help"),
        }
        for key, menu in self.menus.items():
            menu.setTitle(titles[key])
        a = self.actions
        texts = {
            "new_plan": (self.tr("New &plan…"), self.tr("Create an action plan with its forum's parties")),
            "delete_plan": (
                self.tr("De&lete plan…"),
                self.tr("Delete the chosen action plan with its commitments (undo restores it)"),
            ),
            "plan_settings": (
                self.tr("Plan &settings…"),
                self.tr("Title, period, factor weights and forum parties of the chosen action plan"),
            ),
            "export_exchange": (
                self.tr("E&xport exchange file…"),
                self.tr("Save the plan's commitments and scores for another laptop"),
            ),
            "import_exchange": (
                self.tr("&Import exchange file…"),
                self.tr("Add what another laptop's exchange file has; nothing here is overwritten"),
            ),
            "export_csv": (
                self.tr("Export spreadsheet (&CSV)…"),
                self.tr("One row per commitment and factor, for a spreadsheet"),
            ),
            "new_commitment": (self.tr("&New commitment"), self.tr("Add a draft commitment to the plan")),
            "delete_commitment": (self.tr("&Delete commitment…"), self.tr("Delete it (undo restores it)")),
            "export_report": (
                self.tr("&Export report…"),
                self.tr("Write this commitment's risk report as PDF"),
            ),
            "export_plan_report": (
                self.tr("Export plan rep&ort…"),
                self.tr("Write the whole action plan's portfolio report as PDF"),
            ),
            "quit": (self.tr("&Quit"), ""),
            "find": (self.tr("&Find commitment"), self.tr("Go to the navigator's filter box")),
            "go_to": (
                self.tr("&Go to commitment…"),
                self.tr("Choose another commitment by typing part of its title (Ctrl+K)"),
            ),
            "next_commitment": (self.tr("Next co&mmitment"), ""),
            "show_commitment": (self.tr("Commitment &tab"), ""),
            "show_compare": (self.tr("Compare t&ab"), ""),
            "show_history": (self.tr("History ta&b"), ""),
            "previous_commitment": (self.tr("Previous comm&itment"), ""),
            "presentation": (
                self.tr("&Presentation mode"),
                self.tr("Larger text and stronger contrast for a projector (F11)"),
            ),
            "next_factor": (self.tr("Ne&xt factor"), ""),
            "previous_factor": (self.tr("P&revious factor"), ""),
            "about": (self.tr("&About Feasibility"), ""),
        }
        for key, (text, tip) in texts.items():
            a[key].setText(text)
            a[key].setToolTip(tip or text.replace("&", "").rstrip("…"))
            a[key].setStatusTip(tip)
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

    def fit_panes(self) -> None:
        """Arrange and size the panes for the window's size and mode (see responsive.py)."""
        if self._workspace_ready:
            self.responsive.arrange()
            self._keep_on_screen()

    def _keep_on_screen(self) -> None:
        """Never larger than the screen: a tall tab or larger fonts must not push the window
        (and its buttons) past the screen's edge."""
        screen = self.screen()
        if screen is None or self.isMaximized() or self.isFullScreen():
            return
        area = screen.availableGeometry()
        frame = self.frameGeometry()
        extra_w, extra_h = frame.width() - self.width(), frame.height() - self.height()
        width = min(self.width(), area.width() - extra_w)
        height = min(self.height(), area.height() - extra_h)
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._workspace_ready:  # re-fit on every resize, not only when first shown
            self.responsive.arrange()

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


def _normalize(code: str | None) -> str:
    """'es_MX' -> 'es'; unknown -> 'en' (as domain.rubric.normalize_language, without importing it)."""
    short = (code or "").strip()[:2].lower()
    return short if short in LANGUAGES else "en"


def _high_contrast(base: QPalette) -> QPalette:
    from PySide6.QtGui import QColor, QPalette

    pal = QPalette(base)
    ink, paper = QColor("#000000"), QColor("#FFFFFF")
    for group in (QPalette.Active, QPalette.Inactive):
        pal.setColor(group, QPalette.Window, QColor("#F4F4F4"))
        pal.setColor(group, QPalette.WindowText, ink)
        pal.setColor(group, QPalette.Base, paper)
        pal.setColor(group, QPalette.AlternateBase, QColor("#E8E8E8"))
        pal.setColor(group, QPalette.Text, ink)
        pal.setColor(group, QPalette.Button, QColor("#E6E6E6"))
        pal.setColor(group, QPalette.ButtonText, ink)
        pal.setColor(group, QPalette.Highlight, QColor("#0B3D91"))
        pal.setColor(group, QPalette.HighlightedText, paper)
        pal.setColor(group, QPalette.PlaceholderText, QColor("#444444"))
        pal.setColor(group, QPalette.Dark, QColor("#555555"))
        pal.setColor(group, QPalette.Mid, QColor("#777777"))
    return pal


__all__ = ["MainWindow"]
