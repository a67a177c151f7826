"""A contact's story on one page: everything about the person, newest first, with counts.

One query per kind of record (columns only, no ORM objects), merged and sorted in
Python; each entry names the view and record it links to.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from empfehlung_desktop.i18n import _, enum_label, format_time
from empfehlung_desktop.model import (
    Activity,
    ConsentRecord,
    Contact,
    Engagement,
    EngagementStatus,
    Feedback,
    Referral,
    ReferralAsk,
    ReferralDirection,
    SpiralStep,
)
from empfehlung_desktop.services.contacts.activities import involving, last_contact_on
from empfehlung_desktop.services.contacts.contacts import get_contact

D = ReferralDirection

# View keys of the main window an entry links to.
CONTACTS, REFERRALS, ENGAGEMENTS, FEEDBACK = "contacts", "referrals", "engagements", "feedback"


@dataclass(frozen=True)
class TimelineEntry:
    """One event in a person's story; ``view``/``record_id`` say where it lives."""

    on: dt.date
    kind: str
    title: str
    detail: str
    view: str
    record_id: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "on": self.on.isoformat(),
            "kind": self.kind,
            "title": self.title,
            "detail": self.detail,
            "view": self.view,
            "record_id": self.record_id,
        }


@dataclass(frozen=True)
class Timeline:
    """The counts at the top and the entries, newest first."""

    contact_id: int
    name: str
    referrals_given: int
    referrals_received: int
    engagements: int
    last_contact: dt.date | None
    entries: list[TimelineEntry] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "contact_id": self.contact_id,
            "name": self.name,
            "counts": {
                "referrals_given": self.referrals_given,
                "referrals_received": self.referrals_received,
                "engagements": self.engagements,
                "last_contact": self.last_contact.isoformat() if self.last_contact else None,
            },
            "entries": [e.to_dict() for e in self.entries],
        }


def build_timeline(session: Session, contact_id: int) -> Timeline:
    """The person's timeline (raises ``NotFoundError`` for a missing or erased contact).

    ``referrals_given``: they recommended someone (they are the giver);
    ``referrals_received``: someone was recommended to them or they to someone
    (recipient or recommended).
    """
    contact = get_contact(session, contact_id)
    entries: list[TimelineEntry] = []
    entries += _activities(session, contact_id)
    referral_entries, given, received = _referrals(session, contact_id)
    entries += referral_entries
    engagement_entries, engagements = _engagements(session, contact_id)
    entries += engagement_entries
    entries += _feedback(session, contact_id)
    entries += _contact_history(session, contact_id)
    # Newest first; on one day the later kind of record first, then the newer row.
    entries.sort(key=lambda e: (e.on, _KIND_RANK.get(e.kind, 0), e.record_id), reverse=True)
    return Timeline(
        contact.id,
        contact.name,
        given,
        received,
        engagements,
        last_contact_on(session, contact_id),
        entries,
    )


_KIND_RANK = {"feedback": 3, "engagement_end": 2, "first_meeting": 1}


def _activities(session: Session, contact_id: int) -> list[TimelineEntry]:
    stmt = select(
        Activity.kind,
        Activity.occurred_on,
        Activity.text,
        Activity.referral_id,
        Activity.engagement_id,
    ).where(Activity.contact_id == contact_id)
    entries = []
    for kind, on, text, referral_id, engagement_id in session.execute(stmt):
        # An activity has no view of its own: it links to what it was about.
        if referral_id is not None:
            view, record = REFERRALS, referral_id
        elif engagement_id is not None:
            view, record = ENGAGEMENTS, engagement_id
        else:
            view, record = CONTACTS, contact_id
        entries.append(TimelineEntry(on, "activity", enum_label(kind), text, view, record))
    return entries


def _name(name: str | None) -> str:
    return name or _("(unbekannt)")


def _referrals(session: Session, contact_id: int) -> tuple[list[TimelineEntry], int, int]:
    giver, recommended, recipient = (aliased(Contact, name=n) for n in ("g", "m", "r"))
    stmt = (
        select(
            Referral.id,
            Referral.direction,
            Referral.status,
            Referral.referred_on,
            Referral.giver_id,
            Referral.recommended_id,
            Referral.recipient_id,
            giver.name,
            recommended.name,
            recipient.name,
            Referral.consent_on,
            Referral.consent_given,
            Referral.need,
            Referral.thanked_on,
            Referral.thanks_note,
        )
        .outerjoin(giver, giver.id == Referral.giver_id)
        .outerjoin(recommended, recommended.id == Referral.recommended_id)
        .outerjoin(recipient, recipient.id == Referral.recipient_id)
        .where(involving(contact_id))
    )
    entries: list[TimelineEntry] = []
    given = received = 0
    for row in session.execute(stmt):
        rid, direction, status, on, giver_id, recommended_id, recipient_id = row[:7]
        g_name, m_name, r_name, consent_on, consent_given, need, thanked_on, thanks = row[7:]
        if giver_id == contact_id:
            given += 1
            if recommended_id is None:  # the practitioner was recommended
                title = _("Hat mir {recipient} empfohlen").format(recipient=_name(r_name))
            else:
                title = _("Hat {recipient} an {recommended} empfohlen").format(
                    recipient=_name(r_name), recommended=m_name
                )
            kind = "referral_given"
            if thanked_on is not None:
                thanked = _("Für die Empfehlung bedankt")
                entries.append(TimelineEntry(thanked_on, "thanks", thanked, thanks, REFERRALS, rid))
        elif recipient_id == contact_id:
            received += 1
            if direction is D.INCOMING:
                title = _("Kam auf Empfehlung von {giver}").format(giver=_name(g_name))
            elif direction is D.OUTGOING:
                title = _("An {recommended} weiterempfohlen").format(recommended=_name(m_name))
            else:
                title = _("Mit {recommended} bekannt gemacht").format(recommended=_name(m_name))
            kind = "referral_received"
        else:
            received += 1
            if direction is D.INTRODUCTION:
                title = _("Mit {recipient} bekannt gemacht").format(recipient=_name(r_name))
            else:
                title = _("Empfehlung bekommen: {recipient}").format(recipient=_name(r_name))
            kind = "referral_introduced" if direction is D.INTRODUCTION else "referral_received"
        detail = " – ".join(p for p in (enum_label(status), _first_line(need)) if p)
        entries.append(TimelineEntry(on, kind, title, detail, REFERRALS, rid))
        if recipient_id == contact_id and consent_on is not None:
            consent = (
                _("Weitergabe der Kontaktdaten erlaubt")
                if consent_given
                else _("Weitergabe der Kontaktdaten nicht erlaubt")
            )
            entries.append(TimelineEntry(consent_on, "consent", consent, "", REFERRALS, rid))
    return entries, given, received


