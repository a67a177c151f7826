"""CSV as German Excel writes it (and as others do): detection, column mapping, export.

Excel in German writes semicolons and, with "CSV UTF-8", a BOM; older Excel and
Outlook write Windows-1252; Excel's "Unicode-Text" is UTF-16 with tabs. Delimiter
and encoding are detected, LinkedIn's "Notes:" preamble is skipped, and the
headers of Google, Outlook (English and German), Thunderbird and LinkedIn exports
are known. A column without a field of its own goes into the notes as
"Column: value" unless the user chooses "– nicht übernehmen –". Cells that
a spreadsheet would run as a formula are written with a leading apostrophe
(formula injection); the reader removes it again.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from empfehlung_desktop.errors import UserError
from empfehlung_desktop.i18n import N_, _, current_language, enum_label, translate
from empfehlung_desktop.interchange.countries import country_code
from empfehlung_desktop.interchange.records import (
    ExportedContact,
    ImportedContact,
    decode_with_name,
    split_name,
)
from empfehlung_desktop.model import ContactSource, Role, SpiralStage

# Targets a column can be mapped to, with labels for the mapping step (German source;
# the UI translates them with tr()).
FIELD_LABELS: dict[str, str] = {
    "": N_("– nicht übernehmen –"),
    "name": N_("Name (vollständig)"),
    "first_name": N_("Vorname"),
    "last_name": N_("Nachname"),
    "organisation": N_("Organisation"),
    "email": N_("E-Mail"),
    "phone": N_("Telefon"),
    "mobile": N_("Mobiltelefon"),
    "profession": N_("Beruf"),
    "competences": N_("Kompetenzen"),
    "notes": N_("Notizen"),
    "country": N_("Land (Adresse, auch in die Notizen)"),
    "referred_by": N_("Empfohlen von"),
    "roles": N_("Rollen"),
    "source": N_("Herkunft"),
    "spiral_stage": N_("Spiralstufe"),
    "consent_share": N_("Einwilligung Weitergabe"),
    "consent_share_on": N_("Einwilligung am"),
    "uid": N_("UID"),
    "extra": N_("In die Notizen („Spalte: Wert“)"),
    "label": N_("Bezeichnung der Nachbarspalte (Google)"),
}

# Normalised header (lower case, letters and digits only) -> target field. Covers
# our own export, German Excel lists, Google (old and new), Outlook (English and
# German), Thunderbird and LinkedIn.
_HEADER_FIELDS: dict[str, str] = {}
for _target, _names in {
    "name": "name vollständigername anzeigename fullname displayname kontakt kontaktname",
    "first_name": "vorname firstname givenname rufname",
    "last_name": "nachname familienname lastname surname familyname zuname",
    "organisation": "firma organisation organization unternehmen company firmenname "
    "arbeitgeber organisationname organizationname organization1name organisationsname",
    "email": "email mail emailadresse email1 emailaddress email1value emailadresse1 "
    "primaryemail email1address emailadressegeschäftlich",
    "phone": "telefon tel telefonnummer phone phonenumber telefongeschäftlich phone1value "
    "businessphone telefonprivat homephone festnetz workphone",
    "mobile": "mobil mobiltelefon handy mobile mobilephone cell cellphone mobilenumber",
    "profession": "beruf position titel jobtitle title profession tätigkeit "
    "organisationtitel organization1title organizationtitle funktion",
    "competences": "kompetenzen kompetenz schwerpunkte themen tags kategorien categories "
    "stichworte schlagworte",
    "notes": "notizen notiz bemerkung bemerkungen kommentar notes note anmerkungen",
    "country": "land landregiongeschäftlich landregionprivat landregionweitere "
    "businesscountryregion homecountryregion othercountryregion homecountry workcountry "
    "address1country address2country country",
    "referred_by": "empfohlenvon referredby",
    "roles": "rollen roles",
    "source": "herkunft source",
    "spiral_stage": "spiralstufe spiralstage",
    "consent_share": "einwilligungweitergabe consenttoshare",
    "consent_share_on": "einwilligungam consentgivenon",
    "uid": "uid",
}.items():
    for _name in _names.split():
        _HEADER_FIELDS[_name] = _target

# Presets for the CLI (--preset) and for naming what was recognised. The header
# table above already knows all of them; a preset only makes the choice explicit
# where a header is ambiguous ("Title" is the salutation in Outlook, the job in
# our own export).
PRESETS: dict[str, dict[str, str]] = {
    "google": {
        "name": "name",
        "organizationname": "organisation",
        "organizationtitle": "profession",
        "labels": "competences",
        "groupmembership": "competences",
    },
    "outlook": {
        "title": "extra",
        "company": "organisation",
        "jobtitle": "profession",
        "emailaddress": "email",
        "referredby": "referred_by",
    },
    "outlook-de": {
        "anrede": "extra",
        "titel": "extra",
        "firma": "organisation",
        "position": "profession",
        "emailadresse": "email",
        "empfohlenvon": "referred_by",
    },
    "thunderbird": {
        "displayname": "name",
        "primaryemail": "email",
        "workphone": "phone",
        "mobilenumber": "mobile",
        "organization": "organisation",
        "jobtitle": "profession",
    },
    "linkedin": {"emailaddress": "email", "company": "organisation", "position": "profession"},
}
PRESET_LABELS = {
    "google": "Google",
    "outlook": "Outlook",
    "outlook-de": "Outlook (deutsch)",
    "thunderbird": "Thunderbird",
    "linkedin": "LinkedIn",
}
_SIGNATURES = {
    "linkedin": {"firstname", "lastname", "url", "connectedon"},
    "google": {"givenname", "familyname", "groupmembership"},
    "outlook-de": {"vorname", "nachname", "firma", "emailadresse"},
    "outlook": {"firstname", "lastname", "company", "emailaddress"},
    "thunderbird": {"firstname", "lastname", "displayname", "primaryemail"},
}
_LABEL_COLUMN = re.compile(r"^(?P<group>.+?)\s+-\s+(?:type|label)$", re.IGNORECASE)
_GROUPED_COLUMN = re.compile(r"^(?P<group>.+?)\s+-\s+\S.*$")

_SINGLE_FIELDS = ("name", "organisation", "email", "profession", "competences", "uid")
_FORMULA_START = ("=", "+", "-", "@")
MAX_ROWS = 500_000


@dataclass
class CsvTable:
    """A parsed CSV file: its header, its rows (with file line numbers) and format."""

    headers: list[str]
    rows: list[tuple[int, list[str]]]
    delimiter: str
    encoding: str


def normalise_header(header: str) -> str:
    return re.sub(r"[^0-9a-zäöüß]", "", header.casefold().replace("e-mail", "email"))


def detect_preset(headers: list[str]) -> str:
    """Which known export the header row looks like ("" when none)."""
    keys = {normalise_header(h) for h in headers}
    for preset, signature in _SIGNATURES.items():
        if signature <= keys:
            return preset
    return ""


def suggest_mapping(headers: list[str], preset: str = "") -> list[str]:
    """One target field per column, from the header names.

    A column whose name we do not know goes into the notes ("extra"); label
    columns of Google ("E-mail 1 - Type") are not imported on their own but
    name the value next to them.
    """
    overrides = PRESETS.get(preset or detect_preset(headers), {})
    mapping: list[str] = []
    for header in headers:
        key = normalise_header(header)
        target = overrides.get(key) or _HEADER_FIELDS.get(key, "")
        if not target and re.fullmatch(r"email\d*(value|adresse|address)?\d*", key):
            target = "email"
        if not target and _LABEL_COLUMN.match(header.strip()):
            target = "label"
        mapping.append(target or "extra")
    return mapping


def apply_overrides(headers: list[str], mapping: list[str], pairs: list[str]) -> list[str]:
    """``SPALTE=FELD`` pairs (the CLI's --map): a header or 1-based number, a field key.

    FELD is one of :data:`FIELD_LABELS`' keys; ``-`` or nothing means "not imported".
    """
    result = list(mapping)
    by_name = {normalise_header(h): i for i, h in enumerate(headers)}
    for pair in pairs:
        column, eq, target = pair.partition("=")
        target = target.strip()
        target = "" if target in ("-", "") else target
        if not eq or target not in FIELD_LABELS:
            raise UserError(
                _(
                    "„{pair}“ ist keine gültige Zuordnung. Erwartet wird SPALTE=FELD, "
                    "FELD eines von: {fields}."
                ).format(pair=pair, fields=", ".join(k for k in FIELD_LABELS if k))
            )
        column = column.strip()
        index = int(column) - 1 if column.isdigit() else by_name.get(normalise_header(column), -1)
        if not 0 <= index < len(headers):
            raise UserError(
                _("Die Spalte „{column}“ gibt es in der Datei nicht.").format(column=column)
            )
        result[index] = target
    return result


def mapping_notice(table: CsvTable, mapping: list[str]) -> str:
    """What the preview says about the columns: the export recognised, the notes columns."""
    parts: list[str] = []
    preset = detect_preset(table.headers)
    if preset:
        parts.append(_("Erkannt: Export aus {vendor}.").format(vendor=PRESET_LABELS[preset]))
    extra = unmapped_columns(table, mapping)
    if extra:
        parts.append(
            _("Spalten ohne eigenes Feld (stehen in den Notizen): {columns}.").format(
                columns=", ".join(extra)
            )
        )
    return " ".join(parts)


def unmapped_columns(table: CsvTable, mapping: list[str]) -> list[str]:
    """Columns that go into the notes and hold a value in at least one row."""
    found: list[str] = []
    for index, target in enumerate(mapping):
        if target != "extra" or index >= len(table.headers):
            continue
        if any(index < len(cells) and cells[index].strip() for _line, cells in table.rows):
            found.append(table.headers[index])
    return found


def detect_delimiter(text: str) -> str:
    """The delimiter of the header line: ``;`` ``,`` or tab, whichever occurs most."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    counts = {d: first.count(d) for d in (";", ",", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ";"


def read_table(data: bytes) -> CsvTable:
    """Parse a CSV file; raise :class:`UserError` naming the broken line."""
    text, encoding = decode_with_name(data)
    if not text.strip():
        raise UserError(_("Die CSV-Datei ist leer."))
    text, skipped = _without_preamble(text)
    delimiter = detect_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[tuple[int, list[str]]] = []
    headers: list[str] | None = None
    last_line = 0
    try:
        for cells in reader:
            # A quoted cell may span lines; name the line where the record starts.
            line, last_line = skipped + last_line + 1, reader.line_num
            if headers is None:
                headers = [c.strip() for c in cells]
                continue
            if not any(c.strip() for c in cells):
                continue
            if len(cells) > len(headers) and any(c.strip() for c in cells[len(headers) :]):
                raise UserError(
                    _(
                        "Zeile {line} hat mehr Spalten ({count}) als die Kopfzeile ({count2}). "
                        "Bitte das Trennzeichen und die Anführungszeichen prüfen."
                    ).format(line=line, count=len(cells), count2=len(headers))
                )
            rows.append((line, [_unguard(c.replace("\r\n", "\n")) for c in cells]))
            if len(rows) > MAX_ROWS:
                raise UserError(_("Die CSV-Datei hat zu viele Zeilen für einen Import."))
    except csv.Error as exc:
        raise UserError(
            _(
                "Zeile {value} der CSV-Datei ist fehlerhaft ({describe}). Es wurde "
                "nichts importiert."
            ).format(value=skipped + last_line + 1, describe=_describe(exc))
        ) from None
    if not headers or not any(headers):
        raise UserError(_("Die CSV-Datei hat keine Kopfzeile mit Spaltennamen."))
    return CsvTable(headers, rows, delimiter, encoding)


def _without_preamble(text: str) -> tuple[str, int]:
    """Skip LinkedIn's "Notes:" paragraph before the header (Connections.csv)."""
    if not text.lstrip("\ufeff \r\n").startswith("Notes:"):
        return text, 0
    lines = text.splitlines(keepends=True)
    for index, line in enumerate(lines):
        if index and not line.strip():
            rest = index + 1
            while rest < len(lines) and not lines[rest].strip():
                rest += 1
            return "".join(lines[rest:]), rest
    return text, 0


def _describe(exc: csv.Error) -> str:
    text = str(exc)
    if "NUL" in text:
        return _("sie enthält ein Nullzeichen; ist es wirklich eine Textdatei?")
    if "expected after" in text or "quote" in text or "end of data" in text:
        return _("ein Anführungszeichen steht an falscher Stelle oder fehlt")
    return _("unlesbarer Inhalt")


def _unguard(cell: str) -> str:
    if cell.startswith("'") and cell[1:2] in _FORMULA_START:
        return cell[1:]
    return cell


def to_contacts(table: CsvTable, mapping: list[str]) -> list[ImportedContact]:
    """Turn rows into contacts with ``mapping`` (one target per column)."""
    if not {"name", "first_name", "last_name", "email", "organisation"} & set(mapping):
        raise UserError(
            _(
                "Keine Spalte ist dem Namen, der E-Mail oder der Organisation "
                "zugeordnet; so lässt sich kein Kontakt bilden. Bitte die Spalten "
                "zuordnen."
            )
        )
    return [_row_contact(table.headers, line, cells, mapping) for line, cells in table.rows]


def _row_contact(
    headers: list[str], line: int, cells: list[str], mapping: list[str]
) -> ImportedContact:
    result = ImportedContact(position=_("Zeile {line}").format(line=line))
    first, last = "", ""
    phones: list[tuple[int, str, str]] = []
    notes: list[str] = []
    labels = _group_labels(headers, cells, mapping)
    countries: set[str] = set()
    for index, target in enumerate(mapping):
        value = cells[index].strip() if index < len(cells) else ""
        if not value or not target or target == "label":
            continue
        header = (
            headers[index]
            if index < len(headers)
            else _("Spalte {number}").format(number=index + 1)
        )
        found = _GROUPED_COLUMN.match(header)
        label = labels.get(found.group("group")) if found else None
        shown = f"{header} ({label})" if label else header
        if target in _SINGLE_FIELDS:
            if getattr(result, target):
                result.extra.append(f"{shown}: {value}")
            else:
                setattr(result, target, value)
        elif target == "first_name":
            first = f"{first} {value}".strip()
        elif target == "last_name":
            last = f"{last} {value}".strip()
        elif target in ("phone", "mobile"):
            # Google writes several numbers of one kind into one cell, " ::: " apart.
            for part in (p.strip() for p in value.split(":::")):
                if part:
                    phones.append((0 if target == "phone" else 1, shown, part))
        elif target == "notes":
            notes.append(value)
        elif target == "country":
            code = country_code(value)
            if code:
                countries.add(code)
            result.extra.append(f"{shown}: {value}")
        elif target in _OWN_FIELDS:
            if not _read_own(result, target, value):
                result.extra.append(f"{shown}: {value}")
        else:
            result.extra.append(f"{shown}: {value}")
    if not result.name:
        result.name = f"{first} {last}".strip() or result.organisation or result.email
    elif (first or last) and not all(
        p.casefold() in result.name.casefold() for p in (first, last) if p
    ):
        result.extra.append(_("Vor- und Nachname: {value}").format(value=f"{first} {last}".strip()))
    phones.sort(key=lambda item: item[0])
    if phones:
        result.phone = phones[0][2]
        result.extra.extend(f"{header}: {value}" for _, header, value in phones[1:])
    if len(countries) == 1:
        result.country = countries.pop()
    result.notes = "\n".join(notes)
    return result


def _group_labels(headers: list[str], cells: list[str], mapping: list[str]) -> dict[str, str]:
    """Google's "E-mail 1 - Type: * Work" names the "E-mail 1 - Value" beside it."""
    labels: dict[str, str] = {}
    for index, target in enumerate(mapping):
        if target != "label" or index >= len(headers) or index >= len(cells):
            continue
        found = _LABEL_COLUMN.match(headers[index].strip())
        if found and cells[index].strip():
            labels[found.group("group")] = cells[index].strip()
    return labels


_OWN_FIELDS = (
    "referred_by",
    "roles",
    "source",
    "spiral_stage",
    "consent_share",
    "consent_share_on",
)
_YES = {"ja", "yes", "true", "1", "x", "wahr"}


@lru_cache(maxsize=16)
def _enum_lookup(kind: str, language: str) -> dict[str, object]:
    """Code, German label and current-language label of each member, case-folded
    (built once per kind and language, not once per cell)."""
    members = _ENUM_KINDS[kind]()
    return _lookup_of(members)


_ENUM_KINDS: dict[str, Callable[[], Iterable[object]]] = {
    "roles": Role.singles,
    "source": lambda: list(ContactSource),
    "spiral_stage": lambda: list(SpiralStage),
}


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


def _read_own(result: ImportedContact, target: str, value: str) -> bool:
    """Columns of our own export; False when the value is not understood."""
    if target == "referred_by":
        result.referred_by = value
        return True
    if target == "roles":
        lookup = _enum_lookup("roles", current_language())
        roles = Role(0)
        for part in (p.strip().casefold() for p in value.split(",")):
            member = lookup.get(part)
            if not isinstance(member, Role):
                return False
            roles |= member
        result.roles = roles
        return True
    if target == "source":
        member = _enum_lookup("source", current_language()).get(value.casefold())
        if isinstance(member, ContactSource):
            result.source = member
            return True
        return False
    if target == "spiral_stage":
        member = _enum_lookup("spiral_stage", current_language()).get(value.casefold())
        if isinstance(member, SpiralStage):
            result.spiral_stage = member
            return True
        return False
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


def read_csv(
    data: bytes, preset: str = "", overrides: list[str] | None = None
) -> list[ImportedContact]:
    """Read with the suggested mapping (the CLI; the GUI lets the user adjust it)."""
    table = read_table(data)
    mapping = suggest_mapping(table.headers, preset)
    mapping = apply_overrides(table.headers, mapping, overrides or [])
    return to_contacts(table, mapping)


# -- writing ---------------------------------------------------------------

EXPORT_HEADERS = [
    N_("Name"),
    N_("Vorname"),
    N_("Nachname"),
    N_("Organisation"),
    N_("E-Mail"),
    N_("Telefon"),
    N_("Beruf"),
    N_("Kompetenzen"),
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
    given, family = split_name(c.name)
    language = current_language()
    row = (
        c.name or "",
        given,
        family,
        c.organisation or "",
        c.email or "",
        c.phone or "",
        c.profession or "",
        c.competences or "",
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


_FORMULA_CHARS = "".join(_FORMULA_START)


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
