"""Feedback use cases: enter, list (filtered in SQL), approve testimonials, JSON shape.

Adding feedback never changes a client's spiral stage by itself: it returns a
suggestion (and, for a poor score, a calm warning) that the GUI shows and the
practitioner confirms with :func:`apply_spiral_stage`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import Session, joinedload

from empfehlung_desktop.errors import NotFoundError, UserError, ValidationError
from empfehlung_desktop.i18n import _, enum_label, format_date
from empfehlung_desktop.model import (
    Contact,
    Engagement,
    EngagementStatus,
    Feedback,
    FeedbackChannel,
    NetPromoterScore,
    QuotePermission,
    SpiralStage,
    SpiralStep,
)
from empfehlung_desktop.model.spiral import suggest_from_feedback
from empfehlung_desktop.services import settings

_S = TypeVar("_S", bound=Select[*tuple[Any, ...]])

MAX_TEXT = 20_000
# Feedback belongs to work that actually happened.
FEEDBACK_STATUSES = (EngagementStatus.ACTIVE, EngagementStatus.COMPLETED)

# NPS groups as score ranges (inclusive), for filters.
CATEGORY_RANGES: dict[str, tuple[int, int]] = {
    "promoter": (9, 10),
    "passive": (7, 8),
    "detractor": (0, 6),
}


class DuplicateFeedbackError(UserError):
    """The form was imported already, or the engagement has its feedback."""


@dataclass(frozen=True)
class FeedbackData:
    """The answers of one feedback, as the app form or a returned PDF delivers them."""

    engagement_id: int
    received_on: dt.date | None = None
    first_time: str = ""
    works_better: str = ""
    benefit: str = ""
    expectations_met: int | None = None
    recommend_score: int | None = None
    quote_permission: QuotePermission = QuotePermission.NO
    who_else: str = ""
    channel: FeedbackChannel = FeedbackChannel.APP
    form_token: str | None = None
    raw_form: str = ""


@dataclass(frozen=True)
class FeedbackOutcome:
    """What adding feedback means for the client: a stage to suggest, a warning."""

    feedback_id: int
    engagement_id: int
    contact_id: int
    contact_name: str
    current_stage: SpiralStage | None
    suggested_stage: SpiralStage | None
    warning: str | None


def validate(data: FeedbackData, today: dt.date) -> FeedbackData:
    """Check ranges, lengths and dates; raise :class:`ValidationError` (German).

    Text is kept exactly as typed (only line endings are unified and an
    answer of nothing but blanks counts as empty): the client's own words are
    the point of the exercise.
    """
    errors: dict[str, str] = {}
    if data.expectations_met is not None and not 1 <= data.expectations_met <= 5:
        errors["expectations_met"] = _("Erwartungen erfüllt: bitte einen Wert von 1 bis 5 wählen.")
    if data.recommend_score is not None and not 0 <= data.recommend_score <= 10:
        errors["recommend_score"] = _("Weiterempfehlung: bitte einen Wert von 0 bis 10 wählen.")
    texts = {k: _clean_answer(getattr(data, k)) for k in _TEXT_KEYS}
    for key, text in texts.items():
        if len(text) > MAX_TEXT:
            errors[key] = _("Die Antwort ist zu lang (höchstens {limit} Zeichen).").format(
                limit=MAX_TEXT
            )
    answered = any(texts[k].strip() for k in _TEXT_KEYS) or (
        data.expectations_met is not None or data.recommend_score is not None
    )
    if not answered and not errors:
        errors["first_time"] = _("Bitte mindestens eine Frage beantworten.")
    if data.received_on is not None and data.received_on > today:
        errors["received_on"] = _("Das Eingangsdatum liegt in der Zukunft.")
    if errors:
        raise ValidationError(errors)
    return replace(
        data,
        first_time=texts["first_time"],
        works_better=texts["works_better"],
        benefit=texts["benefit"],
        who_else=texts["who_else"],
    )


_TEXT_KEYS = ("first_time", "works_better", "benefit", "who_else")


def _clean_answer(text: str) -> str:
    # PDF readers end lines with CR; a line break is a line break.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text if text.strip() else ""


def earliest_received_on(engagement: Engagement) -> dt.date | None:
    """Feedback on work cannot arrive before the work began (its first meeting)."""
    if engagement.first_meeting_at is not None:
        return engagement.first_meeting_at.date()
    return engagement.started_on


def received_too_early_message(earliest: dt.date) -> str:
    return _("Das Eingangsdatum darf nicht vor dem Beginn des Auftrags ({date}) liegen.").format(
        date=format_date(earliest)
    )


def get_engagement_for_feedback(session: Session, engagement_id: int) -> Engagement:
    engagement = session.get(Engagement, engagement_id)
    if engagement is None:
        raise NotFoundError(
            _(
                "Den Auftrag {engagement_id} gibt es nicht (mehr); das Feedback lässt "
                "sich keinem Auftrag zuordnen."
            ).format(engagement_id=engagement_id)
        )
    if engagement.status not in FEEDBACK_STATUSES:
        raise ValidationError(
            {
                "engagement_id": _(
                    "Feedback gibt es nur für laufende oder abgeschlossene Aufträge – dieser "
                    "steht auf „{status}“."
                ).format(status=enum_label(engagement.status))
            }
        )
    return engagement


def check_not_duplicate(session: Session, engagement_id: int, form_token: str | None) -> None:
    """Refuse a form imported before, or a second feedback for one engagement."""
    if form_token:
        earlier = session.scalar(select(Feedback).where(Feedback.form_token == form_token))
        if earlier is not None:
            raise DuplicateFeedbackError(
                _(
                    "Dieses Formular wurde bereits am {received_on} eingelesen (nichts Neues "
                    "übernommen)."
                ).format(received_on=format_date(earlier.received_on))
            )
    existing = session.scalar(
        select(Feedback.received_on).where(Feedback.engagement_id == engagement_id).limit(1)
    )
    if existing is not None:
        raise DuplicateFeedbackError(
            _(
                "Für diesen Auftrag liegt bereits ein Feedback vom {existing} vor "
                "(nichts Neues übernommen)."
            ).format(existing=format_date(existing))
        )


def add_feedback(session: Session, data: FeedbackData, *, today: dt.date) -> FeedbackOutcome:
    """Store feedback for an engagement; return the spiral suggestion and any warning."""
    data = validate(data, today)
    engagement = get_engagement_for_feedback(session, data.engagement_id)
    check_not_duplicate(session, engagement.id, data.form_token)
    received = data.received_on or today
    earliest = earliest_received_on(engagement)
    if earliest is not None and received < earliest:
        raise ValidationError({"received_on": received_too_early_message(earliest)})
    feedback = Feedback(
        engagement=engagement,
        received_on=received,
        first_time=data.first_time,
        works_better=data.works_better,
        benefit=data.benefit,
        expectations_met=data.expectations_met,
        recommend_score=data.recommend_score,
        quote_permission=data.quote_permission,
        who_else=data.who_else,
        channel=data.channel,
        form_token=data.form_token or None,
        raw_form=data.raw_form,
    )
    session.add(feedback)
    engagement.feedback_received_on = received
    session.flush()
    contact = engagement.contact
    return FeedbackOutcome(
        feedback_id=feedback.id,
        engagement_id=engagement.id,
        contact_id=contact.id,
        contact_name=contact.name,
        current_stage=contact.spiral_stage,
        suggested_stage=suggest_from_feedback(
            contact.spiral_stage, data.recommend_score, data.expectations_met
        ),
        warning=poor_score_warning(session, data.recommend_score, data.expectations_met),
    )


def poor_score_warning(
    session: Session, recommend_score: int | None, expectations_met: int | None
) -> str | None:
    """A calm German hint when the answers show the client was not happy."""
    limit = int(settings.get(session, "feedback.warn_at_or_below"))
    low_score = recommend_score is not None and recommend_score <= limit
    low_fit = expectations_met is not None and expectations_met <= 2
    if not (low_score or low_fit):
        return None
    return _(
        "Diese Rückmeldung fällt zurückhaltend aus. Ein kurzes, offenes Gespräch "
        "lohnt sich: Was hat gefehlt, und was lässt sich daraus für die "
        "Erwartungen künftiger Kunden lernen?"
    )


def apply_spiral_stage(
    session: Session,
    contact_id: int,
    stage: SpiralStage,
    today: dt.date,
    note: str | None = None,
) -> None:
    """Move the contact to ``stage`` with a history entry (the practitioner agreed)."""
    contact = session.get(Contact, contact_id)
    if contact is None or contact.erased_at is not None:
        raise NotFoundError(
            _("Kontakt {contact_id} gibt es nicht (mehr).").format(contact_id=contact_id)
        )
    if contact.spiral_stage == stage:
        return
    contact.spiral_steps.append(
        SpiralStep(
            changed_on=today,
            stage=stage,
            previous_stage=contact.spiral_stage,
            note=_("Nach Feedback") if note is None else note,
        )
    )
    contact.spiral_stage = stage
    session.flush()


# -- listing ------------------------------------------------------------------


@dataclass(frozen=True)
class FeedbackQuery:
    """Filters of the feedback list; everything is applied in SQL."""

    since: dt.date | None = None
    until: dt.date | None = None
    score_min: int | None = None
    score_max: int | None = None
    category: str | None = None  # promoter / passive / detractor
    permission: QuotePermission | None = None
    approved_only: bool = False
    sort: str = "received_on"
    descending: bool = True


@dataclass(frozen=True)
class FeedbackRow:
    """One row of the feedback list (plain values, cheap to hold by the thousand)."""

    id: int
    received_on: dt.date
    contact_id: int
    contact_name: str
    engagement_title: str
    recommend_score: int | None
    expectations_met: int | None
    quote_permission: QuotePermission
    channel: FeedbackChannel
    testimonial_approved: bool


SORT_COLUMNS: dict[str, Any] = {
    "received_on": Feedback.received_on,
    "contact_name": Contact.sort_name,
    "engagement_title": Engagement.title,
    "recommend_score": Feedback.recommend_score,
    "expectations_met": Feedback.expectations_met,
    "quote_permission": Feedback.quote_permission,
    "channel": Feedback.channel,
    "testimonial_approved": Feedback.testimonial_approved,
}

_ROW_COLUMNS = (
    Feedback.id,
    Feedback.received_on,
    Contact.id,
    Contact.name,
    Engagement.title,
    Feedback.recommend_score,
    Feedback.expectations_met,
    Feedback.quote_permission,
    Feedback.channel,
    Feedback.testimonial_approved,
)


def filtered(query: FeedbackQuery, stmt: _S) -> _S:
    """Apply the query's filters to a statement that selects from Feedback."""
    stmt = stmt.join(Engagement, Feedback.engagement_id == Engagement.id).join(
        Contact, Engagement.contact_id == Contact.id
    )
    if query.since is not None:
        stmt = stmt.where(Feedback.received_on >= query.since)
    if query.until is not None:
        stmt = stmt.where(Feedback.received_on <= query.until)
    low, high = query.score_min, query.score_max
    if query.category is not None:
        if query.category not in CATEGORY_RANGES:
            raise ValidationError(
                {"category": _("Unbekannte Gruppe „{category}“.").format(category=query.category)}
            )
        low, high = CATEGORY_RANGES[query.category]
    if low is not None:
        stmt = stmt.where(Feedback.recommend_score >= low)
    if high is not None:
        stmt = stmt.where(Feedback.recommend_score <= high)
    if query.permission is not None:
        stmt = stmt.where(Feedback.quote_permission == query.permission)
    if query.approved_only:
        stmt = stmt.where(Feedback.testimonial_approved.is_(True))
    return stmt


