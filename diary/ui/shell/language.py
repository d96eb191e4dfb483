"""The app's language: the user's choice or the system's, for Hearth's words and Qt's own.

Chosen once when the app starts, before any window is built: a page reads its words when it
builds its widgets, so a change in Settings takes effect at the next start (Settings says so).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from diary import i18n

SYSTEM = "system"


def preferences(choice: str) -> list[str]:
    """The languages to try, best first: the choice, then the environment's and the system's."""
    system = [*i18n.environment_preferences(), *QLocale.system().uiLanguages()]
    if choice == SYSTEM:
        return system
    same = [tag for tag in system if (i18n.parse_tag(tag) or ("", None))[0] == choice]
    return [*same, choice]


def apply_language(app: QCoreApplication, choice: str) -> str:
    """Speak ``choice`` ("system", "en", "de"…) in Hearth and in Qt's dialogs; returns it."""
    i18n.install(*i18n.choose(preferences(choice)))
    QLocale.setDefault(QLocale(i18n.region()))
    if i18n.language() != i18n.SOURCE_LANGUAGE:
        translator = QTranslator(app)  # Qt's own words: standard buttons, context menus
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if translator.load(f"qtbase_{i18n.language()}", folder):
            app.installTranslator(translator)
    return i18n.language()


def native_name(language: str) -> str:
    """A language's name in itself, as its speakers look for it: "Deutsch", "Français"."""
    from babel import Locale

    name = Locale.parse(language).get_display_name(language) or language
    return name[:1].upper() + name[1:]
