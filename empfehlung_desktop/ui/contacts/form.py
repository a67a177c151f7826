"""The contact form: create or edit one contact; errors appear at the field."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from empfehlung_desktop.errors import ConflictError, StoreError, UserError, ValidationError
from empfehlung_desktop.model import ContactSource, Role, SpiralStage
from empfehlung_desktop.services.contacts import contacts as contact_service
from empfehlung_desktop.services.contacts.contacts import ContactData
from empfehlung_desktop.services.contacts.snapshots import ContactSnapshot, snapshot_contact
from empfehlung_desktop.services.contacts.validation import normalize_email, normalize_phone
from empfehlung_desktop.store.database import Database, describe_operational_error
from empfehlung_desktop.ui.formats import date_format
from empfehlung_desktop.ui.i18n import enum_label
from empfehlung_desktop.ui.widgets.contact_picker import ContactPicker

ERROR_STYLE = "color: #b00020;"


class ContactDialog(QDialog):
    """Form for one contact. ``save()`` writes it; on success ``before``/``after``
    hold the snapshots for the undo stack and the dialog is accepted."""

    def __init__(
        self,
        db: Database,
        today: dt.date,
        contact_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.today = today
        self.contact_id = contact_id
        self.version: int | None = None
        self.before: ContactSnapshot | None = None
        self.after: ContactSnapshot | None = None
        self._loaded_stage: SpiralStage | None = None
        self.setWindowTitle(self.tr("Neuer Kontakt") if contact_id is None else self.tr("Kontakt"))
        self.setMinimumWidth(560)
        self._errors: dict[str, QLabel] = {}
        self._build()
        if contact_id is not None:
            self._load(contact_id)
        self._update_enabled()

    # -- building -------------------------------------------------------------
    def _build(self) -> None:
        self.name = QLineEdit()
        self.organisation = QLineEdit()
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("z. B. 0761 123456 oder +41 44 123 45 67"))
        self.profession = QLineEdit()
        self.competences = QLineEdit()
        self.competences.setPlaceholderText(self.tr("durch Kommas getrennt"))
        self.role_boxes = {role: QCheckBox(enum_label(role)) for role in Role.singles()}
        roles = QWidget()
        roles_layout = QHBoxLayout(roles)
        roles_layout.setContentsMargins(0, 0, 0, 0)
        for box in self.role_boxes.values():
            roles_layout.addWidget(box)
        roles_layout.addStretch(1)
        self.source = QComboBox()
        self.source.addItem("—", None)
        for source in ContactSource:
            self.source.addItem(enum_label(source), source)
        self.referred_by = ContactPicker(self.db, exclude_id=self.contact_id)
        self.stage = QComboBox()
        self.stage.addItem("—", None)
        for stage in SpiralStage:
            self.stage.addItem(enum_label(stage), stage)
        self.spiral_note = QLineEdit()
        self.spiral_note.setPlaceholderText(self.tr("Notiz zur Stufenänderung (optional)"))
        self.consent = QCheckBox(self.tr("Einverstanden, dass Kontaktdaten weitergegeben werden"))
        today = QDate(self.today.year, self.today.month, self.today.day)
        self.consent_on = QDateEdit(today)
        self.consent_on.setMaximumDate(today)  # a consent cannot be given in the future
        self.consent_on.setCalendarPopup(True)
        self.consent_on.setDisplayFormat(date_format())
        self.notes = QPlainTextEdit()
        self.notes.setMinimumHeight(80)

        form = QFormLayout()
        form.addRow(self.tr("&Name"), self._with_error("name", self.name))
        form.addRow(self.tr("&Organisation"), self._with_error("organisation", self.organisation))
        form.addRow(self.tr("&E-Mail"), self._with_error("email", self.email))
        form.addRow(self.tr("&Telefon"), self._with_error("phone", self.phone))
        form.addRow(self.tr("&Beruf"), self.profession)
        form.addRow(self.tr("&Kompetenzen"), self.competences)
        form.addRow(self.tr("Rollen"), roles)
        form.addRow(self.tr("&Herkunft"), self.source)
        form.addRow(self.tr("Empfohlen &von"), self._with_error("referred_by_id", self.referred_by))
        form.addRow(self.tr("&Stufe"), self.stage)
        form.addRow("", self.spiral_note)
        form.addRow(self.tr("Weitergabe"), self.consent)
        consent_on = self._with_error("consent_share_on", self.consent_on)
        form.addRow(self.tr("Einverstanden am"), consent_on)
        form.addRow(self.tr("N&otizen"), self.notes)

        self.general_error = QLabel()
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Speichern"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

        self.stage.currentIndexChanged.connect(self._update_enabled)
        self.consent.toggled.connect(self._update_enabled)
        self.email.editingFinished.connect(self._check_email)
        self.phone.editingFinished.connect(self._check_phone)

    def _with_error(self, field: str, widget: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        label = QLabel()
        label.setObjectName(f"error_{field}")
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        layout.addWidget(label)
        self._errors[field] = label
        return box

    def _update_enabled(self) -> None:
        changed = self.stage.currentData() is not None and (
            self.stage.currentData() != self._loaded_stage
        )
        self.spiral_note.setEnabled(changed)
        self.consent_on.setEnabled(self.consent.isChecked())

    # -- data -----------------------------------------------------------------
    def _load(self, contact_id: int) -> None:
        with self.db.reader() as session:
            contact = contact_service.get_contact(session, contact_id)
            data = ContactData.from_contact(contact)
            self.version = contact.version
        self.setWindowTitle(self.tr("Kontakt „{name}“").format(name=data.name))
        self.set_data(data)

    def set_data(self, data: ContactData) -> None:
        self.name.setText(data.name)
        self.organisation.setText(data.organisation)
        self.email.setText(data.email)
        self.phone.setText(data.phone)
        self.profession.setText(data.profession)
        self.competences.setText(data.competences)
        for role, box in self.role_boxes.items():
            box.setChecked(role in data.roles)
        self.source.setCurrentIndex(max(0, self.source.findData(data.source)))
        self.referred_by.set_contact_id(data.referred_by_id)
        self._loaded_stage = data.spiral_stage
        self.stage.setCurrentIndex(max(0, self.stage.findData(data.spiral_stage)))
        self.consent.setChecked(data.consent_share)
        if data.consent_share_on is not None:
            self.consent_on.setDate(QDate(data.consent_share_on))
        self.notes.setPlainText(data.notes)
        self._update_enabled()

    def data(self) -> ContactData:
        roles = Role(0)
        for role, box in self.role_boxes.items():
            if box.isChecked():
                roles |= role
        consent_on: dt.date | None = None
        if self.consent.isChecked():
            picked = self.consent_on.date().toPython()
            consent_on = picked if isinstance(picked, dt.date) else None
        return ContactData(
            name=self.name.text(),
            organisation=self.organisation.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            profession=self.profession.text(),
            competences=self.competences.text(),
            roles=roles,
            source=self.source.currentData(),
            referred_by_id=self.referred_by.contact_id(),
            spiral_stage=self.stage.currentData(),
            notes=self.notes.toPlainText(),
            consent_share=self.consent.isChecked(),
            consent_share_on=consent_on,
            spiral_note=self.spiral_note.text().strip() if self.spiral_note.isEnabled() else "",
        )

    # -- validation and saving ------------------------------------------------
    def show_errors(self, errors: dict[str, str]) -> None:
        for field, label in self._errors.items():
            message = errors.get(field, "")
            label.setText(message)
            label.setVisible(bool(message))
        unknown = [m for f, m in errors.items() if f not in self._errors]
        self.general_error.setText("\n".join(unknown))
        self.general_error.setVisible(bool(unknown))
        for field, widget in (("name", self.name), ("email", self.email), ("phone", self.phone)):
            if field in errors:
                widget.setFocus()
                break

    def field_error(self, field: str) -> str:
        label = self._errors[field]
        return label.text() if not label.isHidden() else ""

    def _check_email(self) -> None:
        _value, error = normalize_email(self.email.text())
        self._set_field_error("email", error)

    def _check_phone(self) -> None:
        value, error = normalize_phone(self.phone.text())
        self._set_field_error("phone", error)
        if error is None and value != self.phone.text():
            self.phone.setText(value)

    def _set_field_error(self, field: str, message: str | None) -> None:
        self._errors[field].setText(message or "")
        self._errors[field].setVisible(bool(message))

    def save(self) -> bool:
        """Validate and write in one unit of work; nothing is saved half."""
        data = self.data()
        try:
            with self.db.session() as session:
                if self.contact_id is None:
                    contact = contact_service.create_contact(session, data, today=self.today)
                    before = None
                else:
                    before = snapshot_contact(session, self.contact_id)
                    contact = contact_service.update_contact(
                        session,
                        self.contact_id,
                        data,
                        expected_version=self.version,
                        today=self.today,
                    )
                after = snapshot_contact(session, contact.id)
        except ValidationError as exc:
            self.show_errors(exc.fields)
            return False
        except ConflictError as exc:
            # Keep the typed input: the user can copy it before reloading.
            QMessageBox.warning(self, self.tr("Nicht gespeichert"), exc.message)
            return False
        except (UserError, StoreError, SQLAlchemyError) as exc:
            QMessageBox.warning(self, self.tr("Nicht gespeichert"), _message(exc))
            return False
        self.show_errors({})
        self.before, self.after = before, after
        self.contact_id = after.contact_id
        self.accept()
        return True


def _message(exc: Exception) -> str:
    if isinstance(exc, UserError):
        return exc.message
    if isinstance(exc, OperationalError):
        return describe_operational_error(exc)
    return str(exc)
