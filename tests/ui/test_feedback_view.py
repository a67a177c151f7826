"""The Feedback view: list and filters, entry form, import preview, testimonials."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from empfehlung_desktop.interchange.pdf_form import FormPreview, preview_forms
from empfehlung_desktop.model import Contact, QuotePermission, SpiralStage
from empfehlung_desktop.reports.feedback_form import build_feedback_form
from empfehlung_desktop.services.feedback import feedback as fs
from empfehlung_desktop.services.feedback.forms import request_form
from empfehlung_desktop.store.database import Database
from empfehlung_desktop.ui.context import ViewContext
from empfehlung_desktop.ui.feedback import dialogs
from empfehlung_desktop.ui.feedback.dialogs import ImportPreviewDialog, TestimonialDialog
from empfehlung_desktop.ui.feedback.entry_dialog import FeedbackEntryDialog
from empfehlung_desktop.ui.feedback.table_model import FeedbackTableModel, ImportPreviewModel
from empfehlung_desktop.ui.feedback.view import FeedbackView
from empfehlung_desktop.ui.widgets import file_dialogs
from tests.conftest import DEMO_CLOCK, DEMO_TODAY
from tests.helpers.feedback_forms import HOSTILE_ANSWERS, fill_form


@pytest.fixture
def changes() -> list[str]:
    return []


@pytest.fixture
def view(qtbot: QtBot, demo_db: Database, changes: list[str]) -> FeedbackView:
    widget = FeedbackView(ViewContext(db=demo_db, data_changed=changes.append, clock=DEMO_CLOCK))
    qtbot.addWidget(widget)
    widget.refresh()
    return widget


def _open_ids(db: Database) -> list[int]:
    with db.reader() as session:
        return [e.id for e in fs.engagements_without_feedback(session)]


def _filled_form(db: Database, tmp_path: Path, engagement_id: int, **answers: Any) -> Path:
    blank, filled = tmp_path / f"blank{engagement_id}.pdf", tmp_path / f"form{engagement_id}.pdf"
    with db.session() as session:
        request_form(session, engagement_id, blank, build_feedback_form, today=DEMO_TODAY)
    fill_form(blank, filled, **answers)
    return filled


def test_models_pass_the_model_tester(
    qtmodeltester: Any, demo_db: Database, tmp_path: Path
) -> None:
    model = FeedbackTableModel(demo_db)
    model.reload()
    qtmodeltester.check(model)
    model.sort(3, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    path = _filled_form(demo_db, tmp_path, _open_ids(demo_db)[0])
    with demo_db.session() as session:
        previews = preview_forms(session, [path], today=DEMO_TODAY)
    qtmodeltester.check(ImportPreviewModel(previews))


def test_list_filters_and_figures(view: FeedbackView) -> None:
    assert view.model.rowCount() == 5
    assert "NPS +40" in view.figures.text()
    view.group.setCurrentIndex(view.group.findData("promoter"))
    assert view.model.rowCount() == 3
    view.group.setCurrentIndex(0)
    view.permission.setCurrentIndex(view.permission.findData("named"))
    assert view.model.rowCount() == 2
    view.approved_only.setChecked(True)
    assert view.model.rowCount() == 2
    view.permission.setCurrentIndex(view.permission.findData("no"))
    assert view.model.rowCount() == 0
    assert "0 Feedback" in view.figures.text()


def test_detail_shows_all_answers_escaped(view: FeedbackView) -> None:
    view.permission.setCurrentIndex(view.permission.findData("named"))
    row = next(
        r
        for r in range(view.model.rowCount())
        if "Katarzyna" in view.model.row_at(r).contact_name  # type: ignore[union-attr]
    )
    view.table.selectRow(row)
    text = view.detail.toPlainText()
    assert "ehrlich & klar" in text and "Meine Akquise" in text
    assert view.testimonial_button.isEnabled()


def test_entry_form_saves_and_suggests(qtbot: QtBot, demo_db: Database) -> None:
    engagement_id = _open_ids(demo_db)[0]
    dialog = FeedbackEntryDialog(demo_db, DEMO_TODAY, engagement_id)
    qtbot.addWidget(dialog)
    assert dialog.engagement.currentData() == engagement_id
    dialog.texts["first_time"].setPlainText("Łukasz & <b>ich</b> 😀")
    dialog.recommend.set_value(10)
    dialog.expectations.set_value(5)
    named = [
        b for b in dialog.permission.buttons() if b.property("permission") == QuotePermission.NAMED
    ]
    named[0].click()
    dialog.accept()
    assert dialog.outcome is not None
    assert dialog.outcome.suggested_stage is SpiralStage.ENTHUSIASM
    with demo_db.reader() as session:
        saved = fs.get_feedback(session, dialog.outcome.feedback_id)
        assert saved.first_time == "Łukasz & <b>ich</b> 😀"
        assert saved.quote_permission is QuotePermission.NAMED


def test_entry_form_shows_german_error_and_keeps_text(qtbot: QtBot, demo_db: Database) -> None:
    dialog = FeedbackEntryDialog(demo_db, DEMO_TODAY)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.outcome is None
    assert "mindestens eine Frage" in dialog.error_label.text()


def test_good_score_asks_and_applies_stage(
    view: FeedbackView, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    engagement_id = _open_ids(demo_db)[0]
    with demo_db.session() as session:
        outcome = fs.add_feedback(
            session, fs.FeedbackData(engagement_id, recommend_score=10), today=DEMO_TODAY
        )
    asked: list[str] = []

    def yes(*args: Any) -> QMessageBox.StandardButton:
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    view.after_feedback(outcome)
    assert asked and "Begeisterung" in asked[0]
    with demo_db.reader() as session:
        contact = session.get(Contact, outcome.contact_id)
        assert contact is not None and contact.spiral_stage is SpiralStage.ENTHUSIASM


def test_declined_suggestion_leaves_stage(
    view: FeedbackView, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    engagement_id = _open_ids(demo_db)[0]
    with demo_db.session() as session:
        outcome = fs.add_feedback(
            session, fs.FeedbackData(engagement_id, recommend_score=2), today=DEMO_TODAY
        )
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a: asked.append(a[2]) or QMessageBox.StandardButton.No
    )
    view.after_feedback(outcome)
    assert "zurückhaltend" in asked[0]
    with demo_db.reader() as session:
        contact = session.get(Contact, outcome.contact_id)
        assert contact is not None and contact.spiral_stage is outcome.current_stage


def test_import_preview_then_commit(
    view: FeedbackView,
    demo_db: Database,
    tmp_path: Path,
    changes: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    paths = [_filled_form(demo_db, tmp_path, i, recommend=8) for i in _open_ids(demo_db)]
    seen: list[list[FormPreview]] = []
    monkeypatch.setattr(
        ImportPreviewDialog, "ask", lambda previews, parent: seen.append(previews) or True
    )
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    assert view.import_files(paths)
    assert len(seen[0]) == len(paths) == 2
    assert view.model.rowCount() == 7 and "feedback" in changes
    # The same forms again: refused with a German message, nothing added.
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    assert not view.import_files(paths)
    assert "bereits" in warnings[0] and view.model.rowCount() == 7


def test_cancelled_preview_imports_nothing(
    view: FeedbackView, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _filled_form(demo_db, tmp_path, _open_ids(demo_db)[0])
    monkeypatch.setattr(ImportPreviewDialog, "ask", lambda previews, parent: False)
    assert not view.import_files([path])
    assert view.model.rowCount() == 5


def test_preview_dialog_lists_the_forms(qtbot: QtBot, demo_db: Database, tmp_path: Path) -> None:
    path = _filled_form(demo_db, tmp_path, _open_ids(demo_db)[0], recommend=7)
    with demo_db.session() as session:
        previews = preview_forms(session, [path], today=DEMO_TODAY)
    dialog = ImportPreviewDialog(previews)
    qtbot.addWidget(dialog)
    model = dialog.model
    assert model.rowCount() == 1
    assert model.data(model.index(0, 0)) == path.name
    assert model.data(model.index(0, 2)) == "7"
    assert (
        model.data(model.index(0, 5), Qt.ItemDataRole.ToolTipRole) == HOSTILE_ANSWERS["first_time"]
    )


def test_drop_of_pdf_files_imports(
    view: FeedbackView, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _filled_form(demo_db, tmp_path, _open_ids(demo_db)[0])
    monkeypatch.setattr(ImportPreviewDialog, "ask", lambda previews, parent: True)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    view.dropEvent(event)
    assert view.model.rowCount() == 6


def test_testimonial_approval(qtbot: QtBot, demo_db: Database) -> None:
    with demo_db.reader() as session:
        rows = fs.fetch_feedback(session, fs.FeedbackQuery())
    anonymous = next(r for r in rows if r.quote_permission is QuotePermission.ANONYMOUS)
    refused = next(r for r in rows if r.quote_permission is QuotePermission.NO)
    dialog = TestimonialDialog(demo_db, anonymous.id)
    qtbot.addWidget(dialog)
    assert dialog.text.toPlainText()  # a draft from the client's own words
    dialog.text.setPlainText("Klarheit statt Bauchgefühl – gekürzt.")
    dialog.accept()
    with demo_db.reader() as session:
        saved = fs.get_feedback(session, anonymous.id)
        assert saved.testimonial_approved
        assert saved.testimonial_text == "Klarheit statt Bauchgefühl – gekürzt."
    not_allowed = TestimonialDialog(demo_db, refused.id)
    qtbot.addWidget(not_allowed)
    not_allowed.accept()
    assert "nicht erlaubt" in not_allowed.error_label.text()


def test_summary_and_forms_from_the_view(
    view: FeedbackView, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "summary.pdf"
    opened: list[Path] = []
    monkeypatch.setattr(dialogs.PeriodDialog, "ask", lambda today, parent: (None, None))
    monkeypatch.setattr(file_dialogs, "get_save_file_name", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(view, "open_file", opened.append)
    view.create_summary()
    assert opened == [target] and target.read_bytes().startswith(b"%PDF")
    folder = tmp_path / "forms"
    folder.mkdir()
    monkeypatch.setattr(dialogs.FormsDialog, "ask", lambda db, parent: _open_ids(demo_db))
    monkeypatch.setattr(file_dialogs, "get_existing_directory", lambda *a, **k: str(folder))
    view.create_forms()
    assert len(list(folder.glob("*.pdf"))) == 2


def test_main_window_shows_the_feedback_view(
    qtbot: QtBot, demo_db: Database, tmp_path: Path
) -> None:
    from PySide6.QtCore import QSettings

    from empfehlung_desktop.ui.main_window import MainWindow

    window = MainWindow(
        demo_db, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), clock=DEMO_CLOCK
    )
    qtbot.addWidget(window)
    window.navigate("feedback")
    assert isinstance(window.current_view(), FeedbackView)


def test_escape_asks_before_discarding_written_answers(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = FeedbackEntryDialog(demo_db, DEMO_TODAY)
    qtbot.addWidget(dialog)
    dialog.reject()  # nothing typed: closes without asking (an unpatched question fails)
    assert dialog.result() == QDialog.DialogCode.Rejected
    dialog = FeedbackEntryDialog(demo_db, DEMO_TODAY)
    qtbot.addWidget(dialog)
    next(iter(dialog.texts.values())).setPlainText("Endlich Klarheit.")
    answers = [False, True]
    monkeypatch.setattr(dialog, "confirm_discard", lambda: answers.pop(0))
    dialog.show()
    dialog.reject()
    assert dialog.isVisible()  # kept: the answer is still there
    dialog.reject()
    assert not dialog.isVisible()


def test_feedback_can_be_deleted_after_asking(
    view: FeedbackView, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from empfehlung_desktop.ui.feedback import corrections as view_module

    before = view.model.total
    view.table.selectRow(0)
    assert view.delete_button.isEnabled()
    answers = [False, True]
    monkeypatch.setattr(view_module, "confirm_delete", lambda *a: answers.pop(0))
    view.delete_current()
    assert view.model.total == before  # kept
    view.delete_current()
    assert view.model.total == before - 1


def test_feedback_is_corrected_in_the_prefilled_dialog(
    view: FeedbackView, demo_db: Database, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from empfehlung_desktop.ui.feedback import entry_dialog

    view.table.selectRow(0)
    feedback_id = view.current_feedback_id()
    assert feedback_id is not None and view.edit_button.isEnabled()
    with demo_db.reader() as s:
        stored = fs.get_feedback(s, feedback_id)
        first_time, score = stored.first_time, stored.recommend_score
    seen: list[FeedbackEntryDialog] = []

    def run(dialog: FeedbackEntryDialog) -> int:
        seen.append(dialog)
        assert dialog.windowTitle() == "Feedback korrigieren"
        assert dialog.texts["first_time"].toPlainText() == first_time
        assert dialog.recommend.value() == score
        assert not dialog.has_input()  # nothing changed yet: Escape closes at once
        dialog.recommend.set_value(2)
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(entry_dialog.FeedbackEntryDialog, "exec", run)
    view.edit_current()
    assert seen
    with demo_db.reader() as s:
        assert fs.get_feedback(s, feedback_id).recommend_score == 2
