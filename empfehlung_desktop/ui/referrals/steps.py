"""Small dialogs that ask what a workflow step needs (note, meeting, consent, outcome …).

The steps with the partner (finding one, the inquiry, the match) are in
:mod:`.partner_steps`.

Each has ``values()`` and a classmethod ``ask(...)`` that shows it modally and
returns the values or None; tests patch ``ask`` or drive the dialog directly.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from empfehlung_desktop.model import ReferralOutcome
from empfehlung_desktop.ui import theme
from empfehlung_desktop.ui.formats import date_format
from empfehlung_desktop.ui.referrals.models import label


def date_edit(value: dt.date, *, latest: bool = False) -> QDateEdit:
    """A date field; with ``latest`` the value is also the last day it offers (today)."""
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    if latest:
        edit.setMaximumDate(QDate(value.year, value.month, value.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_format())
    return edit


def py_date(edit: QDateEdit) -> dt.date:
    q = edit.date()
    return dt.date(q.year(), q.month(), q.day())


@dataclass(frozen=True)
class Earliest:
    """The first date a step may carry and the German reason shown when it is earlier."""

    day: dt.date
    message: str


class _StepDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.form = QFormLayout()
        self.note = QLineEdit()
        self.error = QLabel()
        self.error.setObjectName("dateError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(theme.text_style("error"))
        self.error.hide()
        self._limits: list[tuple[QDateEdit, Earliest]] = []
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def add_note_row(self) -> None:
        self.form.addRow(self.tr("Notiz (optional)"), self.note)

    def limit(self, edit: QDateEdit, earliest: Earliest | None) -> None:
        """Refuse a date before ``earliest`` at ``edit`` (the dialog stays open)."""
        if earliest is not None:
            self._limits.append((edit, earliest))
            edit.dateChanged.connect(lambda _d: self.error.hide())

    def date_problem(self) -> str | None:
        """The first date that breaks its limit, focused; its message, or None."""
        for edit, earliest in self._limits:
            if py_date(edit) < earliest.day:
                edit.setFocus()
                return earliest.message
        return None

    def accept(self) -> None:
        problem = self.date_problem()
        if problem is not None:
            self.error.setText(problem)
            self.error.show()
            return
        super().accept()


class NoteDialog(_StepDialog):
    """A plain step: only a date and an optional note."""

    def __init__(
        self,
        title: str,
        today: dt.date,
        earliest: Earliest | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self.on = date_edit(today, latest=True)
        self.form.addRow(self.tr("Datum"), self.on)
        self.limit(self.on, earliest)
        self.add_note_row()

    def values(self) -> tuple[dt.date, str]:
        return py_date(self.on), self.note.text()

    @classmethod
    def ask(
        cls, parent: QWidget | None, title: str, today: dt.date, earliest: Earliest | None = None
    ) -> tuple[dt.date, str] | None:
        dialog = cls(title, today, earliest, parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


@dataclass(frozen=True)
class MeetingAnswer:
    meeting_at: dt.datetime
    place: str
    on: dt.date
    note: str


class MeetingDialog(_StepDialog):
    """Incoming: the first meeting's day, time and place; it goes onto the Anfrage."""

    def __init__(
        self, today: dt.date, earliest: Earliest | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(QCoreApplication.translate("Referrals", "Erstgespräch vereinbart"), parent)
        intro = QLabel(
            self.tr(
                "Das Erstgespräch wird in der Anfrage eingetragen (sie wird bei Bedarf angelegt)."
            )
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.meeting_day = date_edit(today + dt.timedelta(days=1))
        self.form.addRow(self.tr("Erstgespräch am"), self.meeting_day)
        self.meeting_time = QTimeEdit(QTime(10, 0))
        self.meeting_time.setDisplayFormat("HH:mm")
        self.form.addRow(self.tr("Uhrzeit"), self.meeting_time)
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("z. B. Praxis, Telefon oder Link zum Videocall"))
        self.form.addRow(self.tr("Ort oder Link"), self.place)
        self.on = date_edit(today)
        self.form.addRow(self.tr("Vereinbart am"), self.on)
        self.limit(self.on, earliest)
        self.limit(self.meeting_day, earliest)
        self.add_note_row()

    def values(self) -> MeetingAnswer:
        t = self.meeting_time.time()
        meeting = dt.datetime.combine(py_date(self.meeting_day), dt.time(t.hour(), t.minute()))
        return MeetingAnswer(meeting, self.place.text(), py_date(self.on), self.note.text())

    @classmethod
    def ask(
        cls, parent: QWidget | None, today: dt.date, earliest: Earliest | None = None
    ) -> MeetingAnswer | None:
        dialog = cls(today, earliest, parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


@dataclass(frozen=True)
class ConsentAnswer:
    given: bool
    on: dt.date
    how: str
    anonymous: bool
    note: str


class ConsentDialog(_StepDialog):
    """Step 1: may the recipient's contact details be passed on?"""

    def __init__(
        self, today: dt.date, earliest: Earliest | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            QCoreApplication.translate("Referrals", "Bedarf geklärt – Einwilligung festhalten"),
            parent,
        )
        intro = QLabel(
            self.tr(
                "Haben Sie mit der Person geklärt, was sie braucht und erwartet – und ob Sie "
                "ihre Kontaktdaten an einen Partner weitergeben dürfen?"
            )
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.yes = QRadioButton(self.tr("Ja, Kontaktdaten dürfen weitergegeben werden"))
        self.no = QRadioButton(self.tr("Nein – anonym bleiben (sie erhält die Daten des Partners)"))
        # Nothing is preselected: the answer is the person's, and a wrong default would
        # pass on details without consent.
        self.form.addRow(self.yes)
        self.form.addRow(self.no)
        self.on = date_edit(today, latest=True)
        self.form.addRow(self.tr("Datum der Einwilligung"), self.on)
        self.limit(self.on, earliest)
        self.how = QComboBox()
        self.how.setEditable(True)
        self.how.addItems(
            [
                self.tr("mündlich"),
                self.tr("telefonisch"),
                self.tr("per E-Mail"),
                self.tr("schriftlich"),
            ]
        )
        self.form.addRow(self.tr("Wie"), self.how)
        self.anonymous = QCheckBox(
            self.tr("Die Person möchte trotzdem anonym bleiben (sie erhält die Daten des Partners)")
        )
        self.no.toggled.connect(self._sync_anonymous)
        self.form.addRow(self.anonymous)
        self.add_note_row()

    def _sync_anonymous(self, without_consent: bool) -> None:
        # Without consent the anonymous way is the only one.
        if without_consent:
            self.anonymous.setChecked(True)
        self.anonymous.setEnabled(not without_consent)

    def date_problem(self) -> str | None:
        if not (self.yes.isChecked() or self.no.isChecked()):
            self.yes.setFocus()
            return self.tr("Bitte angeben, ob die Kontaktdaten weitergegeben werden dürfen.")
        return super().date_problem()

    def values(self) -> ConsentAnswer:
        return ConsentAnswer(
            given=self.yes.isChecked(),
            on=py_date(self.on),
            how=self.how.currentText(),
            anonymous=self.anonymous.isChecked() or self.no.isChecked(),
            note=self.note.text(),
        )

    @classmethod
    def ask(
        cls, parent: QWidget | None, today: dt.date, earliest: Earliest | None = None
    ) -> ConsentAnswer | None:
        dialog = cls(today, earliest, parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


class OutcomeDialog(_StepDialog):
    """Follow-up done or closing: what came of it?"""

    def __init__(
        self,
        title: str,
        today: dt.date,
        earliest: Earliest | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self.outcome = QComboBox()
        for outcome in ReferralOutcome:
            self.outcome.addItem(label(outcome), outcome)
        self.form.addRow(self.tr("Ergebnis"), self.outcome)
        self.on = date_edit(today, latest=True)
        self.form.addRow(self.tr("Datum"), self.on)
        self.limit(self.on, earliest)
        self.add_note_row()

    def values(self) -> tuple[ReferralOutcome, dt.date, str]:
        return ReferralOutcome(self.outcome.currentData()), py_date(self.on), self.note.text()

    @classmethod
    def ask(
        cls, parent: QWidget | None, title: str, today: dt.date, earliest: Earliest | None = None
    ) -> tuple[ReferralOutcome, dt.date, str] | None:
        dialog = cls(title, today, earliest, parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
