"""Our own CSV export: one row per contact that German Excel opens, and that our reader
maps back to every field.

The person's single values have a column each (Anrede, Titel, Vorname, Nachname,
Namenszusatz, Ansprache, Geburtstag, Schlagwörter); the first postal address has
the columns Straße, PLZ, Ort, Region, Land and "Adresse Bezeichnung". Everything
else a contact may hold in any number — further e-mails, phones, websites,
messengers and addresses — stands in the one column "Weitere Angaben", one per
line, as a person would write it::

    Telefon (mobil): +49 171 2345678
    E-Mail: anna@privat.example
    Adresse (Büro): Hauptstr. 1 | 79098 | Freiburg | | Deutschland

The kind comes first (German or English), the label in parentheses, then ": "
and the value; an address lists street, postcode, city, region and country
separated by " | ". A backslash escapes ``\\``, a line break (``\\n``), and in
labels ``)``, in address parts ``|`` — so every value comes back exactly.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from empfehlung_desktop.i18n import N_, current_language, enum_label, translate
from empfehlung_desktop.interchange.records import ExportedContact
from empfehlung_desktop.model import AddressForm, DetailKind, Role, Salutation
from empfehlung_desktop.services.contacts.person import AddressData, DetailData, format_birthday

EXPORT_HEADERS = [
    N_("Name"),
    N_("Anrede"),
    N_("Titel"),
    N_("Vorname"),
    N_("Nachname"),
    N_("Namenszusatz"),
    N_("Ansprache"),
    N_("Organisation"),
    N_("E-Mail"),
    N_("Telefon"),
    N_("Beruf"),
    N_("Kompetenzen"),
    N_("Schlagwörter"),
    N_("Geburtstag"),
    N_("Straße"),
    N_("PLZ"),
    N_("Ort"),
    N_("Region"),
    N_("Land"),
    N_("Adresse Bezeichnung"),
    N_("Weitere Angaben"),
    N_("Rollen"),
    N_("Herkunft"),
    N_("Spiralstufe"),
    N_("Notizen"),
    N_("Empfohlen von"),
    N_("Einwilligung Weitergabe"),
    N_("Einwilligung am"),
    N_("UID"),
]
CSV_BOM = "\ufeff"
FORMULA_START = ("=", "+", "-", "@")
_FORMULA_CHARS = "".join(FORMULA_START)
ADDRESS_WORD = N_("Adresse")


def csv_writer(out: io.StringIO) -> Any:
    return csv.writer(out, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)


def csv_header() -> list[str]:
    return [translate(header) for header in EXPORT_HEADERS]


def csv_cells(
    c: ExportedContact,
    referrer_name: str,
    details: Iterable[tuple[str, str, str]] = (),
    addresses: Iterable[tuple[str, str, str, str, str, str]] = (),
) -> list[str]:
    """One contact as the cells of an export row: UTF-8 with BOM, semicolons, CRLF
    (``csv_writer``) is what German Excel opens without asking."""
    language = current_language()
    places = list(addresses)
    first = places[0] if places else ("", "", "", "", "", "")
    label, street, postcode, city, region, country = first
    more = [detail_line(kind, lbl, value) for kind, lbl, value in details]
    more += [address_line(AddressData(*place[1:], label=place[0])) for place in places[1:]]
    salutation = _code(getattr(c, "salutation", None))
    address_form = _code(getattr(c, "address_form", None))
    row = (
        c.name or "",
        _member_label("Salutation", salutation, language),
        c.title or "",
        c.given_name or "",
        c.family_name or "",
        c.name_suffix or "",
        _member_label("AddressForm", address_form, language),
        c.organisation or "",
        c.email or "",
        c.phone or "",
        c.profession or "",
        c.competences or "",
        c.tags or "",
        format_birthday(c.birth_day, c.birth_month, c.birth_year),
        street,
        postcode,
        city,
        region,
        country,
        label,
        "\n".join(more),
        _roles_text(c.roles, language),
        _label(c.source, language),
        _label(c.spiral_stage, language),
        c.notes or "",
        referrer_name,
        _label(True, language) if c.consent_share else "",
        c.consent_share_on.isoformat() if c.consent_share_on else "",
        c.uid or "",
    )
    # Spreadsheets run cells starting like a formula; an apostrophe keeps them text.
    return ["'" + v if v and v[0] in _FORMULA_CHARS else v for v in row]


def _code(member: Any) -> str:
    if member is None:
        return ""
    return str(getattr(member, "value", member))


@lru_cache(maxsize=64)
def _member_label(kind: str, code: str, language: str) -> str:
    """The label of a stored code; "" for no Anrede and for the default "Sie"."""
    if kind == "Salutation":
        if code in ("", Salutation.NONE.value):
            return ""
        return enum_label(Salutation(code))
    return enum_label(AddressForm(code or AddressForm.FORMAL.value))


@lru_cache(maxsize=64)
def _roles_text(roles: Role, language: str) -> str:
    return ", ".join(enum_label(r) for r in Role.singles() if r in roles)


@lru_cache(maxsize=256)
def _label(member: Any, language: str) -> str:
    """An enum's label ("" for None); ``True`` is the consent column's "ja"."""
    if member is None:
        return ""
    if member is True:
        return translate(N_("ja"))
    return enum_label(member)


# -- the "Weitere Angaben" lines ------------------------------------------------


def _escape(text: str, special: str) -> str:
    text = text.replace("\\", "\\\\").replace("\r\n", "\n").replace("\n", "\\n")
    for char in special:
        text = text.replace(char, "\\" + char)
    return text


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) == "n" else m.group(1), text)


def detail_line(kind: str, label: str, value: str) -> str:
    """ "Telefon (mobil): +49 171 2345678" (``kind`` is the stored code)."""
    head = enum_label(DetailKind(kind))
    if label:
        head += f" ({_escape(label, ')')})"
    return f"{head}: {_escape(value, '')}"


def address_line(address: AddressData) -> str:
    head = translate(ADDRESS_WORD)
    if address.label:
        head += f" ({_escape(address.label, ')')})"
    parts = (address.street, address.postcode, address.city, address.region, address.country)
    return f"{head}: " + " | ".join(_escape(p, "|") for p in parts)


@lru_cache(maxsize=4)
def _kinds(language: str) -> dict[str, DetailKind | None]:
    """Line heads in German and in the current language; None is an address."""
    found: dict[str, DetailKind | None] = {}
    for kind in DetailKind:
        found[kind.label.casefold()] = kind
        found[translate(kind.label).casefold()] = kind
    found[ADDRESS_WORD.casefold()] = None
    found[translate(ADDRESS_WORD).casefold()] = None
    return found


_LINE = re.compile(r"^(?P<head>[^(:]+?)(?: \((?P<label>(?:[^\\)]|\\.)*)\))?: (?P<value>.*)$")


def _split_parts(text: str) -> list[str]:
    """Split at every "|" that is not escaped (escapes are kept for ``_unescape``)."""
    parts = [""]
    index = 0
    while index < len(text):
        char = text[index]
        if char == "\\" and index + 1 < len(text):
            parts[-1] += text[index : index + 2]
            index += 2
            continue
        if char == "|":
            parts.append("")
        else:
            parts[-1] += char
        index += 1
    return parts


def parse_more_line(line: str) -> DetailData | AddressData | None:
    """A line of "Weitere Angaben" back as a detail or an address; None if it is not one."""
    found = _LINE.match(line)
    if not found:
        return None
    head = found.group("head").strip().casefold()
    kinds = _kinds(current_language())
    if head not in kinds:
        return None
    kind = kinds[head]
    label = _unescape(found.group("label") or "")
    value = found.group("value")
    if kind is not None:
        return DetailData(kind, _unescape(value), label)
    parts = [_unescape(p.strip(" ")) for p in _split_parts(value)]
    if len(parts) != 5:
        return None
    street, postcode, city, region, country = parts
    return AddressData(street, postcode, city, region, country, label)
