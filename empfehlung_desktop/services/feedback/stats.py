"""Feedback figures for a period, aggregated in SQL (fast with 10,000 feedbacks).

Python only sees a handful of grouped rows plus a capped number of quotes;
never one row per feedback.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from empfehlung_desktop.errors import UserError
from empfehlung_desktop.i18n import N_, _, translate
from empfehlung_desktop.model import (
    Contact,
    ContactSource,
    Engagement,
    ExpectationFit,
    Feedback,
    NetPromoterScore,
    PracticeProfile,
    PriorKnowledge,
    QuotePermission,
)
from empfehlung_desktop.model.feedback import classify_score
from empfehlung_desktop.services.feedback import questions as q

# Enough to read and choose from; the summary says when there are more.
QUOTES_PER_QUESTION = 40
MAX_TESTIMONIALS = 100

SOURCE_GROUPS: tuple[tuple[str, str], ...] = (
    ("referral", N_("Über Empfehlung")),
    ("read", N_("Blog/Website gelesen")),
    ("other", N_("Andere Wege")),
)


@dataclass(frozen=True)
class SourceFit:
    """How well expectations fitted for clients who came one way."""

    group: str
    label: str
    count: int
    fits: int
    fit_known: int
    expectations_avg: float | None

    @property
    def fit_share(self) -> float | None:
        """Share (0..1) of engagements whose expectations fitted, or None."""
        return self.fits / self.fit_known if self.fit_known else None


@dataclass(frozen=True)
class Quote:
    text: str
    name: str | None  # None: anonymous
    received_on: dt.date


@dataclass
class FeedbackStats:
    since: dt.date | None
    until: dt.date | None
    count: int
    nps: NetPromoterScore
    expectations_avg: float | None
    distribution: list[int]  # index = score 0..10
    source_fit: list[SourceFit]
    quotes: dict[str, list[Quote]] = field(default_factory=dict)
    quote_totals: dict[str, int] = field(default_factory=dict)
    testimonials: list[Quote] = field(default_factory=list)
    testimonials_total: int = 0


@dataclass(frozen=True)
class SummaryData:
    """What the summary PDF shows: the period's figures and whose practice it is."""

    stats: FeedbackStats
    practice_name: str


def summary_data(
    session: Session, since: dt.date | None = None, until: dt.date | None = None
) -> SummaryData:
    """The figures between ``since`` and ``until`` (inclusive) for the summary PDF."""
    if since is not None and until is not None and since > until:
        raise UserError(_("Der Zeitraum ist leer: „von“ liegt nach „bis“."))
    profile = session.get(PracticeProfile, 1)
    return SummaryData(collect_stats(session, since, until), profile.name if profile else "")


def _period(stmt: Any, since: dt.date | None, until: dt.date | None) -> Any:
    if since is not None:
        stmt = stmt.where(Feedback.received_on >= since)
    if until is not None:
        stmt = stmt.where(Feedback.received_on <= until)
    return stmt


def collect_stats(
    session: Session, since: dt.date | None = None, until: dt.date | None = None
) -> FeedbackStats:
    """All figures for the summary between ``since`` and ``until`` (inclusive)."""
    count, avg = session.execute(
        _period(select(func.count(Feedback.id), func.avg(Feedback.expectations_met)), since, until)
    ).one()
    distribution = [0] * 11
    rows = session.execute(
        _period(
            select(Feedback.recommend_score, func.count())
            .where(Feedback.recommend_score.is_not(None))
            .group_by(Feedback.recommend_score),
            since,
            until,
        )
    ).all()
    for score, number in rows:
        if 0 <= score <= 10:
            distribution[score] = int(number)
    groups = {"promoter": 0, "passive": 0, "detractor": 0}
    for score, number in enumerate(distribution):
        groups[classify_score(score)] += number
    stats = FeedbackStats(
        since=since,
        until=until,
        count=int(count or 0),
        nps=NetPromoterScore(groups["promoter"], groups["passive"], groups["detractor"]),
        expectations_avg=float(avg) if avg is not None else None,
        distribution=distribution,
        source_fit=_source_fit(session, since, until),
    )
    for question in q.TEXT_QUESTIONS:
        quotes, total = _quotes(session, getattr(Feedback, question.key), since, until)
        stats.quotes[question.key] = quotes
        stats.quote_totals[question.key] = total
    stats.testimonials, stats.testimonials_total = _testimonials(session, since, until)
    return stats


