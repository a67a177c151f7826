"""Fuzzing the readers: any input ends in contacts or a German UserError, never a crash."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from empfehlung_desktop.errors import UserError
from empfehlung_desktop.interchange.csv_io import read_csv
from empfehlung_desktop.interchange.vcard import read_vcards

_PROPS = st.sampled_from(
    ["FN", "N", "EMAIL", "TEL", "ORG", "TITLE", "NOTE", "CATEGORIES", "PHOTO", "ADR", "X-FOO"]
)
_PARAMS = st.sampled_from(
    ["", ";TYPE=WORK", ";CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE", ";PREF=1", ";ENCODING=b", ";;"]
)
_VALUE = st.text(alphabet=st.characters(codec="utf-8"), max_size=40)


@st.composite
def vcard_text(draw: st.DrawFn) -> bytes:
    cards = []
    for _ in range(draw(st.integers(1, 3))):
        lines = [
            "BEGIN:VCARD",
            draw(st.sampled_from(["VERSION:2.1", "VERSION:3.0", "VERSION:4.0"])),
        ]
        for _ in range(draw(st.integers(0, 6))):
            lines.append(f"{draw(_PROPS)}{draw(_PARAMS)}:{draw(_VALUE)}")
        if draw(st.booleans()):
            lines.append("END:VCARD")
        cards.append("\r\n".join(lines))
    return "\r\n".join(cards).encode("utf-8")


_GERMAN_WORDS = ("Karte", "Zeile", "Datei", "Spalte", "vCard")


def _check_german(error: UserError) -> None:
    assert any(word in error.message for word in _GERMAN_WORDS), error.message


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(vcard_text())
def test_vcard_reader_never_crashes_on_card_like_input(data: bytes) -> None:
    try:
        read_vcards(data)
    except UserError as error:
        _check_german(error)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_vcard_reader_never_crashes_on_bytes(data: bytes) -> None:
    try:
        read_vcards(data)
    except UserError as error:
        _check_german(error)


_CELL = st.text(alphabet=st.sampled_from(list('ab "ä;,\n\r\t=+0@\x00')), max_size=12)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.lists(_CELL, min_size=1, max_size=5), min_size=0, max_size=6),
    st.sampled_from([";", ","]),
    st.sampled_from(["utf-8-sig", "utf-8", "cp1252"]),
)
def test_csv_reader_never_crashes(rows: list[list[str]], delimiter: str, encoding: str) -> None:
    header = delimiter.join(["Name", "E-Mail", "Telefon", "Notizen"])
    body = "\n".join(delimiter.join(cells) for cells in rows)
    data = (header + "\n" + body).encode(encoding, errors="replace")
    try:
        read_csv(data)
    except UserError as error:
        _check_german(error)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_csv_reader_never_crashes_on_bytes(data: bytes) -> None:
    try:
        read_csv(data)
    except UserError as error:
        _check_german(error)
