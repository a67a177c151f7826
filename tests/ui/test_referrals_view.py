"""The Empfehlungen view: dialogs for each direction, workflow via the action buttons."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from empfehlung_desktop.errors import NotFoundError
from empfehlung_desktop.model import (
    Contact,
    ContactInitiative,
    ReferralDirection,
    ReferralOutcome,
    ReferralReason,
    ReferralStatus,
    Role,
)
from empfehlung_desktop.services.referrals import reciprocity as reciprocity_service
from empfehlung_desktop.services.referrals import referrals as referral_service
from empfehlung_desktop.store.database import Database
from empfehlung_desktop.ui.context import ViewContext
from empfehlung_desktop.ui.referrals import partner_steps, steps
from empfehlung_desktop.ui.referrals.models import PartnerTableModel, ReferralTableModel
from empfehlung_desktop.ui.referrals.new_referral import ReferralDialog
from empfehlung_desktop.ui.referrals.view import ReferralsView
from tests.conftest import DEMO_CLOCK, DEMO_TODAY

D = ReferralDirection
S = ReferralStatus


def contact_id(db: Database, name: str) -> int:
    with db.reader() as s:
        return int(s.scalars(select(Contact.id).where(Contact.name == name)).one())


@pytest.fixture
def changes() -> list[str]:
    return []


@pytest.fixture
def view(qtbot: QtBot, demo_db: Database, changes: list[str]) -> ReferralsView:
    context = ViewContext(db=demo_db, data_changed=changes.append, clock=DEMO_CLOCK)
    widget = ReferralsView(context)
    qtbot.addWidget(widget)
    widget.refresh()
    return widget


def test_models_pass_the_model_tester(qtmodeltester: ModelTester, demo_db: Database) -> None:
    model = ReferralTableModel()
    with demo_db.reader() as s:
        model.set_rows(
            referral_service.fetch_rows(s, referral_service.ReferralQuery(today=DEMO_TODAY))
        )
        partners = PartnerTableModel()
        partners.set_rows(reciprocity_service.find_partners(s, "", DEMO_TODAY))
    qtmodeltester.check(model)
    qtmodeltester.check(partners)
    assert partners.rowCount() > 0


def test_table_shows_me_and_marks_due_rows(view: ReferralsView) -> None:
    model = view.model
    assert model.rowCount() == 17
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[0] == "Richtung" and headers[-1] == "Nachfassen am"
    due_rows = [r for r in range(model.rowCount()) if model.row_at(r).due]
    assert due_rows
    assert "fällig" in model.index(due_rows[0], 7).data()
    incoming = next(r for r in range(model.rowCount()) if model.row_at(r).direction is D.INCOMING)
    assert model.index(incoming, 2).data() == "ich"
    assert view.count.text().startswith("17")


def test_filters_run_in_sql(view: ReferralsView) -> None:
    view.direction.setCurrentIndex(view.direction.findData(D.INTRODUCTION))
    assert {view.model.row_at(r).direction for r in range(view.model.rowCount())} == {
        D.INTRODUCTION
    }
    view.direction.setCurrentIndex(0)
    view.due.setChecked(True)
    assert view.model.rowCount() == 3
    view.select_record(1)  # not due: filters are reset so it can be shown
    assert not view.due.isChecked() and view.selected_id() == 1


def drive(dialog_cls: type, fill: Any) -> Any:
    """Patch target for ``ask``: build the real dialog, fill it, return its values."""

    def ask(_cls: Any, parent: Any, *args: Any) -> Any:
        dialog = dialog_cls(*args, parent) if args else dialog_cls(parent)
        fill(dialog)
        return dialog.values()

    return classmethod(ask)


def create_via_dialog(
    monkeypatch: pytest.MonkeyPatch, view: ReferralsView, direction: D, fill: Any
) -> int:
    monkeypatch.setattr(ReferralDialog, "ask_direction", classmethod(lambda cls, p: direction))
    created: list[int] = []

    def record(cls: Any, db: Database, d: D, today: dt.date, parent: Any) -> int | None:
        assert today == DEMO_TODAY  # the view hands its clock's day to the dialog
        dialog = ReferralDialog(db, d, today, parent)
        fill(dialog)
        dialog.accept()
        if dialog.referral_id is not None:
            created.append(dialog.referral_id)
        return dialog.referral_id

    monkeypatch.setattr(ReferralDialog, "record", classmethod(record))
    view.new_record()
    assert created, "dialog did not save"
    assert view.selected_id() == created[0]
    return created[0]


def test_incoming_with_a_new_prospect(
    monkeypatch: pytest.MonkeyPatch, view: ReferralsView, demo_db: Database, changes: list[str]
) -> None:
    giver = contact_id(demo_db, "Wolfgang Fuchs")

    def fill(d: ReferralDialog) -> None:
        d.giver.set_contact_id(giver)
        d.recipient.new_name.setText("Żaneta Öztürk")
        d.recipient.new_email.setText("zaneta@example.org")
        d.statement.setPlainText("„Die kann das wirklich.“")
        d.temperature.setCurrentIndex(d.temperature.findData(4))
        d.tone.setCurrentIndex(2)
        d.expectations.setPlainText("Schnelle Ergebnisse")

    rid = create_via_dialog(monkeypatch, view, D.INCOMING, fill)
    assert changes == ["referrals"]
    with demo_db.reader() as s:
        r = referral_service.get_referral(s, rid)
        assert r.direction is D.INCOMING and r.temperature == 4 and r.giver_id == giver
        assert r.recipient is not None and r.recipient.name == "Żaneta Öztürk"
        assert r.recipient.referred_by_id == giver and r.recipient.roles & Role.PROSPECT
    # Danke sagen is offered for incoming referrals and records the date.
    monkeypatch.setattr(
        steps.NoteDialog,
        "ask",
        classmethod(lambda c, p, t, d, e=None: (DEMO_TODAY, "Karte geschrieben")),
    )
    view.detail.buttons["thank"].click()
    with demo_db.reader() as s:
        assert referral_service.get_referral(s, rid).thanked_on == DEMO_TODAY
    assert "thank" not in view.detail.buttons


def test_invalid_dialog_input_stays_open_with_a_german_message(
    qtbot: QtBot, demo_db: Database
) -> None:
    dialog = ReferralDialog(demo_db, D.OUTGOING, DEMO_TODAY)
    qtbot.addWidget(dialog)
    assert not dialog.save()
    assert "Empfänger" in dialog.error.text() and dialog.referral_id is None


def test_introduction_via_dialog(
    monkeypatch: pytest.MonkeyPatch, view: ReferralsView, demo_db: Database
) -> None:
    a, b = contact_id(demo_db, "Henrike Özdemir"), contact_id(demo_db, "Vanessa Lorenz")

    def fill(d: ReferralDialog) -> None:
        d.recipient.picker.set_contact_id(a)
        d.introduced.set_contact_id(b)
        d.need.setPlainText("Text und Illustration für Kinderbücher")

    rid = create_via_dialog(monkeypatch, view, D.INTRODUCTION, fill)
    with demo_db.reader() as s:
        r = referral_service.get_referral(s, rid)
        assert (r.recipient_id, r.recommended_id, r.status) == (a, b, S.RECORDED)


def test_outgoing_through_the_whole_workflow_with_buttons(
    monkeypatch: pytest.MonkeyPatch, view: ReferralsView, demo_db: Database
) -> None:
    recipient = contact_id(demo_db, "Jana Schulte")
    partner = contact_id(demo_db, "Matthias Groß")

    def fill(d: ReferralDialog) -> None:
        d.recipient.picker.set_contact_id(recipient)
        d.need.setPlainText(
            "Jana Schulte sucht Coaching für ihr Team (jana@schulte-hoeren.example)"
        )
        d.reason.setCurrentIndex(d.reason.findData(ReferralReason.CAPACITY))

    rid = create_via_dialog(monkeypatch, view, D.OUTGOING, fill)
    buttons = view.detail.buttons
    assert set(buttons) >= {"to:need_clarified", "to:withdrawn"}
    assert "to:matched" not in buttons  # only the allowed steps are offered

    def consent(d: steps.ConsentDialog) -> None:
        d.no.setChecked(True)
        d.how.setEditText("telefonisch")

    monkeypatch.setattr(steps.ConsentDialog, "ask", drive(steps.ConsentDialog, consent))
    buttons["to:need_clarified"].click()

    def choose(d: partner_steps.PartnerDialog) -> None:
        d.search.setText("Führung")
        d.run_search()
        assert d.model.rowCount() == 1
        assert d.partner_id() is None  # nothing chosen for the user
        d.table.selectRow(0)

    monkeypatch.setattr(
        partner_steps.PartnerDialog, "ask", drive(partner_steps.PartnerDialog, choose)
    )
    view.detail.buttons["to:partner_asked"].click()

    shown: list[partner_steps.Inquiry] = []
    monkeypatch.setattr(
        partner_steps.InquiryDialog, "show_for", classmethod(lambda c, p, i: shown.append(i))
    )
    view.detail.buttons["inquiry"].click()
    assert shown and "jana" not in shown[0].body.casefold()
    assert "schulte" not in shown[0].body.casefold()

    monkeypatch.setattr(
        steps.NoteDialog, "ask", classmethod(lambda c, p, t, d, e=None: (DEMO_TODAY, "ja"))
    )
    view.detail.buttons["to:partner_accepted"].click()

    # Refused: the partner may not contact an anonymous recipient.
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))

    def wrong_way(d: partner_steps.MatchDialog) -> None:
        d.initiative.setCurrentIndex(
            d.initiative.findData(ContactInitiative.PARTNER_CONTACTS_RECIPIENT)
        )

    monkeypatch.setattr(
        partner_steps.MatchDialog, "ask", drive(partner_steps.MatchDialog, wrong_way)
    )
    view.detail.buttons["to:matched"].click()
    assert warnings and "anonym" in warnings[0]
    with demo_db.reader() as s:
        assert referral_service.get_referral(s, rid).status is S.PARTNER_ACCEPTED

    monkeypatch.setattr(
        partner_steps.MatchDialog, "ask", drive(partner_steps.MatchDialog, lambda d: None)
    )
    view.detail.buttons["to:matched"].click()
    with demo_db.reader() as s:
        r = referral_service.get_referral(s, rid)
        assert r.status is S.MATCHED and r.recommended_id == partner
        assert r.follow_up_on == DEMO_TODAY + dt.timedelta(days=21)

    view.detail.buttons["to:contacted"].click()

    def won(d: steps.OutcomeDialog) -> None:
        d.outcome.setCurrentIndex(d.outcome.findData(ReferralOutcome.WON))

    monkeypatch.setattr(steps.OutcomeDialog, "ask", drive(steps.OutcomeDialog, won))
    view.detail.buttons["follow_up"].click()
    with demo_db.reader() as s:
        r = referral_service.get_referral(s, rid)
        assert r.status is S.CLOSED and r.outcome is ReferralOutcome.WON and r.followed_up_on
        assert len(r.events) == 7
    assert view.detail.history.count() == 7
    assert set(view.detail.buttons) == {
        "note",
        "log",
        "remind",
    }  # a closed one: notes and reminders


def test_inquiry_dialog_copies_and_opens_mail(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from empfehlung_desktop.services.referrals.inquiry import build_inquiry

    with demo_db.reader() as s:
        anonymous = next(
            r
            for r in referral_service.list_referrals(
                s, referral_service.ReferralQuery(today=DEMO_TODAY)
            )
            if r.anonymous and r.status is S.PARTNER_ASKED
        )
        inquiry = build_inquiry(s, anonymous.id)
    dialog = partner_steps.InquiryDialog(inquiry)
    qtbot.addWidget(dialog)
    dialog.copy()
    assert QGuiApplication.clipboard().text() == inquiry.text()
    opened: list[str] = []
    monkeypatch.setattr(
        partner_steps.QDesktopServices,
        "openUrl",
        staticmethod(lambda url: opened.append(url.toString()) or True),
    )
    assert dialog.send_mail()
    assert opened[0].startswith("mailto:") and "subject=" in opened[0] and "body=" in opened[0]
    # What the practitioner changes before sending is what goes out.
    dialog.text.setPlainText("Eine Person aus der Region sucht Unterstützung.")
    dialog.copy()
    assert (
        QGuiApplication.clipboard()
        .text()
        .endswith("Eine Person aus der Region sucht Unterstützung.")
    )
    dialog.send_mail()
    assert "Region" in QUrl(opened[-1]).query(QUrl.ComponentFormattingOption.FullyDecoded)


def test_consent_has_no_preselected_answer(qtbot: QtBot) -> None:
    dialog = steps.ConsentDialog(DEMO_TODAY)
    qtbot.addWidget(dialog)
    assert not dialog.yes.isChecked() and not dialog.no.isChecked()
    dialog.how.setEditText("telefonisch")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.error.isVisibleTo(dialog)
    dialog.no.setChecked(True)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.values().given is False and dialog.values().anonymous is True


def test_a_step_date_before_the_referral_is_refused_at_the_field(qtbot: QtBot) -> None:
    earliest = steps.Earliest(DEMO_TODAY, "Das Datum darf nicht vor der Empfehlung liegen.")
    dialog = steps.NoteDialog("Danke gesagt", DEMO_TODAY, earliest)
    qtbot.addWidget(dialog)
    dialog.on.setDate(QDate(2026, 11, 21))
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.isVisibleTo(dialog) and "vor der Empfehlung" in dialog.error.text()
    dialog.on.setDate(QDate(2026, 11, 22))
    assert not dialog.error.isVisibleTo(dialog)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_thanks_dated_before_the_referral_keeps_the_dialog_open(
    monkeypatch: pytest.MonkeyPatch, view: ReferralsView, demo_db: Database
) -> None:
    with demo_db.reader() as s:
        incoming = next(
            r
            for r in referral_service.list_referrals(s, referral_service.ReferralQuery(DEMO_TODAY))
            if r.direction is D.INCOMING and r.thanked_on is None
        )
        rid, referred_on = incoming.id, incoming.referred_on
    seen: list[str] = []

    def exec_dialog(dialog: steps.NoteDialog) -> int:
        day = referred_on - dt.timedelta(days=1)
        dialog.on.setDate(QDate(day.year, day.month, day.day))
        dialog.accept()  # refused: the dialog stays open and says why
        seen.append(dialog.error.text())
        dialog.on.setDate(QDate(referred_on.year, referred_on.month, referred_on.day))
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(steps.NoteDialog, "exec", exec_dialog)
    view.select_record(rid)
    view.detail.buttons["thank"].click()
    assert seen and "Der Dank kann nicht vor der Empfehlung" in seen[0]
    with demo_db.reader() as s:
        assert referral_service.get_referral(s, rid).thanked_on == referred_on


def test_a_referral_can_be_deleted_after_asking(
    view: ReferralsView, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from empfehlung_desktop.ui.referrals import view as view_module

    view.select_record(1)
    assert view.delete_button.isEnabled()
    monkeypatch.setattr(view_module, "confirm_delete", lambda *a: True)
    count = view.model.rowCount()
    view.delete_selected()
    assert view.model.rowCount() == count - 1
    with demo_db.reader() as s, pytest.raises(NotFoundError):
        referral_service.get_referral(s, 1)


def test_search_field_filters_in_sql(qtbot: QtBot, view: ReferralsView) -> None:
    other = next(
        view.model.row_at(r).id
        for r in range(view.model.rowCount())
        if view.model.row_at(r).recipient_name != "Lena Köhler"
    )
    view.focus_search()
    view.search.setText("Köhler")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=3000)
    assert view.model.row_at(0).recipient_name == "Lena Köhler"
    view.select_record(other)  # a record outside the search clears it
    assert view.search.text() == "" and view.selected_id() == other


def _referral_with_steps(db: Database) -> int:
    from empfehlung_desktop.model import Referral

    with db.reader() as s:
        for referral in s.scalars(select(Referral).order_by(Referral.id)):
            if referral.direction is not D.INCOMING and len(referral.events) >= 3:
                return referral.id
    raise AssertionError("the demo has a referral with steps")


def test_referral_is_corrected_in_its_prefilled_dialog(
    view: ReferralsView, demo_db: Database, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    rid = _referral_with_steps(demo_db)
    view.select_record(rid)
    assert view.edit_button.isEnabled()
    with demo_db.reader() as s:
        referral = referral_service.get_referral(s, rid)
        need, recipient = referral.need, referral.recipient_id
        first_step = next(e for e in referral.events if e.from_status is not None).occurred_on

    def run(dialog: ReferralDialog) -> int:
        assert dialog.windowTitle() == "Empfehlung korrigieren"
        assert dialog.need.toPlainText() == need
        assert dialog.recipient.picker.contact_id() == recipient
        assert dialog.date.maximumDate().toPython() <= first_step
        dialog.need.setPlainText("Korrigiertes Anliegen")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(ReferralDialog, "exec", run)
    view.perform("edit")
    with demo_db.reader() as s:
        assert referral_service.get_referral(s, rid).need == "Korrigiertes Anliegen"


def test_a_step_is_corrected_and_the_last_step_deleted(
    view: ReferralsView, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from empfehlung_desktop.services.referrals import corrections as rc
    from empfehlung_desktop.ui.referrals import corrections

    rid = _referral_with_steps(demo_db)
    view.select_record(rid)
    with demo_db.reader() as s:
        referral = referral_service.get_referral(s, rid)
        steps = len(referral.events)
        last = rc.last_entry(referral)
        assert last is not None
        back = last.from_status if last.from_status != last.to_status else referral.status
        event = [e for e in referral.events if e.from_status not in (None, e.to_status)][-1]
        event_id, day = event.id, event.occurred_on
    rows = [
        r
        for r in range(view.detail.history.count())
        if view.detail.history.item(r).data(Qt.ItemDataRole.UserRole) == f"event:{event_id}"
    ]
    assert rows
    view.detail.history.setCurrentRow(rows[0])
    asked: list[corrections.Bounds] = []

    def ask(parent: Any, title: str, on: dt.date, text: str, bounds: Any, kind: Any = None):
        asked.append(bounds)
        return corrections.EntryAnswer(on, "korrigiert", None)

    monkeypatch.setattr(corrections.EntryDialog, "ask", ask)
    view.detail.history.itemActivated.emit(view.detail.history.item(rows[0]))
    assert asked and asked[0].latest <= DEMO_TODAY
    with demo_db.reader() as s:
        corrected = next(
            e for e in referral_service.get_referral(s, rid).events if e.id == event_id
        )
        assert corrected.note == "korrigiert" and corrected.occurred_on == day
    answers = [False, True]
    monkeypatch.setattr(corrections, "confirm_delete", lambda *a: answers.pop(0))
    view.detail.undo_step_button.click()
    view.detail.undo_step_button.click()
    with demo_db.reader() as s:
        referral = referral_service.get_referral(s, rid)
        assert len(referral.events) == steps - 1 and referral.status is back


def test_entry_dialog_refuses_a_date_outside_its_bounds(qtbot: QtBot) -> None:
    from empfehlung_desktop.ui.referrals.corrections import Bounds, EntryDialog

    start = DEMO_TODAY - dt.timedelta(days=10)
    dialog = EntryDialog("Schritt", start, "Notiz", Bounds(start, "zu früh", DEMO_TODAY, "zu spät"))
    qtbot.addWidget(dialog)
    dialog.date.setDate(QDate(2020, 1, 1))
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.text() == "zu früh" and not dialog.error.isHidden()
    assert dialog.date.maximumDate().toPython() == DEMO_TODAY
    assert dialog.text.tabChangesFocus()


def test_step_dates_end_today(qtbot: QtBot) -> None:
    for dialog in (
        steps.NoteDialog("Schritt", DEMO_TODAY),
        steps.ConsentDialog(DEMO_TODAY),
        steps.OutcomeDialog("Ergebnis", DEMO_TODAY),
        partner_steps.MatchDialog(DEMO_TODAY, DEMO_TODAY, False),
    ):
        qtbot.addWidget(dialog)
        assert dialog.on.maximumDate().toPython() == DEMO_TODAY  # type: ignore[attr-defined]
