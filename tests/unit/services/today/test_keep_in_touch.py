"""Keep in touch per role, the daily cap and cool-down of asks, and "by when" labels."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from empfehlung_desktop.model import (
    ActivityKind,
    AgendaKind,
    Contact,
    Referral,
    ReferralDirection,
    ReferralStatus,
    Role,
    SpiralStage,
    sort_key,
)
from empfehlung_desktop.services import settings
from empfehlung_desktop.services.contacts import activities
from empfehlung_desktop.services.today import today
from empfehlung_desktop.store.database import Database
from tests.conftest import DEMO_TODAY

TODAY = dt.date(2026, 11, 22)
K = AgendaKind
# Entered long before: "no contact logged" counts from this moment.
ENTERED = dt.datetime(2025, 1, 1, 9, 0)


def day(offset: int) -> dt.date:
    return TODAY + dt.timedelta(days=offset)


def person(s: Session, name: str, roles: Role, **kw: object) -> int:
    contact = Contact(name=name, sort_name=sort_key(name), roles=roles, created_at=ENTERED, **kw)
    s.add(contact)
    s.flush()
    return contact.id


def log(s: Session, cid: int, offset: int) -> None:
    activities.add_activity(s, cid, ActivityKind.CALL, day(offset), today=TODAY)


def items(db: Database, kind: AgendaKind, on: dt.date = TODAY) -> list[today.AgendaItem]:
    with db.reader() as s:
        return today.compute(s, on, kinds=(kind,)).items


def test_partner_overdue_after_rhythm_most_overdue_first(db: Database) -> None:
    with db.session() as s:
        recent = person(s, "Anna Partner", Role.PARTNER)
        log(s, recent, -30)
        late = person(s, "Bert Partner", Role.PARTNER)
        log(s, late, -100)
        later = person(s, "Cora Partner", Role.PARTNER)
        log(s, later, -200)
        never = person(s, "Dora Partner", Role.PARTNER)
        client = person(s, "Emil Kunde", Role.CLIENT)
        log(s, client, -100)  # clients: every 180 days
        person(s, "Fritz Interessent", Role.PROSPECT)  # prospects: off
    found = items(db, K.KEEP_IN_TOUCH)
    assert [i.contact_id for i in found] == [never, later, late]
    assert found[1].due_on == day(-110) and "alle 90 Tage" in found[1].text
    assert "noch kein Kontakt" in found[0].text
    assert today.due_label(found[1], TODAY) == "seit 04.08.2026"


def test_a_logged_contact_resets_the_rhythm_and_complete_logs_one(db: Database) -> None:
    with db.session() as s:
        cid = person(s, "Bert", Role.PARTNER | Role.CLIENT)
        log(s, cid, -95)
    assert [i.contact_id for i in items(db, K.KEEP_IN_TOUCH)] == [cid]
    with db.session() as s:
        today.complete(s, K.KEEP_IN_TOUCH, cid, TODAY, note="Kurz telefoniert")
        assert activities.last_contact_on(s, cid) == TODAY
    assert items(db, K.KEEP_IN_TOUCH) == []
    assert [i.contact_id for i in items(db, K.KEEP_IN_TOUCH, day(90))] == [cid]


def test_rhythm_is_a_setting_and_zero_switches_a_role_off(db: Database) -> None:
    with db.session() as s:
        cid = person(s, "Bert", Role.PARTNER)
        log(s, cid, -40)
        settings.set_value(s, "today.keep_in_touch_partner_days", 30)
    assert [i.contact_id for i in items(db, K.KEEP_IN_TOUCH)] == [cid]
    with db.session() as s:
        settings.set_value(s, "today.keep_in_touch_partner_days", 0)
    assert items(db, K.KEEP_IN_TOUCH) == []


def test_asks_are_capped_per_day_and_cool_down_after_a_referral(db: Database) -> None:
    with db.session() as s:
        people = [
            person(s, f"Kundin {n}", Role.CLIENT, spiral_stage=SpiralStage.SYMPATHY)
            for n in range(6)
        ]
        s.add(
            Referral(
                direction=ReferralDirection.INCOMING,
                status=ReferralStatus.RECEIVED,
                giver_id=people[0],
                referred_on=day(-5),
            )
        )
    with db.reader() as s:
        agenda = today.compute(s, TODAY, kinds=(K.ASK_FOR_REFERRAL,))
    asked = [i.contact_id for i in agenda.items]
    assert len(asked) == 3 and agenda.counts[K.ASK_FOR_REFERRAL] == 3
    assert people[0] not in asked
    assert today.due_label(agenda.items[0], TODAY) == "jetzt"
    with db.session() as s:
        settings.set_value(s, "today.ask_daily_cap", 10)
    assert people[0] not in [i.contact_id for i in items(db, K.ASK_FOR_REFERRAL)]
    assert people[0] in [i.contact_id for i in items(db, K.ASK_FOR_REFERRAL, day(60))]


def test_every_demo_item_says_by_when(demo_db: Database) -> None:
    with demo_db.reader() as s:
        agenda = today.compute(s, DEMO_TODAY)
    assert agenda.counts[K.ASK_FOR_REFERRAL] <= 3
    assert agenda.counts[K.KEEP_IN_TOUCH] >= 1
    for item in agenda.items:
        label = today.due_label(item, DEMO_TODAY)
        assert label.split()[0] in {"bis", "seit", "ab", "am", "heute", "jetzt"}, label
        assert item.to_dict(DEMO_TODAY)["due_label"] == label
