"""Help in the app: the F1 guide, the rubric reference, About, the first-run banner, printing,
and starting without the sample plan."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings

from feasibility_app import __version__
from feasibility_app.domain.factors import FACTOR_KEYS, RISK_LEVELS
from feasibility_app.domain.rubric import load_rubric
from feasibility_app.ui.window.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def make_window(qtbot, fake_dialogs, no_modal_boxes):
    made = []

    def make(path, settings=None) -> MainWindow:
        w = MainWindow(str(path), dialogs=fake_dialogs, settings=settings)
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
        assert w.load_data()
        made.append(w)
        return w

    yield make
    for w in made:
        w.session.flush()


def test_f1_opens_the_guide_in_the_window_language(make_window, db_path):
    w = make_window(db_path)
    assert "F1" in {s.toString() for s in w.actions["help"].shortcuts()}
    w.actions["help"].trigger()
    dialog = w.help_dialog
    assert dialog.isVisible() and dialog.tabs.currentIndex() == 0
    text = dialog.guide.toPlainText()
    for needle in (
        "How scoring works",
        "Blocks and consensus",
        "Keyboard",
        "Ctrl+K",
        "Alt+↓",
        "F11",
        "median",
    ):
        assert needle in text, needle
    w.set_language("es")
    w.actions["help"].trigger()
    assert "Cómo se calcula el riesgo" in dialog.guide.toPlainText()
    assert "Bloqueos y consenso" in dialog.guide.toPlainText()
    w.set_language("en")


@pytest.mark.parametrize("language", ["en", "es", "pt"])
def test_rubric_reference_shows_all_four_levels_of_every_factor(make_window, db_path, language):
    w = make_window(db_path)
    w.set_language(language)
    w.actions["rubric_reference"].trigger()
    dialog = w.help_dialog
    assert dialog.tabs.currentIndex() == 1
    table, rubric = dialog.rubric, load_rubric(language)
    assert table.rowCount() == len(FACTOR_KEYS) and table.columnCount() == 1 + len(RISK_LEVELS)
    for col, level in enumerate(RISK_LEVELS, start=1):
        assert table.horizontalHeaderItem(col).text() == rubric.level_label(level)
    for row, key in enumerate(FACTOR_KEYS):
        assert table.item(row, 0).text() == rubric.factor_label(key)
        for col, level in enumerate(RISK_LEVELS, start=1):
            assert table.item(row, col).text() == rubric.anchor(key, level)
    w.set_language("en")


def test_about_names_version_licence_case_study_and_data_folder(
    make_window, db_path, fake_dialogs, monkeypatch
):
    monkeypatch.setenv("FEASIBILITY_HOME", "/tmp/feasibility-about-test")
    w = make_window(db_path)
    w.actions["about"].trigger()
    name, (title, text) = fake_dialogs.calls[-1][0], fake_dialogs.calls[-1][1]
    assert name == "information" and title == "About Feasibility"
    assert f"Feasibility {__version__}" in text
    assert "Licence: MIT" in text
    assert "Gerson, P. & Nieto, F. (2016). Opening Government?" in text
    assert f"Database: {db_path}" in text
    assert "Data folder: /tmp/feasibility-about-test" in text
    assert (
        "Its scores are risk prompts for discussion, not predictions, until the forum's own "
        "calibration (the Track record tab) says otherwise." in text
    )


@pytest.mark.parametrize(
    ("language", "needle"),
    [
        ("es", "alertas de riesgo para la discusión, no predicciones"),
        ("pt", "alertas de risco para discussão, não previsões"),
    ],
)
def test_about_says_scores_are_prompts_not_predictions_in_every_language(
    make_window, db_path, fake_dialogs, language, needle
):
    w = make_window(db_path)
    try:
        w.languages.set_language(language, remember=False)  # installs the Qt translators too
        w.actions["about"].trigger()
        text = fake_dialogs.calls[-1][1][1]
        assert needle in text
    finally:
        w.languages.set_language("en", remember=False)
        w.languages.uninstall()


def test_first_run_banner_says_it_is_the_case_study_and_remembers_dismissal(make_window, db_path, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    w = make_window(db_path, settings)
    assert w.sample_banner_bar.isVisible()
    assert "Mexico's 2013–2015 action plan" in w.sample_banner.label.text()
    w.sample_banner.close_button.click()
    assert not w.sample_banner_bar.isVisible()
    w.close()
    again = make_window(db_path, settings)
    assert getattr(again, "sample_banner_bar", None) is None or not again.sample_banner_bar.isVisible()


def test_start_an_empty_plan_from_the_banner(make_window, db_path, fake_dialogs, tmp_path):
    from feasibility_app.ui.dialogs.dialogs import PlanDraft

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    w = make_window(db_path, settings)
    fake_dialogs.plan_draft = None  # cancelled: the banner stays
    w.sample_banner.empty_button.click()
    assert w.sample_banner_bar.isVisible()
    fake_dialogs.plan_draft = PlanDraft("Plan de Acción 2025–2027", "México")
    w.sample_banner.empty_button.click()
    assert not w.sample_banner_bar.isVisible()
    assert any(p.title == "Plan de Acción 2025–2027" for p in w.repo.plans())


def test_no_sample_starts_an_empty_database(tmp_path, capsys):
    from feasibility_app.__main__ import wants_gui
    from feasibility_app.cli import main
    from feasibility_app.storage.repository import Repository
    from feasibility_app.storage.sample import open_with_sample

    db = open_with_sample(str(tmp_path / "empty.db"), sample=False)
    try:
        assert Repository(db).plans() == []
    finally:
        db.close()
    assert main(["--db", str(tmp_path / "cli.db"), "--no-sample", "list", "--json"]) == 0
    assert capsys.readouterr().out.strip() in ("[]", "")
    assert not wants_gui(["--no-sample", "list"])
    assert wants_gui(["--no-sample"]) and wants_gui(["--db", "x.db", "--no-sample"])


def test_no_sample_window_has_no_banner(make_window, tmp_path, qtbot, fake_dialogs):
    w = MainWindow(str(tmp_path / "new.db"), dialogs=fake_dialogs)
    w.with_sample = False
    qtbot.addWidget(w)
    w.show()
    assert w.load_data()
    assert w.repo.plans() == []
    assert getattr(w, "sample_banner_bar", None) is None


def test_print_summary_fallback_on_the_plans_paper(make_window, db_path, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from feasibility_app.ui.files.print_report import make_printer, render_summary, summary_html

    w = make_window(db_path)
    html = summary_html(w)
    assert w.verdict_panel.chip_text() in html
    printer = make_printer(w)
    assert printer.pageLayout().pageSize().id().name == "Letter"  # Mexico's plan
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    render_summary(w, printer)
    text = " ".join((PdfReader(str(out)).pages[0].extract_text() or "").split())
    assert w.verdict_panel.chip_text().split(" · ")[0] in text
    rubric = load_rubric("en")
    for key in FACTOR_KEYS:
        assert rubric.factor_label(key) in text
    assert "Print pre&view…" == w.actions["print_preview"].text()
    w.actions["print_preview"].trigger()
    assert w.print_dialog.isVisible()
    w.print_dialog.reject()


def test_the_banner_is_as_tall_as_its_text_at_the_window_width(qtbot):
    """In its toolbar it used to take its size hint (a narrow, three-line label: ~80 px on a
    1280-px window where one line fits), which an 800-px screen cannot spare."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMainWindow, QTextEdit, QToolBar

    from feasibility_app.ui.help.sample_banner import SampleBanner

    window = QMainWindow()
    qtbot.addWidget(window)
    banner = SampleBanner()
    bar = QToolBar()
    bar.addWidget(banner)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    window.setCentralWidget(QTextEdit())
    line = banner.label.fontMetrics().lineSpacing()
    button = banner.empty_button.sizeHint().height()
    for width in (1280, 700):
        window.resize(width, 600)
        window.show()
        qtbot.waitUntil(lambda: banner.height() == banner.heightForWidth(banner.width()))
        text = banner.label.heightForWidth(banner.label.width())
        assert banner.label.height() >= text  # the whole text shows
        if width == 1280:
            assert text < 2 * line  # one line
            assert banner.height() <= max(text, button) + 10  # no empty strip
        else:
            assert text >= 2 * line  # wrapped, and the banner grew to show it
