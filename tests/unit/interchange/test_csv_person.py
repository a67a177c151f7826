"""The person in CSV files: real exports field by field, nothing dropped or altered,
no number moved to another country, and our own export round-trips every field."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from pathlib import Path

import pytest

from empfehlung_desktop import i18n
from empfehlung_desktop.cli import main
from empfehlung_desktop.interchange import flow
from empfehlung_desktop.interchange.csv_io import (
    mapping_notice,
    read_csv,
    read_table,
    suggest_mapping,
)
from empfehlung_desktop.interchange.csv_person import parse_date_cell
from empfehlung_desktop.interchange.csv_write import address_line, detail_line, parse_more_line
from empfehlung_desktop.interchange.exporter import export_stream
from empfehlung_desktop.interchange.records import ImportedContact
from empfehlung_desktop.model import (
    AddressForm,
    Contact,
    ContactSource,
    DetailKind,
    Role,
    Salutation,
    SpiralStage,
)
from empfehlung_desktop.services.contacts import contacts as service
from empfehlung_desktop.services.contacts.person import AddressData, DetailData
from empfehlung_desktop.store.database import Database, open_database
from tests.conftest import DEMO_CLOCK

DATA = Path(__file__).parent / "data"
TODAY = dt.date(2027, 5, 17)
REAL_EXPORTS = [
    "google_2024.csv",
    "google_legacy_ja.csv",
    "outlook_en.csv",
    "outlook_de_cp1252.csv",
    "thunderbird_tutao.csv",
    "thunderbird_tb.csv",
    "linkedin_connections.csv",
]
# What vendors write into every row without saying anything about the person.
_PLACEHOLDERS = {"normal", "smtp", "false", "aus", "0/0/00", "unspecified", "mycontacts"}
_PLACEHOLDERS |= {"my contacts"}


def _flat(text: str) -> str:
    return " ".join(text.split())


def _kept(contact: ImportedContact) -> str:
    person = contact.person
    labels = [d.label for d in person.details] + [a.label for a in person.addresses]
    words = [
        contact.everything(),
        contact.referred_by,
        *labels,
        person.salutation.label,
        person.salutation.value,
    ]
    return _flat("\n".join(words)).casefold()


@pytest.mark.parametrize("name", REAL_EXPORTS)
def test_no_value_of_a_real_export_is_dropped(name: str) -> None:
    data = (DATA / name).read_bytes()
    table = read_table(data)
    contacts = read_csv(data)
    assert len(contacts) == len(table.rows)
    genders = {"female": "ms", "male": "mr", "weiblich": "ms", "männlich": "mr"}
    for contact, (_line, cells) in zip(contacts, table.rows, strict=True):
        kept = _kept(contact)
        for header, cell in zip(table.headers, cells, strict=False):
            if re.search(r" - (type|label)$", header, re.IGNORECASE):
                continue  # Google's labels: kept with the further values (not the first one)
            shown = re.fullmatch(r".*\((\S+@\S+)\)", cell.strip())
            if shown and shown.group(1).casefold() in kept:
                continue  # Outlook's display name "Name (address)"
            for part in re.split(r"\s*(?::::|;|\n)\s*", cell.strip()):
                part = _flat(part.removeprefix("* ")).casefold()
                if not part or part in _PLACEHOLDERS:
                    continue
                if "birth" in header.casefold() or "geburt" in header.casefold():
                    continue  # checked field by field below
                assert genders.get(part, part) in kept, f"{name} {header}: {part}"


def test_google_2024_export() -> None:
    rows = read_csv((DATA / "google_2024.csv").read_bytes())
    antonio, andoni, anita, asgult, carlos, emilio, emilio2, puertas, rosa, vecino = rows
    assert (antonio.name, antonio.email, antonio.phone) == (
        "Antonio Gómez Morales",
        "agomez@example.com",
        "+34 600 11 22 33",
    )
    assert antonio.organisation == "Sap"
    assert antonio.person.details == [DetailData(DetailKind.EMAIL, "agomez@example.org", "Home")]
    assert (andoni.person.given_name, andoni.person.family_name) == ("ANDONI PEREZ DE", "LEMA")
    assert anita.phone == "+41 78 900 12 34"
    assert asgult.person.details == [DetailData(DetailKind.PHONE, "628 00 22 33", "Main")]
    assert carlos.phone == "626 10 20 30"
    assert [(d.value, d.label) for d in carlos.person.details] == [
        ("915 10 20 30", "Work"),
        ("+34 626 10 20 30", "Móvil"),
        ("+34 915 10 20 30", "Trabajo"),
    ]
    assert emilio.person.given_name == "Emilio Gómez" and emilio.email == "egomez@example.com"
    assert "Photo: https://lh3.googleusercontent.com/" in emilio.full_notes()
    assert emilio2.phone == "(787) 555-0159"
    assert puertas.person.title == "Puertas Lacasa" and puertas.organisation == "Lacasa"
    assert (rosa.person.birth_day, rosa.person.birth_month, rosa.person.birth_year) == (2, 3, 2011)
    assert rosa.person.tags == ""  # "* myContacts" is Google's system group
    assert vecino.email == "none"  # the importer refuses it into the notes, with a hint


def test_google_legacy_export_with_addresses_and_groups() -> None:
    first, *_rest = read_csv((DATA / "google_legacy_ja.csv").read_bytes())
    assert first.name == "佐藤 一郎"
    assert (first.person.given_name, first.person.family_name) == ("一郎", "佐藤")
    assert first.person.tags == "SES, 大林"
    assert first.phone == "12345678901"
    assert DetailData(DetailKind.PHONE, "98765432101", "Work Fax") in first.person.details
    assert DetailData(DetailKind.WEB, "http://test1.com", "") in first.person.details
    assert first.person.addresses == [
        AddressData("そのへん123 東ビル11F", "111-4561", "", "東京都", "", "Work")
    ]


def test_outlook_english_export() -> None:
    margaret, lukas = read_csv((DATA / "outlook_en.csv").read_bytes())
    person = margaret.person
    assert margaret.name == "Dr. Margaret Ann O'Neill, PhD"
    assert (person.salutation, person.title, person.given_name, person.family_name) == (
        Salutation.MS,
        "Dr.",
        "Margaret Ann",
        "O'Neill",
    )
    assert person.name_suffix == "PhD"
    assert (person.birth_day, person.birth_month, person.birth_year) == (15, 3, 1980)  # 3/15/1980
    assert person.tags == "Coaching, Supervision"
    assert margaret.phone == "(413) 549-0077" and margaret.country == "US"
    assert margaret.referred_by == "Tom Baker"
    assert DetailData(DetailKind.PHONE, "(413) 549-0078", "Business Phone 2") in person.details
    assert DetailData(DetailKind.PHONE, "(413) 555-0199", "Mobile Phone") in person.details
    assert DetailData(DetailKind.EMAIL, "mao@private.example", "") in person.details
    assert DetailData(DetailKind.WEB, "https://oneill-coaching.example/", "") in person.details
    assert person.addresses == [
        AddressData(
            "1200 Main Street, Suite 5",
            "01103",
            "Springfield",
            "MA",
            "United States of America",
            "Arbeit",
        )
    ]
    notes = margaret.full_notes()
    assert "E-mail 2 Display Name: Margaret private" in notes
    assert "Normal" not in notes and "SMTP" not in notes  # Outlook's defaults
    assert lukas.phone == "079 123 45 67" and lukas.country == "CH"
    assert lukas.person.birth_day is None  # "0/0/00" is Outlook's empty date
    assert lukas.full_notes() == "Initials: L.B."
    table = read_table((DATA / "outlook_en.csv").read_bytes())
    notice = mapping_notice(table, suggest_mapping(table.headers))
    assert notice.startswith("Erkannt: Export aus Outlook.")
    for header in ("Initials", "E-mail 2 Display Name"):
        assert header in notice
    for header in ("Priority", "Sensitivity", "E-mail Type", "Anniversary", "Business Street"):
        assert header not in notice  # Outlook's placeholders, or a field of its own


def test_thunderbird_export_with_birthday_parts_and_two_addresses() -> None:
    (first,) = read_csv((DATA / "thunderbird_tutao.csv").read_bytes())
    person = first.person
    assert (first.name, first.email, first.phone) == (
        "First1 Last1",
        "firstEmail1@asfda.de",
        "workphone",
    )
    assert (person.birth_day, person.birth_month, person.birth_year) == (4, 4, 2004)
    assert [d.label for d in person.details] == ["", "Mobile Number", "Home Phone", "Fax Number"]
    assert person.addresses == [
        AddressData(
            "my addresse, secondline address",
            "23432postal",
            "City1",
            "state1",
            "country1",
            "Privat",
        ),
        AddressData(
            "addressorg1, addressorgsecondline1",
            "23432orgpostal",
            "orgcity1",
            "orgstate1",
            "orgcountry1",
            "Arbeit",
        ),
    ]
    assert first.full_notes() == "Department: department1"


def test_german_outlook_street_columns_and_anrede() -> None:
    juergen, anna = read_csv((DATA / "outlook_de_cp1252.csv").read_bytes())
    assert juergen.person.salutation is Salutation.MR and anna.person.salutation is Salutation.MS
    assert (juergen.person.birth_day, juergen.person.birth_month) == (21, 3)  # 21.3.1970
    assert juergen.person.addresses == [
        AddressData("Lange Straße 3", "8001", "Zürich", "", "Schweiz", "Arbeit")
    ]
    assert juergen.full_notes() == juergen.notes  # nothing without a field


@pytest.mark.parametrize(
    ("value", "english", "expected"),
    [
        ("3/15/1980", True, (15, 3, 1980)),
        ("15/3/1980", True, (15, 3, 1980)),
        ("4/5/1980", True, (5, 4, 1980)),
        ("4/5/1980", False, (4, 5, 1980)),
        ("3/15/1980 12:00:00 AM", True, (15, 3, 1980)),
        ("15.03.1980", True, (15, 3, 1980)),
        ("1980-03-15", False, (15, 3, 1980)),
        ("--03-15", False, (15, 3, None)),
        ("0/0/00", True, (None, None, None)),
        ("21.03.1970 00:00:00", False, (21, 3, 1970)),
        ("1980/03/15", True, (15, 3, 1980)),
        ("3/15/80", True, None),
        ("im März", False, None),
    ],
)
def test_birthday_cells(value: str, english: bool, expected: tuple[int | None, ...] | None) -> None:
    assert parse_date_cell(value, english=english) == expected


def test_several_addresses_in_one_cell_and_google_messengers() -> None:
    data = (
        b"Name,E-mail 1 - Value,IM 1 - Type,IM 1 - Service,IM 1 - Value\n"
        b"Kim Lee,kim@a.example; kim@b.example,Home,Skype,kim.lee\n"
    )
    (kim,) = read_csv(data)
    assert kim.email == "kim@a.example"
    assert kim.person.details == [
        DetailData(DetailKind.EMAIL, "kim@b.example", ""),
        DetailData(DetailKind.MESSENGER, "kim.lee", "Home, Skype"),
    ]


def test_unreadable_birthday_goes_into_the_notes() -> None:
    (anna,) = read_csv(b"Vorname;Nachname;Geburtstag\nAnna;Berg;im M\xc3\xa4rz\n")
    assert anna.person.birth_day is None and "Geburtstag: im März" in anna.full_notes()


def test_phones_are_never_moved_to_another_country(db: Database, tmp_path: Path) -> None:
    for name in ("google_2024.csv", "outlook_en.csv", "outlook_de_cp1252.csv"):
        path = tmp_path / name
        path.write_bytes((DATA / name).read_bytes())
        with db.reader() as s:
            plan = flow.plan_import(s, flow.load_file(path), today=TODAY)
        assert plan.preview is not None
        for item in plan.preview.items:
            numbers = [
                item.phone,
                *(d.value for d in item.person.details if d.kind.value == "phone"),
            ]
            for number in numbers:
                assert not number.startswith("+49"), (name, item.name, number)
    with db.reader() as s:
        path = tmp_path / "outlook_en.csv"
        plan = flow.plan_import(s, flow.load_file(path), today=TODAY)
    assert plan.preview is not None
    margaret, lukas = plan.preview.items
    assert margaret.phone == "+1 413-549-0077"  # the address says: United States
    assert lukas.phone == "+41 79 123 45 67"  # and here: Switzerland


def test_more_details_lines_round_trip_with_awkward_characters() -> None:
    detail = DetailData(DetailKind.PHONE, "+49 171 2345678", "mobil (privat): neu")
    line = detail_line(detail.kind.value, detail.label, detail.value)
    assert parse_more_line(line) == detail
    address = AddressData("Hof | Tor 2\\a", "79098", "Freiburg", "", "Deutschland", "Büro (alt)")
    assert parse_more_line(address_line(address)) == address
    assert parse_more_line("Irgendwas: x") is None


@pytest.mark.parametrize("language", ["de", "en"])
def test_own_export_round_trips_every_person_field(
    db: Database, tmp_path: Path, language: str
) -> None:
    with db.session() as s:
        service.create_contact(
            s,
            service.ContactData(
                salutation=Salutation.MR,
                title="Prof. Dr.",
                given_name="Jürgen",
                family_name="von Weiß",
                name_suffix="LL.M.",
                address_form=AddressForm.INFORMAL,
                birth_day=29,
                birth_month=2,
                birth_year=1980,
                tags="BNI, Supervision",
                competences="Führung, Team",
                email="jw@example.org",
                phone="+49 761 123456",
                organisation="Weiß; Partner",
                profession="Coach",
                roles=Role.CLIENT | Role.REFERRER,
                source=ContactSource.EVENT,
                spiral_stage=SpiralStage.LOYALTY,
                notes="Zwei\nZeilen",
                consent_share=True,
                consent_share_on=dt.date(2027, 1, 2),
                details=(
                    DetailData(DetailKind.PHONE, "+49 171 2345678", "mobil"),
                    DetailData(DetailKind.EMAIL, "j@privat.example", ""),
                    DetailData(DetailKind.WEB, "https://example.org/j", "Website"),
                    DetailData(DetailKind.MESSENGER, "@jw", "signal"),
                ),
                addresses=(
                    AddressData("Hauptstr. 1; Hinterhaus", "79098", "Freiburg", label="Büro"),
                    AddressData("Weg 2 | Hof", "8001", "Zürich", "ZH", "Schweiz", "privat"),
                ),
            ),
            today=TODAY,
        )
        service.create_contact(
            s,
            service.ContactData(name="Praxis Nord GmbH", source=ContactSource.EXISTING),
            today=TODAY,
        )
    out = tmp_path / "out.csv"
    i18n.set_language(language)
    try:
        with db.reader() as s, out.open("wb") as stream:
            export_stream(s, "csv", stream)
        table = read_table(out.read_bytes())
        assert "extra" not in suggest_mapping(table.headers)
        other = open_database(f"sqlite:///{tmp_path / 'other.db'}")
        with other.reader() as s:
            plan = flow.plan_import(s, flow.load_file(out), today=TODAY)
    finally:
        i18n.set_language("de")
    assert plan.preview is not None and plan.preview.warnings == []
    flow.execute_plan(other, plan)
    with db.reader() as s1, other.reader() as s2:
        first = sorted(s1.query(Contact).all(), key=lambda c: c.name)
        second = sorted(s2.query(Contact).all(), key=lambda c: c.name)
        assert len(first) == len(second) == 2
        for a, b in zip(first, second, strict=True):
            left = service.ContactData.from_contact(a)
            right = service.ContactData.from_contact(b)
            assert replace(left, data_origin="") == replace(right, data_origin="")
    other.dispose()


def test_cli_maps_columns_to_the_new_fields(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "liste.csv"
    source.write_text(
        "Kürzel;Vorname;Nachname;Tag;Webauftritt\nHerr Dr.;Jan;Ort;1.2.1970;https://jan.example\n",
        encoding="utf-8",
    )
    db_path = str(tmp_path / "cli.db")
    args = ["import", str(source), "--yes", "--db", db_path]
    mapping = ["--map", "Kürzel=salutation", "--map", "4=birthday", "--map", "Webauftritt=web"]
    assert main([*args, *mapping], clock=DEMO_CLOCK) == 0
    capsys.readouterr()
    with open_database(f"sqlite:///{db_path}").reader() as s:
        (jan,) = s.query(Contact).all()
        assert (jan.salutation, jan.title, jan.name) == (Salutation.MR, "Dr.", "Dr. Jan Ort")
        assert (jan.birth_day, jan.birth_month, jan.birth_year) == (1, 2, 1970)
        assert [(d.kind, d.value) for d in jan.details] == [(DetailKind.WEB, "https://jan.example")]
        assert jan.notes == ""
    assert main([*args, "--map", "Kürzel=gehalt"], clock=DEMO_CLOCK) != 0
    assert "salutation" in capsys.readouterr().err
