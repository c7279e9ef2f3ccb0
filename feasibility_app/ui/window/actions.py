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
        "find": action(
            "find", lambda: window._shell_ready and window.navigator.focus_filter(), [QKeySequence.Find]
        ),
        "presentation": action(
            "presentation", window.set_presentation, ["F11", "Ctrl+Shift+P"], checkable=True
        ),
        "next_factor": action("nextFactor", lambda: window._panel("focus_next_factor"), ["Ctrl+]"]),
        "previous_factor": action(
            "previousFactor", lambda: window._panel("focus_previous_factor"), ["Ctrl+["]
        ),
        "about": action("about", window.show_about),
    }
    window.undo_action = window.actions["undo"]
    window.redo_action = window.actions["redo"]
    window.undo_action.setEnabled(False)
    window.redo_action.setEnabled(False)


def build_menus(window: MainWindow) -> None:
    bar = window.menuBar()
    window.menus: dict[str, QMenu] = {}
    for key in ("file", "edit", "view", "help"):
        menu = bar.addMenu("")
        menu.setObjectName(f"{key}Menu")
        window.menus[key] = menu
    a = window.actions
    m = window.menus["file"]
    m.addAction(a["new_plan"])
    m.addAction(a["delete_plan"])
    m.addAction(a["plan_settings"])
    m.addSeparator()
    m.addAction(a["new_commitment"])
    m.addAction(a["delete_commitment"])
    m.addSeparator()
    m.addAction(a["export_report"])
    m.addAction(a["export_plan_report"])
    m.addSeparator()
    m.addAction(a["export_exchange"])
    m.addAction(a["import_exchange"])
    m.addAction(a["export_csv"])
    m.addSeparator()
    m.addAction(a["quit"])
    m = window.menus["edit"]
    m.addAction(a["undo"])
    m.addAction(a["redo"])
    m.addSeparator()
    m.addAction(a["find"])
    m = window.menus["view"]
    m.addAction(a["presentation"])
    m.addSeparator()
    m.addAction(a["next_factor"])
    m.addAction(a["previous_factor"])
    m.addSeparator()
    for dock, _title in window._docks:
        m.addAction(dock.toggleViewAction())
    window.menus["help"].addAction(a["about"])
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
        "presentation": (
            QCoreApplication.translate("MainWindow", "&Presentation mode"),
            QCoreApplication.translate(
                "MainWindow", "Larger text and stronger contrast for a projector (F11)"
            ),
        ),
        "next_factor": (QCoreApplication.translate("MainWindow", "Ne&xt factor"), ""),
        "previous_factor": (QCoreApplication.translate("MainWindow", "P&revious factor"), ""),
        "about": (QCoreApplication.translate("MainWindow", "&About Feasibility"), ""),
    }
    for key, (text, tip) in texts.items():
        a[key].setText(text)
        a[key].setToolTip(tip or text.replace("&", "").rstrip("…"))
        a[key].setStatusTip(tip)
