"""Birthdays in Heute's window: year boundary, 29 February, unknown year."""

from __future__ import annotations

import datetime as dt

import pytest

from empfehlung_desktop.services.contacts import contacts as cs
from empfehlung_desktop.services.today.birthdays import upcoming
from empfehlung_desktop.store.database import Database


def _person(db: Database, name: str, day: int, month: int, year: int | None) -> None:
    with db.session() as s:
        cs.create_contact(
            s,
            cs.ContactData(name=name, birth_day=day, birth_month=month, birth_year=year),
            today=dt.date(2027, 1, 1),
        )


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (dt.date(2026, 12, 28), [("Jana Neu", dt.date(2027, 1, 2), 41)]),
        (dt.date(2027, 2, 25), [("Lea Schalt", dt.date(2027, 2, 28), 23)]),
        (dt.date(2028, 2, 25), [("Lea Schalt", dt.date(2028, 2, 29), 24)]),
        (dt.date(2027, 6, 9), [("Ohne Jahr", dt.date(2027, 6, 10), None)]),
        (dt.date(2027, 6, 12), []),
    ],
)
def test_upcoming_birthdays(db: Database, today: dt.date, expected: list[object]) -> None:
    _person(db, "Jana Neu", 2, 1, 1986)
    _person(db, "Lea Schalt", 29, 2, 2004)
    _person(db, "Ohne Jahr", 10, 6, None)
    with db.reader() as s:
        found = [(b.name, b.on, b.turns) for b in upcoming(s, today, days_ahead=7)]
    assert found == expected


def test_birthdays_in_heute_until_congratulated(db: Database) -> None:
    from empfehlung_desktop.model import Activity, AgendaKind
    from empfehlung_desktop.services.today import today as agenda

    _person(db, "Jana Neu", 2, 1, 1986)
    day = dt.date(2026, 12, 30)
    with db.reader() as s:
        items = agenda.compute(s, day).of_kind(AgendaKind.BIRTHDAY)
        assert [(i.text, agenda.due_label(i, day)) for i in items] == [
            ("Jana Neu hat Geburtstag und wird 41", "am 02.01.2027")
        ]
    with db.session() as s:
        agenda.complete(s, AgendaKind.BIRTHDAY, items[0].subject_id, day)
    with db.reader() as s:
        assert agenda.compute(s, day).of_kind(AgendaKind.BIRTHDAY) == []
        assert agenda.compute(s, dt.date(2027, 1, 2)).of_kind(AgendaKind.BIRTHDAY) == []
        assert s.query(Activity).one().text == "Zum Geburtstag gratuliert"
        # Next year it is back.
        later = agenda.compute(s, dt.date(2027, 12, 28)).of_kind(AgendaKind.BIRTHDAY)
        assert [i.due_on for i in later] == [dt.date(2028, 1, 2)]
