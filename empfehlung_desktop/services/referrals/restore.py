"""Bringing a deleted referral back (undo): the row, its history and its links, as they were."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import inspect, select, update
from sqlalchemy.orm import Session

from empfehlung_desktop.errors import ConflictError
from empfehlung_desktop.i18n import _
from empfehlung_desktop.model import Activity, Contact, Engagement, Referral, ReferralEvent
from empfehlung_desktop.services.referrals.referrals import get_referral


def columns(entity: Any) -> dict[str, Any]:
    """The stored values of one ORM object, by attribute name."""
    return {attr.key: getattr(entity, attr.key) for attr in inspect(entity).mapper.column_attrs}


@dataclass(frozen=True)
class ReferralSnapshot:
    """A referral as it was before deleting it, with what pointed at it."""

    referral: dict[str, Any]
    events: list[dict[str, Any]]
    engagements_from: list[int] = field(default_factory=list)  # Engagement.referral_id
    engagements_onward: list[int] = field(default_factory=list)  # .onward_referral_id
    activities: list[int] = field(default_factory=list)

    @property
    def referral_id(self) -> int:
        return int(self.referral["id"])


def snapshot_referral(session: Session, referral_id: int) -> ReferralSnapshot:
    referral = get_referral(session, referral_id)

    def ids(stmt: Any) -> list[int]:
        return [int(i) for i in session.scalars(stmt)]

    return ReferralSnapshot(
        referral=columns(referral),
        events=[columns(e) for e in referral.events],
        engagements_from=ids(select(Engagement.id).where(Engagement.referral_id == referral_id)),
        engagements_onward=ids(
            select(Engagement.id).where(Engagement.onward_referral_id == referral_id)
        ),
        activities=ids(select(Activity.id).where(Activity.referral_id == referral_id)),
    )


def restore_referral(session: Session, snapshot: ReferralSnapshot) -> Referral:
    """Insert the referral again under its id; refused if the id or a person is taken/gone."""
    if session.get(Referral, snapshot.referral_id) is not None:
        raise ConflictError(_("Diese Empfehlung gibt es bereits wieder."))
    for key in ("giver_id", "recommended_id", "recipient_id"):
        person = snapshot.referral[key]
        contact = session.get(Contact, person) if person is not None else None
        if person is not None and (contact is None or contact.erased_at is not None):
            raise ConflictError(
                _(
                    "Eine beteiligte Person wurde inzwischen gelöscht; die Empfehlung kann "
                    "nicht zurückgeholt werden."
                )
            )
    referral = Referral(**snapshot.referral)
    session.add(referral)
    session.flush()
    for values in snapshot.events:
        session.add(ReferralEvent(**values))
    rid = snapshot.referral_id
    for ids, column in (
        (snapshot.engagements_from, Engagement.referral_id),
        (snapshot.engagements_onward, Engagement.onward_referral_id),
        (snapshot.activities, Activity.referral_id),
    ):
        if ids:
            entity = Activity if column is Activity.referral_id else Engagement
            session.execute(
                update(entity)
                .where(entity.id.in_(ids), column.is_(None))
                .values({column.key: rid})
                .execution_options(synchronize_session=False)
            )
    session.flush()
    session.expire(referral)
    return referral
