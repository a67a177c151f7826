"""Reminders of one's own: a text and a due day, maybe about a contact or a record.

A reminder about a referral, an Anfrage or a feedback also names the person it
concerns (taken from the record), so "Heute" can say who. Open reminders due
today or earlier are items of "Heute", oldest due first; done and postpone act
on the reminder itself.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from empfehlung_desktop.errors import NotFoundError, ValidationError
from empfehlung_desktop.i18n import _
from empfehlung_desktop.model import Contact, Engagement, Feedback, Referral, Reminder

MAX_TEXT = 500

# View keys of the main window a reminder links to.
CONTACTS, REFERRALS, ENGAGEMENTS, FEEDBACK = "contacts", "referrals", "engagements", "feedback"


@dataclass(frozen=True)
class ReminderRow:
    """One reminder with the person's name and where it links to."""

    id: int
    due_on: dt.date
    text: str
    contact_id: int | None
    contact_name: str | None
    referral_id: int | None
    engagement_id: int | None
    feedback_id: int | None
    done_on: dt.date | None

    @property
    def link(self) -> tuple[str, int] | None:
        """The view and record this reminder is about (None: about nothing in particular)."""
        for view, record in (
            (REFERRALS, self.referral_id),
            (ENGAGEMENTS, self.engagement_id),
            (FEEDBACK, self.feedback_id),
            (CONTACTS, self.contact_id),
        ):
            if record is not None:
                return view, record
        return None

    def to_dict(self) -> dict[str, Any]:
        link = self.link
        return {
            "id": self.id,
            "due_on": self.due_on.isoformat(),
            "text": self.text,
            "contact_id": self.contact_id,
            "contact_name": self.contact_name,
            "referral_id": self.referral_id,
            "engagement_id": self.engagement_id,
            "feedback_id": self.feedback_id,
            "done_on": self.done_on.isoformat() if self.done_on else None,
            "link_view": link[0] if link else None,
            "link_id": link[1] if link else None,
        }


def _person_of_record(
    session: Session,
    referral_id: int | None,
    engagement_id: int | None,
    feedback_id: int | None,
) -> int | None:
    """Check the one linked record exists; return the person it concerns."""
    given = [x for x in (referral_id, engagement_id, feedback_id) if x is not None]
    if len(given) > 1:
        raise ValidationError({"record": _("Eine Erinnerung gehört zu höchstens einem Datensatz.")})
    if referral_id is not None:
        referral = session.get(Referral, referral_id)
        if referral is None:
            raise NotFoundError(_("Diese Empfehlung gibt es nicht mehr."))
        return referral.recipient_id or referral.giver_id or referral.recommended_id
    if engagement_id is not None:
        engagement = session.get(Engagement, engagement_id)
        if engagement is None:
            raise NotFoundError(_("Diesen Auftrag gibt es nicht mehr."))
        return engagement.contact_id
    if feedback_id is not None:
        feedback = session.get(Feedback, feedback_id)
        if feedback is None:
            raise NotFoundError(_("Dieses Feedback gibt es nicht mehr."))
        return session.scalar(
            select(Engagement.contact_id).where(Engagement.id == feedback.engagement_id)
        )
    return None


def add_reminder(
    session: Session,
    text: str,
    due_on: dt.date,
    *,
    today: dt.date,
    contact_id: int | None = None,
    referral_id: int | None = None,
    engagement_id: int | None = None,
    feedback_id: int | None = None,
) -> Reminder:
    """A new reminder; a due day before ``today`` is refused."""
    text = " ".join(text.split())
    errors: dict[str, str] = {}
    if not text:
        errors["text"] = _("Bitte eingeben, woran erinnert werden soll.")
    elif len(text) > MAX_TEXT:
        errors["text"] = _("Der Text ist zu lang (höchstens {n} Zeichen).").format(n=MAX_TEXT)
    if due_on < today:
        errors["due_on"] = _("Das Datum darf nicht in der Vergangenheit liegen.")
    if errors:
        raise ValidationError(errors)
    person = _person_of_record(session, referral_id, engagement_id, feedback_id)
    if contact_id is not None:
        contact = session.get(Contact, contact_id)
        if contact is None or contact.erased_at is not None:
            raise NotFoundError(
                _("Kontakt {contact_id} gibt es nicht (mehr).").format(contact_id=contact_id)
            )
    reminder = Reminder(
        due_on=due_on,
        text=text,
        contact_id=contact_id if contact_id is not None else person,
        referral_id=referral_id,
        engagement_id=engagement_id,
        feedback_id=feedback_id,
    )
    session.add(reminder)
    session.flush()
    return reminder


def _get(session: Session, reminder_id: int) -> Reminder:
    reminder = session.get(Reminder, reminder_id)
    if reminder is None:
        raise NotFoundError(_("Erinnerung {id} gibt es nicht (mehr).").format(id=reminder_id))
    return reminder


def mark_done(session: Session, reminder_id: int, on: dt.date) -> None:
    _get(session, reminder_id).done_on = on
    session.flush()


def postpone(session: Session, reminder_id: int, until: dt.date, today: dt.date) -> None:
    """Move the due day to ``until`` (after today); a done reminder opens again."""
    if until <= today:
        raise ValidationError(
            {"due_on": _("Bitte ein Datum nach heute wählen, bis wann es warten soll.")}
        )
    reminder = _get(session, reminder_id)
    reminder.due_on = until
    reminder.done_on = None
    session.flush()


def delete_reminder(session: Session, reminder_id: int) -> None:
    session.delete(_get(session, reminder_id))
    session.flush()


def _select() -> Any:
    return select(
        Reminder.id,
        Reminder.due_on,
        Reminder.text,
        Reminder.contact_id,
        Contact.name,
        Reminder.referral_id,
        Reminder.engagement_id,
        Reminder.feedback_id,
        Reminder.done_on,
    ).outerjoin(Contact, Contact.id == Reminder.contact_id)


def list_reminders(
    session: Session,
    *,
    include_done: bool = False,
    contact_id: int | None = None,
    ids: list[int] | None = None,
    limit: int | None = None,
) -> list[ReminderRow]:
    """Reminders by due day (open ones only unless ``include_done``)."""
    stmt = _select().where(Contact.erased_at.is_(None))
    if ids is not None:
        stmt = stmt.where(Reminder.id.in_(ids))
    if not include_done:
        stmt = stmt.where(Reminder.done_on.is_(None))
    if contact_id is not None:
        stmt = stmt.where(Reminder.contact_id == contact_id)
    stmt = stmt.order_by(Reminder.due_on, Reminder.id)
    if limit is not None:
        stmt = stmt.limit(limit)
    return [ReminderRow(*row) for row in session.execute(stmt)]


def due(session: Session, today: dt.date, limit: int | None) -> tuple[int, list[ReminderRow]]:
    """Open reminders due on or before ``today``: the count and the first ``limit``."""
    where = (
        Reminder.done_on.is_(None),
        Reminder.due_on <= today,
        Contact.erased_at.is_(None),
    )
    count_stmt = (
        select(func.count())
        .select_from(Reminder)
        .outerjoin(Contact, Contact.id == Reminder.contact_id)
        .where(*where)
    )
    count = int(session.scalar(count_stmt) or 0)
    if limit == 0 or count == 0:
        return count, []
    stmt = _select().where(*where).order_by(Reminder.due_on, Reminder.id)
    if limit is not None:
        stmt = stmt.limit(limit)
    return count, [ReminderRow(*row) for row in session.execute(stmt)]
