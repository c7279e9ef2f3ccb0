"""Spanish and Portuguese throughout: complete, fresh catalogues and a UI with no English left.

The .ts/.qm files are built by tools/update_translations.py (see resources/translations/README.md);
these tests fail when someone adds a tr() string without translating it, edits a .ts without
recompiling the .qm, drops a {placeholder}, or leaves a visible widget text in English.
"""

from __future__ import annotations

import ast
import importlib.util
import json
import re
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
LOCALES = ("es", "pt_BR")
ALL_LOCALES = ("en", *LOCALES)  # en: the plural forms of the source language only
CODE_OF = {"en": "en", "es": "es", "pt_BR": "pt"}
DATA_LANGUAGES = ("en", "es", "pt")


def _load_tool():
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "tools" / "update_translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    sys.modules.setdefault("update_translations", module)
    spec.loader.exec_module(module)
    return sys.modules["update_translations"]


tool = _load_tool()

PLACEHOLDER = re.compile(r"\{[^{}]*\}")
QT_ARG = re.compile(r"%(?:L?\d+|n)")


def _accelerators(text: str) -> int:
    return len(re.findall(r"(?<!&)&(?!&)[^&\s]", text.replace("&&", "")))


def messages(locale: str):
    return tool.read_ts(tool.ts_path(locale))


# -- the .ts files ---------------------------------------------------------------------------------


@pytest.mark.parametrize("locale", ALL_LOCALES)
def test_ts_file_declares_its_language(locale: str) -> None:
    assert tool.ts_language(tool.ts_path(locale)) == locale
    assert messages(locale), f"{locale}: no messages at all"


@pytest.mark.parametrize("locale", ALL_LOCALES)
def test_every_message_is_translated(locale: str) -> None:
    problems = [
        f"[{m.context}] {m.source!r}: {m.status or 'empty'}"
        for m in messages(locale)
        if m.status or not m.forms or not all(form.strip() for form in m.forms)
    ]
    assert not problems, f"{locale}: untranslated, vanished or obsolete messages " + "\n".join(problems)


@pytest.mark.parametrize("locale", ALL_LOCALES)
def test_placeholders_and_plurals_are_kept(locale: str) -> None:
    problems = []
    for m in messages(locale):
        for form in m.forms:
            if sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(m.source)):
                problems.append(f"[{m.context}] {m.source!r} -> {form!r}: {{placeholders}} differ")
            if sorted(QT_ARG.findall(form)) != sorted(QT_ARG.findall(m.source)):
                problems.append(f"[{m.context}] {m.source!r} -> {form!r}: %n / %1 differ")
        if m.numerus and len(m.forms) != 2:
            problems.append(f"[{m.context}] {m.source!r}: {len(m.forms)} plural forms, expected 2")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("locale", ALL_LOCALES)
def test_accelerators_are_kept(locale: str) -> None:
    problems = [
        f"[{m.context}] {m.source!r} -> {form!r}"
        for m in messages(locale)
        for form in m.forms
        if _accelerators(form) != _accelerators(m.source)
    ]
    assert not problems, "a & accelerator was lost or added:\n" + "\n".join(problems)


def test_both_languages_have_the_same_messages() -> None:
    es, pt = ({m.key for m in messages(locale)} for locale in LOCALES)
    assert es == pt


def test_qm_files_are_fresh(tmp_path: Path) -> None:
    """The committed .qm is exactly what lrelease makes of the committed .ts."""
    for locale in ALL_LOCALES:
        committed = tool.qm_path(locale)
        assert committed.is_file(), f"{committed.name} is missing: run tools/update_translations.py"
        rebuilt = tmp_path / committed.name
        tool.run_lrelease(tool.ts_path(locale), rebuilt)
        assert rebuilt.read_bytes() == committed.read_bytes(), (
            f"{committed.name} does not match {tool.ts_path(locale).name}: run tools/update_translations.py"
        )


def test_lrelease_is_byte_stable(tmp_path: Path) -> None:
    """What the freshness check above relies on."""
    ts = tool.ts_path("es")
    tool.run_lrelease(ts, tmp_path / "a.qm")
    tool.run_lrelease(ts, tmp_path / "b.qm")
    assert (tmp_path / "a.qm").read_bytes() == (tmp_path / "b.qm").read_bytes()


