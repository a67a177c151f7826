"""Duplicate warnings and merging: nothing of either contact is lost, links follow."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from empfehlung_desktop.errors import ValidationError
from empfehlung_desktop.model import (
    Activity,
    ActivityKind,
    Contact,
    DetailKind,
    Engagement,
    EngagementStatus,
)
from empfehlung_desktop.services.contacts import contacts as service
from empfehlung_desktop.services.contacts.duplicates import (
    duplicates_of,
    find_duplicates,
    merge_contacts,
)
from empfehlung_desktop.services.contacts.person import AddressData, DetailData
from empfehlung_desktop.store.database import Database

TODAY = dt.date(2027, 5, 17)


def _make(db: Database, **values: object) -> int:
    with db.session() as session:
        return service.create_contact(session, service.ContactData(**values), today=TODAY).id  # type: ignore[arg-type]


def test_same_email_or_same_name_and_phone_is_a_duplicate(db: Database) -> None:
    first = _make(db, name="Jürgen Weiß", email="j.weiss@example.org", phone="+49 761 123456")
    _make(db, name="Anna Berg", details=(DetailData(DetailKind.EMAIL, "anna@privat.example"),))
    with db.reader() as s:
        by_mail = find_duplicates(s, name="J. W.", emails=["J.Weiss@Example.org"], phones=[])
        assert [d.contact_id for d in by_mail] == [first]
        by_phone = find_duplicates(s, name="Jürgen Weiß", emails=[], phones=["0761 123456"])
        assert [d.contact_id for d in by_phone] == [first]
        other_name = find_duplicates(s, name="Jürgen Weis", emails=[], phones=["0761 123456"])
        assert other_name == []
        second_mail = find_duplicates(s, name="x", emails=["anna@privat.example"], phones=[])
        assert [d.name for d in second_mail] == ["Anna Berg"]
        assert (
            find_duplicates(
                s, name="x", emails=["j.weiss@example.org"], phones=[], exclude_id=first
            )
            == []
        )


def test_merge_keeps_everything_and_repoints_records(db: Database) -> None:
    keep = _make(
        db,
        name="Jürgen Weiß",
        email="j.weiss@example.org",
        phone="+49 761 123456",
        tags="BNI",
        notes="Erster Eintrag",
    )
    other = _make(
        db,
        name="Dr. Jürgen Weiß",
        email="juergen@privat.example",
        birth_day=3,
        birth_month=4,
        tags="Supervision",
        notes="Zweiter Eintrag",
        addresses=(AddressData("Hauptstr. 1", "79098", "Freiburg"),),
    )
    referred = _make(db, name="Nora Klein", referred_by_id=other)
    with db.session() as s:
        s.add(Engagement(contact_id=other, title="Workshop", status=EngagementStatus.REQUEST))
        s.add(Activity(contact_id=other, kind=ActivityKind.CALL, occurred_on=TODAY, text="Anruf"))
    with db.session() as s:
        assert [d.contact_id for d in duplicates_of(s, keep)] == []  # different e-mail, name
        merged = merge_contacts(s, keep, other, frozenset({"title"}))
        assert merged.title == "Dr."
        assert merged.email == "j.weiss@example.org"
        assert (DetailKind.EMAIL, "juergen@privat.example") in [
            (d.kind, d.value) for d in merged.details
        ]
        assert (merged.birth_day, merged.birth_month) == (3, 4)
        assert merged.tags == "BNI, Supervision"
        assert "Erster Eintrag" in merged.notes and "Zweiter Eintrag" in merged.notes
        assert merged.addresses[0].city == "Freiburg"
    with db.reader() as s:
        assert s.get(Contact, other) is None
        assert s.get(Contact, referred).referred_by_id == keep  # type: ignore[union-attr]
        assert s.scalars(select(Engagement.contact_id)).all() == [keep]
        assert s.scalars(select(Activity.contact_id)).all() == [keep]


def test_merge_refuses_itself_and_unknown_fields(db: Database) -> None:
    one = _make(db, name="Anna Berg")
    two = _make(db, name="Anna Berg")
    with db.session() as s:
        with pytest.raises(ValidationError):
            merge_contacts(s, one, one)
        with pytest.raises(ValidationError):
            merge_contacts(s, one, two, frozenset({"erased_at"}))
