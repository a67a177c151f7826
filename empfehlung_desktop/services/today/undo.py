"""What "Heute" keeps to take its own writes back: the state before each of them.

Each ``*_before`` function reads, in the session of the write and before it, what
the write will change, and returns the write that puts it back (for the view's
undo history). Stage changes are taken back with the contact's snapshot
(:mod:`services.contacts.snapshots`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from empfehlung_desktop.errors import NotFoundError
from empfehlung_desktop.i18n import _
from empfehlung_desktop.model import (
    Activity,
    AgendaKind,
    AgendaState,
    Engagement,
    Referral,
    ReferralEvent,
    Reminder,
)
from empfehlung_desktop.services import settings
from empfehlung_desktop.services.contacts.snapshots import restore_contacts, snapshot_contact
from empfehlung_desktop.services.today import care

Write = Callable[[Session], None]
K = AgendaKind
_REFERRAL_COLUMNS = ("follow_up_on", "followed_up_on", "outcome", "thanked_on", "thanks_note")


@dataclass(frozen=True)
class _Mark:
    """An item's snoozed/done marker as it was (``exists`` False: there was none)."""

    kind: AgendaKind
    subject_id: int
    exists: bool
    snoozed_until: dt.date | None = None
    done_on: dt.date | None = None
    note: str = ""


def marker_before(session: Session, kind: AgendaKind, subject_id: int) -> Write:
    """Before a snooze or a dismissal: the marker (or, for a reminder, its due day)."""
    if kind is AgendaKind.REMINDER:
        return _reminder_before(session, subject_id)
    row = session.scalars(
        select(AgendaState).where(AgendaState.kind == kind, AgendaState.subject_id == subject_id)
    ).one_or_none()
    mark = (
        _Mark(kind, subject_id, False)
        if row is None
        else _Mark(kind, subject_id, True, row.snoozed_until, row.done_on, row.note)
    )
    return lambda s: _restore_mark(s, mark)


def _restore_mark(session: Session, mark: _Mark) -> None:
    where = (AgendaState.kind == mark.kind, AgendaState.subject_id == mark.subject_id)
    if not mark.exists:
        session.execute(delete(AgendaState).where(*where))
        return
    row = session.scalars(select(AgendaState).where(*where)).one_or_none()
    if row is None:
        row = AgendaState(kind=mark.kind, subject_id=mark.subject_id)
        session.add(row)
    row.snoozed_until, row.done_on, row.note = mark.snoozed_until, mark.done_on, mark.note
    session.flush()


def _reminder_before(session: Session, reminder_id: int) -> Write:
    reminder = session.get(Reminder, reminder_id)
    if reminder is None:
        raise NotFoundError(_("Erinnerung {id} gibt es nicht (mehr).").format(id=reminder_id))
    due_on, done_on = reminder.due_on, reminder.done_on

    def restore(s: Session) -> None:
        again = s.get(Reminder, reminder_id)
        if again is None:
            raise NotFoundError(_("Erinnerung {id} gibt es nicht (mehr).").format(id=reminder_id))
        again.due_on, again.done_on = due_on, done_on
        s.flush()

    return restore


def care_before(session: Session, contact_id: int) -> Write:
    """Before "nicht mehr vorschlagen" or a new rhythm: the person's choices."""
    old = care.get_care(session, contact_id)
    return lambda s: care.set_care(s, contact_id, old.never_ask, old.keep_in_touch_days)


def settings_before(session: Session, keys: Iterable[str]) -> Write:
    """Before the rules change: their values."""
    old: dict[str, Any] = {key: settings.get(session, key) for key in keys}

    def restore(s: Session) -> None:
        for key, value in old.items():
            settings.set_value(s, key, value)

    return restore


def contact_before(session: Session, contact_id: int) -> Write:
    """Before a stage change: the contact with its spiral history."""
    snapshot = snapshot_contact(session, contact_id)
    return lambda s: restore_contacts(s, [snapshot])


def done_before(session: Session, kind: AgendaKind, subject_id: int) -> Write:
    """Before "Erledigt": what doing the item changes (see ``services/today/actions``).

    Follow-up and thanks change the referral and may add a history entry; an ask,
    a taken-over suggestion change the contact's history; a birthday or a
    keep-in-touch item logs a contact (the birthday also hides itself).
    """
    if kind in (K.FOLLOW_UP, K.THANK_REFERRER):
        return _referral_before(session, subject_id)
    if kind is K.REQUEST_FEEDBACK:
        engagement = session.get(Engagement, subject_id)
        old = engagement.feedback_requested_on if engagement is not None else None
        return lambda s: _set_requested(s, subject_id, old)
    if kind in (K.ASK_FOR_REFERRAL, K.SPIRAL_SUGGESTION):
        return _both(contact_before(session, subject_id), marker_before(session, kind, subject_id))
    if kind in (K.BIRTHDAY, K.KEEP_IN_TOUCH):
        last = _last_id(session, Activity.id, Activity.contact_id == subject_id)

        def logged(s: Session) -> None:
            s.execute(delete(Activity).where(Activity.contact_id == subject_id, Activity.id > last))

        return _both(logged, marker_before(session, kind, subject_id))
    return marker_before(session, kind, subject_id)  # handout, reminder


def _both(first: Write, second: Write) -> Write:
    def restore(session: Session) -> None:
        first(session)
        second(session)

    return restore


def _last_id(session: Session, column: Any, where: Any) -> int:
    return int(session.scalar(select(func.max(column)).where(where)) or 0)


def _referral_before(session: Session, referral_id: int) -> Write:
    referral = session.get(Referral, referral_id)
    if referral is None:
        raise NotFoundError(_("Diese Empfehlung gibt es nicht mehr."))
    old = {name: getattr(referral, name) for name in _REFERRAL_COLUMNS}
    last = _last_id(session, ReferralEvent.id, ReferralEvent.referral_id == referral_id)

    def restore(s: Session) -> None:
        again = s.get(Referral, referral_id)
        if again is None:
            raise NotFoundError(_("Diese Empfehlung gibt es nicht mehr."))
        for name, value in old.items():
            setattr(again, name, value)
        s.execute(
            delete(ReferralEvent).where(
                ReferralEvent.referral_id == referral_id, ReferralEvent.id > last
            )
        )
        s.flush()
        s.expire(again)

    return restore


def _set_requested(session: Session, engagement_id: int, day: dt.date | None) -> None:
    engagement = session.get(Engagement, engagement_id)
    if engagement is None:
        raise NotFoundError(_("Diesen Auftrag gibt es nicht mehr."))
    engagement.feedback_requested_on = day
    session.flush()
