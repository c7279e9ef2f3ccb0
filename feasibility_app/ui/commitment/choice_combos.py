"""The commitment form's two choices that steer the wording checks.

`TextLanguageCombo`: the draft's language, "Detect from the text" (stored as "") or one
chosen to override the detection. `LevelCombo`: the lead agency's level of government,
"as the plan" (stored as "") or federal / state / municipal; only the other levels are
flagged in the text. `PlanLevelCombo`: a plan's default, "from the country" or one of the
three. All keep their item data stable and retranslate their texts.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QComboBox, QWidget

from ...domain.factors import GOVERNMENT_LEVELS

# Text languages a commitment can be drafted in; shown by their own names (endonyms).
TEXT_LANGUAGES: tuple[tuple[str, str], ...] = (("en", "English"), ("es", "Español"), ("pt", "Português"))
LANGUAGE_NAMES: dict[str, str] = dict(TEXT_LANGUAGES)
DETECT = ""  # the stored value of "Detect from the text"
PLAN_DEFAULT = ""  # the stored value of "as the plan"


class TextLanguageCombo(QComboBox):
    """Detect from the text, or English / Español / Português."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem("", DETECT)
        for code, name in TEXT_LANGUAGES:
            self.addItem(name, code)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setItemText(0, self.tr("Detect from the text"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class LevelCombo(QComboBox):
    """As the plan (federal, state or municipal), or one of the three levels."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan_level = GOVERNMENT_LEVELS[0]
        self.addItem("", PLAN_DEFAULT)
        for level in GOVERNMENT_LEVELS:
            self.addItem("", level)
        self.retranslate_ui()

    def level_name(self, level: str) -> str:
        # One translation context for the names, shared with PlanLevelCombo.
        names = {
            "federal": QCoreApplication.translate("LevelCombo", "Federal / national"),
            "state": QCoreApplication.translate("LevelCombo", "State / provincial"),
            "municipal": QCoreApplication.translate("LevelCombo", "Municipal / local"),
        }
        return names.get(level, level)

    def default_text(self, level: str) -> str:
        """The first item: a commitment takes its plan's level."""
        return self.tr("As the plan: {level}").format(level=level)

    def set_plan_level(self, level: str) -> None:
        """The plan's default, named in the first item."""
        self._plan_level = level
        self.retranslate_ui()

    def plan_level(self) -> str:
        return self._plan_level

    def effective_level(self) -> str:
        """The level the checks use: the one chosen, else the plan's."""
        return self.currentData() or self._plan_level

    def retranslate_ui(self) -> None:
        self.setItemText(0, self.default_text(self.level_name(self._plan_level)))
        for i, level in enumerate(GOVERNMENT_LEVELS, start=1):
            self.setItemText(i, self.level_name(level))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class PlanLevelCombo(LevelCombo):
    """A plan's default level for its commitments: from its country, or one of the three."""

    def default_text(self, level: str) -> str:
        return self.tr("From the country: {level}").format(level=level)
