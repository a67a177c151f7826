"""One search for everything (Ctrl+K): contacts, referrals, Anfragen, feedback,
activities and reminders, a few of each, grouped by kind.

Contacts go through the contact search (search index); the records match every
term in a person they name (through the same index) or in their own text columns
(LIKE). Each hit names the view and record it opens.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from empfehlung_desktop.i18n import _, enum_label, format_date
from empfehlung_desktop.model import Activity, Contact, Engagement, Feedback, Reminder
from empfehlung_desktop.services.contacts import contacts as contact_service
from empfehlung_desktop.services.engagements import engagements as engagement_service
from empfehlung_desktop.services.referrals import referrals as referral_service
from empfehlung_desktop.services.today import reminders
from empfehlung_desktop.store import search

# Kinds in display order.
KINDS = ("contact", "referral", "engagement", "feedback", "activity", "reminder")
MIN_CHARS = 2


@dataclass(frozen=True)
class Hit:
    """One result: ``view``/``record_id`` say where it opens."""

    kind: str
    view: str
    record_id: int
    title: str
    detail: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "view": self.view,
            "record_id": self.record_id,
            "title": self.title,
            "detail": self.detail,
        }


def _short(text: str, length: int = 80) -> str:
    line = " ".join(text.split())
    return line if len(line) <= length else line[: length - 1] + "…"


def search_everything(
    session: Session, text: str, *, today: dt.date, per_kind: int = 6
) -> list[Hit]:
    """At most ``per_kind`` hits of each kind, in the order of :data:`KINDS`."""
    if len(text.strip()) < MIN_CHARS:
        return []
    hits: list[Hit] = []
    hits += _contacts(session, text, per_kind)
    hits += _referrals(session, text, today, per_kind)
    hits += _engagements(session, text, today, per_kind)
    use_fts = search.has_fts(session)
    hits += _feedback(session, text, use_fts, per_kind)
    hits += _activities(session, text, use_fts, per_kind)
    hits += _reminders(session, text, use_fts, per_kind)
    return sorted(hits, key=lambda h: KINDS.index(h.kind))  # stable: keeps each kind's order


def _contacts(session: Session, text: str, limit: int) -> list[Hit]:
    rows = contact_service.fetch_contacts(
        session, contact_service.ContactQuery(text=text), limit=limit
    )
    return [
        Hit(
            "contact",
            "contacts",
            r.id,
            r.name,
            " · ".join(p for p in (r.organisation, r.email) if p),
        )
        for r in rows
    ]


def _referrals(session: Session, text: str, today: dt.date, limit: int) -> list[Hit]:
    query = referral_service.ReferralQuery(today=today, text=text)
    hits = []
    for r in referral_service.fetch_rows(session, query, limit=limit):
        people = " → ".join(
            n for n in (r.giver_name or _("ich"), r.recipient_name, r.recommended_name) if n
        )
        detail = " – ".join(
            p for p in (format_date(r.referred_on), enum_label(r.status), _short(r.need, 60)) if p
        )
        hits.append(Hit("referral", "referrals", r.id, people, detail))
    return hits


def _engagements(session: Session, text: str, today: dt.date, limit: int) -> list[Hit]:
    query = engagement_service.EngagementQuery(now=dt.datetime.combine(today, dt.time()), text=text)
    rows = engagement_service.fetch_engagements(session, query, limit=limit)
    return [
        Hit(
            "engagement",
            "engagements",
            r.id,
            r.contact_name,
            " – ".join(p for p in (r.title, enum_label(r.status)) if p),
        )
        for r in rows
    ]


def _feedback(session: Session, text: str, use_fts: bool, limit: int) -> list[Hit]:
    stmt = (
        select(Feedback.id, Contact.name, Feedback.received_on, Feedback.first_time)
        .join(Engagement, Engagement.id == Feedback.engagement_id)
        .join(Contact, Contact.id == Engagement.contact_id)
        .where(
            Contact.erased_at.is_(None),
            search.record_filter(
                text,
                use_fts=use_fts,
                people=(Engagement.contact_id,),
                texts=(
                    Feedback.first_time,
                    Feedback.works_better,
                    Feedback.benefit,
                    Feedback.testimonial_text,
                ),
            ),
        )
        .order_by(Feedback.received_on.desc(), Feedback.id.desc())
        .limit(limit)
    )
    return [
        Hit("feedback", "feedback", fid, name, f"{format_date(on)} – {_short(first)}".strip(" –"))
        for fid, name, on, first in session.execute(stmt)
    ]


def _activities(session: Session, text: str, use_fts: bool, limit: int) -> list[Hit]:
    stmt = (
        select(
            Activity.id,
            Activity.contact_id,
            Activity.referral_id,
            Activity.engagement_id,
            Activity.kind,
            Activity.occurred_on,
            Activity.text,
            Contact.name,
        )
        .join(Contact, Contact.id == Activity.contact_id)
        .where(
            Contact.erased_at.is_(None),
            search.record_filter(
                text, use_fts=use_fts, people=(Activity.contact_id,), texts=(Activity.text,)
            ),
        )
        .order_by(Activity.occurred_on.desc(), Activity.id.desc())
        .limit(limit)
    )
    hits = []
    for _aid, cid, rid, eid, kind, on, body, name in session.execute(stmt):
        # An activity has no view of its own: it opens what it was about.
        view, record = (
            ("referrals", rid)
            if rid is not None
            else ("engagements", eid)
            if eid is not None
            else ("contacts", cid)
        )
        detail = f"{format_date(on)} {enum_label(kind)} – {_short(body)}".strip(" –")
        hits.append(Hit("activity", view, record, name, detail))
    return hits


def _reminders(session: Session, text: str, use_fts: bool, limit: int) -> list[Hit]:
    stmt = (
        select(Reminder.id)
        .outerjoin(Contact, Contact.id == Reminder.contact_id)
        .where(
            Reminder.done_on.is_(None),
            Contact.erased_at.is_(None),
            search.record_filter(
                text, use_fts=use_fts, people=(Reminder.contact_id,), texts=(Reminder.text,)
            ),
        )
        .order_by(Reminder.due_on, Reminder.id)
        .limit(limit)
    )
    ids = list(session.scalars(stmt))
    if not ids:
        return []
    hits = []
    for row in reminders.list_reminders(session, ids=ids):
        view, record = row.link or ("today", 0)
        title = row.contact_name or _("Erinnerung")
        detail = f"{format_date(row.due_on)} – {_short(row.text)}"
        hits.append(Hit("reminder", view, record, title, detail))
    return hits
