"""The English UI: every source string translated, no German left on screen.

The screen check opens every view and the dialogs that can be built without a modal
loop, walks all widgets and reads what a user reads (labels, buttons, group titles,
placeholders, combo items, tabs, actions, table headers, window titles, tooltips).
Data from the demo database (names, notes, titles) is removed before judging.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractListModel, QCoreApplication, QLocale, QModelIndex, QSettings, Qt
from PySide6.QtGui import QAction, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QTextBrowser,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import String, Text, select

from empfehlung_desktop import i18n as messages
from empfehlung_desktop.model import ReferralDirection, SpiralStage
from empfehlung_desktop.model.base import Base
from empfehlung_desktop.store.database import Database
from empfehlung_desktop.ui import i18n
from empfehlung_desktop.ui.main_window import MainWindow
from tests.conftest import DEMO_CLOCK, DEMO_TODAY
from tools import translations

GERMAN_LETTERS = re.compile(r"[äöüßÄÖÜ]")
GERMAN_WORDS = re.compile(
    r"\b(und|der|die|das|nicht|für|mit|oder|ist|sind|eine?|keine|noch|bitte|Bitte|"
    r"Kontakte?|Empfehlung(en)?|Speichern|Abbrechen|Neue?r?|Löschen|Suchen|Bearbeiten|"
    r"Datum|Notiz|Auftrag|Anfrage|Erstgespräch|Herkunft|Stufe|Zeitraum|Heute)\b"
)


def german_sources() -> set[str]:
    """Source strings of the .ts whose English differs (so seeing them means German)."""
    found = set()
    for message in ET.parse(translations.TS_FILE).getroot().iter("message"):
        source = message.findtext("source") or ""
        if (message.findtext("translation") or "") != source:
            found.add(source)
            found.add(source.replace("&&", "\0").replace("&", "").replace("\0", "&"))
    return found


def data_values(db: Database) -> list[str]:
    """Every text stored in the demo database, longest first (removed before judging)."""
    values: set[str] = set()
    with db.reader() as session:
        for table in Base.metadata.sorted_tables:
            columns = [c for c in table.columns if isinstance(c.type, String | Text)]
            if not columns:
                continue
            for row in session.execute(select(*columns)):
                for value in row:
                    if isinstance(value, str):
                        values.update(v.strip() for v in value.splitlines() if len(v.strip()) > 1)
    return sorted(values, key=len, reverse=True)


@pytest.fixture
def english() -> Iterator[None]:
    app = QCoreApplication.instance()
    assert app is not None
    installed = i18n.install_translators(app, "en")
    assert installed, "empfehlung_en.qm is missing"
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    # Texts made outside ui/ (Heute sentences, feedback questions, …) follow too.
    messages.set_language("en")
    try:
        yield
    finally:
        messages.set_language("de")
        for translator in installed:
            app.removeTranslator(translator)


def plain(text: str) -> str:
    if "<" in text and ">" in text:
        return QTextDocumentFragment.fromHtml(text).toPlainText()
    return text


def visible_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for everything a user reads in ``widget`` and its children."""
    widgets = [widget, *widget.findChildren(QWidget)]
    for w in widgets:
        kind = type(w).__name__
        if w.isWindow() and w.windowTitle():
            yield f"{kind}.windowTitle", w.windowTitle()
        if w.toolTip():
            yield f"{kind}.toolTip", plain(w.toolTip())
        if isinstance(w, QLabel):
            yield "QLabel", plain(w.text())
        elif isinstance(w, QAbstractButton):
            yield kind, w.text()
        elif isinstance(w, QGroupBox):
            yield "QGroupBox", w.title()
        elif isinstance(w, QLineEdit):
            yield "QLineEdit.placeholder", w.placeholderText()
        elif isinstance(w, QTextBrowser):
            yield "QTextBrowser", w.toPlainText()
        elif isinstance(w, QTextEdit | QPlainTextEdit):
            yield f"{kind}.placeholder", w.placeholderText()
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                yield "QComboBox.item", w.itemText(i)
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield "QTabWidget.tab", w.tabText(i)
        if isinstance(w, QSpinBox):
            yield "QSpinBox.suffix", w.suffix()
        if isinstance(w, QAbstractSpinBox):
            yield "QAbstractSpinBox.text", w.text()
        if isinstance(w, QMenu):
            yield "QMenu.title", w.title()
        model = w.model() if isinstance(w, QAbstractItemView) else None
        if model is not None and not isinstance(model, QAbstractListModel):
            for column in range(model.columnCount(QModelIndex())):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.headerData(column, Qt.Orientation.Horizontal, role)
                    if isinstance(value, str):
                        yield "header", value
        for action in w.actions():
            yield "QAction", action.text()
            yield "QAction.toolTip", action.toolTip()
            menu = action.menu()
            if isinstance(menu, QMenu):
                for sub in menu.actions():
                    yield "QAction", sub.text()


class GermanDetector:
    def __init__(self, db: Database) -> None:
        self.sources = german_sources()
        self.data = data_values(db)

    def problem(self, text: str) -> str | None:
        text = text.strip().replace("\u200b", "")  # invisible break chances in long words
        if not text:
            return None
        if text in self.sources or text.replace("&", "") in self.sources:
            return "German source string"
        text = text.replace("Empfehlung Desktop", " ")  # the product name stays
        for value in self.data:
            if value in text:
                text = text.replace(value, " ")
        # Data shortened for display ("Neue Positionierung für …") is still data.
        for shortened in re.findall(r"([^:]{12,})…", text):
            if any(value.startswith(shortened.strip()) for value in self.data):
                text = text.replace(shortened + "…", " ")
        if GERMAN_LETTERS.search(text):
            return "German letters"
        if match := GERMAN_WORDS.search(text):
            return f"German word {match.group(0)!r}"
        return None

    def check(self, widget: QWidget, found: list[str]) -> None:
        for where, text in visible_texts(widget):
            reason = self.problem(text)
            if reason:
                found.append(f"{type(widget).__name__} / {where}: {text!r} ({reason})")


