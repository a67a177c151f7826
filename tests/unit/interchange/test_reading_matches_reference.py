"""The fast CSV reader and preview check give exactly what the plain ones gave.

reference_csv_person.py and reference_preview_item.py are the reader and the
check as they were before per-column handlers, placeholder columns skipped for
the whole file and the preview's fast paths (issue 18). Both run here on the
real vendor files, on Outlook rows as the benchmark writes them and on rows
made awkward on purpose (doubled and odd white space, line breaks, placeholders
and dates in the wrong columns); every contact and preview item must be equal,
field by field, hints and notes included.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import random
import sys
from pathlib import Path

import pytest

from empfehlung_desktop.interchange import csv_io, csv_text, parallel, preview_item
from empfehlung_desktop.interchange.csv_io import CsvTable
from empfehlung_desktop.interchange.records import PersonFields
from empfehlung_desktop.model import AddressForm
from tests.bench.bench_csv_import import csv_file
from tests.conftest import DEMO_TODAY
from tests.unit.interchange import reference_csv_person, reference_preview_item

DATA = Path(__file__).parent / "data"
_FILES = [*sorted(p.name for p in DATA.glob("*.csv")), "excel_unicode.txt"]
_ODD = ("  ", "\n", "\r\n", "\t", "\u00a0", " ", "\u2028")
_STRAY = ("Normal", "SMTP", "0/0/00", "False", "* myContacts", "3/15/1980 12:00:00 AM", "x ::: y")


def _mangled(table: CsvTable, seed: int) -> CsvTable:
    """Each row again with odd white space around and inside its values, and a few
    vendor placeholders, dates and lists dropped into other columns."""
    rng = random.Random(seed)
    rows = list(table.rows)
    for line, cells in table.rows:
        for _round in range(3):
            changed = list(cells)
            for index, cell in enumerate(changed):
                if cell and rng.random() < 0.5:
                    odd = rng.choice(_ODD)
                    at = rng.randrange(len(cell) + 1)
                    inside = cell[:at] + odd + cell[at:]
                    changed[index] = rng.choice((odd + cell, cell + odd, inside))
                elif rng.random() < 0.1:
                    changed[index] = rng.choice(_STRAY)
            rows.append((line, changed))
    return CsvTable(table.headers, rows, table.delimiter, table.encoding)


def _tables() -> list[tuple[str, CsvTable]]:
    tables = [(name, csv_io.read_table((DATA / name).read_bytes())) for name in _FILES]
    tables.append(("bench outlook", csv_io.read_table(csv_file(300))))
    return tables + [(f"{name}, mangled", _mangled(t, len(name))) for name, t in tables]


@pytest.mark.parametrize(("name", "table"), _tables(), ids=lambda v: str(v)[:30])
def test_contacts_and_preview_are_those_of_the_reference(name: str, table: CsvTable) -> None:
    mapping = csv_io.suggest_mapping(table.headers)
    contacts = csv_io.to_contacts(table, mapping)
    columns = reference_csv_person.plan_columns(table.headers, mapping)
    expected = [
        reference_csv_person.row_contact(columns, line, cells) for line, cells in table.rows
    ]
    assert [parallel.contact_out(c) for c in contacts] == [
        parallel.contact_out(c) for c in expected
    ], name
    for country in ("DE", "CH"):
        items = [preview_item.clean_item(c, country, DEMO_TODAY) for c in contacts]
        reference = [reference_preview_item.clean_item(c, country, DEMO_TODAY) for c in expected]
        assert [parallel.item_out(i) for i in items] == [parallel.item_out(i) for i in reference], (
            name
        )


def test_only_single_spaces_are_white_space_in_a_printable_text() -> None:
    """What preview_item._is_tidy relies on to leave clean values as they are."""
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        breaks = len(f"a{char}b".splitlines()) > 1
        if (char.isspace() or breaks) and char != " ":
            assert not char.isprintable(), hex(code)


def test_tidy_is_the_same_with_and_without_its_shortcut() -> None:
    rng = random.Random(18)
    alphabet = ["a", "ß", " ", "  ", "\n", "\t", "\u00a0", "\r\n", "\x1c", "\u2029", "é"]
    for _round in range(5000):
        text = "".join(rng.choice(alphabet) for _i in range(rng.randrange(8)))
        lines = (" ".join(line.split()) for line in text.splitlines())
        assert preview_item._tidy(text) == "\n".join(line for line in lines if line), repr(text)
        assert preview_item._tidy_line(text) == " ".join(text.split()), repr(text)


@pytest.mark.parametrize("slice_size", [csv_text.SLICE_BYTES, 1, 4])
def test_lines_are_those_stringio_gives_the_csv_module(
    slice_size: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Lines of a text, and lines of a file read a few bytes at a time (a UTF-8
    # character, a CR LF cut in two between the reads).
    monkeypatch.setattr(csv_text, "SLICE_BYTES", slice_size)
    rng = random.Random(18)
    pieces = ["a", "ä", ",", ";", '"', "\r", "\n", "\r\n", "\u2028", "\x0c", "\x1c", " ", "\x00"]
    for _round in range(5000):
        text = "".join(rng.choice(pieces) for _i in range(rng.randrange(12)))
        expected = list(io.StringIO(text, newline=""))
        assert list(csv_text.lines_of(text)) == expected, repr(text)
        from_file = csv_text.text_lines(csv_text.byte_slices(text.encode()), "utf-8-sig")
        assert list(from_file) == expected, repr(text)
        results = []
        for source in (io.StringIO(text, newline=""), csv_text.lines_of(text)):
            reader = csv.reader(source, delimiter=",", strict=True)
            try:
                results.append([(row, reader.line_num) for row in reader])
            except csv.Error as exc:
                results.append([(str(exc), reader.line_num)])
        assert results[0] == results[1], repr(text)


def test_the_preview_keeps_every_person_field_it_does_not_clean() -> None:
    """clean_person builds PersonFields field by field (no dataclasses.replace): a field
    added to PersonFields must be passed on there too."""
    cleaned_there = {
        "salutation",
        "title",
        "given_name",
        "family_name",
        "name_suffix",
        "birth_day",
        "birth_month",
        "birth_year",
        "tags",
        "name_guessed",
        "details",
        "addresses",
    }
    others = [f for f in dataclasses.fields(PersonFields) if f.name not in cleaned_there]
    assert [f.name for f in others] == ["address_form"]
    given = PersonFields(address_form=AddressForm.INFORMAL)
    _name, person = preview_item.clean_person(
        "Anna Muster",
        given,
        country="",
        practice_country="DE",
        today=DEMO_TODAY,
        warnings=[],
        extra=[],
    )
    assert person.address_form is AddressForm.INFORMAL
