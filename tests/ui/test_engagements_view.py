import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from empfehlung_desktop.model import (
    ContactSource,
    Engagement,
    EngagementStatus,
    ExpectationFit,
    Referral,
    ReferralReason,
)
from empfehlung_desktop.services.engagements import engagements as es
from empfehlung_desktop.store.database import Database
from empfehlung_desktop.ui.context import ViewContext
from empfehlung_desktop.ui.engagements import preview as preview_module
from empfehlung_desktop.ui.engagements.dialogs import (
    DeclineAnswer,
    DeclineReferDialog,
    NewEngagementAnswer,
    NewEngagementDialog,
)
from empfehlung_desktop.ui.engagements.form import combo_value
from empfehlung_desktop.ui.engagements.table_model import EngagementTableModel
from empfehlung_desktop.ui.engagements.view import EngagementsView
from empfehlung_desktop.ui.widgets import file_dialogs
from tests.conftest import DEMO_CLOCK, DEMO_NOW


class Recorder:
    def __init__(self) -> None:
        self.navigations: list[tuple[str, int | None]] = []
        self.changes: list[str] = []
        self.status: list[str] = []

    def context(self, db: Database) -> ViewContext:
        return ViewContext(
            db=db,
            navigate=lambda key, rid: self.navigations.append((key, rid)),
            data_changed=self.changes.append,
            show_status=self.status.append,
            clock=DEMO_CLOCK,
        )


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def view(qtbot: QtBot, demo_db: Database, recorder: Recorder) -> EngagementsView:
    widget = EngagementsView(recorder.context(demo_db))
    qtbot.addWidget(widget)
    widget.refresh()
    return widget


def _first(db: Database, status: EngagementStatus) -> Engagement:
    with db.reader() as session:
        return session.scalars(
            select(Engagement).where(Engagement.status == status).order_by(Engagement.id)
        ).first()


def test_table_model_passes_qtmodeltester(qtmodeltester, demo_db: Database) -> None:
    model = EngagementTableModel(demo_db, DEMO_CLOCK)
    model.reload()
    assert model.rowCount() >= 10 and model.columnCount() == 7
    qtmodeltester.check(model)
    model.reload(es.EngagementQuery(status=EngagementStatus.COMPLETED, now=DEMO_NOW))
    qtmodeltester.check(model)
    assert all(
        model.row_at(r).status is EngagementStatus.COMPLETED for r in range(model.rowCount())
    )


def test_filter_and_select(view: EngagementsView, demo_db: Database) -> None:
    view.filter_combo.setCurrentIndex(view.filter_combo.findData("first_meeting"))
    assert view.model.rowCount() >= 2
    assert {view.model.row_at(r).status for r in range(view.model.rowCount())} == {
        EngagementStatus.FIRST_MEETING
    }
    completed = _first(demo_db, EngagementStatus.COMPLETED)
    view.select_record(completed.id)  # not in the filter: falls back to "Alle"
    assert view.current_id == completed.id and view.filter_combo.currentIndex() == 0
    assert view.form.isEnabled()


def test_meeting_form_edit_and_save(
    view: EngagementsView, demo_db: Database, recorder: Recorder
) -> None:
    engagement = _first(demo_db, EngagementStatus.FIRST_MEETING)
    view.select_record(engagement.id)
    form = view.form
    assert combo_value(form.source_combo, ContactSource) is ContactSource.REFERRAL
    assert form.referrer_picker.isEnabled() and form.referrer_picker.contact_id()
    form.problem_edit.setPlainText("Niemand versteht, was wir <anders> & besser machen.")
    form.frustrations_edit.setPlainText("Zu viele Rückfragen")
    form.wishes_edit.setPlainText("Klarheit für Łódź und Őrs")
    form.fit_combo.setCurrentIndex(form.fit_combo.findData("unclear"))
    form.show_referrer_check.setChecked(True)
    assert view.save_button.isEnabled()
    assert view.save()
    assert "engagements" in recorder.changes
    with demo_db.reader() as session:
        saved = session.get(Engagement, engagement.id)
        assert saved.problem.startswith("Niemand versteht")
        assert saved.expectation_fit is ExpectationFit.UNCLEAR
        assert saved.handout_show_referrer
    form.contact_button.click()
    assert recorder.navigations[-1] == ("contacts", engagement.contact_id)
    # Not referred: the giver field switches off.
    form.source_combo.setCurrentIndex(form.source_combo.findData("blog"))
    assert not form.referrer_picker.isEnabled()
    assert form.meeting_data().source is ContactSource.BLOG


