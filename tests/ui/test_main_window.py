"""The workspace: create, type, score, undo/redo, autosave, close and reopen, delete and restore."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import types
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication

from feasibility_app.domain.factors import FACTOR_KEYS, Level
from feasibility_app.storage.database import open_database
from feasibility_app.storage.repository import Repository
from feasibility_app.ui.window.database_opening import restore_backup
from feasibility_app.ui.window.main_window import MainWindow

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
DRAFT = "The Ministry will publish the registry of detained persons as open data, every month."


@pytest.fixture
def make_window(qtbot, fake_dialogs, no_modal_boxes):
    windows = []

    def make(db_path, dialogs=None, assessor="Ana Pérez", role="government") -> MainWindow:
        w = MainWindow(str(db_path), dialogs=dialogs or fake_dialogs)
        qtbot.addWidget(w)
        w.show()
        w.activateWindow()
        qtbot.waitExposed(w)
        assert w.load_data()
        if assessor:
            w.set_assessor(assessor, role)
        windows.append(w)
        return w

    yield make
    for w in windows:
        w.session.flush()


def repo_for(path) -> Repository:
    return Repository(open_database(str(path)))


def own_assessment(repo, cid, name):
    mine = [a for a in repo.assessments(cid) if a.assessor == name]
    return mine[-1] if mine else None


def level_button(window, factor, level):
    return window.assessment_panel.card(factor).level_buttons[level]


def test_window_opens_the_sample_plan(make_window, db_path):
    w = make_window(db_path)
    assert w.navigator.model.total_rows() == 6
    assert w.session.current_id  # the first commitment is opened
    assert w.page.title_edit.text()
    assert w.verdict_panel.chip_text()
    assert "Feasibility" in w.windowTitle()


def test_create_type_score_undo_redo_close_and_reopen(make_window, db_path, qtbot):
    w = make_window(db_path)
    w.actions["new_commitment"].trigger()
    cid = w.session.current_id
    assert cid and w.navigator.current_commitment_id() == cid
    assert w.navigator.model.total_rows() == 7
    assert w.focusWidget() is w.page.title_edit

    w.page.title_edit.selectAll()
    qtbot.keyClicks(w.page.title_edit, "Detention registry")
    assert w.session.fields().title == "Detention registry"
    w.page.draft_edit.setPlainText(DRAFT)
    assert w.session.fields().draft_text == DRAFT

    # A level by mouse: the verdict and the chart change at once, from memory.
    assert w.verdict_panel.radar.series()[0][1]["budget"] == Level.NOT_ASSESSED
    chip_before = w.verdict_panel.chip_text()
    qtbot.mouseClick(level_button(w, "budget", Level.CRITICAL), Qt.LeftButton)
    assert w.session.own_scores()[0]["budget"].level == Level.CRITICAL
    assert w.session.verdict().band == Level.CRITICAL
    chip_after_mouse = w.verdict_panel.chip_text()
    assert chip_after_mouse != chip_before and "4.00" in chip_after_mouse
    assert w.verdict_panel.radar.series()[0][1]["budget"] == Level.CRITICAL
    assert w.navigator.model.summary(cid).overall_level == "critical"  # the chip follows at once

    # A level by keyboard: a digit on the focused card.
    card = w.assessment_panel.card("political_will")
    card.setFocus()
    qtbot.keyClick(card, Qt.Key_1)
    assert w.session.own_scores()[0]["political_will"].level == Level.LOW
    verdict = w.session.verdict()
    assert verdict.band == Level.HIGH  # the mean of (4, 1) is 2.5: high
    assert verdict.critical == ("budget",)
    assert w.verdict_panel.chip_text() != chip_after_mouse and "2.50" in w.verdict_panel.chip_text()

    # Undo the keyboard level, then the mouse level; redo both.
    stack = w.session.undo_stack
    w.actions["undo"].trigger()
    assert w.session.own_scores()[0]["political_will"].level == Level.NOT_ASSESSED
    assert card.level() == Level.NOT_ASSESSED
    w.actions["undo"].trigger()
    assert w.session.own_scores()[0]["budget"].level == Level.NOT_ASSESSED
    assert w.verdict_panel.radar.series()[0][1]["budget"] == Level.NOT_ASSESSED
    w.actions["redo"].trigger()
    w.actions["redo"].trigger()
    assert w.session.own_scores()[0]["budget"].level == Level.CRITICAL
    assert w.session.own_scores()[0]["political_will"].level == Level.LOW
    assert not stack.canRedo()

    # Undo of a text edit restores the widget too.
    index_before = stack.index()
    w.page.draft_edit.setPlainText(DRAFT + " And more.")
    assert stack.index() == index_before + 1
    w.actions["undo"].trigger()
    assert w.page.draft_edit.toPlainText() == DRAFT

    # Closing flushes everything; a new window on the same file finds it all.
    w.close()
    repo = repo_for(db_path)
    assert repo.current_revision(cid).fields.draft_text == DRAFT
    mine = own_assessment(repo, cid, "Ana Pérez")
    assert mine is not None and mine.scores["budget"].level == Level.CRITICAL
    assert mine.role.value == "government"

    w2 = make_window(db_path, assessor=None)
    assert w2.session.current_id == cid  # the last open commitment
    assert w2.page.draft_edit.toPlainText() == DRAFT
    assert w2.page.title_edit.text() == "Detention registry"
    assert w2.assessor_bar.assessor_combo.currentText() == "Ana Pérez"
    assert w2.assessment_panel.card("budget").level() == Level.CRITICAL
    assert w2.assessment_panel.card("political_will").level() == Level.LOW


class FakeClock:
    """The autosave policy's clock, moved by hand: no test waits on wall time."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def save_timer_fires(w) -> None:
    """What the QTimer does when its time comes (the policy chose when; the test decides now)."""
    timer = w.session._save_timer
    assert timer.isActive()
    timer.stop()
    timer.timeout.emit()


