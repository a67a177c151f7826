"""The person part of an import: merging name parts, birthday, further details and
addresses into a duplicate (the bulk insert is :mod:`interchange.import_commit`).

Checking them for the preview is :func:`interchange.preview_item.clean_person`.
"""

from __future__ import annotations

from empfehlung_desktop.interchange.records import PersonFields
from empfehlung_desktop.model import Contact, ContactDetail, DetailKind
from empfehlung_desktop.services.contacts.person import (
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