def test_meeting_time_round_trip(view: EngagementsView, demo_db: Database) -> None:
    engagement = _first(demo_db, EngagementStatus.REQUEST)
    view.select_record(engagement.id)
    view.form.meeting_check.setChecked(True)
    view.form._set_meeting(dt.datetime(2026, 12, 3, 16, 45))
    assert view.save()
    with demo_db.reader() as session:
        assert session.get(Engagement, engagement.id).first_meeting_at == dt.datetime(
            2026, 12, 3, 16, 45
        )


def test_conflict_keeps_the_input(
    view: EngagementsView, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    engagement = _first(demo_db, EngagementStatus.FIRST_MEETING)
    view.select_record(engagement.id)
    with demo_db.session() as session:
        session.get(Engagement, engagement.id).notes = "anderswo geändert"
    view.form.wishes_edit.setPlainText("Meine Eingabe")
    assert not view.save()
    assert warnings and "anderer Stelle" in warnings[0]
    assert view.form.wishes_edit.toPlainText() == "Meine Eingabe"


def test_status_change_sets_start(view: EngagementsView, demo_db: Database) -> None:
    engagement = _first(demo_db, EngagementStatus.FIRST_MEETING)
    view.select_record(engagement.id)
    labels = [a.text() for a in view.status_menu.actions()]
    assert "Laufend" in labels and "Weiterempfohlen" not in labels
    view.change_status(EngagementStatus.ACTIVE)
    with demo_db.reader() as session:
        saved = session.get(Engagement, engagement.id)
        assert saved.status is EngagementStatus.ACTIVE and saved.started_on is not None
    assert view.form.status_label.text() == "Laufend"


def test_decline_and_refer_navigates_to_the_new_referral(
    view: EngagementsView, demo_db: Database, recorder: Recorder, monkeypatch: pytest.MonkeyPatch
) -> None:
    engagement = _first(demo_db, EngagementStatus.REQUEST)
    view.select_record(engagement.id)
    monkeypatch.setattr(
        DeclineReferDialog,
        "ask",
        classmethod(lambda cls, *a: DeclineAnswer(ReferralReason.CAPACITY, "ausgebucht")),
    )
    view.decline_and_refer()
    key, referral_id = recorder.navigations[-1]
    assert key == "referrals" and isinstance(referral_id, int)
    with demo_db.reader() as session:
        saved = session.get(Engagement, engagement.id)
        referral = session.get(Referral, referral_id)
        assert saved.status is EngagementStatus.REFERRED
        assert saved.onward_referral_id == referral_id
        assert referral.recipient_id == saved.contact_id
        assert referral.reason is ReferralReason.CAPACITY
    assert not view.decline_button.isEnabled()


def test_decline_dialog_answer(qtbot: QtBot) -> None:
    dialog = DeclineReferDialog("Őrs Kovács")
    qtbot.addWidget(dialog)
    assert dialog.answer().reason is ReferralReason.EXPECTATIONS
    dialog.reason_combo.setCurrentIndex(dialog.reason_combo.findData("competence"))
    dialog.note_edit.setPlainText("SEO")
    assert dialog.answer() == DeclineAnswer(ReferralReason.COMPETENCE, "SEO")


def test_new_engagement_dialog_choices(qtbot: QtBot, demo_db: Database) -> None:
    dialog = NewEngagementDialog(demo_db)
    qtbot.addWidget(dialog)
    assert dialog.answer() is None and "Kontakt" in dialog.error_label.text()
    dialog.new_radio.setChecked(True)
    dialog.name_edit.setText("Łucja Wójcik")
    dialog.title_edit.setText("Neue Marke")
    assert dialog.answer() == NewEngagementAnswer(title="Neue Marke", new_name="Łucja Wójcik")
    dialog.referral_radio.setChecked(True)
    answer = dialog.answer()
    assert answer is not None and answer.referral_id is not None


def test_new_record_for_a_new_contact_and_from_a_referral(
    view: EngagementsView, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = iter(
        [
            NewEngagementAnswer(title="Workshop", new_name="Łucja Wójcik", new_email="l@x.org"),
        ]
    )
    monkeypatch.setattr(NewEngagementDialog, "ask", classmethod(lambda cls, *a: next(answers)))
    view.new_record()
    assert view.form.contact_label.text() == "Łucja Wójcik"
    assert view.form.title_edit.text() == "Workshop"
    with demo_db.reader() as session:
        choice = es.open_incoming_referrals(session)[0]
    monkeypatch.setattr(
        NewEngagementDialog,
        "ask",
        classmethod(lambda cls, *a: NewEngagementAnswer(referral_id=choice.id)),
    )
    view.new_record()
    assert combo_value(view.form.source_combo, ContactSource) is ContactSource.REFERRAL
    with demo_db.reader() as session:
        assert session.get(Engagement, view.current_id).referral_id == choice.id


def test_handout_preview_save_open_mail_and_mark_sent(
    view: EngagementsView,
    demo_db: Database,
    recorder: Recorder,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    engagement = _first(demo_db, EngagementStatus.FIRST_MEETING)
    view.select_record(engagement.id)
    view.create_handout()
    dialog = view.findChild(preview_module.HandoutPreviewDialog)
    assert isinstance(dialog, preview_module.HandoutPreviewDialog)
    qtbot.addWidget(dialog)
    assert dialog.document.pageCount() >= 1 and dialog.file_name.startswith("Warum-Sie_")

    target = tmp_path / "gespeichert"
    monkeypatch.setattr(file_dialogs, "get_save_file_name", lambda *a, **k: (str(target), ""))
    saved = dialog.save_as()
    assert saved == tmp_path / "gespeichert.pdf" and saved.read_bytes().startswith(b"%PDF")

    opened: list[str] = []
    monkeypatch.setattr(
        preview_module.QDesktopServices,
        "openUrl",
        lambda url: opened.append(url.toString()) or True,
    )
    dialog.open_external()
    assert opened[-1].endswith("gespeichert.pdf")

    dialog.saved_path = None
    monkeypatch.setattr(preview_module, "handout_folder", lambda: tmp_path / "Dokumente")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.send_by_mail()
    assert opened[-1].startswith("mailto:")
    assert "subject=" in opened[-1] and "Dokumente" in dialog.info_label.text()
    assert list((tmp_path / "Dokumente").glob("Warum-Sie_*.pdf"))
    with demo_db.reader() as session:
        assert session.get(Engagement, engagement.id).handout_sent_at is not None
    dialog.close()


def test_without_a_mail_program_the_saved_file_is_offered(
    view: EngagementsView,
    demo_db: Database,
    recorder: Recorder,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    engagement = _first(demo_db, EngagementStatus.FIRST_MEETING)
    view.select_record(engagement.id)
    view.create_handout()
    dialog = view.findChild(preview_module.HandoutPreviewDialog)
    assert isinstance(dialog, preview_module.HandoutPreviewDialog)
    qtbot.addWidget(dialog)
    # The mail the prospect gets holds no note to the sender and no file path.
    body = dialog.mail_body()
    assert "[" not in body and "anhängen" not in body and ".pdf" not in body
    assert body.startswith("Sehr geehrte Frau ") and body.endswith(dialog.sender_name)

    opened: list[str] = []
    monkeypatch.setattr(
        preview_module.QDesktopServices,
        "openUrl",
        lambda url: opened.append(url.toString()) or not url.toString().startswith("mailto:"),
    )
    monkeypatch.setattr(preview_module, "handout_folder", lambda: tmp_path / "Dokumente")
    offered: list[str] = []
    monkeypatch.setattr(dialog, "offer_folder", lambda text: offered.append(text) or True)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a))
    dialog.send_by_mail()
    assert "kein E-Mail-Programm" in offered[0] and "Dokumente" in offered[0]
    assert opened[-1].startswith("file://") and opened[-1].endswith("/Dokumente")
    assert "kein E-Mail-Programm" in dialog.info_label.text() and not asked
    assert list((tmp_path / "Dokumente").glob("Warum-Sie_*.pdf"))
    with demo_db.reader() as session:
        assert session.get(Engagement, engagement.id).handout_sent_at is None
    dialog.close()


def test_handout_with_sample_text_leads_to_the_profile(
    view: EngagementsView,
    demo_db: Database,
    recorder: Recorder,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from empfehlung_desktop.services.engagements import profile as ps

    with demo_db.session() as session:
        data = ps.load_profile(session)
        data.sections[0].body = ps.EXAMPLE_PREFIX + " Für wen ich arbeite …"
        ps.save_profile(session, data)
    asked: list[list[str]] = []
    monkeypatch.setattr(view, "ask_to_fix_profile", lambda problems: asked.append(problems) or True)
    view.select_record(_first(demo_db, EngagementStatus.FIRST_MEETING).id)
    view.create_handout()
    assert asked and "Beispieltext" in asked[0][0]
    assert view.findChild(preview_module.HandoutPreviewDialog) is None
    assert recorder.navigations[-1] == ("profile", None)


def test_an_anfrage_can_be_deleted_after_asking(
    view: EngagementsView, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from empfehlung_desktop.ui.engagements import view as view_module

    engagement = _first(demo_db, EngagementStatus.REQUEST)
    view.select_record(engagement.id)
    texts: list[str] = []
    monkeypatch.setattr(
        view_module, "confirm_delete", lambda _p, _t, text: texts.append(text) or True
    )
    view.delete_current()
    assert texts and engagement.title in texts[0]
    with demo_db.reader() as session:
        assert session.get(Engagement, engagement.id) is None
    assert view.current_id is None


def test_search_field_filters_the_list(qtbot: QtBot, view: EngagementsView) -> None:
    view.search.setText("Vogt")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=3000)
    assert view.model.row_at(0).contact_name == "Annika Vogt"


def test_start_and_end_are_corrected_and_checked_at_the_field(
    view: EngagementsView, demo_db: Database, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QDate

    from empfehlung_desktop.ui.engagements import dates_dialog

    completed = _first(demo_db, EngagementStatus.COMPLETED)
    view.select_record(completed.id)
    assert view.dates_button.isEnabled()
    seen: list[str] = []

    def run(dialog: dates_dialog.DatesDialog) -> int:
        assert dialog.ended.isVisibleTo(dialog) and dialog.started.isVisibleTo(dialog)
        dialog.ended.setDate(QDate(2000, 1, 1))  # before the start: refused, stays open
        dialog.accept()
        seen.append(dialog.error.text())
        assert dialog.result() != 1
        new_end = completed.ended_on - dt.timedelta(days=1)
        dialog.ended.setDate(QDate(new_end.year, new_end.month, new_end.day))
        dialog.started.setDate(dialog.ended.date().addDays(-30))
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(dates_dialog.DatesDialog, "exec", run)
    view.correct_dates()
    assert seen and seen[0]
    with demo_db.reader() as session:
        saved = session.get(Engagement, completed.id)
        assert saved is not None and saved.ended_on == completed.ended_on - dt.timedelta(days=1)
    request = _first(demo_db, EngagementStatus.REQUEST)
    view.select_record(request.id)
    assert not view.dates_button.isEnabled()
