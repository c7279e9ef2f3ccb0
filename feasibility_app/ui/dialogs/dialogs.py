"""Every question, message and file dialog the workspace shows, behind one small service.

Widgets never call QMessageBox/QFileDialog directly: they call a `DialogService`
given to them, and tests hand in a fake with the same methods, so no test ever
blocks on a modal dialog (picard's UserDialogService, vorta's choose_file_dialog).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from ...domain.model import Plan
    from ..files.report_options import ReportOptions

# The forum roles, as stable keys; labels come from the rubric of the UI language.
ROLE_KEYS: tuple[str, ...] = ("government", "civil_society", "guarantor", "facilitator", "self")
NO_DATE = QDate(2000, 1, 1)  # QDateEdit's minimum doubles as "no date" (shown with specialValueText)


@dataclass
class PlanDraft:
    """What the New plan dialog returns: enough to call Repository.create_plan."""

    title: str
    country: str = ""
    start: date | None = None
    end: date | None = None
    parties: list[tuple[str, str]] = field(default_factory=list)  # (name, role key)


class DatabaseChoice:
    BACKUP = "backup"
    CHOOSE = "choose"
    QUIT = "quit"


def to_qdate(value: date | None) -> QDate:
    return NO_DATE if value is None else QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date | None:
    if not value.isValid() or value <= NO_DATE:
        return None
    return date(value.year(), value.month(), value.day())


def make_date_edit(parent: QWidget | None = None) -> QDateEdit:
    """A date field that can also say "no date" (its minimum, shown as a dash)."""
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText("—")
    edit.setDate(NO_DATE)
    return edit


def ask_save_path(
    window: QWidget,
    folder_key: str,
    title: str,
    name: str,
    filters: str,
    suffix: str,
    fallback: str,
    ask: Callable[[QWidget, str, str, str], str | None] | None = None,
) -> Path | None:
    """Ask where to save: `name` as a file name (`fallback` if it has no usable letters) in the
    folder last used for this kind of file (QSettings `folder_key`), `suffix` added if the user
    left it off; the folder chosen is remembered. None if cancelled. `ask`: the dialog to use
    (window, title, suggested path, filters) -> path; default `dialogs.save_file`."""
    from ..common.formatting import file_slug

    folder = str(window.settings.value(folder_key, "") or str(Path.home()))
    suggested = str(Path(folder) / f"{file_slug(name) or fallback}{suffix}")
    chosen = (ask or window.dialogs.save_file)(window, title, suggested, filters)
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    window.settings.setValue(folder_key, str(path.parent))
    return path


class DialogService(QObject):
    """The real dialogs. Tests replace the whole object (or single methods)."""

    def question(self, parent: QWidget | None, title: str, text: str, yes_text: str = "") -> bool:
        box = QMessageBox(QMessageBox.Question, title, text, QMessageBox.NoButton, parent)
        yes = box.addButton(yes_text or self.tr("Yes"), QMessageBox.AcceptRole)
        box.addButton(self.tr("Cancel"), QMessageBox.RejectRole)
        box.setDefaultButton(yes)
        box.exec()
        return box.clickedButton() is yes

    def information(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def warning(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    def notify(self, parent: QWidget | None, title: str, text: str) -> QMessageBox:
        """A non-blocking message: shown, not executed; the caller carries on."""
        box = QMessageBox(QMessageBox.Warning, title, text, QMessageBox.Ok, parent)
        box.setAttribute(Qt.WA_DeleteOnClose)
        box.setWindowModality(Qt.NonModal)
        box.show()
        return box

    def save_file(self, parent: QWidget | None, title: str, suggested: str, filters: str) -> str | None:
        path, _selected = QFileDialog.getSaveFileName(parent, title, suggested, filters)
        return path or None

    def open_file(self, parent: QWidget | None, title: str, directory: str, filters: str) -> str | None:
        path, _selected = QFileDialog.getOpenFileName(parent, title, directory, filters)
        return path or None

    def exchange_save_dialog(
        self, parent: QWidget | None, title: str, suggested: str, filters: str, library: int
    ) -> tuple[QFileDialog, QCheckBox]:
        """The exchange file's save dialog with "Include the precedent library", unchecked.

        Qt's own dialog (a native one cannot hold a check box); the library is OGP's reference
        data, often larger than the forum's record, so it travels only when asked for."""
        dialog = QFileDialog(parent, title, str(Path(suggested).parent), filters)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.selectFile(Path(suggested).name)
        text = self.tr("&Include the precedent library (%n past commitment(s))", "", library)
        box = QCheckBox(text, dialog)
        box.setObjectName("withPrecedents")
        box.setChecked(False)
        box.setToolTip(
            self.tr(
                "OGP's past commitments imported with File ▸ Import precedents…; the other laptop "
                "adds new ones and updates changed ones by identifier."
            )
        )
        layout = dialog.layout()
        if hasattr(layout, "rowCount"):  # Qt's dialog lays itself out on a grid
            layout.addWidget(box, layout.rowCount(), 0, 1, -1)
        else:
            layout.addWidget(box)
        return dialog, box

    def save_exchange_file(
        self, parent: QWidget | None, title: str, suggested: str, filters: str, library: int
    ) -> tuple[str | None, bool]:
        """(the path chosen or None, whether to include the precedent library). Without a
        library there is nothing to offer: the plain save dialog."""
        if library <= 0:
            return self.save_file(parent, title, suggested, filters), False
        dialog, box = self.exchange_save_dialog(parent, title, suggested, filters, library)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None, False
        return dialog.selectedFiles()[0], box.isChecked()

    def new_database(self, parent: QWidget | None, folder: str) -> tuple[str, bool] | None:
        """File ▸ New database…: (path, start with the sample plan), or None if cancelled."""
        from .new_database import NewDatabaseDialog

        dialog = NewDatabaseDialog(folder, parent)
        return dialog.answer() if dialog.exec() == QDialog.Accepted else None

    def database_problem(
        self, parent: QWidget | None, message: str, backup: Path | None, give_up: str = ""
    ) -> str:
        """Explain a database that cannot be opened; returns a DatabaseChoice. `give_up`
        labels the button that gives up (default "Quit")."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Critical)
        box.setWindowTitle(self.tr("The database cannot be opened"))
        box.setText(self.tr("Feasibility cannot open its database. Nothing was changed in the file."))
        detail = message
        if backup is not None:
            detail += "\n\n" + self.tr(
                "The newest backup is {name}. Opening it keeps the damaged file beside it, renamed."
            ).format(name=backup.name)
        box.setInformativeText(detail)
        restore = box.addButton(self.tr("Open the newest backup"), QMessageBox.AcceptRole) if backup else None
        choose = box.addButton(self.tr("Choose another file…"), QMessageBox.ActionRole)
        box.addButton(give_up or self.tr("Quit"), QMessageBox.RejectRole)
        box.exec()
        clicked = box.clickedButton()
        if restore is not None and clicked is restore:
            return DatabaseChoice.BACKUP
        if clicked is choose:
            return DatabaseChoice.CHOOSE
        return DatabaseChoice.QUIT

    def new_plan(self, parent: QWidget | None, role_labels: dict[str, str]) -> PlanDraft | None:
        dialog = NewPlanDialog(role_labels, parent)
        if dialog.exec() != QDialog.Accepted:
            return None
        return dialog.draft()

    def plan_settings(
        self, parent: QWidget | None, plan: Plan, lang: str, saved_meanwhile: Plan | None = None
    ) -> Plan | None:
        """File ▸ Plan settings…: the edited plan, or None if cancelled. `saved_meanwhile`:
        the plan as someone else saved it while the user edited `plan` (shown as a notice)."""
        from .plan_settings import PlanSettingsDialog

        dialog = PlanSettingsDialog(plan, lang, parent, saved_meanwhile)
        if dialog.exec() != QDialog.Accepted:
            return None
        return dialog.plan()

    def facilitate(self, parent: QWidget | None, request):
        """The facilitator's step before a consensus is recorded: a FacilitationAnswer, or None."""
        from ..parties.consensus_dialog import FacilitationDialog

        dialog = FacilitationDialog(request, parent)
        if dialog.exec() != QDialog.Accepted:
            return None
        return dialog.answer()

    def report_options(self, parent: QWidget | None, options: ReportOptions) -> ReportOptions | None:
        """Export report: the report's language and paper (None if cancelled)."""
        from ..files.report_options import ReportOptionsDialog

        dialog = ReportOptionsDialog(options, parent)
        if dialog.exec() != QDialog.Accepted:
            return None
        return dialog.options()

    def report_written(self, parent: QWidget | None, path: Path) -> bool:
        """Say the report was written; True if the user wants to open it now."""
        box = QMessageBox(QMessageBox.Information, self.tr("Report written"), "", QMessageBox.Ok, parent)
        box.setText(self.tr("The report was saved as {path}.").format(path=path))
        check = QCheckBox(self.tr("Open the PDF now"))
        check.setChecked(True)
        box.setCheckBox(check)
        box.exec()
        return check.isChecked()

    def open_url(self, url: QUrl) -> None:
        QDesktopServices.openUrl(url)


