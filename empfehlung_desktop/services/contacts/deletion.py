"""Deleting contacts: what else a deletion touches (for the question), and the deletion."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from empfehlung_desktop.errors import NotFoundError
from empfehlung_desktop.i18n import _, ngettext
from empfehlung_desktop.model import Contact, Engagement, Feedback, Referral


def _live_contact(session: Session, contact_id: int) -> Contact:
    contact = session.get(Contact, contact_id)
    if contact is None or contact.erased_at is not None:
        raise NotFoundError(
            _("Kontakt {contact_id} gibt es nicht (mehr).").format(contact_id=contact_id)
        )
    return contact


@dataclass(frozen=True)
class DeleteImpact:
    """What else a deletion touches, for the confirmation question."""

    referrals: int
    engagements: int
    feedback: int
    referred_contacts: int

    def describe(self) -> str:
        parts = []
        if self.engagements:
            text = ngettext(
                "{n} Anfrage bzw. Auftrag wird mitgelöscht",
                "{n} Anfragen bzw. Aufträge werden mitgelöscht",
                self.engagements,
            )
            parts.append(text.format(n=self.engagements))
        if self.feedback:
            text = ngettext(
                "{n} Feedback wird mitgelöscht", "{n} Feedbacks werden mitgelöscht", self.feedback
            )
            parts.append(text.format(n=self.feedback))
        if self.referrals:
            text = ngettext(
                "{n} Empfehlung verliert diese Person",
                "{n} Empfehlungen verlieren diese Person",
                self.referrals,
            )
            parts.append(text.format(n=self.referrals))
        if self.referred_contacts:
            text = ngettext(
                "bei {n} Kontakt entfällt „empfohlen von“",
                "bei {n} Kontakten entfällt „empfohlen von“",
                self.referred_contacts,
            )
            parts.append(text.format(n=self.referred_contacts))
        return "; ".join(parts)


def delete_impact(session: Session, contact_ids: list[int]) -> DeleteImpact:
    referrals = session.scalar(
        select(func.count())
        .select_from(Referral)
        .where(
            Referral.giver_id.in_(contact_ids)
            | Referral.recommended_id.in_(contact_ids)
            | Referral.recipient_id.in_(contact_ids)
        )
    )
    engagements = session.scalar(
        select(func.count()).select_from(Engagement).where(Engagement.contact_id.in_(contact_ids))
    )
    feedback = session.scalar(
        select(func.count())
        .select_from(Feedback)
        .join(Engagement)
        .where(Engagement.contact_id.in_(contact_ids))
    )
    referred = session.scalar(
        select(func.count()).select_from(Contact).where(Contact.referred_by_id.in_(contact_ids))
    )
    return DeleteImpact(
        int(referrals or 0), int(engagements or 0), int(feedback or 0), int(referred or 0)
    )


def delete_contacts(session: Session, contact_ids: list[int]) -> None:
    for contact_id in contact_ids:
        session.delete(_live_contact(session, contact_id))
    session.flush()