def _order(query: FeedbackQuery) -> list[Any]:
    column = SORT_COLUMNS.get(query.sort, Feedback.received_on)
    first = column.desc() if query.descending else column.asc()
    return [first, Feedback.id.desc() if query.descending else Feedback.id.asc()]


def count_feedback(session: Session, query: FeedbackQuery) -> int:
    stmt = filtered(query, select(func.count()).select_from(Feedback))
    return int(session.execute(stmt).scalar_one())


def score_groups(session: Session, query: FeedbackQuery) -> NetPromoterScore:
    """Promoters, passives and detractors among the filtered feedback (one SQL query)."""
    group = case(
        (Feedback.recommend_score >= 9, "promoter"),
        (Feedback.recommend_score >= 7, "passive"),
        else_="detractor",
    )
    stmt = filtered(
        query,
        select(group, func.count())
        .select_from(Feedback)
        .where(Feedback.recommend_score.is_not(None))
        .group_by(group),
    )
    counts = {name: int(number) for name, number in session.execute(stmt).all()}
    return NetPromoterScore(
        counts.get("promoter", 0), counts.get("passive", 0), counts.get("detractor", 0)
    )


def fetch_feedback(
    session: Session, query: FeedbackQuery, offset: int = 0, limit: int = 200
) -> list[FeedbackRow]:
    """One page of the list, filtered and sorted in SQL."""
    stmt = filtered(query, select(*_ROW_COLUMNS)).order_by(*_order(query))
    rows = session.execute(stmt.offset(offset).limit(limit)).all()
    return [FeedbackRow(*row) for row in rows]  # type: ignore[call-arg]


