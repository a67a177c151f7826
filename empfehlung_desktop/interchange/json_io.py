"""The app's own JSON format: every entity, versioned, restorable exactly.

The format is documented in docs/json-format.md. The export (``exporter``,
records by ``json_records``) walks the tables of :data:`TOP_LEVEL` in dependency
order; ``json_restore`` writes them back, in one transaction, into an EMPTY
database, keeping the ids (nothing else can own them there, so every reference
stays valid). A non-empty database only takes the contacts, through the
normal import preview (see :func:`contacts_from_json`).
"""

from __future__ import annotations

import json
from typing import Any

from empfehlung_desktop.errors import UserError
from empfehlung_desktop.i18n import _
from empfehlung_desktop.interchange.records import ImportedContact
from empfehlung_desktop.model import (
    Activity,
    AddressForm,
    AgendaState,
    Base,
    ConsentRecord,
    Contact,
    ContactAddress,
    ContactCare,
    ContactDetail,
    DetailKind,
    Engagement,
    Feedback,
    PracticeProfile,
    Referral,
    ReferralAsk,
    ReferralEvent,
    Reminder,
    Salutation,
    SpiralStep,
)
from empfehlung_desktop.services.contacts.person import AddressData, DetailData

FORMAT_NAME = "empfehlung-desktop"
FORMAT_VERSION = 1

_CONTACT_CHILDREN = (
    ("spiral_steps", SpiralStep, "contact_id"),
    ("consents", ConsentRecord, "contact_id"),
    ("referral_asks", ReferralAsk, "contact_id"),
    ("details", ContactDetail, "contact_id"),
    ("addresses", ContactAddress, "contact_id"),
    ("care", ContactCare, "contact_id"),
)
_REFERRAL_CHILDREN = (("events", ReferralEvent, "referral_id"),)
# Children written inside their parent record: (list key, entity, parent foreign key).
Children = tuple[tuple[str, type[Base], str], ...]
# Top-level lists in dependency order (referrals before engagements before feedback).
TOP_LEVEL: tuple[tuple[str, type[Base], Children], ...] = (
    ("contacts", Contact, _CONTACT_CHILDREN),
    ("referrals", Referral, _REFERRAL_CHILDREN),
    ("engagements", Engagement, ()),
    ("feedback", Feedback, ()),
    ("activities", Activity, ()),
    ("reminders", Reminder, ()),
    ("practice_profile", PracticeProfile, ()),
    ("agenda_state", AgendaState, ()),
)


def load_document(data: bytes) -> dict[str, Any]:
    """Parse and check the envelope; raise :class:`UserError` in German."""
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise UserError(_("Die JSON-Datei ist nicht UTF-8-kodiert.")) from None
    except RecursionError:
        raise UserError(
            _("Die JSON-Datei ist zu tief verschachtelt und kein Export von Empfehlung Desktop.")
        ) from None
    except json.JSONDecodeError as exc:
        raise UserError(
            _("Die JSON-Datei ist beschädigt (Zeile {lineno}, Spalte {colno}).").format(
                lineno=exc.lineno, colno=exc.colno
            )
        ) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise UserError(_("Die JSON-Datei ist kein Export von Empfehlung Desktop."))
    version = document.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise UserError(
            _(
                "Die JSON-Datei hat das Format {version}; diese Version versteht nur bis "
                "{supported}. Bitte Empfehlung Desktop aktualisieren."
            ).format(version=version, supported=FORMAT_VERSION)
        )
    return document


def records_of(document: dict[str, Any], key: str) -> list[Any]:
    value = document.get(key) or []
    if not isinstance(value, list):
        raise UserError(_("JSON-Datei: „{key}“ muss eine Liste sein.").format(key=key))
    return value


def contacts_from_json(document: dict[str, Any]) -> list[ImportedContact]:
    """Only the contacts of an export, for merging into a database with data."""
    result = []
    for index, record in enumerate(records_of(document, "contacts"), start=1):
        if not isinstance(record, dict):
            raise UserError(
                _("JSON-Datei: Kontakt Nr. {index} ist kein Objekt.").format(index=index)
            )
        if record.get("erased_at"):
            continue

        def text_of(key: str, record: dict[str, Any] = record) -> str:
            return str(record.get(key) or "")

        contact = ImportedContact(
            position=_("Kontakt Nr. {index}").format(index=index),
            name=text_of("name"),
            organisation=text_of("organisation"),
            email=text_of("email"),
            phone=text_of("phone"),
            profession=text_of("profession"),
            competences=text_of("competences"),
            notes=text_of("notes"),
            uid=text_of("uid"),
        )
        _person_from_json(contact, record)
        result.append(contact)
    return result


def _person_from_json(contact: ImportedContact, record: dict[str, Any]) -> None:
    """The person fields of an exported contact; what does not fit goes to the notes."""
    person = contact.person
    for key in ("title", "given_name", "family_name", "name_suffix", "tags"):
        setattr(person, key, str(record.get(key) or ""))
    for key, enum in (("salutation", Salutation), ("address_form", AddressForm)):
        value = record.get(key)
        if value:
            try:
                setattr(person, key, enum(str(value)))
            except ValueError:
                contact.extra.append(f"{key}: {value}")
    day, month, year = (record.get(k) for k in ("birth_day", "birth_month", "birth_year"))
    if isinstance(day, int) and isinstance(month, int):
        person.birth_day, person.birth_month = day, month
        person.birth_year = year if isinstance(year, int) else None
    for item in record.get("details") or []:
        try:
            person.details.append(
                DetailData(
                    DetailKind(item["kind"]), str(item["value"]), str(item.get("label") or "")
                )
            )
        except (KeyError, TypeError, ValueError):
            contact.extra.append(str(item)[:500])
    for item in record.get("addresses") or []:
        try:
            person.addresses.append(
                AddressData(**{k: str(item.get(k) or "") for k in _ADDRESS_KEYS})
            )
        except (AttributeError, TypeError):
            contact.extra.append(str(item)[:500])


_ADDRESS_KEYS = ("street", "postcode", "city", "region", "country", "label")
