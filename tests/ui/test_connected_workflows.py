"""Reminders, "nicht für diese Person" and rhythm in Heute; the first meeting from a
referral; Ctrl+K; the referral network in Überblick."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from empfehlung_desktop.model import (
    AgendaKind,
    Contact,
    Engagement,
    Referral,
    ReferralDirection,
    ReferralStatus,
)
from empfehlung_desktop.services.today import care, reminders
from empfehlung_desktop.store.database import Database
from empfehlung_desktop.ui.main_window import MainWindow
from empfehlung_desktop.ui.overview.view import OverviewView
from empfehlung_desktop.ui.referrals import steps
from empfehlung_desktop.ui.referrals.view import ReferralsView
from empfehlung_desktop.ui.search_everything import SearchEverything
from empfehlung_desktop.ui.today.reminder_dialogs import (
    ReminderDialog,
    ReminderInput,
    RhythmDialog,
)
from empfehlung_desktop.ui.today.view import TodayView
from tests.conftest import DEMO_CLOCK, DEMO_TODAY

K = AgendaKind


def window_for(qtbot: QtBot, db: Database, tmp_path: Path) -> MainWindow:
    settings_file = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(db, settings_file, clock=DEMO_CLOCK)
    qtbot.addWidget(window)
    return window


def contact_id(db: Database, name: str) -> int:
    with db.reader() as s:
        return int(s.scalar(select(Contact.id).where(Contact.name == name)) or 0)


def test_reminder_from_heute_done_and_opened(
    qtbot: QtBot, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = window_for(qtbot, demo_db, tmp_path)
    view = window.views["today"]
    assert isinstance(view, TodayView)
    cid = contact_id(demo_db, "Stefan Ludwig")
    answer = ReminderInput("Buch zurückgeben", DEMO_TODAY, cid)
    monkeypatch.setattr(ReminderDialog, "ask", classmethod(lambda cls, *a, **k: answer))
    view.reminder_button.click()
    [row] = [r for r in view.rows if r.item.kind is K.REMINDER]
    assert "<b>Stefan Ludwig</b>: Buch zurückgeben" in row.text.text()
    row.open_button.click()
    assert window.current_view() is window.views["contacts"]
    row.done_button.click()
    assert not [r for r in view.rows if r.item.kind is K.REMINDER]


def test_reminder_about_an_item_links_its_record(
    qtbot: QtBot, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = window_for(qtbot, demo_db, tmp_path)
    view = window.views["today"]
    assert isinstance(view, TodayView)
    later = DEMO_TODAY + dt.timedelta(days=3)
    answer = ReminderInput("Termin bestätigen", later, None)
    monkeypatch.setattr(ReminderDialog, "ask", classmethod(lambda cls, *a, **k: answer))
    item = next(r for r in view.rows if r.item.kind is K.FOLLOW_UP).item
    view.remind_about(item)
    with demo_db.reader() as s:
        [row] = reminders.list_reminders(s)
    assert row.referral_id == item.subject_id and row.due_on == later


def test_never_ask_and_own_rhythm_from_the_menu(
    qtbot: QtBot, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = window_for(qtbot, demo_db, tmp_path)
    view = window.views["today"]
    assert isinstance(view, TodayView)
    row = next(r for r in view.rows if r.item.kind is K.ASK_FOR_REFERRAL)
    person = row.item.contact_id
    assert person is not None
    row.neverAskRequested.emit(row.item)
    asked = [r.item.contact_id for r in view.rows if r.item.kind is K.ASK_FOR_REFERRAL]
    assert person not in asked
    monkeypatch.setattr(RhythmDialog, "ask", classmethod(lambda cls, *a, **k: (45,)))
    view.edit_rhythm(row.item)
    with demo_db.reader() as s:
        assert care.get_care(s, person) == care.Care(person, True, 45)


def test_first_meeting_step_creates_the_anfrage(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from empfehlung_desktop.ui.context import ViewContext

    view = ReferralsView(ViewContext(db=demo_db, clock=DEMO_CLOCK))
    qtbot.addWidget(view)
    view.refresh()
    with demo_db.reader() as s:
        rid = s.scalar(
            select(Referral.id).where(
                Referral.direction == ReferralDirection.INCOMING,
                Referral.status == ReferralStatus.RECEIVED,
            )
        )
    assert rid is not None
    view.select_record(rid)
    meeting = dt.datetime.combine(DEMO_TODAY + dt.timedelta(days=2), dt.time(15, 30))
    answer = steps.MeetingAnswer(meeting, "Praxis", DEMO_TODAY, "")
    monkeypatch.setattr(steps.MeetingDialog, "ask", classmethod(lambda cls, *a, **k: answer))
    view.perform("to:" + ReferralStatus.MEETING_ARRANGED.value)
    with demo_db.reader() as s:
        referral = s.get(Referral, rid)
        engagement = s.scalars(select(Engagement).where(Engagement.referral_id == rid)).one()
        assert referral is not None and referral.status is ReferralStatus.MEETING_ARRANGED
        assert engagement.first_meeting_at == meeting


def test_meeting_dialog_values(qtbot: QtBot) -> None:
    dialog = steps.MeetingDialog(DEMO_TODAY)
    qtbot.addWidget(dialog)
    dialog.place.setText("https://meet.example/x")
    answer = dialog.values()
    assert answer.meeting_at == dt.datetime.combine(DEMO_TODAY + dt.timedelta(days=1), dt.time(10))
    assert answer.place == "https://meet.example/x" and answer.on == DEMO_TODAY


def test_ctrl_k_finds_and_opens(qtbot: QtBot, demo_db: Database, tmp_path: Path) -> None:
    window = window_for(qtbot, demo_db, tmp_path)
    assert window.action_find_all.shortcut().toString() == "Ctrl+K"
    popup = SearchEverything(window.context, window)  # type: ignore[arg-type]
    qtbot.addWidget(popup)
    popup.field.setText("Ursula")
    popup.run_search()
    assert popup.results.count() > 2
    assert popup.results.item(0).text() == "Kontakte"
    popup.open_current()
    assert window.current_view() is window.views["contacts"]
    popup.field.setText("zzqxwv")
    popup.run_search()
    assert popup.status.text() == "Nichts gefunden."


def test_network_tab_draws_and_a_click_opens_the_person(
    qtbot: QtBot, demo_db: Database, tmp_path: Path
) -> None:
    window = window_for(qtbot, demo_db, tmp_path)
    window.navigate("overview", None)
    view = window.views["overview"]
    assert isinstance(view, OverviewView)
    view.period.setCurrentIndex(view.period.findData("all"))
    view.tabs.setCurrentWidget(view.network)
    assert view.network.referrers.count() > 0
    assert "Empfehlungen zwischen" in view.network.summary.text()
    graph = view.network.view
    cid = contact_id(demo_db, "Ursula Krämer")
    x, y = graph._positions[cid]
    assert graph.person_at(QPointF(x + 2, y + 1)) == cid
    assert graph.person_at(QPointF(-500, -500)) is None
    seen: list[int] = []
    view.network.personRequested.connect(seen.append)
    view.network.referrers.itemClicked.emit(view.network.referrers.item(0))
    assert seen
