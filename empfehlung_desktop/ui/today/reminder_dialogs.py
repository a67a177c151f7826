"""Dialogs for one's own reminders and a person's keep-in-touch rhythm.

Each has a classmethod ``ask(...)`` returning the input or ``None`` on cancel,
so tests can monkeypatch it instead of driving a modal dialog.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from empfehlung_desktop.store.database import Database
from empfehlung_desktop.ui.today.dialogs import date_edit, from_qdate, to_qdate
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
        self.error.setStyleSheet("color: #b91c1c;")
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


class RhythmDialog(QDialog):
    """A person's own keep-in-touch rhythm, or the rhythm of their roles."""

    def __init__(self, name: str, days: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kontakt-Rhythmus – {name}").format(name=name))
        layout = QVBoxLayout(self)
        self.own = QCheckBox(self.tr("Eigener Rhythmus für diese Person"))
        self.own.setChecked(days is not None)
        layout.addWidget(self.own)
        self.days = QSpinBox()
        self.days.setRange(0, 3650)
        self.days.setSuffix(self.tr(" Tage (0 = nie)"))
        self.days.setValue(days if days is not None else 90)
        self.days.setEnabled(days is not None)
        self.own.toggled.connect(self.days.setEnabled)
        form = QFormLayout()
        form.addRow(self.tr("Melden alle"), self.days)
        layout.addLayout(form)
        hint = QLabel(self.tr("Ohne eigenen Rhythmus gilt der Rhythmus der Rollen (Regeln …)."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def value(self) -> int | None:
        return self.days.value() if self.own.isChecked() else None

    @classmethod
    def ask(cls, parent: QWidget | None, name: str, days: int | None) -> tuple[int | None] | None:
        """``(days,)`` with None for "as the roles", or None when cancelled."""
        dialog = cls(name, days, parent)
        return (dialog.value(),) if dialog.exec() == QDialog.DialogCode.Accepted else None
