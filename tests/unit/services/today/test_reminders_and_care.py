"""Reminders of one's own, "nicht für diese Person", a person's own rhythm, open follow-ups."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from empfehlung_desktop.errors import ValidationError
from empfehlung_desktop.model import (
    ActivityKind,
    AgendaKind,
    Contact,
    Referral,
    ReferralDirection,
    ReferralOutcome,
    ReferralStatus,
    Role,
    SpiralStage,
    sort_key,
)
from empfehlung_desktop.services.contacts import activities
from empfehlung_desktop.services.today import care, reminders, today
from empfehlung_desktop.store.database import Database

NO_ROLE = Role(0)
TODAY = dt.date(2026, 11, 22)
K = AgendaKind
ENTERED = dt.datetime(2025, 1, 1, 9, 0)


def day(offset: int) -> dt.date:
    return TODAY + dt.timedelta(days=offset)


def person(s: Session, name: str, roles: Role = NO_ROLE, **kw: object) -> int:
    contact = Contact(name=name, sort_name=sort_key(name), roles=roles, created_at=ENTERED, **kw)
    s.add(contact)
    s.flush()
    return contact.id


def items(db: Database, kind: AgendaKind, on: dt.date = TODAY) -> list[today.AgendaItem]:
    with db.reader() as s:
        return today.compute(s, on, kinds=(kind,)).items


def test_reminders_show_when_due_oldest_first_and_name_the_person(db: Database) -> None:
    with db.session() as s:
        cid = person(s, "Anna Berg")
        later = reminders.add_reminder(s, "Angebot schicken", day(3), today=TODAY, contact_id=cid)
        first = reminders.add_reminder(s, "Steuerbüro anrufen", TODAY, today=TODAY)
        second = reminders.add_reminder(s, "  Karte\n schreiben ", day(1), today=TODAY)
        later_id, first_id, second_id = later.id, first.id, second.id
    assert [i.subject_id for i in items(db, K.REMINDER)] == [first_id]
    found = items(db, K.REMINDER, day(5))
    assert [i.subject_id for i in found] == [first_id, second_id, later_id]
    assert found[1].text == "Karte schreiben"
    assert found[2].text == "Anna Berg: Angebot schicken" and found[2].names == ("Anna Berg",)
    assert (found[2].link_view, found[2].link_id) == ("contacts", cid)
    assert found[0].to_dict(day(5))["link_view"] is None
    assert today.due_label(found[0], day(5)) == "seit 22.11.2026"


def test_reminder_done_and_postpone_from_heute(db: Database) -> None:
    with db.session() as s:
        rid = reminders.add_reminder(s, "Nachfragen", TODAY, today=TODAY).id
        other = reminders.add_reminder(s, "Rechnung", TODAY, today=TODAY).id
    with db.session() as s:
        today.complete(s, K.REMINDER, rid, TODAY)
        today.snooze(s, K.REMINDER, other, day(4), TODAY)
    assert items(db, K.REMINDER) == []
    assert [i.subject_id for i in items(db, K.REMINDER, day(4))] == [other]
    with db.reader() as s:
        rows = reminders.list_reminders(s, include_done=True)
    assert [(r.id, r.done_on, r.due_on) for r in rows] == [
        (rid, TODAY, TODAY),
        (other, None, day(4)),
    ]


def test_reminder_refuses_empty_text_past_day_and_two_records(db: Database) -> None:
    with db.session() as s:
        with pytest.raises(ValidationError) as err:
            reminders.add_reminder(s, " ", day(-1), today=TODAY)
        assert set(err.value.fields) == {"text", "due_on"}
        with pytest.raises(ValidationError):
            reminders.add_reminder(s, "x", TODAY, today=TODAY, referral_id=1, engagement_id=1)
        with pytest.raises(ValidationError):
            reminders.postpone(
                s, reminders.add_reminder(s, "x", TODAY, today=TODAY).id, TODAY, TODAY
            )


def test_reminder_on_a_referral_names_its_person_and_links_to_it(db: Database) -> None:
    with db.session() as s:
        giver, recipient = person(s, "Gerd Geber"), person(s, "Rita Neu")
        referral = Referral(
            direction=ReferralDirection.INCOMING,
            status=ReferralStatus.RECEIVED,
            giver_id=giver,
            recipient_id=recipient,
            referred_on=day(-2),
        )
        s.add(referral)
        s.flush()
        reminders.add_reminder(s, "Termin bestätigen", TODAY, today=TODAY, referral_id=referral.id)
        rid = referral.id
    [item] = items(db, K.REMINDER)
    assert item.contact_id == recipient and (item.link_view, item.link_id) == ("referrals", rid)


def test_erased_person_hides_reminder(db: Database) -> None:
    with db.session() as s:
        cid = person(s, "Weg")
        reminders.add_reminder(s, "x", TODAY, today=TODAY, contact_id=cid)
        s.get(Contact, cid).erased_at = dt.datetime(2026, 11, 1)  # type: ignore[union-attr]
    assert items(db, K.REMINDER) == []


def test_never_ask_this_person_is_honoured(db: Database) -> None:
    with db.session() as s:
        a = person(s, "Anna", Role.CLIENT, spiral_stage=SpiralStage.LOYALTY)
        b = person(s, "Bert", Role.CLIENT, spiral_stage=SpiralStage.SYMPATHY)
    assert {i.contact_id for i in items(db, K.ASK_FOR_REFERRAL)} == {a, b}
    with db.session() as s:
        care.set_never_ask(s, a)
    assert [i.contact_id for i in items(db, K.ASK_FOR_REFERRAL)] == [b]
    with db.session() as s:
        assert care.get_care(s, a).never_ask
        care.set_never_ask(s, a, False)
    assert len(items(db, K.ASK_FOR_REFERRAL)) == 2


def test_own_rhythm_overrides_the_roles_and_resets_with_contact(db: Database) -> None:
    with db.session() as s:
        partner = person(s, "Paul Partner", Role.PARTNER)  # role: every 90 days
        activities.add_activity(s, partner, ActivityKind.CALL, day(-40), today=TODAY)
        prospect = person(s, "Ida Interessent", Role.PROSPECT)  # role: never
        activities.add_activity(s, prospect, ActivityKind.CALL, day(-20), today=TODAY)
        quiet = person(s, "Quentin", Role.PARTNER)
    assert [i.contact_id for i in items(db, K.KEEP_IN_TOUCH)] == [quiet]
    with db.session() as s:
        care.set_rhythm(s, partner, 30)
        care.set_rhythm(s, prospect, 14)
        care.set_rhythm(s, quiet, 0)  # never for this person
    found = items(db, K.KEEP_IN_TOUCH)
    assert [i.contact_id for i in found] == [partner, prospect]
    assert found[0].due_on == day(-10) and "alle 30 Tage" in found[0].text
    with db.session() as s:
        activities.add_activity(s, partner, ActivityKind.EMAIL, TODAY, today=TODAY)
        with pytest.raises(ValidationError):
            care.set_rhythm(s, partner, -1)
    assert [i.contact_id for i in items(db, K.KEEP_IN_TOUCH)] == [prospect]
    assert partner in [i.contact_id for i in items(db, K.KEEP_IN_TOUCH, day(30))]


def test_follow_up_still_open_schedules_the_next(db: Database) -> None:
    with db.session() as s:
        recipient, partner = person(s, "Rita"), person(s, "Paul")
        referral = Referral(
            direction=ReferralDirection.OUTGOING,
            status=ReferralStatus.MATCHED,
            recipient_id=recipient,
            recommended_id=partner,
            referred_on=day(-30),
            follow_up_on=day(-1),
        )
        s.add(referral)
        s.flush()
        rid = referral.id
    assert [i.subject_id for i in items(db, K.FOLLOW_UP)] == [rid]
    with db.session() as s:
        today.complete(
            s, K.FOLLOW_UP, rid, TODAY, outcome=ReferralOutcome.OPEN, note="Termin folgt"
        )
    assert items(db, K.FOLLOW_UP) == []
    with db.reader() as s:
        ref = s.get(Referral, rid)
        assert ref is not None and ref.followed_up_on is None and ref.follow_up_on is not None
        assert ref.outcome is ReferralOutcome.OPEN and ref.follow_up_on > TODAY
        assert "erneut nachfassen" in ref.events[-1].note and "Termin folgt" in ref.events[-1].note
        due = ref.follow_up_on
    assert [i.subject_id for i in items(db, K.FOLLOW_UP, due)] == [rid]
    with db.session() as s:
        today.complete(s, K.FOLLOW_UP, rid, due, outcome=ReferralOutcome.WON)
    assert items(db, K.FOLLOW_UP, due) == []


def test_erasure_deletes_the_persons_reminders_and_care(db: Database) -> None:
    from empfehlung_desktop.model import ContactCare, Reminder
    from empfehlung_desktop.services.data import gdpr_erase, gdpr_export

    with db.session() as s:
        cid = person(s, "Erika Mustermann")
        reminders.add_reminder(s, "Erika anrufen", TODAY, today=TODAY, contact_id=cid)
        care.set_rhythm(s, cid, 30)
        assert gdpr_export.export_person(s, cid)["reminders"][0]["text"] == "Erika anrufen"
        report = gdpr_erase.erase_contact(s, cid)
        assert report.deleted["reminders"] == 1
    with db.reader() as s:
        assert s.query(Reminder).count() == 0 and s.get(ContactCare, cid) is None