def _source_fit(session: Session, since: dt.date | None, until: dt.date | None) -> list[SourceFit]:
    read = (ContactSource.BLOG, ContactSource.WEBSITE)
    read_before = (PriorKnowledge.BLOG, PriorKnowledge.WEBSITE)
    group = case(
        (Engagement.source == ContactSource.REFERRAL, "referral"),
        (Engagement.source.in_(read) | Engagement.prior_knowledge.in_(read_before), "read"),
        else_="other",
    ).label("grp")
    fits = func.sum(case((Engagement.expectation_fit == ExpectationFit.FITS, 1), else_=0))
    stmt = _period(
        select(
            group,
            func.count(Feedback.id),
            fits,
            func.count(Engagement.expectation_fit),
            func.avg(Feedback.expectations_met),
        )
        .join(Engagement, Feedback.engagement_id == Engagement.id)
        .group_by(group),
        since,
        until,
    )
    found = {row[0]: row for row in session.execute(stmt).all()}
    result = []
    for key, source_label in SOURCE_GROUPS:
        label = translate(source_label)
        row = found.get(key)
        if row is None:
            result.append(SourceFit(key, label, 0, 0, 0, None))
            continue
        result.append(
            SourceFit(
                key,
                label,
                int(row[1]),
                int(row[2] or 0),
                int(row[3] or 0),
                float(row[4]) if row[4] is not None else None,
            )
        )
    return result


def _quotable(stmt: Any) -> Any:
    return stmt.where(Feedback.quote_permission != QuotePermission.NO)


def _quotes(
    session: Session, column: Any, since: dt.date | None, until: dt.date | None
) -> tuple[list[Quote], int]:
    """The newest quotable answers to one question, and how many there are."""
    answered = func.length(func.trim(column)) > 0
    base = _period(_quotable(select(func.count(Feedback.id)).where(answered)), since, until)
    total = int(session.execute(base).scalar_one())
    stmt = _period(
        _quotable(
            select(column, Feedback.quote_permission, Contact.name, Feedback.received_on)
            .join(Engagement, Feedback.engagement_id == Engagement.id)
            .join(Contact, Engagement.contact_id == Contact.id)
            .where(answered)
        ),
        since,
        until,
    ).order_by(Feedback.received_on.desc(), Feedback.id.desc())
    rows = session.execute(stmt.limit(QUOTES_PER_QUESTION)).all()
    return [_quote(text, permission, name, day) for text, permission, name, day in rows], total


def _quote(text: str, permission: QuotePermission, name: str, day: dt.date) -> Quote:
    # Anonymous answers never carry the name into a report.
    return Quote(text.strip(), name if permission is QuotePermission.NAMED else None, day)


def _testimonials(
    session: Session, since: dt.date | None, until: dt.date | None
) -> tuple[list[Quote], int]:
    approved = Feedback.testimonial_approved.is_(True)
    total = int(
        session.execute(
            _period(_quotable(select(func.count(Feedback.id)).where(approved)), since, until)
        ).scalar_one()
    )
    stmt = _period(
        _quotable(
            select(
                Feedback.testimonial_text,
                Feedback.quote_permission,
                Contact.name,
                Feedback.received_on,
            )
            .join(Engagement, Feedback.engagement_id == Engagement.id)
            .join(Contact, Engagement.contact_id == Contact.id)
            .where(approved, func.length(func.trim(Feedback.testimonial_text)) > 0)
        ),
        since,
        until,
    ).order_by(Feedback.received_on.desc(), Feedback.id.desc())
    rows = session.execute(stmt.limit(MAX_TESTIMONIALS)).all()
    return [_quote(text, permission, name, day) for text, permission, name, day in rows], total
