"""The activity log: add, list and delete calls, e-mails, meetings, cards and notes.

A contact's "last contact" is the newest activity's day, computed in SQL
(:func:`last_contact_on`), so every add and delete moves it at once.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, inspect, or_, select
from sqlalchemy.orm import Session

from empfehlung_desktop.errors import NotFoundError, ValidationError
from empfehlung_desktop.i18n import _, enum_label
from empfehlung_desktop.model import Activity, ActivityKind, Contact, Engagement, Referral
from empfehlung_desktop.services.contacts.contacts import get_contact

MAX_TEXT = 5000


@dataclass(frozen=True)
class ActivityRow:
    """One logged activity as plain values (what lists, the CLI and the timeline show)."""

    id: int
    contact_id: int
    contact_name: str
    kind: ActivityKind
    occurred_on: dt.date
    text: str
    referral_id: int | None
    engagement_id: int | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "contact_id": self.contact_id,
            "contact_name": self.contact_name,
            "kind": self.kind.value,
            "kind_label": enum_label(self.kind),
            "occurred_on": self.occurred_on.isoformat(),
            "text": self.text,
            "referral_id": self.referral_id,
            "engagement_id": self.engagement_id,
        }


def add_activity(
    session: Session,
    contact_id: int,
    kind: ActivityKind,
    occurred_on: dt.date,
    text: str = "",
    *,
    today: dt.date,
    referral_id: int | None = None,
    engagement_id: int | None = None,
) -> Activity:
    """Log a contact with a person; it becomes their last contact if it is the newest.

    Raises:
        NotFoundError: the contact, referral or engagement is gone.
        ValidationError: a day in the future, a text too long, or a referral or
            engagement this person has no part in.
    """
    get_contact(session, contact_id)
    problems: dict[str, str] = {}
    if occurred_on > today:
        problems["occurred_on"] = _(
            "Das Datum liegt in der Zukunft; bitte den Tag angeben, an dem es war."
        )
    text = text.strip()
    if len(text) > MAX_TEXT:
        problems["text"] = _("Der Text ist zu lang (höchstens {count} Zeichen).").format(
            count=MAX_TEXT
        )
    if referral_id is not None and not _in_referral(session, contact_id, referral_id):
        problems["referral_id"] = _("Diese Person ist an Empfehlung {id} nicht beteiligt.").format(
            id=referral_id
        )
    if engagement_id is not None and not _in_engagement(session, contact_id, engagement_id):
        problems["engagement_id"] = _("Anfrage {id} gehört nicht zu dieser Person.").format(
            id=engagement_id
        )
    if problems:
        raise ValidationError(problems)
    activity = Activity(
        contact_id=contact_id,
        kind=kind,
        occurred_on=occurred_on,
        text=text,
        referral_id=referral_id,
        engagement_id=engagement_id,
    )
    session.add(activity)
    session.flush()
    return activity


def _in_referral(session: Session, contact_id: int, referral_id: int) -> bool:
    referral = session.get(Referral, referral_id)
    if referral is None:
        raise NotFoundError(_("Empfehlung {id} gibt es nicht (mehr).").format(id=referral_id))
    return contact_id in (referral.giver_id, referral.recommended_id, referral.recipient_id)


def _in_engagement(session: Session, contact_id: int, engagement_id: int) -> bool:
    engagement = session.get(Engagement, engagement_id)
    if engagement is None:
        raise NotFoundError(_("Anfrage {id} gibt es nicht (mehr).").format(id=engagement_id))
    return contact_id in (engagement.contact_id, engagement.referred_by_id)


def list_activities(
    session: Session,
    contact_id: int | None = None,
    *,
    referral_id: int | None = None,
    limit: int | None = None,
) -> list[ActivityRow]:
    """Activities, newest first: of one contact, of one referral, or all."""
    stmt = (
        select(
            Activity.id,
            Activity.contact_id,
            Contact.name,
            Activity.kind,
            Activity.occurred_on,
            Activity.text,
            Activity.referral_id,
            Activity.engagement_id,
        )
        .join(Contact, Contact.id == Activity.contact_id)
        .where(Contact.erased_at.is_(None))
        .order_by(Activity.occurred_on.desc(), Activity.id.desc())
    )
    if contact_id is not None:
        stmt = stmt.where(Activity.contact_id == contact_id)
    if referral_id is not None:
        stmt = stmt.where(Activity.referral_id == referral_id)
    if limit is not None:
        stmt = stmt.limit(limit)
    return [ActivityRow(*row) for row in session.execute(stmt)]


def get_activity(session: Session, activity_id: int) -> ActivityRow:
    """One entry as plain values (to prefill the edit dialog)."""
    a = session.get(Activity, activity_id)
    if a is None:
        raise NotFoundError(_("Eintrag {id} gibt es nicht (mehr).").format(id=activity_id))
    return ActivityRow(
        a.id,
        a.contact_id,
        a.contact.name,
        a.kind,
        a.occurred_on,
        a.text,
        a.referral_id,
        a.engagement_id,
    )


def update_activity(
    session: Session,
    activity_id: int,
    kind: ActivityKind,
    occurred_on: dt.date,
    text: str = "",
    *,
    today: dt.date,
) -> Activity:
    """Correct what kind of contact it was, its day and its text (same checks as adding)."""
    activity = session.get(Activity, activity_id)
    if activity is None:
        raise NotFoundError(_("Eintrag {id} gibt es nicht (mehr).").format(id=activity_id))
    problems: dict[str, str] = {}
    if occurred_on > today:
        problems["occurred_on"] = _(
            "Das Datum liegt in der Zukunft; bitte den Tag angeben, an dem es war."
        )
    text = text.strip()
    if len(text) > MAX_TEXT:
        problems["text"] = _("Der Text ist zu lang (höchstens {count} Zeichen).").format(
            count=MAX_TEXT
        )
    if problems:
        raise ValidationError(problems)
    activity.kind = ActivityKind(kind)
    activity.occurred_on = occurred_on
    activity.text = text
    session.flush()
    return activity


def snapshot_activity(session: Session, activity_id: int) -> dict[str, Any]:
    """One entry's stored values, to bring it back after a deletion (undo)."""
    activity = session.get(Activity, activity_id)
    if activity is None:
        raise NotFoundError(_("Eintrag {id} gibt es nicht (mehr).").format(id=activity_id))
    return {a.key: getattr(activity, a.key) for a in inspect(activity).mapper.column_attrs}


