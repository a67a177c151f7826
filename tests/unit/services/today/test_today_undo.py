"""Heute's undo: for every kind of item, "Erledigt" and back leaves the data as it was."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Table, select

from empfehlung_desktop.model import (
    Activity,
    AgendaKind,
    AgendaState,
    AskResult,
    Contact,
    Engagement,
    Referral,
    ReferralAsk,
    ReferralEvent,
    ReferralOutcome,
    Reminder,
    SpiralStep,
)
from empfehlung_desktop.services.today import actions, reminders, undo
from empfehlung_desktop.services.today import today as agenda
from empfehlung_desktop.store.database import Database
from tests.conftest import DEMO_TODAY

K = AgendaKind
_TABLES = (
    Referral,
    ReferralEvent,
    Engagement,
    Contact,
    Activity,
    AgendaState,
    Reminder,
    ReferralAsk,
    SpiralStep,
)
# Bookkeeping columns an undo moves forward on purpose (conflict detection).
_MOVING = {"version", "updated_at", "search_text"}


def dump(db: Database) -> dict[str, set[tuple[object, ...]]]:
    result = {}
    with db.reader() as s:
        for entity in _TABLES:
            table = entity.__table__
            assert isinstance(table, Table)
            columns = [c for c in table.c if c.name not in _MOVING]
            result[table.name] = {tuple(row) for row in s.execute(select(*columns))}
    return result


@pytest.mark.parametrize("kind", [k for k in K if k is not K.SPIRAL_SUGGESTION] + [None])
def test_done_and_undo_leave_everything_as_it_was(demo_db: Database, kind: K | None) -> None:
    day = DEMO_TODAY
    with demo_db.session() as s:
        reminders.add_reminder(s, "Angebot nachreichen", day, today=day)
    with demo_db.reader() as s:
        items = agenda.compute(s, day).items
    wanted = K.SPIRAL_SUGGESTION if kind is None else kind
    item = next((i for i in items if i.kind is wanted), None)
    if item is None:
        pytest.skip(f"the demo practice has no {wanted} due on {day}")
    before = dump(demo_db)
    with demo_db.session() as s:
        take_back = undo.done_before(s, item.kind, item.subject_id)
        actions.complete(
            s,
            item.kind,
            item.subject_id,
            day,
            result=AskResult.PROMISED,
            outcome=ReferralOutcome.OPEN if item.kind is K.FOLLOW_UP else None,
            note="erledigt",
        )
    assert dump(demo_db) != before
    with demo_db.session() as s:
        take_back(s)
    assert dump(demo_db) == before


def test_snooze_of_a_reminder_and_its_undo(demo_db: Database) -> None:
    day = DEMO_TODAY
    with demo_db.session() as s:
        reminder_id = reminders.add_reminder(s, "Rückruf", day, today=day).id
    before = dump(demo_db)
    with demo_db.session() as s:
        take_back = undo.marker_before(s, K.REMINDER, reminder_id)
        actions.snooze(s, K.REMINDER, reminder_id, day + dt.timedelta(days=3), day)
    with demo_db.session() as s:
        take_back(s)
    assert dump(demo_db) == before
