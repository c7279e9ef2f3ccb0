"""Help ▸ Guide (F1) and Help ▸ Rubric reference, in one dialog with two tabs.

The guide's text is data (`resources/help/{en,es,pt}.json`: how scoring works, blocks,
consensus, the shortcuts), so translators edit it beside the rubric; the rubric reference
is built from the rubric itself, all four levels of every factor side by side, so it can
never disagree with what the factor cards say.
"""

from __future__ import annotations

import json
from functools import cache
from html import escape

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...domain.factors import FACTOR_KEYS, RISK_LEVELS
from ...domain.radar import LEVEL_COLOURS
from ...domain.rubric import load_rubric
from ...paths import resource_path

GUIDE, RUBRIC = 0, 1


@cache
def guide_data(language: str) -> dict:
    """The guide's texts for en/es/pt (English for anything else)."""
    code = language if language in ("en", "es", "pt") else "en"
    return json.loads(resource_path("help", f"{code}.json").read_text(encoding="utf-8"))


def guide_html(language: str) -> str:
    """The guide as simple HTML for a QTextBrowser (headings, paragraphs, a shortcut table)."""
    d = guide_data(language)
    out = [f"<h2>{escape(d['title'])}</h2>"]
    for section in d["sections"]:
        out.append(f"<h3>{escape(section['heading'])}</h3>")
        out += [f"<p>{escape(p)}</p>" for p in section["paragraphs"]]
    out.append(f"<h3>{escape(d['shortcuts_heading'])}</h3><p>{escape(d['shortcuts_intro'])}</p>")
    rows = "".join(
        f"<tr><td style='padding:2px 12px 2px 0'><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>"
        for k, v in d["shortcuts"]
    )
    out.append(f"<table>{rows}</table>")
    out.append(f"<p style='color:#444'><i>{escape(d['citation'])}</i></p>")
    return "".join(out)


class RubricTable(QTableWidget):
    """Six factors (rows) × four levels (columns), each cell the level's meaning for that factor."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(len(FACTOR_KEYS), 1 + len(RISK_LEVELS), parent)
        self.setObjectName("rubricReference")
        self.setWordWrap(True)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for col in range(1, 1 + len(RISK_LEVELS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def set_language(self, language: str) -> None:
        rubric = load_rubric(language)
        labels = [""]  # the factor column needs no title
        labels += [rubric.level_label(level) for level in RISK_LEVELS]
        self.setHorizontalHeaderLabels(labels)
        for col, level in enumerate(RISK_LEVELS, start=1):
            item = self.horizontalHeaderItem(col)
            item.setToolTip(rubric.level_label(level))
            item.setData(Qt.ItemDataRole.DecorationRole, None)
            item.setForeground(Qt.GlobalColor.black)
            item.setBackground(_colour(LEVEL_COLOURS[level.value]))
        for row, key in enumerate(FACTOR_KEYS):
            name = QTableWidgetItem(rubric.factor_label(key))
            name.setToolTip(rubric.question(key))
            font = name.font()
            font.setBold(True)
            name.setFont(font)
            self.setItem(row, 0, name)
            for col, level in enumerate(RISK_LEVELS, start=1):
                text = rubric.anchor(key, level)
                cell = QTableWidgetItem(text)
                cell.setData(
                    Qt.ItemDataRole.AccessibleTextRole,
                    f"{rubric.factor_label(key)}, {rubric.level_label(level)}: {text}",
                )
                self.setItem(row, col, cell)
        self.resizeRowsToContents()


def _colour(hex_value: str):
    from PySide6.QtGui import QColor

    return QColor(hex_value)


class HelpDialog(QDialog):
    """Guide and rubric reference; not modal, so it can stay open beside the workspace."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.language = language
        self.tabs = QTabWidget()
        self.guide = QTextBrowser()
        self.guide.setObjectName("helpGuide")
        self.guide.setOpenExternalLinks(False)
        self.rubric = RubricTable()
        self.tabs.addTab(self.guide, "")
        self.tabs.addTab(self.rubric, "")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.set_language(language)
        self.resize(900, 620)

    def show_page(self, page: int) -> None:
        self.tabs.setCurrentIndex(page)

    def set_language(self, language: str) -> None:
        self.language = language
        self.guide.setHtml(guide_html(language))
        self.rubric.set_language(language)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Feasibility help"))
        self.tabs.setTabText(GUIDE, self.tr("&Guide"))
        self.tabs.setTabText(RUBRIC, self.tr("&Rubric reference"))
        self.guide.setAccessibleName(self.tr("Guide"))
        self.rubric.setAccessibleName(self.tr("Rubric reference: the four levels of every factor"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
