"""The contact form's name block: Anrede, title, given and family name, suffix,
display name, Sie/du, and the greeting line letters begin with.

A typed display name fills the parts ("Dr. Nina Petersen"), and the parts compose
the display name, unless the stored display name differs from its parts (an
import's "FN:Maxl" beside "N:Mustermann;Max"): then neither overwrites the other.
Texts keep the context "ContactDialog", so their translations stay where they were.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from empfehlung_desktop.model import AddressForm, Salutation
from empfehlung_desktop.names import compose_name, split_name
from empfehlung_desktop.services.contacts.contacts import ContactData
from empfehlung_desktop.services.contacts.person import greeting
from empfehlung_desktop.ui.i18n import enum_label

_SALUTATION_CODES = {"ms": Salutation.MS, "mr": Salutation.MR}
TITLES = ("", "Dr.", "Prof.", "Prof. Dr.", "Dr. med.", "Dipl.-Ing.", "Mag.")


class Names(NamedTuple):
    """The name as the form holds it (parts completed from a typed display name)."""

    name: str
    salutation: Salutation
    title: str
    given_name: str
    family_name: str
    name_suffix: str


class NameFields:
    """The name widgets (the dialog lays them out) and how they follow each other."""

    def __init__(self) -> None:
        self.synced_name = ""
        # Name and parts follow each other unless the stored display name differs from
        # its parts (an import's "FN:Maxl" beside "N:Mustermann;Max"): then neither
        # overwrites the other.
        self.linked = True
        self.salutation = QComboBox()
        for member in Salutation:
            self.salutation.addItem(enum_label(member), member)
        self.title_field = QComboBox()
        self.title_field.setEditable(True)
        self.title_field.addItems(list(TITLES))
        self.given_name = QLineEdit()
        self.family_name = QLineEdit()
        self.name_suffix = QLineEdit()
        self.name_suffix.setPlaceholderText(
            QCoreApplication.translate("ContactDialog", "z. B. MBA")
        )
        self.name = QLineEdit()
        self.name.setPlaceholderText(
            QCoreApplication.translate(
                "ContactDialog", "wird aus Titel, Vor- und Nachname gebildet"
            )
        )
        self.address_form = QComboBox()
        self.address_form.addItem(
            QCoreApplication.translate("ContactDialog", "Sie"), AddressForm.FORMAL
        )
        self.address_form.addItem(
            QCoreApplication.translate("ContactDialog", "du"), AddressForm.INFORMAL
        )
        self.greeting_preview = QLabel()
        self.greeting_preview.setWordWrap(True)

    def connect(self) -> None:
        """Let name and parts follow each other and keep the greeting line current."""
        self.name.textEdited.connect(self.name_edited)
        for part in (self.given_name, self.family_name, self.name_suffix):
            part.textEdited.connect(self.parts_edited)
        self.title_field.editTextChanged.connect(self.parts_edited)
        for combo in (self.salutation, self.address_form):
            combo.currentIndexChanged.connect(self.update_greeting)

    def set_names(self, data: ContactData) -> None:
        self.salutation.setCurrentIndex(max(0, self.salutation.findData(data.salutation)))
        self.title_field.setEditText(data.title)
        self.given_name.setText(data.given_name)
        self.family_name.setText(data.family_name)
        self.name_suffix.setText(data.name_suffix)
        self.name.setText(data.name)
        self.synced_name = data.name
        composed = compose_name(data.given_name, data.family_name, data.title, data.name_suffix)
        self.linked = not (data.given_name or data.family_name) or composed == data.name
        self.address_form.setCurrentIndex(max(0, self.address_form.findData(data.address_form)))

    def values(self) -> Names:
        name = self.name.text()
        given, family = self.given_name.text(), self.family_name.text()
        title, suffix = self.title_field.currentText(), self.name_suffix.text()
        salutation = Salutation(self.salutation.currentData())
        changed = " ".join(name.split()) != " ".join(self.synced_name.split())
        if self.linked and changed:
            # The display name was changed directly: its parts follow it.
            parts = split_name(name)
            given, family, title, suffix = parts.given, parts.family, parts.title, parts.suffix
            if salutation is Salutation.NONE:
                salutation = _SALUTATION_CODES.get(parts.salutation, Salutation.NONE)
        return Names(name, salutation, title, given, family, suffix)

    def name_edited(self, text: str) -> None:
        if not self.linked:
            self.synced_name = text
            return
        parts = split_name(text)
        for widget, value in (
            (self.given_name, parts.given),
            (self.family_name, parts.family),
            (self.name_suffix, parts.suffix),
        ):
            widget.setText(value)
        blocked = self.title_field.blockSignals(True)
        self.title_field.setEditText(parts.title)
        self.title_field.blockSignals(blocked)
        if parts.salutation and self.salutation.currentData() == Salutation.NONE:
            code = _SALUTATION_CODES[parts.salutation]
            self.salutation.setCurrentIndex(self.salutation.findData(code))
        self.synced_name = text
        self.update_greeting()

    def parts_edited(self, _text: str = "") -> None:
        if not self.linked:
            self.update_greeting()
            return
        composed = compose_name(
            self.given_name.text(),
            self.family_name.text(),
            self.title_field.currentText(),
            self.name_suffix.text(),
        )
        self.name.setText(composed)
        self.synced_name = composed
        self.update_greeting()

    def update_greeting(self) -> None:
        line = greeting(
            salutation=Salutation(self.salutation.currentData()),
            title=self.title_field.currentText(),
            given_name=self.given_name.text(),
            family_name=self.family_name.text(),
            address_form=AddressForm(self.address_form.currentData()),
            fallback_name=self.name.text(),
        )
        self.greeting_preview.setText(
            QCoreApplication.translate("ContactDialog", "Briefe beginnen mit: {line}").format(
                line=line
            )
        )
