"""What the window shows when the Session says something changed: the open commitment,
its fields and plan, the title, which actions are enabled, the save status, the assessor.

A part of `MainWindow` (main_window.py); its texts keep the "MainWindow" translation context."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:  # imported where used: the window paints before these load
    from ...domain.model import CommitmentFields, Plan


class ReactionsMixin:
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
            from ...domain.model import CommitmentFields

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
            from ...domain.government import plan_level

            self.page.set_plan_level(plan_level(plan))
        self.assessor_bar.fill_parties(plan)

    def _update_title(self) -> None:
        fields = self.session.fields() if self._shell_ready else None
        if fields is not None and self.session.current_id:
            title = fields.title or QCoreApplication.translate("MainWindow", "(untitled)")
            self.setWindowTitle(
                QCoreApplication.translate("MainWindow", "{title} — Feasibility").format(title=title)
            )
        else:
            self.setWindowTitle(QCoreApplication.translate("MainWindow", "Feasibility"))

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
        self.saved_label.setText(
            QCoreApplication.translate("MainWindow", "Saved {time}").format(time=when.strftime("%H:%M:%S"))
        )
        self.save_problem_label.hide()

    def _save_failed(self, reason: str) -> None:
        self.save_problem_label.setText(
            QCoreApplication.translate(
                "MainWindow", "Not saved: {reason} Your edits are kept here; saving is retried."
            ).format(reason=reason)
        )
        self.save_problem_label.setToolTip(reason)
        self.save_problem_label.show()

    def _navigator_plan_changed(self, plan_id: str | None) -> None:
        """Another plan chosen (a new, empty plan among them): the open commitment of a different
        plan is closed, so its verdict, chart and parties are not shown as this plan's."""
        plan = self.session.current_plan() if self.session.current_id else None
        if plan_id is not None and plan is not None and plan.id != plan_id:
            self.session.open_commitment("")
        self._update_enabled()

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
            reason = QCoreApplication.translate(
                "MainWindow", "To score, type your name in the Assessor box of the toolbar (Alt+A)."
            )
        self.assessment_panel.set_read_only(not self.session.can_score(), reason)
