"""Everything entered can be corrected, with the same date rules as when it was entered."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from empfehlung_desktop.errors import ConflictError, UserError, ValidationError
from empfehlung_desktop.model import (
    ActivityKind,
    Contact,
    ContactInitiative,
    Engagement,
    EngagementStatus,
    Feedback,
    QuotePermission,
    ReferralDirection,
    ReferralOutcome,
    ReferralReason,
    ReferralStatus,
    Role,
)
from empfehlung_desktop.services.contacts import activities as act
from empfehlung_desktop.services.contacts import contacts as cs
from empfehlung_desktop.services.engagements import dates as engagement_dates
from empfehlung_desktop.services.engagements import engagements as es
from empfehlung_desktop.services.feedback import corrections as fc
from empfehlung_desktop.services.feedback import removal as feedback_removal
from empfehlung_desktop.services.referrals import corrections as rc
from empfehlung_desktop.services.referrals import referrals as rs
from empfehlung_desktop.services.referrals import workflow as wf
from empfehlung_desktop.store.database import Database
from tests.conftest import DEMO_TODAY

D = ReferralDirection
S = ReferralStatus
DAY = DEMO_TODAY - dt.timedelta(days=60)
BASE = DEMO_TODAY - dt.timedelta(days=20)


def _d(day: int) -> dt.date:
    return BASE + dt.timedelta(days=day)


@pytest.fixture
def people(db: Database) -> dict[str, int]:
    ids = {}
    with db.session() as s:
        for key, name, roles in (
            ("giver", "Thomas Brandt", Role.CLIENT | Role.REFERRER),
            ("client", "Hannah Schäfer", Role.CLIENT),
            ("other", "Käthe Groß", Role.CLIENT),
            ("partner", "Mareike Jansen", Role.PARTNER),
        ):
            ids[key] = cs.create_contact(
                s, cs.ContactData(name=name, roles=roles), today=DEMO_TODAY
            ).id
    return ids


def _outgoing(db: Database, people: dict[str, int]) -> int:
    with db.session() as s:
        data = rs.ReferralData(
            direction=D.OUTGOING,
            recipient_id=people["client"],
            need="Gründung",
            reason=ReferralReason.CAPACITY,
            referred_on=DAY,
        )
        rid = rs.create_referral(s, data, today=DEMO_TODAY).id
        wf.record_consent(s, rid, True, DAY + dt.timedelta(2), "mündlich")
        wf.ask_partner(s, rid, people["partner"], on=DAY + dt.timedelta(5))
    return rid


def test_referral_details_are_corrected_within_the_date_rules(
    db: Database, people: dict[str, int]
) -> None:
    rid = _outgoing(db, people)
    with db.reader() as s:
        referral = rs.get_referral(s, rid)
        data, version = rc.data_of(referral), referral.version
    data.recipient_id = people["other"]
    data.need = "  Nachfolge  "
    data.referred_on = DAY + dt.timedelta(3)  # after the consent (step 1)
    with pytest.raises(ValidationError, match="ersten Schritt"), db.session() as s:
        rc.update_referral(s, rid, data, today=DEMO_TODAY, expected_version=version)
    data.referred_on = DAY - dt.timedelta(1)
    with db.session() as s:
        rc.update_referral(s, rid, data, today=DEMO_TODAY, expected_version=version)
    with db.reader() as s:
        referral = rs.get_referral(s, rid)
        assert referral.recipient_id == people["other"] and referral.need == "Nachfolge"
        assert referral.events[0].occurred_on == DAY - dt.timedelta(1)
        assert referral.status is S.PARTNER_ASKED
    with pytest.raises(ConflictError), db.session() as s:
        rc.update_referral(s, rid, data, today=DEMO_TODAY, expected_version=version)


def test_a_step_date_stays_between_its_neighbours_and_not_in_the_future(
    db: Database, people: dict[str, int]
) -> None:
    rid = _outgoing(db, people)
    with db.reader() as s:
        referral = rs.get_referral(s, rid)
        consent = next(e for e in referral.events if e.to_status is S.NEED_CLARIFIED)
        event_id, version = consent.id, referral.version
    for wrong, words in (
        (DAY - dt.timedelta(1), "vor der Empfehlung"),
        (DAY + dt.timedelta(6), "nach dem Schritt danach"),
    ):
        with pytest.raises(ValidationError, match=words), db.session() as s:
            rc.correct_step(s, rid, event_id, wrong, "", today=DEMO_TODAY)
    with db.session() as s:
        rc.correct_step(
            s,
            rid,
            event_id,
            DAY + dt.timedelta(4),
            " per Mail ",
            today=DEMO_TODAY,
            expected_version=version,
        )
    with db.reader() as s:
        referral = rs.get_referral(s, rid)
        assert referral.consent_on == DAY + dt.timedelta(4)
        assert referral.version > version
        step = next(e for e in referral.events if e.id == event_id)
        assert step.note == "per Mail"
        last = next(e for e in referral.events if e.to_status is S.PARTNER_ASKED)
    with pytest.raises(ValidationError, match="Zukunft"), db.session() as s:
        rc.correct_step(s, rid, last.id, DEMO_TODAY + dt.timedelta(1), "", today=DEMO_TODAY)
    with pytest.raises(ValidationError, match="vor dem Schritt davor"), db.session() as s:
        rc.correct_step(s, rid, last.id, DAY + dt.timedelta(3), "", today=DEMO_TODAY)
    with pytest.raises(ConflictError), db.session() as s:
        rc.correct_step(
            s, rid, last.id, DAY + dt.timedelta(6), "", today=DEMO_TODAY, expected_version=version
        )


def test_deleting_the_last_steps_goes_back_one_status_at_a_time(
    db: Database, people: dict[str, int]
) -> None:
    rid = _outgoing(db, people)
    with db.session() as s:
        wf.advance(s, rid, S.PARTNER_ACCEPTED, on=DAY + dt.timedelta(6))
        wf.match(
            s, rid, ContactInitiative.PARTNER_CONTACTS_RECIPIENT, None, on=DAY + dt.timedelta(7)
        )
        wf.close(s, rid, ReferralOutcome.WON, on=DAY + dt.timedelta(8))
    expected = [
        (S.MATCHED, lambda r: r.outcome is None),
        (S.PARTNER_ACCEPTED, lambda r: r.initiative is None and r.follow_up_on is None),
        (S.PARTNER_ASKED, lambda r: True),
        (S.NEED_CLARIFIED, lambda r: True),
        (S.RECORDED, lambda r: r.consent_given is None and r.consent_on is None),
    ]
    for status, check in expected:
        with db.session() as s:
            referral = rc.delete_last_step(s, rid)
            assert referral.status is status and check(referral)
    with pytest.raises(UserError, match="keinen Schritt"), db.session() as s:
        rc.delete_last_step(s, rid)
    # The referral can walk the steps again.
    with db.session() as s:
        assert wf.record_consent(s, rid, False, DAY, "Telefon").status is S.NEED_CLARIFIED


def test_deleting_the_thanks_clears_it(db: Database, people: dict[str, int]) -> None:
    with db.session() as s:
        data = rs.ReferralData(
            direction=D.INCOMING,
            giver_id=people["giver"],
            recipient_id=people["client"],
            temperature=3,
            referred_on=DAY,
        )
        rid = rs.create_referral(s, data, today=DEMO_TODAY).id
        wf.thank_giver(s, rid, on=DAY, note="Karte")
    with db.session() as s:
        referral = rc.delete_last_step(s, rid)
        assert referral.thanked_on is None and referral.status is S.RECEIVED


def test_engagement_is_not_completed_before_its_first_meeting(db: Database) -> None:
    with db.session() as s:
        contact = Contact(name="Łucja Dvořák", sort_name="lucja dvorak")
        s.add(contact)
        s.flush()
        engagement = es.create_engagement(
            s, contact.id, first_meeting_at=dt.datetime.combine(_d(10), dt.time(10, 0))
        )
        es.change_status(s, engagement.id, EngagementStatus.ACTIVE, today=_d(1))
        with pytest.raises(ValidationError, match="Erstgespräch"):
            es.change_status(s, engagement.id, EngagementStatus.COMPLETED, today=_d(5))
        es.change_status(s, engagement.id, EngagementStatus.COMPLETED, today=DEMO_TODAY)
        eid, version = engagement.id, engagement.version
    for started, ended, field in (
        (_d(1), _d(9), "ended_on"),
        (_d(12), _d(11), "ended_on"),
        (_d(1), DEMO_TODAY + dt.timedelta(1), "ended_on"),
        (DEMO_TODAY + dt.timedelta(1), DEMO_TODAY, "started_on"),
    ):
        with pytest.raises(ValidationError) as info, db.session() as s:
            engagement_dates.correct_dates(s, eid, started, ended, today=DEMO_TODAY)
        assert field in info.value.fields
    with db.session() as s:
        engagement_dates.correct_dates(
            s,
            eid,
            _d(10),
            _d(15),
            today=DEMO_TODAY,
            expected_version=version,
        )
    with pytest.raises(ConflictError), db.session() as s:
        engagement_dates.correct_dates(
            s, eid, None, None, today=DEMO_TODAY, expected_version=version
        )
    with db.reader() as s:
        saved = s.get(Engagement, eid)
        assert saved is not None and saved.ended_on == _d(15)
    # Moving the first meeting after the end is refused too.
    with pytest.raises(ValidationError, match="Erstgespräch"), db.session() as s:
        data = es.MeetingData.from_engagement(s.get(Engagement, eid))  # type: ignore[arg-type]
        data.first_meeting_at = dt.datetime.combine(_d(16), dt.time(9, 0))
        es.update_meeting(s, eid, data)


def test_feedback_is_corrected_with_the_entry_checks(demo_db: Database) -> None:
    with demo_db.reader() as s:
        feedback = s.scalars(select(Feedback)).first()
        assert feedback is not None
        fid, version = feedback.id, feedback.version
        data = fc.data_of(feedback)
    with pytest.raises(ValidationError, match="Zukunft"), demo_db.session() as s:
        fc.update_feedback(
            s, fid, fc.replace(data, received_on=DEMO_TODAY + dt.timedelta(1)), today=DEMO_TODAY
        )
    with pytest.raises(ValidationError, match="0 bis 10"), demo_db.session() as s:
        fc.update_feedback(s, fid, fc.replace(data, recommend_score=11), today=DEMO_TODAY)
    changed = fc.replace(
        data, recommend_score=4, quote_permission=QuotePermission.NO, received_on=DEMO_TODAY
    )
    with demo_db.session() as s:
        fc.update_feedback(s, fid, changed, today=DEMO_TODAY, expected_version=version)
    with demo_db.reader() as s:
        saved = s.get(Feedback, fid)
        assert saved is not None and saved.recommend_score == 4
        assert not saved.testimonial_approved
        assert saved.engagement.feedback_received_on == DEMO_TODAY
    with pytest.raises(ConflictError), demo_db.session() as s:
        fc.update_feedback(s, fid, changed, today=DEMO_TODAY, expected_version=version)
    with pytest.raises(ConflictError), demo_db.session() as s:
        feedback_removal.delete_feedback(s, fid, expected_version=version)


def test_activity_is_corrected_and_not_dated_in_the_future(
    db: Database, people: dict[str, int]
) -> None:
    with db.session() as s:
        aid = act.add_activity(
            s, people["client"], ActivityKind.CALL, DAY, "kurz", today=DEMO_TODAY
        ).id
    with pytest.raises(ValidationError, match="Zukunft"), db.session() as s:
        act.update_activity(
            s, aid, ActivityKind.CALL, DEMO_TODAY + dt.timedelta(1), today=DEMO_TODAY
        )
    with db.session() as s:
        act.update_activity(
            s, aid, ActivityKind.EMAIL, DAY + dt.timedelta(1), " lang ", today=DEMO_TODAY
        )
    with db.reader() as s:
        row = act.get_activity(s, aid)
        assert (row.kind, row.occurred_on, row.text) == (
            ActivityKind.EMAIL,
            DAY + dt.timedelta(1),
            "lang",
        )
        assert act.last_contact_on(s, people["client"]) == DAY + dt.timedelta(1)


def test_a_deleted_referral_comes_back_with_history_and_links(demo_db: Database) -> None:
    from empfehlung_desktop.model import Referral, ReferralEvent
    from empfehlung_desktop.services.referrals import restore

    with demo_db.session() as s:
        incoming = s.scalars(
            select(Referral).where(Referral.direction == ReferralDirection.INCOMING)
        ).first()
        assert incoming is not None
        rid = incoming.id
        eid = es.create_from_referral(s, rid).id
        events = len(incoming.events)
    with demo_db.session() as s:
        snapshot = restore.snapshot_referral(s, rid)
        rs.delete_referral(s, rid)
    with demo_db.session() as s:
        restore.restore_referral(s, snapshot)
    with demo_db.reader() as s:
        back = rs.get_referral(s, rid)
        assert len(back.events) == events and back.need == snapshot.referral["need"]
        assert s.get(Engagement, eid).referral_id == rid  # type: ignore[union-attr]
        assert s.scalar(select(ReferralEvent.id).where(ReferralEvent.referral_id == rid))
    with pytest.raises(ConflictError), demo_db.session() as s:
        restore.restore_referral(s, snapshot)


def test_a_deleted_feedback_comes_back(demo_db: Database) -> None:
    with demo_db.reader() as s:
        feedback = s.scalars(select(Feedback)).first()
        assert feedback is not None
        fid, eid, day = feedback.id, feedback.engagement_id, feedback.received_on
    with demo_db.session() as s:
        values = fc.snapshot_feedback(s, fid)
        feedback_removal.delete_feedback(s, fid)
    with demo_db.session() as s:
        fc.restore_feedback(s, values)
    with demo_db.reader() as s:
        assert s.get(Feedback, fid) is not None
        assert s.get(Engagement, eid).feedback_received_on == day  # type: ignore[union-attr]
