"""Each rule of the daily list: due vs not due, snoozed, done, erased, dissatisfied."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from empfehlung_desktop.clock import utc_now
from empfehlung_desktop.errors import ValidationError
from empfehlung_desktop.model import (
    AgendaKind,
    AskResult,
    Contact,
    Engagement,
    EngagementStatus,
    Feedback,
    Referral,
    ReferralAsk,
    ReferralDirection,
    ReferralOutcome,
    ReferralStatus,
    SpiralStage,
    SpiralStep,
    sort_key,
)
from empfehlung_desktop.services import settings
from empfehlung_desktop.services.today import today
from empfehlung_desktop.store.database import Database
from tests.conftest import DEMO_TODAY

TODAY = dt.date(2026, 11, 22)
NOW = dt.datetime(2026, 11, 22, 9, 0)
K = AgendaKind


def day(offset: int) -> dt.date:
    return TODAY + dt.timedelta(days=offset)


def person(s: Session, name: str, stage: SpiralStage | None = None, **kw: object) -> Contact:
    contact = Contact(name=name, sort_name=sort_key(name), spiral_stage=stage, **kw)
    s.add(contact)
    s.flush()
    return contact


def items(db: Database, kind: AgendaKind, on: dt.date = TODAY) -> list[today.AgendaItem]:
    with db.reader() as s:
        return today.compute(s, on, now=dt.datetime.combine(on, dt.time(9)), kinds=(kind,)).items


def ids(db: Database, kind: AgendaKind, on: dt.date = TODAY) -> list[int]:
    return [item.subject_id for item in items(db, kind, on)]


# -- follow-ups ---------------------------------------------------------------


def outgoing(s: Session, status: ReferralStatus, follow_up: int | None, **kw: object) -> int:
    recipient = person(s, "Rita Empfängerin")
    partner = person(s, "Paul Partner")
    referral = Referral(
        direction=kw.pop("direction", ReferralDirection.OUTGOING),
        status=status,
        recipient_id=recipient.id,
        recommended_id=partner.id,
        referred_on=day(-30),
        follow_up_on=day(follow_up) if follow_up is not None else None,
        **kw,
    )
    s.add(referral)
    s.flush()
    return referral.id


def test_follow_up_due_on_and_after_its_date_only(db: Database) -> None:
    with db.session() as s:
        due_today = outgoing(s, ReferralStatus.MATCHED, 0)
        overdue = outgoing(s, ReferralStatus.CONTACTED, -5)
        intro = outgoing(s, ReferralStatus.MATCHED, -1, direction=ReferralDirection.INTRODUCTION)
        outgoing(s, ReferralStatus.MATCHED, 1)  # tomorrow
        outgoing(s, ReferralStatus.PARTNER_ASKED, -3)  # not matched yet
        outgoing(s, ReferralStatus.MATCHED, -3, followed_up_on=day(-1))
        outgoing(s, ReferralStatus.MATCHED, None)
    assert ids(db, K.FOLLOW_UP) == [overdue, intro, due_today]
    item = items(db, K.FOLLOW_UP)[0]
    assert "Rita Empfängerin" in item.text and "Paul Partner" in item.text
    assert "23.10.2026" in item.text and item.due_on == day(-5)


def test_follow_up_done_sets_followed_up_on_and_outcome(db: Database) -> None:
    with db.session() as s:
        rid = outgoing(s, ReferralStatus.MATCHED, -1)
    with db.session() as s:
        today.complete(
            s, K.FOLLOW_UP, rid, TODAY, outcome=ReferralOutcome.WON, note="Alles gut gelaufen"
        )
    assert ids(db, K.FOLLOW_UP) == []
    with db.reader() as s:
        referral = s.get(Referral, rid)
        assert referral is not None
        assert referral.followed_up_on == TODAY and referral.outcome is ReferralOutcome.WON
        assert "Alles gut gelaufen" in referral.events[-1].note


def test_erased_recipient_is_not_listed(db: Database) -> None:
    with db.session() as s:
        rid = outgoing(s, ReferralStatus.MATCHED, -1)
        s.get(Referral, rid).recipient.erased_at = utc_now()  # type: ignore[union-attr]
    assert ids(db, K.FOLLOW_UP) == []


# -- thanks -------------------------------------------------------------------


def incoming(
    s: Session, status: ReferralStatus, giver: str | None = "Gerd Geber", **kw: object
) -> int:
    giver_id = person(s, giver).id if giver else None
    referral = Referral(
        direction=ReferralDirection.INCOMING,
        status=status,
        giver_id=giver_id,
        recipient_id=person(s, "Nina Neukundin").id,
        referred_on=kw.pop("referred_on", day(-2)),
        **kw,
    )
    s.add(referral)
    s.flush()
    return referral.id


def test_thank_referrer_until_thanked(db: Database) -> None:
    with db.session() as s:
        new = incoming(s, ReferralStatus.RECEIVED)
        won = incoming(s, ReferralStatus.WON, referred_on=day(-40))
        incoming(s, ReferralStatus.RECEIVED, thanked_on=day(-1))
        incoming(s, ReferralStatus.WITHDRAWN)
        incoming(s, ReferralStatus.RECEIVED, giver=None)
    assert ids(db, K.THANK_REFERRER) == [won, new]
    item = items(db, K.THANK_REFERRER)[1]
    assert item.due_on == day(1)  # referred_on + 3 days
    assert "Gerd Geber" in item.text and "Nina Neukundin" in item.text
    with db.session() as s:
        today.complete(s, K.THANK_REFERRER, new, TODAY, note="Blumen")
    assert ids(db, K.THANK_REFERRER) == [won]
    with db.reader() as s:
        referral = s.get(Referral, new)
        assert referral is not None and referral.thanked_on == TODAY
        assert referral.thanks_note == "Blumen"


def test_snoozed_item_returns_on_its_date_and_done_marker_hides(db: Database) -> None:
    with db.session() as s:
        rid = incoming(s, ReferralStatus.RECEIVED)
    with db.session() as s:
        today.snooze(s, K.THANK_REFERRER, rid, day(7), TODAY)
    assert ids(db, K.THANK_REFERRER) == []
    assert ids(db, K.THANK_REFERRER, day(6)) == []
    assert ids(db, K.THANK_REFERRER, day(7)) == [rid]
    with pytest.raises(ValidationError), db.session() as s:
        today.snooze(s, K.THANK_REFERRER, rid, TODAY, TODAY)


# -- handouts -----------------------------------------------------------------


def engagement(
    s: Session, status: EngagementStatus, name: str = "Erik Erstgespräch", **kw: object
) -> int:
    e = Engagement(contact_id=person(s, name).id, status=status, title="Markenworkshop", **kw)
    s.add(e)
    s.flush()
    return e.id


def test_send_handout_for_meetings_in_the_window(db: Database) -> None:
    at = dt.datetime.combine
    with db.session() as s:
        soon = engagement(
            s, EngagementStatus.FIRST_MEETING, first_meeting_at=at(day(3), dt.time(14))
        )
        last = engagement(s, EngagementStatus.REQUEST, first_meeting_at=at(day(7), dt.time(18)))
        engagement(s, EngagementStatus.REQUEST, first_meeting_at=at(day(8), dt.time(8)))
        engagement(s, EngagementStatus.REQUEST, first_meeting_at=at(day(-1), dt.time(8)))
        engagement(
            s,
            EngagementStatus.FIRST_MEETING,
            first_meeting_at=at(day(2), dt.time(8)),
            handout_sent_at=utc_now(),
        )
        engagement(s, EngagementStatus.ACTIVE, first_meeting_at=at(day(2), dt.time(8)))
    assert ids(db, K.SEND_HANDOUT) == [soon, last]
    assert "25.11.2026 um 14:00 Uhr" in items(db, K.SEND_HANDOUT)[0].text
    with db.session() as s:
        today.complete(s, K.SEND_HANDOUT, soon, TODAY)
    assert ids(db, K.SEND_HANDOUT) == [last]


def test_handout_window_is_a_setting(db: Database) -> None:
    with db.session() as s:
        far = engagement(
            s,
            EngagementStatus.REQUEST,
            first_meeting_at=dt.datetime.combine(day(12), dt.time(8)),
        )
    assert ids(db, K.SEND_HANDOUT) == []
    with db.session() as s:
        settings.set_value(s, "today.handout_days_ahead", 14)
    assert ids(db, K.SEND_HANDOUT) == [far]


# -- feedback -----------------------------------------------------------------


def test_request_feedback_after_the_window_and_reminder(db: Database) -> None:
    done = EngagementStatus.COMPLETED
    with db.session() as s:
        due = engagement(s, done, ended_on=day(-7))
        engagement(s, done, ended_on=day(-6))  # too fresh
        engagement(s, EngagementStatus.ACTIVE, ended_on=day(-30))
        with_feedback = engagement(s, done, ended_on=day(-30))
        s.add(Feedback(engagement_id=with_feedback, received_on=day(-20), recommend_score=9))
        old_request = engagement(s, done, ended_on=day(-60), feedback_requested_on=day(-21))
        engagement(s, done, ended_on=day(-60), feedback_requested_on=day(-20))
    assert ids(db, K.REQUEST_FEEDBACK) == [old_request, due]
    reminder = items(db, K.REQUEST_FEEDBACK)[0]
    assert "erinnern" in reminder.text and "01.11.2026" in reminder.text
    with db.session() as s:
        today.complete(s, K.REQUEST_FEEDBACK, due, TODAY)
    assert ids(db, K.REQUEST_FEEDBACK) == [old_request]
    with db.reader() as s:
        e = s.get(Engagement, due)
        assert e is not None and e.feedback_requested_on == TODAY


# -- asking for referrals ------------------------------------------------------


def test_ask_for_referral_by_stage_and_last_ask(db: Database) -> None:
    with db.session() as s:
        sympathy = person(s, "Anna Sympathie", SpiralStage.SYMPATHY).id
        loyal = person(s, "Bert Loyal", SpiralStage.LOYALTY).id
        person(s, "Carl Zufrieden", SpiralStage.SATISFACTION)
        person(s, "Dora Unzufrieden", SpiralStage.DISSATISFIED)
        person(s, "Emil Gelöscht", SpiralStage.LOYALTY, erased_at=utc_now())
        asked_long_ago = person(s, "Fritz Begeistert", SpiralStage.ENTHUSIASM).id
        s.add(ReferralAsk(contact_id=asked_long_ago, asked_on=day(-91), result=AskResult.NOT_NOW))
        recent = person(s, "Gina Gefragt", SpiralStage.ENTHUSIASM).id
        s.add(ReferralAsk(contact_id=recent, asked_on=day(-30), result=AskResult.PROMISED))
    # Never asked first (by name), then the longest ago.
    assert ids(db, K.ASK_FOR_REFERRAL) == [sympathy, loyal, asked_long_ago]
    fritz = items(db, K.ASK_FOR_REFERRAL)[2]
    assert fritz.due_on == day(-1) and "zuletzt gefragt am 23.08.2026" in fritz.text


def test_recording_an_ask_needs_a_result_and_takes_them_off(db: Database) -> None:
    with db.session() as s:
        cid = person(s, "Anna Sympathie", SpiralStage.SYMPATHY).id
    with pytest.raises(ValidationError), db.session() as s:
        today.complete(s, K.ASK_FOR_REFERRAL, cid, TODAY)
    with db.session() as s:
        today.complete(s, K.ASK_FOR_REFERRAL, cid, TODAY, result=AskResult.PROMISED, note="Ja")
    assert ids(db, K.ASK_FOR_REFERRAL) == []
    assert ids(db, K.ASK_FOR_REFERRAL, day(91)) == [cid]
    with db.reader() as s:
        ask = s.scalars(select(ReferralAsk)).one()
        assert (ask.asked_on, ask.result, ask.note) == (TODAY, AskResult.PROMISED, "Ja")


def test_poor_feedback_since_the_last_stage_change_blocks_asking(db: Database) -> None:
    with db.session() as s:
        cid = person(s, "Anna Sympathie", SpiralStage.SYMPATHY).id
        s.add(SpiralStep(contact_id=cid, changed_on=day(-100), stage=SpiralStage.SYMPATHY))
        e = Engagement(contact_id=cid, status=EngagementStatus.COMPLETED, ended_on=day(-20))
        s.add(e)
        s.flush()
        s.add(Feedback(engagement_id=e.id, received_on=day(-10), recommend_score=3))
    assert ids(db, K.ASK_FOR_REFERRAL) == []
    # A deliberate stage change after the feedback makes them askable again.
    with db.session() as s:
        s.add(SpiralStep(contact_id=cid, changed_on=day(-1), stage=SpiralStage.SYMPATHY))
    assert ids(db, K.ASK_FOR_REFERRAL) == [cid]


def test_snoozed_ask_and_counts(db: Database) -> None:
    with db.session() as s:
        a = person(s, "Anna", SpiralStage.SYMPATHY).id
        person(s, "Bert", SpiralStage.LOYALTY)
        today.snooze(s, K.ASK_FOR_REFERRAL, a, day(3), TODAY)
    with db.reader() as s:
        agenda = today.compute(s, TODAY, now=NOW, limit_per_kind=0)
        assert agenda.items == [] and agenda.counts[K.ASK_FOR_REFERRAL] == 1
        assert today.count_due(s, TODAY) == 1
        assert today.count_due(s, day(3)) == 2


def test_demo_has_all_five_kinds(demo_db: Database) -> None:

    with demo_db.reader() as s:
        agenda = today.compute(s, DEMO_TODAY, now=dt.datetime.combine(DEMO_TODAY, dt.time(8)))
    kinds = {item.kind for item in agenda.items}
    five = {K.FOLLOW_UP, K.THANK_REFERRER, K.SEND_HANDOUT, K.REQUEST_FEEDBACK, K.ASK_FOR_REFERRAL}
    assert five <= kinds
    assert agenda.total == len(agenda.items)
    data = agenda.items[0].to_dict(agenda.today)
    assert set(data) >= {"kind", "due_on", "contact_id", "text", "subject_id"}
