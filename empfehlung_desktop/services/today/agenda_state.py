"""Snoozed and done markers of "Heute" items (one AgendaState row per kind and subject)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from empfehlung_desktop.errors import ValidationError
from empfehlung_desktop.i18n import _
from empfehlung_desktop.model import AgendaKind, AgendaState


def state_row(session: Session, kind: AgendaKind, subject_id: int) -> AgendaState:
    """The state row for this item, created (unsaved fields empty) when missing."""
    row = session.scalars(
        select(AgendaState).where(AgendaState.kind == kind, AgendaState.subject_id == subject_id)
    ).one_or_none()
    if row is None:
        row = AgendaState(kind=kind, subject_id=subject_id)
        session.add(row)
    return row


def snooze(
    session: Session, kind: AgendaKind, subject_id: int, until: dt.date, today: dt.date
) -> None:
    """Hide the item until ``until`` (it shows again on that day)."""
    if until <= today:
        raise ValidationError(
            {"snoozed_until": _("Bitte ein Datum nach heute wählen, bis wann es warten soll.")}
        )
    row = state_row(session, kind, subject_id)
    row.snoozed_until = until
    row.done_on = None


def mark_done(
    session: Session, kind: AgendaKind, subject_id: int, on: dt.date, note: str = ""
) -> None:
    """A plain done marker, for items without a natural domain action."""
    row = state_row(session, kind, subject_id)
    row.done_on = on
    row.snoozed_until = None
    if note:
        row.note = note


def hidden(kind: AgendaKind, subject: Any, today: dt.date) -> ColumnElement[bool]:
    """SQL: true when the item is snoozed beyond today or marked done.

    Uses the unique (kind, subject_id) index, so it costs one lookup per row.
    """
    return exists().where(
        AgendaState.kind == kind,
        AgendaState.subject_id == subject,
        or_(AgendaState.done_on.is_not(None), AgendaState.snoozed_until > today),
    )