def restore_activity(session: Session, values: dict[str, Any]) -> Activity:
    """Insert a deleted entry again; links to a referral or Anfrage gone meanwhile stay empty."""
    values = dict(values)
    get_contact(session, values["contact_id"])
    if values["referral_id"] is not None and session.get(Referral, values["referral_id"]) is None:
        values["referral_id"] = None
    engagement_id = values["engagement_id"]
    if engagement_id is not None and session.get(Engagement, engagement_id) is None:
        values["engagement_id"] = None
    activity = Activity(**values)
    session.add(activity)
    session.flush()
    return activity


def delete_activity(session: Session, activity_id: int) -> None:
    """Remove one entry; the last contact falls back to the newest one left."""
    activity = session.get(Activity, activity_id)
    if activity is None:
        raise NotFoundError(_("Eintrag {id} gibt es nicht (mehr).").format(id=activity_id))
    session.delete(activity)
    session.flush()


def last_contact_on(session: Session, contact_id: int) -> dt.date | None:
    """The day of the newest activity with this person, or None."""
    return session.scalar(
        select(func.max(Activity.occurred_on)).where(Activity.contact_id == contact_id)
    )


def involving(contact_id: int) -> Any:
    """SQL: referrals in which the person holds any of the three places."""
    return or_(
        Referral.giver_id == contact_id,
        Referral.recommended_id == contact_id,
        Referral.recipient_id == contact_id,
    )
