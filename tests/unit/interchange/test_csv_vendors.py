"""Real exports' CSV layouts (see data/README.md): recognised, nothing dropped."""

from pathlib import Path

from empfehlung_desktop.interchange.csv_io import (
    apply_overrides,
    detect_preset,
    mapping_notice,
    read_csv,
    read_table,
    suggest_mapping,
)
from empfehlung_desktop.model import DetailKind, Salutation
from empfehlung_desktop.services.contacts.person import AddressData, DetailData

DATA = Path(__file__).parent / "data"


def test_german_outlook_cp1252_semicolons_with_empfohlen_von() -> None:
    data = (DATA / "outlook_de_cp1252.csv").read_bytes()
    table = read_table(data)
    assert (table.encoding, table.delimiter) == ("Windows-1252", ";")
    assert detect_preset(table.headers) == "outlook-de"
    juergen, anna = read_csv(data)
    assert juergen.name == "Jürgen Weiß"
    assert juergen.organisation == "Weiß & Partner, Coaching"
    assert juergen.profession == "Supervisor (DGSv)"
    assert juergen.email == "juergen@weiss-partner.example"
    assert juergen.phone == "079 123 45 67"
    assert juergen.country == "CH"  # "Schweiz": the number is Swiss, not German
    assert juergen.referred_by == "Sabine Krüger"
    assert (
        juergen.notes == "Kennengelernt beim Netzwerktreffen, Thema: Führung; meldet sich im Mai."
    )
    # Anrede, address and birthday have their fields now; nothing else is left over.
    assert juergen.full_notes() == juergen.notes
    assert juergen.person.salutation is Salutation.MR
    assert juergen.person.addresses == [
        AddressData("Lange Straße 3", "8001", "Zürich", "", "Schweiz", "Arbeit")
    ]
    assert (juergen.person.birth_day, juergen.person.birth_month) == (21, 3)
    assert anna.country == "AT" and anna.phone == "0664 1234567"
    assert "Empfohlen von" not in mapping_notice(table, suggest_mapping(table.headers))


def test_thunderbird_export() -> None:
    data = (DATA / "thunderbird_tb.csv").read_bytes()
    table = read_table(data)
    assert detect_preset(table.headers) == "thunderbird"
    (soeren,) = read_csv(data)
    assert soeren.name == "Sören Łukasiewicz"
    assert soeren.email == "soeren@example.org"
    assert soeren.phone == "+49 151 23456789"  # Mobile Number
    assert soeren.organisation == "Praxis Ł" and soeren.profession == "Coach"
    assert soeren.notes == "Notiz, mit Komma"
    assert soeren.full_notes() == "Notiz, mit Komma\nNickname: Sö"
    person = soeren.person
    assert DetailData(DetailKind.EMAIL, "soeren.privat@example.net", "") in person.details
    assert DetailData(DetailKind.WEB, "https://soeren.example", "") in person.details
    assert (person.birth_day, person.birth_month, person.birth_year) == (21, 3, 1980)
    assert [(a.city, a.label) for a in person.addresses] == [("Freiburg", "Arbeit")]


def test_german_thunderbird_export_every_column_in_a_field() -> None:
    data = (DATA / "thunderbird_de.csv").read_bytes()
    (juergen,) = read_csv(data)
    assert juergen.name == "Jürgen Weiß"
    assert (juergen.email, juergen.phone) == ("juergen@example.de", "0221 123456")
    assert (juergen.profession, juergen.organisation) == ("Coach", "Weiß Beratung")
    person = juergen.person
    assert (person.birth_day, person.birth_month, person.birth_year) == (12, 4, 1970)
    assert DetailData(DetailKind.MESSENGER, "jwim", "Messenger-Name") in person.details
    webs = [d.value for d in person.details if d.kind is DetailKind.WEB]
    assert webs == ["https://weiss.example", "https://blog.weiss.example"]
    assert DetailData(DetailKind.PHONE, "0171 2345678", "Mobil-Tel.-Nr.") in person.details
    assert [a.street for a in person.addresses] == [
        "Lindenstraße 5, Hinterhaus",
        "Domplatz 1, 3. OG",
    ]
    assert juergen.notes == "Notiz mit, Komma"
    for value in ("Spitzname: Jü", "Abteilung: Leitung", "Benutzerdef. 4: K4"):
        assert value in juergen.extra


def test_linkedin_connections_with_notes_preamble() -> None:
    data = (DATA / "linkedin_connections.csv").read_bytes()
    table = read_table(data)
    assert table.headers[:3] == ["First Name", "Last Name", "URL"]
    assert detect_preset(table.headers) == "linkedin"
    gosia, heiko = read_csv(data)
    assert gosia.name == "Małgorzata Nowak" and gosia.position == "Zeile 5"
    assert gosia.organisation == "Nowak, Beratung & Training" and gosia.profession == "Coach"
    assert gosia.person.details == [
        DetailData(DetailKind.WEB, "https://www.linkedin.com/in/mnowak", "LinkedIn")
    ]
    assert "Connected On: 12 Aug 2024" in gosia.full_notes()
    assert heiko.email == "heiko@example.org"
    notice = mapping_notice(table, suggest_mapping(table.headers))
    assert "LinkedIn" in notice and "Connected On" in notice and "URL" not in notice


def test_excel_unicode_text_is_utf16_with_tabs() -> None:
    data = (DATA / "excel_unicode.txt").read_bytes()
    table = read_table(data)
    assert (table.encoding, table.delimiter) == ("UTF-16", "\t")
    (zoe,) = read_csv(data)
    assert (zoe.name, zoe.email, zoe.country) == ("Zoë Müller", "zoe@example.ch", "CH")


def test_map_overrides_by_header_or_number() -> None:
    table = read_table((DATA / "linkedin_connections.csv").read_bytes())
    mapping = apply_overrides(table.headers, suggest_mapping(table.headers), ["URL=-", "7=notes"])
    assert mapping[2] == "" and mapping[6] == "notes"


def test_google_label_columns_name_their_values() -> None:
    data = (
        b"Name,Given Name,Family Name,Group Membership,E-mail 1 - Type,E-mail 1 - Value,"
        b"E-mail 2 - Type,E-mail 2 - Value,Phone 1 - Type,Phone 1 - Value,Birthday\r\n"
        b"Anna Berg,Anna,Berg,* myContacts,* Work,anna@work.example,Home,anna@home.example,"
        b"Mobile,+49 171 1234567 ::: +49 171 7654321,1980-03-21\r\n"
    )
    (anna,) = read_csv(data)
    assert anna.email == "anna@work.example" and anna.phone == "+49 171 1234567"
    assert anna.person.details == [
        DetailData(DetailKind.EMAIL, "anna@home.example", "Home"),
        DetailData(DetailKind.PHONE, "+49 171 7654321", "Mobile"),
    ]
    assert (anna.person.birth_day, anna.person.birth_month, anna.person.birth_year) == (21, 3, 1980)
    assert anna.full_notes() == ""
