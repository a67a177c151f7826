"""Figures for the "Überblick" charts, aggregated in SQL (no Qt here).

Periods filter by the day a thing happened: engagements by their first meeting
(or, without one, when they were recorded), referrals by ``referred_on``. The
spiral funnel is always the current state of all contacts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from empfehlung_desktop.i18n import _
from empfehlung_desktop.model import (
    Contact,
    ContactSource,
    Engagement,
    ExpectationFit,
    Referral,
    ReferralDirection,
    ReferralEvent,
    ReferralOutcome,
    ReferralStatus,
    SpiralStage,
)
from empfehlung_desktop.model.spiral import POSITIVE_ORDER

PERIODS = ("last_12_months", "this_year", "all", "custom")


@dataclass(frozen=True)
class Period:
    """Inclusive day range; ``None`` means open on that side."""

    start: dt.date | None = None
    end: dt.date | None = None

    @classmethod
    def named(cls, name: str, today: dt.date) -> Period:
        if name == "last_12_months":
            try:
                start = today.replace(year=today.year - 1) + dt.timedelta(days=1)
            except ValueError:  # 29 February
                start = today.replace(year=today.year - 1, day=28) + dt.timedelta(days=1)
            return cls(start, today)
        if name == "this_year":
            return cls(dt.date(today.year, 1, 1), today)
        if name == "all":
            return cls()
        raise ValueError(_("Unbekannter Zeitraum „{name}“").format(name=name))

    def _bounds(self) -> tuple[dt.datetime | None, dt.datetime | None]:
        start = dt.datetime.combine(self.start, dt.time()) if self.start else None
        end = dt.datetime.combine(self.end + dt.timedelta(days=1), dt.time()) if self.end else None
        return start, end

    def dates(self, column: Any) -> list[Any]:
        """Conditions for a Date column."""
        conditions = []
        if self.start:
            conditions.append(column >= self.start)
        if self.end:
            conditions.append(column <= self.end)
        return conditions

    def datetimes(self, column: Any) -> list[Any]:
        """Conditions for a DateTime column (whole days)."""
        start, end = self._bounds()
        conditions = []
        if start:
            conditions.append(column >= start)
        if end:
            conditions.append(column < end)
        return conditions


def _engagement_day() -> Any:
    return func.coalesce(Engagement.first_meeting_at, Engagement.created_at)


def client_sources(session: Session, period: Period) -> list[tuple[ContactSource | None, int]]:
    """How many engagements came from each source, most first."""
    rows = session.execute(
        select(Engagement.source, func.count())
        .join(Contact, Contact.id == Engagement.contact_id)
        .where(Contact.erased_at.is_(None), *period.datetimes(_engagement_day()))
        .group_by(Engagement.source)
        .order_by(func.count().desc())
    ).all()
    return [(source, int(count)) for source, count in rows]


@dataclass(frozen=True)
class Funnel:
    received: int
    first_meeting: int
    won: int


def referral_funnel(session: Session, period: Period) -> Funnel:
    """Incoming referrals: received → first meeting → won."""
    met_event = (
        select(ReferralEvent.id)
        .where(
            ReferralEvent.referral_id == Referral.id,
            ReferralEvent.to_status == ReferralStatus.MEETING_ARRANGED,
        )
        .exists()
    )
    met_engagement = (
        select(Engagement.id)
        .where(Engagement.referral_id == Referral.id, Engagement.first_meeting_at.is_not(None))
        .exists()
    )
    won = or_(Referral.status == ReferralStatus.WON, Referral.outcome == ReferralOutcome.WON)
    met = or_(won, Referral.status == ReferralStatus.MEETING_ARRANGED, met_event, met_engagement)
    row = session.execute(
        select(
            func.count(),
            func.coalesce(func.sum(case((met, 1), else_=0)), 0),
            func.coalesce(func.sum(case((won, 1), else_=0)), 0),
        ).where(
            Referral.direction == ReferralDirection.INCOMING,
            Referral.status != ReferralStatus.WITHDRAWN,
            *period.dates(Referral.referred_on),
        )
    ).one()
    return Funnel(int(row[0]), int(row[1]), int(row[2]))


@dataclass(frozen=True)
class GiveAndTake:
    contact_id: int
    name: str
    received_from: int  # they recommended the practitioner
    given_to: int  # the practitioner recommended or introduced them


def give_and_take(session: Session, period: Period, limit: int = 10) -> list[GiveAndTake]:
    """Per network partner: referrals received from them vs given to them."""
    valid = [Referral.status != ReferralStatus.WITHDRAWN, *period.dates(Referral.referred_on)]
    received = (
        select(Referral.giver_id.label("cid"), func.count().label("n"))
        .where(Referral.direction == ReferralDirection.INCOMING, *valid)
        .group_by(Referral.giver_id)
        .subquery()
    )
    given = (
        select(Referral.recommended_id.label("cid"), func.count().label("n"))
        .where(
            Referral.direction.in_([ReferralDirection.OUTGOING, ReferralDirection.INTRODUCTION]),
            *valid,
        )
        .group_by(Referral.recommended_id)
        .subquery()
    )
    received_n = func.coalesce(received.c.n, 0)
    given_n = func.coalesce(given.c.n, 0)
    rows = session.execute(
        select(Contact.id, Contact.name, received_n, given_n)
        .outerjoin(received, received.c.cid == Contact.id)
        .outerjoin(given, given.c.cid == Contact.id)
        .where(Contact.erased_at.is_(None), or_(received.c.n > 0, given.c.n > 0))
        .order_by((received_n + given_n).desc(), Contact.sort_name)
        .limit(limit)
    ).all()
    return [GiveAndTake(int(a), b, int(c), int(d)) for a, b, c, d in rows]


def spiral_funnel(session: Session) -> list[tuple[SpiralStage, int]]:
    """Contacts per stage (current state), positive stages in order, then the negative one."""
    counts = dict(
        session.execute(
            select(Contact.spiral_stage, func.count())
            .where(Contact.erased_at.is_(None), Contact.spiral_stage.is_not(None))
            .group_by(Contact.spiral_stage)
        ).all()
    )
    order = (*POSITIVE_ORDER, SpiralStage.DISSATISFIED)
    return [(stage, int(counts.get(stage, 0))) for stage in order]


SOURCE_GROUPS = ("referral", "blog_website", "other")


def expectation_fit_by_source(
    session: Session, period: Period
) -> dict[str, dict[ExpectationFit, int]]:
    """Expectation fit of engagements per source group: referral, blog/website, other."""
    group = case(
        (Engagement.source == ContactSource.REFERRAL, "referral"),
        (Engagement.source.in_([ContactSource.BLOG, ContactSource.WEBSITE]), "blog_website"),
        else_="other",
    )
    rows = session.execute(
        select(group, Engagement.expectation_fit, func.count())
        .join(Contact, Contact.id == Engagement.contact_id)
        .where(
            Engagement.expectation_fit.is_not(None),
            Contact.erased_at.is_(None),
            *period.datetimes(_engagement_day()),
        )
        .group_by(group, Engagement.expectation_fit)
    ).all()
    result = {name: dict.fromkeys(ExpectationFit, 0) for name in SOURCE_GROUPS}
    for name, fit, count in rows:
        result[name][fit] = int(count)
    return result
