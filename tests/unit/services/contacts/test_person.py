"""The person model: name parts, greeting, birthday, details and addresses through the service."""

from __future__ import annotations

import datetime as dt

import pytest

from empfehlung_desktop.errors import ValidationError
from empfehlung_desktop.model import AddressForm, Contact, DetailKind, Salutation
from empfehlung_desktop.services.contacts import contacts as service
from empfehlung_desktop.services.contacts.person import (
    AddressData,
    DetailData,
    greeting,
    greeting_for,
    parse_birthday,
)
from empfehlung_desktop.store.database import Database

TODAY = dt.date(2027, 5, 17)


def _greet(salutation: Salutation, form: AddressForm, language: str = "de", **kw: str) -> str:
    return greeting(
        salutation=salutation,
        title=kw.get("title", ""),
        given_name=kw.get("given", "Ewa"),
        family_name=kw.get("family", "Nowak-Schäfer"),
        address_form=form,
        fallback_name=kw.get("name", ""),
        language=language,
    )


def test_greetings_follow_anrede_title_and_form_of_address() -> None:
    formal, informal = AddressForm.FORMAL, AddressForm.INFORMAL
    assert _greet(Salutation.MS, formal, title="Dr.") == "Sehr geehrte Frau Dr. Nowak-Schäfer,"
    assert _greet(Salutation.MR, formal, given="Jürgen", family="Weiß") == (
        "Sehr geehrter Herr Weiß,"
    )
    assert _greet(Salutation.MS, informal) == "Liebe Ewa,"
    assert _greet(Salutation.MR, informal, given="Jürgen") == "Lieber Jürgen,"
    assert _greet(Salutation.NONE, informal, given="Kim") == "Hallo Kim,"
    assert _greet(Salutation.NONE, formal, given="Kim", family="Lee") == "Guten Tag Kim Lee,"
    assert _greet(Salutation.NONE, formal, given="", family="", name="Praxis Sonnenhof") == (
        "Guten Tag Praxis Sonnenhof,"
    )
    assert _greet(Salutation.MS, formal, "en", title="Dr.") == "Dear Dr Nowak-Schäfer,"
    assert _greet(Salutation.MR, formal, "en", family="Weiß") == "Dear Mr Weiß,"
    assert _greet(Salutation.MS, informal, "en") == "Dear Ewa,"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15.03.1980", (15, 3, 1980)),
        ("15.3.", (15, 3, None)),
        ("1980-03-15", (15, 3, 1980)),
        ("--03-15", (15, 3, None)),
        ("--0315", (15, 3, None)),
        ("19800315", (15, 3, 1980)),
        ("", (None, None, None)),
    ],
)
def test_birthday_forms(text: str, expected: tuple[int | None, ...]) -> None:
    assert parse_birthday(text) == expected


def test_a_typed_name_gets_parts_and_keeps_its_text(db: Database) -> None:
    with db.session() as session:
        contact = service.create_contact(
            session, service.ContactData(name="Mustermann, Heiko"), today=TODAY
        )
        assert contact.name == "Mustermann, Heiko"
        assert (contact.given_name, contact.family_name) == ("Heiko", "Mustermann")
        assert contact.sort_name == "mustermann heiko"


def test_parts_compose_the_display_name_and_sort_by_family_name(db: Database) -> None:
    data = service.ContactData(
        salutation=Salutation.MS,
        title="Dr.",
        given_name="Anna",
        family_name="Schmidt",
        address_form=AddressForm.INFORMAL,
        birth_day=29,
        birth_month=2,
        tags="Supervision; coaching, Supervision",
        details=(
            DetailData(DetailKind.EMAIL, " anna@Example.org ", "privat"),
            DetailData(DetailKind.WEB, "https://www.linkedin.com/in/anna", "LinkedIn"),
            DetailData(DetailKind.PHONE, "  ", "leer"),
        ),
        addresses=(AddressData("Hauptstr. 1", "79098", "Freiburg", country="Deutschland"),),
    )
    with db.session() as session:
        contact = service.create_contact(session, data, today=TODAY)
        contact_id = contact.id
    with db.session() as session:
        contact = session.get(Contact, contact_id)
        assert contact is not None
        assert contact.name == "Dr. Anna Schmidt"
        assert contact.sort_name == "schmidt anna"
        assert contact.tags == "Supervision, coaching"
        assert [(d.kind, d.value, d.label) for d in contact.details] == [
            (DetailKind.EMAIL, "anna@example.org", "privat"),
            (DetailKind.WEB, "https://www.linkedin.com/in/anna", "LinkedIn"),
        ]
        assert contact.addresses[0].city == "Freiburg"
        assert greeting_for(contact, "de") == "Liebe Anna,"
        again = service.ContactData.from_contact(contact)
        assert again.details[1].label == "LinkedIn"
        dumped = service.contact_to_dict(contact)
        assert dumped["birthday"] == "--02-29"
        assert service.contact_lists_dict(contact)["addresses"][0]["postcode"] == "79098"


def test_impossible_birthday_and_bad_second_email_are_refused(db: Database) -> None:
    with db.session() as session:
        with pytest.raises(ValidationError) as caught:
            service.create_contact(
                session,
                service.ContactData(
                    name="Jürgen Weiß",
                    birth_day=31,
                    birth_month=4,
                    details=(DetailData(DetailKind.EMAIL, "kein-at-zeichen"),),
                ),
                today=TODAY,
            )
        assert set(caught.value.fields) == {"birthday", "details.0"}
        with pytest.raises(ValidationError):
            service.create_contact(
                session,
                service.ContactData(
                    name="Jürgen Weiß", birth_day=1, birth_month=1, birth_year=2030
                ),
                today=TODAY,
            )


def test_found_by_every_person_field(db: Database) -> None:
    from empfehlung_desktop.services.contacts.contacts import ContactQuery, fetch_contacts

    with db.session() as session:
        service.create_contact(
            session,
            service.ContactData(
                salutation=Salutation.MS,
                title="Dr.",
                given_name="Małgorzata",
                family_name="Weiß",
                tags="Supervision",
                details=(
                    DetailData(DetailKind.EMAIL, "gosia@privat.example"),
                    DetailData(DetailKind.PHONE, "+49 221 1234567", "mobil"),
                ),
                addresses=(AddressData("Hauptstr. 1", "79098", "Freiburg"),),
            ),
            today=TODAY,
        )
        service.create_contact(session, service.ContactData(name="Anna Berg"), today=TODAY)
    with db.reader() as session:
        for text in ("malg", "weiss", "supervision", "gosia@privat", "0221 123", "Freiburg"):
            found = [r.name for r in fetch_contacts(session, ContactQuery(text=text))]
            assert found == ["Dr. Małgorzata Weiß"], text
