"""One search for everything (Ctrl+K): contacts, referrals, Anfragen, feedback,
activities and reminders, a few of each, grouped by kind.

Contacts go through the contact search (search index); the records match every
term in a person they name (through the same index) or in their own text columns
(LIKE). Each hit names the view and record it opens.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import false, or_, select
from sqlalchemy.orm import Session, aliased

from empfehlung_desktop.i18n import _, enum_label, format_date
from empfehlung_desktop.model import Activity, Contact, Engagement, Feedback, Referral, Reminder
from empfehlung_desktop.services.contacts import contacts as contact_service
from empfehlung_desktop.services.today import reminders
from empfehlung_desktop.store import search

# Kinds in display order.
KINDS = ("contact", "referral", "engagement", "feedback", "activity", "reminder")
MIN_CHARS = 2
PEOPLE_FOR_SHORT_TERMS = 50
# Builds a record's WHERE clause from (people columns, text columns).
Match = Callable[[tuple[Any, ...], tuple[Any, ...]], Any]


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
    """At most ``per_kind`` hits of each kind, in the order of :data:`KINDS`.

    With a term shorter than three letters (no trigram can help) the records are
    found only through the people the contact search finds (word starts, fast at
    100,000 contacts), not by scanning their texts.
    """
    if len(text.strip()) < MIN_CHARS:
        return []
    contacts = contact_service.fetch_contacts(
        session, contact_service.ContactQuery(text=text), limit=PEOPLE_FOR_SHORT_TERMS
    )
    hits = [
        Hit(
            "contact",
            "contacts",
            r.id,
            r.name,
            " · ".join(p for p in (r.organisation, r.email) if p),
        )
        for r in contacts[:per_kind]
    ]
    match: Match
    if any(len(term) < 3 for term in search.split_terms(text)):
        match = _among_people([r.id for r in contacts])
    else:
        match = _by_text(text, search.has_fts(session))
    hits += _referrals(session, match, per_kind)
    hits += _engagements(session, match, per_kind)
    hits += _feedback(session, match, per_kind)
    hits += _activities(session, match, per_kind)
    hits += _reminders(session, match, per_kind)
    return sorted(hits, key=lambda h: KINDS.index(h.kind))  # stable: keeps each kind's order


def _among_people(ids: list[int]) -> Match:
    """Records naming one of these people (texts are not searched)."""

    def match(people: tuple[Any, ...], _texts: tuple[Any, ...]) -> Any:
        return or_(*(column.in_(ids) for column in people)) if ids else false()

    return match


def _by_text(text: str, use_fts: bool) -> Match:
    """Every term in a person the record names or in one of its texts."""

    def match(people: tuple[Any, ...], texts: tuple[Any, ...]) -> Any:
        return search.record_filter(text, use_fts=use_fts, people=people, texts=texts)

    return match


def _referrals(session: Session, match: Match, limit: int) -> list[Hit]:
    giver, recommended, recipient = (aliased(Contact, name=n) for n in ("g", "m", "r"))
    stmt = (
        select(
            Referral.id,
            Referral.referred_on,
            Referral.status,
            Referral.need,
            giver.name,
            recipient.name,
            recommended.name,
        )
        .outerjoin(giver, giver.id == Referral.giver_id)
        .outerjoin(recommended, recommended.id == Referral.recommended_id)
        .outerjoin(recipient, recipient.id == Referral.recipient_id)
        .where(
            match(
                (Referral.giver_id, Referral.recommended_id, Referral.recipient_id),
                (Referral.need, Referral.expectations, Referral.notes),
            )
        )
        .order_by(Referral.referred_on.desc(), Referral.id.desc())
        .limit(limit)
    )
    hits = []
    for rid, on, status, need, g_name, r_name, m_name in session.execute(stmt):
        people = " → ".join(n for n in (g_name or _("ich"), r_name, m_name) if n)
        detail = " – ".join(p for p in (format_date(on), enum_label(status), _short(need, 60)) if p)
        hits.append(Hit("referral", "referrals", rid, people, detail))
    return hits


def _engagements(session: Session, match: Match, limit: int) -> list[Hit]:
    stmt = (
        select(Engagement.id, Contact.name, Engagement.title, Engagement.status)
        .join(Contact, Contact.id == Engagement.contact_id)
        .where(
            Contact.erased_at.is_(None),
            match((Engagement.contact_id,), (Engagement.title, Engagement.need)),
        )
        .order_by(Engagement.id.desc())
        .limit(limit)
    )
    return [
        Hit(
            "engagement",
            "engagements",
            eid,
            name,
            " – ".join(p for p in (title, enum_label(status)) if p),
        )
        for eid, name, title, status in session.execute(stmt)
    ]


def _feedback(session: Session, match: Match, limit: int) -> list[Hit]:
    stmt = (
        select(Feedback.id, Contact.name, Feedback.received_on, Feedback.first_time)
        .join(Engagement, Engagement.id == Feedback.engagement_id)
        .join(Contact, Contact.id == Engagement.contact_id)
        .where(
            Contact.erased_at.is_(None),
            match(
                (Engagement.contact_id,),
                (
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


def _activities(session: Session, match: Match, limit: int) -> list[Hit]:
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
            match((Activity.contact_id,), (Activity.text,)),
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


def _reminders(session: Session, match: Match, limit: int) -> list[Hit]:
    stmt = (
        select(Reminder.id)
        .outerjoin(Contact, Contact.id == Reminder.contact_id)
        .where(
            Reminder.done_on.is_(None),
            Contact.erased_at.is_(None),
            match((Reminder.contact_id,), (Reminder.text,)),
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
