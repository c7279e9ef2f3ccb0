"""The facilitator's step: who facilitated, which parties were present, who accepts a block set
aside, and a confirmation, before the forum's consensus is recorded.

The dialog only collects; `PartyTabs` checks the answer against the forum's rules
(domain.forum.consensus_problems) and records it. Tests answer through the dialog service.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class FacilitationRequest:
    """What the dialog shows: the parties, the agreed levels, the blocks the agreement sets aside."""

    parties: tuple[tuple[str, str], ...]  # (party key, shown name)
    agreed: tuple[str, ...]  # "Factor: level" lines
    set_aside: tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...] = ()
    # (factor key, "Factor: agreed level", ((party key, name), ...) blocking it)
    facilitator: str = ""


@dataclass(frozen=True)
class FacilitationAnswer:
    facilitator: str
    present: tuple[str, ...]  # party keys
    accepted: dict[str, set[str]] = field(default_factory=dict)  # factor -> party keys


class FacilitationDialog(QDialog):
    """Record the agreed consensus: a person facilitates, parties are present, blocks accepted."""

    def __init__(self, request: FacilitationRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.request = request
        self.name_edit = QLineEdit(request.facilitator)
        self.name_label = QLabel()
        self.name_label.setBuddy(self.name_edit)
        self.present_box = QGroupBox()
        present_layout = QVBoxLayout(self.present_box)
        self.present: dict[str, QCheckBox] = {}
        for key, name in request.parties:
            box = QCheckBox(name)
            box.setChecked(True)
            box.toggled.connect(self._update)
            present_layout.addWidget(box)
            self.present[key] = box
        self.agreed_label = QLabel("\n".join(request.agreed))
        self.agreed_label.setWordWrap(True)
        self.blocks_box = QGroupBox()
        blocks_layout = QVBoxLayout(self.blocks_box)
        self.accepting: dict[tuple[str, str], QCheckBox] = {}
        for factor, line, blockers in request.set_aside:
            blocks_layout.addWidget(QLabel(line))
            for key, name in blockers:
                box = QCheckBox(name)
                box.toggled.connect(self._update)
                blocks_layout.addWidget(box)
                self.accepting[(factor, key)] = box
        self.blocks_box.setVisible(bool(request.set_aside))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept_if_ready)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.name_label, self.name_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.present_box)
        layout.addWidget(self.agreed_label)
        layout.addWidget(self.blocks_box)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.name_edit.textChanged.connect(self._update)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Record the forum's consensus"))
        self.name_label.setText(self.tr("&Facilitated by:"))
        self.name_edit.setPlaceholderText(self.tr("The person who facilitated the agreement"))
        self.present_box.setTitle(self.tr("Parties present"))
        self.blocks_box.setTitle(self.tr("Blocks set aside: the blocking party accepts"))
        self.ok.setText(self.tr("&Record consensus"))
        self._update()

    def _missing(self) -> list[str]:
        missing = []
        if not self.name_edit.text().strip():
            missing.append(self.tr("Name the facilitator."))
        if not any(b.isChecked() for b in self.present.values()):
            missing.append(self.tr("Mark the parties present."))
        for (_factor, key), box in self.accepting.items():
            if not box.isChecked() or not self.present[key].isChecked():
                missing.append(self.tr("Every blocking party must be present and accept."))
                break
        return missing

    def _update(self, *_args) -> None:
        missing = self._missing()
        self.ok.setEnabled(not missing)
        self.hint.setText(
            " ".join(missing)
            if missing
            else self.tr("Recording confirms that the parties present agreed these levels.")
        )

    def accept_if_ready(self) -> None:
        if not self._missing():
            self.accept()

    def answer(self) -> FacilitationAnswer:
        accepted: dict[str, set[str]] = {}
        for (factor, key), box in self.accepting.items():
            if box.isChecked():
                accepted.setdefault(factor, set()).add(key)
        return FacilitationAnswer(
            self.name_edit.text().strip(),
            tuple(key for key, box in self.present.items() if box.isChecked()),
            accepted,
        )


__all__ = ["FacilitationAnswer", "FacilitationDialog", "FacilitationRequest"]
