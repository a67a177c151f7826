"""Figures behind the "Überblick" charts."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from empfehlung_desktop.clock import utc_now
from empfehlung_desktop.model import (
    Contact,
    ContactSource,
    Engagement,
    EngagementStatus,
    ExpectationFit,
    Referral,
    ReferralDirection,
    ReferralStatus,
    SpiralStage,
    sort_key,
)
from empfehlung_desktop.services.today import overview as ov
from empfehlung_desktop.store.database import Database
from tests.conftest import DEMO_TODAY

TODAY = dt.date(2026, 11, 22)


def person(s: Session, name: str, **kw: object) -> int:
    c = Contact(name=name, sort_name=sort_key(name), **kw)
    s.add(c)
    s.flush()
    return c.id


def test_named_periods() -> None:
    assert ov.Period.named("last_12_months", TODAY) == ov.Period(dt.date(2025, 11, 23), TODAY)
    assert ov.Period.named("this_year", TODAY) == ov.Period(dt.date(2026, 1, 1), TODAY)
    assert ov.Period.named("all", TODAY) == ov.Period()
    leap = ov.Period.named("last_12_months", dt.date(2028, 2, 29))
    assert leap.start == dt.date(2027, 3, 1)
    with pytest.raises(ValueError):
        ov.Period.named("gestern", TODAY)


def test_sources_and_fit_respect_the_period_and_erasure(db: Database) -> None:
    at = dt.datetime(2026, 6, 1, 10)
    with db.session() as s:
        a = person(s, "Anna")
        gone = person(s, "Weg", erased_at=utc_now())
        for source, fit, when, who in (
            (ContactSource.REFERRAL, ExpectationFit.DOES_NOT_FIT, at, a),
            (ContactSource.REFERRAL, ExpectationFit.FITS, at, a),
            (ContactSource.BLOG, ExpectationFit.FITS, at, a),
            (ContactSource.EVENT, ExpectationFit.UNCLEAR, at, a),
            (ContactSource.WEBSITE, None, dt.datetime(2024, 1, 1), a),
            (ContactSource.BLOG, ExpectationFit.FITS, at, gone),
        ):
            s.add(
                Engagement(
                    contact_id=who,
                    status=EngagementStatus.ACTIVE,
                    source=source,
                    expectation_fit=fit,
                    first_meeting_at=when,
                )
            )
    year = ov.Period.named("this_year", TODAY)
    with db.reader() as s:
        sources = ov.client_sources(s, year)
        assert sources[0] == (ContactSource.REFERRAL, 2)
        assert dict(sources) == {
            ContactSource.REFERRAL: 2,
            ContactSource.BLOG: 1,
            ContactSource.EVENT: 1,
        }
        assert dict(ov.client_sources(s, ov.Period()))[ContactSource.WEBSITE] == 1
        fit = ov.expectation_fit_by_source(s, year)
    assert fit["referral"][ExpectationFit.FITS] == 1
    assert fit["referral"][ExpectationFit.DOES_NOT_FIT] == 1
    assert fit["blog_website"][ExpectationFit.FITS] == 1
    assert fit["other"][ExpectationFit.UNCLEAR] == 1


def test_funnel_and_give_and_take(db: Database) -> None:
    with db.session() as s:
        giver = person(s, "Gerd")
        partner = person(s, "Paula")

        def ref(direction: ReferralDirection, status: ReferralStatus, **kw: object) -> None:
            s.add(Referral(direction=direction, status=status, referred_on=TODAY, **kw))

        inc = ReferralDirection.INCOMING
        ref(inc, ReferralStatus.RECEIVED, giver_id=giver)
        ref(inc, ReferralStatus.MEETING_ARRANGED, giver_id=giver)
        ref(inc, ReferralStatus.WON, giver_id=giver)
        ref(inc, ReferralStatus.WITHDRAWN, giver_id=giver)
        ref(ReferralDirection.OUTGOING, ReferralStatus.MATCHED, recommended_id=partner)
        ref(ReferralDirection.INTRODUCTION, ReferralStatus.CLOSED, recommended_id=giver)
    with db.reader() as s:
        assert ov.referral_funnel(s, ov.Period()) == ov.Funnel(3, 2, 1)
        assert ov.referral_funnel(s, ov.Period(end=TODAY - dt.timedelta(days=1))) == ov.Funnel(
            0, 0, 0
        )
        rows = ov.give_and_take(s, ov.Period())
    assert [(r.name, r.received_from, r.given_to) for r in rows] == [
        ("Gerd", 3, 1),
        ("Paula", 0, 1),
    ]


def test_spiral_funnel_on_the_demo(demo_db: Database) -> None:
    with demo_db.reader() as s:
        funnel = ov.spiral_funnel(s)
        sources = ov.client_sources(s, ov.Period.named("all", DEMO_TODAY))
    stages = [stage for stage, _ in funnel]
    assert stages[0] is SpiralStage.EXPECTATION and stages[-1] is SpiralStage.DISSATISFIED
    assert sum(1 for _, n in funnel if n) >= 4
    assert sources[0][0] is ContactSource.REFERRAL
