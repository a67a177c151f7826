"""Every control of every view and of the dialogs we can build has a name for screen readers."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from empfehlung_desktop.store.database import Database
from empfehlung_desktop.ui.main_window import MainWindow
from empfehlung_desktop.ui.navigation import view_specs
from tests.conftest import DEMO_CLOCK, DEMO_TODAY
from tests.helpers.accessibility import unnamed_controls


@pytest.fixture
def window(qtbot: QtBot, demo_db: Database, tmp_path: Path) -> MainWindow:
    win = MainWindow(
        demo_db, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), clock=DEMO_CLOCK
    )
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    return win


def test_every_view_names_its_controls(window: MainWindow) -> None:
    problems: list[str] = []
    for spec in view_specs():
        window.navigate(spec.key)
        view = window.view(spec.key)
        if spec.key in ("referrals", "engagements", "feedback"):
            # With a record chosen the detail panels show their buttons too.
            table = getattr(view, "table", None)
            if table is not None and table.model().rowCount():
                table.selectRow(0)
        window.navigate(spec.key)  # shown again: its detail panel has content now
        problems += unnamed_controls(view)
    problems += unnamed_controls(window.nav)
    assert problems == [], "\n".join(problems)


def _dialogs(db: Database) -> dict[str, Callable[[], QWidget]]:
    from empfehlung_desktop.model import ActivityKind, ReferralDirection
    from empfehlung_desktop.ui.data.pick_contact import PickContactDialog
    from empfehlung_desktop.ui.engagements.dialogs import DeclineReferDialog, NewEngagementDialog
    from empfehlung_desktop.ui.feedback.entry_dialog import FeedbackEntryDialog
    from empfehlung_desktop.ui.referrals import partner_steps, steps
    from empfehlung_desktop.ui.referrals.corrections import Bounds, EntryDialog
    from empfehlung_desktop.ui.referrals.new_referral import ReferralDialog

    bounds = Bounds(DEMO_TODAY, "", DEMO_TODAY, "")
    dialogs: dict[str, Callable[[], QWidget]] = {
        f"referral-{d.value}": lambda d=d: ReferralDialog(db, d, DEMO_TODAY)
        for d in ReferralDirection
    }
    dialogs |= {
        "note": lambda: steps.NoteDialog("Schritt", DEMO_TODAY),
        "consent": lambda: steps.ConsentDialog(DEMO_TODAY),
        "partner": lambda: partner_steps.PartnerDialog(db, DEMO_TODAY, None),
        "match": lambda: partner_steps.MatchDialog(DEMO_TODAY, DEMO_TODAY, False),
        "outcome": lambda: steps.OutcomeDialog("Ergebnis", DEMO_TODAY),
        "entry": lambda: EntryDialog("Eintrag", DEMO_TODAY, "", bounds),
        "activity-entry": lambda: EntryDialog("Eintrag", DEMO_TODAY, "", bounds, ActivityKind.CALL),
        "feedback": lambda: FeedbackEntryDialog(db, DEMO_TODAY),
        "new-engagement": lambda: NewEngagementDialog(db),
        "decline": lambda: DeclineReferDialog("Käthe Groß"),
        "pick-contact": lambda: PickContactDialog(db, "Titel", "Text"),
    }
    return dialogs


def test_every_dialog_names_its_controls(qtbot: QtBot, demo_db: Database) -> None:
    from empfehlung_desktop.ui.widgets import accessibility

    problems: list[str] = []
    for key, build in _dialogs(demo_db).items():
        dialog = build()
        qtbot.addWidget(dialog)
        dialog.show()
        # What the application does when the focus enters a dialog (accessibility.install).
        accessibility.name_fields(dialog, dialog.windowTitle())
        problems += [f"{key}: {p}" for p in unnamed_controls(dialog)]
        dialog.hide()
    assert problems == [], "\n".join(problems)


def test_the_focus_entering_a_dialog_names_its_fields(qtbot: QtBot, demo_db: Database) -> None:
    from PySide6.QtWidgets import QApplication

    from empfehlung_desktop.model import ReferralDirection
    from empfehlung_desktop.ui.referrals.new_referral import ReferralDialog
    from empfehlung_desktop.ui.widgets import accessibility

    accessibility.install()
    dialog = ReferralDialog(demo_db, ReferralDirection.INCOMING, DEMO_TODAY)
    qtbot.addWidget(dialog)
    assert dialog.giver.edit.accessibleName() == ""
    QApplication.instance().focusChanged.emit(None, dialog.need)  # type: ignore[union-attr]
    assert dialog.giver.edit.accessibleName() == "Empfohlen von"
    assert dialog.recipient.picker.edit.accessibleName().startswith("Neue Interessentin")


def test_new_and_search_are_greyed_out_where_they_mean_nothing(window: MainWindow) -> None:
    seen = {}
    for spec in view_specs():
        window.navigate(spec.key)
        seen[spec.key] = (window.action_new.isEnabled(), window.action_find.isEnabled())
    assert seen["referrals"] == seen["engagements"] == seen["contacts"] == (True, True)
    assert seen["today"] == (True, False)  # Strg+N: a reminder of one's own
    assert seen["feedback"][0]


def test_dialogs_save_with_ctrl_s_and_tab_leaves_text_fields(
    qtbot: QtBot, demo_db: Database
) -> None:
    from PySide6.QtGui import QKeySequence, QShortcut
    from PySide6.QtWidgets import QDialog, QPlainTextEdit

    from empfehlung_desktop.model import ReferralDirection
    from empfehlung_desktop.ui.referrals import steps
    from empfehlung_desktop.ui.referrals.new_referral import ReferralDialog
    from empfehlung_desktop.ui.widgets import accessibility

    dialog = steps.NoteDialog("Schritt", DEMO_TODAY)
    qtbot.addWidget(dialog)
    accessibility.prepare_dialog(dialog)
    save = QKeySequence(QKeySequence.StandardKey.Save)
    shortcuts = [s for s in dialog.findChildren(QShortcut) if s.key() == save]
    assert len(shortcuts) == 1
    shortcuts[0].activated.emit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    referral = ReferralDialog(demo_db, ReferralDirection.INCOMING, DEMO_TODAY)
    qtbot.addWidget(referral)
    accessibility.prepare_dialog(referral)
    edits = referral.findChildren(QPlainTextEdit)
    assert edits and all(edit.tabChangesFocus() for edit in edits)


def test_enter_in_the_search_goes_to_the_list(window: MainWindow) -> None:
    window.navigate("referrals")
    view = window.view("referrals")
    view.search.returnPressed.emit()  # type: ignore[attr-defined]
    assert view.selected_id() is not None  # type: ignore[attr-defined]
