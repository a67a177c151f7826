"""Feedback figures for a period, aggregated in SQL (fast with 10,000 feedbacks).

Python only sees a handful of grouped rows plus a capped number of quotes;
never one row per feedback.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from empfehlung_desktop.errors import UserError
from empfehlung_desktop.i18n import N_, _, current_language, translate
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
from empfehlung_desktop.services.engagements.handout_data import safe_filename_part
from empfehlung_desktop.services.engagements.profile import profile_data
from empfehlung_desktop.services.feedback import questions as q
from empfehlung_desktop.services.feedback.themes import ReliableBenefit, reliable_benefit

T = TypeVar("T")

# Enough to read and choose from; the summary says when there are more.
QUOTES_PER_QUESTION = 8
MAX_TESTIMONIALS = 10
QUOTES_READ = 200
# What each NPS group said: the newest answers read (all of them up to this many),
# folded by near-duplicates, and at most ANSWERS_SHOWN per group in the PDF.
ANSWERS_READ = 3000
ANSWERS_SHOWN = 24
NPS_GROUPS = ("promoter", "passive", "detractor", "unrated")

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
    count: int = 1  # nearly identical quotes folded into this one


@dataclass
class Answer:
    """One answer (or several nearly identical ones) with the score beside it."""

    text: str
    question: str
    score: int | None
    received_on: dt.date
    count: int = 1
    score_range: tuple[int, int] | None = None  # lowest and highest score of a fold


@dataclass(frozen=True)
class TrendPoint:
    """NPS of one quarter."""

    year: int
    quarter: int
    answered: int
    nps: float | None


@dataclass(frozen=True)
class ResponseRate:
    """Questionnaires sent in the period and how many of them came back."""

    sent: int
    returned: int

    @property
    def share(self) -> float | None:
        return self.returned / self.sent if self.sent else None


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
    trend: list[TrendPoint] = field(default_factory=list)
    response: ResponseRate = field(default_factory=lambda: ResponseRate(0, 0))
    answers: dict[str, list[Answer]] = field(default_factory=dict)
    answer_totals: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class SummaryData:
    """What the summary PDF shows: the period's figures and whose practice it is."""

    stats: FeedbackStats
    practice_name: str
    practice_title: str = ""
    contact: tuple[str, ...] = ()  # e-mail, phone, website
    address: str = ""
    logo: bytes | None = field(default=None, repr=False)
    reliable_benefit: ReliableBenefit | None = None


def summary_data(
    session: Session, since: dt.date | None = None, until: dt.date | None = None
) -> SummaryData:
    """The figures between ``since`` and ``until`` (inclusive) for the summary PDF."""
    if since is not None and until is not None and since > until:
        raise UserError(_("Der Zeitraum ist leer: „von“ liegt nach „bis“."))
    profile = session.get(PracticeProfile, 1)
    return SummaryData(
        collect_stats(session, since, until),
        practice_name=profile.name if profile else "",
        practice_title=profile_data(profile, current_language()).title if profile else "",
        contact=(profile.email, profile.phone, profile.website) if profile else (),
        address=profile.address if profile else "",
        logo=profile.logo if profile else None,
        reliable_benefit=reliable_benefit(session, since, until),
    )


def summary_data_practice_name(session: Session) -> str:
    profile = session.get(PracticeProfile, 1)
    return profile.name if profile else ""


def summary_file_name(practice_name: str, today: dt.date) -> str:
    """``Feedback-Auswertung_Katrin-Sommerfeld_2027-05-17.pdf``: the pattern of the
    handout and the questionnaire (document_name_detail.pdf, ASCII only)."""
    name = safe_filename_part(practice_name, 40) or _("Praxis")
    return _("Feedback-Auswertung_{name}_{date}.pdf").format(name=name, date=today.isoformat())


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
    stats.trend = _trend(session, since, until)
    stats.response = _response(session, since, until)
    stats.answers, stats.answer_totals = _answers_by_group(session, since, until)
    return stats