def test_every_ui_string_has_an_english_translation() -> None:
    assert translations.check() == []


def open_dialogs(db: Database, parent: QWidget) -> Iterator[QWidget]:
    """One of each dialog that can be built without running it."""
    from empfehlung_desktop.services.referrals import referrals as referral_service
    from empfehlung_desktop.services.referrals.inquiry import build_inquiry
    from empfehlung_desktop.ui.contacts.form import ContactDialog
    from empfehlung_desktop.ui.engagements.dialogs import DeclineReferDialog, NewEngagementDialog
    from empfehlung_desktop.ui.feedback.dialogs import FormsDialog, PeriodDialog
    from empfehlung_desktop.ui.feedback.entry_dialog import FeedbackEntryDialog
    from empfehlung_desktop.ui.referrals import partner_steps, steps
    from empfehlung_desktop.ui.referrals.new_referral import ReferralDialog
    from empfehlung_desktop.ui.referrals.reciprocity_dialog import ReciprocityDialog
    from empfehlung_desktop.ui.today import dialogs as today

    day = DEMO_TODAY
    yield ContactDialog(db, DEMO_TODAY, None, parent)
    yield ContactDialog(db, DEMO_TODAY, 1, parent)
    for direction in ReferralDirection:
        yield ReferralDialog(db, direction, DEMO_TODAY, parent)
    yield steps.ConsentDialog(day, parent=parent)
    yield partner_steps.PartnerDialog(db, day, parent=parent)
    yield partner_steps.MatchDialog(day, day + dt.timedelta(days=21), True, parent=parent)
    yield steps.OutcomeDialog("", day, parent=parent)
    yield steps.NoteDialog("", day, parent=parent)
    with db.reader() as session:
        anonymous = next(
            r
            for r in referral_service.list_referrals(
                session, referral_service.ReferralQuery(today=DEMO_TODAY)
            )
            if r.anonymous and r.recommended_id
        )
        inquiry = build_inquiry(session, anonymous.id)
    yield partner_steps.InquiryDialog(inquiry, parent)
    yield ReciprocityDialog(db, day, parent)
    yield NewEngagementDialog(db, parent)
    yield DeclineReferDialog("Lena Köhler", parent)
    yield FeedbackEntryDialog(db, DEMO_TODAY, None, parent)
    yield FormsDialog(db, parent)
    yield PeriodDialog(DEMO_TODAY, parent)
    yield today.DoneDialog("", "", day, with_outcome=True, with_result=True, parent=parent)
    yield today.SnoozeDialog(day, parent)
    yield today.StageDialog("Lena Köhler", SpiralStage.EXPECTATION, None, [], "", parent)
    yield today.RulesDialog({}, parent)


def test_english_ui_shows_no_german(
    qtbot: QtBot, demo_db: Database, tmp_path: Path, english: None
) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(demo_db, settings, clock=DEMO_CLOCK)
    qtbot.addWidget(window)
    detector = GermanDetector(demo_db)
    found: list[str] = []
    for spec in window.specs:
        window.navigate(spec.key)
        view = window.views[spec.key]
        table = getattr(view, "table", None)
        if table is not None and table.model() is not None and table.model().rowCount():
            table.selectRow(0)  # fills the detail panels
        detector.check(window, found)
    nav: QListWidget = window.nav
    for row in range(nav.count()):
        reason = detector.problem(nav.item(row).text())
        if reason:
            found.append(f"navigation: {nav.item(row).text()!r} ({reason})")
    for action in window.findChildren(QAction):
        for text in (action.text(), action.toolTip()):
            if reason := detector.problem(text):
                found.append(f"QAction: {text!r} ({reason})")
    if reason := detector.problem(plain(window.about_text())):
        found.append(f"about: {reason}")
    for dialog in open_dialogs(demo_db, window):
        detector.check(dialog, found)
        dialog.deleteLater()
    assert found == [], "\n".join(found)


def test_german_ui_stays_german(qtbot: QtBot, demo_db: Database, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(demo_db, settings, clock=DEMO_CLOCK)
    qtbot.addWidget(window)
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert menus == ["Datei", "Bearbeiten", "Ansicht", "Hilfe"]
    assert window.nav.item(0).text().startswith("Heute")
    window.navigate("referrals")
    model = window.views["referrals"].table.model()
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Richtung"
    window.navigate("contacts")
    assert window.views["contacts"].count_label.text() == "57 Kontakte"


def test_ui_locale_follows_the_language() -> None:
    from empfehlung_desktop.app import ui_locale

    assert ui_locale("de").language() == QLocale.Language.German
    assert ui_locale("en").language() == QLocale.Language.English


def test_english_plurals(english: None) -> None:
    def count(n: int) -> str:
        def tr(text: str) -> str:
            return QCoreApplication.translate("ReferralsView", text)

        return i18n.plural(n, tr("{n} Empfehlung"), tr("{n} Empfehlungen"))

    assert (count(1), count(3), count(1200)) == ("1 referral", "3 referrals", "1,200 referrals")
