"""Dialogs to record a referral: incoming, outgoing or an introduction."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from empfehlung_desktop.errors import StoreError, UserError, ValidationError
from empfehlung_desktop.model import (
    ContactSource,
    GiverTone,
    ReferralDirection,
    ReferralReason,
    Role,
)
from empfehlung_desktop.services.contacts import contacts as contact_service
from empfehlung_desktop.services.referrals import corrections
from empfehlung_desktop.services.referrals import referrals as referral_service
from empfehlung_desktop.store.database import Database
from empfehlung_desktop.ui import theme
from empfehlung_desktop.ui.formats import date_format
from empfehlung_desktop.ui.referrals.models import TEMPERATURE_HELP, _t, label
from empfehlung_desktop.ui.widgets.contact_picker import ContactPicker

D = ReferralDirection


class PersonField(QWidget):
    """Pick an existing contact, or type name and email to create one on saving."""

    def __init__(self, db: Database, parent: QWidget | None = None, role: Role | None = None):
        super().__init__(parent)
        self.picker = ContactPicker(db, self, role=role)
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("oder neu: Name"))
        self.new_email = QLineEdit()
        self.new_email.setPlaceholderText(self.tr("E-Mail (optional)"))
        self.setFocusProxy(self.picker)
        self.new_name.setAccessibleName(self.tr("Neue Person: Name"))
        self.new_email.setAccessibleName(self.tr("Neue Person: E-Mail"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picker)
        row = QHBoxLayout()
        row.addWidget(self.new_name, 3)
        row.addWidget(self.new_email, 2)
        layout.addLayout(row)

    def resolve(
        self, session: Session, data: contact_service.ContactData, today: dt.date
    ) -> int | None:
        """The chosen contact's id, or a newly created one (``data`` fills the rest)."""
        chosen = self.picker.contact_id()
        if chosen is not None or not self.new_name.text().strip():
            return chosen
        data.name = self.new_name.text()
        data.email = self.new_email.text()
        return contact_service.create_contact(session, data, today=today).id


