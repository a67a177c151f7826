"""Dialogs of the engagements view: a new Anfrage, and "Ablehnen & weiterempfehlen".

Each dialog has a classmethod ``ask()`` returning the answer or None, so that
tests can replace it instead of driving a modal dialog.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from empfehlung_desktop.model import ReferralReason
from empfehlung_desktop.services.engagements import engagements as engagement_service
from empfehlung_desktop.store.database import Database
from empfehlung_desktop.ui import theme
from empfehlung_desktop.ui.i18n import enum_label
from empfehlung_desktop.ui.widgets.contact_picker import ContactPicker


@dataclass(frozen=True)
class NewEngagementAnswer:
    """Exactly one of: an existing contact, a new contact's name (+ email), a referral."""

    title: str = ""
    contact_id: int | None = None
    new_name: str = ""
    new_email: str = ""
    referral_id: int | None = None


class NewEngagementDialog(QDialog):
    """New Anfrage: for a known contact, a quickly created one, or from a referral."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Neue Anfrage"))
        self.existing_radio = QRadioButton(self.tr("Für einen &vorhandenen Kontakt"))
        self.new_radio = QRadioButton(self.tr("Für einen &neuen Kontakt"))
        self.referral_radio = QRadioButton(self.tr("Aus einer eingehenden &Empfehlung"))
        self.mode = QButtonGroup(self)
        for button in (self.existing_radio, self.new_radio, self.referral_radio):
            self.mode.addButton(button)
        self.picker = ContactPicker(db)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Vor- und Nachname"))
        self.email_edit = QLineEdit()
        self.email_edit.setPlaceholderText(self.tr("E-Mail (für das Handout)"))
        self.referral_combo = QComboBox()
        with db.reader() as session:
            for choice in engagement_service.open_incoming_referrals(session):
                self.referral_combo.addItem(choice.label, choice.id)
        if self.referral_combo.count() == 0:
            self.referral_combo.addItem(self.tr("Keine offenen eingehenden Empfehlungen"), None)
            self.referral_radio.setEnabled(False)
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(200)
        self.title_edit.setPlaceholderText(self.tr("Worum geht es? (kann später ergänzt werden)"))
        self.error_label = QLabel()
        self.error_label.setStyleSheet(theme.text_style("error"))
        self.error_label.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.existing_radio)
        form.addRow(self.tr("Kontakt:"), self.picker)
        form.addRow(self.new_radio)
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("E-Mail:"), self.email_edit)
        form.addRow(self.referral_radio)
        form.addRow(self.tr("Empfehlung:"), self.referral_combo)
        form.addRow(self.tr("&Titel:"), self.title_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Anlegen"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.mode.buttonToggled.connect(self._update_enabled)
        self.existing_radio.setChecked(True)
        self._update_enabled()

    def _update_enabled(self, *_args: object) -> None:
        self.picker.setEnabled(self.existing_radio.isChecked())
        self.name_edit.setEnabled(self.new_radio.isChecked())
        self.email_edit.setEnabled(self.new_radio.isChecked())
        self.referral_combo.setEnabled(self.referral_radio.isChecked())
        self.title_edit.setEnabled(not self.referral_radio.isChecked())

    def answer(self) -> NewEngagementAnswer | None:
        """The choice, or None with a German hint in ``error_label``."""
        title = self.title_edit.text()
        if self.existing_radio.isChecked():
            if self.picker.contact_id() is None:
                return self._missing(self.tr("Bitte einen Kontakt suchen und auswählen."))
            return NewEngagementAnswer(title=title, contact_id=self.picker.contact_id())
        if self.new_radio.isChecked():
            if not self.name_edit.text().strip():
                return self._missing(self.tr("Bitte den Namen der Person eingeben."))
            return NewEngagementAnswer(
                title=title, new_name=self.name_edit.text(), new_email=self.email_edit.text()
            )
        referral_id = self.referral_combo.currentData()
        if referral_id is None:
            return self._missing(self.tr("Bitte eine Empfehlung auswählen."))
        return NewEngagementAnswer(referral_id=referral_id)

    def _missing(self, message: str) -> NewEngagementAnswer | None:
        self.error_label.setText(message)
        return None

    def accept(self) -> None:
        if self.answer() is not None:
            super().accept()

    @classmethod
    def ask(cls, db: Database, parent: QWidget | None = None) -> NewEngagementAnswer | None:
        dialog = cls(db, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.answer()


@dataclass(frozen=True)
class DeclineAnswer:
    reason: ReferralReason
    note: str


class DeclineReferDialog(QDialog):
    """Ask why the request is passed on; the rest happens in the referrals view."""

    def __init__(self, contact_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ablehnen & weiterempfehlen"))
        intro = QLabel(
            self.tr(
                "Die Anfrage von {name} wird als „weiterempfohlen“ abgeschlossen, und eine "
                "ausgehende Empfehlung wird angelegt. Den passenden Partner wählen Sie "
                "anschließend in „Empfehlungen“ – Schritt für Schritt, mit Einwilligung."
            ).format(name=contact_name)
        )
        intro.setWordWrap(True)
        self.reason_combo = QComboBox()
        for reason in ReferralReason:
            self.reason_combo.addItem(enum_label(reason), reason)
        self.reason_combo.setCurrentIndex(self.reason_combo.findData(ReferralReason.EXPECTATIONS))
        self.note_edit = QPlainTextEdit()
        self.note_edit.setPlaceholderText(self.tr("Optional: kurz, warum (nur für Sie)"))
        self.note_edit.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow(self.tr("&Grund:"), self.reason_combo)
        form.addRow(self.tr("&Notiz:"), self.note_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Ablehnen && weiterempfehlen")
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def answer(self) -> DeclineAnswer:
        reason = ReferralReason(self.reason_combo.currentData())
        return DeclineAnswer(reason, self.note_edit.toPlainText())

    @classmethod
    def ask(cls, contact_name: str, parent: QWidget | None = None) -> DeclineAnswer | None:
        dialog = cls(contact_name, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.answer()
