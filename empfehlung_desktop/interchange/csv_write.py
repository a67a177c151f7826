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
import datetime as dt
import io
import re
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import Any

from empfehlung_desktop.i18n import N_, current_language, enum_label, translate
from empfehlung_desktop.interchange.export_row import ExportRow, date_text, export_row
from empfehlung_desktop.interchange.records import ExportedContact, ImportedContact
from empfehlung_desktop.model import (
    AddressForm,
    ContactSource,
    DetailKind,
    Role,
    Salutation,
    SpiralStage,
)
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
    row = export_row(c, referrer_name, "")
    return cells_of_row(row, tuple(details), tuple(addresses), _labels(current_language()))


def cells_of_row(
    row: ExportRow,
    details: Sequence[tuple[str, str, str]],
    addresses: Sequence[tuple[str, str, str, str, str, str]],
    labels: Labels,
) -> list[str]:
    """:func:`csv_cells` of a raw row (``export_row.COLUMNS``, codes as stored);
    ``labels`` are :func:`row_labels` of the current language, looked up once."""
    (_ident, name, organisation, email, phone, profession, competences, notes, roles, source,
     stage, consent, consent_on, uid, salutation, title, given, family, suffix, address_form,
     birth_day, birth_month, birth_year, tags, referrer_name, _referrer_uid) = row  # fmt: skip
    if addresses:
        label, street, postcode, city, region, country = addresses[0]
    else:
        label = street = postcode = city = region = country = ""
    if details or len(addresses) > 1:
        more = [detail_line(kind, lbl, value) for kind, lbl, value in details]
        more += [address_line(AddressData(*place[1:], label=place[0])) for place in addresses[1:]]
        more_text = "\n".join(more)
    else:
        more_text = ""
    codes = labels.codes
    cells = (
        name or "",
        labels.salutations.get(salutation or "", ""),
        title or "",
        given or "",
        family or "",
        suffix or "",
        labels.address_forms.get(address_form or "", labels.formal),
        organisation or "",
        email or "",
        phone or "",
        profession or "",
        competences or "",
        tags or "",
        format_birthday(birth_day, birth_month, birth_year) if birth_day is not None else "",
        street,
        postcode,
        city,
        region,
        country,
        label,
        more_text,
        labels.roles(roles or 0),
        codes.get(source, "") if source else "",
        codes.get(stage, "") if stage else "",
        notes or "",
        referrer_name or "",
        labels.yes if consent else "",
        date_text(consent_on) if consent_on else "",
        uid or "",
    )
    # Spreadsheets run cells starting like a formula; an apostrophe keeps them text.
    return ["'" + v if v and v[0] in _FORMULA_CHARS else v for v in cells]


class Labels:
    """The labels a CSV row shows, per stored code, in one language."""

    def __init__(self) -> None:
        self.salutations = {
            s.value: ("" if s is Salutation.NONE else enum_label(s)) for s in Salutation
        }
        self.address_forms = {a.value: enum_label(a) for a in AddressForm}
        self.formal = enum_label(AddressForm.FORMAL)
        self.codes: dict[object, str] = {
            m.value: enum_label(m) for kind in (ContactSource, SpiralStage) for m in kind
        }
        self.yes = translate(N_("ja"))
        self._roles: dict[int, str] = {}

    def roles(self, bits: int) -> str:
        text = self._roles.get(bits)
        if text is None:
            roles = Role(bits)
            text = ", ".join(enum_label(r) for r in Role.singles() if r in roles)
            self._roles[bits] = text
        return text


@lru_cache(maxsize=4)
def _labels(language: str) -> Labels:
    return Labels()


def row_labels() -> Labels:
    """The CSV labels of the current language (built once per language)."""
    return _labels(current_language())


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


# -- reading the columns of our own export ------------------------------------------------------

OWN_FIELDS = (
    "referred_by",
    "roles",
    "source",
    "spiral_stage",
    "consent_share",
    "consent_share_on",
    "address_form",
)
_YES = {"ja", "yes", "true", "1", "x", "wahr"}


@lru_cache(maxsize=16)
def _enum_lookup(kind: str, language: str) -> dict[str, object]:
    """Code, German label and current-language label of each member, case-folded
    (built once per kind and language, not once per cell)."""
    return _lookup_of(_ENUM_KINDS[kind]())


_ENUM_KINDS: dict[str, Callable[[], Iterable[object]]] = {
    "roles": Role.singles,
    "source": lambda: list(ContactSource),
    "spiral_stage": lambda: list(SpiralStage),
    "address_form": lambda: list(AddressForm),
}


_ENUM_TYPES: dict[str, type] = {
    "roles": Role,
    "source": ContactSource,
    "spiral_stage": SpiralStage,
    "address_form": AddressForm,
}


@lru_cache(maxsize=4096)
def _own_member(target: str, language: str, value: str) -> object | None:
    """The member a cell names (roles: all of them, "Kunde, Multiplikator"), or None.

    The same few words fill these columns in every row: each is looked up once.
    """
    lookup = _enum_lookup(target, language)
    if target == "roles":
        roles = Role(0)
        for part in (p.strip().casefold() for p in value.split(",")):
            member = lookup.get(part)
            if not isinstance(member, Role):
                return None
            roles |= member
        return roles
    member = lookup.get(value.casefold())
    return member if isinstance(member, _ENUM_TYPES[target]) else None


def _lookup_of(members: Iterable[object]) -> dict[str, object]:
    found: dict[str, object] = {}
    for member in members:
        code = getattr(member, "value", "")
        if isinstance(code, str):
            found[code.casefold()] = member
        name = getattr(member, "name", None)
        if isinstance(name, str):
            found[name.casefold()] = member
        label = getattr(member, "label", "")
        if label:
            found[str(label).casefold()] = member
            found[translate(str(label)).casefold()] = member
    return found


def read_own(result: ImportedContact, target: str, value: str) -> bool:
    """Columns of our own export; False when the value is not understood."""
    if target == "referred_by":
        result.referred_by = value
        return True
    if target in _ENUM_TYPES:
        member = _own_member(target, current_language(), value)
        if member is None:
            return False
        if isinstance(member, AddressForm):
            result.person.address_form = member
        else:
            setattr(result, target, member)
        return True
    if target == "consent_share":
        result.consent_share = value.casefold() in _YES
        return value.casefold() in _YES or value.casefold() in {"nein", "no", "false", "0"}
    if target == "consent_share_on":
        try:
            result.consent_share_on = dt.date.fromisoformat(value)
        except ValueError:
            try:
                result.consent_share_on = dt.datetime.strptime(value, "%d.%m.%Y").date()
            except ValueError:
                return False
        result.consent_share = True
        return True
    return False
