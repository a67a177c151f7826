"""The person in vCards: parts, Anrede, birthday, further details and addresses round-trip."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from empfehlung_desktop.interchange import flow
from empfehlung_desktop.interchange.exporter import export_stream
from empfehlung_desktop.interchange.vcard import read_vcards
from empfehlung_desktop.model import AddressForm, Contact, ContactSource, DetailKind, Salutation
from empfehlung_desktop.services.contacts import contacts as service
from empfehlung_desktop.services.contacts.person import AddressData, DetailData
from empfehlung_desktop.store.database import Database, open_database

TODAY = dt.date(2027, 5, 17)

APPLE = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\n"
    "N:Nowak-Schäfer;Ewa;Maria;Frau Dr.;MBA\r\nFN:Dr. Ewa Maria Nowak-Schäfer\r\n"
    "EMAIL;type=INTERNET;type=WORK;type=pref:ewa@praxis.example\r\n"
    "EMAIL;type=INTERNET;type=HOME:ewa@privat.example\r\n"
    "TEL;type=CELL;type=VOICE;type=pref:+41 79 123 45 67\r\n"
    "item1.TEL:044 123 45 67\r\nitem1.X-ABLabel:Praxis\r\n"
    "item2.ADR;type=WORK:;;Bahnhofstrasse 1;Zürich;;8001;Schweiz\r\n"
    "item2.X-ABADR:ch\r\n"
    "BDAY;X-APPLE-OMIT-YEAR=1604:1604-03-15\r\n"
    "item3.URL:https://www.xing.com/profile/Ewa\r\nitem3.X-ABLabel:XING\r\n"
    "X-SOCIALPROFILE;type=linkedin:https://linkedin.com/in/ewa\r\n"
    "IMPP;X-SERVICE-TYPE=Skype:skype:ewa.n\r\n"
    "CATEGORIES:Supervision,myContacts\r\n"
    "END:VCARD\r\n"
)


def test_an_apple_card_fills_the_person_fields() -> None:
    (card,) = read_vcards(APPLE.encode())
    person = card.person
    assert card.name == "Dr. Ewa Maria Nowak-Schäfer"
    assert person.salutation is Salutation.MS
    assert (person.title, person.given_name, person.family_name, person.name_suffix) == (
        "Dr.",
        "Ewa Maria",
        "Nowak-Schäfer",
        "MBA",
    )
    assert (person.birth_day, person.birth_month, person.birth_year) == (15, 3, None)
    assert person.tags == "Supervision"
    assert DetailData(DetailKind.EMAIL, "ewa@privat.example", "Privat") in person.details
    assert DetailData(DetailKind.PHONE, "044 123 45 67", "Praxis") in person.details
    assert DetailData(DetailKind.WEB, "https://www.xing.com/profile/Ewa", "XING") in person.details
    kinds = [(d.kind, d.value) for d in person.details]
    assert (DetailKind.WEB, "https://linkedin.com/in/ewa") in kinds
    assert (DetailKind.MESSENGER, "skype:ewa.n") in kinds
    assert person.addresses == [
        AddressData("Bahnhofstrasse 1", "8001", "Zürich", "", "Schweiz", "Arbeit")
    ]
    assert card.country == "CH"
    assert card.full_notes() == ""  # everything has a field


def test_import_keeps_foreign_numbers_and_writes_the_lists(db: Database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "apple.vcf"
    path.write_text(APPLE, encoding="utf-8")
    plan_file = flow.load_file(path)
    with db.reader() as s:
        plan = flow.plan_import(s, plan_file, today=TODAY)
    flow.execute_plan(db, plan)
    with db.reader() as s:
        (contact,) = s.query(Contact).all()
        assert contact.phone == "+41 79 123 45 67"
        # The Swiss address makes the national number certain: formatted, never German.
        phones = [d.value for d in contact.details if d.kind is DetailKind.PHONE]
        assert phones == ["+41 44 123 45 67"]
        assert contact.addresses[0].city == "Zürich"
        assert contact.sort_name.startswith("nowak-schafer")


def test_own_export_round_trips_every_person_field(db: Database, tmp_path) -> None:  # type: ignore[no-untyped-def]
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
                source=ContactSource.EVENT,
                details=(
                    DetailData(DetailKind.PHONE, "+49 171 2345678", "mobil"),
                    DetailData(DetailKind.WEB, "https://example.org/j", "Website"),
                ),
                addresses=(
                    AddressData("Hauptstr. 1; Hinterhaus", "79098", "Freiburg", label="Büro"),
                ),
            ),
            today=TODAY,
        )
    out = tmp_path / "out.vcf"
    with db.reader() as s, out.open("wb") as stream:
        export_stream(s, "vcard", stream)
    other = open_database(f"sqlite:///{tmp_path / 'other.db'}")
    with other.reader() as s:
        plan = flow.plan_import(s, flow.load_file(out), today=TODAY)
    flow.execute_plan(other, plan)
    with db.reader() as s1, other.reader() as s2:
        (a,) = s1.query(Contact).all()
        (b,) = s2.query(Contact).all()
        first, second = service.ContactData.from_contact(a), service.ContactData.from_contact(b)
        assert second.notes == first.notes == ""
        assert replace(first, data_origin="") == replace(second, data_origin="")
    other.dispose()


def test_json_export_imported_into_another_practice_keeps_the_person(
    db: Database, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s:
        service.create_contact(
            s,
            service.ContactData(
                name="Dr. Ewa Nowak-Schäfer",
                salutation=Salutation.MS,
                birth_day=15,
                birth_month=3,
                details=(DetailData(DetailKind.WEB, "https://xing.example/ewa", "XING"),),
                addresses=(AddressData("Bahnhofstrasse 1", "8001", "Zürich", country="Schweiz"),),
            ),
            today=TODAY,
        )
    out = tmp_path / "out.json"
    with db.reader() as s, out.open("wb") as stream:
        export_stream(s, "json", stream)
    other = open_database(f"sqlite:///{tmp_path / 'other.db'}")
    with other.session() as s:  # a practice with data: the JSON is merged, not restored
        service.create_contact(s, service.ContactData(name="Anna Berg"), today=TODAY)
    with other.reader() as s:
        plan = flow.plan_import(s, flow.load_file(out), today=TODAY)
    flow.execute_plan(other, plan)
    with other.reader() as s:
        ewa = s.query(Contact).filter(Contact.family_name == "Nowak-Schäfer").one()
        assert (ewa.title, ewa.salutation, ewa.birth_day) == ("Dr.", Salutation.MS, 15)
        assert ewa.details[0].label == "XING" and ewa.addresses[0].city == "Zürich"
    other.dispose()


def test_mac_address_book_card_every_value_in_a_field_or_the_notes() -> None:
    from pathlib import Path

    data = (Path(__file__).parent / "data" / "ezvcard_mac_address_book.vcf").read_bytes()
    (card,) = read_vcards(data)
    person = card.person
    assert card.name == "Mr. John Richter,James Doe Sr."
    assert (person.salutation, person.given_name, person.family_name, person.name_suffix) == (
        Salutation.MR,
        "John Richter,James",
        "Doe",
        "Sr.",
    )
    assert (person.birth_day, person.birth_month, person.birth_year) == (6, 6, 2012)
    assert card.phone == "905-777-1234"
    phones = [(d.value, d.label) for d in person.details if d.kind is DetailKind.PHONE]
    assert len(phones) == 6 and ("905-222-1234", "AssistantPhone") in phones
    assert DetailData(DetailKind.WEB, "http://www.ibm.com", "Homepage") in person.details
    home, work = person.addresses
    assert (home.street, home.city, home.region, home.postcode, home.country) == (
        "Silicon Alley 5,",
        "New York",
        "New York",
        "12345",
        "United States of America",
    )
    assert work.street == "Street4\nBuilding 6\nFloor 8"  # line breaks kept
    everything = card.everything()
    for value in ("Johny", "Jon", "Dow", "Jenny", "Favotire Color: Blue", "Money Counter"):
        assert value in everything, value


def test_mac_address_book_card_imports_unchanged(db: Database) -> None:
    from pathlib import Path

    path = Path(__file__).parent / "data" / "ezvcard_mac_address_book.vcf"
    with db.reader() as s:
        plan = flow.plan_import(s, flow.load_file(path), today=TODAY)
    flow.execute_plan(db, plan)
    with db.reader() as s:
        (contact,) = s.query(Contact).all()
        assert contact.name == "Mr. John Richter,James Doe Sr."
        assert contact.phone == "905-777-1234"  # no country certain: kept as written
        assert contact.addresses[1].street == "Street4\nBuilding 6\nFloor 8"
        assert len(contact.details) == 7  # six phones and the home page
