"""Layout at a laptop's width: long words wrap, figures are whole, the navigation stays narrow."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from empfehlung_desktop import i18n as messages
from empfehlung_desktop.model import Referral
from empfehlung_desktop.store.database import Database
from empfehlung_desktop.ui import i18n
from empfehlung_desktop.ui.context import ViewContext
from empfehlung_desktop.ui.feedback.view import FeedbackView
from empfehlung_desktop.ui.main_window import NAV_MAX_WIDTH, MainWindow
from empfehlung_desktop.ui.referrals.detail import ReferralDetail, breakable
from tests.conftest import DEMO_CLOCK

LONG_MAIL = "katharina.mustermann-schaeferling@beratungspraxis-sonnenberg-freiburg.example"


@pytest.fixture
def english() -> Iterator[None]:
    app = QCoreApplication.instance()
    assert app is not None
    installed = i18n.install_translators(app, "en")
    assert installed, "empfehlung_en.qm is missing"
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    messages.set_language("en")
    try:
        yield
    finally:
        messages.set_language("de")
        for translator in installed:
            app.removeTranslator(translator)


def test_breakable_keeps_the_text_and_short_words() -> None:
    assert breakable("kurz und gut") == "kurz und gut"
    assert breakable("Suchmaschinenoptimierung") == "Suchmaschinenoptimierung"
    broken = breakable(LONG_MAIL)
    assert broken.replace("\u200b", "") == LONG_MAIL
    assert max(len(part) for part in broken.split("\u200b")) <= 20


def test_referral_detail_wraps_a_long_address(qtbot: QtBot, demo_db: Database) -> None:
    with demo_db.session() as s:
        referral = s.scalars(select(Referral).order_by(Referral.id)).first()
        assert referral is not None
        referral.need = f"Bitte melden unter {LONG_MAIL} oder https://www.example.com/{'x' * 40}"
        referral_id = referral.id
    detail = ReferralDetail(demo_db, DEMO_CLOCK)
    qtbot.addWidget(detail)
    detail.resize(300, 700)
    detail.show()
    detail.show_referral(referral_id)
    # The rich-text table fits the panel instead of being cut at the right edge.
    assert detail.body.minimumSizeHint().width() <= detail.body.width()
    assert "remind" in detail.buttons


def test_feedback_figures_are_never_cut(qtbot: QtBot, demo_db: Database) -> None:
    view = FeedbackView(ViewContext(db=demo_db, clock=DEMO_CLOCK))
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    view.refresh()
    qtbot.wait(10)
    text = view.figures.text()
    assert "Promotoren" in text
    assert view.figures.fontMetrics().horizontalAdvance(text) <= view.figures.width()


def test_english_navigation_stays_narrow(
    qtbot: QtBot, demo_db: Database, tmp_path: Path, english: None
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(demo_db, settings, clock=DEMO_CLOCK)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    titles = [window.nav.item(row).toolTip() for row in range(window.nav.count())]
    assert "Requests & engagements" in titles
    assert window.splitter.sizes()[0] <= NAV_MAX_WIDTH
    assert window.nav.wordWrap()
