"""Vendors' own codes in vCards: Android's X-ANDROID-CUSTOM lines, Apple's label codes.

The ``cozy_*.vcf`` cards are real vendor samples of one person (see data/README.md).
"""

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from empfehlung_desktop import i18n
from empfehlung_desktop.interchange import flow
from empfehlung_desktop.interchange.vcard import read_vcards
from empfehlung_desktop.model import Contact, ContactSource
from empfehlung_desktop.services.contacts import contacts as service
from empfehlung_desktop.store.database import Database

DATA = Path(__file__).parent / "data"
TODAY = dt.date(2026, 11, 22)


def card(text: str):  # type: ignore[no-untyped-def]
    body = "\r\n".join(["BEGIN:VCARD", "VERSION:2.1", "FN:Anna Müller", text, "END:VCARD", ""])
    (contact,) = read_vcards(body.encode("utf-8"))
    return contact


def test_android_card_keeps_nickname_relation_and_dates() -> None:
    (cozy,) = read_vcards((DATA / "cozy_android.vcf").read_bytes())
    assert cozy.person.birth_day == 2 and cozy.person.birth_year == 1989
    assert "Spitzname: Cozypseudo" in cozy.extra
    assert "Freund/in: Cozypouet" in cozy.extra
    assert "Jahrestag: 2013-01-01" in cozy.extra
    assert "Datum (Date Perso): 2013-01-01" in cozy.extra
    assert cozy.warnings == []  # every line understood
    everything = cozy.everything()
    for value in ("Cozypseudo", "Cozypouet", "Date Perso", "2 Sample Adress 75001 Paris"):
        assert value in everything


def test_android_referred_by_becomes_the_referrer_and_is_linked(
    db: Database, tmp_path: Path
) -> None:
    with db.session() as s:
        service.create_contact(
            s, service.ContactData(name="Karl Berger", source=ContactSource.EXISTING), today=TODAY
        )
    relation = "X-ANDROID-CUSTOM:vnd.android.cursor.item/relation;Karl Berger;11;;;;;;;;;;;;;"
    assert card(relation).referred_by == "Karl Berger"
    source = tmp_path / "android.vcf"
    lines = ["BEGIN:VCARD", "VERSION:2.1", "FN:Anna Müller", relation, "END:VCARD", ""]
    source.write_text("\r\n".join(lines), encoding="utf-8")
    loaded = flow.load_file(source)
    with db.reader() as s:
        plan = flow.plan_import(s, loaded, today=TODAY)
    flow.execute_plan(db, plan)
    with db.reader() as s:
        anna = s.scalars(select(Contact).where(Contact.name == "Anna Müller")).one()
        assert anna.referred_by is not None and anna.referred_by.name == "Karl Berger"


def test_android_relation_with_own_label_and_quoted_printable() -> None:
    mentor = card("X-ANDROID-CUSTOM:vnd.android.cursor.item/relation;Jens;0;Mentor;;;;;;;;;;;;")
    assert mentor.extra == ["Beziehung (Mentor): Jens"]
    encoded = card(
        "X-ANDROID-CUSTOM;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:"
        "vnd.android.cursor.item/nickname;=C3=84nni;3;;;;;;;;;;;;;"
    )
    assert encoded.extra == ["Geburtsname: Änni"]


def test_android_unknown_kind_goes_to_the_notes_with_a_hint() -> None:
    pets = card("X-ANDROID-CUSTOM:vnd.android.cursor.item/vnd.example.pets;Bello;Dackel;;;;")
    assert pets.extra == ["Android (vnd.example.pets): Bello; Dackel"]
    assert len(pets.warnings) == 1 and "Zeile 4" in pets.warnings[0]
    empty = card("X-ANDROID-CUSTOM:vnd.android.cursor.item/nickname;;1;;;;;;;;;;;;;")
    assert empty.extra == [] and empty.warnings == []


def test_android_birthday_event_fills_an_empty_birthday() -> None:
    born = card("X-ANDROID-CUSTOM:vnd.android.cursor.item/contact_event;1980-03-04;3;;;;;;")
    assert (born.person.birth_day, born.person.birth_month, born.person.birth_year) == (4, 3, 1980)


def test_sip_address_is_a_messenger_detail() -> None:
    sip = card("X-SIP:sip:anna@sip.example")
    assert [(d.value, d.label) for d in sip.person.details] == [("sip:anna@sip.example", "sip")]
    assert sip.warnings == []


def test_apple_standard_labels_in_the_ui_language() -> None:
    (google,) = read_vcards((DATA / "cozy_google.vcf").read_bytes())
    assert "Datum (Jahrestag): 2013-01-01" in google.extra
    assert "Beziehung (Freund/in): Cozypouet" in google.extra
    assert [d.label for d in google.person.details if d.value == "test3@example.com"] == ["truc"]
    i18n.set_language("en")
    try:
        (apple,) = read_vcards((DATA / "cozy_apple.vcf").read_bytes())
    finally:
        i18n.set_language("de")
    assert "Relation (Friend): Cozypouet" in apple.extra
    assert {a.city for a in apple.person.addresses} == {"Paris"}
    assert apple.country == "FR"


def test_outlook_ms_properties_become_fields_or_labelled_notes() -> None:
    # The properties Outlook and Exchange write beyond the standard ones.
    outlook = card(
        "\r\n".join(
            [
                "TEL;WORK;VOICE:(905) 555-1234",
                "TEL;CAR:0171 555",
                "X-MS-TEL;ASSISTANT:+49 30 1234",
                "X-MS-IMADDRESS:johny5@aol.com",
                "X-MS-SPOUSE:Jane",
                "X-MS-MANAGER:Boss",
                "X-MS-CHILD:Kid",
                "X-MS-TEXT:Kundennummer 4711",
                "CLASS:PUBLIC",
                "CLASS:PRIVATE",
            ]
        )
    )
    assert outlook.phone == "(905) 555-1234"
    details = [(d.kind.value, d.value, d.label) for d in outlook.person.details]
    assert details == [
        ("phone", "0171 555", "Auto"),
        ("phone", "+49 30 1234", "Assistenz"),
        ("messenger", "johny5@aol.com", "im"),
    ]
    assert outlook.extra == [
        "Partner/in: Jane",
        "Vorgesetzte/r: Boss",
        "Kind: Kid",
        "Benutzerfeld: Kundennummer 4711",
        "Vertraulichkeit: PRIVATE",
    ]
    assert outlook.warnings == []