def list_feedback(session: Session, query: FeedbackQuery | None = None) -> list[Feedback]:
    """Full feedback objects (with engagement and contact) for the CLI and exports."""
    query = query or FeedbackQuery(descending=False)
    stmt = filtered(query, select(Feedback)).order_by(*_order(query))
    stmt = stmt.options(joinedload(Feedback.engagement).joinedload(Engagement.contact))
    return list(session.scalars(stmt).unique())


def get_feedback(session: Session, feedback_id: int) -> Feedback:
    feedback = session.get(
        Feedback,
        feedback_id,
        options=[joinedload(Feedback.engagement).joinedload(Engagement.contact)],
    )
    if feedback is None:
        raise NotFoundError(
            _("Das Feedback {feedback_id} gibt es nicht (mehr).").format(feedback_id=feedback_id)
        )
    return feedback


def approve_testimonial(
    session: Session, feedback_id: int, text: str, approved: bool = True
) -> Feedback:
    """Mark (or unmark) a quote as testimonial with its edited text."""
    feedback = get_feedback(session, feedback_id)
    text = text.strip()
    if approved:
        if feedback.quote_permission is QuotePermission.NO:
            raise ValidationError(
                {
                    "testimonial_text": _(
                        "Die Kundin bzw. der Kunde hat das Zitieren nicht erlaubt; als Referenz "
                        "lässt sich dieses Feedback nicht freigeben."
                    )
                }
            )
        if not text:
            raise ValidationError({"testimonial_text": _("Bitte den Text der Referenz eingeben.")})
        if len(text) > MAX_TEXT:
            raise ValidationError({"testimonial_text": _("Der Text der Referenz ist zu lang.")})
    feedback.testimonial_approved = approved
    if approved or text:
        feedback.testimonial_text = text
    session.flush()
    return feedback


