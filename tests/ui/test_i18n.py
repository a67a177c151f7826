from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from pytestqt.qtbot import QtBot

from empfehlung_desktop.model import ContactSource
from empfehlung_desktop.store.database import Database
from empfehlung_desktop.ui import i18n
from empfehlung_desktop.ui.main_window import MainWindow
from tests.conftest import DEMO_CLOCK


def test_language_resolution_prefers_german_when_unsure() -> None:
    assert i18n.resolve_language("en") == "en"
    assert i18n.resolve_language("de") == "de"
    assert i18n.resolve_language("system", QLocale(QLocale.Language.English)) == "en"
    assert i18n.resolve_language("system", QLocale(QLocale.Language.French)) == "de"
    assert i18n.resolve_language("system", QLocale(QLocale.Language.German)) == "de"


def test_language_choice_is_stored(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(db, settings, clock=DEMO_CLOCK)
    qtbot.addWidget(window)
    assert window.language_actions["system"].isChecked()
    window.language_actions["en"].trigger()
    assert i18n.configured_language(settings) == "en"


def test_english_translator_translates_ui_and_enums(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    translators = i18n.install_translators(app, "en")
    try:
        assert translators, "empfehlung_en.qm is missing"
        settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
        window = MainWindow(db, settings, clock=DEMO_CLOCK)
        qtbot.addWidget(window)
        menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
        assert menus == ["File", "Edit", "View", "Help"]
        assert i18n.enum_label(ContactSource.REFERRAL) == "Referral"
    finally:
        for translator in translators:
            app.removeTranslator(translator)
