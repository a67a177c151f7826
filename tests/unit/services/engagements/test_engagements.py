import datetime as dt

import pytest
from sqlalchemy import select

from empfehlung_desktop.errors import ConflictError, UserError, ValidationError
from empfehlung_desktop.model import (
    Contact,
    ContactSource,
    Engagement,
    EngagementStatus,
    ExpectationFit,
    PriorKnowledge,
    Referral,
    ReferralDirection,
    ReferralReason,
    ReferralStatus,
)
from empfehlung_desktop.services.engagements import engagements as es
from empfehlung_desktop.services.engagements.serialize import engagement_to_dict
from empfehlung_desktop.store.database import Database
from tests.conftest import DEMO_NOW, DEMO_TODAY

E = EngagementStatus
NOW = dt.datetime.combine(DEMO_TODAY, dt.time(9, 0))


def _contact(session, name: str = "Łucja Dvořák", **values: object) -> Contact:
    contact = Contact(name=name, sort_name=name.casefold(), **values)
    session.add(contact)
    session.flush()
    return contact


def test_list_filters_by_status_and_upcoming(demo_db: Database) -> None:
    with demo_db.reader() as session:
        everything = es.list_engagements(session, es.EngagementQuery(now=DEMO_NOW))
        meetings = es.list_engagements(
            session, es.EngagementQuery(status=E.FIRST_MEETING, now=DEMO_NOW)
        )
        upcoming = es.list_engagements(session, es.EngagementQuery(upcoming=True, now=NOW))
        rows = es.fetch_engagements(session, es.EngagementQuery(now=DEMO_NOW))
        completed = es.list_engagements(
            session, es.EngagementQuery(status=E.COMPLETED, now=DEMO_NOW)
        )
    assert {e.status for e in everything} == set(E)
    assert meetings and all(e.status is E.FIRST_MEETING for e in meetings)
    assert upcoming and all(
        NOW <= e.first_meeting_at <= NOW + dt.timedelta(days=15) for e in upcoming
    )
    assert [r.id for r in rows] == [e.id for e in everything]
    # Open requests come first, the next meeting on top.
    assert rows[0].status in es.OPEN_STATUSES
    assert len(completed) == 7


def test_upcoming_without_handout_skips_sent_ones(demo_db: Database) -> None:
    with demo_db.reader() as session:
        due = es.upcoming_without_handout(session, now=NOW)
        names = [e.contact.name for e in due]
    assert "Lena Köhler" in names and "Jana Schulte" not in names  # Jana's was sent
    assert len(names) >= 2


def test_create_from_contact_takes_source_and_giver(db: Database) -> None:
    with db.session() as session:
        giver = _contact(session, "Thomas Brandt")
        prospect = _contact(
            session, "Őrs Kovács", source=ContactSource.REFERRAL, referred_by_id=giver.id
        )
        engagement = es.create_engagement(session, prospect.id, "  Neue   Marke ")
        assert engagement.status is E.REQUEST and engagement.title == "Neue Marke"
        assert engagement.source is ContactSource.REFERRAL
        assert engagement.referred_by_id == giver.id


def test_create_from_incoming_referral(demo_db: Database) -> None:
    with demo_db.session() as session:
        choices = es.open_incoming_referrals(session)
        assert choices and "empfohlen von" in choices[0].label
        referral = session.get(Referral, choices[0].id)
        engagement = es.create_from_referral(session, referral.id)
        assert engagement.source is ContactSource.REFERRAL
        assert engagement.referred_by_id == referral.giver_id
        assert engagement.referral_id == referral.id
        assert engagement.contact_id == referral.recipient_id
        assert engagement.need == referral.need
        assert referral.id not in [c.id for c in es.open_incoming_referrals(session)]
        outgoing = session.scalars(
            select(Referral).where(Referral.direction == ReferralDirection.OUTGOING)
        ).first()
        with pytest.raises(UserError, match="eingehende"):
            es.create_from_referral(session, outgoing.id)


