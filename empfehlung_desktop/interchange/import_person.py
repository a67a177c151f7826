"""The person part of an import: writing name parts, birthday, further details and
addresses in bulk, and merging them into a duplicate.

Checking them for the preview is :func:`interchange.preview_item.clean_person`.
"""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from empfehlung_desktop.interchange.records import PersonFields
from empfehlung_desktop.model import Contact, ContactAddress, ContactDetail, DetailKind
from empfehlung_desktop.services.contacts import person as person_service
from empfehlung_desktop.services.contacts.person import (
    PersonName,
    address_row,
)


def person_columns(name: str, fields: PersonFields) -> dict[str, Any]:
    """The contact table's person columns for a bulk insert."""
    return {
        "salutation": fields.salutation,
        "title": fields.title,
        "given_name": fields.given_name,
        "family_name": fields.family_name,
        "name_suffix": fields.name_suffix,
        "address_form": fields.address_form,
        "birth_day": fields.birth_day,
        "birth_month": fields.birth_month,
        "birth_year": fields.birth_year,
        "tags": fields.tags,
        "sort_name": person_service.sort_name_of(
            PersonName(name, given_name=fields.given_name, family_name=fields.family_name)
        ),
    }


def insert_lists(session: Session, people: dict[str, PersonFields], after_id: int) -> None:
    """Further details and addresses of the contacts inserted after ``after_id`` (by UID)."""
    wanted = {uid: p for uid, p in people.items() if p.details or p.addresses}
    if not wanted:
        return
    ids = dict(session.execute(select(Contact.uid, Contact.id).where(Contact.id > after_id)).all())
    details: list[dict[str, Any]] = []
    addresses: list[dict[str, Any]] = []
    for uid, fields in wanted.items():
        contact_id = ids.get(uid)
        if contact_id is None:
            continue
        details += [
            {
                "contact_id": contact_id,
                "kind": d.kind,
                "label": d.label,
                "value": d.value,
                "position": i,
            }
            for i, d in enumerate(fields.details)
        ]
        addresses += [
            {
                "contact_id": contact_id,
                "label": a.label,
                "street": a.street,
                "postcode": a.postcode,
                "city": a.city,
                "region": a.region,
                "country": a.country,
                "position": i,
            }
            for i, a in enumerate(fields.addresses)
        ]
    conn = session.connection()
    for table, rows in (
        (cast(Table, ContactDetail.__table__), details),
        (cast(Table, ContactAddress.__table__), addresses),
    ):
        for start in range(0, len(rows), 5000):
            conn.execute(insert(table), rows[start : start + 5000])


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
