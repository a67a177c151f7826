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
