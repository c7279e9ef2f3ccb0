"""Export report: the report's language and paper, asked before the file name.

A Mexican secretariat working in English may still hand the forum a Spanish report, and prints
on Letter, not A4. The language defaults to the last one chosen for reports (else the UI's);
the paper to the plan's paper (Plan settings, stored with the plan and shared by everyone
using it), else the last one chosen here for this plan on this computer, else
`domain.paper.default_paper` from the plan's country, else this computer's region.

Choosing another paper here is for this export only: it never changes the plan, because the
plan's paper is a setting of the whole forum (it travels in exchange files and every laptop's
reports follow it), and a one-off A4 print on a borrowed printer must not silently change
what everyone else prints. The choice is remembered on this computer for plans that have none.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QLocale, QSettings
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ...domain.paper import A4, LETTER, default_paper, normalize_paper
from ..common.i18n import LanguageManager, normalize_language

LANGUAGE_KEY = "reports/language"
PAPER_KEY = "reports/paper/{plan}"


@dataclass(frozen=True)
class ReportOptions:
    language: str  # en / es / pt
    paper: str  # a4 / letter


def system_region() -> str:
    """The ISO code of this computer's region ("MX"), from Qt's system locale."""
    name = QLocale.system().name()  # "es_MX"
    return name.split("_", 1)[1].upper() if "_" in name else ""


def suggested_options(
    settings: QSettings, plan_id: str, country: str, ui_language: str, plan_paper: str = ""
) -> ReportOptions:
    """What the dialog proposes: the plan's paper, the remembered choices, else the defaults
    described above."""
    saved = settings.value(LANGUAGE_KEY, "")
    language = normalize_language(saved if isinstance(saved, str) else None) or ui_language
    paper_saved = settings.value(PAPER_KEY.format(plan=plan_id), "")
    paper = normalize_paper(paper_saved if isinstance(paper_saved, str) else None)
    paper = normalize_paper(plan_paper) or paper or default_paper(country, system_region())
    return ReportOptions(language, paper)


def remember_options(settings: QSettings, plan_id: str, options: ReportOptions) -> None:
    settings.setValue(LANGUAGE_KEY, options.language)
    settings.setValue(PAPER_KEY.format(plan=plan_id), options.paper)


class ReportOptionsDialog(QDialog):
    """Two choices and OK/Cancel; `options()` gives what was chosen."""

    def __init__(self, options: ReportOptions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportOptionsDialog")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.language_combo = QComboBox()
        for code, native in LanguageManager.available():
            self.language_combo.addItem(native, code)
        self.paper_combo = QComboBox()
        self.paper_combo.addItem("", A4)
        self.paper_combo.addItem("", LETTER)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language_combo)
        self.paper_label = QLabel()
        self.paper_label.setBuddy(self.paper_combo)
        form = QFormLayout()
        form.addRow(self.language_label, self.language_combo)
        form.addRow(self.paper_label, self.paper_combo)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(options.language)))
        self.paper_combo.setCurrentIndex(max(0, self.paper_combo.findData(options.paper)))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Export report"))
        self.intro.setText(
            self.tr("The report can be in another language than the window, for the forum that reads it.")
        )
        self.language_label.setText(self.tr("Report &language:"))
        self.paper_label.setText(self.tr("&Paper:"))
        self.paper_combo.setItemText(0, self.tr("A4 (210 × 297 mm)"))
        self.paper_combo.setItemText(1, self.tr("Letter (8.5 × 11 in; Mexico, US, Canada)"))
        ok = self.buttons.button(QDialogButtonBox.Ok)
        ok.setText(self.tr("Choose file…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def options(self) -> ReportOptions:
        return ReportOptions(self.language_combo.currentData(), self.paper_combo.currentData())