def test_autosave_is_due_one_second_after_an_edit_and_writes(make_window, db_path, monkeypatch):
    w = make_window(db_path)
    clock = FakeClock()
    monkeypatch.setattr(w.session.ws.autosave, "clock", clock)
    cid = w.session.current_id
    repo = repo_for(db_path)
    text = "Publish the registry monthly as open data."
    w.page.draft_edit.setPlainText(text)
    w.assessment_panel.card("data_availability").level_buttons[Level.HIGH].click()
    assert w.session.ws.autosave.remaining() == 1.0
    assert w.session._save_timer.isActive() and w.session._save_timer.interval() == 1000
    assert repo.current_revision(cid).fields.draft_text != text  # not yet: edits stay in memory
    clock.now += 1.0
    assert w.session.ws.autosave.is_due()
    save_timer_fires(w)
    assert repo.current_revision(cid).fields.draft_text == text
    assert own_assessment(repo, cid, "Ana Pérez").scores["data_availability"].level == Level.HIGH
    assert w.saved_label.text().startswith("Saved ")


def test_autosave_waits_at_most_two_seconds_while_typing(make_window, db_path, monkeypatch):
    w = make_window(db_path)
    clock = FakeClock()
    monkeypatch.setattr(w.session.ws.autosave, "clock", clock)
    cid = w.session.current_id
    repo = repo_for(db_path)
    first = clock.now
    text = ""
    for _ in range(12):  # a keystroke every 0.2 s, faster than the 1 s pause
        text += "x"
        w.page.draft_edit.setPlainText(text)
        assert w.session.ws.autosave.due_at is not None
        assert w.session.ws.autosave.due_at - first <= 2.0  # never pushed past 2 s
        if w.session.ws.autosave.is_due():
            break
        clock.now += 0.2
    assert clock.now - first <= 2.0 and w.session.ws.autosave.is_due()
    save_timer_fires(w)
    assert repo.current_revision(cid).fields.draft_text == text