def _trend(session: Session, since: dt.date | None, until: dt.date | None) -> list[TrendPoint]:
    """NPS per quarter, counted in SQL by month (portable: extract works everywhere)."""
    year = func.extract("year", Feedback.received_on)
    month = func.extract("month", Feedback.received_on)
    promoter = func.sum(case((Feedback.recommend_score >= 9, 1), else_=0))
    detractor = func.sum(case((Feedback.recommend_score <= 6, 1), else_=0))
    rows = session.execute(
        _period(
            select(year, month, func.count(Feedback.recommend_score), promoter, detractor)
            .where(Feedback.recommend_score.is_not(None))
            .group_by(year, month),
            since,
            until,
        )
    ).all()
    quarters: dict[tuple[int, int], list[int]] = {}
    for y, m, answered, promoters, detractors in rows:
        key = (int(y), (int(m) - 1) // 3 + 1)
        bucket = quarters.setdefault(key, [0, 0, 0])
        bucket[0] += int(answered)
        bucket[1] += int(promoters or 0)
        bucket[2] += int(detractors or 0)
    return [
        TrendPoint(y, qu, n, 100.0 * (p - d) / n if n else None)
        for (y, qu), (n, p, d) in sorted(quarters.items())
    ]


def _response(session: Session, since: dt.date | None, until: dt.date | None) -> ResponseRate:
    """Forms sent (feedback requested) in the period, and how many have feedback now."""
    requested = Engagement.feedback_requested_on
    stmt = select(func.count(Engagement.id)).where(requested.is_not(None))
    if since is not None:
        stmt = stmt.where(requested >= since)
    if until is not None:
        stmt = stmt.where(requested <= until)
    sent = int(session.execute(stmt).scalar_one())
    returned = int(
        session.execute(
            stmt.where(select(Feedback.id).where(Feedback.engagement_id == Engagement.id).exists())
        ).scalar_one()
    )
    return ResponseRate(sent, returned)


def _group_of(score: int | None) -> str:
    return "unrated" if score is None or not 0 <= score <= 10 else classify_score(score)


_FOLD = re.compile(r"[\W_]+", re.UNICODE)


def _fold_key(text: str) -> str:
    return _FOLD.sub(" ", text.casefold()).strip()


def fold_answers(answers: list[Answer], threshold: float = 0.88) -> list[Answer]:
    """Fold nearly identical answers into one, counting them (first wording kept)."""
    folded: list[Answer] = []
    for answer, members in fold_groups(answers, lambda a: a.text, threshold):
        answer.count = len(members)
        scores = [m.score for m in members if m.score is not None]
        answer.score_range = (min(scores), max(scores)) if scores else None
        folded.append(answer)
    return folded


def fold_texts(items: list[T], text_of: Any, threshold: float = 0.88) -> list[tuple[T, int]]:
    """Group items whose texts are the same or nearly so; the first of each and a count."""
    return [(first, len(members)) for first, members in fold_groups(items, text_of, threshold)]


def fold_groups(items: list[T], text_of: Any, threshold: float = 0.88) -> list[tuple[T, list[T]]]:
    """Group items whose texts are the same or nearly so; the first of each and all members."""
    kept: list[T] = []
    counts: list[list[T]] = []
    keys: list[str] = []
    exact: dict[str, int] = {}
    for item in items:
        key = _fold_key(text_of(item))
        if not key:
            continue
        index = exact.get(key)
        if index is None:
            start = max(0, len(keys) - 200)
            for offset, other in enumerate(keys[start:]):
                longest = max(len(key), len(other))
                if abs(len(key) - len(other)) > 0.25 * longest:
                    continue
                matcher = difflib.SequenceMatcher(None, key, other, autojunk=False)
                if matcher.quick_ratio() >= threshold and matcher.ratio() >= threshold:
                    index = start + offset
                    break
        if index is not None:
            counts[index].append(item)
            exact[key] = index
            continue
        exact[key] = len(kept)
        kept.append(item)
        counts.append([item])
        keys.append(key)
    return list(zip(kept, counts, strict=True))


def _answers_by_group(
    session: Session, since: dt.date | None, until: dt.date | None
) -> tuple[dict[str, list[Answer]], dict[str, int]]:
    """Every answer (with or without permission to quote) grouped by NPS group.

    For the practitioner's eyes only: no names, each answer with its score.
    """
    columns = [getattr(Feedback, question.key) for question in q.TEXT_QUESTIONS]
    rows = session.execute(
        _period(
            select(Feedback.recommend_score, Feedback.received_on, *columns),
            since,
            until,
        )
        .order_by(Feedback.received_on.desc(), Feedback.id.desc())
        .limit(ANSWERS_READ)
    ).all()
    raw: dict[str, list[Answer]] = {group: [] for group in NPS_GROUPS}
    for score, received_on, *texts in rows:
        for question, text in zip(q.TEXT_QUESTIONS, texts, strict=True):
            if text and text.strip():
                raw[_group_of(score)].append(Answer(text.strip(), question.key, score, received_on))
    # Worst first among the critics, so nothing critical falls off the page.
    raw["detractor"].sort(key=lambda a: a.score if a.score is not None else 99)
    totals = {group: len(items) for group, items in raw.items()}
    return {group: fold_answers(items) for group, items in raw.items()}, totals


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
    rows = session.execute(stmt.limit(QUOTES_READ)).all()
    quotes = [_quote(text, permission, name, day) for text, permission, name, day in rows]
    return _folded_quotes(quotes, QUOTES_PER_QUESTION), total


def _folded_quotes(quotes: list[Quote], limit: int) -> list[Quote]:
    """Nearly identical quotes once (named ones first in a fold), at most ``limit``."""
    folded = fold_texts(quotes, lambda quote: quote.text)
    return [replace(quote, count=count) for quote, count in folded[:limit]]


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
    rows = session.execute(stmt.limit(QUOTES_READ)).all()
    quotes = [_quote(text, permission, name, day) for text, permission, name, day in rows]
    return _folded_quotes(quotes, MAX_TESTIMONIALS), total
