"""CSV as German Excel writes it (and as others do): detection and column mapping.

Excel in German writes semicolons and, with "CSV UTF-8", a BOM; older Excel and
Outlook write Windows-1252; Excel's "Unicode-Text" is UTF-16 with tabs. Delimiter
and encoding are detected, LinkedIn's "Notes:" preamble is skipped, and the
headers of Google (old and new), Outlook (English and German), Thunderbird,
LinkedIn and our own export are known: name parts, Anrede, birthday, every
e-mail, phone, website and postal address, and tags get their fields
(:mod:`interchange.csv_person` reads a row). A column without a field of its own
goes into the notes as "Column: value" unless the user chooses "– nicht
übernehmen –". Writing is :mod:`interchange.csv_write`; a cell that a spreadsheet
would run as a formula carries a leading apostrophe, which the reader removes.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from empfehlung_desktop.errors import UserError
from empfehlung_desktop.i18n import N_, _
from empfehlung_desktop.interchange import csv_text
from empfehlung_desktop.interchange.csv_columns import (
    Column,
    is_placeholder,
    normalise_header,
    plan_columns,
    without_placeholder_columns,
)
from empfehlung_desktop.interchange.csv_headers import (
    PRESET_LABELS,
    PRESETS,
    detect_preset,
    suggest_mapping,
)
from empfehlung_desktop.interchange.csv_person import row_contact
from empfehlung_desktop.interchange.csv_rows import CsvRows, Row, column_values
from empfehlung_desktop.interchange.csv_write import (
    CSV_BOM,
    EXPORT_HEADERS,
    FORMULA_START,
    csv_cells,
    csv_header,
    csv_writer,
)
from empfehlung_desktop.interchange.records import ImportedContact

__all__ = [
    "CSV_BOM",
    "EXPORT_HEADERS",
    "FIELD_LABELS",
    "PRESETS",
    "PRESET_LABELS",
    "CsvTable",
    "csv_cells",
    "csv_header",
    "csv_writer",
    "detect_preset",
    "normalise_header",
    "suggest_mapping",
]

# Targets a column can be mapped to, with labels for the mapping step (German source;
# the UI translates them with tr()). The keys are what the CLI's --map accepts.
FIELD_LABELS: dict[str, str] = {
    "": N_("– nicht übernehmen –"),
    "name": N_("Name (vollständig)"),
    "salutation": N_("Anrede (auch „Herr Dr.“)"),
    "title": N_("Titel (Dr., Prof. …)"),
    "first_name": N_("Vorname"),
    "middle_name": N_("Weitere Vornamen"),
    "last_name": N_("Nachname"),
    "name_suffix": N_("Namenszusatz"),
    "address_form": N_("Ansprache (Sie/du)"),
    "gender": N_("Geschlecht (ergibt die Anrede)"),
    "organisation": N_("Organisation"),
    "email": N_("E-Mail"),
    "phone": N_("Telefon"),
    "mobile": N_("Mobiltelefon"),
    "web": N_("Website oder Profil"),
    "messenger": N_("Messenger"),
    "birthday": N_("Geburtstag"),
    "birth_day": N_("Geburtstag: Tag"),
    "birth_month": N_("Geburtstag: Monat"),
    "birth_year": N_("Geburtstag: Jahr"),
    "street": N_("Adresse: Straße"),
    "house_number": N_("Adresse: Hausnummer"),
    "postcode": N_("Adresse: PLZ"),
    "city": N_("Adresse: Ort"),
    "region": N_("Adresse: Region/Bundesland"),
    "country": N_("Adresse: Land"),
    "address": N_("Adresse (eine Zeile)"),
    "address_label": N_("Adresse: Bezeichnung"),
    "profession": N_("Beruf"),
    "competences": N_("Kompetenzen"),
    "tags": N_("Schlagwörter"),
    "notes": N_("Notizen"),
    "referred_by": N_("Empfohlen von"),
    "roles": N_("Rollen"),
    "source": N_("Herkunft"),
    "spiral_stage": N_("Spiralstufe"),
    "consent_share": N_("Einwilligung Weitergabe"),
    "consent_share_on": N_("Einwilligung am"),
    "uid": N_("UID"),
    "more": N_("Weitere Angaben (eigener Export)"),
    "extra": N_("In die Notizen („Spalte: Wert“)"),
    "label": N_("Bezeichnung der Nachbarspalte (Google)"),
}

MAX_ROWS = 500_000
Rows = Sequence[Row]


@dataclass
class CsvTable:
    """A parsed CSV file: its header, its rows (with file line numbers) and format.

    The reader keeps the rows packed (:class:`csv_rows.CsvRows`); a list does too.
    """

    headers: list[str]
    rows: Rows
    delimiter: str
    encoding: str


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
    return [
        column.header
        for column in plan_columns(table.headers, mapping)
        if column.target == "extra"
        and column.index < len(table.headers)
        and _holds_value(table.rows, column)
    ]


def _holds_value(rows: Rows, column: Column) -> bool:
    if column.check != "shown":
        # Each distinct value once (most columns hold one: empty); only the "shown"
        # check looks at the rest of its row.
        values = column_values(rows, column.index)
        return any(_real_value(column, value, []) for value in values)
    known = rows.has_value(column.index) if isinstance(rows, CsvRows) else None
    if known is not None:  # judged while the rows were read
        return known
    return any(
        column.index < len(cells) and _real_value(column, cells[column.index], cells)
        for _line, cells in rows
    )


def _real_value(column: Column, value: str, cells: list[str]) -> bool:
    value = value.strip()
    return bool(value) and not is_placeholder(column, value, cells)


def _watched_columns(headers: list[str]) -> dict[int, Callable[[str, list[str]], bool]]:
    """The columns whose placeholders need the whole row (Outlook's display name),
    judged while the rows are read (:meth:`CsvRows.has_value`)."""
    return {
        column.index: partial(_real_value, column)
        for column in plan_columns(headers, [""] * len(headers))
        if column.check == "shown"
    }


def detect_delimiter(text: str) -> str:
    """The delimiter of the header line: ``;`` ``,`` or tab, whichever occurs most."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    counts = {d: first.count(d) for d in (";", ",", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ";"


def read_table(source: bytes | Path, found: csv_text.Survey | None = None) -> CsvTable:
    """Parse a CSV file (its bytes or its path, read a slice at a time; ``found``:
    its :func:`csv_text.survey` when already made); raise :class:`UserError`
    naming the broken line."""
    slices = csv_text.byte_slices(source)
    found = found or csv_text.survey(slices)
    lines, skipped = csv_text.without_preamble(csv_text.text_lines(slices, found.codec))
    header, lines = csv_text.first_line(lines)
    if header is None:
        if skipped:
            raise UserError(_("Die CSV-Datei hat keine Kopfzeile mit Spaltennamen."))
        raise UserError(_("Die CSV-Datei ist leer."))
    delimiter = detect_delimiter(header)
    reader = csv.reader(lines, delimiter=delimiter, strict=True)
    rows: CsvRows | None = None
    headers: list[str] | None = None
    last_line = 0
    try:
        for cells in reader:  # the first record: the header
            last_line = reader.line_num
            headers = [c.strip() for c in cells]
            break
        if headers is not None:
            width = len(headers)
            rows = CsvRows(width, _watched_columns(headers))
            append = rows.append
            count = 0
            for cells in reader:
                # A quoted cell may span lines; name the line where the record starts.
                line, last_line = skipped + last_line + 1, reader.line_num
                # Most cells of a vendor export are empty: nothing to clean there.
                # A row without quote or CR (almost all) is kept as read.
                joined = "".join(cells)
                if not joined.strip():
                    continue  # no cell holds more than white space
                if len(cells) > width and any(c.strip() for c in cells[width:]):
                    raise UserError(
                        _(
                            "Zeile {line} hat mehr Spalten ({count}) als die Kopfzeile "
                            "({count2}). Bitte das Trennzeichen und die Anführungszeichen "
                            "prüfen."
                        ).format(line=line, count=len(cells), count2=width)
                    )
                if "\r" in joined:
                    cells = [c and _unguard(c.replace("\r\n", "\n")) for c in cells]
                elif "'" in joined or '="' in joined:
                    # Our own export guards every phone number with an apostrophe: only
                    # cells that start with one (or with Excel's =") are looked at.
                    cells = unguarded(cells) if _SEP not in joined else _unguarded_each(cells)
                append(line, cells)
                count += 1
                if count > MAX_ROWS:
                    raise UserError(_("Die CSV-Datei hat zu viele Zeilen für einen Import."))
    except csv.Error as exc:
        raise UserError(
            _(
                "Zeile {value} der CSV-Datei ist fehlerhaft ({describe}). Es wurde "
                "nichts importiert."
            ).format(value=skipped + last_line + 1, describe=_describe(exc))
        ) from None
    if not headers or not any(headers) or rows is None:
        raise UserError(_("Die CSV-Datei hat keine Kopfzeile mit Spaltennamen."))
    rows.close()
    return CsvTable(headers, rows, delimiter, found.encoding)


def _describe(exc: csv.Error) -> str:
    text = str(exc)
    if "NUL" in text:
        return _("sie enthält ein Nullzeichen; ist es wirklich eine Textdatei?")
    if "expected after" in text or "quote" in text or "end of data" in text:
        return _("ein Anführungszeichen steht an falscher Stelle oder fehlt")
    return _("unlesbarer Inhalt")


_GUARD_STARTS = ("'", "=")
# Joins a row's cells to find the guarded ones (a character no CSV text holds; a
# file that does hold it has its cells looked at one by one).
_SEP = "\x00"


def unguarded(cells: list[str]) -> list[str]:
    """``cells`` (changed in place) with each guarded cell's guard taken off.

    A row has one or two guarded cells among dozens: they are found in the row
    joined by :data:`_SEP` (which no cell may hold), not by looking at every cell.
    """
    joined = _SEP + _SEP.join(cells)
    for start in _GUARD_STARTS:
        mark = _SEP + start
        at = joined.find(mark)
        while at != -1:
            index = joined.count(_SEP, 0, at + 1) - 1
            cells[index] = _unguard(cells[index])
            at = joined.find(mark, at + 1)
    return cells


def _unguarded_each(cells: list[str]) -> list[str]:
    return [_unguard(c) if c[:1] in _GUARD_STARTS else c for c in cells]


def _unguard(cell: str) -> str:
    if cell.startswith("'") and cell[1:2] in FORMULA_START:
        return cell[1:]
    if cell.startswith('="') and cell.endswith('"') and len(cell) >= 3:
        # Excel's text formula ="0761 123456" (written to keep a leading zero): its text.
        return cell[2:-1].replace('""', '"')
    return cell


def to_contacts(table: CsvTable, mapping: list[str]) -> list[ImportedContact]:
    """Turn rows into contacts with ``mapping`` (one target per column).

    (The import reads and checks a table's rows in one pass on two cores:
    :func:`parallel.clean_rows`.)
    """
    columns = planned_columns(table, mapping)
    return [row_contact(columns, line, cells) for line, cells in table.rows]


def planned_columns(table: CsvTable, mapping: list[str]) -> list[Column]:
    """What each column of the table becomes with ``mapping`` (placeholder columns
    left out); :class:`UserError` when no contact can be made of them."""
    if not {"name", "first_name", "last_name", "email", "organisation"} & set(mapping):
        raise UserError(
            _(
                "Keine Spalte ist dem Namen, der E-Mail oder der Organisation "
                "zugeordnet; so lässt sich kein Kontakt bilden. Bitte die Spalten "
                "zuordnen."
            )
        )
    return without_placeholder_columns(plan_columns(table.headers, mapping), table.rows)


def read_csv(
    data: bytes, preset: str = "", overrides: list[str] | None = None
) -> list[ImportedContact]:
    """Read with the suggested mapping (the CLI; the GUI lets the user adjust it)."""
    table = read_table(data)
    mapping = suggest_mapping(table.headers, preset)
    mapping = apply_overrides(table.headers, mapping, overrides or [])
    return to_contacts(table, mapping)
