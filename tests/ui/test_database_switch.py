"""File ▸ New database… and Open database…: the window moves to another file, opened the way
start-up opens one; nothing typed in the old file is lost; the next start opens the new one."""

from __future__ import annotations

import pytest

from feasibility_app.storage.database import open_database
from feasibility_app.storage.repository import Repository
from feasibility_app.storage.sample import open_with_sample
from feasibility_app.ui.window.database_switch import RECENT_KEY, recent_database

pytestmark = pytest.mark.gui


@pytest.fixture
def window(sample_window):
    sample_window.set_assessor("Ana", "government")  # edits are signed
    return sample_window


def titles(path) -> list[str]:
    repo = Repository(open_database(str(path)))
    try:
        return sorted(s.title for s in repo.summaries())
    finally:
        repo.db.close()


def test_new_empty_database_keeps_the_last_edit_in_the_old_file(
    window, fake_dialogs, db_path, tmp_path, qtbot
):
    w = window
    assert w.actions["new_database"].text() == "New data&base…"
    w.page.title_edit.selectAll()
    qtbot.keyClicks(w.page.title_edit, "Typed just before switching")  # not yet autosaved
    assert w.session.fields().title == "Typed just before switching"
    new = tmp_path / "workshop.db"
    fake_dialogs.new_database_answer = (str(new), False)
    w.actions["new_database"].trigger()
    assert ("new_database", (str(db_path.parent),)) in fake_dialogs.calls
    assert w.location == str(new) and new.is_file()
    assert w.repo.plans() == [] and w.navigator.proxy.rowCount() == 0
    assert not w.session.current_id and w.session.undo_stack.count() == 0
    assert "Typed just before switching" in titles(db_path)  # flushed to the old file
    assert w.settings.value(RECENT_KEY) == str(new)
    assert "workshop.db" in w.statusBar().currentMessage()
    assert "warning" not in fake_dialogs.names() and "database_problem" not in fake_dialogs.names()


def test_new_database_with_the_sample_plan(window, fake_dialogs, tmp_path):
    fake_dialogs.new_database_answer = (str(tmp_path / "training.db"), True)
    assert window.new_database()
    assert len(window.repo.summaries()) == 6
    assert window.navigator.proxy.rowCount() == 6 and window.session.current_id


def test_new_database_refuses_an_existing_file(window, fake_dialogs, db_path, tmp_path):
    taken = tmp_path / "taken.db"
    taken.write_bytes(b"keep me")
    fake_dialogs.new_database_answer = (str(taken), False)
    assert not window.new_database()
    assert fake_dialogs.names()[-1] == "warning" and "already a file" in fake_dialogs.calls[-1][1][0]
    assert taken.read_bytes() == b"keep me" and window.location == str(db_path)
    fake_dialogs.new_database_answer = None  # cancelled
    assert not window.new_database()


def test_open_database_switches_and_forgets_the_old_files_records(window, fake_dialogs, tmp_path, qtbot):
    w = window
    other = tmp_path / "other.db"
    repo = Repository(open_with_sample(str(other), sample=False))
    plan = repo.create_plan("Plan local", "Brasil")
    repo.db.close()
    w.page.title_edit.selectAll()
    qtbot.keyClicks(w.page.title_edit, "An undoable edit")
    w.session.flush()
    assert w.session.undo_stack.count() > 0
    fake_dialogs.open_path = str(other)
    w.actions["open_database"].trigger()
    assert w.location == str(other)
    assert [p.id for p in w.repo.plans()] == [plan.id]
    assert w.session.undo_stack.count() == 0  # its steps would act on the old file
    assert w.settings.value(RECENT_KEY) == str(other)


def test_a_bad_file_is_explained_and_the_old_database_stays_open(window, fake_dialogs, db_path, tmp_path):
    w = window
    bad = tmp_path / "notes.db"
    bad.write_bytes(b"this is not a database" * 100)
    fake_dialogs.open_path = str(bad)
    fake_dialogs.database_choice = "quit"
    assert not w.open_database_file()
    _name, (message, backup) = next(c for c in fake_dialogs.calls if c[0] == "database_problem")
    assert "notes.db" in message and backup is None
    assert fake_dialogs.give_up_label == "Keep the open database"  # not "Quit": the window stays
    assert bad.read_bytes() == b"this is not a database" * 100  # untouched
    assert w.location == str(db_path) and len(w.repo.summaries()) == 6  # still working
    assert w.settings.value(RECENT_KEY) is None


def test_open_a_missing_file_creates_nothing(window, fake_dialogs, tmp_path):
    fake_dialogs.open_path = str(tmp_path / "gone.db")
    assert not window.open_database_file()
    assert fake_dialogs.names()[-1] == "warning"
    assert not (tmp_path / "gone.db").exists()


def test_the_next_start_opens_the_recent_file_unless_told_otherwise(tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings

    monkeypatch.delenv("FEASIBILITY_DB", raising=False)
    settings = QSettings()
    assert recent_database(settings) is None
    recent = tmp_path / "recent.db"
    open_with_sample(str(recent), sample=False).close()
    settings.setValue(RECENT_KEY, str(recent))
    assert recent_database(settings) == str(recent)
    monkeypatch.setenv("FEASIBILITY_DB", str(tmp_path / "env.db"))
    assert recent_database(settings) is None  # $FEASIBILITY_DB wins (and --db: run_gui asks only without it)
    monkeypatch.delenv("FEASIBILITY_DB")
    recent.unlink()
    assert recent_database(settings) is None  # moved or deleted: the default database
