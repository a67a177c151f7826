"""Contact lists German practitioners keep or export from German webmail: qualified
headers ("PLZ (privat)", "Land geschäftlich") and a category column find their fields."""

from empfehlung_desktop.interchange.csv_io import read_csv, read_table, suggest_mapping
from empfehlung_desktop.model import DetailKind
from empfehlung_desktop.services.contacts.person import AddressData, DetailData

WEBMAIL = (
    "Vorname,Nachname,E-Mail-Adresse,Weitere E-Mail-Adresse,Telefon (privat),"
    "Mobiltelefon,Straße (privat),PLZ (privat),Ort (privat),Land (privat),"
    "PLZ geschäftlich,Ort geschäftlich,Land geschäftlich,Kategorie,Notiz\r\n"
    "Anna,Berg,anna@gmx.example,anna.berg@web.example,030 1234567,0170 1234567,"
    "Lindenweg 4,10115,Berlin,Deutschland,8001,Zürich,Schweiz,"
    '"Netzwerk, Kunde","Kennt Sabine, seit 2019"\r\n'
)


def test_qualified_address_columns_and_categories() -> None:
    table = read_table(WEBMAIL.encode())
    mapping = suggest_mapping(table.headers)
    assert "extra" not in mapping, list(zip(table.headers, mapping, strict=True))
    (anna,) = read_csv(WEBMAIL.encode())
    assert anna.person.addresses == [
        AddressData("Lindenweg 4", "10115", "Berlin", "", "Deutschland", "Privat"),
        AddressData("", "8001", "Zürich", "", "Schweiz", "Arbeit"),
    ]
    assert anna.person.tags == "Netzwerk, Kunde"
    assert anna.notes == "Kennt Sabine, seit 2019"
    assert anna.full_notes() == anna.notes  # nothing left without a field
    assert DetailData(DetailKind.EMAIL, "anna.berg@web.example", "") in anna.person.details


def test_house_number_column_joins_the_street_and_excel_text_formulas_are_read() -> None:
    data = (
        "Nr;Vorname;Nachname;Straße;Hausnummer;PLZ;Ort;Telefon\r\n"
        '1;Ewa;Nowak;Parkstraße;12a;79098;Freiburg;="0761123456"\r\n'
        '2;Jonas;Weber;;7;6020;Innsbruck;"=""0664 1234567"""\r\n'
    ).encode("cp1252")
    table = read_table(data)
    mapping = suggest_mapping(table.headers)
    assert mapping[0] == "extra"  # "Nr" is a running number as often as a house number
    ewa, jonas = read_csv(data)
    assert ewa.person.addresses == [AddressData("Parkstraße 12a", "79098", "Freiburg", "", "", "")]
    assert jonas.person.addresses == [AddressData("7", "6020", "Innsbruck", "", "", "")]
    assert (ewa.phone, jonas.phone) == ("0761123456", "0664 1234567")
    assert ewa.extra == ["Nr: 1"]
