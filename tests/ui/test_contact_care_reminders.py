"""Per-person care on the contact form, "Erinnerung …" from records, German plurals."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from empfehlung_desktop.model import Contact, ContactCare, Reminder
from empfehlung_desktop.services.today import care as care_service
from empfehlung_desktop.store.database import Database
from empfehlung_desktop.ui.contacts.detail import ContactDetail
from empfehlung_desktop.ui.contacts.form import ContactDialog
from empfehlung_desktop.ui.contacts.view import ContactsView
from empfehlung_desktop.ui.context import ViewContext
from empfehlung_desktop.ui.feedback.view import FeedbackView
from empfehlung_desktop.ui.i18n import plural
from empfehlung_desktop.ui.referrals.view import ReferralsView
from empfehlung_desktop.ui.widgets.reminder_dialog import ReminderDialog, ReminderInput
from tests.conftest import DEMO_CLOCK, DEMO_TODAY

OLD_FORMS = ("(e)", "(en)", "(n)", "(s)")


def _contact_id(db: Database, name: str) -> int:
    with db.reader() as s:
        return int(s.scalars(select(Contact.id).where(Contact.name == name)).one())


def _form(qtbot: QtBot, db: Database, contact_id: int | None = None) -> ContactDialog:
    dialog = ContactDialog(db, DEMO_TODAY, contact_id)
    qtbot.addWidget(dialog)
    return dialog


# -- plurals ------------------------------------------------------------------
def test_plural_picks_by_count_and_fills_the_number() -> None:
    texts = ("{n} Kontakt", "{n} Kontakte")
    assert [plural(n, *texts) for n in (0, 1, 2)] == ["0 Kontakte", "1 Kontakt", "2 Kontakte"]
    assert plural(1200, *texts) == "1.200 Kontakte"
    assert plural(3, "{n} für {who}", "{n} für {who}").format(who="x") == "3 für x"


def test_referral_and_feedback_counts_say_proper_german(qtbot: QtBot, demo_db: Database) -> None:
    context = ViewContext(db=demo_db, clock=DEMO_CLOCK)
    referrals = ReferralsView(context)
    feedback = FeedbackView(context)
    for widget in (referrals, feedback):
        qtbot.addWidget(widget)
        widget.refresh()
    count, figures = referrals.count.text(), feedback.figures.text()
    assert count.endswith(" Empfehlungen") and count.split()[0].isdigit()
    assert " Feedbacks · NPS " in figures
    assert not any(form in count + figures for form in OLD_FORMS)


def test_contact_story_counts_use_the_singular(qtbot: QtBot, demo_db: Database) -> None:
    detail = ContactDetail(demo_db)
    qtbot.addWidget(detail)
    with demo_db.reader() as s:
        ids = s.scalars(select(Contact.id)).all()
    texts = []
    for contact_id in ids:
        detail.show_contact(contact_id)
        texts.append(detail.toPlainText())
    assert any("1 Empfehlung gegeben" in t or "1 Anfrage ·" in t for t in texts)
    assert not any("1 Empfehlungen" in t or "1 Anfragen" in t for t in texts)


# -- care on the contact form ---------------------------------------------------
def test_form_writes_rhythm_and_never_ask_with_the_contact(qtbot: QtBot, demo_db: Database) -> None:
    cid = _contact_id(demo_db, "Lena Köhler")
    dialog = _form(qtbot, demo_db, cid)
    assert dialog.care.rhythm.text() == "" and not dialog.care.never_ask.isChecked()
    qtbot.keyClicks(dialog.care.rhythm, "45")
    dialog.care.never_ask.setChecked(True)
    assert dialog.has_changes()
    assert dialog.save()
    with demo_db.reader() as s:
        assert care_service.get_care(s, cid) == care_service.Care(cid, True, 45)
    again = _form(qtbot, demo_db, cid)
    assert again.care.rhythm.text() == "45" and again.care.never_ask.isChecked()
    assert not again.has_changes()
    again.care.rhythm.setText("0")
    again.care.never_ask.setChecked(False)
    assert again.save()
    with demo_db.reader() as s:
        assert care_service.get_care(s, cid) == care_service.Care(cid, False, 0)
    detail = ContactDetail(demo_db)
    qtbot.addWidget(detail)
    detail.show_contact(cid)
    assert "Kontakt halten" in detail.toPlainText() and "nie daran erinnern" in detail.toPlainText()
    assert "Um Empfehlung bitten" not in detail.toPlainText()


def test_detail_shows_rhythm_and_never_ask(qtbot: QtBot, demo_db: Database) -> None:
    cid = _contact_id(demo_db, "Lena Köhler")
    with demo_db.session() as s:
        care_service.set_rhythm(s, cid, 30)
        care_service.set_never_ask(s, cid)
    detail = ContactDetail(demo_db)
    qtbot.addWidget(detail)
    detail.show_contact(cid)
    text = detail.toPlainText()
    assert "alle 30 Tage" in text and "nein, nie vorschlagen" in text


def test_a_new_contact_without_choices_gets_no_care_row(qtbot: QtBot, db: Database) -> None:
    dialog = _form(qtbot, db)
    qtbot.keyClicks(dialog.name, "Neu Person")
    assert dialog.save()
    with db.reader() as s:
        assert s.scalars(select(ContactCare)).all() == []


def test_impossible_rhythm_keeps_contact_unsaved_and_shows_at_the_field(
    qtbot: QtBot, demo_db: Database
) -> None:
    cid = _contact_id(demo_db, "Lena Köhler")
    dialog = _form(qtbot, demo_db, cid)
    dialog.family_name.setText("Anders")
    dialog.family_name.textEdited.emit("Anders")
    dialog.care.rhythm.setText("9999")  # the validator lets typing pass through this
    assert not dialog.save()
    assert "3650" in dialog.field_error("keep_in_touch_days")
    assert dialog.tabs.currentIndex() == 2
    with demo_db.reader() as s:
        contact = s.get(Contact, cid)
        assert contact is not None and contact.family_name != "Anders"
        assert s.get(ContactCare, cid) is None


# -- reminders from records ------------------------------------------------------
def _answer(monkeypatch: pytest.MonkeyPatch, seen: list[str]) -> None:
    due = DEMO_TODAY + dt.timedelta(days=3)

    def ask(
        cls: type, parent: object, db: Database, today: dt.date, about: str = ""
    ) -> ReminderInput:
        seen.append(about)
        return ReminderInput("Nachhaken", due, None)

    monkeypatch.setattr(ReminderDialog, "ask", classmethod(ask))


def test_reminder_from_a_referral(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    changes: list[str] = []
    view = ReferralsView(ViewContext(db=demo_db, data_changed=changes.append, clock=DEMO_CLOCK))
    qtbot.addWidget(view)
    view.refresh()
    view.table.selectRow(0)
    referral_id = view.detail.referral_id
    assert referral_id is not None and "remind" in view.detail.buttons
    seen: list[str] = []
    _answer(monkeypatch, seen)
    view.detail.buttons["remind"].click()
    assert seen and seen[0].startswith("Empfehlung: ")
    with demo_db.reader() as s:
        reminder = s.scalars(select(Reminder).where(Reminder.text == "Nachhaken")).one()
        assert reminder.referral_id == referral_id and reminder.contact_id is not None
    assert "today" in changes


def test_reminder_from_a_contact(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = ContactsView(ViewContext(db=demo_db, clock=DEMO_CLOCK))
    qtbot.addWidget(view)
    view.refresh()
    assert not view.remind_button.isEnabled()
    cid = _contact_id(demo_db, "Lena Köhler")
    view.select_record(cid)
    assert view.remind_button.isEnabled()
    seen: list[str] = []
    _answer(monkeypatch, seen)
    view.remind_button.click()
    assert seen == ["Lena Köhler"]
    with demo_db.reader() as s:
        reminder = s.scalars(select(Reminder).where(Reminder.text == "Nachhaken")).one()
        assert reminder.contact_id == cid and reminder.referral_id is None


def test_reminder_refused_is_explained(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = ContactsView(ViewContext(db=demo_db, clock=DEMO_CLOCK))
    qtbot.addWidget(view)
    view.refresh()
    view.select_record(_contact_id(demo_db, "Lena Köhler"))
    past = DEMO_TODAY - dt.timedelta(days=1)
    monkeypatch.setattr(
        ReminderDialog, "ask", classmethod(lambda cls, *a: ReminderInput("x", past, None))
    )
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    view.remind_button.click()
    assert warnings and "Vergangenheit" in warnings[0]
    with demo_db.reader() as s:
        assert s.scalars(select(Reminder).where(Reminder.text == "x")).all() == []
