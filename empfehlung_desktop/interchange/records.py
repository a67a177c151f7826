"""What a reader delivers: contacts as plain data, before anything is written."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Protocol

from empfehlung_desktop.model import AddressForm, ContactSource, Role, Salutation, SpiralStage
from empfehlung_desktop.names import iso_birthday
from empfehlung_desktop.services.contacts.person import AddressData, DetailData


class ExportedContact(Protocol):
    """What the vCard and CSV writers read of a contact: an ORM object or a Core row."""

    @property
    def id(self) -> int: ...
    @property
    def name(self) -> str: ...
    @property
    def organisation(self) -> str: ...
    @property
    def email(self) -> str: ...
    @property
    def phone(self) -> str: ...
    @property
    def profession(self) -> str: ...
    @property
    def competences(self) -> str: ...
    @property
    def notes(self) -> str: ...
    @property
    def roles(self) -> Role: ...
    @property
    def source(self) -> ContactSource | None: ...
    @property
    def spiral_stage(self) -> SpiralStage | None: ...
    @property
    def consent_share(self) -> bool: ...
    @property
    def consent_share_on(self) -> dt.date | None: ...
    @property
    def uid(self) -> str | None: ...
    @property
    def salutation(self) -> Salutation | str: ...
    @property
    def title(self) -> str: ...
    @property
    def given_name(self) -> str: ...
    @property
    def family_name(self) -> str: ...
    @property
    def name_suffix(self) -> str: ...
    @property
    def address_form(self) -> AddressForm | str: ...
    @property
    def birth_day(self) -> int | None: ...
    @property
    def birth_month(self) -> int | None: ...
    @property
    def birth_year(self) -> int | None: ...
    @property
    def tags(self) -> str: ...


@dataclass(slots=True)
class PersonFields:
    """What a file says about the person beyond name, e-mail and phone."""

    salutation: Salutation = Salutation.NONE
    title: str = ""
    given_name: str = ""
    family_name: str = ""
    name_suffix: str = ""
    address_form: AddressForm = AddressForm.FORMAL
    birth_day: int | None = None
    birth_month: int | None = None
    birth_year: int | None = None
    tags: str = ""
    # Set by the preview: the file gave only a display name and the name parts were
    # split from it by a guess (names.split_name was unsure); the user checks them.
    name_guessed: bool = False
    # The lists come last (interchange/parallel.py sends the plain fields first).
    details: list[DetailData] = field(default_factory=list)
    addresses: list[AddressData] = field(default_factory=list)


@dataclass(slots=True)
class ImportedContact:
    """One contact read from a file, with where it came from in that file.

    ``position`` names the place for messages ("Karte 3", "Zeile 12").
    ``extra`` collects values we have no field for (second email, other
    phones, birthday, websites …) as "Label: value"; they end up in the notes
    so nothing the user had is lost, and the preview counts them as a hint.
    ``warnings`` are the reader's hints (unknown lines, with their line).
    ``country`` is the ISO code of the contact's address country when the file
    names exactly one; it decides how a national phone number is read.
    The remaining fields round-trip our own exports.
    """

    position: str
    name: str = ""
    organisation: str = ""
    email: str = ""
    phone: str = ""
    profession: str = ""
    competences: str = ""
    notes: str = ""
    extra: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    country: str = ""
    uid: str = ""
    roles: Role = field(default_factory=lambda: Role(0))
    source: ContactSource | None = None
    spiral_stage: SpiralStage | None = None
    referred_by: str = ""
    referred_by_uid: str = ""
    consent_share: bool = False
    consent_share_on: dt.date | None = None
    person: PersonFields = field(default_factory=PersonFields)

    def everything(self) -> str:
        """Every value kept for this contact, fields and notes (for checks and tests)."""
        person = self.person
        parts = [
            self.name,
            self.organisation,
            self.email,
            self.phone,
            self.profession,
            self.competences,
            person.title,
            person.given_name,
            person.family_name,
            person.name_suffix,
            person.tags,
            iso_birthday(person.birth_day, person.birth_month, person.birth_year) or "",
            *(d.value for d in person.details),
            *(a.one_line() for a in person.addresses),
            self.full_notes(),
        ]
        return "\n".join(p for p in parts if p)

    def full_notes(self) -> str:
        return full_notes(self.notes, self.extra)


def full_notes(notes: str, extra: list[str]) -> str:
    """The notes and, line by line, the values without a field of their own."""
    parts = [notes.strip(), *(line for line in extra if line.strip())]
    return "\n".join(p for p in parts if p)


def split_name(full: str) -> tuple[str, str]:
    """Split "Anna Maria Schmidt" into ("Anna Maria", "Schmidt") for N fields."""
    parts = full.split()
    if len(parts) < 2:
        return "", full.strip()
    return " ".join(parts[:-1]), parts[-1]


def fold(line: str) -> str:
    """Fold a content line at 75 octets without splitting a UTF-8 character.

    vCard and iCalendar (RFC 5545 §3.1) continue a line with CRLF and a space.
    Most lines are short: they cost one encode (an export folds millions).
    """
    encoded = line.encode("utf-8")
    if len(encoded) <= 75:
        return line
    parts: list[str] = []
    start, limit = 0, 75
    while len(encoded) - start > limit:
        end = start + limit
        while encoded[end] & 0xC0 == 0x80:  # never inside a character
            end -= 1
        parts.append(encoded[start:end].decode("utf-8"))
        start, limit = end, 74  # a continuation line starts with a space
    parts.append(encoded[start:].decode("utf-8"))
    return "\r\n ".join(parts)
