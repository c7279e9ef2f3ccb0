"""The UI language: English, Spanish or Brazilian Portuguese, switchable while the app runs.

`LanguageManager` installs two translators per language: the app's own catalogue
(`resources/translations/feasibility_<locale>.qm`, built by `tools/update_translations.py`)
and Qt's `qtbase_<locale>.qm`, so standard buttons and dialogs (Cancel, Yes, file dialogs,
context menus) speak the same language. English, the source language, only has the app's
catalogue, which holds the plural forms ("1 commitment", "6 commitments").
Installing them makes Qt send `QEvent.LanguageChange` to every widget, which retranslates
itself in `changeEvent`; texts that come from data files
rather than from `tr()` (rubric labels, wording messages) are re-read by listening to
`language_changed`, which carries the short code ("en", "es", "pt") that `load_rubric()`,
the wording checks and the reports take.

The choice is kept in QSettings under "ui/language"; with no choice yet, the language
follows the system locale (Spanish and Portuguese of any country, else English).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QSettings, QTranslator, Signal

from feasibility_app.paths import resource_path

from ...domain.factors import LANGUAGES, known_language

log = logging.getLogger(__name__)

SETTINGS_KEY = "ui/language"
DEFAULT_LANGUAGE = "en"

# code -> (native name, locale of the .qm files, locale used for dates and numbers by default)
_LANGUAGES: dict[str, tuple[str, str, str]] = {
    "en": ("English", "en", "en_US"),
    "es": ("Español", "es", "es_419"),
    "pt": ("Português (Brasil)", "pt_BR", "pt_BR"),
}
assert tuple(_LANGUAGES) == LANGUAGES  # one list of languages: domain/factors.py


def normalize_language(code: str | None) -> str | None:
    """'es_MX', 'es-419', 'pt-BR', 'pt_PT', 'PT' -> 'es' / 'pt'; unknown or empty -> None."""
    return known_language(code)


def system_language(locale: QLocale | None = None) -> str:
    """The language the system locale asks for: es* -> es, pt* -> pt, anything else -> en."""
    locale = locale or QLocale.system()
    language = locale.language()
    if language == QLocale.Language.Spanish:
        return "es"
    if language == QLocale.Language.Portuguese:
        return "pt"
    return DEFAULT_LANGUAGE


def qm_suffix(code: str) -> str:
    """The locale part of the .qm file names: 'en', 'es', 'pt_BR'."""
    return _LANGUAGES[code][1]


def app_translation_file(code: str) -> Path:
    return resource_path("translations", f"feasibility_{qm_suffix(code)}.qm")


def qt_translation_file(code: str) -> Path:
    """Qt's own translations (qtbase) for the language; PySide6-Essentials ships them."""
    name = f"qtbase_{qm_suffix(code)}.qm"
    bundled = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / name
    if bundled.is_file():
        return bundled
    return resource_path("translations", name)  # a frozen build may ship them beside ours


class LanguageManager(QObject):
    """Owns the installed translators; one per application.

    Create it after the QApplication and before the first widget, so windows are built in
    the right language: with `restore=True` (the default) the constructor applies the saved
    choice, or the system language. Tests pass their own (temporary) QSettings.
    """

    language_changed = Signal(str)

    def __init__(
        self,
        settings: QSettings | None = None,
        parent: QObject | None = None,
        *,
        restore: bool = True,
    ) -> None:
        # With no parent the manager belongs to the application: a caller that keeps no
        # reference (LanguageManager().set_language("es")) must not lose its translators
        # to the garbage collector.
        super().__init__(parent if parent is not None else QCoreApplication.instance())
        self._settings = settings if settings is not None else QSettings()
        self._translators: list[QTranslator] = []
        self._current = DEFAULT_LANGUAGE
        if restore:
            self.set_language(self.saved_language() or system_language(), remember=False)

    # -- queries ---------------------------------------------------------------------------

    @staticmethod
    def available() -> list[tuple[str, str]]:
        """(code, native name) of every UI language, in menu order."""
        return [(code, native) for code, (native, _qm, _loc) in _LANGUAGES.items()]

    def current(self) -> str:
        return self._current

    def installed_count(self) -> int:
        """How many catalogues loaded (Qt's and the app's: 2 for es/pt); the bundle's smoke test
        checks that a frozen build finds both."""
        return len(self._translators)

    def saved_language(self) -> str | None:
        value = self._settings.value(SETTINGS_KEY, "")
        return normalize_language(value if isinstance(value, str) else None)

    def locale(self) -> QLocale:
        """The locale for dates and numbers: the system's own when it speaks the UI language
        (es_MX stays es_MX), else the language's usual one (es_419, pt_BR, en_US)."""
        if system_language() == self._current:
            return QLocale.system()
        return QLocale(_LANGUAGES[self._current][2])

    # -- switching -------------------------------------------------------------------------

    def set_language(self, code: str, *, remember: bool = True) -> None:
        """Switch the whole UI to `code` ('en', 'es', 'pt'; 'es_MX' or 'pt-BR' are accepted).

        Removes the previous translators, installs the new ones (Qt then sends
        QEvent.LanguageChange to every widget), sets the default QLocale, stores the choice
        and emits `language_changed` if the language changed.
        """
        language = normalize_language(code)
        if language is None:
            raise ValueError(f"unknown UI language {code!r}; expected one of {', '.join(_LANGUAGES)}")
        previous = self._current
        self._remove_translators()
        if language != DEFAULT_LANGUAGE:
            self._install(qt_translation_file(language))
        self._install(app_translation_file(language))
        self._current = language
        QLocale.setDefault(self.locale())
        if remember:
            self._settings.setValue(SETTINGS_KEY, language)
            self._settings.sync()
        if language != previous:
            self.language_changed.emit(language)

    def uninstall(self) -> None:
        """Remove every translator this manager installed (Qt falls back to the source texts)."""
        self._remove_translators()

    def _install(self, path: Path) -> None:
        translator = QTranslator(self)
        if not translator.load(str(path)):
            log.warning("translation file %s is missing or unreadable; texts stay in English", path)
            translator.deleteLater()
            return
        if QCoreApplication.instance() is None or not QCoreApplication.installTranslator(translator):
            log.warning("could not install translator %s (no QCoreApplication yet?)", path)
            translator.deleteLater()
            return
        self._translators.append(translator)

    def _remove_translators(self) -> None:
        while self._translators:
            translator = self._translators.pop()
            QCoreApplication.removeTranslator(translator)
            translator.deleteLater()