def test_no_source_string_is_missing_from_the_ts_files(tmp_path: Path) -> None:
    """lupdate over the code finds exactly the messages of the committed .ts files."""
    fresh = tmp_path / "feasibility_es.ts"
    tool.run_lupdate(fresh, "es")
    in_code = {m.key for m in tool.read_ts(fresh)}
    assert in_code, "lupdate found no strings: was -extensions py dropped?"
    plurals_in_code = {m.key for m in tool.read_ts(fresh) if m.numerus}
    for locale in ALL_LOCALES:
        committed = {m.key for m in messages(locale)}
        expected = plurals_in_code if locale == "en" else in_code
        missing = sorted(expected - committed)
        stale = sorted(committed - expected)
        assert not missing, (
            f"tr() strings not in {locale}.ts (add them to tools/translations_*.py, "
            "run tools/update_translations.py): " + "\n".join(map(repr, missing))
        )
        assert not stale, (
            f"{locale}.ts keeps strings the code no longer has: run tools/update_translations.py: "
            + ("\n".join(map(repr, stale)))
        )


def _non_literal_tr_calls(path: Path) -> list[str]:
    """tr()/translate() calls lupdate cannot read: an f-string or a variable as the text."""
    source = path.read_text("utf-8")
    marked = "QT_TRANSLATE_NOOP" in source or "QT_TR_NOOP" in source  # variables may hold marked texts
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
        if name == "tr" and node.args:
            text = node.args[0]
        elif name == "translate" and len(node.args) >= 2 and getattr(func, "value", None) is not None:
            if getattr(func.value, "id", "") not in ("QCoreApplication", "QApplication"):
                continue
            text = node.args[1]
        else:
            continue
        if isinstance(text, ast.Constant) and isinstance(text.value, str):
            continue
        if isinstance(text, ast.JoinedStr) or not marked:
            found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {ast.unparse(node)[:90]}")
    return found


def test_tr_calls_pass_literal_texts() -> None:
    """lupdate only extracts string literals: tr(f"...") or a translate() wrapper taking a
    variable leaves texts untranslated for ever (write tr("Saved {path}").format(path=p), or
    mark the texts with QT_TRANSLATE_NOOP("Context", "...") where they are defined)."""
    problems = [
        p
        for path in sorted((ROOT / "feasibility_app" / "ui").rglob("*.py"))
        for p in _non_literal_tr_calls(path)
    ]
    assert not problems, "texts lupdate cannot see:\n" + "\n".join(problems)


_TEXT_SETTERS = {
    "setText", "setToolTip", "setPlaceholderText", "setWindowTitle", "setTitle", "setStatusTip",
    "setAccessibleName", "setAccessibleDescription", "addItem", "addItems", "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels", "setHeaderLabels", "setTabText", "setTabToolTip", "setWhatsThis",
    "setSpecialValueText", "addTab", "addMenu", "showMessage", "setLabelText",
    "QLabel", "QPushButton", "QAction", "QCheckBox", "QRadioButton", "QGroupBox", "QMenu", "QToolButton",
}  # fmt: skip


