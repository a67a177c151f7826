"""One's own reminder about a person or a record: the dialog and the one-call helper.

Used by Heute (Strg+N, "Erinnerung …" on an item) and by the panels of a contact
and a referral. ``ReminderDialog.ask(...)`` returns the input or ``None`` on
cancel, so tests can monkeypatch it instead of driving a modal dialog. It lives
among the widgets because views on both sides of Heute use it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from empfehlung_desktop.errors import StoreError, UserError
from empfehlung_desktop.services.today import reminders
from empfehlung_desktop.store.database import Database
from empfehlung_desktop.ui import theme
from empfehlung_desktop.ui.context import ViewContext
from empfehlung_desktop.ui.formats import date_edit, from_qdate, to_qdate
from empfehlung_desktop.ui.widgets.contact_picker import ContactPicker


@dataclass(frozen=True)
class ReminderInput:
    text: str
    due_on: dt.date
    contact_id: int | None


class ReminderDialog(QDialog):
    """Text and due day; about a person (picked) or about the record it was opened from."""

    def __init__(
        self,
        db: Database,
        today: dt.date,
        about: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Neue Erinnerung"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("Woran soll erinnert werden?"))
        form.addRow(self.tr("Erinnerung:"), self.text)
        self.due = date_edit(today + dt.timedelta(days=7), self)
        self.due.setMinimumDate(to_qdate(today))
        form.addRow(self.tr("Fällig am:"), self.due)
        self.picker: ContactPicker | None = None
        if about:
            form.addRow(self.tr("Zu:"), QLabel(about))
        else:
            self.picker = ContactPicker(db, self, placeholder=self.tr("optional: eine Person"))
            form.addRow(self.tr("Person:"), self.picker)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setStyleSheet(theme.text_style("error"))
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Speichern"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        if not self.text.text().strip():
            self.error.setText(self.tr("Bitte eingeben, woran erinnert werden soll."))
            self.error.show()
            self.text.setFocus()
            return
        super().accept()

    def value(self) -> ReminderInput:
        return ReminderInput(
            self.text.text().strip(),
            from_qdate(self.due.date()),
            self.picker.contact_id() if self.picker else None,
        )

    @classmethod
    def ask(
        cls, parent: QWidget | None, db: Database, today: dt.date, about: str = ""
    ) -> ReminderInput | None:
        dialog = cls(db, today, about, parent)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None


def remind_about(
    parent: QWidget,
    context: ViewContext,
    about: str,
    *,
    contact_id: int | None = None,
    referral_id: int | None = None,
) -> bool:
    """ "Erinnerung …" from a record's panel: ask, then store it with that record.

    Returns True when a reminder was saved (the status bar says so; Heute lists it
    on its day). Errors are explained and nothing is stored.
    """
    today = context.clock.today()
    answer = ReminderDialog.ask(parent, context.db, today, about)
    if answer is None:
        return False
    try:
        with context.db.session() as session:
            reminders.add_reminder(
                session,
                answer.text,
                answer.due_on,
                today=today,
                contact_id=contact_id,
                referral_id=referral_id,
            )
    except (UserError, StoreError) as exc:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("ReminderDialog", "Erinnerung nicht gespeichert"),
            str(exc),
        )
        return False
    context.show_status(QCoreApplication.translate("ReminderDialog", "Erinnerung gespeichert."))
    context.data_changed("today")
    return True
