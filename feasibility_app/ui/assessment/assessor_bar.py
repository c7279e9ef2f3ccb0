"""The toolbar that says who is scoring: a name and the forum party (or role) they speak for.

Each party in a session scores separately, so every assessment belongs to a name and a
party. Choosing here tells the `Session` (`set_assessor`); when the session changes the
assessor itself (undo, a re-score from the History tab) the bar follows
(`show_assessor`). The last twelve names and the last choice are remembered in QSettings,
and each name with its party: a known name selects its party, a new name does not inherit
the previous person's party, and scoring for another party than last time is asked once.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QSizePolicy, QToolBar, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from ...domain.model import Plan
    from ...domain.rubric import Rubric
    from ..bridge.session import AssessorKey, Session

# Roles offered even when the forum has no such party.
ROLE_ONLY = ("facilitator", "self")
RECENT_NAMES = 12

PartyData = tuple[str | None, str, str]  # (party id, role, party name)


class AssessorBar(QToolBar):
    """Name and party boxes; `assessor_shown` fires whenever the choice shown here changes."""

    assessor_shown = Signal()

    def __init__(
        self,
        session: Session,
        settings: QSettings,
        rubric: Callable[[], Rubric],
        trailing: QAction | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("assessorToolbar")
        self.setMovable(False)
        self.session = session
        self.settings = settings
        self._rubric = rubric
        self.assessor_label = QLabel()
        self.assessor_combo = QComboBox()
        self.assessor_combo.setEditable(True)
        self.assessor_combo.setInsertPolicy(QComboBox.NoInsert)
        self.assessor_combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.assessor_combo.setMinimumContentsLength(18)
        self.assessor_label.setBuddy(self.assessor_combo)
        self.party_label = QLabel()
        self.party_combo = QComboBox()
        self.party_combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.party_combo.setMinimumContentsLength(24)
        self.party_label.setBuddy(self.party_combo)
        for label in (self.assessor_label, self.party_label):
            label.setContentsMargins(8, 0, 4, 0)
        self.addWidget(self.assessor_label)
        self.addWidget(self.assessor_combo)
        self.addWidget(self.party_label)
        self.addWidget(self.party_combo)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)
        self.addWidget(spacer)
        if trailing is not None:
            self.addAction(trailing)
        recent = settings.value("assessor/recent", [])
        self._recent_names: list[str] = [
            str(n) for n in (recent if isinstance(recent, list) else [recent]) if n
        ]
        self.assessor_combo.addItems(self._recent_names)
        self.assessor_combo.setCurrentText(str(settings.value("assessor/name", "") or ""))
        self.assessor_combo.activated.connect(lambda _i: self._edited(from_name=True))
        self.assessor_combo.lineEdit().editingFinished.connect(lambda: self._edited(from_name=True))
        self.party_combo.activated.connect(lambda _i: self._edited())
        session.assessor_changed.connect(self.show_assessor)
        # Asks a yes/no question (title, text): set by the window to its dialog service.
        self.ask: Callable[[str, str], bool] | None = None
        self._awaiting_party = False  # a new name typed, its party not chosen yet
        self.retranslate()

    # --- what the window asks ---------------------------------------------------------------------

    def current_role(self) -> str | None:
        """The role of the chosen party (or role) entry, None before the list is filled."""
        data = self.party_combo.currentData()
        return data[1] if data else None

    def fill_parties(self, plan: Plan | None) -> None:
        """The plan's forum parties, then the roles no party covers; keeps the current choice."""
        from ...domain.factors import Role

        rubric = self._rubric()
        want = self.party_combo.currentData() or self._saved_party()
        self.party_combo.blockSignals(True)
        self.party_combo.clear()
        roles_with_party = set()
        if plan is not None:
            for party in plan.parties:
                role = Role(party.role).value
                roles_with_party.add(role)
                self.party_combo.addItem(
                    self.tr("{party} ({role})").format(party=party.name, role=rubric.role_label(role)),
                    (party.id, role, party.name),
                )
                self.party_combo.setItemData(self.party_combo.count() - 1, party.name, Qt.ToolTipRole)
        # Roles without a party: the facilitator and self-assessment always; every role if no forum.
        extra = ROLE_ONLY if plan is not None and plan.parties else tuple(r.value for r in Role)
        for role in extra:
            if role not in roles_with_party:
                self.party_combo.addItem(rubric.role_label(role), (None, role, ""))
        self.party_combo.setCurrentIndex(max(0, self._match_party(want)))
        self.party_combo.blockSignals(False)
        self._edited()

    def set_assessor(self, name: str, role: str | None = None, party_name: str | None = None) -> None:
        """Choose who is scoring, as a user does in the boxes."""
        self.assessor_combo.setCurrentText(name)
        if role is not None or party_name is not None:
            self.party_combo.setCurrentIndex(self._match_party((None, role or "", party_name or "")))
        self._edited(from_name=role is None and party_name is None)

    def show_assessor(self, who: AssessorKey) -> None:
        """Show the session's assessor without telling the session again."""
        if self._awaiting_party and not who.name:
            self.assessor_shown.emit()
            return  # keep the new name typed and the "choose your party" entry
        if self.assessor_combo.currentText().strip() != who.name:
            self.assessor_combo.blockSignals(True)
            self.assessor_combo.setCurrentText(who.name)
            self.assessor_combo.blockSignals(False)
        index = self._match_party((who.party_id, who.role, ""))
        if index != self.party_combo.currentIndex():
            self.party_combo.blockSignals(True)
            self.party_combo.setCurrentIndex(index)
            self.party_combo.blockSignals(False)
        self.assessor_shown.emit()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Assessor"))
        self.assessor_label.setText(self.tr("&Assessor:"))
        self.party_label.setText(self.tr("Pa&rty:"))
        self.assessor_combo.lineEdit().setPlaceholderText(self.tr("Type your name to score"))
        self.assessor_combo.setAccessibleName(self.tr("Assessor name"))
        self.assessor_combo.setToolTip(self.tr("Whose assessment is being edited"))
        self.party_combo.setAccessibleName(self.tr("Assessor's party"))
        self.party_combo.setToolTip(self.tr("The forum party (or role) the assessor speaks for"))

    # --- internals ------------------------------------------------------------------------------

    def _saved_party(self) -> PartyData:
        role = str(self.settings.value("assessor/role", "") or "")
        name = str(self.settings.value("assessor/party", "") or "")
        return (None, role, name)

    def _match_party(self, want: PartyData | None) -> int:
        """The entry for a party id, else a party name, else a role; 0 when nothing matches."""
        if not want:
            return 0
        party_id, role, name = want
        entries = [self.party_combo.itemData(i) or (None, "", "") for i in range(self.party_combo.count())]
        for found in (
            (i for i, (pid, _r, _n) in enumerate(entries) if party_id and pid == party_id),
            (i for i, (_pid, _r, n) in enumerate(entries) if name and n == name),
            (i for i, (_pid, r, _n) in enumerate(entries) if r == role),
        ):
            index = next(found, None)
            if index is not None:
                return index
        return 0

    def _remembered(self) -> dict[str, list]:
        """Each name's party as last used: {name: [party id, role, party name]}."""
        try:
            data = json.loads(str(self.settings.value("assessor/party_of", "") or "{}"))
        except ValueError:
            return {}
        return data if isinstance(data, dict) else {}

    def _remember(self, name: str, data: PartyData) -> None:
        memory = self._remembered()
        memory[name] = list(data)
        self.settings.setValue("assessor/party_of", json.dumps(memory, ensure_ascii=False))

    def _choose_party_entry(self) -> int:
        """An entry that says no party is chosen yet (a new name): the index it has."""
        for i in range(self.party_combo.count()):
            if self.party_combo.itemData(i) is None:
                return i
        self.party_combo.addItem(self.tr("Choose your party…"), None)
        return self.party_combo.count() - 1

    def _drop_choose_entry(self) -> None:
        for i in range(self.party_combo.count()):
            if self.party_combo.itemData(i) is None and i != self.party_combo.currentIndex():
                self.party_combo.removeItem(i)
                return

    def _party_for_name(self, name: str) -> int:
        """A known name's party (remembered here, or as it scored this commitment); a new name
        gets no party, so it does not speak for the previous person's."""
        remembered = self._remembered().get(name)
        if remembered and len(remembered) == 3:
            return self._match_party(tuple(remembered))
        known = [a for a in self.session.assessments() if a.assessor.strip() == name and not a.is_consensus]
        if known:
            return self._match_party((known[-1].party_id, known[-1].role.value, ""))
        return self._choose_party_entry()

    def _confirm_other_party(self, name: str, data: PartyData) -> bool:
        """Scoring for another party than last time: asked once (then remembered)."""
        remembered = self._remembered().get(name)
        if not remembered or self.ask is None or tuple(remembered)[:2] == tuple(data)[:2]:
            return True
        before = remembered[2] or self._rubric().role_label(remembered[1])
        now = data[2] or self._rubric().role_label(data[1])
        return self.ask(
            self.tr("Score for another party?"),
            self.tr("{name} scored for {before} last time. Score for {now} from now on?").format(
                name=name, before=before, now=now
            ),
        )

    def _edited(self, from_name: bool = False) -> None:
        from ...domain.factors import Role

        name = self.assessor_combo.currentText().strip()
        if from_name and name and name != self.session.assessor().name:
            self.party_combo.setCurrentIndex(self._party_for_name(name))
        data = self.party_combo.currentData()
        if data is not None and name and not self._confirm_other_party(name, data):
            remembered = tuple(self._remembered()[name])
            self.party_combo.setCurrentIndex(self._match_party(remembered))
            data = self.party_combo.currentData()
        if data is not None:
            self._drop_choose_entry()
        self._awaiting_party = bool(self.party_combo.count()) and data is None
        if self._awaiting_party:
            # a new name with no party yet: nobody scores until the party is chosen
            self.session.set_assessor("", Role.FACILITATOR.value, None)
            self.assessor_shown.emit()
            return
        party_id, role, party_name = data if data else (None, Role.FACILITATOR.value, "")
        self.settings.setValue("assessor/name", name)
        self.settings.setValue("assessor/role", role)
        self.settings.setValue("assessor/party", party_name)
        if name and data is not None:
            self._remember(name, data)
        if name and name not in self._recent_names:
            self._recent_names = [name, *self._recent_names][:RECENT_NAMES]
            self.settings.setValue("assessor/recent", self._recent_names)
            self.assessor_combo.blockSignals(True)
            self.assessor_combo.insertItem(0, name)
            self.assessor_combo.setCurrentText(name)
            self.assessor_combo.blockSignals(False)
        self.session.set_assessor(name, role, party_id)
        self.assessor_shown.emit()
