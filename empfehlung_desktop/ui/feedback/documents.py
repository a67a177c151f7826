"""The feedback view's documents: questionnaires out, filled-in forms back in, the summary.

Each function asks what it needs (engagements, files, a period), shows a refusal
in a message and returns what the view reports, or None when nothing was done.
Texts keep the context "FeedbackView", so their translations stay where they were.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from empfehlung_desktop.errors import StoreError, UserError
from empfehlung_desktop.services.feedback import feedback as feedback_service
from empfehlung_desktop.services.feedback import forms
from empfehlung_desktop.services.feedback import stats as stats_service
from empfehlung_desktop.ui.context import ViewContext
from empfehlung_desktop.ui.feedback.dialogs import FormsDialog, ImportPreviewDialog, PeriodDialog
from empfehlung_desktop.ui.widgets import file_dialogs


def create_forms(parent: QWidget, context: ViewContext) -> str | None:
    """Questionnaires for the chosen engagements (one file or a folder); the status text."""
    ids = FormsDialog.ask(context.db, parent)
    if not ids:
        return None
    from empfehlung_desktop.reports.feedback_form import build_feedback_form

    today = context.clock.today()
    try:
        if len(ids) == 1:
            with context.db.reader() as session:
                engagement = feedback_service.get_engagement_for_feedback(session, ids[0])
                name = forms.form_file_name(engagement.contact.name, engagement.id)
            path, _ = file_dialogs.get_save_file_name(
                parent,
                QCoreApplication.translate("FeedbackView", "Fragebogen speichern"),
                str(Path.home() / name),
                QCoreApplication.translate("FeedbackView", "PDF-Dateien (*.pdf)"),
            )
            if not path:
                return None
            with context.db.session() as session:
                forms.request_form(session, ids[0], Path(path), build_feedback_form, today=today)
            message = QCoreApplication.translate(
                "FeedbackView", "Fragebogen gespeichert: {path}"
            ).format(path=path)
        else:
            directory = file_dialogs.get_existing_directory(
                parent,
                QCoreApplication.translate("FeedbackView", "Ordner für die Fragebögen wählen"),
                str(Path.home()),
            )
            if not directory:
                return None
            with context.db.session() as session:
                written = forms.request_forms(
                    session, ids, Path(directory), build_feedback_form, today=today
                )
            message = QCoreApplication.translate(
                "FeedbackView", "{count} Fragebögen gespeichert in {path}"
            ).format(count=len(written), path=directory)
    except (UserError, StoreError, OSError) as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("FeedbackView", "Fragebogen"), str(exc)
        )
        return None
    return message


def import_forms(
    parent: QWidget, context: ViewContext, paths: list[Path]
) -> list[feedback_service.FeedbackOutcome] | None:
    """Preview, confirm, store all forms in one transaction; the outcomes if imported."""
    from empfehlung_desktop.interchange import pdf_form

    try:
        with context.db.session() as session:
            previews = pdf_form.preview_forms(session, paths, context.clock.today())
    except pdf_form.FormImportError as exc:
        lines = "\n".join(f"• {p}" for p in exc.problems)
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("FeedbackView", "Formulare einlesen"),
            QCoreApplication.translate(
                "FeedbackView", "Es wurde nichts übernommen:\n\n{lines}"
            ).format(lines=lines),
        )
        return None
    except (UserError, StoreError) as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("FeedbackView", "Formulare einlesen"), str(exc)
        )
        return None
    if not ImportPreviewDialog.ask(previews, parent):
        return None
    try:
        with context.db.session() as session:
            outcomes = pdf_form.import_forms(session, paths, context.clock.today())
    except (UserError, StoreError) as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("FeedbackView", "Formulare einlesen"), str(exc)
        )
        return None
    return outcomes


def create_summary(parent: QWidget, context: ViewContext) -> Path | None:
    """The summary PDF for a chosen period, saved where the practitioner says; its path."""
    period = PeriodDialog.ask(context.clock.today(), parent)
    if period is None:
        return None
    try:
        with context.db.reader() as session:
            practice = stats_service.summary_data_practice_name(session)
    except StoreError:
        practice = ""
    name = stats_service.summary_file_name(practice, context.clock.today())
    path, _ = file_dialogs.get_save_file_name(
        parent,
        QCoreApplication.translate("FeedbackView", "Zusammenfassung speichern"),
        str(Path.home() / name),
        QCoreApplication.translate("FeedbackView", "PDF-Dateien (*.pdf)"),
    )
    if not path:
        return None
    from empfehlung_desktop.reports.feedback_summary import build_feedback_summary

    try:
        with context.db.reader() as session:
            data = stats_service.summary_data(session, *period)
        build_feedback_summary(data, Path(path), today=context.clock.today())
    except (UserError, StoreError, OSError) as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("FeedbackView", "Zusammenfassung"), str(exc)
        )
        return None
    return Path(path)
