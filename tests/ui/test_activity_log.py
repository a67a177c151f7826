"""'Kontakt festhalten …' from the contacts view and from a referral; the story's links."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from empfehlung_desktop.model import ActivityKind, Contact, Referral, ReferralDirection
from empfehlung_desktop.services.contacts import activities as acts
from empfehlung_desktop.store.database import Database
from empfehlung_desktop.ui.contacts.activity_dialog import ActivityDialog, ActivityInput
from empfehlung_desktop.ui.contacts.view import ContactsView
from empfehlung_desktop.ui.context import ViewContext
from empfehlung_desktop.ui.referrals.view import ReferralsView
from tests.conftest import DEMO_CLOCK, DEMO_TODAY


def contact_id(db: Database, name: str) -> int:
    with db.reader() as s:
        return int(s.scalars(select(Contact.id).where(Contact.name == name)).one())


def test_dialog_offers_every_kind_and_no_future_day(qtbot: QtBot) -> None:
    dialog = ActivityDialog(DEMO_TODAY, [(1, "Anna"), (2, "Bert")])
    qtbot.addWidget(dialog)
    assert dialog.kind.count() == len(ActivityKind)
    assert dialog.person.isEnabled()
    dialog.person.setCurrentIndex(1)
    dialog.kind.setCurrentIndex(list(ActivityKind).index(ActivityKind.GIFT))
    dialog.text.setPlainText("  Karte  ")
    dialog.date.setDate(dialog.date.date().addDays(5))
    value = dialog.value()
    assert value == ActivityInput(2, ActivityKind.GIFT, DEMO_TODAY, "Karte")


def test_log_from_the_contacts_view_shows_on_the_story(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    navigated: list[tuple[str, int | None]] = []
    context = ViewContext(
        db=demo_db,
        undo_stack=QUndoStack(),
        clock=DEMO_CLOCK,
        navigate=lambda key, rid: navigated.append((key, rid)),
    )
    view = ContactsView(context)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    view.refresh()
    cid = contact_id(demo_db, "Ursula Krämer")
    view.select_record(cid)
    asked: list[list[tuple[int, str]]] = []

    def answer(_cls: type, _parent: QWidget, today: dt.date, people: list[tuple[int, str]]):  # type: ignore[no-untyped-def]
        asked.append(people)
        return ActivityInput(people[0][0], ActivityKind.CALL, today, "Dank für die Empfehlung")

    monkeypatch.setattr(ActivityDialog, "ask", classmethod(answer))
    assert view.log_button.isEnabled()
    view.log_button.click()
    assert asked == [[(cid, "Ursula Krämer")]]
    text = view.detail.toPlainText()
    assert "Dank für die Empfehlung" in text and "2 Empfehlungen gegeben" in text
    assert "letzter Kontakt: 22.11.2026" in text
    with demo_db.reader() as s:
        referral = s.scalars(select(Referral.id).where(Referral.giver_id == cid)).first()
    view.detail.anchorClicked.emit(QUrl(f"record:referrals:{referral}"))
    assert navigated == [("referrals", referral)]


def test_log_from_a_referral_thanks_the_giver(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    context = ViewContext(db=demo_db, clock=DEMO_CLOCK)
    view = ReferralsView(context)
    qtbot.addWidget(view)
    view.refresh()
    giver = contact_id(demo_db, "Ursula Krämer")
    with demo_db.reader() as s:
        rid = s.scalars(
            select(Referral.id).where(
                Referral.giver_id == giver, Referral.direction == ReferralDirection.INCOMING
            )
        ).first()
    assert rid is not None
    view.select_record(rid)
    assert "log" in view.detail.buttons

    def answer(_cls: type, _parent: QWidget, today: dt.date, people: list[tuple[int, str]]):  # type: ignore[no-untyped-def]
        assert people[0] == (giver, "Ursula Krämer")
        return ActivityInput(giver, ActivityKind.GIFT, today, "Blumen geschickt")

    monkeypatch.setattr(ActivityDialog, "ask", classmethod(answer))
    view.detail.buttons["log"].click()
    with demo_db.reader() as s:
        logged = acts.list_activities(s, referral_id=rid)
    assert [(a.contact_id, a.kind) for a in logged] == [(giver, ActivityKind.GIFT)]
    history = [view.detail.history.item(i).text() for i in range(view.detail.history.count())]
    assert any("Blumen geschickt" in line for line in history)


def test_keep_in_touch_from_heute_logs_a_contact(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from empfehlung_desktop.model import AgendaKind
    from empfehlung_desktop.ui.today.view import TodayView

    view = TodayView(ViewContext(db=demo_db, clock=DEMO_CLOCK))
    qtbot.addWidget(view)
    view.refresh()
    rows = [r for r in view.rows if r.item.kind is AgendaKind.KEEP_IN_TOUCH]
    assert rows and rows[0].due.text().startswith("überfällig\nseit ")
    item = rows[0].item

    def answer(_cls: type, _parent: QWidget, today: dt.date, people: list[tuple[int, str]]):  # type: ignore[no-untyped-def]
        assert people == [(item.contact_id, item.contact_name)]
        return ActivityInput(people[0][0], ActivityKind.CALL, today, "")

    monkeypatch.setattr(ActivityDialog, "ask", classmethod(answer))
    rows[0].done_button.click()
    left = [r.item.contact_id for r in view.rows if r.item.kind is AgendaKind.KEEP_IN_TOUCH]
    assert item.contact_id not in left