def _first_line(text: str) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= 80 else line[:79] + "…"


def _engagements(session: Session, contact_id: int) -> tuple[list[TimelineEntry], int]:
    stmt = select(
        Engagement.id,
        Engagement.title,
        Engagement.status,
        Engagement.first_meeting_at,
        Engagement.started_on,
        Engagement.ended_on,
        Engagement.created_at,
    ).where(Engagement.contact_id == contact_id)
    entries: list[TimelineEntry] = []
    count = 0
    for eid, title, status, meeting_at, started_on, ended_on, created_at in session.execute(stmt):
        count += 1
        label = title or _("Anfrage {id}").format(id=eid)
        if meeting_at is not None:
            text = _("Erstgespräch: {title}").format(title=label)
            detail = _("um {time} Uhr").format(time=format_time(meeting_at))
            entries.append(
                TimelineEntry(meeting_at.date(), "first_meeting", text, detail, ENGAGEMENTS, eid)
            )
        if started_on is not None:
            text = _("Auftrag begonnen: {title}").format(title=label)
            entries.append(TimelineEntry(started_on, "engagement", text, "", ENGAGEMENTS, eid))
        if ended_on is not None:
            text = _("{status}: {title}").format(status=enum_label(status), title=label)
            entries.append(TimelineEntry(ended_on, "engagement_end", text, "", ENGAGEMENTS, eid))
        if meeting_at is None and started_on is None and ended_on is None:
            text = _("Anfrage: {title}").format(title=label)
            detail = enum_label(status) if status is not EngagementStatus.REQUEST else ""
            entries.append(
                TimelineEntry(created_at.date(), "engagement", text, detail, ENGAGEMENTS, eid)
            )
    return entries, count


def _feedback(session: Session, contact_id: int) -> list[TimelineEntry]:
    stmt = (
        select(Feedback.id, Feedback.received_on, Feedback.recommend_score, Feedback.first_time)
        .join(Engagement, Engagement.id == Feedback.engagement_id)
        .where(Engagement.contact_id == contact_id)
    )
    entries = []
    for fid, on, score, first_time in session.execute(stmt):
        if score is not None:
            title = _("Feedback: Weiterempfehlung {score}/10").format(score=score)
        else:
            title = _("Feedback erhalten")
        entries.append(TimelineEntry(on, "feedback", title, _first_line(first_time), FEEDBACK, fid))
    return entries


def _contact_history(session: Session, contact_id: int) -> list[TimelineEntry]:
    """Spiral changes, asks for referrals and consents: records on the contact itself."""
    entries = []
    steps = select(SpiralStep.changed_on, SpiralStep.stage, SpiralStep.previous_stage,
                   SpiralStep.note).where(SpiralStep.contact_id == contact_id)  # fmt: skip
    for on, stage, previous, note in session.execute(steps):
        title = _("Stufe {stage}").format(stage=enum_label(stage))
        if previous is not None:
            title += " " + _("(vorher {stage})").format(stage=enum_label(previous))
        entries.append(TimelineEntry(on, "spiral", title, note, CONTACTS, contact_id))
    asks = select(ReferralAsk.asked_on, ReferralAsk.result, ReferralAsk.note).where(
        ReferralAsk.contact_id == contact_id
    )
    for on, result, note in session.execute(asks):
        title = _("Um Empfehlung gebeten: {result}").format(result=enum_label(result))
        entries.append(TimelineEntry(on, "ask", title, note, CONTACTS, contact_id))
    consents = select(
        ConsentRecord.given_on, ConsentRecord.purpose, ConsentRecord.withdrawn_on
    ).where(ConsentRecord.contact_id == contact_id)
    for on, purpose, withdrawn_on in session.execute(consents):
        title = _("Einwilligung: {purpose}").format(purpose=enum_label(purpose))
        entries.append(TimelineEntry(on, "consent", title, "", CONTACTS, contact_id))
        if withdrawn_on is not None:
            title = _("Einwilligung widerrufen: {purpose}").format(purpose=enum_label(purpose))
            entries.append(TimelineEntry(withdrawn_on, "consent", title, "", CONTACTS, contact_id))
    return entries
