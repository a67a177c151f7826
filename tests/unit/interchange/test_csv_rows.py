"""The packed rows of a CSV table give back exactly the cells read (issue 18)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from empfehlung_desktop.interchange import csv_io
from empfehlung_desktop.interchange.csv_rows import DISTINCT_LIMIT, CsvRows, column_values


def _rows(width: int, cells: list[list[str]]) -> CsvRows:
    rows = CsvRows(width)
    for line, row in enumerate(cells, start=2):
        rows.append(line, row)
    rows.close()
    return rows


def test_cells_come_back_unchanged_including_nul_and_ragged_rows() -> None:
    rng = random.Random(18)
    alphabet = ["", "a", "Ü", "\0", ";", "\n", " ", "x\0y", "0/0/00"]
    table = [
        [rng.choice(alphabet) * rng.randrange(3) for _ in range(rng.randrange(1, 8))]
        for _ in range(2500)  # more than one chunk
    ]
    rows = _rows(5, table)
    assert len(rows) == len(table)
    assert list(rows) == [(line, cells) for line, cells in enumerate(table, start=2)]
    assert rows[7] == (9, table[7])
    assert rows[-1] == (len(table) + 1, table[-1])
    assert rows[3:6] == [(line, table[line - 2]) for line in range(5, 8)]


def test_column_values_match_a_plain_list_of_rows() -> None:
    rng = random.Random(7)
    table = []
    for i in range(3000):
        width = 4 if i % 97 else 2  # some rows lack the last cells
        table.append(
            [
                "Normal",
                rng.choice(["", "0/0/00", "SMTP"]),
                str(i),  # many values: more than the kept limit
                rng.choice(["", "x"]),
            ][:width]
        )
    packed = _rows(4, table)
    plain = list(packed)
    for index in range(5):
        assert set(column_values(packed, index)) == set(column_values(plain, index))
    assert packed.distinct(0) == {"Normal"}
    assert packed.distinct(2) is None  # over the limit: answered from the rows
    assert len(set(column_values(packed, 2))) == sum(len(c) > 2 for c in table) > DISTINCT_LIMIT


def test_rows_that_come_in_after_a_look_are_counted_too() -> None:
    rows = CsvRows(2)
    rows.append(2, ["a", "b"])
    assert rows.distinct(0) == {"a"}
    rows.append(3, ["c", "d"])
    assert rows.distinct(0) == {"a", "c"}
    assert list(rows) == [(2, ["a", "b"]), (3, ["c", "d"])]


@pytest.mark.parametrize("cell", ["Nach\0name", "\0"])
def test_a_file_with_nul_in_a_cell_reads_as_before(cell: str) -> None:
    data = f"Vorname;Nachname;Notizen\r\nAnna;{cell};Normal\r\n".encode()
    table = csv_io.read_table(data)
    assert list(table.rows) == [(2, ["Anna", cell, "Normal"])]


_DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize("sample", sorted(_DATA.glob("*.csv")), ids=lambda p: p.name)
def test_vendor_files_map_and_read_as_with_plain_rows(sample: Path) -> None:
    table = csv_io.read_table(sample.read_bytes())
    plain = csv_io.CsvTable(table.headers, list(table.rows), table.delimiter, table.encoding)
    everything_to_notes = ["extra"] * len(table.headers)
    for mapping in (csv_io.suggest_mapping(table.headers), everything_to_notes):
        assert csv_io.unmapped_columns(table, mapping) == csv_io.unmapped_columns(plain, mapping)
        assert csv_io.mapping_notice(table, mapping) == csv_io.mapping_notice(plain, mapping)
    mapping = csv_io.suggest_mapping(table.headers)
    assert csv_io.to_contacts(table, mapping) == csv_io.to_contacts(plain, mapping)


def test_a_display_name_is_judged_with_its_row_while_reading() -> None:
    header = "First Name,E-mail Address,E-mail Display Name\r\n"
    shown_only = header + "Anna,anna@example.org,Anna (anna@example.org)\r\n" * 1500
    table = csv_io.read_table(shown_only.encode())
    assert isinstance(table.rows, CsvRows)
    assert table.rows.has_value(2) is False
    assert csv_io.unmapped_columns(table, ["first_name", "email", "extra"]) == []
    # Row 1,200: the name shows another address, which is worth keeping.
    lines = shown_only.splitlines(keepends=True)
    lines[1200] = "Anna,anna@example.org,Büro Anna (office@example.org)\r\n"
    table = csv_io.read_table("".join(lines).encode())
    assert table.rows.has_value(2) is True
    assert csv_io.unmapped_columns(table, ["first_name", "email", "extra"]) == [
        "E-mail Display Name"
    ]
