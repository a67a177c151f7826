"""The person part of an import: merging into a duplicate (its fields, name parts,
birthday, further details and addresses) and listing names split by a guess (the
bulk insert is :mod:`interchange.import_commit`).

Checking them for the preview is :func:`interchange.preview_item.clean_person`.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from empfehlung_desktop.errors import UserError
from empfehlung_desktop.i18n import N_, _, translate
from empfehlung_desktop.interchange.preview_item import Action, PreviewItem
from empfehlung_desktop.interchange.records import PersonFields
from empfehlung_desktop.model import Contact, ContactDetail, DetailKind
from empfehlung_desktop.services import settings
from empfehlung_desktop.services.contacts.person import (
    NAMES_TO_CHECK,
    address_row,
)


def merge_person(contact: Contact, fields: PersonFields) -> None:
    """Fill the duplicate's empty person fields; add details and addresses it lacks."""
    for attr in ("title", "given_name", "family_name", "name_suffix", "tags"):
        if getattr(fields, attr) and not getattr(contact, attr):
            setattr(contact, attr, getattr(fields, attr))
    if contact.birth_day is None and fields.birth_day is not None:
        contact.birth_day, contact.birth_month = fields.birth_day, fields.birth_month
        contact.birth_year = fields.birth_year
    if contact.salutation.value == "none":
        contact.salutation = fields.salutation
    known = {(d.kind, d.value.casefold()) for d in contact.details}
    known |= {(DetailKind.EMAIL, contact.email.casefold()), (DetailKind.PHONE, contact.phone)}
    for detail in fields.details:
        if (detail.kind, detail.value.casefold()) not in known:
            contact.details.append(
                ContactDetail(
                    kind=detail.kind,
                    label=detail.label,
                    value=detail.value,
                    position=len(contact.details),
                )
            )
    places = {(a.street, a.postcode, a.city) for a in contact.addresses}
    for address in fields.addresses:
        if (address.street, address.postcode, address.city) not in places:
            contact.addresses.append(address_row(address, len(contact.addresses)))


def merge_existing(
    session: Session, items: list[PreviewItem], origin: str
) -> tuple[int, list[int]]:
    """Merge ``items`` marked so into their duplicates; (count, ids whose name parts
    came from a guess)."""
    merged = 0
    guessed: list[int] = []
    for item in items:
        if item.action is not Action.MERGE or item.duplicate_of is None:
            continue
        contact = session.get(Contact, item.duplicate_of)
        if contact is None or contact.erased_at is not None:
            raise UserError(
                _(
                    "{position}: Der Kontakt „{duplicate_name}“ wurde inzwischen gelöscht; "
                    "bitte die Vorschau neu erstellen."
                ).format(position=item.position, duplicate_name=item.duplicate_name)
            )
        differing: list[str] = []
        for attr, source_label in _MERGE_FIELDS.items():
            label = translate(source_label)
            new, old = getattr(item, attr), getattr(contact, attr)
            if new and not old:
                setattr(contact, attr, new)
            elif new and new.casefold() != old.casefold():
                differing.append(f"{label}: {new}")
        had_parts = bool(contact.given_name or contact.family_name)
        merge_person(contact, item.person)
        if item.person.name_guessed and not had_parts and contact.family_name:
            guessed.append(contact.id)
        if item.notes and item.notes not in contact.notes:
            differing.append(item.notes)
        if differing:
            block = _("Aus {origin}:").format(origin=origin) + "\n" + "\n".join(differing)
            contact.notes = f"{contact.notes}\n\n{block}".strip()
        merged += 1
    session.flush()
    return merged, guessed


_MERGE_FIELDS = {
    "organisation": N_("Organisation"),
    "email": N_("E-Mail"),
    "phone": N_("Telefon"),
    "profession": N_("Beruf"),
    "competences": N_("Kompetenzen"),
}


def list_names_to_check(session: Session, contact_ids: list[int]) -> None:
    """Names the import split by a guess are listed for checking, as the update lists its own."""
    if not contact_ids:
        return
    listed = [int(i) for i in settings.get(session, NAMES_TO_CHECK)]
    known = set(listed)
    listed += [i for i in dict.fromkeys(contact_ids) if i not in known]
    settings.set_value(session, NAMES_TO_CHECK, listed)
