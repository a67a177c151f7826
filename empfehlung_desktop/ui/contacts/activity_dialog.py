""" "Kontakt festhalten …": log a call, e-mail, meeting, card or note in one small dialog.

Opened from the contacts view and from a referral's detail; :meth:`ActivityDialog.ask`
returns the input or ``None``, so tests monkeypatch it instead of driving a modal loop.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from empfehlung_desktop.errors import UserError
from empfehlung_desktop.model import ActivityKind
from empfehlung_desktop.services.contacts import activities as activity_service
from empfehlung_desktop.ui.context import ViewContext
from empfehlung_desktop.ui.formats import date_format
from empfehlung_desktop.ui.i18n import enum_label


@dataclass(frozen=True)
class ActivityInput:
    """What the practitioner entered."""

    contact_id: int
    kind: ActivityKind
    on: dt.date
    text: str


class ActivityDialog(QDialog):
    """Person (when there is a choice), kind, day (not after today) and text."""

    def __init__(
        self, today: dt.date, people: list[tuple[int, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kontakt festhalten"))
        self.setMinimumWidth(420)
        form = QFormLayout()
        self.person = QComboBox()
        for contact_id, name in people:
            self.person.addItem(name, contact_id)
        self.person.setEnabled(len(people) > 1)
        form.addRow(self.tr("Mit:"), self.person)
        self.kind = QComboBox()
        for kind in ActivityKind:
            self.kind.addItem(enum_label(kind), kind.value)
        form.addRow(self.tr("Art:"), self.kind)
        self.date = QDateEdit(QDate(today.year, today.month, today.day))
        self.date.setDisplayFormat(date_format())
        self.date.setCalendarPopup(True)
        self.date.setMaximumDate(QDate(today.year, today.month, today.day))
        form.addRow(self.tr("Am:"), self.date)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("Worum ging es? (optional)"))
        self.text.setMinimumHeight(90)
        form.addRow(self.tr("Notiz:"), self.text)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Festhalten"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def value(self) -> ActivityInput:
        day = self.date.date()
        return ActivityInput(
            contact_id=int(self.person.currentData()),
            kind=ActivityKind(self.kind.currentData()),
            on=dt.date(day.year(), day.month(), day.day()),
            text=self.text.toPlainText().strip(),
        )

    @classmethod
    def ask(
        cls, parent: QWidget | None, today: dt.date, people: list[tuple[int, str]]
    ) -> ActivityInput | None:
        dialog = cls(today, people, parent)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None


def log_activity(
    parent: QWidget,
    context: ViewContext,
    people: list[tuple[int, str]],
    *,
    referral_id: int | None = None,
) -> bool:
    """Ask for an activity with one of ``people`` and store it; True when stored."""
    if not people:
        return False
    today = context.clock.today()
    answer = ActivityDialog.ask(parent, today, people)
    if answer is None:
        return False
    try:
        with context.db.session() as session:
            activity_service.add_activity(
                session,
                answer.contact_id,
                answer.kind,
                answer.on,
                answer.text,
                today=today,
                referral_id=referral_id,
            )
    except (UserError, SQLAlchemyError) as exc:
        message = exc.message if isinstance(exc, UserError) else exc.__class__.__name__
        QMessageBox.warning(
            parent, QCoreApplication.translate("ActivityDialog", "Nicht gespeichert"), message
        )
        return False
    context.data_changed("activities")
    context.show_status(QCoreApplication.translate("ActivityDialog", "Kontakt festgehalten."))
    return True
