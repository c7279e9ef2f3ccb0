"""File ▸ New database…: where the new file goes, and whether it starts with the sample plan.

A workshop often wants a clean file for its own plan (unchecked by default), a training
session the case study's sample plan. The path is typed or chosen with Qt's own (non-native)
file dialog, so it looks and behaves the same on every system and in the tests.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

SUFFIXES = (".db", ".sqlite", ".sqlite3")


def with_suffix(path: str) -> str:
    """The path with `.db` added when it has none of the database suffixes."""
    p = Path(path.strip()).expanduser()
    return str(p if p.suffix.lower() in SUFFIXES else p.with_name(p.name + ".db"))


class NewDatabaseDialog(QDialog):
    """A path and a check box; `answer()` gives (path, with the sample plan)."""

    def __init__(self, folder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newDatabaseDialog")
        self._folder = folder
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.path_label = QLabel()
        self.path_edit = QLineEdit(str(Path(folder) / "feasibility-new.db"))
        self.path_label.setBuddy(self.path_edit)
        self.browse_button = QPushButton()
        self.browse_button.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        self.sample_check = QCheckBox()
        self.sample_check.setChecked(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.path_edit.textChanged.connect(
            lambda text: self.buttons.button(QDialogButtonBox.Ok).setEnabled(bool(text.strip()))
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.path_label)
        layout.addLayout(row)
        layout.addWidget(self.sample_check)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(560, self.sizeHint().height())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New database"))
        self.intro.setText(
            self.tr(
                "A new database file, for another workshop or plan. The one open now stays as it is; "
                "File ▸ Open database… comes back to it."
            )
        )
        self.path_label.setText(self.tr("&File:"))
        self.browse_button.setText(self.tr("&Browse…"))
        self.sample_check.setText(self.tr("&Start with the case study's sample plan"))
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Create"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _browse(self) -> None:
        dialog = QFileDialog(self, self.tr("New database"), self.path_edit.text() or self._folder)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("Feasibility databases (*.db *.sqlite)"))
        dialog.setDefaultSuffix("db")
        if dialog.exec() and dialog.selectedFiles():
            self.path_edit.setText(dialog.selectedFiles()[0])

    def answer(self) -> tuple[str, bool]:
        return with_suffix(self.path_edit.text()), self.sample_check.isChecked()
