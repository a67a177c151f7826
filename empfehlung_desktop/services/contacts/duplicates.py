"""Possible duplicates of a contact, and merging two contacts into one.

A duplicate is another (not erased) contact with the same e-mail address (main
or further), or with the same name and the same phone number. Merging keeps one
contact, fills its empty fields from the other (or takes the values the user
picked), keeps both lists of details, addresses, tags and notes, repoints every
record that referred to the other contact and then deletes it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, or_, select, update
from sqlalchemy.orm import Session

from empfehlung_desktop.errors import ValidationError
from empfehlung_desktop.i18n import _
from empfehlung_desktop.model import (
    Activity,
    ConsentRecord,
    Contact,
    ContactCare,
    ContactDetail,
    DetailKind,
    Engagement,
    Referral,
    ReferralAsk,
    Reminder,
    SpiralStep,
)
from empfehlung_desktop.services.contacts.person import PersonName, address_row, sort_name_of
from empfehlung_desktop.transliterate import match_fold


@dataclass(frozen=True)
class Duplicate:
    contact_id: int
    name: str
    reason: str


def _digits(phone: str) -> str:
    digits = re.sub(r"\D", "", phone)
    if phone.strip().startswith("+"):
        return digits
    if digits.startswith("00"):
        return digits[2:]
    if digits.startswith("0"):
        return "49" + digits[1:]  # a national number of the practice's country
    return digits


def find_duplicates(
    session: Session,
    *,
    name: str,
    emails: list[str],
    phones: list[str],
    exclude_id: int | None = None,
    limit: int = 5,
) -> list[Duplicate]:
    """Other contacts with one of these e-mails, or with this name and one of these phones."""
    found: dict[int, Duplicate] = {}
    wanted = sorted({e.strip().lower() for e in emails if e.strip()})
    alive: ColumnElement[bool] = Contact.erased_at.is_(None)
    if exclude_id is not None:
        alive = alive & (Contact.id != exclude_id)
    if wanted:
        by_main = select(Contact.id, Contact.name, Contact.email).where(
            alive, func.lower(Contact.email).in_(wanted)
        )
        by_detail = (
            select(Contact.id, Contact.name, ContactDetail.value)
            .join(ContactDetail, ContactDetail.contact_id == Contact.id)
            .where(
                alive,
                ContactDetail.kind == DetailKind.EMAIL,
                func.lower(ContactDetail.value).in_(wanted),
            )
        )
        for stmt in (by_main, by_detail):
            for contact_id, other, email in session.execute(stmt.limit(limit)):
                reason = _("gleiche E-Mail-Adresse {email}").format(email=email)
                found.setdefault(contact_id, Duplicate(contact_id, other, reason))
    numbers = {_digits(p) for p in phones if len(_digits(p)) >= 6}
    folded = match_fold(" ".join(name.split()))
    if numbers and folded:
        # Same name first (the name index narrows it), then compare the numbers.
        same_name = session.execute(
            select(Contact.id, Contact.name, Contact.phone)
            .where(alive, func.lower(Contact.name) == name.strip().lower())
            .limit(50)
        ).all()
        for contact_id, other, phone in same_name:
            if match_fold(other) != folded or contact_id in found:
                continue
            extra = session.scalars(
                select(ContactDetail.value).where(
                    ContactDetail.contact_id == contact_id,
                    ContactDetail.kind == DetailKind.PHONE,
                )
            ).all()
            if numbers & {_digits(p) for p in [phone, *extra] if p}:
                reason = _("gleicher Name und gleiche Telefonnummer")
                found[contact_id] = Duplicate(contact_id, other, reason)
    return list(found.values())[:limit]


def duplicates_of(session: Session, contact_id: int) -> list[Duplicate]:
    """Possible duplicates of a stored contact."""
    contact = _alive(session, contact_id)
    kinds = {DetailKind.EMAIL: [contact.email], DetailKind.PHONE: [contact.phone]}
    for detail in contact.details:
        kinds.get(detail.kind, []).append(detail.value)
    return find_duplicates(
        session,
        name=contact.name,
        emails=kinds[DetailKind.EMAIL],
        phones=kinds[DetailKind.PHONE],
        exclude_id=contact.id,
    )


# Fields that a merge fills from the other contact when the kept one has none.
MERGE_FIELDS = (
    "name",
    "title",
    "given_name",
    "family_name",
    "name_suffix",
    "organisation",
    "email",
    "phone",
    "profession",
    "referred_by_id",
    "source",
    "spiral_stage",
    "birth_day",
    "birth_month",
    "birth_year",
    "consent_share_on",
)


def merge_contacts(
    session: Session,
    keep_id: int,
    other_id: int,
    take_from_other: frozenset[str] = frozenset(),
) -> Contact:
    """Merge ``other_id`` into ``keep_id``; ``take_from_other`` names fields whose value
    comes from the other contact even where the kept one has a value."""
    if keep_id == other_id:
        raise ValidationError(
            {"merge": _("Ein Kontakt kann nicht mit sich selbst zusammengeführt werden.")}
        )
    keep = _alive(session, keep_id)
    other = _alive(session, other_id)
    unknown = take_from_other - set(MERGE_FIELDS) - {"salutation", "address_form"}
    if unknown:
        raise ValidationError(
            {"merge": _("Unbekannte Felder: {fields}").format(fields=", ".join(sorted(unknown)))}
        )
    if other.email and keep.email and other.email.lower() != keep.email.lower():
        if "email" in take_from_other:
            _add_detail(keep, DetailKind.EMAIL, keep.email)
        else:
            _add_detail(keep, DetailKind.EMAIL, other.email)
    if other.phone and keep.phone and other.phone != keep.phone:
        if "phone" in take_from_other:
            _add_detail(keep, DetailKind.PHONE, keep.phone)
        else:
            _add_detail(keep, DetailKind.PHONE, other.phone)
    for field in (*MERGE_FIELDS, "salutation", "address_form"):
        mine, theirs = getattr(keep, field), getattr(other, field)
        if field in take_from_other or (mine in (None, "") and theirs not in (None, "")):
            setattr(keep, field, theirs)
    if keep.referred_by_id == keep.id:
        keep.referred_by_id = None
    if other.name != keep.name and "name" not in take_from_other:
        _note(keep, _("Zusammengeführt mit „{name}“.").format(name=other.name))
    keep.roles = keep.roles | other.roles
    keep.consent_share = keep.consent_share or other.consent_share
    keep.tags = ", ".join(
        dict.fromkeys(t.strip() for t in f"{keep.tags},{other.tags}".split(",") if t.strip())
    )
    keep.competences = ", ".join(
        dict.fromkeys(
            t.strip() for t in f"{keep.competences},{other.competences}".split(",") if t.strip()
        )
    )
    if other.notes.strip() and other.notes.strip() not in keep.notes:
        _note(keep, other.notes.strip())
    for detail in list(other.details):
        _add_detail(keep, detail.kind, detail.value, detail.label)
    have = {(a.street, a.postcode, a.city, a.country) for a in keep.addresses}
    for address in list(other.addresses):
        if (address.street, address.postcode, address.city, address.country) not in have:
            keep.addresses.append(address_row(address, len(keep.addresses)))
    session.flush()
    _repoint(session, keep_id, other_id)
    session.delete(other)
    session.flush()
    session.refresh(keep)

    keep.sort_name = sort_name_of(
        PersonName(keep.name, given_name=keep.given_name, family_name=keep.family_name)
    )
    session.flush()
    return keep


def _alive(session: Session, contact_id: int) -> Contact:
    contact = session.get(Contact, contact_id)
    if contact is None or contact.erased_at is not None:
        raise ValidationError(
            {"merge": _("Kontakt {contact_id} gibt es nicht (mehr).").format(contact_id=contact_id)}
        )
    return contact


def _note(contact: Contact, text: str) -> None:
    contact.notes = f"{contact.notes.rstrip()}\n\n{text}".strip() if contact.notes else text


def _add_detail(contact: Contact, kind: DetailKind, value: str, label: str = "") -> None:
    main = {DetailKind.EMAIL: contact.email, DetailKind.PHONE: contact.phone}.get(kind, "")
    if value.strip().lower() == main.strip().lower():
        return
    if any(d.kind is kind and d.value.lower() == value.lower() for d in contact.details):
        return
    contact.details.append(
        ContactDetail(kind=kind, value=value, label=label, position=len(contact.details))
    )


def _repoint(session: Session, keep_id: int, other_id: int) -> None:
    """Every record that referred to ``other_id`` refers to ``keep_id`` now."""
    for entity in (SpiralStep, ConsentRecord, ReferralAsk, Engagement, Activity, Reminder):
        session.execute(
            update(entity).where(entity.contact_id == other_id).values(contact_id=keep_id)
        )
    # Per-person care (own rhythm, "not for this person"): the kept contact's wins.
    if session.get(ContactCare, keep_id) is None:
        session.execute(
            update(ContactCare).where(ContactCare.contact_id == other_id).values(contact_id=keep_id)
        )
    session.execute(
        update(Engagement)
        .where(Engagement.referred_by_id == other_id)
        .values(referred_by_id=keep_id)
    )
    for column in ("giver_id", "recommended_id", "recipient_id"):
        attr = getattr(Referral, column)
        session.execute(update(Referral).where(attr == other_id).values({column: keep_id}))
    session.execute(
        update(Contact)
        .where(Contact.referred_by_id == other_id, Contact.id != keep_id)
        .values(referred_by_id=keep_id)
    )
    session.execute(
        update(Contact)
        .where(Contact.id == keep_id, or_(Contact.referred_by_id == other_id))
        .values(referred_by_id=None)
    )
    session.expire_all()
