"""Languages of the user interface: translators, the language setting, enum labels.

German is the source language. English comes from ``resources/translations/
empfehlung_en.qm`` (made with pyside6-lupdate/-lrelease, see ``make translations``).
The language is a QSettings value: ``system`` (default), ``de`` or ``en``; with
``system`` the app speaks English on an English system and German otherwise.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from empfehlung_desktop.config import resource_path

SETTINGS_KEY = "language"
LANGUAGES = ("de", "en")
SYSTEM = "system"


def configured_language(settings: QSettings) -> str:
    value = str(settings.value(SETTINGS_KEY, SYSTEM))
    return value if value in (*LANGUAGES, SYSTEM) else SYSTEM


def resolve_language(setting: str, locale: QLocale | None = None) -> str:
    """``de`` or ``en`` for a setting; German when unsure."""
    if setting in LANGUAGES:
        return setting
    language = (locale or QLocale.system()).language()
    return "en" if language == QLocale.Language.English else "de"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load our catalogue and Qt's own (standard buttons) for ``language``.

    The translators are returned so the caller keeps them alive.
    """
    installed: list[QTranslator] = []
    if language != "de":
        ours = QTranslator(app)
        if ours.load(str(resource_path("translations", f"empfehlung_{language}.qm"))):
            app.installTranslator(ours)
            installed.append(ours)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_base = QTranslator(app)
    if qt_base.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_base)
        installed.append(qt_base)
    return installed


def enum_label(member: Enum) -> str:
    """The label of an enum member (see model.enums) in the UI language."""
    label: str = getattr(member, "label")  # noqa: B009 - Role and LabeledEnum both have it
    return QCoreApplication.translate("enums", label)


def role_labels(roles: Enum) -> list[str]:
    """Translated labels of a Role bit set."""
    labels: list[str] = getattr(roles, "labels")()  # noqa: B009
    return [QCoreApplication.translate("enums", label) for label in labels]


def plural(count: int, one: str, many: str) -> str:
    """The right one of two already translated texts for ``count``, ``{n}`` filled in.

    German and English both use the singular for exactly one and the plural
    otherwise (also for zero). Call it with two ``self.tr()`` literals so lupdate
    sees both, for example ``plural(n, self.tr("{n} Kontakt"), self.tr("{n} Kontakte"))``.
    Other placeholders stay for the caller's ``.format()``.
    """
    text = one if count == 1 else many
    return text.replace("{n}", QLocale().toString(count))
