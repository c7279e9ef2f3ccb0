"""The File menu's workflows: plans (new, delete, settings with the conflict loop),
commitments (new, delete), reports, exchange files, About; and the Compare/History tabs.
The operations themselves are Qt-free (`app/plans.py`, `app/parties.py`) behind the Session.

A part of `MainWindow` (main_window.py); its texts keep the "MainWindow" translation context."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from .lazy_qt import Qt

if TYPE_CHECKING:  # imported where used: the window paints before these load
    from ...domain.model import Plan
    from ..files.report_actions import ReportActions


class WorkflowsMixin:
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
        from ...app.plans import rebase_plan

        plan_id = self._settings_plan_id()
        if plan_id is None or self.repo is None:
            return None
        self.session.forget_plan(plan_id)  # edit what is saved now, not a cached copy
        try:
            draft = self.session.plan(plan_id)
        except Exception as exc:
            self.dialogs.warning(
                self, QCoreApplication.translate("MainWindow", "Cannot read the database"), str(exc)
            )
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

    def _exchange(self, what: str):
        if self.repo is None:
            return None
        if getattr(self, "exchange", None) is None:
            from ..files.exchange_actions import ExchangeActions

            self.exchange = ExchangeActions(self)
        return getattr(self.exchange, what)()

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) in self.party_tabs.pages():
            self.party_tabs.view_shown()

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
        who = newest.author or QCoreApplication.translate("MainWindow", "Someone")
        when = newest.created_at.astimezone().strftime("%H:%M")
        text = QCoreApplication.translate(
            "MainWindow",
            "{who} saved a parallel edit at {time}. Both versions are kept: nothing was overwritten.",
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
        from ...domain.model import CommitmentFields

        fields = CommitmentFields(
            title=QCoreApplication.translate("MainWindow", "New commitment"),
            language="",  # detected from the draft's text until someone chooses one
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
        title = (fields.title if fields else "") or QCoreApplication.translate("MainWindow", "(untitled)")
        if not self.dialogs.question(
            self,
            QCoreApplication.translate("MainWindow", "Delete commitment"),
            QCoreApplication.translate(
                "MainWindow", "Delete “{title}” with its assessments? Edit ▸ Undo (Ctrl+Z) brings it back."
            ).format(title=title),
            QCoreApplication.translate("MainWindow", "Delete"),
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
            from ..files.report_actions import ReportActions

            self.reports = ReportActions(self)
        return self.reports
