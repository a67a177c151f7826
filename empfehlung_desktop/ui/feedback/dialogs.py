"""Small dialogs of the Feedback view; each has a classmethod ``ask`` tests can patch."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from empfehlung_desktop.errors import StoreError, UserError
from empfehlung_desktop.interchange.pdf_form import FormPreview
from empfehlung_desktop.services.feedback import feedback as feedback_service
from empfehlung_desktop.store.database import Database
from empfehlung_desktop.ui import theme
from empfehlung_desktop.ui.feedback.table_model import ImportPreviewModel
from empfehlung_desktop.ui.formats import date_format, date_text
from empfehlung_desktop.ui.i18n import plural


class ImportPreviewDialog(QDialog):
    """Shows what the returned forms contain before anything is stored."""

    def __init__(self, previews: list[FormPreview], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Formulare einlesen – Vorschau"))
        self.resize(820, 360)
        self.model = ImportPreviewModel(previews, self)
        table = QTableView()
        table.setModel(self.model)
        table.setSelectionMode(QTableView.SelectionMode.NoSelection)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((190, 150, 80, 85, 80)):
            table.setColumnWidth(column, width)
        self.table = table
        intro = QLabel(
            plural(
                len(previews),
                self.tr(
                    "Diese Rückmeldung wird übernommen. Erst mit „Übernehmen“ wird gespeichert."
                ),
                self.tr(
                    "Diese {n} Rückmeldungen werden übernommen. Erst mit „Übernehmen“ wird "
                    "gespeichert – alle zusammen oder keine."
                ),
            )
        )
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        _german_buttons(buttons)
        self.import_button = QPushButton(self.tr("Übernehmen"))
        self.import_button.setDefault(True)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(table, 1)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, previews: list[FormPreview], parent: QWidget | None = None) -> bool:
        return cls(previews, parent).exec() == QDialog.DialogCode.Accepted


class TestimonialDialog(QDialog):
    """Approve a quote as a ready-to-use testimonial, with its (edited) text."""

    __test__ = False  # not a pytest test class despite the name

    def __init__(self, db: Database, feedback_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.feedback_id = feedback_id
        self.setWindowTitle(self.tr("Als Referenz freigeben"))
        self.resize(560, 360)
        with db.reader() as session:
            feedback = feedback_service.get_feedback(session, feedback_id)
            text = feedback.testimonial_text or feedback_service.suggested_testimonial(feedback)
            who = (
                feedback.engagement.contact.name
                if feedback.quote_permission.value == "named"
                else self.tr("anonym")
            )
        info = QLabel(
            self.tr(
                "Der Text erscheint so in der Zusammenfassung und ist zum Verwenden gedacht "
                "(Website, Angebot). Kürzen ist erlaubt – den Sinn bitte nicht verändern. "
                "Nennung: {who}"
            ).format(who=who)
        )
        info.setWordWrap(True)
        info.setTextFormat(Qt.TextFormat.PlainText)
        self.text = QPlainTextEdit(text)
        self.approved = QCheckBox(self.tr("Als Referenz freigegeben"))
        # Opened to approve; unticking withdraws an earlier approval.
        self.approved.setChecked(True)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(theme.text_style("error"))
        self.error_label.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        _german_buttons(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.approved)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            with self.db.session() as session:
                feedback_service.approve_testimonial(
                    session, self.feedback_id, self.text.toPlainText(), self.approved.isChecked()
                )
        except (UserError, StoreError) as exc:
            self.error_label.setText(str(exc))
            self.error_label.show()
            return
        super().accept()

    @classmethod
    def ask(cls, db: Database, feedback_id: int, parent: QWidget | None = None) -> bool:
        return cls(db, feedback_id, parent).exec() == QDialog.DialogCode.Accepted


class FormsDialog(QDialog):
    """Choose the finished engagements to create PDF questionnaires for."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Feedback-Fragebogen (PDF)"))
        self.resize(520, 420)
        with db.reader() as session:
            items = feedback_service.engagements_without_feedback(session)
        intro = QLabel(
            self.tr(
                "Für welche abgeschlossenen Aufträge soll ein ausfüllbarer Fragebogen "
                "entstehen? Bei einem wählen Sie den Dateinamen, bei mehreren einen Ordner."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        for item in items:
            text = self.tr("{name} – {title}").format(name=item.contact_name, title=item.title)
            if item.ended_on:
                text = self.tr("{text} (beendet {date})").format(
                    text=text, date=date_text(item.ended_on)
                )
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(entry)
        if not items:
            self.list.addItem(self.tr("Alle abgeschlossenen Aufträge haben bereits ein Feedback."))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        _german_buttons(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Erstellen …"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(items))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def checked_ids(self) -> list[int]:
        ids = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            engagement_id = item.data(Qt.ItemDataRole.UserRole)
            if engagement_id is not None and item.checkState() == Qt.CheckState.Checked:
                ids.append(int(engagement_id))
        return ids

    @classmethod
    def ask(cls, db: Database, parent: QWidget | None = None) -> list[int]:
        dialog = cls(db, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.checked_ids()
        return []


class PeriodDialog(QDialog):
    """The period of a summary: everything, or from/to."""

    def __init__(self, today_date: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Zusammenfassung – Zeitraum"))
        today = QDate(today_date.year, today_date.month, today_date.day)
        self.everything = QCheckBox(self.tr("Alle Rückmeldungen"))
        self.everything.setChecked(True)
        self.since = QDateEdit(today.addYears(-1))
        self.until = QDateEdit(today)
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_format())
            edit.setEnabled(False)
        self.everything.toggled.connect(lambda on: self.since.setEnabled(not on))
        self.everything.toggled.connect(lambda on: self.until.setEnabled(not on))
        form = QFormLayout(self)
        form.addRow(self.everything)
        form.addRow(self.tr("von"), self.since)
        form.addRow(self.tr("bis"), self.until)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        _german_buttons(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def period(self) -> tuple[dt.date | None, dt.date | None]:
        if self.everything.isChecked():
            return None, None
        since: dt.date = self.since.date().toPython()  # type: ignore[assignment]
        until: dt.date = self.until.date().toPython()  # type: ignore[assignment]
        return since, until

    @classmethod
    def ask(
        cls, today: dt.date, parent: QWidget | None = None
    ) -> tuple[dt.date | None, dt.date | None] | None:
        dialog = cls(today, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.period()
        return None


def _german_buttons(buttons: QDialogButtonBox) -> None:
    """German texts on standard buttons even when no Qt translation is loaded."""
    texts = {
        QDialogButtonBox.StandardButton.Ok: QCoreApplication.translate("FeedbackDialogs", "OK"),
        QDialogButtonBox.StandardButton.Save: QCoreApplication.translate(
            "FeedbackDialogs", "Speichern"
        ),
        QDialogButtonBox.StandardButton.Cancel: QCoreApplication.translate(
            "FeedbackDialogs", "Abbrechen"
        ),
    }
    for standard, text in texts.items():
        button = buttons.button(standard)
        if button is not None:
            button.setText(text)
