"""The person part of an import: checking name parts, birthday, further details and
addresses for the preview, and merging them into a duplicate.

Nothing is dropped: a value that cannot be kept in its field (an invalid further
e-mail, an impossible birthday, an over-long address line) goes into the notes
with a hint, like every other value without a field.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from empfehlung_desktop.i18n import _
from empfehlung_desktop.interchange.records import PersonFields
from empfehlung_desktop.model import Contact, ContactDetail, DetailKind
from empfehlung_desktop.names import split_name
from empfehlung_desktop.services.contacts import person as person_service
from empfehlung_desktop.services.contacts.person import (
    AddressData,
    DetailData,
    PersonName,
    address_row,
)
from empfehlung_desktop.services.contacts.validation import check_phone, normalize_email

_ADDRESS_LIMITS = {"street": 200, "postcode": 20, "city": 100, "region": 100, "country": 100}


def clean_person(
    name: str,
    fields: PersonFields,
    *,
    country: str,
    practice_country: str,
    today: dt.date | None,
    warnings: list[str],
    extra: list[str],
) -> tuple[str, PersonFields]:
    """(display name, checked person fields); odd values go to ``extra`` with a warning."""
    names = person_service.complete_name(
        PersonName(
            name,
            fields.salutation,
            fields.title,
            fields.given_name,
            fields.family_name,
            fields.name_suffix,
        )
    )
    parts = {
        "title": names.title,
        "given_name": names.given_name,
        "family_name": names.family_name,
        "name_suffix": names.name_suffix,
    }
    limits = {"title": 60, "given_name": 100, "family_name": 100, "name_suffix": 60}
    for key, limit in limits.items():
        if len(parts[key]) > limit:
            parts[key] = ""  # the full name is still in the display name
    day, month, year = fields.birth_day, fields.birth_month, fields.birth_year
    error = person_service.check_birthday(day, month, year, today)
    if error:
        warnings.append(_("Geburtstag: {error} Er steht in den Notizen.").format(error=error))
        shown = person_service.iso_birthday(day, month, year) or ""
        extra.append(_("Geburtstag: {value}").format(value=shown))
        day = month = year = None
    details = [
        d
        for d in (
            _clean_detail(d, country, practice_country, warnings, extra) for d in fields.details
        )
        if d is not None
    ]
    addresses = [_clean_address(a, warnings, extra) for a in fields.addresses]
    tags = person_service.clean_tags(fields.tags)
    if len(tags) > 500:
        warnings.append(_("Zu viele Schlagwörter; sie stehen in den Notizen."))
        extra.append(_("Schlagwörter: {value}").format(value=tags))
        tags = ""
    cleaned = replace(
        fields,
        salutation=names.salutation,
        title=parts["title"],
        given_name=parts["given_name"],
        family_name=parts["family_name"],
        name_suffix=parts["name_suffix"],
        birth_day=day,
        birth_month=month,
        birth_year=year,
        tags=tags,
        details=details,
        addresses=[a for a in addresses if not a.is_empty()],
        name_guessed=_split_by_guess(name, fields),
    )
    return names.name, cleaned


def _split_by_guess(name: str, fields: PersonFields) -> bool:
    """Whether the name parts will be a guess: the file gave only a name, an unsure one."""
    if fields.given_name.strip() or fields.family_name.strip() or not name.strip():
        return False
    return not split_name(name).certain


def _clean_detail(
    detail: DetailData,
    country: str,
    practice_country: str,
    warnings: list[str],
    extra: list[str],
) -> DetailData | None:
    value = detail.value.strip()
    if not value:
        return None
    label = " ".join(detail.label.split())
    if len(label) > 60:
        extra.append(_("Bezeichnung: {value}").format(value=label))
        label = label[:60]
    if detail.kind is DetailKind.EMAIL:
        value, error = normalize_email(value)
        if error:
            warnings.append(_("{error} Sie steht stattdessen in den Notizen.").format(error=error))
            extra.append(_("E-Mail (ungültig): {email}").format(email=detail.value.strip()))
            return None
    elif detail.kind is DetailKind.PHONE:
        checked = check_phone(value, country=country, practice_country=practice_country)
        value = checked.text
        if checked.error:
            warnings.append(
                _("{error} Sie wird unverändert übernommen.").format(error=checked.error)
            )
        elif checked.hint:
            warnings.append(checked.hint)
    if len(value) > 500:
        warnings.append(_("Eine Angabe ist zu lang; sie steht vollständig in den Notizen."))
        extra.append(f"{label or detail.kind.label}: {value}")
        return None
    return DetailData(detail.kind, value, label)


def _clean_address(address: AddressData, warnings: list[str], extra: list[str]) -> AddressData:
    values = {key: _tidy(getattr(address, key)) for key in _ADDRESS_LIMITS}
    label = " ".join(address.label.split())[:60]
    if any(len(values[k]) > limit for k, limit in _ADDRESS_LIMITS.items()):
        full = AddressData(**values).one_line()
        warnings.append(_("Eine Adresse ist zu lang; sie steht vollständig in den Notizen."))
        extra.append(_("Adresse: {value}").format(value=full))
        values = {k: values[k][:limit] for k, limit in _ADDRESS_LIMITS.items()}
    return AddressData(label=label, **values)


def _tidy(text: str) -> str:
    """Spaces tidied within each line; line breaks (a street on two lines) kept."""
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


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
