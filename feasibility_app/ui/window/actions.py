"""The window's actions and menus: built once, their texts set again on every language
change. A part of `MainWindow` (main_window.py); the texts keep its translation context."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from .main_window import MainWindow


def build_actions(window: MainWindow) -> None:
    def action(name: str, slot: Callable | None = None, shortcuts=(), checkable: bool = False) -> QAction:
        act = QAction(window)
        act.setObjectName(name)
        if shortcuts:
            act.setShortcuts([QKeySequence(s) for s in shortcuts])
        act.setCheckable(checkable)
        if slot is not None:
            act.triggered.connect(slot)
        window.addAction(act)  # shortcuts work even when the menu bar is hidden
        return act

    window.actions: dict[str, QAction] = {
        "new_database": action("newDatabase", window.new_database),
        "open_database": action("openDatabase", window.open_database_file, [QKeySequence.Open]),
        "new_plan": action("newPlan", window.new_plan),
        "delete_plan": action("deletePlan", window.delete_plan),
        "plan_settings": action("planSettings", window.plan_settings),
        "export_exchange": action("exportExchange", lambda: window._exchange("export_exchange")),
        "import_exchange": action("importExchange", lambda: window._exchange("import_exchange")),
        "export_csv": action("exportCsv", lambda: window._exchange("export_csv")),
        "new_commitment": action("newCommitment", window.new_commitment, [QKeySequence.New]),
        "delete_commitment": action("deleteCommitment", window.delete_commitment),
        "export_report": action("exportReport", window.export_report, ["Ctrl+E"]),
        "export_plan_report": action("exportPlanReport", window.export_plan_report, ["Ctrl+Shift+E"]),
        "quit": action("quit", window.close, [QKeySequence.Quit, "Ctrl+Q"]),
        "undo": action("undo", lambda: window._stack("undo"), [QKeySequence.Undo]),
        "redo": action("redo", lambda: window._stack("redo"), ["Ctrl+Shift+Z", "Ctrl+Y"]),
        "find": action("find", window.find_commitment, [QKeySequence.Find]),
        # Keys that need no AltGr on Spanish and Latin-American keyboards (Ctrl+] needs it there).
        "go_to": action("goTo", window.quick_switch, ["Ctrl+K"]),
        "next_commitment": action("nextCommitment", lambda: window.step_commitment(1), ["Ctrl+PgDown"]),
        "previous_commitment": action(
            "previousCommitment", lambda: window.step_commitment(-1), ["Ctrl+PgUp"]
        ),
        # The tabs by number: their mnemonics (Alt+O) clash with the page's field labels.
        "show_commitment": action("showCommitment", window.show_commitment, ["Ctrl+1"]),
        "show_compare": action("showCompare", window.show_compare, ["Ctrl+2"]),
        "show_history": action("showHistory", window.show_history, ["Ctrl+3"]),
        "presentation": action(
            "presentation", window.set_presentation, ["F11", "Ctrl+Shift+P"], checkable=True
        ),
        "next_factor": action(
            "nextFactor", lambda: window._panel("focus_next_factor"), ["Alt+Down", "Ctrl+]"]
        ),
        "previous_factor": action(
            "previousFactor", lambda: window._panel("focus_previous_factor"), ["Alt+Up", "Ctrl+["]
        ),
        "about": action("about", window.show_about),
        "help": action("help", window.show_help, [QKeySequence.HelpContents, "F1"]),
        "rubric_reference": action("rubricReference", window.show_rubric_reference, ["Shift+F1"]),
        "print": action("print", window.print_report, [QKeySequence.Print]),
        "print_preview": action("printPreview", window.print_preview),
    }
    window.undo_action = window.actions["undo"]
    window.redo_action = window.actions["redo"]
    window.undo_action.setEnabled(False)
    window.redo_action.setEnabled(False)


# Each menu's actions (keys of `window.actions`), in groups a separator divides.
MENU_LAYOUT: dict[str, tuple[tuple[str, ...], ...]] = {
    "file": (
        ("new_database", "open_database"),
        ("new_plan", "delete_plan", "plan_settings"),
        ("new_commitment", "delete_commitment"),
        ("export_report", "export_plan_report", "print_preview", "print"),
        ("export_exchange", "import_exchange", "export_csv"),
        ("quit",),
    ),
    "edit": (("undo", "redo"), ("find", "go_to")),
    "view": (
        ("presentation",),
        ("next_factor", "previous_factor", "next_commitment", "previous_commitment"),
        ("show_commitment", "show_compare", "show_history"),
    ),
    "help": (("help", "rubric_reference"), ("about",)),
}


def build_menus(window: MainWindow) -> None:
    bar = window.menuBar()
    window.menus: dict[str, QMenu] = {}
    for key in ("file", "edit", "view", "help"):
        menu = bar.addMenu("")
        menu.setObjectName(f"{key}Menu")
        window.menus[key] = menu
    for key, groups in MENU_LAYOUT.items():
        menu = window.menus[key]
        for i, group in enumerate(groups):
            if i:
                menu.addSeparator()
            menu.addActions([window.actions[name] for name in group])
    m = window.menus["view"]  # then the docks' toggles (navigator, precedents, …)
    m.addSeparator()
    for dock, _title in window._docks:
        m.addAction(dock.toggleViewAction())
    from .language_menu import LanguageMenu

    window.language_menu = LanguageMenu(window.languages, window)
    bar.insertMenu(window.menus["help"].menuAction(), window.language_menu)


def retranslate_actions(window: MainWindow) -> None:
    """The menus' and actions' texts, tool tips and status tips in the current language."""
    titles = {
        "file": QCoreApplication.translate("MainWindow", "&File"),
        "edit": QCoreApplication.translate("MainWindow", "&Edit"),
        "view": QCoreApplication.translate("MainWindow", "&View"),
        "help": QCoreApplication.translate("MainWindow", "&Help"),
    }
    for key, menu in window.menus.items():
        menu.setTitle(titles[key])
    a = window.actions
    texts = {
        "new_database": (
            QCoreApplication.translate("MainWindow", "New data&base…"),
            QCoreApplication.translate(
                "MainWindow", "Start another database file, empty or with the case study's sample plan"
            ),
        ),
        "open_database": (
            QCoreApplication.translate("MainWindow", "Open dat&abase…"),
            QCoreApplication.translate("MainWindow", "Work in another Feasibility database file"),
        ),
        "new_plan": (
            QCoreApplication.translate("MainWindow", "New &plan…"),
            QCoreApplication.translate("MainWindow", "Create an action plan with its forum's parties"),
        ),
        "delete_plan": (
            QCoreApplication.translate("MainWindow", "De&lete plan…"),
            QCoreApplication.translate(
                "MainWindow", "Delete the chosen action plan with its commitments (undo restores it)"
            ),
        ),
        "plan_settings": (
            QCoreApplication.translate("MainWindow", "Plan &settings…"),
            QCoreApplication.translate(
                "MainWindow", "Title, period, factor weights and forum parties of the chosen action plan"
            ),
        ),
        "export_exchange": (
            QCoreApplication.translate("MainWindow", "E&xport exchange file…"),
            QCoreApplication.translate(
                "MainWindow", "Save the plan's commitments and scores for another laptop"
            ),
        ),
        "import_exchange": (
            QCoreApplication.translate("MainWindow", "&Import exchange file…"),
            QCoreApplication.translate(
                "MainWindow", "Add what another laptop's exchange file has; nothing here is overwritten"
            ),
        ),
        "export_csv": (
            QCoreApplication.translate("MainWindow", "Export spreadsheet (&CSV)…"),
            QCoreApplication.translate("MainWindow", "One row per commitment and factor, for a spreadsheet"),
        ),
        "new_commitment": (
            QCoreApplication.translate("MainWindow", "&New commitment"),
            QCoreApplication.translate("MainWindow", "Add a draft commitment to the plan"),
        ),
        "delete_commitment": (
            QCoreApplication.translate("MainWindow", "&Delete commitment…"),
            QCoreApplication.translate("MainWindow", "Delete it (undo restores it)"),
        ),
        "export_report": (
            QCoreApplication.translate("MainWindow", "&Export report…"),
            QCoreApplication.translate("MainWindow", "Write this commitment's risk report as PDF"),
        ),
        "export_plan_report": (
            QCoreApplication.translate("MainWindow", "Export plan rep&ort…"),
            QCoreApplication.translate("MainWindow", "Write the whole action plan's portfolio report as PDF"),
        ),
        "quit": (QCoreApplication.translate("MainWindow", "&Quit"), ""),
        "find": (
            QCoreApplication.translate("MainWindow", "&Find commitment"),
            QCoreApplication.translate("MainWindow", "Go to the navigator's filter box"),
        ),
        "go_to": (
            QCoreApplication.translate("MainWindow", "&Go to commitment…"),
            QCoreApplication.translate(
                "MainWindow", "Choose another commitment by typing part of its title (Ctrl+K)"
            ),
        ),
        "next_commitment": (QCoreApplication.translate("MainWindow", "Next co&mmitment"), ""),
        "previous_commitment": (QCoreApplication.translate("MainWindow", "Previous comm&itment"), ""),
        "show_commitment": (QCoreApplication.translate("MainWindow", "Commitment &tab"), ""),
        "show_compare": (QCoreApplication.translate("MainWindow", "Compare t&ab"), ""),
        "show_history": (QCoreApplication.translate("MainWindow", "History ta&b"), ""),
        "presentation": (
            QCoreApplication.translate("MainWindow", "&Presentation mode"),
            QCoreApplication.translate(
                "MainWindow", "Larger text and stronger contrast for a projector (F11)"
            ),
        ),
        "next_factor": (QCoreApplication.translate("MainWindow", "Ne&xt factor"), ""),
        "previous_factor": (QCoreApplication.translate("MainWindow", "P&revious factor"), ""),
        "about": (QCoreApplication.translate("MainWindow", "&About Feasibility"), ""),
        "help": (
            QCoreApplication.translate("MainWindow", "&Guide"),
            QCoreApplication.translate(
                "MainWindow", "How scoring, blocks and consensus work; the shortcuts (F1)"
            ),
        ),
        "rubric_reference": (
            QCoreApplication.translate("MainWindow", "&Rubric reference"),
            QCoreApplication.translate(
                "MainWindow", "The four levels of every factor side by side (Shift+F1)"
            ),
        ),
        "print": (
            QCoreApplication.translate("MainWindow", "Pr&int…"),
            QCoreApplication.translate("MainWindow", "Print this commitment's risk report"),
        ),
        "print_preview": (
            QCoreApplication.translate("MainWindow", "Print pre&view…"),
            QCoreApplication.translate("MainWindow", "See the printed risk report before printing"),
        ),
    }
    for key, (text, tip) in texts.items():
        a[key].setText(text)
        a[key].setToolTip(tip or text.replace("&", "").rstrip("…"))
        a[key].setStatusTip(tip)
