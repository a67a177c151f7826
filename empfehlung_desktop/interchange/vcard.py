"""vCard 2.1/3.0/4.0 reading (as Google, Apple, Outlook, Thunderbird write it) and 3.0 writing.

Each card is parsed on its own so that a broken one is named by its number.
Binary properties (PHOTO, LOGO, SOUND, KEY) are dropped before parsing: we do
not keep pictures, and Outlook's base64 blocks are a common source of errors.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import vobject

from empfehlung_desktop.errors import UserError
from empfehlung_desktop.i18n import _
from empfehlung_desktop.interchange.records import (
    ImportedContact,
    decode_text,
    fold,
    split_name,
)
from empfehlung_desktop.model import Contact

_BINARY = re.compile(r"^(?:[\w-]+\.)?(PHOTO|LOGO|SOUND|KEY)[;:]", re.IGNORECASE)
_BEGIN = re.compile(r"^BEGIN:VCARD\s*$", re.IGNORECASE)
_END = re.compile(r"^END:VCARD\s*$", re.IGNORECASE)
MAX_CARDS = 200_000


def read_vcards(data: bytes) -> list[ImportedContact]:
    """All contacts in a vCard file; raise :class:`UserError` naming a broken card."""
    text = decode_text(data)
    cards = _split_cards(text)
    if not cards:
        raise UserError(_("Die Datei enthält keine vCard-Kontakte (keine Zeile „BEGIN:VCARD“)."))
    return [_read_card(number, lines) for number, lines in enumerate(cards, start=1)]


def _split_cards(text: str) -> list[list[str]]:
    cards: list[list[str]] = []
    current: list[str] | None = None
    for line_no, line in enumerate(text.splitlines(), start=1):
        if _BEGIN.match(line.strip()):
            if current is not None:
                raise UserError(
                    _(
                        "Karte {value} ist nicht abgeschlossen (Zeile {line_no}: neue Karte "
                        "beginnt vor „END:VCARD“)."
                    ).format(value=len(cards) + 1, line_no=line_no)
                )
            current = [line.strip()]
        elif current is not None:
            current.append(line)
            if _END.match(line.strip()):
                cards.append(current)
                current = None
                if len(cards) > MAX_CARDS:
                    raise UserError(_("Die Datei enthält zu viele Karten für einen Import."))
        elif line.strip():
            raise UserError(
                _(
                    "Zeile {line_no} steht außerhalb einer Karte; die Datei ist keine "
                    "gültige vCard."
                ).format(line_no=line_no)
            )
    if current is not None:
        raise UserError(
            _("Karte {value} ist nicht abgeschlossen (es fehlt „END:VCARD“).").format(
                value=len(cards) + 1
            )
        )
    return cards


def _without_binary(lines: list[str]) -> list[str]:
    """Drop binary properties with their continuation lines (and 2.1's blank end line)."""
    kept: list[str] = []
    skipping = False
    for line in lines:
        if skipping:
            if line[:1] in (" ", "\t") or not line.strip():
                continue
            # vCard 2.1 base64 may continue without indentation until a blank line.
            if ":" not in line and ";" not in line:
                continue
            skipping = False
        if _BINARY.match(line):
            skipping = True
            continue
        kept.append(line)
    return kept


def _read_card(number: int, lines: list[str]) -> ImportedContact:
    text = "\r\n".join(_without_binary(lines)) + "\r\n"
    try:
        card = vobject.readOne(text, allowQP=True, ignoreUnreadable=False)
        return _to_contact(number, card)
    except UserError:
        raise
    except Exception as exc:  # vobject raises many kinds; all mean "broken card"
        raise UserError(
            _(
                "Karte {number} kann nicht gelesen werden ({describe}). Es wurde nichts importiert."
            ).format(number=number, describe=_describe(exc))
        ) from None


def _describe(exc: Exception) -> str:
    """A German reason; vobject's own messages are English."""
    found = re.search(r"Failed to parse line: (.*)", str(exc))
    if found:
        return _("fehlerhafte Zeile „{value}“").format(value=found.group(1).strip()[:80])
    if isinstance(exc, UnicodeError | ValueError) and "decod" in str(exc):
        return _("ein Wert ist falsch kodiert")
    return _("ungültiger Aufbau der Karte")


def _text(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(_text(v) for v in value if _text(v))
    if isinstance(value, bytes):
        return decode_text(value)
    return str(value).replace("\r\n", "\n").strip()


def _types(prop: Any) -> set[str]:
    """TYPE values of a property, from 2.1 bare parameters and 3.0/4.0 TYPE=a,b."""
    found: set[str] = set()
    for raw in [*getattr(prop, "singletonparams", []), *prop.params.get("TYPE", [])]:
        found.update(t.strip().strip('"').lower() for t in str(raw).split(",") if t.strip())
    if prop.params.get("PREF"):
        found.add("pref")
    return found


def _ordered(props: list[Any]) -> list[Any]:
    """Preferred first (PREF or TYPE=pref), otherwise file order."""
    return sorted(props, key=lambda p: 0 if "pref" in _types(p) else 1)


def _label(prop: Any) -> str:
    names = {
        "cell": _("Mobil"),
        "work": _("Arbeit"),
        "home": _("Privat"),
        "fax": _("Fax"),
        "voice": "",
        "internet": "",
        "pref": "",
    }
    words = [names.get(t, t) for t in sorted(_types(prop))]
    return ", ".join(w for w in words if w)


def _name_of(card: Any) -> str:
    fn = _text(card.fn.value) if hasattr(card, "fn") else ""
    if fn:
        return fn
    if hasattr(card, "n"):
        n = card.n.value
        parts = [n.prefix, n.given, n.additional, n.family, n.suffix]
        joined = " ".join(_text(p) for p in parts if _text(p))
        if joined:
            return joined
    return ""


def _to_contact(number: int, card: Any) -> ImportedContact:
    if card.name.upper() != "VCARD":
        raise UserError(_("Karte {number} ist keine vCard.").format(number=number))
    contents: dict[str, list[Any]] = card.contents
    result = ImportedContact(
        position=_("Karte {number}").format(number=number), name=_name_of(card)
    )
    emails = _ordered(contents.get("email", []))
    phones = _ordered(contents.get("tel", []))
    if emails:
        result.email = _text(emails[0].value)
    if phones:
        result.phone = _text(phones[0].value).removeprefix("tel:")
    for prop in emails[1:]:
        result.extra.append(
            _("Weitere E-Mail ({kind}): {value}").format(
                kind=_label(prop) or _("sonstige"), value=_text(prop.value)
            )
        )
    for prop in phones[1:]:
        value = _text(prop.value).removeprefix("tel:")
        result.extra.append(
            _("Weitere Telefonnummer ({kind}): {value}").format(
                kind=_label(prop) or _("sonstige"), value=value
            )
        )
    if "org" in contents:
        org = contents["org"][0].value
        parts = org if isinstance(org, list) else [org]
        result.organisation = " – ".join(_text(p) for p in parts if _text(p))
    if "title" in contents:
        result.profession = _text(contents["title"][0].value)
    if "role" in contents and not result.profession:
        result.profession = _text(contents["role"][0].value)
    if "categories" in contents:
        tags: list[str] = []
        for prop in contents["categories"]:
            raw: list[Any] = (
                prop.value if isinstance(prop.value, list) else str(prop.value).split(",")
            )
            tags.extend(_text(v) for v in raw if _text(v))
        # Google exports its system group "myContacts" as a category.
        result.competences = ", ".join(t for t in tags if t.lower() not in _SYSTEM_GROUPS)
    if "note" in contents:
        result.notes = "\n".join(_text(p.value) for p in contents["note"] if _text(p.value))
    _add_addresses(result, contents.get("adr", []))
    if not result.name:
        result.name = result.organisation or result.email
    return result


_SYSTEM_GROUPS = {"mycontacts", "starred", "imported on"}


def _add_addresses(result: ImportedContact, props: list[Any]) -> None:
    for prop in props:
        adr = prop.value
        town = f"{_text(adr.code)} {_text(adr.city)}".strip()
        parts = [adr.box, adr.extended, adr.street, town, adr.region, adr.country]
        line = ", ".join(_text(p) for p in parts if _text(p))
        if line:
            label = _label(prop)
            if label:
                text = _("Adresse ({kind}): {value}").format(kind=label, value=line)
            else:
                text = _("Adresse: {value}").format(value=line)
            result.extra.append(text)


# -- writing ---------------------------------------------------------------


def write_vcards(contacts: Iterable[Contact]) -> bytes:
    """vCard 3.0 (RFC 2426): UTF-8, CRLF, lines folded at 75 octets.

    Written directly rather than through vobject: the format is small, and
    vobject's serialiser needs about a millisecond per card (100 s at 100k).
    """
    return "".join(_card(contact) for contact in contacts).encode("utf-8")


def _escape(value: str) -> str:
    value = value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
    return value.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")


def _card(contact: Contact) -> str:
    given, family = split_name(contact.name)
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        f"FN:{_escape(contact.name)}",
        f"N:{_escape(family)};{_escape(given)};;;",
    ]
    if contact.organisation:
        lines.append(f"ORG:{_escape(contact.organisation)}")
    if contact.email:
        lines.append(f"EMAIL;TYPE=INTERNET:{_escape(contact.email)}")
    if contact.phone:
        lines.append(f"TEL;TYPE=VOICE:{_escape(contact.phone)}")
    if contact.profession:
        lines.append(f"TITLE:{_escape(contact.profession)}")
    tags = [t.strip() for t in (contact.competences or "").split(",") if t.strip()]
    if tags:
        lines.append("CATEGORIES:" + ",".join(_escape(t) for t in tags))
    if contact.notes:
        lines.append(f"NOTE:{_escape(contact.notes)}")
    lines.append(f"UID:empfehlung-desktop-contact-{contact.id}")
    lines.append("END:VCARD")
    return "".join(fold(line) + "\r\n" for line in lines)