def test_undo_goes_back_to_the_commitment_it_changed(make_window, db_path, qtbot):
    w = make_window(db_path)
    first = w.session.current_id
    original = w.page.title_edit.text()
    w.page.title_edit.selectAll()
    qtbot.keyClicks(w.page.title_edit, "Renamed")
    assert w.session.fields().title == "Renamed"
    assert w.navigator.model.summary(first).title == "Renamed"
    other = w.navigator.proxy.index(3, 0).data(w.navigator.model.IdRole)
    assert other != first
    w.navigator.select_commitment(other)
    assert w.session.current_id == other
    w.actions["undo"].trigger()
    assert w.session.current_id == first
    assert w.navigator.current_commitment_id() == first
    assert w.page.title_edit.text() == original
    assert w.navigator.model.summary(first).title == original


def test_delete_and_undo_restores(make_window, db_path, fake_dialogs):
    w = make_window(db_path)
    cid = w.session.current_id
    title = w.session.fields().title
    fake_dialogs.answer_question = False
    assert not w.delete_commitment()
    assert w.navigator.model.total_rows() == 6
    fake_dialogs.answer_question = True
    w.actions["delete_commitment"].trigger()
    assert "question" in fake_dialogs.names()
    assert w.navigator.model.total_rows() == 5
    assert w.navigator.model.summary(cid) is None
    assert w.session.current_id and w.session.current_id != cid
    repo = repo_for(db_path)
    assert repo.is_deleted(cid)
    w.actions["undo"].trigger()
    assert not repo.is_deleted(cid)
    assert w.navigator.model.total_rows() == 6
    assert w.session.current_id == cid
    assert w.page.title_edit.text() == title
    w.actions["redo"].trigger()
    assert repo.is_deleted(cid)


def test_new_plan_then_commitment(make_window, db_path, fake_dialogs):
    from datetime import date

    from feasibility_app.ui.dialogs.dialogs import PlanDraft

    w = make_window(db_path)
    fake_dialogs.plan_draft = PlanDraft(
        "Brazil NAP 4", "Brazil", date(2018, 1, 1), date(2020, 6, 30), [("Governo", "government")]
    )
    plan_id = w.new_plan()
    assert plan_id and w.navigator.current_plan_id() == plan_id
    assert w.navigator.proxy.rowCount() == 0
    cid = w.new_commitment()
    assert cid and w.session.current_plan().id == plan_id
    assert w.navigator.proxy.rowCount() == 1
    assert w.page.fields().start == date(2018, 1, 1)
    parties = [w.assessor_bar.party_combo.itemData(i)[2] for i in range(w.assessor_bar.party_combo.count())]
    assert "Governo" in parties


def test_findings_reach_the_factor_cards(make_window, db_path, qtbot):
    w = make_window(db_path)
    w.page.draft_edit.setPlainText(
        "Create a new nationwide real-time database with every state and municipality."
    )
    qtbot.waitUntil(lambda: w.assessment_panel.card("data_availability").findings_count() > 0, timeout=1500)
    assert w.session.findings


def test_keyboard_shortcuts(make_window, db_path, qtbot):
    w = make_window(db_path)
    shortcuts = {name: [s.toString() for s in a.shortcuts()] for name, a in w.actions.items()}
    assert "Ctrl+N" in shortcuts["new_commitment"]
    assert "Ctrl+E" in shortcuts["export_report"]
    assert "Ctrl+Z" in shortcuts["undo"]
    assert {"Ctrl+Shift+Z", "Ctrl+Y"} <= set(shortcuts["redo"])
    assert "Ctrl+F" in shortcuts["find"]
    assert {"F11", "Ctrl+Shift+P"} <= set(shortcuts["presentation"])
    assert "Ctrl+]" in shortcuts["next_factor"] and "Ctrl+[" in shortcuts["previous_factor"]
    w.activateWindow()
    w.navigator_dock.show()  # the test screen is narrow: the navigator is a drawer, opened here
    w.page.title_edit.setFocus()
    w.actions["find"].trigger()
    assert w.focusWidget() is w.navigator.filter_edit
    start = w.assessment_panel.current_factor_index()
    # from outside the cards the first press goes to the current factor (it used to skip it)
    w.actions["next_factor"].trigger()
    assert w.assessment_panel.current_factor_index() == start
    w.actions["next_factor"].trigger()
    w.actions["next_factor"].trigger()
    assert w.assessment_panel.current_factor_index() == start + 2
    w.actions["previous_factor"].trigger()
    assert w.assessment_panel.current_factor_index() == start + 1


