"""Calendar export (RFC 5545): open follow-ups as all-day events, first meetings as 1-hour events.

First meetings are stored as local wall-clock times in the practitioner's zone, so
they are written as "floating" times (no TZID, no UTC): every calendar shows them at
the hour the practitioner typed. Only DTSTAMP, the moment of the export, is UTC, as
RFC 5545 requires. UIDs are derived from the record ids, so re-importing an updated
file updates the events instead of duplicating them. The ``icalendar`` package does
the escaping and the line folding.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

import icalendar
from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from empfehlung_desktop.i18n import _, enum_label
from empfehlung_desktop.model import (
    ERASED_NAME,
    Contact,
    Engagement,
    EngagementStatus,
    Referral,
    ReferralDirection,
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
        recipient = _name(r.recipient, _("Empfänger"))
        if r.direction is ReferralDirection.INCOMING:
            summary = _("Nachfassen: Empfehlung von {name} ({recipient})").format(
                name=_name(r.giver, _("unbekannt")), recipient=recipient
            )
        else:
            summary = _("Nachfassen: {recipient} → {partner}").format(
                recipient=recipient, partner=_name(r.recommended, _("Partner"))
            )
        description = _("Empfehlung Nr. {id}, Status: {status}").format(
            id=r.id, status=enum_label(r.status)
        )
        if r.need:
            description += "\n" + _("Anliegen: {need}").format(need=r.need)
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
                summary=_("Erstgespräch: {name}{title}").format(
                    name=_name(e.contact, _("Interessent")), title=title
                ),
                description=_("Anfrage Nr. {id}").format(id=e.id)
                + ("\n" + _("Anliegen: {need}").format(need=e.need) if e.need else ""),
                start=start,
                end=start + FIRST_MEETING_DURATION,
            )
        )
    return events


def calendar_events(session: Session) -> list[CalendarEvent]:
    return follow_up_events(session) + first_meeting_events(session)


def write_calendar(events: Iterable[CalendarEvent], stamp: dt.datetime) -> bytes:
    """The events as an iCalendar file; ``stamp`` (UTC, naive or aware) is every DTSTAMP."""
    stamp = stamp.replace(tzinfo=dt.UTC) if stamp.tzinfo is None else stamp.astimezone(dt.UTC)
    calendar = icalendar.Calendar()
    calendar.add("version", "2.0")
    calendar.add("prodid", "-//Empfehlung Desktop//Empfehlung Desktop//DE")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    for event in events:
        vevent = icalendar.Event()
        vevent.add("uid", event.uid)
        vevent.add("dtstamp", stamp)
        vevent.add("dtstart", event.start)
        vevent.add("dtend", event.end)
        vevent.add("summary", event.summary)
        vevent.add("description", event.description)
        # All-day reminders should not block the day in a free/busy view.
        vevent.add("transp", "OPAQUE" if isinstance(event.start, dt.datetime) else "TRANSPARENT")
        calendar.add_component(vevent)
    return calendar.to_ical()
