"""The "Heute" view in the main window: done removes, snooze moves, badge follows."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from empfehlung_desktop.clock import Clock
from empfehlung_desktop.model import (
    AgendaKind,
    AgendaState,
    AskResult,
    Contact,
    Referral,
    ReferralAsk,
    SpiralStage,
)
from empfehlung_desktop.services import settings
from empfehlung_desktop.store.database import Database
from empfehlung_desktop.ui.main_window import MainWindow
from empfehlung_desktop.ui.today import dialogs
from empfehlung_desktop.ui.today.item_row import ItemRow
from empfehlung_desktop.ui.today.view import TodayView
from tests.conftest import DEMO_CLOCK, DEMO_TODAY


def rows_of(view: TodayView, kind: AgendaKind) -> list[ItemRow]:
    return [row for row in view.rows if row.item.kind is kind]


K = AgendaKind


def open_today(qtbot: QtBot, db: Database, tmp_path: Path) -> tuple[MainWindow, TodayView]:
    settings_file = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(db, settings_file, clock=DEMO_CLOCK)
    qtbot.addWidget(window)
    view = window.views["today"]
    assert isinstance(view, TodayView)
    view.refresh()
    return window, view


def badge(window: MainWindow) -> str:
    return window.nav.item(0).text()


def test_today_is_the_start_view_with_all_sections(
    qtbot: QtBot, demo_db: Database, tmp_path: Path
) -> None:
    window, view = open_today(qtbot, demo_db, tmp_path)
    assert window.current_view() is view
    assert view.agenda is not None
    for kind in (K.FOLLOW_UP, K.THANK_REFERRER, K.SEND_HANDOUT, K.REQUEST_FEEDBACK):
        assert rows_of(view, kind)
    assert badge(window) == f"Heute  ({view.agenda.total})"
    html = rows_of(view, K.THANK_REFERRER)[0].text.text()
    assert "<b>Ursula Krämer</b>" in html
    # Overdue in words, not by colour alone.
    assert rows_of(view, K.FOLLOW_UP)[0].due.text() == "überfällig\nseit 18.11.2026"


def test_marking_done_removes_the_item_and_the_badge_follows(
    qtbot: QtBot, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, view = open_today(qtbot, demo_db, tmp_path)
    assert view.agenda is not None
    before = view.agenda.total
    # "Bedankt" asks how: the note goes onto the referral (and the person's story).
    answer = dialogs.DoneInput(on=DEMO_TODAY, note="Karte mit Blumen")
    monkeypatch.setattr(dialogs.DoneDialog, "ask", classmethod(lambda cls, *a, **k: answer))
    row = next(r for r in rows_of(view, K.THANK_REFERRER) if "Thomas Brandt" in r.item.text)
    subject = row.item.subject_id
    row.done_button.click()
    assert subject not in [r.item.subject_id for r in rows_of(view, K.THANK_REFERRER)]
    assert view.agenda.total == before - 1
    assert badge(window) == f"Heute  ({before - 1})"
    with demo_db.reader() as s:
        referral = s.get(Referral, subject)
        assert referral is not None and referral.thanks_note == "Karte mit Blumen"


def test_snoozing_moves_the_item_to_its_date(
    qtbot: QtBot, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, view = open_today(qtbot, demo_db, tmp_path)
    later = DEMO_TODAY + dt.timedelta(days=7)
    monkeypatch.setattr(dialogs.SnoozeDialog, "ask", classmethod(lambda cls, parent, today: later))
    row = rows_of(view, K.FOLLOW_UP)[0]
    subject = row.item.subject_id
    count = len(rows_of(view, K.FOLLOW_UP))
    row.snooze_button.click()
    assert len(rows_of(view, K.FOLLOW_UP)) == count - 1
    with demo_db.reader() as s:
        state = s.scalars(select(AgendaState)).one()
        assert (state.kind, state.subject_id, state.snoozed_until) == (K.FOLLOW_UP, subject, later)
    window.context.clock = Clock.at(later)
    view.refresh()
    assert subject in [r.item.subject_id for r in rows_of(view, K.FOLLOW_UP)]


def test_asking_for_a_referral_records_the_result(
    qtbot: QtBot, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _window, view = open_today(qtbot, demo_db, tmp_path)
    answer = dialogs.DoneInput(on=DEMO_TODAY, result=AskResult.PROMISED, note="meldet sich")
    monkeypatch.setattr(dialogs.DoneDialog, "ask", classmethod(lambda cls, *a, **k: answer))
    row = rows_of(view, K.ASK_FOR_REFERRAL)[0]
    row.done_button.click()
    assert row.item.contact_id not in [r.item.contact_id for r in rows_of(view, K.ASK_FOR_REFERRAL)]
    with demo_db.reader() as s:
        ask = s.scalars(
            select(ReferralAsk).where(ReferralAsk.contact_id == row.item.contact_id)
        ).one()
        assert ask.result is AskResult.PROMISED and ask.note == "meldet sich"


def test_cancelled_dialog_changes_nothing(
    qtbot: QtBot, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _window, view = open_today(qtbot, demo_db, tmp_path)
    monkeypatch.setattr(dialogs.DoneDialog, "ask", classmethod(lambda cls, *a, **k: None))
    count = len(rows_of(view, K.FOLLOW_UP))
    rows_of(view, K.FOLLOW_UP)[0].done_button.click()
    assert len(rows_of(view, K.FOLLOW_UP)) == count


def test_stage_change_from_an_item(
    qtbot: QtBot, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _window, view = open_today(qtbot, demo_db, tmp_path)
    seen = {}

    def fake(cls, parent, name, current, preset, steps, note=""):  # type: ignore[no-untyped-def]
        seen.update(name=name, preset=preset, note=note)
        return SpiralStage.SYMPATHY, "hat zweimal empfohlen"

    monkeypatch.setattr(dialogs.StageDialog, "ask", classmethod(fake))
    row = next(
        r
        for r in rows_of(view, K.SPIRAL_SUGGESTION)
        if r.item.suggested_stage is SpiralStage.SYMPATHY
    )
    row.stage_action.trigger()
    assert seen["preset"] is SpiralStage.SYMPATHY and "weiterempfohlen" in seen["note"]
    with demo_db.reader() as s:
        contact = s.get(Contact, row.item.contact_id)
        assert contact is not None and contact.spiral_stage is SpiralStage.SYMPATHY
    suggested = [r.item.contact_id for r in rows_of(view, K.SPIRAL_SUGGESTION)]
    assert row.item.contact_id not in suggested


def test_open_goes_to_the_record(qtbot: QtBot, demo_db: Database, tmp_path: Path) -> None:
    window, view = open_today(qtbot, demo_db, tmp_path)
    rows_of(view, K.SEND_HANDOUT)[0].open_button.click()
    assert window.nav.currentItem().data(0x0100) == "engagements"


def test_rules_dialog_saves_settings(
    qtbot: QtBot, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _window, view = open_today(qtbot, demo_db, tmp_path)
    assert len(rows_of(view, K.SEND_HANDOUT)) == 1

    def fake(cls, parent, values):  # type: ignore[no-untyped-def]
        return {**values, "today.handout_days_ahead": 14}

    monkeypatch.setattr(dialogs.RulesDialog, "ask", classmethod(fake))
    view.rules_button.click()
    with demo_db.reader() as s:
        assert settings.get(s, "today.handout_days_ahead") == 14
    assert len(rows_of(view, K.SEND_HANDOUT)) == 3


def test_nothing_due_shows_a_calm_message(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    from empfehlung_desktop.services.contacts import contacts as cs

    with db.session() as session:  # a practice with contacts, but nothing due
        cs.create_contact(session, cs.ContactData(name="Ruth Ruhig"), today=DEMO_TODAY)
    window, view = open_today(qtbot, db, tmp_path)
    texts = [label.text() for label in view.findChildren(QLabel)]
    assert "Heute ist nichts fällig." in texts and not view.first_run
    assert badge(window) == "Heute"


def test_dialogs_return_what_was_entered(qtbot: QtBot) -> None:
    done = dialogs.DoneDialog("T", "Intro", DEMO_TODAY, with_outcome=True, with_result=True)
    qtbot.addWidget(done)
    done.note.setText("  Notiz ")
    assert done.result_box is not None and done.outcome_box is not None
    done.result_box.setCurrentIndex(1)
    value = done.value()
    assert value.on == DEMO_TODAY and value.note == "Notiz" and value.outcome is None
    assert value.result is list(AskResult)[1]
    snooze = dialogs.SnoozeDialog(DEMO_TODAY)
    qtbot.addWidget(snooze)
    assert snooze.value() == DEMO_TODAY + dt.timedelta(days=7)
    rules = dialogs.RulesDialog({"today.handout_days_ahead": 7})
    qtbot.addWidget(rules)
    assert rules.value()["today.handout_days_ahead"] == 7
    stage = dialogs.StageDialog("Anna", SpiralStage.SYMPATHY, None, [])
    qtbot.addWidget(stage)
    assert stage.value() == (SpiralStage.SYMPATHY, "")


def test_an_empty_practice_gets_three_first_steps(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from empfehlung_desktop.ui.help import welcome

    settings_file = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(db, settings_file, clock=DEMO_CLOCK)
    qtbot.addWidget(window)
    window.show()
    view = window.views["today"]
    assert view.first_run and view.welcome is not None
    view.welcome.profile_button.click()
    assert window.current_view() is window.views["profile"]
    started: list[list[str]] = []
    monkeypatch.setattr(
        welcome.QProcess, "startDetached", lambda program, args: started.append(args) or (True, 1)
    )
    assert view.welcome.open_sample_practice()
    assert started == [["-m", "empfehlung_desktop", "--demo"]]


def test_the_method_is_explained_in_the_help_menu(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    window = MainWindow(
        db, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), clock=DEMO_CLOCK
    )
    qtbot.addWidget(window)
    window.show_method()
    dialog = window.method_dialog
    assert dialog.index.count() == 5
    dialog.index.setCurrentRow(1)
    assert "Einwilligung" in dialog.text.toPlainText()
    dialog.close()