def test_ctrl_z_in_a_text_field_uses_the_window_stack(make_window, db_path, qtbot):
    w = make_window(db_path)
    edit = w.page.title_edit
    original = edit.text()
    edit.setFocus()
    edit.end(False)
    qtbot.keyClicks(edit, " X")
    assert w.session.fields().title == original + " X"
    qtbot.keyClick(edit, Qt.Key_Z, Qt.ControlModifier)
    assert edit.text() == original
    assert w.session.fields().title == original
    qtbot.keyClick(edit, Qt.Key_Y, Qt.ControlModifier)
    assert w.session.fields().title == original + " X"


def test_filter_finds_accented_titles(make_window, db_path):
    w = make_window(db_path)
    w.actions["find"].trigger()
    w.navigator.filter_edit.setText("personas detenidas")
    assert w.navigator.proxy.rowCount() == 1
    w.navigator.filter_edit.setText("méxico en paz")
    assert w.navigator.proxy.rowCount() == 1


def test_presentation_mode_scales_fonts_keeps_layout(make_window, db_path):
    w = make_window(db_path)
    normal = w.page.title_edit.font().pointSizeF()
    w.actions["presentation"].trigger()
    assert w.presentation
    assert w.page.title_edit.font().pointSizeF() == pytest.approx(normal * 1.4, rel=0.05)
    assert w.centralWidget() is w.tabs and w.tabs.widget(0) is w.work_split
    assert w.palette().color(w.palette().ColorRole.WindowText).name() == "#000000"
    w.actions["presentation"].trigger()
    assert not w.presentation
    assert w.page.title_edit.font().pointSizeF() == pytest.approx(normal)
    # back at the desk the navigator returns, unless the screen is too narrow for it (a drawer)
    assert w.navigator_dock.isVisible() == (w.responsive.current != "compact")


def test_save_failure_keeps_edits_and_retries(make_window, db_path, qtbot, monkeypatch):
    from sqlalchemy.exc import OperationalError

    w = make_window(db_path)
    cid = w.session.current_id
    repo = w.repo
    real = repo.save_revision

    def broken(*a, **k):
        raise OperationalError("INSERT", {}, Exception("attempt to write a readonly database"))

    monkeypatch.setattr(repo, "save_revision", broken)
    w.page.draft_edit.setPlainText("Kept in memory")
    assert not w.session.flush()
    assert w.save_problem_label.isVisibleTo(w)
    assert "read-only" in w.save_problem_label.text()
    assert w.session.fields().draft_text == "Kept in memory"
    assert w.session.has_unsaved()
    monkeypatch.setattr(repo, "save_revision", real)
    assert w.session.flush()
    assert not w.save_problem_label.isVisibleTo(w)
    assert repo_for(db_path).current_revision(cid).fields.draft_text == "Kept in memory"


