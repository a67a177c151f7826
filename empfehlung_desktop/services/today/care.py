"""Per-person choices for "Heute": never ask this person, and their own rhythm.

One ``contact_care`` row per person who has such a choice; people without one
follow the rules of their roles.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from empfehlung_desktop.errors import NotFoundError, ValidationError
from empfehlung_desktop.i18n import _
from empfehlung_desktop.model import Contact, ContactCare

MAX_RHYTHM_DAYS = 3650


@dataclass(frozen=True)
class Care:
    """A person's choices; ``keep_in_touch_days`` None = the rhythm of their roles."""

    contact_id: int
    never_ask: bool = False
    keep_in_touch_days: int | None = None


def get_care(session: Session, contact_id: int) -> Care:
    row = session.get(ContactCare, contact_id)
    if row is None:
        return Care(contact_id)
    return Care(contact_id, row.never_ask, row.keep_in_touch_days)


def _row(session: Session, contact_id: int) -> ContactCare:
    contact = session.get(Contact, contact_id)
    if contact is None or contact.erased_at is not None:
        raise NotFoundError(_("Diesen Kontakt gibt es nicht mehr."))
    row = session.get(ContactCare, contact_id)
    if row is None:
        row = ContactCare(contact_id=contact_id, never_ask=False, keep_in_touch_days=None)
        session.add(row)
    return row


def set_never_ask(session: Session, contact_id: int, never: bool = True) -> None:
    """ "Nicht für diese Person": never suggest asking them for a referral."""
    _row(session, contact_id).never_ask = never
    session.flush()


def set_rhythm(session: Session, contact_id: int, days: int | None) -> None:
    """The person's own keep-in-touch rhythm (0 = never, None = as their roles)."""
    if days is not None and not 0 <= days <= MAX_RHYTHM_DAYS:
        raise ValidationError(
            {
                "keep_in_touch_days": _("Der Rhythmus liegt zwischen 0 und {max} Tagen.").format(
                    max=MAX_RHYTHM_DAYS
                )
            }
        )
    _row(session, contact_id).keep_in_touch_days = days
    session.flush()


def set_care(session: Session, contact_id: int, never_ask: bool, days: int | None) -> None:
    """Both choices at once (the contact form); no row is made for the defaults."""
    if session.get(ContactCare, contact_id) is None and not never_ask and days is None:
        return
    set_rhythm(session, contact_id, days)
    set_never_ask(session, contact_id, never_ask)
