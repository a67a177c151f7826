"""Each view undoes its own deletions (Ctrl+Z), never another view's; restore/import end it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from empfehlung_desktop.model import Feedback, Referral
from empfehlung_desktop.store.database import Database
from empfehlung_desktop.ui.main_window import MainWindow
from tests.conftest import DEMO_CLOCK


@pytest.fixture
def window(qtbot: QtBot, demo_db: Database, tmp_path: Path) -> MainWindow:
    win = MainWindow(
        demo_db, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), clock=DEMO_CLOCK
    )
    qtbot.addWidget(win)
    return win


def _exists(db: Database, entity: type, record_id: int) -> bool:
    with db.reader() as s:
        return s.get(entity, record_id) is not None


def test_a_deleted_referral_comes_back_with_ctrl_z_in_its_view_only(
    window: MainWindow, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from empfehlung_desktop.ui.referrals import view as referrals_view

    monkeypatch.setattr(referrals_view, "confirm_delete", lambda *a: True)
    window.navigate("referrals")
    view = window.view("referrals")
    view.table.selectRow(0)  # type: ignore[attr-defined]
    rid = view.selected_id()  # type: ignore[attr-defined]
    view.delete_selected()  # type: ignore[attr-defined]
    assert not _exists(demo_db, Referral, rid)
    assert "Empfehlung für" in window.action_undo.text()
    window.navigate("contacts")
    assert not window.action_undo.isEnabled()  # not this view's history
    window.navigate("referrals")
    window.action_undo.trigger()
    assert _exists(demo_db, Referral, rid)
    window.action_redo.trigger()
    assert not _exists(demo_db, Referral, rid)
    window.action_undo.trigger()
    window.context.data_changed("data")  # type: ignore[union-attr]  # a restore or an import
    assert not window.action_undo.isEnabled()


def test_a_deleted_feedback_comes_back_with_ctrl_z(
    window: MainWindow, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from empfehlung_desktop.ui.feedback import corrections

    monkeypatch.setattr(corrections, "confirm_delete", lambda *a: True)
    with demo_db.reader() as s:
        fid = s.scalars(select(Feedback.id)).first()
    window.navigate("feedback")
    view = window.view("feedback")
    view.select_record(fid)
    view.delete_current()  # type: ignore[attr-defined]
    assert not _exists(demo_db, Feedback, fid)
    window.action_undo.trigger()
    assert _exists(demo_db, Feedback, fid)


def test_a_deleted_anfrage_comes_back_with_its_feedback(
    window: MainWindow, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from empfehlung_desktop.model import Engagement
    from empfehlung_desktop.ui.engagements import view as engagements_view

    monkeypatch.setattr(engagements_view, "confirm_delete", lambda *a: True)
    with demo_db.reader() as s:
        fid, eid = s.execute(select(Feedback.id, Feedback.engagement_id)).first()  # type: ignore[misc]
    window.navigate("engagements")
    view = window.view("engagements")
    view.select_record(eid)
    view.delete_current()  # type: ignore[attr-defined]
    assert not _exists(demo_db, Engagement, eid) and not _exists(demo_db, Feedback, fid)
    window.action_undo.trigger()
    assert _exists(demo_db, Engagement, eid) and _exists(demo_db, Feedback, fid)


def test_a_deleted_logged_contact_comes_back(
    window: MainWindow, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from empfehlung_desktop.model import Activity, ActivityKind
    from empfehlung_desktop.services.contacts import activities
    from empfehlung_desktop.ui.referrals import corrections
    from tests.conftest import DEMO_TODAY

    with demo_db.session() as s:
        referral = s.scalars(select(Referral).where(Referral.recipient_id.is_not(None))).first()
        assert referral is not None and referral.recipient_id is not None
        rid = referral.id
        aid = activities.add_activity(
            s,
            referral.recipient_id,
            ActivityKind.CALL,
            DEMO_TODAY,
            "kurz",
            today=DEMO_TODAY,
            referral_id=rid,
        ).id
    monkeypatch.setattr(corrections, "confirm_delete", lambda *a: True)
    window.navigate("referrals")
    view = window.view("referrals")
    view.select_record(rid)
    view.perform(f"delete:activity:{aid}")  # type: ignore[attr-defined]
    assert not _exists(demo_db, Activity, aid)
    window.action_undo.trigger()
    with demo_db.reader() as s:
        back = s.get(Activity, aid)
        assert back is not None and back.referral_id == rid