def test_close_with_unsaved_edits_asks(make_window, db_path, fake_dialogs, monkeypatch):
    w = make_window(db_path)

    def broken(*a, **k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(w.repo, "save_revision", broken)
    w.page.draft_edit.setPlainText("Not saved")
    fake_dialogs.answer_question = False
    w.close()
    assert w.isVisible()
    fake_dialogs.answer_question = True
    w.close()
    assert not w.isVisible()


def test_read_only_database_file_does_not_crash(make_window, db_path, qtbot):
    w = make_window(db_path)
    os.chmod(db_path, 0o444)
    try:
        w.page.draft_edit.setPlainText("Edit on a read-only file")
        ok = w.session.flush()
        if os.geteuid() != 0:  # root may write anyway
            assert not ok
            assert w.save_problem_label.isVisibleTo(w)
        assert w.session.fields().draft_text == "Edit on a read-only file"
    finally:
        os.chmod(db_path, 0o644)
    assert w.session.flush()


def test_export_report_runs_off_the_ui_thread(
    make_window, db_path, fake_dialogs, qtbot, tmp_path, monkeypatch
):
    import threading

    seen = {}

    def fake_write(repo, commitment_id, out, lang, paper=None):
        seen["thread"] = threading.current_thread() is threading.main_thread()
        seen["args"] = (commitment_id, lang, paper)
        Path(out).write_bytes(b"%PDF-1.4 fake")
        return Path(out)

    module = types.ModuleType("feasibility_app.reports.commitment_report")
    module.write_commitment_report = fake_write
    monkeypatch.setitem(sys.modules, "feasibility_app.reports.commitment_report", module)
    w = make_window(db_path)
    fake_dialogs.save_path = str(tmp_path / "out")  # no suffix: .pdf is added
    fake_dialogs.open_report = True
    w.actions["export_report"].trigger()
    qtbot.waitUntil(lambda: "report_written" in fake_dialogs.names(), timeout=5000)
    assert (tmp_path / "out.pdf").exists()
    assert seen["thread"] is False
    # the sample plan is Mexico's: Letter, in the window's language
    assert seen["args"] == (w.session.current_id, "en", "letter")
    assert fake_dialogs.opened_urls[0].toLocalFile() == str(tmp_path / "out.pdf")


def test_export_report_error_is_a_message(make_window, db_path, fake_dialogs, qtbot, tmp_path, monkeypatch):
    from feasibility_app.reports import ReportError

    def failing(repo, commitment_id, out, lang, paper=None):
        raise ReportError("The folder cannot be written.")

    module = types.ModuleType("feasibility_app.reports.commitment_report")
    module.write_commitment_report = failing
    monkeypatch.setitem(sys.modules, "feasibility_app.reports.commitment_report", module)
    w = make_window(db_path)
    fake_dialogs.save_path = str(tmp_path / "x.pdf")
    w.export_report()
    qtbot.waitUntil(lambda: "warning" in fake_dialogs.names(), timeout=5000)
    assert "cannot be written" in fake_dialogs.calls[-1][1][1]
    assert not (tmp_path / "x.pdf").exists()


def test_export_report_in_another_language_and_paper_remembered_per_plan(
    make_window, db_path, fake_dialogs, qtbot, tmp_path
):
    """The export dialog's language and paper reach the PDF, and are proposed again next time."""
    from pypdf import PdfReader

    from feasibility_app.ui.files.report_options import ReportOptions

    w = make_window(db_path)
    proposed = fake_dialogs  # the first proposal: the window's language, Letter for Mexico
    fake_dialogs.report_options_answer = ReportOptions("es", "a4")
    fake_dialogs.save_path = str(tmp_path / "es.pdf")
    w.export_report()
    qtbot.waitUntil(lambda: "report_written" in fake_dialogs.names(), timeout=20000)
    first = next(args[0] for name, args in proposed.calls if name == "report_options")
    assert first == ReportOptions("en", "letter")
    reader = PdfReader(str(tmp_path / "es.pdf"))
    assert round(float(reader.pages[0].mediabox.height)) == 842  # A4
    assert "RIESGO" in reader.pages[0].extract_text().upper()
    fake_dialogs.report_options_answer = "cancel"
    w.export_report()
    again = [args[0] for name, args in fake_dialogs.calls if name == "report_options"][-1]
    assert again == ReportOptions("es", "a4")
    assert fake_dialogs.names()[-1] == "report_options"  # cancelled: no file dialog


def test_export_cancelled_in_the_file_dialog_does_nothing(make_window, db_path, fake_dialogs):
    w = make_window(db_path)
    fake_dialogs.save_path = None
    w.export_report()
    assert fake_dialogs.names()[-1] == "save_file"


def test_plan_report_with_progress(make_window, db_path, fake_dialogs, qtbot, tmp_path, monkeypatch):
    calls = []

    def fake_plan(repo, plan_id, out, lang, progress=None, cancelled=None, paper=None):
        for i in range(3):
            progress(i + 1, 3)
            calls.append(cancelled())
        Path(out).write_bytes(b"%PDF")
        return Path(out)

    module = types.ModuleType("feasibility_app.reports.plan_report")
    module.write_plan_report = fake_plan
    monkeypatch.setitem(sys.modules, "feasibility_app.reports.plan_report", module)
    w = make_window(db_path)
    fake_dialogs.save_path = str(tmp_path / "plan.pdf")
    w.actions["export_plan_report"].trigger()
    qtbot.waitUntil(lambda: "report_written" in fake_dialogs.names(), timeout=5000)
    assert calls == [False, False, False]
    assert (tmp_path / "plan.pdf").exists()


def test_closing_the_window_stops_a_running_report(
    make_window, db_path, fake_dialogs, qtbot, tmp_path, monkeypatch
):
    import threading
    import time

    from feasibility_app.reports import ReportCancelled

    started, seen = threading.Event(), {}

    def slow_plan(repo, plan_id, out, lang, progress=None, cancelled=None, paper=None):
        started.set()
        deadline = time.monotonic() + 10
        while not cancelled():
            if time.monotonic() > deadline:
                seen["timed_out"] = True
                break
            time.sleep(0.01)
        seen["cancelled"] = cancelled()
        raise ReportCancelled("cancelled")

    module = types.ModuleType("feasibility_app.reports.plan_report")
    module.write_plan_report = slow_plan
    monkeypatch.setitem(sys.modules, "feasibility_app.reports.plan_report", module)
    w = make_window(db_path)
    fake_dialogs.save_path = str(tmp_path / "plan.pdf")
    w.export_plan_report()
    assert started.wait(5)
    assert w.reports is not None and w.reports.busy()
    w.close()
    assert seen == {"cancelled": True}
    assert not (tmp_path / "plan.pdf").exists()


def test_damaged_database_offers_the_newest_backup(qtbot, tmp_path, fake_dialogs, no_modal_boxes):
    from feasibility_app.storage.sample import open_with_sample

    path = tmp_path / "feasibility.db"
    open_with_sample(str(path)).close()
    backup = tmp_path / "feasibility.db.bak-20240101-120000"
    backup.write_bytes(path.read_bytes())
    path.write_bytes(b"this is not a database at all" * 100)
    damaged = path.read_bytes()

    fake_dialogs.database_choice = "backup"
    w = MainWindow(str(path), dialogs=fake_dialogs)
    qtbot.addWidget(w)
    assert w.load_data()
    message, offered = fake_dialogs.calls[0][1]
    assert "not a Feasibility database" in message
    assert offered == backup
    assert w.navigator.model.total_rows() == 6
    kept = list(tmp_path.glob("feasibility.db.damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == damaged  # never written over


def test_damaged_database_quit_leaves_the_file_alone(qtbot, tmp_path, fake_dialogs, no_modal_boxes):
    path = tmp_path / "feasibility.db"
    path.write_bytes(b"garbage" * 50)
    fake_dialogs.database_choice = "quit"
    w = MainWindow(str(path), dialogs=fake_dialogs)
    qtbot.addWidget(w)
    assert not w.load_data()
    assert w.load_failed
    assert path.read_bytes() == b"garbage" * 50
    assert fake_dialogs.calls[0][1][1] is None  # no backup to offer


def test_damaged_database_choose_another_file(qtbot, tmp_path, fake_dialogs, db_path, no_modal_boxes):
    path = tmp_path / "broken.db"
    path.write_bytes(b"garbage" * 50)
    fake_dialogs.database_choice = "choose"
    fake_dialogs.open_path = str(db_path)
    w = MainWindow(str(path), dialogs=fake_dialogs)
    qtbot.addWidget(w)
    assert w.load_data()
    assert w.location == str(db_path)
    assert w.navigator.model.total_rows() == 6


def test_restore_backup_moves_wal_files_aside(tmp_path):
    path = tmp_path / "f.db"
    for suffix in ("", "-wal", "-shm"):
        (tmp_path / f"f.db{suffix}").write_text("damaged" + suffix)
    backup = tmp_path / "f.db.bak-1"
    backup.write_text("good")
    restore_backup(path, backup)
    assert path.read_text() == "good"
    assert not (tmp_path / "f.db-wal").exists()
    assert sorted(p.name.split("-", 1)[0] for p in tmp_path.glob("f.db.damaged-*")) == ["f.db.damaged"] * 3


def test_window_state_is_remembered(make_window, db_path):
    w = make_window(db_path)
    w.resize(1000, 700)
    w.close()
    settings = w.settings
    assert settings.value("window/geometry") is not None
    assert settings.value("window/state") is not None
    assert settings.value("session/last_commitment") == w.session.current_id


def test_retranslate_and_language(make_window, db_path):
    w = make_window(db_path)
    w.retranslate_ui()
    QApplication.sendEvent(w, QEvent(QEvent.LanguageChange))
    assert w.menus["file"].title() == "&File"
    w.set_language("es")
    from feasibility_app.domain.rubric import load_rubric

    row_level = w.navigator.model.index(0, 0).data(w.navigator.model.LevelRole)
    assert w.navigator.model.index(0, 0).data() == load_rubric("es").level_label(row_level)
    w.set_language("en")


def test_assessor_without_a_name_cannot_score(make_window, db_path):
    w = make_window(db_path, assessor=None)
    w.set_assessor("")
    assert not w.session.can_score()
    assert w.assessment_panel.card(FACTOR_KEYS[0]).is_read_only()
    w.set_assessor("Artículo 19")
    # A name that already scored brings its party along.
    assert w.session.assessor().role == "civil_society"
    assert w.assessment_panel.card(FACTOR_KEYS[0]).level() != Level.NOT_ASSESSED


def test_start_path_does_not_import_storage_or_reports():
    code = (
        "import sys, feasibility_app.ui.window.app, feasibility_app.ui.window.main_window;"
        "bad=[m for m in ('sqlalchemy','alembic','reportlab','feasibility_app.storage.database',"
        "'feasibility_app.exchange','feasibility_app.reports.commitment_report') if m in sys.modules];"
        "print(bad)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "[]"


def test_run_gui_paints_then_loads(tmp_path, db_path):
    env = dict(os.environ, FEASIBILITY_BENCH_EXIT="1", FEASIBILITY_BENCH_T0=str(time.time()))
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    env["HOME"] = str(tmp_path)
    out = subprocess.run(
        [sys.executable, "-m", "feasibility_app", "--db", str(db_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    lines = dict(line.split(": ") for line in out.stdout.splitlines() if ": " in line)
    assert float(lines["first_paint"]) <= float(lines["data_ready"])


def test_lazy_window_loads_in_a_thread_then_builds_the_workspace(
    qtbot, db_path, fake_dialogs, no_modal_boxes
):
    w = MainWindow(str(db_path), dialogs=fake_dialogs, lazy=True)
    qtbot.addWidget(w)
    assert not w.workspace_ready()
    w.show()
    qtbot.waitExposed(w)
    with qtbot.waitSignal(w.load_finished, timeout=20000) as blocker:
        w.load_data_async()
    assert blocker.args == [True]
    assert w.navigator.model.total_rows() == 6
    qtbot.waitUntil(lambda: w.workspace_ready() and bool(w.session.current_id), timeout=5000)
    assert w.page.title_edit.text()
    w.session.flush()


def test_lazy_window_explains_a_damaged_database(qtbot, tmp_path, fake_dialogs, no_modal_boxes):
    path = tmp_path / "feasibility.db"
    path.write_bytes(b"garbage" * 50)
    w = MainWindow(str(path), dialogs=fake_dialogs, lazy=True)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.load_finished, timeout=20000) as blocker:
        w.load_data_async()
    assert blocker.args == [False]
    assert fake_dialogs.names() == ["database_problem"]
    assert path.read_bytes() == b"garbage" * 50


KILL_SCRIPT = r"""
import os, signal, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication
QSettings.setDefaultFormat(QSettings.IniFormat)
QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, sys.argv[2])
app = QApplication([])
QCoreApplication.setOrganizationName("FeasibilityKillTest")
from feasibility_app.ui.window.main_window import MainWindow
w = MainWindow(sys.argv[1])
w.show()
assert w.load_data()
w.set_assessor("Killer Test", "government")
text = ""
def type_more():
    global text
    text += "word "
    w.page.draft_edit.setPlainText(text)
    if len(text) < 50:  # ten quick edits, 100 ms apart
        QTimer.singleShot(100, type_more)
    else:
        w.assessment_panel.card("budget").set_level_from_key(4)
        print(w.session.current_id, flush=True)
        QTimer.singleShot(2000, lambda: os.kill(os.getpid(), signal.SIGKILL))
type_more()
app.exec()
"""


def test_nothing_typed_is_lost_when_killed_two_seconds_later(tmp_path, db_path):
    out = subprocess.run(
        [sys.executable, "-c", KILL_SCRIPT, str(db_path), str(tmp_path / "settings")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        timeout=60,
    )
    assert out.returncode == -9, out.stderr
    cid = out.stdout.strip().splitlines()[-1]
    repo = repo_for(db_path)
    assert repo.current_revision(cid).fields.draft_text == "word " * 10
    mine = own_assessment(repo, cid, "Killer Test")
    assert mine is not None and mine.scores["budget"].level == Level.CRITICAL


def test_views_can_be_added_as_tabs_and_docks(make_window, db_path):
    from PySide6.QtWidgets import QLabel

    w = make_window(db_path)
    # Commitment, Compare, History and the track record (ui/learning): the tab bar shows.
    tabs = ["&Commitment", "C&ompare", "H&istory", "&Track record"]
    assert [w.tabs.tabText(i) for i in range(w.tabs.count())] == tabs
    assert not w.tabs.tabBar().isHidden()
    titles = {"tab": "Extra", "dock": "Notes"}
    index = w.add_tab(QLabel("extra"), "extraView", lambda: titles["tab"])
    dock = w.add_dock(QLabel("notes"), "notesDock", lambda: titles["dock"])
    assert w.tabs.tabText(index) == "Extra" and not w.tabs.tabBar().isHidden()
    assert dock.toggleViewAction() in w.menus["view"].actions()
    titles.update(tab="Otra", dock="Notas")
    w.retranslate_ui()
    assert w.tabs.tabText(index) == "Otra" and dock.windowTitle() == "Notas"


def test_a_missing_pdf_library_is_said_before_asking_where_to_save(
    make_window, db_path, fake_dialogs, monkeypatch
):
    """An installation without reportlab (a bundle that left it out): one clear message, no
    save dialog, no traceback."""
    import sys

    w = make_window(db_path)
    for name in [n for n in sys.modules if n.startswith(("feasibility_app.reports.", "reportlab"))]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "reportlab", None)  # `import reportlab...` raises ImportError
    fake_dialogs.save_path = "/tmp/never-written.pdf"
    w.actions["export_report"].trigger()
    names = [name for name, _args in fake_dialogs.calls]
    assert "save_file" not in names
    assert ("warning", ("Reports are not available",)) in [(n, a[:1]) for n, a in fake_dialogs.calls]


def test_the_menus_hold_their_actions_in_order_with_separators(make_window, db_path):
    """The menus are built from a table (actions.MENU_LAYOUT): the same menus as the hand-written
    build they replaced, in order, separators where they were."""
    w = make_window(db_path)

    def names(key: str) -> list[str]:
        return ["-" if a.isSeparator() else a.objectName() for a in w.menus[key].actions()]

    assert names("file") == [
        "newDatabase", "openDatabase", "-",
        "newPlan", "deletePlan", "planSettings", "-",
        "newCommitment", "deleteCommitment", "-",
        "exportReport", "exportPlanReport", "printPreview", "print", "-",
        "exportExchange", "importExchange", "exportCsv", "importPrecedents", "-",
        "quit",
    ]  # fmt: skip
    assert names("edit") == ["undo", "redo", "-", "find", "goTo"]
    view = names("view")
    assert view[:12] == [
        "presentation", "-",
        "nextFactor", "previousFactor", "nextCommitment", "previousCommitment", "-",
        "showCommitment", "showCompare", "showHistory", "-",
        w.navigator_dock.toggleViewAction().objectName(),
    ]  # fmt: skip
    assert w.navigator_dock.toggleViewAction() in w.menus["view"].actions()
    assert names("help") == ["help", "rubricReference", "-", "about"]
    assert [a.text() for a in w.menuBar().actions()] == ["&File", "&Edit", "&View", "&Language", "&Help"]
