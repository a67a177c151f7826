"""A contact as a person: name parts, greeting, birthday, further details and addresses.

:mod:`services.contacts.contacts` keeps the list and the edits; this module holds
what the person model adds to them, so that each stays small.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, TypeVar

from empfehlung_desktop.i18n import _, current_language
from empfehlung_desktop.model import AddressForm, DetailKind, Salutation
from empfehlung_desktop.names import compose_name, iso_birthday, name_sort_key, split_name

__all__ = ["iso_birthday"]
from empfehlung_desktop.services.contacts.validation import normalize_email

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from empfehlung_desktop.model import Contact, ContactAddress

NAMES_TO_CHECK = "contacts.names_to_check"

_SALUTATION_CODES = {"ms": Salutation.MS, "mr": Salutation.MR}
_D = TypeVar("_D", bound=Any)


@dataclass(frozen=True, slots=True)
class DetailData:
    """A further e-mail, phone, website/profile or messenger account."""

    kind: DetailKind
    value: str
    label: str = ""


@dataclass(frozen=True, slots=True)
class AddressData:
    """A postal address; ``label`` says which ("privat", "geschäftlich" …)."""

    street: str = ""
    postcode: str = ""
    city: str = ""
    region: str = ""
    country: str = ""
    label: str = ""

    def is_empty(self) -> bool:
        return not any((self.street, self.postcode, self.city, self.region, self.country))

    def one_line(self) -> str:
        place = " ".join(p for p in (self.postcode, self.city) if p)
        street = ", ".join(line.strip() for line in self.street.splitlines() if line.strip())
        return ", ".join(p for p in (street, place, self.region, self.country) if p)


@dataclass(frozen=True)
class PersonName:
    """The name fields of a contact as the form and the files deliver them."""

    name: str = ""
    salutation: Salutation = Salutation.NONE
    title: str = ""
    given_name: str = ""
    family_name: str = ""
    name_suffix: str = ""


def complete_name(person: PersonName) -> PersonName:
    """Fill what is missing: the display name from the parts, or the parts from the name.

    A display name the user or the file wrote is kept exactly; only empty fields
    are derived. ``split_name`` never drops a word, so nothing typed is lost.
    """
    clean = PersonName(
        name=" ".join(person.name.split()),
        salutation=person.salutation,
        title=" ".join(person.title.split()),
        given_name=" ".join(person.given_name.split()),
        family_name=" ".join(person.family_name.split()),
        name_suffix=" ".join(person.name_suffix.split()),
    )
    has_parts = bool(clean.given_name or clean.family_name)
    if has_parts and not clean.name:
        return replace(
            clean,
            name=compose_name(clean.given_name, clean.family_name, clean.title, clean.name_suffix),
        )
    if clean.name and not has_parts:
        parts = split_name(clean.name)
        salutation = clean.salutation
        if salutation is Salutation.NONE:
            salutation = _SALUTATION_CODES.get(parts.salutation, Salutation.NONE)
        return replace(
            clean,
            salutation=salutation,
            title=clean.title or parts.title,
            given_name=parts.given,
            family_name=parts.family,
            name_suffix=clean.name_suffix or parts.suffix,
        )
    return clean


_PARTS = ("title", "given_name", "family_name", "name_suffix")


def follow_renamed(contact: Contact, data: _D) -> _D:
    """``data`` with empty name parts if only its display name changed (they follow it)."""
    if " ".join(data.name.split()) == contact.name:
        return data
    if any(getattr(data, key) != getattr(contact, key) for key in _PARTS):
        return data  # the caller changed the parts too
    composed = compose_name(
        contact.given_name, contact.family_name, contact.title, contact.name_suffix
    )
    if composed and composed != contact.name:
        return data  # the old name was not made of its parts: keep both as they are
    return replace(data, **dict.fromkeys(_PARTS, ""))


def sort_name_of(person: PersonName) -> str:
    return name_sort_key(person.given_name, person.family_name, person.name)


def check_name_lengths(person: PersonName) -> dict[str, str]:
    errors: dict[str, str] = {}
    limits = {"title": 60, "given_name": 100, "family_name": 100, "name_suffix": 60}
    for key, limit in limits.items():
        if len(getattr(person, key)) > limit:
            errors[key] = _("Zu lang (höchstens {limit} Zeichen).").format(limit=limit)
    return errors


def check_birthday(
    day: int | None, month: int | None, year: int | None, today: dt.date | None
) -> str | None:
    """German error for an impossible birthday, or None. The year may be unknown."""
    if day is None and month is None and year is None:
        return None
    if day is None or month is None:
        return _("Bitte Tag und Monat des Geburtstags angeben.")
    try:
        dt.date(year if year is not None else 2000, month, day)  # 2000: 29 February exists
    except ValueError:
        return _("Diesen Tag gibt es nicht.")
    if year is None:
        return None
    if year < 1850 or (today is not None and dt.date(year, month, day) > today):
        return _("Der Geburtstag liegt in der Zukunft oder zu weit zurück.")
    return None


def format_birthday(day: int | None, month: int | None, year: int | None) -> str:
    """ "15.03.1980" or "15.03." (year unknown); "" without a birthday."""
    if day is None or month is None:
        return ""
    if current_language() == "en":
        return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"
    return f"{day:02d}.{month:02d}.{year:04d}" if year else f"{day:02d}.{month:02d}."


def parse_birthday(text: str) -> tuple[int | None, int | None, int | None]:
    """Read "15.03.1980", "15.3.", "1980-03-15", "--03-15" or "--0315"; raise ValueError."""
    value = text.strip()
    if not value:
        return None, None, None
    if value.startswith("--"):
        digits = value[2:].replace("-", "")
        if len(digits) == 4 and digits.isdigit():
            return int(digits[2:]), int(digits[:2]), None
        raise ValueError(value)
    if "-" in value:
        pieces = value.split("T")[0].split("-")
        if len(pieces) == 3 and all(p.isdigit() for p in pieces):
            return int(pieces[2]), int(pieces[1]), int(pieces[0])
        raise ValueError(value)
    if len(value) == 8 and value.isdigit():  # vCard 3 basic form 19800315
        return int(value[6:]), int(value[4:6]), int(value[:4])
    pieces = [p for p in value.split(".")]
    if len(pieces) in (2, 3) and all(p.strip().isdigit() for p in pieces if p.strip()):
        day, month = int(pieces[0]), int(pieces[1])
        year_text = pieces[2].strip() if len(pieces) == 3 else ""
        return day, month, int(year_text) if year_text else None
    raise ValueError(value)


def address_row(address: Any, position: int) -> ContactAddress:
    """A stored address from anything with the address fields (AddressData, another row)."""
    from empfehlung_desktop.model import ContactAddress

    return ContactAddress(
        label=address.label,
        street=address.street,
        postcode=address.postcode,
        city=address.city,
        region=address.region,
        country=address.country,
        position=position,
    )


def clean_tags(text: str) -> str:
    """Tags as "a, b, c": trimmed, without empty or repeated entries (case-insensitive)."""
    seen: dict[str, str] = {}
    for tag in text.replace(";", ",").split(","):
        tag = " ".join(tag.split())
        if tag and tag.casefold() not in seen:
            seen[tag.casefold()] = tag
    return ", ".join(seen.values())


def clean_details(details: tuple[DetailData, ...]) -> tuple[tuple[DetailData, ...], dict[str, str]]:
    """Trim, drop empty rows, check e-mails; errors by "details.N"."""
    kept: list[DetailData] = []
    errors: dict[str, str] = {}
    for index, detail in enumerate(details):
        value = detail.value.strip()
        if not value:
            continue
        if detail.kind is DetailKind.EMAIL:
            value, error = normalize_email(value)
            if error:
                errors[f"details.{index}"] = error
        if len(value) > 500:
            errors[f"details.{index}"] = _("Zu lang (höchstens 500 Zeichen).")
        kept.append(DetailData(detail.kind, value, " ".join(detail.label.split())[:60]))
    return tuple(kept), errors


def clean_addresses(addresses: tuple[AddressData, ...]) -> tuple[AddressData, ...]:
    trimmed = (
        AddressData(
            street=a.street.strip()[:200],
            postcode=a.postcode.strip()[:20],
            city=a.city.strip()[:100],
            region=a.region.strip()[:100],
            country=a.country.strip()[:100],
            label=" ".join(a.label.split())[:60],
        )
        for a in addresses
    )
    return tuple(a for a in trimmed if not a.is_empty())


def greeting(
    *,
    salutation: Salutation,
    title: str,
    given_name: str,
    family_name: str,
    address_form: AddressForm,
    fallback_name: str,
    language: str | None = None,
) -> str:
    """The first line of a letter or mail, with its comma.

    "Sehr geehrte Frau Dr. Nowak-Schäfer," (Sie), "Liebe Ewa," (du), "Guten Tag
    Kim Lee," without Anrede; in English "Dear Ms Nowak-Schäfer," / "Dear Ewa,".
    """
    english = (language or current_language()) == "en"
    given, family, title = given_name.strip(), family_name.strip(), title.strip()
    if address_form is AddressForm.INFORMAL and given:
        if english:
            return f"Dear {given},"
        opener = {Salutation.MS: "Liebe", Salutation.MR: "Lieber"}.get(salutation, "Hallo")
        return f"{opener} {given},"
    if family and salutation in (Salutation.MS, Salutation.MR):
        if english:
            honorific = _english_honorific(salutation, title)
            return f"Dear {honorific} {family},"
        opener = "Sehr geehrte Frau" if salutation is Salutation.MS else "Sehr geehrter Herr"
        return " ".join(p for p in (opener, title, family) if p) + ","
    full = " ".join(p for p in (title, given, family) if p) or fallback_name.strip()
    if english:
        return f"Dear {full}," if full else "Hello,"
    return f"Guten Tag {full}," if full else "Guten Tag,"


def _english_honorific(salutation: Salutation, title: str) -> str:
    words = title.replace(".", " ").casefold().split()
    if "prof" in words or "professor" in words or "professorin" in words:
        return "Professor"
    if "dr" in words:
        return "Dr"
    return "Ms" if salutation is Salutation.MS else "Mr"


def greeting_for(contact: Contact, language: str | None = None) -> str:
    return greeting(
        salutation=contact.salutation,
        title=contact.title,
        given_name=contact.given_name,
        family_name=contact.family_name,
        address_form=contact.address_form,
        fallback_name=contact.name,
        language=language,
    )


@dataclass(frozen=True)
class NameToCheck:
    contact_id: int
    name: str
    title: str
    given_name: str
    family_name: str


def names_to_check(session: Session) -> list[NameToCheck]:
    """Contacts whose name an update split by a guess, until the user saved them."""
    from sqlalchemy import select

    from empfehlung_desktop.model import Contact
    from empfehlung_desktop.services import settings

    ids = [int(i) for i in settings.get(session, NAMES_TO_CHECK)]
    if not ids:
        return []
    found: list[NameToCheck] = []
    for start in range(0, len(ids), 500):
        rows = session.execute(
            select(Contact.id, Contact.name, Contact.title, Contact.given_name, Contact.family_name)
            .where(Contact.id.in_(ids[start : start + 500]), Contact.erased_at.is_(None))
            .order_by(Contact.sort_name)
        )
        found += [NameToCheck(*row) for row in rows]
    return found


def mark_name_checked(session: Session, contact_id: int) -> None:
    """Saving a contact in the form confirms its name parts."""
    from empfehlung_desktop.services import settings

    ids = list(settings.get(session, NAMES_TO_CHECK))
    if contact_id in ids:
        ids.remove(contact_id)
        settings.set_value(session, NAMES_TO_CHECK, ids)
