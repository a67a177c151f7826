"""Deleting an Anfrage or engagement that was entered wrongly, with what it takes along."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from empfehlung_desktop.errors import ConflictError
from empfehlung_desktop.i18n import _
from empfehlung_desktop.model import Feedback
from empfehlung_desktop.services.engagements.engagements import get_engagement


@dataclass(frozen=True)
class EngagementImpact:
    """What deleting an engagement also removes (for the confirmation)."""

    title: str
    contact_name: str
    feedback_count: int


def deletion_impact(session: Session, engagement_id: int) -> EngagementImpact:
    engagement = get_engagement(session, engagement_id)
    count = session.scalar(
        select(func.count()).select_from(Feedback).where(Feedback.engagement_id == engagement_id)
    )
    return EngagementImpact(engagement.title, engagement.contact.name, int(count or 0))


def delete_engagement(
    session: Session, engagement_id: int, expected_version: int | None = None
) -> None:
    """Remove the engagement and its feedback; the contact and any referral stay."""
    engagement = get_engagement(session, engagement_id)
    if expected_version is not None and engagement.version != expected_version:
        raise ConflictError(
            _("Diese Anfrage wurde inzwischen geändert. Bitte neu laden und erneut löschen.")
        )
    session.execute(delete(Feedback).where(Feedback.engagement_id == engagement_id))
    session.delete(engagement)
    session.flush()
