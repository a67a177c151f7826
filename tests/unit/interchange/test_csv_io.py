import csv
import io
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from empfehlung_desktop.errors import UserError
from empfehlung_desktop.interchange import csv_io
from empfehlung_desktop.interchange.csv_io import (
    detect_delimiter,
    read_csv,
    read_table,
    suggest_mapping,
)
from empfehlung_desktop.model import Contact, ContactSource, DetailKind, Role
from empfehlung_desktop.services.contacts.person import DetailData
from tests.helpers.export_oracle import write_csv

DATA = Path(__file__).parent / "data"


def test_german_excel_semicolon_bom_and_multiline_cell() -> None:
    table = read_table((DATA / "excel_de.csv").read_bytes())
    assert table.delimiter == ";" and table.encoding == "UTF-8"
    assert suggest_mapping(table.headers) == [
        "first_name",
        "last_name",
        "organisation",
        "email",
        "phone",
        "mobile",
        "profession",
        "notes",
    ]
    sabine, thomas, oemer = read_csv((DATA / "excel_de.csv").read_bytes())
    assert sabine.name == "Sabine Krüger-Hoffmann"
    assert sabine.notes == "Netzwerktreffen; März"
    assert sabine.phone == "0761 4567890"
    assert sabine.person.details == [
        DetailData(DetailKind.PHONE, "+49 171 2345678", "Mobiltelefon")
    ]
    assert thomas.phone == "0172 9876543"  # mobile when there is no landline
    assert thomas.notes == "Mehrzeilige\nNotiz"
    assert oemer.position == "Zeile 5"  # the multi-line record took two lines


def test_outlook_comma_windows_1252() -> None:
    table = read_table((DATA / "outlook_cp1252.csv").read_bytes())
    assert table.delimiter == "," and table.encoding == "Windows-1252"
    juergen, renee = read_csv((DATA / "outlook_cp1252.csv").read_bytes())
    assert juergen.name == "Jürgen Schäfer" and juergen.profession == "Geschäftsführer"
    assert renee.name == "Renée Dubois"


def test_google_csv_headers() -> None:
    (kasia,) = read_csv((DATA / "google.csv").read_bytes())
    assert kasia.email == "k.nowak@fotostudio-nowak.example"
    assert kasia.organisation == "Fotostudio Nowak" and kasia.profession == "Fotografin"


def test_broken_quote_names_the_line() -> None:
    data = b'Name;E-Mail\n"Anna";a@example.org\n"Bernd";"b@exa"mple.org\n'
    with pytest.raises(UserError, match="Zeile 3"):
        read_csv(data)


def test_too_many_cells_names_the_line() -> None:
    with pytest.raises(UserError, match="Zeile 2"):
        read_csv(b"Name;E-Mail\nAnna;a@example.org;zu viel\n")


def test_unmappable_headers_refused() -> None:
    with pytest.raises(UserError, match="zuordnen"):
        read_csv(b"Spalte A;Spalte B\nx;y\n")


def test_delimiter_detection() -> None:
    assert detect_delimiter("a,b,c\n") == ","
    assert detect_delimiter("a;b;c\n") == ";"
    assert detect_delimiter("a\tb\n") == "\t"


def test_export_for_german_excel_guards_formulas() -> None:
    contact = Contact(
        id=1,
        name="=HYPERLINK(1)",
        organisation="A; B",
        email="",
        phone="+49 171 1234567",
        profession="",
        competences="",
        notes="zwei\nZeilen",
        roles=Role.CLIENT,
        source=ContactSource.BLOG,
        spiral_stage=None,
    )
    data = write_csv([contact])
    assert data.startswith("\ufeffName;".encode())
    assert b"\r\n" in data
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows[1][0] == "'=HYPERLINK(1)"
    header = rows[0]
    assert rows[1][header.index("Rollen")] == "Kunde"
    assert rows[1][header.index("Herkunft")] == "Blog"
    (back,) = read_csv(data)
    assert back.name == "=HYPERLINK(1)" and back.phone == "+49 171 1234567"
    assert back.organisation == "A; B" and back.notes == "zwei\nZeilen"


@given(
    st.lists(
        st.text(alphabet="'=\"0+1 a;", max_size=6),
        max_size=12,
    )
)
def test_guarded_cells_found_in_the_joined_row_are_those_found_cell_by_cell(
    cells: list[str],
) -> None:
    """Every cell starting with ' or = is unguarded as when each cell is looked at."""
    assert csv_io.unguarded(list(cells)) == csv_io._unguarded_each(cells)


def test_a_file_holding_the_join_character_is_still_unguarded_cell_by_cell() -> None:
    data = b"Name;Notizen;Telefon\nA B;x\x00y;'+49 761 1\nC D;;'+41 2\n"
    table = read_table(data)
    assert [row[1][2] for row in table.rows] == ["+49 761 1", "+41 2"]
    assert table.rows[0][1][1] == "x\x00y"
