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

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from empfehlung_desktop.errors import NotFoundError
from empfehlung_desktop.i18n import _
from empfehlung_desktop.model import AgendaKind, AgendaState, Reminder
from empfehlung_desktop.services import settings
from empfehlung_desktop.services.contacts.snapshots import restore_contacts, snapshot_contact
from empfehlung_desktop.services.today import care

Write = Callable[[Session], None]


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
