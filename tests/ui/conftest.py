"""GUI fixtures: temporary QSettings, a fake dialog service, a database file with the sample plan."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QUrl
from PySide6.QtWidgets import QMessageBox


@pytest.fixture(autouse=True)
def temp_qsettings(tmp_path_factory, qapp):
    """QSettings() of every test writes to a fresh temporary folder, never the real settings."""
    folder = tmp_path_factory.mktemp("qsettings")
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(folder))
    QSettings.setPath(QSettings.IniFormat, QSettings.SystemScope, str(folder / "system"))
    QCoreApplication.setOrganizationName("FeasibilityTests")
    QCoreApplication.setApplicationName("FeasibilityTests")
    yield folder


class FakeDialogs:
    """Stands in for ui.dialogs.DialogService: answers from attributes, records every call."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple]] = []
        self.answer_question = True
        self.save_path: str | None = None
        self.with_precedents = False  # the export-exchange dialog's "Include the precedent library"
        self.open_path: str | None = None
        self.database_choice = "quit"
        self.plan_draft = None
        # plan_settings answers, one per call (None once used up): a Plan, or a callable that
        # gets the Plan the dialog was opened with (the user's values after a stale save).
        self.plan_settings_answers: list = []
        self.open_report = False
        self.opened_urls: list[QUrl] = []
        # facilitate answers: a FacilitationAnswer, a callable getting the request, or None (cancel)
        self.facilitation = None

    def _record(self, name: str, *args) -> None:
        self.calls.append((name, args))

    def names(self) -> list[str]:
        return [name for name, _args in self.calls]

    def question(self, parent, title, text, yes_text=""):
        self._record("question", title, text)
        return self.answer_question

    def information(self, parent, title, text):
        self._record("information", title, text)

    def warning(self, parent, title, text):
        self._record("warning", title, text)

    def notify(self, parent, title, text):
        self._record("notify", title, text)

    def save_file(self, parent, title, suggested, filters):
        self._record("save_file", title, suggested)
        return self.save_path

    def save_exchange_file(self, parent, title, suggested, filters, library):
        self._record("save_exchange_file", title, suggested, library)
        return self.save_path, self.with_precedents

    def open_file(self, parent, title, directory, filters):
        self._record("open_file", title, directory)
        return self.open_path

    def new_database(self, parent, folder):
        """`new_database_answer`: (path, with the sample plan), or None (cancel)."""
        self._record("new_database", folder)
        return getattr(self, "new_database_answer", None)

    def database_problem(self, parent, message, backup, give_up=""):
        self._record("database_problem", message, backup)
        self.give_up_label = give_up
        return self.database_choice

    def new_plan(self, parent, role_labels):
        self._record("new_plan")
        return self.plan_draft

    def plan_settings(self, parent, plan, lang, saved_meanwhile=None):
        self._record("plan_settings", plan, lang, saved_meanwhile)
        if not self.plan_settings_answers:
            return None
        answer = self.plan_settings_answers.pop(0)
        return answer(plan) if callable(answer) else answer

    def facilitate(self, parent, request):
        self._record("facilitate", request)
        answer = self.facilitation
        return answer(request) if callable(answer) else answer

    def report_options(self, parent, options):
        """The options the dialog proposed, unless a test set `report_options_answer`
        (a ReportOptions, or "cancel")."""
        self._record("report_options", options)
        answer = getattr(self, "report_options_answer", None)
        if answer == "cancel":
            return None
        return answer or options

    def report_written(self, parent, path: Path):
        self._record("report_written", path)
        return self.open_report

    def open_url(self, url: QUrl) -> None:
        self._record("open_url", url)
        self.opened_urls.append(url)


@pytest.fixture
def fake_dialogs() -> FakeDialogs:
    return FakeDialogs()


@pytest.fixture
def no_modal_boxes(monkeypatch):
    """Any real modal message box would hang the run: fail loudly instead."""

    def refuse(*_a, **_k):
        raise AssertionError("a blocking dialog was opened")

    for name in ("information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(refuse))
    monkeypatch.setattr(QMessageBox, "exec", refuse)


@pytest.fixture
def db_path(tmp_path) -> Path:
    """A database file that already holds the sample plan (so tests do not time its creation)."""
    from feasibility_app.storage.sample import open_with_sample

    path = tmp_path / "feasibility.db"
    open_with_sample(str(path)).close()
    return path


def show_window(qtbot, db_path: Path, dialogs: FakeDialogs):
    """The main window on `db_path`, shown, exposed and with its data loaded."""
    from feasibility_app.ui.window.main_window import MainWindow

    w = MainWindow(str(db_path), dialogs=dialogs)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    assert w.load_data()
    return w


@pytest.fixture
def sample_window(qtbot, db_path, fake_dialogs, no_modal_boxes):
    """The window on the sample plan; the last edits are saved when the test ends."""
    w = show_window(qtbot, db_path, fake_dialogs)
    yield w
    w.session.flush()
