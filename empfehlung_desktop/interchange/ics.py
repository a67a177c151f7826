"""Calendar export (RFC 5545): open follow-ups as all-day events, first meetings as 1-hour events.

First meetings are stored as local wall-clock times, so they are written as
"floating" times (no time zone): every calendar shows them at the hour the
practitioner typed. UIDs are derived from the record ids, so re-importing an
updated file updates the events instead of duplicating them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from empfehlung_desktop.interchange.records import fold
from empfehlung_desktop.model import (
    ERASED_NAME,
    Contact,
    Engagement,
    EngagementStatus,
    Referral,
    ReferralDirection,
    utcnow,
)

UID_DOMAIN = "empfehlung-desktop"
FIRST_MEETING_DURATION = dt.timedelta(hours=1)


@dataclass(frozen=True)
class CalendarEvent:
    uid: str
    summary: str
    description: str
    start: dt.date | dt.datetime
    end: dt.date | dt.datetime


def _name(contact: Contact | None, fallback: str) -> str:
    if contact is None:
        return fallback
    return contact.name if contact.erased_at is None else ERASED_NAME


def follow_up_events(session: Session) -> list[CalendarEvent]:
    stmt = (
        select(Referral)
        .where(Referral.follow_up_on.is_not(None), Referral.followed_up_on.is_(None))
        .options(
            joinedload(Referral.giver),
            joinedload(Referral.recommended),
            joinedload(Referral.recipient),
        )
        .order_by(Referral.follow_up_on, Referral.id)
    )
    events = []
    for r in session.scalars(stmt):
        assert r.follow_up_on is not None
        recipient = _name(r.recipient, "Empfänger")
        if r.direction is ReferralDirection.INCOMING:
            summary = f"Nachfassen: Empfehlung von {_name(r.giver, 'unbekannt')} ({recipient})"
        else:
            summary = f"Nachfassen: {recipient} → {_name(r.recommended, 'Partner')}"
        description = f"Empfehlung Nr. {r.id}, Status: {r.status.label}"
        if r.need:
            description += f"\nAnliegen: {r.need}"
        events.append(
            CalendarEvent(
                uid=f"referral-{r.id}-follow-up@{UID_DOMAIN}",
                summary=summary,
                description=description,
                start=r.follow_up_on,
                end=r.follow_up_on + dt.timedelta(days=1),
            )
        )
    return events


def first_meeting_events(session: Session) -> list[CalendarEvent]:
    stmt = (
        select(Engagement)
        .where(
            Engagement.first_meeting_at.is_not(None),
            Engagement.status.in_([EngagementStatus.REQUEST, EngagementStatus.FIRST_MEETING]),
        )
        .options(joinedload(Engagement.contact))
        .order_by(Engagement.first_meeting_at, Engagement.id)
    )
    events = []
    for e in session.scalars(stmt):
        assert e.first_meeting_at is not None
        start = e.first_meeting_at.replace(second=0, microsecond=0)
        title = f" – {e.title}" if e.title else ""
        events.append(
            CalendarEvent(
                uid=f"engagement-{e.id}-first-meeting@{UID_DOMAIN}",
                summary=f"Erstgespräch: {_name(e.contact, 'Interessent')}{title}",
                description=f"Anfrage Nr. {e.id}" + (f"\nAnliegen: {e.need}" if e.need else ""),
                start=start,
                end=start + FIRST_MEETING_DURATION,
            )
        )
    return events


def calendar_events(session: Session) -> list[CalendarEvent]:
    return follow_up_events(session) + first_meeting_events(session)


def escape_text(value: str) -> str:
    """TEXT escaping of RFC 5545 §3.3.11."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")


def _date_prop(name: str, value: dt.date | dt.datetime) -> str:
    if isinstance(value, dt.datetime):
        return f"{name}:{value:%Y%m%dT%H%M%S}"
    return f"{name};VALUE=DATE:{value:%Y%m%d}"


def write_calendar(events: Iterable[CalendarEvent], stamp: dt.datetime | None = None) -> bytes:
    stamp = stamp or utcnow()
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Empfehlung Desktop//Empfehlung Desktop//DE",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    for event in events:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{event.uid}",
            f"DTSTAMP:{stamp:%Y%m%dT%H%M%S}Z",
            _date_prop("DTSTART", event.start),
            _date_prop("DTEND", event.end),
            f"SUMMARY:{escape_text(event.summary)}",
            f"DESCRIPTION:{escape_text(event.description)}",
            "TRANSP:TRANSPARENT" if not isinstance(event.start, dt.datetime) else "TRANSP:OPAQUE",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return ("\r\n".join(fold(line) for line in lines) + "\r\n").encode("utf-8")
