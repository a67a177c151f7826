"""A CSV file read a slice at a time gives what reading it whole gave (issue 18).

The whole file is no longer held as bytes and again as text: its encoding is
settled by a first read, its lines come from a second one. The reference here is
the rule applied to the whole file at once, as the reader did before.
"""

from __future__ import annotations

import codecs
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest

from empfehlung_desktop.errors import UserError
from empfehlung_desktop.interchange import csv_io, csv_text, flow
from empfehlung_desktop.interchange.csv_rows import CsvRows
from tests.bench.bench_csv_import import csv_file

DATA = Path(__file__).parent / "data"
_FILES = [*sorted(DATA.glob("*.csv")), DATA / "excel_unicode.txt"]


def _whole_file_rule(data: bytes) -> tuple[str, str]:
    """The text and encoding name as the reader chose them for the whole file."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "UTF-16"
    if len(data) > 3 and data[1:2] == b"\0" and data[3:4] == b"\0":
        return data.decode("utf-16-le", errors="replace"), "UTF-16"
    if len(data) > 3 and data[0:1] == b"\0" and data[2:3] == b"\0":
        return data.decode("utf-16-be", errors="replace"), "UTF-16"
    try:
        return data.decode("utf-8-sig"), "UTF-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "Windows-1252"


_TEXT = "Vorname;Nachname\r\nJürgen;Weiß\r\nZoë;Ça va 😀\r\n"
_SAMPLES = {
    "utf-8": _TEXT.encode(),
    "utf-8 with BOM": codecs.BOM_UTF8 + _TEXT.encode(),
    "utf-16 with BOM": _TEXT.encode("utf-16"),
    "utf-16-be with BOM": codecs.BOM_UTF16_BE + _TEXT.encode("utf-16-be"),
    "utf-16-le without BOM": _TEXT.encode("utf-16-le"),
    "utf-16-be without BOM": _TEXT.encode("utf-16-be"),
    "utf-16 with an odd last byte": _TEXT.encode("utf-16") + b"x",
    "windows-1252": _TEXT.replace("😀", "€").encode("cp1252"),
    "utf-8 with one byte of windows-1252 at the end": _TEXT.encode() + "é".encode("cp1252"),
    "utf-8 cut inside its last character": _TEXT.encode()[:-3],
    "windows-1252 with undefined bytes": b"a;b\r\n\x81\x8d;\x9d\r\n",
    "lone CR line ends": _TEXT.replace("\r\n", "\r").encode(),
    "no line end at the end": _TEXT.rstrip().encode(),
    "empty": b"",
}


@pytest.mark.parametrize("slice_bytes", [csv_text.SLICE_BYTES, 1, 3, 7])
@pytest.mark.parametrize("name", sorted(_SAMPLES))
def test_encoding_and_text_are_those_of_the_whole_file(
    name: str, slice_bytes: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Slices of 1, 3 or 7 bytes cut UTF-8 characters, UTF-16 units and CR LF apart.
    monkeypatch.setattr(csv_text, "SLICE_BYTES", slice_bytes)
    data = _SAMPLES[name]
    text, encoding = _whole_file_rule(data)
    slices = csv_text.byte_slices(data)
    found = csv_text.survey(slices)
    assert found.encoding == encoding
    assert found.lines == data.count(b"\n")
    assert "".join(csv_text.text_lines(slices, found.codec)) == text


@pytest.mark.parametrize("sample", _FILES, ids=lambda p: p.name)
def test_vendor_files_read_from_their_path_in_small_slices_as_whole(
    sample: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = csv_io.read_table(sample.read_bytes())
    monkeypatch.setattr(csv_text, "SLICE_BYTES", 5)
    from_path = csv_io.read_table(sample)
    assert (from_path.headers, from_path.delimiter, from_path.encoding) == (
        whole.headers,
        whole.delimiter,
        whole.encoding,
    )
    assert list(from_path.rows) == list(whole.rows)
    assert whole.encoding == _whole_file_rule(sample.read_bytes())[1]


def test_linkedin_notes_before_the_header_are_skipped_and_counted() -> None:
    data = (
        b"Notes:\r\n"
        b'"When exporting your connection data, you may notice..."\r\n'
        b"\r\n"
        b"\r\n"
        b"First Name,Last Name,Email Address\r\n"
        b"Anna,Alt,anna@example.org\r\n"
        b"Bernd,Bauer,kaputt\r\n"
    )
    table = csv_io.read_table(data)
    assert table.headers == ["First Name", "Last Name", "Email Address"]
    # The rows keep the lines they have in the file (the messages name them).
    assert list(table.rows) == [
        (6, ["Anna", "Alt", "anna@example.org"]),
        (7, ["Bernd", "Bauer", "kaputt"]),
    ]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "ist leer"),
        (b" \r\n\r\n  \r\n", "ist leer"),
        (b"Notes:\r\nnur eine Notiz\r\n\r\n", "keine Kopfzeile"),
        (b'Name;E-Mail\r\n"Anna;anna@example.org\r\n', "Zeile 2 der CSV-Datei ist fehlerhaft"),
    ],
)
def test_files_without_rows_to_read_say_why(data: bytes, message: str) -> None:
    with pytest.raises(UserError, match=message):
        csv_io.read_table(data)


def test_reading_holds_neither_the_file_nor_its_text(tmp_path: Path) -> None:
    # 20,000 Outlook rows: 13 MB. Read whole, the bytes and the text alone took
    # twice that at once, and the packed rows kept 9 MB. Read a slice at a time,
    # the rows are all that stays (compressed: 1.3 MB); at its peak (7 MB) the
    # reader holds them, a thousand rows' cells and a few slices.
    path = tmp_path / "outlook.csv"
    path.write_bytes(csv_file(20_000))
    size = path.stat().st_size
    tracemalloc.start()
    try:
        table = csv_io.read_table(path)
        held, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(table.rows) == 20_000
    assert held < size / 3, (held, size)
    assert peak < size, (peak, size)


def _rows(count: int, look_at: set[int]) -> CsvRows:
    rows = CsvRows(2)
    for line in range(2, count + 2):
        rows.append(line, [f"a{line}", "x\0y" if line % 17 == 0 else f"b{line}"])
        if line in look_at:
            rows.distinct(0)  # packs the rows so far: a block of another size
    rows.close()
    return rows


@pytest.mark.parametrize("size", [1, 3, 999, 1000, 2500, 10_000])
def test_drained_parts_are_the_rows_in_order_and_the_table_is_empty_after(size: int) -> None:
    rows = _rows(4321, look_at={10, 1500, 1501})
    expected = list(rows)
    assert rows[1499] == expected[1499] and rows[-1] == expected[-1]
    parts = list(rows.drain(size))
    assert [len(p) for p in parts[:-1]] == [size] * (len(parts) - 1)
    assert 0 < len(parts[-1]) <= size
    unpacked = [
        (line, cells if isinstance(cells, list) else cells.split("\0"))
        for part in parts
        for line, cells in part
    ]
    assert unpacked == expected
    assert len(rows) == 0 and list(rows) == []


def test_a_csv_file_that_is_a_folder_or_gone_says_so(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="ist ein Ordner"):
        flow.load_file(tmp_path, "csv")
    with pytest.raises(UserError, match="gibt es nicht"):
        flow.load_file(tmp_path / "weg.csv")


def test_a_file_failing_while_it_is_read_says_so_in_german(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "kontakte.csv"
    path.write_bytes(b"Name;E-Mail\r\nAnna;anna@example.org\r\n")
    whole = csv_text.byte_slices

    def failing(source: bytes | Path) -> csv_text.Slices:
        def slices() -> Iterator[bytes]:
            yield from whole(source)()
            raise OSError(5, "Input/output error")  # a drive gone in the middle

        return slices

    monkeypatch.setattr(csv_text, "byte_slices", failing)
    with pytest.raises(UserError, match="ließ sich nicht lesen") as caught:
        flow.load_file(path)
    assert "Input/output" not in str(caught.value)


def test_a_long_line_over_many_slices_comes_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(csv_text, "SLICE_BYTES", 3)
    long = "x" * 50_000 + "ä\r"
    data = f"a;b\r{long}\n{long}".encode()
    assert list(csv_text.text_lines(csv_text.byte_slices(data), "utf-8-sig")) == [
        "a;b\r",
        long + "\n",
        long,
    ]
