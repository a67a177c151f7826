"""Birthdays in the coming days, for Heute: who, on which day, turning how old.

A birthday without a year is shown without an age. 29 February falls on
28 February in other years. Filtered in SQL on the (month, day) index.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session

from empfehlung_desktop.model import Contact


@dataclass(frozen=True)
class Birthday:
    contact_id: int
    name: str
    on: dt.date
    turns: int | None


def occurrence(day: int, month: int, year: int) -> dt.date:
    """The birthday in ``year`` (29 February → 28 February outside leap years)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return dt.date(year, month, day - 1)


def upcoming(
    session: Session,
    today: dt.date,
    days_ahead: int = 7,
    hidden: ColumnElement[bool] | None = None,
) -> list[Birthday]:
    """Birthdays from ``today`` to ``today + days_ahead`` inclusive, soonest first;
    ``hidden`` (SQL on ``Contact.id``) leaves out those already congratulated."""
    last = today + dt.timedelta(days=days_ahead)
    wanted: set[tuple[int, int]] = set()
    for offset in range(days_ahead + 1):
        date = today + dt.timedelta(days=offset)
        wanted.add((date.month, date.day))
        if (date.month, date.day) == (2, 28) and not _is_leap(date.year):
            wanted.add((2, 29))
    by_month: dict[int, list[int]] = {}
    for month, day in wanted:
        by_month.setdefault(month, []).append(day)
    clause = or_(
        *(
            and_(Contact.birth_month == month, Contact.birth_day.in_(sorted(days_of)))
            for month, days_of in by_month.items()
        )
    )
    rows = session.execute(
        select(
            Contact.id, Contact.name, Contact.birth_day, Contact.birth_month, Contact.birth_year
        ).where(clause, Contact.erased_at.is_(None), *([~hidden] if hidden is not None else []))
    ).all()
    found: list[Birthday] = []
    for contact_id, name, birth_day, birth_month, birth_year in rows:
        if birth_day is None or birth_month is None:
            continue
        on = occurrence(birth_day, birth_month, today.year)
        if on < today:
            on = occurrence(birth_day, birth_month, today.year + 1)
        if on > last:
            continue
        turns = on.year - birth_year if birth_year else None
        found.append(Birthday(contact_id, name, on, turns))
    return sorted(found, key=lambda b: (b.on, b.name))


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def next_birthday(session: Session, contact_id: int, today: dt.date) -> dt.date | None:
    """The contact's next birthday from ``today`` on (None without one)."""
    row = session.execute(
        select(Contact.birth_day, Contact.birth_month).where(Contact.id == contact_id)
    ).first()
    if row is None or row[0] is None or row[1] is None:
        return None
    on = occurrence(row[0], row[1], today.year)
    return on if on >= today else occurrence(row[0], row[1], today.year + 1)