class NewPlanDialog(QDialog):
    """Title, country, dates and the forum's parties of a new action plan."""

    def __init__(self, role_labels: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._roles = role_labels
        self.title_edit = QLineEdit()
        self.country_edit = QLineEdit()
        self.start_edit = make_date_edit()
        self.end_edit = make_date_edit()
        today = date.today()
        self.start_edit.setDate(QDate(today.year, today.month, 1))
        self.end_edit.setDate(QDate(today.year + 2, today.month, 1).addDays(-1))
        self.parties = QTableWidget(0, 2)
        self.parties.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.parties.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeToContents)
        self.parties.verticalHeader().hide()
        self.parties.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.add_button.clicked.connect(lambda: self.add_party("", "government"))
        self.remove_button.clicked.connect(self._remove_party)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.title_edit.textChanged.connect(self._update_ok)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self._labels = [QLabel() for _ in range(4)]
        for label, widget in zip(
            self._labels, (self.title_edit, self.country_edit, self.start_edit, self.end_edit), strict=True
        ):
            label.setBuddy(widget)
            self.form.addRow(label, widget)
        self.parties_label = QLabel()
        self.parties_label.setBuddy(self.parties)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.parties_label)
        layout.addWidget(self.parties, 1)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.add_party(self.tr("Government"), "government")
        self.add_party(self.tr("Civil society"), "civil_society")
        self._update_ok()
        self.resize(560, 460)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New action plan"))
        for label, text in zip(
            self._labels,
            (self.tr("&Title:"), self.tr("C&ountry:"), self.tr("&Start:"), self.tr("&End:")),
            strict=True,
        ):
            label.setText(text)
        self.title_edit.setPlaceholderText(self.tr("e.g. Third National Action Plan 2016–2018"))
        self.parties_label.setText(self.tr("&Parties of the forum (who negotiates the plan):"))
        self.parties.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role")])
        self.add_button.setText(self.tr("&Add party"))
        self.remove_button.setText(self.tr("&Remove party"))
        self.title_edit.setAccessibleName(self.tr("Plan title"))
        self.country_edit.setAccessibleName(self.tr("Country"))
        self.start_edit.setAccessibleName(self.tr("Plan start date"))
        self.end_edit.setAccessibleName(self.tr("Plan end date"))
        self.parties.setAccessibleName(self.tr("Parties"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def add_party(self, name: str, role: str) -> None:
        row = self.parties.rowCount()
        self.parties.insertRow(row)
        self.parties.setItem(row, 0, QTableWidgetItem(name))
        combo = QComboBox()
        for key in ROLE_KEYS:
            combo.addItem(self._roles.get(key, key), key)
        combo.setCurrentIndex(max(0, combo.findData(role)))
        self.parties.setCellWidget(row, 1, combo)

    def _remove_party(self) -> None:
        row = self.parties.currentRow()
        if row >= 0:
            self.parties.removeRow(row)

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(bool(self.title_edit.text().strip()))

    def draft(self) -> PlanDraft:
        parties = []
        for row in range(self.parties.rowCount()):
            item = self.parties.item(row, 0)
            name = item.text().strip() if item else ""
            combo = self.parties.cellWidget(row, 1)
            if name:
                parties.append((name, combo.currentData() if combo else "government"))
        return PlanDraft(
            title=self.title_edit.text().strip(),
            country=self.country_edit.text().strip(),
            start=from_qdate(self.start_edit.date()),
            end=from_qdate(self.end_edit.date()),
            parties=parties,
        )
