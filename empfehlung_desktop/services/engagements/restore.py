"""Bringing a deleted Anfrage back (undo): the row, its feedback and its logged contacts' links."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import inspect, select, update
from sqlalchemy.orm import Session

from empfehlung_desktop.errors import ConflictError
from empfehlung_desktop.i18n import _
from empfehlung_desktop.model import Activity, Contact, Engagement, Feedback, Referral
from empfehlung_desktop.services.engagements.engagements import get_engagement


def _columns(entity: Any) -> dict[str, Any]:
    return {attr.key: getattr(entity, attr.key) for attr in inspect(entity).mapper.column_attrs}


@dataclass(frozen=True)
class EngagementSnapshot:
    engagement: dict[str, Any]
    feedback: list[dict[str, Any]]
    activities: list[int]

    @property
    def engagement_id(self) -> int:
        return int(self.engagement["id"])


def snapshot_engagement(session: Session, engagement_id: int) -> EngagementSnapshot:
    engagement = get_engagement(session, engagement_id)
    return EngagementSnapshot(
        engagement=_columns(engagement),
        feedback=[
            _columns(f)
            for f in session.scalars(
                select(Feedback).where(Feedback.engagement_id == engagement_id)
            )
        ],
        activities=[
            int(i)
            for i in session.scalars(
                select(Activity.id).where(Activity.engagement_id == engagement_id)
            )
        ],
    )


def restore_engagement(session: Session, snapshot: EngagementSnapshot) -> Engagement:
    """Insert the Anfrage again under its id with its feedback; links that are gone stay empty."""
    values = dict(snapshot.engagement)
    if session.get(Engagement, snapshot.engagement_id) is not None:
        raise ConflictError(_("Diese Anfrage gibt es bereits wieder."))
    contact = session.get(Contact, values["contact_id"])
    if contact is None or contact.erased_at is not None:
        raise ConflictError(
            _("Die Person wurde inzwischen gelöscht; die Anfrage kann nicht zurückgeholt werden.")
        )
    for key, entity in (
        ("referral_id", Referral),
        ("onward_referral_id", Referral),
        ("referred_by_id", Contact),
    ):
        if values[key] is not None and session.get(entity, values[key]) is None:
            values[key] = None
    engagement = Engagement(**values)
    session.add(engagement)
    session.flush()
    for feedback in snapshot.feedback:
        session.add(Feedback(**feedback))
    if snapshot.activities:
        session.execute(
            update(Activity)
            .where(Activity.id.in_(snapshot.activities), Activity.engagement_id.is_(None))
            .values(engagement_id=snapshot.engagement_id)
            .execution_options(synchronize_session=False)
        )
    session.flush()
    return engagement
