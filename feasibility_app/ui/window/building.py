"""Building the window's parts after the shell: the workspace (commitment page, assessment,
verdict, Compare and History tabs), the assessor toolbar, the status bar, the signal wiring.

A part of `MainWindow` (main_window.py); its texts keep the "MainWindow" translation context."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from .lazy_qt import Qt

if TYPE_CHECKING:  # imported where used: the window paints before these load
    pass


class BuildingMixin:
    def build_workspace(self) -> None:
        """The commitment page, the assessment panel and the verdict (once; idempotent)."""
        if self._workspace_ready:
            return
        self.build_shell()
        from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QPlainTextEdit, QSplitter

        from ..assessment.assessment_panel import AssessmentPanel
        from ..assessment.verdict_panel import VerdictPanel
        from ..commitment.commitment_page import CommitmentPage
        from ..commitment.undo_passthrough import UndoPassthrough

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
        self._tabs.insert(
            0, (self.work_split, lambda: QCoreApplication.translate("MainWindow", "&Commitment"))
        )
        self.tabs.insertTab(0, self.work_split, QCoreApplication.translate("MainWindow", "&Commitment"))
        self.tabs.setCurrentIndex(0)
        from ..parties.party_tabs import PartyTabs

        self.party_tabs = PartyTabs(self.session, self, self)
        self.party_tabs.set_language(self.language)
        self.add_tab(
            self.party_tabs.compare_page,
            "compareTab",
            lambda: QCoreApplication.translate("MainWindow", "C&ompare"),
        )
        self.add_tab(
            self.party_tabs.history_page,
            "historyTab",
            lambda: QCoreApplication.translate("MainWindow", "H&istory"),
        )
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
        from ..common.keyboard import install_table_exits

        self.set_focus_order()
        self._table_exits = install_table_exits(self.work_split, self)
        for page in self.party_tabs.pages():
            for table in page.findChildren(QAbstractItemView):
                table.installEventFilter(self._table_exits)
        # The panes' arrangement follows the window's size (splitters remembered per size class).
        from .responsive import ResponsiveLayout

        self.responsive = ResponsiveLayout(self)
        from ..learning.learning_hooks import install_learning

        install_learning(self)  # precedents, outcomes, track record (ui/learning/)
        self._workspace_ready = True
        self.set_language(self.language)
        if self.presentation:
            self.set_presentation(True)
        if self.isVisible() and not self._splitters_restored:
            self._splitters_restored = True
            QApplication.sendPostedEvents()
            self.fit_panes()
        self._update_enabled()

    def _build_toolbar(self) -> None:
        from ..assessment.assessor_bar import AssessorBar

        bar = AssessorBar(self.session, self.settings, self._rubric, self.actions["presentation"])
        bar.ask = lambda title, text: self.dialogs.question(self, title, text)
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
        self.navigator.plan_changed.connect(self._navigator_plan_changed)
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
