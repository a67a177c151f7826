"""The contact form: create or edit one contact; errors appear at the field."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtGui import QKeySequence, QShortcut
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
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from empfehlung_desktop.errors import ConflictError, StoreError, UserError, ValidationError
from empfehlung_desktop.interchange.countries import country_code
from empfehlung_desktop.model import AddressForm, ContactSource, Role, SpiralStage
from empfehlung_desktop.services import settings
from empfehlung_desktop.services.contacts import contacts as contact_service
from empfehlung_desktop.services.contacts.contacts import ContactData
from empfehlung_desktop.services.contacts.duplicates import Duplicate
from empfehlung_desktop.services.contacts.person import format_birthday, parse_birthday
from empfehlung_desktop.services.contacts.snapshots import ContactSnapshot, snapshot_contact
from empfehlung_desktop.services.contacts.validation import check_phone, normalize_email
from empfehlung_desktop.services.today import care as care_service
from empfehlung_desktop.store.database import Database, describe_operational_error
from empfehlung_desktop.ui import theme
from empfehlung_desktop.ui.contacts import form_duplicates
from empfehlung_desktop.ui.contacts.care_fields import CareFields
from empfehlung_desktop.ui.contacts.form_lists import AddressesEditor, DetailsEditor
from empfehlung_desktop.ui.contacts.form_names import NameFields
from empfehlung_desktop.ui.formats import date_format
from empfehlung_desktop.ui.i18n import enum_label
from empfehlung_desktop.ui.widgets.contact_picker import ContactPicker

# Which tab holds the field an error names (the others are on the first tab).
_TAB_OF_FIELD = {
    "email": 1,
    "phone": 1,
    "referred_by_id": 2,
    "consent_share_on": 2,
    "keep_in_touch_days": 2,
}


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
        self._initial: ContactData | None = None
        self._confirmed_duplicates: list[int] = []
        self.setWindowTitle(self.tr("Neuer Kontakt") if contact_id is None else self.tr("Kontakt"))
        self.setMinimumWidth(560)
        self._errors: dict[str, QLabel] = {}
        self._build()
        if contact_id is not None:
            self._load(contact_id)
        self._update_enabled()
        self.names.update_greeting()
        self._initial = self.data()

    # -- building -------------------------------------------------------------
    def _build(self) -> None:
        self.names = NameFields()
        self.salutation = self.names.salutation
        self.title_field = self.names.title_field
        self.given_name = self.names.given_name
        self.family_name = self.names.family_name
        self.name_suffix = self.names.name_suffix
        self.name = self.names.name
        self.address_form = self.names.address_form
        self.greeting_preview = self.names.greeting_preview
        self.birthday = QLineEdit()
        self.birthday.setPlaceholderText(self.tr("TT.MM.JJJJ oder TT.MM."))
        self.organisation = QLineEdit()
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("z. B. 0761 123456 oder +41 44 123 45 67"))
        self.phone_hint = QLabel()
        self.phone_hint.setStyleSheet(theme.text_style("warning"))
        self.phone_hint.setWordWrap(True)
        self.phone_hint.hide()
        self.profession = QLineEdit()
        self.competences = QLineEdit()
        self.competences.setPlaceholderText(self.tr("durch Kommas getrennt"))
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("durch Kommas getrennt, z. B. Supervision, BNI"))
        self.details = DetailsEditor()
        self.addresses = AddressesEditor()
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
        self.spiral_note.setAccessibleName(self.tr("Notiz zur Stufenänderung"))
        self.consent = QCheckBox(self.tr("Einverstanden, dass Kontaktdaten weitergegeben werden"))
        today = QDate(self.today.year, self.today.month, self.today.day)
        self.consent_on = QDateEdit(today)
        self.consent_on.setMaximumDate(today)  # a consent cannot be given in the future
        self.consent_on.setCalendarPopup(True)
        self.consent_on.setDisplayFormat(date_format())
        self.care = CareFields()
        self.notes = QPlainTextEdit()
        self.notes.setMinimumHeight(80)
        self.notes.setTabChangesFocus(True)

        person = QFormLayout()
        person.addRow(self.tr("&Anrede"), self.salutation)
        person.addRow(self.tr("T&itel"), self._with_error("title", self.title_field))
        person.addRow(self.tr("&Vorname"), self._with_error("given_name", self.given_name))
        person.addRow(self.tr("Nach&name"), self._with_error("family_name", self.family_name))
        person.addRow(self.tr("Namens&zusatz"), self._with_error("name_suffix", self.name_suffix))
        person.addRow(self.tr("Anzeige&name"), self._with_error("name", self.name))
        person.addRow(self.tr("Ans&prache"), self.address_form)
        person.addRow("", self.greeting_preview)
        person.addRow(self.tr("&Geburtstag"), self._with_error("birthday", self.birthday))
        person.addRow(self.tr("&Organisation"), self._with_error("organisation", self.organisation))
        person.addRow(self.tr("&Beruf"), self.profession)
        person.addRow(self.tr("&Kompetenzen"), self.competences)
        person.addRow(self.tr("Schlag&wörter"), self._with_error("tags", self.tags))

        reach = QFormLayout()
        reach.addRow(self.tr("&E-Mail"), self._with_error("email", self.email))
        phone_box = self._with_error("phone", self.phone)
        phone_layout = phone_box.layout()
        if phone_layout is not None:
            phone_layout.addWidget(self.phone_hint)
        reach.addRow(self.tr("&Telefon"), phone_box)
        reach.addRow(self.tr("&Weitere"), self._with_error("details", self.details))
        reach.addRow(self.tr("A&dressen"), self.addresses)

        relation = QFormLayout()
        relation.addRow(self.tr("Rollen"), roles)
        relation.addRow(self.tr("&Herkunft"), self.source)
        relation.addRow(
            self.tr("Empfohlen &von"), self._with_error("referred_by_id", self.referred_by)
        )
        relation.addRow(self.tr("&Stufe"), self.stage)
        relation.addRow("", self.spiral_note)
        relation.addRow(self.tr("Weitergabe"), self.consent)
        consent_on = self._with_error("consent_share_on", self.consent_on)
        relation.addRow(self.tr("Einverstanden am"), consent_on)
        relation.addRow(
            self.tr("Kontakt halten alle"), self._with_error("keep_in_touch_days", self.care)
        )
        relation.addRow(self.tr("Empfehlungen"), self.care.never_ask)

        notes = QVBoxLayout()
        notes_label = QLabel(self.tr("N&otizen"))
        notes_label.setBuddy(self.notes)
        notes.addWidget(notes_label)
        notes.addWidget(self.notes)

        self.tabs = QTabWidget()
        for layout, title in (
            (person, self.tr("Person")),
            (reach, self.tr("Erreichbarkeit")),
            (relation, self.tr("Beziehung")),
            (notes, self.tr("Notizen")),
        ):
            page = QWidget()
            page.setLayout(layout)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setWidget(page)
            self.tabs.addTab(scroll, title)
        self.duplicate_warning = QLabel()
        self.duplicate_warning.setStyleSheet(theme.text_style("warning"))
        self.duplicate_warning.setWordWrap(True)
        self.duplicate_warning.hide()

        self.general_error = QLabel()
        self.general_error.setStyleSheet(theme.text_style("error"))
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
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.duplicate_warning)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

        self.stage.currentIndexChanged.connect(self._update_enabled)
        self.consent.toggled.connect(self._update_enabled)
        self.email.editingFinished.connect(self._check_email)
        self.phone.editingFinished.connect(self._check_phone)
        self.names.connect()
        self.birthday.editingFinished.connect(self._check_birthday)
        self.resize(720, 600)

    def _with_error(self, field: str, widget: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        label = QLabel()
        label.setObjectName(f"error_{field}")
        label.setStyleSheet(theme.text_style("error"))
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
            self.care.load(care_service.get_care(session, contact_id))
        self.setWindowTitle(self.tr("Kontakt „{name}“").format(name=data.name))
        self.set_data(data)

    def set_data(self, data: ContactData) -> None:
        self.names.set_names(data)
        self.birthday.setText(format_birthday(data.birth_day, data.birth_month, data.birth_year))
        self.tags.setText(data.tags)
        self.details.set_details(data.details)
        self.addresses.set_addresses(data.addresses)
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
        names = self.names.values()
        try:
            birth_day, birth_month, birth_year = parse_birthday(self.birthday.text())
        except ValueError:
            birth_day, birth_month, birth_year = 0, 0, None  # refused by the service
        return ContactData(
            name=names.name,
            salutation=names.salutation,
            title=names.title,
            given_name=names.given_name,
            family_name=names.family_name,
            name_suffix=names.name_suffix,
            address_form=AddressForm(self.address_form.currentData()),
            birth_day=birth_day,
            birth_month=birth_month,
            birth_year=birth_year,
            tags=self.tags.text(),
            details=self.details.details(),
            addresses=self.addresses.addresses(),
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
        unknown = [
            m for f, m in errors.items() if f not in self._errors and not f.startswith("details.")
        ]
        self.general_error.setText("\n".join(unknown))
        self.general_error.setVisible(bool(unknown))
        focus = (
            ("name", self.name),
            ("given_name", self.given_name),
            ("family_name", self.family_name),
            ("birthday", self.birthday),
            ("email", self.email),
            ("phone", self.phone),
            ("referred_by_id", self.referred_by),
            ("consent_share_on", self.consent_on),
            ("keep_in_touch_days", self.care.rhythm),
        )
        for field, widget in focus:
            if field in errors:
                self.tabs.setCurrentIndex(_TAB_OF_FIELD.get(field, 0))
                widget.setFocus()
                break
        detail_errors = [m for f, m in errors.items() if f.startswith("details.")]
        if detail_errors:
            self._set_field_error("details", "\n".join(detail_errors))
            self.tabs.setCurrentIndex(1)

    def field_error(self, field: str) -> str:
        label = self._errors[field]
        return label.text() if not label.isHidden() else ""

    def _check_email(self) -> None:
        _value, error = normalize_email(self.email.text())
        self._set_field_error("email", error)

    def _check_phone(self) -> None:
        """Format a number only when its country is certain; otherwise say so, keep it."""
        with self.db.reader() as session:
            home = str(settings.get(session, "contacts.phone_country"))
        result = check_phone(
            self.phone.text(),
            country=country_code(self.addresses.first_country()),
            practice_country=home,
        )
        self._set_field_error("phone", result.error)
        self.phone_hint.setText(result.hint or "")
        self.phone_hint.setVisible(bool(result.hint))
        if result.error is None and result.text != self.phone.text():
            self.phone.setText(result.text)

    def _check_birthday(self) -> None:
        try:
            parse_birthday(self.birthday.text())
        except ValueError:
            self._set_field_error("birthday", self.tr("Bitte als TT.MM.JJJJ oder TT.MM. eingeben."))
            return
        self._set_field_error("birthday", None)

    def _set_field_error(self, field: str, message: str | None) -> None:
        self._errors[field].setText(message or "")
        self._errors[field].setVisible(bool(message))

    def has_changes(self) -> bool:
        return self._initial is not None and (
            self.data() != self._initial or self.care.has_changes()
        )

    def reject(self) -> None:
        """Escape or "Abbrechen": never throw typed input away without asking."""
        if self.has_changes():
            answer = QMessageBox.question(
                self,
                self.tr("Änderungen verwerfen?"),
                self.tr("Der Kontakt hat ungespeicherte Änderungen."),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save:
                self.save()
                return
        super().reject()

    def _duplicates(self, data: ContactData) -> list[Duplicate]:
        return form_duplicates.find(self.db, data, self.contact_id)

    def _warn_duplicates(self, found: list[Duplicate]) -> None:
        self.duplicate_warning.setText(form_duplicates.warning(found))
        self.duplicate_warning.show()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            self.tr("Trotzdem speichern")
        )

    def save(self) -> bool:
        """Validate and write in one unit of work; nothing is saved half."""
        data = self.data()
        found = self._duplicates(data)
        ids = sorted(d.contact_id for d in found)
        if found and ids != self._confirmed_duplicates:
            self._confirmed_duplicates = ids
            self._warn_duplicates(found)
            return False
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
                # The person's care choices belong to the same unit of work.
                self.care.write(session, contact.id)
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
