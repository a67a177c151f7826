"""CSV as German Excel writes it (and as others do): detection, column mapping, export.

Excel in German writes semicolons and, with "CSV UTF-8", a BOM; older Excel and
Outlook write Windows-1252. Both delimiter and encoding are detected. Cells that
a spreadsheet would run as a formula are written with a leading apostrophe
(formula injection); the reader removes it again.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass

from empfehlung_desktop.errors import UserError
from empfehlung_desktop.i18n import N_, _, enum_label, translate
from empfehlung_desktop.interchange.records import ImportedContact, decode_text, split_name
from empfehlung_desktop.model import Contact, Role

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
    "extra": N_("In die Notizen („Spalte: Wert“)"),
}

# Normalised header (lower case, letters and digits only) -> target field.
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
    "businessphone telefonprivat homephone festnetz",
    "mobile": "mobil mobiltelefon handy mobile mobilephone cell cellphone",
    "profession": "beruf position titel jobtitle title profession tätigkeit "
    "organisationtitel organization1title organizationtitle funktion",
    "competences": "kompetenzen kompetenz schwerpunkte themen tags kategorien categories "
    "stichworte schlagworte",
    "notes": "notizen notiz bemerkung bemerkungen kommentar notes note anmerkungen",
}.items():
    for _name in _names.split():
        _HEADER_FIELDS[_name] = _target

_SINGLE_FIELDS = ("name", "organisation", "email", "profession", "competences")
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


def suggest_mapping(headers: list[str]) -> list[str]:
    """One target field per column ("" = not imported), from the header names."""
    mapping: list[str] = []
    for header in headers:
        key = normalise_header(header)
        target = _HEADER_FIELDS.get(key, "")
        if not target and re.fullmatch(r"email\d*(value|adresse|address)?\d*", key):
            target = "email"
        mapping.append(target)
    return mapping


def detect_delimiter(text: str) -> str:
    """The delimiter of the header line: ``;`` ``,`` or tab, whichever occurs most."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    counts = {d: first.count(d) for d in (";", ",", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ";"


def read_table(data: bytes) -> CsvTable:
    """Parse a CSV file; raise :class:`UserError` naming the broken line."""
    try:
        text = data.decode("utf-8-sig")
        encoding = "UTF-8"
    except UnicodeDecodeError:
        text = decode_text(data)
        encoding = "Windows-1252"
    if not text.strip():
        raise UserError(_("Die CSV-Datei ist leer."))
    delimiter = detect_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[tuple[int, list[str]]] = []
    headers: list[str] | None = None
    last_line = 0
    try:
        for cells in reader:
            # A quoted cell may span lines; name the line where the record starts.
            line, last_line = last_line + 1, reader.line_num
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
            ).format(value=last_line + 1, describe=_describe(exc))
        ) from None
    if not headers or not any(headers):
        raise UserError(_("Die CSV-Datei hat keine Kopfzeile mit Spaltennamen."))
    return CsvTable(headers, rows, delimiter, encoding)


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
    first, last, phones, notes = "", "", [], []
    for index, target in enumerate(mapping):
        value = cells[index].strip() if index < len(cells) else ""
        if not value or not target:
            continue
        header = (
            headers[index]
            if index < len(headers)
            else _("Spalte {number}").format(number=index + 1)
        )
        if target in _SINGLE_FIELDS:
            if getattr(result, target):
                result.extra.append(f"{header}: {value}")
            else:
                setattr(result, target, value)
        elif target == "first_name":
            first = f"{first} {value}".strip()
        elif target == "last_name":
            last = f"{last} {value}".strip()
        elif target in ("phone", "mobile"):
            phones.append((0 if target == "phone" else 1, header, value))
        elif target == "notes":
            notes.append(value)
        else:
            result.extra.append(f"{header}: {value}")
    if not result.name:
        result.name = f"{first} {last}".strip() or result.organisation or result.email
    phones.sort(key=lambda item: item[0])
    if phones:
        result.phone = phones[0][2]
        result.extra.extend(f"{header}: {value}" for _, header, value in phones[1:])
    result.notes = "\n".join(notes)
    return result


def read_csv(data: bytes) -> list[ImportedContact]:
    """Read with the suggested mapping (the CLI; the GUI lets the user adjust it)."""
    table = read_table(data)
    return to_contacts(table, suggest_mapping(table.headers))


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
]


def write_csv(contacts: Iterable[Contact]) -> bytes:
    """UTF-8 with BOM, semicolons, CRLF: what German Excel opens without asking."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([translate(header) for header in EXPORT_HEADERS])
    for c in contacts:
        given, family = split_name(c.name)
        row = [
            c.name,
            given,
            family,
            c.organisation,
            c.email,
            c.phone,
            c.profession,
            c.competences,
            ", ".join(enum_label(r) for r in Role.singles() if r in c.roles),
            enum_label(c.source) if c.source else "",
            enum_label(c.spiral_stage) if c.spiral_stage else "",
            c.notes,
        ]
        writer.writerow([_guard(str(v or "")) for v in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _guard(cell: str) -> str:
    # Spreadsheets run cells starting like a formula; an apostrophe keeps them text.
    return "'" + cell if cell.startswith(_FORMULA_START) else cell
