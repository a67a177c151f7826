"""Correcting feedback that was entered wrongly: the same checks as when it came in."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from sqlalchemy import func, inspect, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from empfehlung_desktop.errors import ConflictError, NotFoundError, ValidationError
from empfehlung_desktop.i18n import N_, translate
from empfehlung_desktop.model import Engagement, Feedback, QuotePermission
from empfehlung_desktop.services.feedback.feedback import (
    FeedbackData,
    earliest_received_on,
    get_feedback,
    received_too_early_message,
    validate,
)

CONFLICT_MESSAGE = N_(
    "Dieses Feedback wurde inzwischen an anderer Stelle geändert. Bitte neu laden und "
    "noch einmal eintragen."
)
_ANSWERS = (
    "first_time",
    "works_better",
    "benefit",
    "expectations_met",
    "recommend_score",
    "quote_permission",
    "who_else",
)


def data_of(feedback: Feedback) -> FeedbackData:
    """The answers of ``feedback`` to prefill the entry dialog."""
    return FeedbackData(
        engagement_id=feedback.engagement_id,
        received_on=feedback.received_on,
        channel=feedback.channel,
        **{name: getattr(feedback, name) for name in _ANSWERS},
    )


def check_version(feedback: Feedback, expected_version: int | None) -> None:
    if expected_version is not None and feedback.version != expected_version:
        raise ConflictError(translate(CONFLICT_MESSAGE))


def update_feedback(
    session: Session,
    feedback_id: int,
    data: FeedbackData,
    *,
    today: dt.date,
    expected_version: int | None = None,
) -> Feedback:
    """Correct the answers and the day received; channel and form token stay.

    A quote whose permission is withdrawn stops being an approved testimonial.
    """
    feedback = get_feedback(session, feedback_id)
    check_version(feedback, expected_version)
    data = validate(replace(data, engagement_id=feedback.engagement_id), today)
    received = data.received_on or feedback.received_on
    earliest = earliest_received_on(feedback.engagement)
    if earliest is not None and received < earliest:
        raise ValidationError({"received_on": received_too_early_message(earliest)})
    for name in _ANSWERS:
        setattr(feedback, name, getattr(data, name))
    feedback.received_on = received
    if feedback.quote_permission is QuotePermission.NO:
        feedback.testimonial_approved = False
    try:
        session.flush()
    except StaleDataError:
        raise ConflictError(translate(CONFLICT_MESSAGE)) from None
    engagement = feedback.engagement
    engagement.feedback_received_on = session.scalar(
        select(func.max(Feedback.received_on)).where(Feedback.engagement_id == engagement.id)
    )
    session.flush()
    return feedback


def snapshot_feedback(session: Session, feedback_id: int) -> dict[str, Any]:
    """One feedback's stored values, to bring it back after a deletion (undo)."""
    feedback = get_feedback(session, feedback_id)
    return {attr.key: getattr(feedback, attr.key) for attr in inspect(feedback).mapper.column_attrs}


def restore_feedback(session: Session, values: dict[str, Any]) -> Feedback:
    """Insert a deleted feedback again under its id (its engagement must still exist)."""
    if session.get(Feedback, values["id"]) is not None:
        raise ConflictError(translate(CONFLICT_MESSAGE))
    engagement = session.get(Engagement, values["engagement_id"])
    if engagement is None:
        raise NotFoundError(translate(N_("Den Auftrag zu diesem Feedback gibt es nicht mehr.")))
    if session.scalar(select(Feedback.id).where(Feedback.engagement_id == engagement.id)):
        raise ConflictError(
            translate(N_("Für diesen Auftrag liegt inzwischen ein anderes Feedback vor."))
        )
    feedback = Feedback(**values)
    session.add(feedback)
    session.flush()
    engagement.feedback_received_on = session.scalar(
        select(func.max(Feedback.received_on)).where(Feedback.engagement_id == engagement.id)
    )
    session.flush()
    return feedback