def test_widget_texts_are_not_hard_coded() -> None:
    """A visible text given as a bare literal ("Save") is never translated: wrap it in tr()."""
    problems = []
    for path in sorted((ROOT / "feasibility_app" / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            if (
                func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            ) not in _TEXT_SETTERS:
                continue
            for arg in node.args:
                for value in arg.elts if isinstance(arg, (ast.List, ast.Tuple)) else [arg]:
                    if isinstance(value, ast.Constant) and isinstance(value.value, str):
                        if re.search(r"[A-Za-z]{2,}", value.value):
                            problems.append(
                                f"{path.relative_to(ROOT)}:{node.lineno}: {ast.unparse(node)[:90]}"
                            )
    assert not problems, "untranslatable widget texts:\n" + "\n".join(problems)


def test_the_check_mode_of_the_tool_passes() -> None:
    assert tool.check() == []


# -- the data files (rubric, wording rules, report texts) -----------------------------------------


def _skeleton(value):
    """The keys of a data file, recursively; lists of records with an "id" are keyed by it,
    other lists (patterns, paragraphs) only need to be lists: their length is language-specific."""
    if isinstance(value, dict):
        return {key: _skeleton(item) for key, item in value.items()}
    if isinstance(value, list):
        if value and all(isinstance(item, dict) and "id" in item for item in value):
            return {item["id"]: _skeleton(item) for item in value}
        return "list"
    if isinstance(value, str):
        return "text" if value.strip() else "empty"
    return type(value).__name__


def _data_sets(folder: Path) -> dict[str, dict[str, Path]]:
    """{"name": {"en": path, ...}} for en.json or name_en.json / name.en.json files."""
    sets: dict[str, dict[str, Path]] = {}
    for path in sorted(folder.rglob("*.json")):
        match = re.fullmatch(r"(?:(.*?)[._-])?(en|es|pt)", path.stem)
        if match:
            name = str(path.parent.relative_to(folder) / (match.group(1) or ""))
            sets.setdefault(name, {})[match.group(2)] = path
    return sets


@pytest.mark.parametrize("folder", ["rubric", "wording", "report"])
def test_data_files_have_the_same_keys_in_every_language(folder: str) -> None:
    sets = _data_sets(ROOT / "resources" / folder)
    if not sets:
        pytest.skip(f"resources/{folder} has no language files yet")
    for name, files in sets.items():
        assert set(files) == set(DATA_LANGUAGES), f"resources/{folder}/{name}: languages {sorted(files)}"
        skeletons = {lang: _skeleton(json.loads(path.read_text("utf-8"))) for lang, path in files.items()}
        for lang in ("es", "pt"):
            assert skeletons[lang] == skeletons["en"], f"resources/{folder}/{name}: {lang} differs from en"


# -- at run time -----------------------------------------------------------------------------------


@pytest.fixture
def settings(tmp_path: Path):
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def manager(qapp, settings):
    from PySide6.QtCore import QLocale

    from feasibility_app.ui.common.i18n import LanguageManager

    default_locale = QLocale()
    mgr = LanguageManager(settings, restore=False)
    yield mgr
    mgr.uninstall()  # leave Qt as other tests expect it: no translator at all
    QLocale.setDefault(default_locale)
    mgr.deleteLater()


@pytest.mark.gui
@pytest.mark.parametrize(("code", "cancel", "yes"), [("es", "Cancelar", "Sí"), ("pt", "Cancelar", "Sim")])
def test_qt_standard_buttons_are_translated(manager, qtbot, code: str, cancel: str, yes: str) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    manager.set_language(code)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Yes)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == cancel
    assert box.button(QDialogButtonBox.StandardButton.Yes).text().replace("&", "") == yes
    manager.set_language("en")
    qtbot.waitUntil(
        lambda: box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Cancel"
    )


@pytest.mark.gui
@pytest.mark.parametrize("locale", ALL_LOCALES)
def test_every_message_translates_at_run_time(manager, locale: str) -> None:
    """The loaded .qm gives each .ts translation back (plurals for 1 and for 5)."""
    from PySide6.QtCore import QCoreApplication

    manager.set_language(CODE_OF[locale])
    wrong = []
    for m in messages(locale):
        comment = m.comment or None
        if m.numerus:
            for n, form in ((1, m.forms[0]), (5, m.forms[1])):
                got = QCoreApplication.translate(m.context, m.source, comment, n)
                if got != form.replace("%n", str(n)):
                    wrong.append((m.context, m.source, n, got))
        elif QCoreApplication.translate(m.context, m.source, comment) != m.forms[0]:
            wrong.append((m.context, m.source))
    assert not wrong


@pytest.mark.gui
def test_language_manager_switches_remembers_and_signals(manager, settings, qtbot) -> None:
    from PySide6.QtCore import QEvent, QLocale
    from PySide6.QtWidgets import QWidget

    from feasibility_app.ui.common.i18n import SETTINGS_KEY, LanguageManager

    assert [code for code, _name in manager.available()] == ["en", "es", "pt"]
    assert dict(manager.available())["pt"] == "Português (Brasil)"
    assert dict(manager.available())["es"] == "Español"

    class Probe(QWidget):
        changes = 0

        def changeEvent(self, event):
            if event.type() == QEvent.Type.LanguageChange:
                self.changes += 1
            super().changeEvent(event)

    probe = Probe()
    qtbot.addWidget(probe)
    with qtbot.waitSignal(manager.language_changed) as signal:
        manager.set_language("pt-BR")
    assert signal.args == ["pt"]
    assert manager.current() == "pt"
    assert QLocale().language() == QLocale.Language.Portuguese
    qtbot.waitUntil(lambda: probe.changes > 0)
    assert settings.value(SETTINGS_KEY) == "pt"

    with qtbot.assertNotEmitted(manager.language_changed):
        manager.set_language("pt")

    manager.set_language("es_MX")
    assert manager.current() == "es"
    assert QLocale().language() == QLocale.Language.Spanish

    again = LanguageManager(settings)  # a new start restores the saved choice
    try:
        assert again.current() == "es"
    finally:
        again.uninstall()
        again.deleteLater()

    with pytest.raises(ValueError):
        manager.set_language("fr")


@pytest.mark.gui
def test_translators_survive_an_unreferenced_manager(qapp, settings) -> None:
    import gc

    from PySide6.QtCore import QCoreApplication, QLocale

    from feasibility_app.ui.common.i18n import LanguageManager

    default_locale = QLocale()
    LanguageManager(settings, restore=False).set_language("es", remember=False)
    gc.collect()
    qapp.processEvents()
    try:
        assert QCoreApplication.translate("NavigatorWidget", "All plans") == "Todos los planes"
    finally:
        for manager in qapp.findChildren(LanguageManager):
            manager.uninstall()
            manager.setParent(None)
        QLocale.setDefault(default_locale)


@pytest.mark.gui
def test_system_locale_decides_the_default(qapp) -> None:
    from PySide6.QtCore import QLocale

    from feasibility_app.ui.common.i18n import normalize_language, system_language

    assert system_language(QLocale("es_MX")) == "es"
    assert system_language(QLocale("es_AR")) == "es"
    assert system_language(QLocale("pt_BR")) == "pt"
    assert system_language(QLocale("pt_PT")) == "pt"
    assert system_language(QLocale("en_US")) == "en"
    assert system_language(QLocale("fr_FR")) == "en"
    assert normalize_language("PT_br") == "pt"
    assert normalize_language("") is None


@pytest.mark.gui
def test_language_menu_follows_and_drives_the_manager(manager, qtbot) -> None:
    from feasibility_app.ui.window.language_menu import LanguageMenu

    menu = LanguageMenu(manager)
    qtbot.addWidget(menu)
    assert [a.text() for a in menu.actions()] == ["English", "Español", "Português (Brasil)"]
    assert menu.action_for("en").isChecked()
    assert menu.title() == "&Language"

    menu.action_for("es").trigger()
    assert manager.current() == "es"
    assert menu.action_for("es").isChecked() and not menu.action_for("en").isChecked()
    qtbot.waitUntil(lambda: menu.title() == "&Idioma")

    manager.set_language("pt")
    assert menu.action_for("pt").isChecked()
    menu.action_for("en").trigger()
    assert manager.current() == "en"
    qtbot.waitUntil(lambda: menu.title() == "&Language")


# -- the main window, walked widget by widget ------------------------------------------------------

# Visible texts that may equal an English source string in any language (names, symbols).
ALLOWED = {"Feasibility", "OK", "PDF", "IRM", "OGP", "—", "·"}


def _english_sources(locale: str) -> set[str]:
    """English texts the UI would show untranslated: sources whose translation differs."""
    out = set()
    for m in messages(locale):
        if m.numerus or m.forms[0] == m.source or PLACEHOLDER.search(m.source):
            continue
        for text in (m.source, m.source.replace("&", "")):
            if text.strip() and text not in ALLOWED:
                out.add(text)
    return out


def _visible_texts(window) -> list[tuple[str, str]]:
    """(where, text) of every text a user can see or hear in the window."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QDockWidget,
        QGroupBox,
        QLabel,
        QLineEdit,
        QMenu,
        QPlainTextEdit,
        QTabBar,
        QTextEdit,
        QToolBar,
        QWidget,
    )

    found: list[tuple[str, str]] = [("window title", window.windowTitle())]

    def name(w) -> str:
        return f"{type(w).__name__}({w.objectName() or '?'})"

    for w in [window, *window.findChildren(QWidget)]:
        for what, text in (("tooltip", w.toolTip()), ("accessible name", w.accessibleName())):
            found.append((f"{name(w)} {what}", text))
        if isinstance(w, QLabel):
            found.append((f"{name(w)} text", w.text()))
        elif isinstance(w, QAbstractButton):
            found.append((f"{name(w)} text", w.text()))
        elif isinstance(w, QGroupBox):
            found.append((f"{name(w)} title", w.title()))
        elif isinstance(w, QLineEdit):
            found.append((f"{name(w)} placeholder", w.placeholderText()))
        elif isinstance(w, (QPlainTextEdit, QTextEdit)):
            found.append((f"{name(w)} placeholder", w.placeholderText()))
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                found.append((f"{name(w)} tab {i}", w.tabText(i)))
                found.append((f"{name(w)} tab {i} tooltip", w.tabToolTip(i)))
        elif isinstance(w, QDockWidget):
            found.append((f"{name(w)} title", w.windowTitle()))
        elif isinstance(w, QToolBar):
            found.append((f"{name(w)} title", w.windowTitle()))
        elif isinstance(w, QMenu):
            found.append((f"{name(w)} title", w.title()))
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                found.append((f"{name(w)} item {i}", w.itemText(i)))
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            for orientation in (Qt.Orientation.Horizontal,):
                for section in range(model.columnCount()):
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        value = model.headerData(section, orientation, role)
                        if isinstance(value, str):
                            found.append((f"{name(w)} header {section}", value))
    for action in window.findChildren(QAction):
        for what, text in (
            ("text", action.text()),
            ("tooltip", action.toolTip()),
            ("status tip", action.statusTip()),
        ):
            found.append((f"QAction({action.objectName() or '?'}) {what}", text))
    return [(where, text) for where, text in found if text]


def _accelerator_clashes(window) -> dict[str, dict[str, list[str]]]:
    """Alt+letter used twice in the menu bar, in one menu, or by two visible labels/buttons."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QMenu

    def letter(text: str) -> str | None:
        match = re.search(r"&([^&\s])", text.replace("&&", ""))
        return match.group(1).lower() if match else None

    groups = {"menu bar": [a.text() for a in window.menuBar().actions()]}
    for menu in window.findChildren(QMenu):
        groups[menu.objectName() or menu.title()] = [a.text() for a in menu.actions() if not a.isSeparator()]
    groups["window"] = [
        w.text()
        for w in (*window.findChildren(QLabel), *window.findChildren(QAbstractButton))
        if w.isVisibleTo(window) and (not isinstance(w, QLabel) or w.buddy() is not None)
    ]
    clashes = {}
    for name, texts in groups.items():
        by_letter: dict[str, list[str]] = {}
        for text in texts:
            if letter(text):
                by_letter.setdefault(letter(text), []).append(text)
        double = {k: v for k, v in by_letter.items() if len(v) > 1}
        if double:
            clashes[name] = double
    return clashes


@pytest.mark.gui
@pytest.mark.parametrize("locale", LOCALES)
def test_main_window_shows_no_english(manager, settings, tmp_path: Path, qtbot, locale: str) -> None:
    import feasibility_app.ui.window.main_window as main_window
    manager.set_language(CODE_OF[locale])
    window = main_window.MainWindow(str(tmp_path / "walk.db"), settings=settings, language=CODE_OF[locale])
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    assert window.load_data()
    qtbot.waitExposed(window)
    qtbot.wait(50)

    texts = _visible_texts(window)
    english = _english_sources(locale)
    left = sorted({(where, text) for where, text in texts if text in english})
    assert not left, f"English left in the {locale} UI:\n" + "\n".join(f"{w}: {t!r}" for w, t in left)

    from feasibility_app.domain.rubric import load_rubric

    clashes = _accelerator_clashes(window)
    assert not clashes, f"{locale}: one & letter for several entries (fix tools/translations_*.py): {clashes}"

    shown = {text for _w, text in texts}
    for key in ("constitutional_limits", "political_will"):
        assert load_rubric(CODE_OF[locale]).factors[key].label in shown
        assert load_rubric("en").factors[key].label not in shown
    window.close()


@pytest.mark.gui
def test_english_accelerators_are_unique(manager, settings, tmp_path: Path, qtbot) -> None:
    """The source language too: Alt+letter reaches one entry of each menu and of the window."""
    import feasibility_app.ui.window.main_window as main_window
    manager.set_language("en")
    window = main_window.MainWindow(str(tmp_path / "walk.db"), settings=settings, language="en")
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    assert window.load_data()
    qtbot.waitExposed(window)
    assert not _accelerator_clashes(window)
    window.close()


def _window_languages(window, fallback):
    """The window's own LanguageManager once main_window creates one, else the test's (wired up
    the way main_window is asked to: language_changed -> set_language)."""
    from feasibility_app.ui.common.i18n import LanguageManager

    own = window.findChild(LanguageManager)
    if own is not None:
        return own
    fallback.language_changed.connect(window.set_language)
    return fallback


@pytest.mark.gui
def test_main_window_switches_language_while_running(manager, settings, tmp_path: Path, qtbot) -> None:
    import feasibility_app.ui.window.main_window as main_window
    from feasibility_app.domain.rubric import load_rubric

    manager.set_language("en")
    window = main_window.MainWindow(str(tmp_path / "switch.db"), settings=settings, language="en")
    qtbot.addWidget(window)
    window.show()
    assert window.load_data()
    languages = _window_languages(window, manager)
    factor_en = load_rubric("en").factors["constitutional_limits"].label
    factor_es = load_rubric("es").factors["constitutional_limits"].label
    assert factor_en in {text for _w, text in _visible_texts(window)}

    languages.set_language("es")
    qtbot.wait(20)
    texts = _visible_texts(window)
    english = _english_sources("es")
    left = sorted({(where, text) for where, text in texts if text in english})
    assert not left, "English left after switching to Spanish:\n" + "\n".join(f"{w}: {t!r}" for w, t in left)
    shown = {text for _w, text in texts}
    assert factor_es in shown and factor_en not in shown, "rubric labels did not follow the language"

    languages.set_language("en")
    qtbot.wait(20)
    spanish = {
        m.forms[0].replace("&", "") for m in messages("es") if not m.numerus and m.forms[0] != m.source
    }
    shown = {text.replace("&", "") for _w, text in _visible_texts(window)}
    assert not (shown & spanish - ALLOWED), f"Spanish left after switching back: {sorted(shown & spanish)}"
    assert factor_en in shown
    window.close()


def test_english_plurals_are_derived_only_where_no_one_wrote_them(tmp_path) -> None:
    """The .ts files are the source of truth: the tool fills an unfinished English plural from
    its source text and keeps forms written by hand."""
    ts = tmp_path / "feasibility_en.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="en">'
        "<context><name>X</name>"
        '<message numerus="yes"><source>%n party(ies) scored</source>'
        '<translation type="unfinished"></translation></message>'
        '<message numerus="yes"><source>%n box(es)</source><translation>'
        "<numerusform>%n box</numerusform><numerusform>%n boxes!</numerusform></translation></message>"
        "</context></TS>\n",
        "utf-8",
    )
    assert tool.fill_english_plurals(ts) == 1
    forms = {m.source: m.forms for m in tool.read_ts(ts)}
    assert forms["%n party(ies) scored"] == ["%n party scored", "%n parties scored"]
    assert forms["%n box(es)"] == ["%n box", "%n boxes!"]
    assert not (ROOT / "tools" / "translations_es.py").exists()  # no second source of truth


def test_tool_finds_the_qt_commands() -> None:
    for name in ("pyside6-lupdate", "pyside6-lrelease"):
        assert Path(tool.tool(name)).exists() or shutil.which(name)