class ReferralDialog(QDialog):
    """Record a new referral of one direction; saves itself on OK.

    After acceptance ``referral_id`` holds the new referral's id.
    """

    def __init__(
        self,
        db: Database,
        direction: ReferralDirection,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.today = today
        self.direction = direction
        self.referral_id: int | None = None
        self.version: int | None = None  # of the referral being corrected
        self.setWindowTitle(
            {
                D.INCOMING: self.tr("Ich wurde empfohlen"),
                D.OUTGOING: self.tr("Anfrage weiterempfehlen"),
                D.INTRODUCTION: self.tr("Zwei Menschen miteinander bekannt machen"),
            }[direction]
        )
        self.setMinimumWidth(560)
        form = QFormLayout()
        self.giver = ContactPicker(db, self)
        self.recipient = PersonField(db, self)
        self.recommended = ContactPicker(db, self, role=Role.PARTNER)
        self.introduced = ContactPicker(db, self)
        self.need = QPlainTextEdit()
        self.need.setFixedHeight(70)
        self.expectations = QPlainTextEdit()
        self.expectations.setFixedHeight(60)
        self.statement = QPlainTextEdit()
        self.statement.setFixedHeight(60)
        self.temperature = QComboBox()
        for value, text in TEMPERATURE_HELP.items():
            self.temperature.addItem(_t(text), value)
        self.tone = QComboBox()
        for tone in GiverTone:
            self.tone.addItem(label(tone), tone)
        self.tone.setCurrentIndex(1)
        self.reason = QComboBox()
        for reason in ReferralReason:
            self.reason.addItem(label(reason), reason)
        self.reason_note = QLineEdit()
        self.date = QDateEdit(QDate(today.year, today.month, today.day))
        self.date.setMaximumDate(QDate(today.year, today.month, today.day))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(date_format())
        self._build_form(form)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(theme.text_style("error"))
        for edit in (self.need, self.expectations, self.statement):
            edit.setTabChangesFocus(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _build_form(self, form: QFormLayout) -> None:
        if self.direction is D.INCOMING:
            form.addRow(self.tr("Empfohlen von"), self.giver)
            form.addRow(self.tr("Neue Interessentin / neuer Interessent"), self.recipient)
            form.addRow(self.tr("Was hat der Empfehlungsgeber gesagt?"), self.statement)
            form.addRow(self.tr("Temperatur (Aufwand)"), self.temperature)
            form.addRow(self.tr("Ton"), self.tone)
            form.addRow(self.tr("Anliegen"), self.need)
            form.addRow(
                self.tr("Erwartungen der Interessentin / des Interessenten"), self.expectations
            )
        elif self.direction is D.OUTGOING:
            form.addRow(self.tr("Für wen (Empfänger)"), self.recipient)
            form.addRow(self.tr("Anliegen / Herausforderung"), self.need)
            form.addRow(self.tr("Erwartungen an einen Partner"), self.expectations)
            form.addRow(self.tr("Grund der Weitergabe"), self.reason)
            form.addRow(self.tr("Notiz zum Grund"), self.reason_note)
            form.addRow(self.tr("Partner (optional, später wählbar)"), self.recommended)
        else:
            form.addRow(self.tr("Person mit dem Anliegen"), self.recipient)
            form.addRow(self.tr("Wen ich vorstelle"), self.introduced)
            form.addRow(self.tr("Worum es geht"), self.need)
            form.addRow(self.tr("Erwartungen"), self.expectations)
        form.addRow(self.tr("Datum"), self.date)
        # The pickers of the other directions exist (one data path) but stay hidden.
        used = {self.giver: D.INCOMING, self.recommended: D.OUTGOING}
        used[self.introduced] = D.INTRODUCTION
        for picker, direction in used.items():
            picker.setVisible(direction is self.direction)

    def _data(self, session: Session) -> referral_service.ReferralData:
        incoming = self.direction is D.INCOMING
        new_contact = contact_service.ContactData(
            roles=Role.PROSPECT,
            source=ContactSource.REFERRAL if incoming else None,
            referred_by_id=self.giver.contact_id() if incoming else None,
            data_origin="Empfehlung erfasst",
        )
        data = referral_service.ReferralData(
            direction=self.direction,
            recipient_id=self.recipient.resolve(session, new_contact, self.today),
            referred_on=self.date.date().toPython(),  # type: ignore[arg-type]
            need=self.need.toPlainText(),
            expectations=self.expectations.toPlainText(),
        )
        if incoming:
            data.giver_id = self.giver.contact_id()
            data.giver_statement = self.statement.toPlainText()
            data.temperature = self.temperature.currentData()
            data.giver_tone = GiverTone(self.tone.currentData())
        elif self.direction is D.OUTGOING:
            data.reason = ReferralReason(self.reason.currentData())
            data.reason_note = self.reason_note.text()
            data.recommended_id = self.recommended.contact_id()
        else:
            data.recommended_id = self.introduced.contact_id()
        return data

    def prefill(self, referral_id: int) -> None:
        """Turn the dialog into the correction of ``referral_id``: its values, its limits."""
        with self.db.reader() as session:
            referral = referral_service.get_referral(session, referral_id)
            data = corrections.data_of(referral)
            latest, _why = corrections.latest_referral_date(referral, self.today)
            self.version = referral.version
        self.referral_id = referral_id
        self.setWindowTitle(self.tr("Empfehlung korrigieren"))
        self.giver.set_contact_id(data.giver_id)
        self.recipient.picker.set_contact_id(data.recipient_id)
        self.recommended.set_contact_id(data.recommended_id)
        self.introduced.set_contact_id(data.recommended_id)
        self.need.setPlainText(data.need)
        self.expectations.setPlainText(data.expectations)
        self.statement.setPlainText(data.giver_statement)
        for combo, value in (
            (self.temperature, data.temperature),
            (self.tone, data.giver_tone),
            (self.reason, data.reason),
        ):
            index = combo.findData(value)
            if value is not None and index >= 0:
                combo.setCurrentIndex(index)
        self.reason_note.setText(data.reason_note)
        self.date.setMaximumDate(QDate(latest.year, latest.month, latest.day))
        day = data.referred_on or self.today
        self.date.setDate(QDate(day.year, day.month, day.day))

    def _store(self, session: Session) -> int:
        data = self._data(session)
        if self.referral_id is None:
            return referral_service.create_referral(session, data, today=self.today).id
        corrections.update_referral(
            session,
            self.referral_id,
            data,
            today=self.today,
            expected_version=self.version,
        )
        return self.referral_id

    def save(self) -> bool:
        """Create (or correct) the referral and a new contact if typed; problems inline."""
        try:
            with self.db.session() as session:
                self.referral_id = self._store(session)
        except ValidationError as exc:
            self.error.setText(
                self.tr("Bitte prüfen: {problems}").format(problems="\n".join(exc.fields.values()))
            )
            return False
        except (UserError, StoreError) as exc:
            self.error.setText(str(exc))
            return False
        return True

    def accept(self) -> None:
        if self.save():
            super().accept()

    @classmethod
    def ask_direction(cls, parent: QWidget | None) -> ReferralDirection | None:
        """Ctrl+N: which kind of referral?"""
        choices = {
            QCoreApplication.translate("Referrals", "Ich wurde empfohlen (eingehend)"): D.INCOMING,
            QCoreApplication.translate("Referrals", "Ich empfehle weiter (ausgehend)"): D.OUTGOING,
            QCoreApplication.translate(
                "Referrals", "Ich stelle zwei Menschen vor (Vorstellung)"
            ): D.INTRODUCTION,
        }
        text, ok = QInputDialog.getItem(
            parent,
            QCoreApplication.translate("Referrals", "Neue Empfehlung"),
            QCoreApplication.translate("Referrals", "Was möchten Sie festhalten?"),
            list(choices),
            0,
            False,
        )
        return choices.get(text) if ok else None

    @classmethod
    def correct(
        cls, db: Database, referral_id: int, today: dt.date, parent: QWidget | None
    ) -> bool:
        """Show the prefilled dialog for ``referral_id``; True when the correction was saved."""
        with db.reader() as session:
            direction = referral_service.get_referral(session, referral_id).direction
        dialog = cls(db, direction, today, parent)
        dialog.prefill(referral_id)
        return dialog.exec() == QDialog.DialogCode.Accepted

    @classmethod
    def record(
        cls, db: Database, direction: ReferralDirection, today: dt.date, parent: QWidget | None
    ) -> int | None:
        """Show the dialog; the new referral's id or None when cancelled."""
        dialog = cls(db, direction, today, parent)
        return dialog.referral_id if dialog.exec() == QDialog.DialogCode.Accepted else None