def suggested_testimonial(feedback: Feedback) -> str:
    """A first draft for the testimonial: the benefit in the client's words."""
    for text in (feedback.benefit, feedback.first_time, feedback.works_better):
        if text.strip():
            return text.strip()
    return ""


@dataclass(frozen=True)
class OpenEngagement:
    """A finished engagement still waiting for feedback (for pickers and batches)."""

    id: int
    contact_name: str
    title: str
    ended_on: dt.date | None


def engagements_without_feedback(session: Session, limit: int = 500) -> list[OpenEngagement]:
    """Completed engagements that have no feedback yet, most recently ended first."""
    has_feedback = select(Feedback.id).where(Feedback.engagement_id == Engagement.id).exists()
    stmt = (
        select(Engagement.id, Contact.name, Engagement.title, Engagement.ended_on)
        .join(Contact, Engagement.contact_id == Contact.id)
        .where(Engagement.status == EngagementStatus.COMPLETED, ~has_feedback)
        .where(Contact.erased_at.is_(None))
        .order_by(Engagement.ended_on.desc(), Engagement.id.desc())
        .limit(limit)
    )
    return [OpenEngagement(*row) for row in session.execute(stmt).all()]


def feedback_to_dict(feedback: Feedback) -> dict[str, Any]:
    """The stable JSON shape of one feedback (all answers, codes not labels)."""
    return {
        "id": feedback.id,
        "engagement_id": feedback.engagement_id,
        "contact_id": feedback.engagement.contact_id,
        "received_on": feedback.received_on.isoformat(),
        "first_time": feedback.first_time,
        "works_better": feedback.works_better,
        "benefit": feedback.benefit,
        "expectations_met": feedback.expectations_met,
        "recommend_score": feedback.recommend_score,
        "quote_permission": feedback.quote_permission.value,
        "who_else": feedback.who_else,
        "channel": feedback.channel.value,
        "testimonial_approved": feedback.testimonial_approved,
        "testimonial_text": feedback.testimonial_text,
    }
