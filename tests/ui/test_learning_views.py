"""The learning views in the window: File ▸ Import precedents…, the precedents and outcome
docks beside the draft, and the Track record tab."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate

from feasibility_app.ui.window.main_window import MainWindow

FIXTURE = Path(__file__).resolve().parents[1] / "precedents" / "fixtures" / "irm_sample.csv"


@pytest.fixture
def window(sample_window):
    sample_window.set_assessor("Ana", "government")
    return sample_window


def open_titled(window: MainWindow, prefix: str) -> str:
    cid = next(r.id for r in window.navigator.model.summaries() if r.title.startswith(prefix))
    assert window.session.open_commitment(cid)
    return cid


def import_fixture(qtbot, window, fake_dialogs, path=FIXTURE) -> None:
    fake_dialogs.open_path = str(path)
    with qtbot.waitSignal(window.learning.finished, timeout=30000):
        window.learning.import_action.trigger()


def test_file_menu_has_import_precedents(window):
    titles = [a.text() for a in window.menus["file"].actions()]
    assert "Import p&recedents…" in titles
    assert titles.index("Import p&recedents…") == titles.index("Export spreadsheet (&CSV)…") + 1


def test_import_then_the_panel_lists_similar_commitments(qtbot, window, fake_dialogs):
    panel = window.learning.precedents
    window.learning.precedents_dock.show()  # View ▸ …: folded away in a compact window
    window.learning.precedents_dock.raise_()  # shown: it searches (hidden, it waits)
    open_titled(window, "Detained Persons Registry")
    qtbot.waitUntil(lambda: "No precedents yet" in panel.status.text(), timeout=5000)
    assert "No precedents yet" in panel.status.text()
    import_fixture(qtbot, window, fake_dialogs)
    title, text = fake_dialogs.calls[-1][1]
    assert title == "Precedents imported"
    assert "8 precedents added, 0 updated." in text and "Skipped 1 row without an identifier." in text
    assert "The library now holds 8 past commitments." in text
    ids = [m.precedent.id for m in panel.matches()]
    assert ids[0] == "MX0101"  # the Spanish registry of detained persons
    first = panel.item_texts()[0]
    assert first.startswith("Registro Nacional de Personas Detenidas\nMX0101 · Mexico 2013")
    assert "Completion: Limited · opened government: Did not change" in first
    assert "Shared words:" in first and "detained" in first
    assert "not predictions" in panel.note.text()


def test_the_panel_follows_the_draft_as_it_is_typed(qtbot, window, fake_dialogs):
    import_fixture(qtbot, window, fake_dialogs)
    cid = open_titled(window, "Highway Open Data")
    panel = window.learning.precedents
    window.learning.precedents_dock.show()  # View ▸ …: folded away in a compact window
    window.learning.precedents_dock.raise_()
    fields = window.session.fields(cid)
    import dataclasses

    window.session.edit_fields(
        dataclasses.replace(
            fields, title="Salud", draft_text="Publicar datos abiertos de salud por municipio"
        )
    )
    qtbot.waitUntil(
        lambda: bool(panel.matches()) and panel.matches()[0].precedent.id == "BR0070", timeout=5000
    )


def test_a_bad_spreadsheet_is_refused_with_its_reason(qtbot, window, fake_dialogs, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("Commitment Unique Identifier,Country/Locality\nMX1,Mexico\n", encoding="utf-8")
    import_fixture(qtbot, window, fake_dialogs, bad)
    name, (title, text) = fake_dialogs.calls[-1]
    assert name == "warning" and title == "The file was not imported"
    assert "“Commitment Title”" in text and "Nothing was changed in the database." in text


def test_record_an_outcome_from_the_panel(window):
    cid = open_titled(window, "Missing Persons Database")
    panel = window.learning.outcomes
    window.learning.outcome_dock.show()  # View ▸ …: folded away in a compact window
    window.learning.outcome_dock.raise_()
    assert panel.record_button.isEnabled()
    assert "Mid-term (progress report), 2015-07-01: Limited" in panel.item_texts()[0]
    panel.completion.setCurrentIndex(panel.completion.findData("not_started"))
    panel.opened.setCurrentIndex(panel.opened.findData("did_not_change"))
    panel.source.setText("IRM end-of-term report")
    panel.dated.setChecked(True)
    panel.date.setDate(QDate(2015, 12, 1))
    panel.record_button.click()
    newest = panel.item_texts()[0]
    assert newest.startswith("End of term, 2015-12-01: Not started · opened government: Did not change")
    assert newest.endswith("IRM end-of-term report")
    recorded = window.repo.outcomes([cid])[cid][-1]
    assert (recorded.completion.value, recorded.reported_on, recorded.author) == (
        "not_started",
        date(2015, 12, 1),
        "Ana",
    )


def test_track_record_tab_shows_the_sample_plans_calibration(window):
    open_titled(window, "Detained Persons Registry")
    view = window.learning.calibration
    window.tabs.setCurrentWidget(view)
    text = view.summary.text()
    assert "6 commitments with an outcome and a score before it." in text
    assert "Too few outcomes to say (fewer than 10)" in text
    assert (
        "Band at signing: 0 from the forum's signing lock, 6 from the newest score before the outcome "
        "(no lock before it)." in text
    )
    rows = {view.bands.item(r, 0).text(): r for r in range(view.bands.rowCount())}
    low = rows["Low"]
    assert view.bands.item(low, 1).text() == "3" and view.bands.item(low, 4).text() == "3"
    assert view.bands.item(rows["Critical"], 6).text() == "2 of 2 fell short (34–100%) · too few to say"
    assert "not predictions" in view.note.text()


def test_learning_views_speak_spanish(qtbot, window):
    languages = window.languages
    try:
        languages.set_language("es", remember=False)
        qtbot.waitUntil(lambda: window.learning.import_action.text() == "Importar prece&dentes…")
        assert "no predicciones" in window.learning.precedents.note.text()
        assert window.learning.outcomes.record_button.text() == "Registrar resultado"
        index = window.tabs.indexOf(window.learning.calibration)
        assert window.tabs.tabText(index) == "&Trayectoria"
    finally:
        languages.set_language("en", remember=False)
        languages.uninstall()


def test_a_hidden_precedents_panel_does_not_search(qtbot):
    from feasibility_app.ui.learning.precedents_panel import PrecedentsPanel

    calls = []
    panel = PrecedentsPanel(lambda text: calls.append(text) or [], lambda: 3)
    qtbot.addWidget(panel)
    panel.set_text("open data registry")
    qtbot.wait(600)
    assert calls == []  # a tab behind the navigator costs no query while the user types
    panel.show()
    qtbot.waitUntil(lambda: calls == ["open data registry"], timeout=2000)
    assert panel.status.text().startswith("No similar past commitment among 3 precedent")


def test_presentation_folds_the_precedents_and_outcome_tabs_with_the_list(qtbot, window):
    """Hiding the navigator alone brought its Precedents tab to the front, which took the
    width the projector layout gives the draft and the chart; they fold and return together."""
    docks = (window.navigator_dock, window.learning.precedents_dock, window.learning.outcome_dock)
    window.resize(1400, 900)  # a desk screen: the list and its tabs are shown
    qtbot.wait(10)
    window.set_presentation(True)
    qtbot.wait(10)
    assert all(d.isHidden() for d in docks)
    window.set_presentation(False)
    qtbot.wait(10)
    if window.responsive.current != "compact":
        assert not window.learning.precedents_dock.isHidden()
        assert not window.learning.outcome_dock.isHidden()


# --- the precedent library in the exchange file, on request ------------------------------------


def test_export_exchange_offers_the_library_unchecked_and_adds_it_when_checked(
    qtbot, window, fake_dialogs, tmp_path
):
    import json

    import_fixture(qtbot, window, fake_dialogs)
    out = tmp_path / "plain.json"
    fake_dialogs.save_path = str(out)
    window.actions["export_exchange"].trigger()
    qtbot.waitUntil(lambda: not window.exchange.busy(), timeout=20000)
    asked = [args for name, args in fake_dialogs.calls if name == "save_exchange_file"]
    assert asked and asked[-1][2] == 8  # the library's size, shown beside the check box
    assert "precedents" not in json.loads(out.read_text("utf-8"))  # unchecked: the default
    assert "precedent library" not in fake_dialogs.calls[-1][1][1]

    fake_dialogs.with_precedents = True
    out = tmp_path / "with.json"
    fake_dialogs.save_path = str(out)
    window.actions["export_exchange"].trigger()
    qtbot.waitUntil(lambda: not window.exchange.busy(), timeout=20000)
    assert len(json.loads(out.read_text("utf-8"))["precedents"]) == 8
    name, (_title, text) = fake_dialogs.calls[-1]
    assert name == "information" and "With the precedent library: 8 past commitments." in text


def test_the_save_dialog_check_box_is_unchecked_translated_and_reachable(qtbot, window):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QCheckBox, QFileDialog

    from feasibility_app.ui.dialogs.dialogs import DialogService

    service = DialogService()
    dialog, box = service.exchange_save_dialog(window, "Export", "/tmp/plan.json", "JSON (*.json)", 8)
    qtbot.addWidget(dialog)
    assert isinstance(dialog, QFileDialog) and dialog.findChild(QCheckBox, "withPrecedents") is box
    assert not box.isChecked()
    assert box.text() == "&Include the precedent library (8 past commitments)"
    assert box.focusPolicy() & Qt.FocusPolicy.TabFocus  # reachable with Tab; Alt+I toggles it
    assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    languages = window.languages
    try:
        languages.set_language("es", remember=False)
        dialog_es, box_es = service.exchange_save_dialog(window, "Exportar", "/tmp/p.json", "*.json", 1)
        qtbot.addWidget(dialog_es)
        assert box_es.text() == "&Incluir la biblioteca de precedentes (1 compromiso anterior)"
        languages.set_language("pt", remember=False)
        dialog_pt, box_pt = service.exchange_save_dialog(window, "Exportar", "/tmp/p.json", "*.json", 3)
        qtbot.addWidget(dialog_pt)
        assert box_pt.text() == "&Incluir a biblioteca de precedentes (3 compromissos anteriores)"
    finally:
        languages.set_language("en", remember=False)
        languages.uninstall()


# --- the Track record tab's plan picker ------------------------------------------------------------


@pytest.fixture
def two_plans(db_path):
    """The sample plan (6 outcomes) and a second plan with one scored commitment and its outcome."""
    from feasibility_app.domain.factors import FACTOR_KEYS, Level, Role
    from feasibility_app.domain.model import CommitmentFields, FactorScore
    from feasibility_app.domain.outcomes import Completion
    from feasibility_app.storage.database import open_database
    from feasibility_app.storage.outcomes import record_outcome
    from feasibility_app.storage.repository import Repository

    db = open_database(str(db_path))
    try:
        repo = Repository(db)
        plan = repo.create_plan("Chile 2016–2018", "Chile")
        fields = CommitmentFields(title="Datos abiertos de educación")
        cid = repo.create_commitment(plan.id, fields).commitment_id
        repo.save_assessment(cid, "Ana", Role.GOVERNMENT, {k: FactorScore(Level.HIGH) for k in FACTOR_KEYS})
        record_outcome(db, cid, Completion.NOT_STARTED, source="IRM")
        sample = next(p for p in repo.plans() if p.id != plan.id)
        return db_path, sample.id, plan.id
    finally:
        db.close()


def make_settings(tmp_path):
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)


def open_window(qtbot, fake_dialogs, path, settings) -> MainWindow:
    w = MainWindow(str(path), dialogs=fake_dialogs, settings=settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    assert w.load_data()
    return w


def test_the_plan_picker_filters_and_is_remembered(qtbot, fake_dialogs, no_modal_boxes, two_plans, tmp_path):
    from feasibility_app.app.learning import plan_calibration

    path, sample_id, chile_id = two_plans
    settings = make_settings(tmp_path)
    w = open_window(qtbot, fake_dialogs, path, settings)
    view = w.learning.calibration
    w.tabs.setCurrentWidget(view)
    combo = view.plan_combo
    assert combo.itemText(0) == "All plans"
    assert combo.findData(chile_id) > 0 and combo.findData(sample_id) > 0 and combo.count() == 3
    assert view.current_plan_id() is None
    assert "7 commitments with an outcome" in view.summary.text()  # every plan
    combo.setCurrentIndex(combo.findData(chile_id))
    assert "1 commitment with an outcome" in view.summary.text()
    rows = {view.bands.item(r, 0).text(): r for r in range(view.bands.rowCount())}
    assert view.bands.item(rows["High"], 1).text() == "1" and view.bands.item(rows["Low"], 1).text() == "0"
    # the same numbers as the app-layer function the CLI's --plan calls
    assert plan_calibration(w.repo, chile_id).n == 1 and plan_calibration(w.repo, sample_id).n == 6
    assert settings.value("learning/calibration_plan") == chile_id
    w.session.flush()
    w.close()

    again = open_window(qtbot, fake_dialogs, path, settings)
    again.tabs.setCurrentWidget(again.learning.calibration)
    assert again.learning.calibration.current_plan_id() == chile_id  # remembered
    assert "1 commitment with an outcome" in again.learning.calibration.summary.text()
    again.learning.calibration.plan_combo.setCurrentIndex(0)
    assert settings.value("learning/calibration_plan") == ""
    assert "7 commitments with an outcome" in again.learning.calibration.summary.text()
    again.session.flush()


def test_the_plan_picker_works_from_the_keyboard(qtbot, fake_dialogs, no_modal_boxes, two_plans, tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    path, _sample_id, chile_id = two_plans
    w = open_window(qtbot, fake_dialogs, path, make_settings(tmp_path))
    view = w.learning.calibration
    w.tabs.setCurrentWidget(view)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    assert view.plan_label.buddy() is view.plan_combo and view.plan_label.text() == "Track record &of:"
    view.bands.setFocus()
    # the label's mnemonic, sent as the keyboard sends it: to the widget with the focus
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: view.plan_combo.hasFocus())
    while view.current_plan_id() != chile_id:
        before = view.plan_combo.currentIndex()
        qtbot.keyClick(view.plan_combo, Qt.Key.Key_Down)
        assert view.plan_combo.currentIndex() == before + 1
    assert "1 commitment with an outcome" in view.summary.text()
    w.session.flush()


def test_the_plan_picker_speaks_spanish_and_portuguese(qtbot, window):
    view = window.learning.calibration
    window.tabs.setCurrentWidget(view)
    languages = window.languages
    try:
        languages.set_language("es", remember=False)
        qtbot.waitUntil(lambda: view.plan_combo.itemText(0) == "Todos los planes")
        assert view.plan_label.text() == "Trayectoria &de:"
        languages.set_language("pt", remember=False)
        qtbot.waitUntil(lambda: view.plan_combo.itemText(0) == "Todos os planos")
        assert view.plan_label.text() == "Trajetória &de:"
    finally:
        languages.set_language("en", remember=False)
        languages.uninstall()


def test_importing_a_file_with_the_library_says_so_and_the_panel_searches_it(
    qtbot, window, fake_dialogs, tmp_path
):
    from feasibility_app.app.learning import import_precedents_file
    from feasibility_app.exchange.exchange_file import export_exchange
    from feasibility_app.storage.repository import Repository
    from feasibility_app.storage.sample import open_with_sample

    laptop = Repository(open_with_sample(str(tmp_path / "laptop.db")))
    try:
        import_precedents_file(laptop, FIXTURE)
        export_exchange(laptop, tmp_path / "lib.json", with_precedents=True)
    finally:
        laptop.db.close()
    panel = window.learning.precedents
    window.learning.precedents_dock.show()
    window.learning.precedents_dock.raise_()
    open_titled(window, "Detained Persons Registry")
    qtbot.waitUntil(lambda: "No precedents yet" in panel.status.text(), timeout=5000)
    fake_dialogs.open_path = str(tmp_path / "lib.json")
    fake_dialogs.answer_question = True
    window.actions["import_exchange"].trigger()
    qtbot.waitUntil(lambda: "information" in fake_dialogs.names(), timeout=20000)
    qtbot.waitUntil(lambda: not window.exchange.busy(), timeout=20000)
    question = next(args for name, args in fake_dialogs.calls if name == "question")
    assert "lib.json would add: 8 precedents." in question[1]
    _title, text = fake_dialogs.calls[-1][1]
    assert "Added from lib.json: 8 precedents." in text
    qtbot.waitUntil(lambda: bool(panel.matches()), timeout=10000)
    assert panel.matches()[0].precedent.id == "MX0101"
