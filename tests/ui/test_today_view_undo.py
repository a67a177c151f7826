"""Heute's own undo history: Strg+Z takes back what was done there, and names it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from empfehlung_desktop.model import AgendaKind, AgendaState, Contact, Reminder, SpiralStage
from empfehlung_desktop.services import settings
from empfehlung_desktop.services.today import care
from empfehlung_desktop.store.database import Database
from empfehlung_desktop.ui.today import dialogs
from empfehlung_desktop.ui.today import view as today_view
from empfehlung_desktop.ui.today.view import TodayView
from empfehlung_desktop.ui.widgets.reminder_dialog import ReminderInput
from tests.conftest import DEMO_TODAY
from tests.ui.test_today_view import open_today

K = AgendaKind


def subjects(view: TodayView, kind: AgendaKind) -> list[int]:
    return [row.item.subject_id for row in view.rows if row.item.kind is kind]


def test_undo_of_a_snooze_brings_the_item_back_and_redo_hides_it_again(
    qtbot: QtBot, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, view = open_today(qtbot, demo_db, tmp_path)
    later = DEMO_TODAY + dt.timedelta(days=7)
    monkeypatch.setattr(dialogs.SnoozeDialog, "ask", classmethod(lambda cls, parent, today: later))
    row = next(r for r in view.rows if r.item.kind is K.FOLLOW_UP)
    subject, text = row.item.subject_id, row.item.text
    row.snooze_button.click()
    assert subject not in subjects(view, K.FOLLOW_UP)
    stack = window.undo_group.activeStack()
    assert stack is not None and stack.undoText() == f"„{text}“ verschieben"
    stack.undo()
    assert subject in subjects(view, K.FOLLOW_UP)
    with demo_db.reader() as s:
        assert s.scalar(select(func.count()).select_from(AgendaState)) == 0
    stack.redo()
    assert subject not in subjects(view, K.FOLLOW_UP)


def test_undo_of_a_stage_change_restores_stage_and_history(
    qtbot: QtBot, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, view = open_today(qtbot, demo_db, tmp_path)
    monkeypatch.setattr(
        dialogs.StageDialog,
        "ask",
        classmethod(lambda cls, *a, **k: (SpiralStage.SYMPATHY, "hat zweimal empfohlen")),
    )
    row = next(
        r
        for r in view.rows
        if r.item.kind is K.SPIRAL_SUGGESTION and r.item.suggested_stage is SpiralStage.SYMPATHY
    )
    contact_id = row.item.contact_id
    with demo_db.reader() as s:
        contact = s.get(Contact, contact_id)
        assert contact is not None
        before = (contact.spiral_stage, len(contact.spiral_steps))
    row.stage_action.trigger()
    window.undo_group.undo()
    with demo_db.reader() as s:
        contact = s.get(Contact, contact_id)
        assert contact is not None
        assert (contact.spiral_stage, len(contact.spiral_steps)) == before
    assert contact_id in [
        r.item.contact_id for r in view.rows if r.item.kind is K.SPIRAL_SUGGESTION
    ]


def test_undo_of_a_new_reminder_deletes_it_and_redo_adds_it_again(
    qtbot: QtBot, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, view = open_today(qtbot, demo_db, tmp_path)
    answer = ReminderInput("Angebot nachreichen", DEMO_TODAY, None)
    monkeypatch.setattr(today_view.ReminderDialog, "ask", classmethod(lambda cls, *a, **k: answer))

    def texts() -> list[str]:
        with demo_db.reader() as s:
            return list(s.scalars(select(Reminder.text).where(Reminder.text == answer.text)))

    view.reminder_button.click()
    assert texts() == [answer.text]
    assert window.undo_group.undoText() == "Erinnerung anlegen"
    window.undo_group.undo()
    assert texts() == []
    window.undo_group.redo()
    assert texts() == [answer.text]
    window.undo_group.undo()  # the re-added one (it has a new number) goes again
    assert texts() == []


def test_undo_of_never_ask_and_of_the_rules(
    qtbot: QtBot, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, view = open_today(qtbot, demo_db, tmp_path)
    row = next(r for r in view.rows if r.item.kind is K.ASK_FOR_REFERRAL)
    contact_id = row.item.contact_id
    assert contact_id is not None
    view.never_ask(row.item)
    assert contact_id not in [
        r.item.contact_id for r in view.rows if r.item.kind is K.ASK_FOR_REFERRAL
    ]
    window.undo_group.undo()
    with demo_db.reader() as s:
        assert care.get_care(s, contact_id).never_ask is False
    assert contact_id in [r.item.contact_id for r in view.rows if r.item.kind is K.ASK_FOR_REFERRAL]

    with demo_db.reader() as s:
        old = settings.get(s, "today.handout_days_ahead")
    monkeypatch.setattr(
        dialogs.RulesDialog,
        "ask",
        classmethod(lambda cls, parent, values: {**values, "today.handout_days_ahead": 14}),
    )
    view.rules_button.click()
    assert window.undo_group.undoText() == "Regeln ändern"
    window.undo_group.undo()
    with demo_db.reader() as s:
        assert settings.get(s, "today.handout_days_ahead") == old


def test_undo_of_done_brings_the_item_back(
    qtbot: QtBot, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, view = open_today(qtbot, demo_db, tmp_path)
    answer = dialogs.DoneInput(on=DEMO_TODAY, note="Karte geschrieben")
    monkeypatch.setattr(dialogs.DoneDialog, "ask", classmethod(lambda cls, *a, **k: answer))
    row = next(r for r in view.rows if r.item.kind is K.THANK_REFERRER)
    subject, text = row.item.subject_id, row.item.text
    row.done_button.click()
    assert subject not in subjects(view, K.THANK_REFERRER)
    assert window.undo_group.undoText() == f"„{text}“ erledigen"
    window.undo_group.undo()
    assert subject in subjects(view, K.THANK_REFERRER)
