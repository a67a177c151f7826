"""Deleting feedback that was entered wrongly (the practitioner corrects a mistake)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from empfehlung_desktop.model import Feedback
from empfehlung_desktop.services.feedback.corrections import check_version
from empfehlung_desktop.services.feedback.feedback import get_feedback


def delete_feedback(
    session: Session, feedback_id: int, expected_version: int | None = None
) -> None:
    """Remove one feedback; the engagement's "received on" follows what is left.

    Refused (:class:`ConflictError`) when it changed since it was shown.
    """
    feedback = get_feedback(session, feedback_id)
    check_version(feedback, expected_version)
    engagement = feedback.engagement
    session.delete(feedback)
    session.flush()
    engagement.feedback_received_on = session.scalar(
        select(func.max(Feedback.received_on)).where(Feedback.engagement_id == engagement.id)
    )
    session.flush()
