"""Referral → Anfrage → Kunde without typing anything twice."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from empfehlung_desktop.errors import TransitionError, ValidationError
from empfehlung_desktop.model import (
    AgendaKind,
    Contact,
    Engagement,
    EngagementStatus,
    Referral,
    ReferralDirection,
    ReferralOutcome,
    ReferralStatus,
    Role,
    SpiralStage,
    sort_key,
)
from empfehlung_desktop.services.engagements import connections
from empfehlung_desktop.services.engagements import engagements as eng
from empfehlung_desktop.services.referrals import referrals as ref
from empfehlung_desktop.services.today import today
from empfehlung_desktop.store.database import Database

NO_ROLE = Role(0)
TODAY = dt.date(2026, 11, 22)
E = EngagementStatus
S = ReferralStatus


def person(s: Session, name: str, roles: Role = NO_ROLE) -> int:
    contact = Contact(name=name, sort_name=sort_key(name), roles=roles)
    s.add(contact)
    s.flush()
    return contact.id


def incoming(s: Session) -> tuple[int, int]:
    giver, prospect = person(s, "Käthe Geber"), person(s, "Ewa Neu", Role.PROSPECT)
    referral = ref.create_referral(
        s,
        ref.ReferralData(
            direction=ReferralDirection.INCOMING,
            giver_id=giver,
            recipient_id=prospect,
            referred_on=TODAY - dt.timedelta(days=5),
            need="Führung im neuen Team",
            temperature=4,
        ),
        today=TODAY,
    )
    return referral.id, prospect


def test_first_meeting_creates_the_anfrage_with_date_and_time(db: Database) -> None:
    meeting = dt.datetime(2026, 11, 27, 14, 30)
    with db.session() as s:
        rid, prospect = incoming(s)
        engagement = connections.arrange_first_meeting(
            s, rid, meeting, on=TODAY, place="Videocall https://meet.example/abc"
        )
        eid = engagement.id
    with db.reader() as s:
        referral = s.get(Referral, rid)
        engagement = s.get(Engagement, eid)
        assert referral is not None and engagement is not None
        assert referral.status is S.MEETING_ARRANGED
        assert "27.11.2026 um 14:30 Uhr" in referral.events[-1].note
        assert "meet.example" in referral.events[-1].note
        assert engagement.contact_id == prospect and engagement.referral_id == rid
        assert engagement.first_meeting_at == meeting
        assert engagement.need == "Führung im neuen Team"
        assert "meet.example" in engagement.notes
        # The handout for the meeting is due in Heute.
        agenda = today.compute(s, TODAY, kinds=(AgendaKind.SEND_HANDOUT,))
        assert [i.subject_id for i in agenda.items] == [eid]


def test_first_meeting_links_an_existing_anfrage(db: Database) -> None:
    with db.session() as s:
        rid, _prospect = incoming(s)
        existing = eng.create_from_referral(s, rid).id
        found = connections.arrange_first_meeting(s, rid, dt.datetime(2026, 12, 1, 9), on=TODAY)
        assert found.id == existing
        assert s.query(Engagement).count() == 1


def test_first_meeting_refused_before_the_referral_or_twice(db: Database) -> None:
    with db.session() as s:
        rid, _prospect = incoming(s)
        with pytest.raises(ValidationError):
            connections.arrange_first_meeting(s, rid, dt.datetime(2026, 11, 1, 9), on=TODAY)
        assert s.query(Engagement).count() == 0
        connections.arrange_first_meeting(s, rid, dt.datetime(2026, 12, 1, 9), on=TODAY)
        with pytest.raises(TransitionError):
            connections.arrange_first_meeting(s, rid, dt.datetime(2026, 12, 2, 9), on=TODAY)


def test_won_and_completed_engagement_settle_referral_and_make_a_client(db: Database) -> None:
    with db.session() as s:
        rid, prospect = incoming(s)
        eid = connections.arrange_first_meeting(s, rid, dt.datetime(2026, 11, 27, 10), on=TODAY).id
        eng.change_status(s, eid, E.ACTIVE, today=TODAY)
        referral = s.get(Referral, rid)
        contact = s.get(Contact, prospect)
        assert referral is not None and contact is not None
        assert referral.status is S.WON and referral.outcome is ReferralOutcome.WON
        assert Role.CLIENT in contact.roles and Role.PROSPECT not in contact.roles
        eng.change_status(s, eid, E.COMPLETED, today=TODAY + dt.timedelta(days=60))
    later = TODAY + dt.timedelta(days=61)
    with db.reader() as s:
        agenda = today.compute(s, later, kinds=(AgendaKind.SPIRAL_SUGGESTION,))
    [item] = [i for i in agenda.items if i.contact_id == prospect]
    assert item.suggested_stage is SpiralStage.EXPERIENCE and "abgeschlossen" in item.text


def test_declined_engagement_marks_the_referral_lost(db: Database) -> None:
    with db.session() as s:
        rid, _prospect = incoming(s)
        eid = eng.create_from_referral(s, rid).id
        eng.change_status(s, eid, E.DECLINED, today=TODAY)
        referral = s.get(Referral, rid)
        assert referral is not None
        assert referral.status is S.LOST and referral.outcome is ReferralOutcome.LOST