def test_meeting_capture_and_optimistic_locking(db: Database) -> None:
    with db.session() as session:
        giver = _contact(session, "Thomas Brandt")
        prospect = _contact(session)
        engagement = es.create_engagement(session, prospect.id)
        version = engagement.version
        data = es.MeetingData(
            title="Marke",
            source=ContactSource.REFERRAL,
            referred_by_id=giver.id,
            prior_knowledge=PriorKnowledge.BLOG,
            first_meeting_at=dt.datetime(2026, 12, 1, 14, 30, 12),
            problem="  Keiner versteht das Angebot  ",
            frustrations="Rückfragen",
            wishes="Klarheit",
            expectation_fit=ExpectationFit.UNCLEAR,
            handout_show_referrer=True,
        )
        saved = es.update_meeting(session, engagement.id, data, expected_version=version)
        assert saved.problem == "Keiner versteht das Angebot"
        assert saved.first_meeting_at == dt.datetime(2026, 12, 1, 14, 30)
        assert saved.referred_by_id == giver.id and saved.handout_show_referrer
        assert es.MeetingData.from_engagement(saved).prior_knowledge is PriorKnowledge.BLOG
        with pytest.raises(ConflictError):
            es.update_meeting(session, engagement.id, data, expected_version=version)
        # Not referred: the giver and the referrer line go away.
        plain = es.update_meeting(
            session,
            engagement.id,
            es.MeetingData(
                source=ContactSource.BLOG, referred_by_id=giver.id, handout_show_referrer=True
            ),
        )
        assert plain.referred_by_id is None and not plain.handout_show_referrer
        with pytest.raises(ValidationError) as info:
            es.update_meeting(session, engagement.id, es.MeetingData(title="x" * 201))
        assert "title" in info.value.fields


def test_status_flow_sets_dates(db: Database) -> None:
    with db.session() as session:
        engagement = es.create_engagement(session, _contact(session).id)
        day = dt.date(2026, 11, 1)
        es.change_status(session, engagement.id, E.FIRST_MEETING, today=day)
        es.change_status(session, engagement.id, E.ACTIVE, today=day)
        assert engagement.started_on == day and engagement.ended_on is None
        es.change_status(session, engagement.id, E.COMPLETED, today=day + dt.timedelta(days=9))
        assert engagement.ended_on == day + dt.timedelta(days=9)
        es.change_status(session, engagement.id, E.ACTIVE, today=day + dt.timedelta(days=10))
        assert engagement.ended_on is None and engagement.started_on == day
        with pytest.raises(UserError, match="Von „Laufend“"):
            es.change_status(session, engagement.id, E.REQUEST, today=DEMO_TODAY)
        with pytest.raises(ConflictError):
            es.change_status(
                session, engagement.id, E.COMPLETED, expected_version=1, today=DEMO_TODAY
            )


def test_decline_and_refer_creates_an_outgoing_referral(db: Database) -> None:
    with db.session() as session:
        prospect = _contact(session)
        engagement = es.create_engagement(session, prospect.id)
        engagement.need = "SEO für den Onlineshop"
        engagement.wishes = "schnell"
        session.flush()
        referral = es.decline_and_refer(
            session,
            engagement.id,
            ReferralReason.COMPETENCE,
            "SEO ist nicht mein Gebiet",
            expected_version=engagement.version,
            today=DEMO_TODAY,
        )
        assert engagement.status is E.REFERRED and engagement.ended_on == DEMO_TODAY
        assert engagement.onward_referral_id == referral.id
        assert referral.direction is ReferralDirection.OUTGOING
        assert referral.status is ReferralStatus.RECORDED
        assert referral.recipient_id == prospect.id and referral.giver_id is None
        assert referral.need == "SEO für den Onlineshop"
        assert referral.reason is ReferralReason.COMPETENCE
        assert referral.events[0].note.startswith(es.ONWARD_EVENT_NOTE)
        with pytest.raises(UserError):
            es.decline_and_refer(session, engagement.id, ReferralReason.OTHER, today=DEMO_TODAY)


def test_mark_sent_and_dict(demo_db: Database) -> None:
    with demo_db.session() as session:
        engagement = session.scalars(select(Engagement).order_by(Engagement.id)).first()
        es.mark_handout_sent(session, engagement.id, dt.datetime(2026, 11, 22, 8, 0))
        data = engagement_to_dict(engagement)
    assert {
        "id",
        "contact_id",
        "status",
        "first_meeting_on",
        "first_meeting_at",
        "title",
        "source",
        "expectation_fit",
        "handout_sent_at",
    } <= set(data)
    assert data["handout_sent_at"] == "2026-11-22T08:00:00"
    assert data["status"] in {s.value for s in E}
    assert isinstance(data["id"], int)


def test_search_finds_person_title_and_need(demo_db: Database) -> None:
    with demo_db.reader() as session:
        by_name = es.fetch_engagements(session, es.EngagementQuery(now=NOW, text="Vogt"))
        by_title = es.fetch_engagements(session, es.EngagementQuery(now=NOW, text="Relaunch"))
        nothing = len(es.fetch_engagements(session, es.EngagementQuery(now=NOW, text="zzzz")))
    assert [r.contact_name for r in by_name] == ["Annika Vogt"]
    assert [r.contact_name for r in by_title] == ["Jana Schulte"]
    assert nothing == 0
