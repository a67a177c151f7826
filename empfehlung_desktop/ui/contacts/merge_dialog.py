"""Merge two contacts: pick per field which value stays; lists, history and links go along."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QMessageBox,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from empfehlung_desktop.errors import StoreError, UserError
from empfehlung_desktop.model import Contact
from empfehlung_desktop.services.contacts import contacts as contact_service
from empfehlung_desktop.services.contacts.duplicates import (
    MERGE_FIELDS,
    duplicates_of,
    merge_contacts,
)
from empfehlung_desktop.services.contacts.person import format_birthday
from empfehlung_desktop.services.contacts.snapshots import snapshot_contact
from empfehlung_desktop.store.database import Database, describe_operational_error
from empfehlung_desktop.ui.contacts.commands import AfterChange, MergeContactsCommand
from empfehlung_desktop.ui.context import ViewContext
from empfehlung_desktop.ui.formats import date_text
from empfehlung_desktop.ui.i18n import enum_label


class MergeDialog(QDialog):
    """Shows the two contacts side by side; ``take_from_other()`` after acceptance."""

    def __init__(
        self, db: Database, keep_id: int, other_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.keep_id, self.other_id = keep_id, other_id
        self.setWindowTitle(self.tr("Kontakte zusammenführen"))
        self._choices: dict[str, QButtonGroup] = {}
        with db.reader() as session:
            keep = contact_service.get_contact(session, keep_id)
            other = contact_service.get_contact(session, other_id)
            rows = self._rows(keep, other)
            names = keep.name, other.name
        intro = QLabel(
            self.tr(
                "„{other}“ geht in „{keep}“ auf. Wo beide etwas anderes eingetragen haben, "
                "wählen Sie, was bleibt; leere Felder füllt der andere Kontakt. Weitere "
                "E-Mails, Telefonnummern, Adressen, Schlagwörter und Notizen bleiben von "
                "beiden erhalten; Empfehlungen, Anfragen und Verlauf gehen mit. Strg+Z "
                "macht das Zusammenführen rückgängig."
            ).format(other=names[1], keep=names[0])
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        field_header = self.tr("Feld")
        keep_header = self.tr("bleibt: {name}").format(name=names[0])
        other_header = self.tr("geht auf: {name}").format(name=names[1])
        for column, header in enumerate((field_header, keep_header, other_header)):
            grid.addWidget(QLabel(f"<b>{_html(header)}</b>"), 0, column)
        for row, (field, label, mine, theirs) in enumerate(rows, start=1):
            grid.addWidget(QLabel(label), row, 0)
            first, second = QRadioButton(mine), QRadioButton(theirs)
            first.setAccessibleName(
                self.tr("{field}: {value} behalten").format(field=label, value=mine)
            )
            second.setAccessibleName(
                self.tr("{field}: {value} übernehmen").format(field=label, value=theirs)
            )
            first.setChecked(True)
            group = QButtonGroup(self)
            group.addButton(first, 0)
            group.addButton(second, 1)
            self._choices[field] = group
            grid.addWidget(first, row, 1)
            grid.addWidget(second, row, 2)
        if not rows:
            none = QLabel(self.tr("Keine widersprüchlichen Felder."))
            grid.addWidget(none, 1, 0, 1, 3)
        grid.setRowStretch(len(rows) + 2, 1)  # rows at the top, not spread out
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        page = QWidget()
        page.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Zusammenführen"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(720, 460)

    def _rows(self, keep: Contact, other: Contact) -> list[tuple[str, str, str, str]]:
        labels = {
            "name": self.tr("Anzeigename"),
            "salutation": self.tr("Anrede"),
            "title": self.tr("Titel"),
            "given_name": self.tr("Vorname"),
            "family_name": self.tr("Nachname"),
            "name_suffix": self.tr("Namenszusatz"),
            "address_form": self.tr("Ansprache"),
            "organisation": self.tr("Organisation"),
            "email": self.tr("E-Mail"),
            "phone": self.tr("Telefon"),
            "profession": self.tr("Beruf"),
            "referred_by_id": self.tr("Empfohlen von"),
            "source": self.tr("Herkunft"),
            "spiral_stage": self.tr("Stufe"),
            "birthday": self.tr("Geburtstag"),
            "consent_share_on": self.tr("Einverstanden am"),
        }
        rows: list[tuple[str, str, str, str]] = []
        fields = [f for f in MERGE_FIELDS if not f.startswith("birth_")]
        for field in (*fields, "salutation", "address_form", "birthday"):
            mine, theirs = _shown(keep, field), _shown(other, field)
            if mine and theirs and mine != theirs:
                rows.append((field, labels[field], mine, theirs))
        return rows

    def take_from_other(self) -> frozenset[str]:
        """Fields whose value comes from the contact that is merged in."""
        taken: set[str] = set()
        for field, group in self._choices.items():
            if group.checkedId() == 1:
                birthday = {"birth_day", "birth_month", "birth_year"}
                taken |= birthday if field == "birthday" else {field}
        return frozenset(taken)


def _shown(contact: Contact, field: str) -> str:
    if field == "birthday":
        return format_birthday(contact.birth_day, contact.birth_month, contact.birth_year)
    if field == "referred_by_id":
        return contact.referred_by.name if contact.referred_by is not None else ""
    value: Any = getattr(contact, field)
    if value is None:
        return ""
    if field == "salutation" and value.value == "none":
        return ""
    if field == "address_form":
        return str(enum_label(value))
    if hasattr(value, "label"):
        return str(enum_label(value))
    if field == "consent_share_on":
        return date_text(value)
    return str(value)


def _html(text: str) -> str:
    from html import escape

    return escape(text)


def merge_contacts_of(
    parent: QWidget,
    context: ViewContext,
    selected: list[int],
    runner: Callable[[QDialog], bool],
    after_change: AfterChange,
) -> int | None:
    """Merge two selected contacts, or one with its first possible duplicate.

    Asks with a MergeDialog (run by ``runner``); returns the id of the contact
    that stays, or None when nothing was merged (every refusal is explained).
    """
    ids = list(selected)
    if len(ids) == 1:
        try:
            with context.db.reader() as session:
                found = duplicates_of(session, ids[0])
        except (UserError, SQLAlchemyError) as exc:
            QMessageBox.warning(
                parent, QCoreApplication.translate("ContactsView", "Zusammenführen"), _message(exc)
            )
            return None
        if not found:
            QMessageBox.information(
                parent,
                QCoreApplication.translate("ContactsView", "Zusammenführen"),
                QCoreApplication.translate(
                    "ContactsView",
                    "Für diesen Kontakt gibt es keine mögliche Dublette (gleiche E-Mail "
                    "oder gleicher Name mit gleicher Telefonnummer). Um zwei beliebige "
                    "Kontakte zusammenzuführen, wählen Sie beide mit Strg+Klick aus.",
                ),
            )
            return None
        ids = [ids[0], found[0].contact_id]
    if len(ids) != 2:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("ContactsView", "Zusammenführen"),
            QCoreApplication.translate(
                "ContactsView", "Bitte genau zwei Kontakte auswählen (Strg+Klick)."
            ),
        )
        return None
    try:
        dialog = MergeDialog(context.db, ids[0], ids[1], parent)
    except (UserError, SQLAlchemyError) as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("ContactsView", "Zusammenführen"), _message(exc)
        )
        return None
    if not runner(dialog):
        return None
    take = dialog.take_from_other()
    try:
        with context.db.session() as session:
            keep = snapshot_contact(session, ids[0])
            other = snapshot_contact(session, ids[1])
            merge_contacts(session, ids[0], ids[1], take)
    except (UserError, StoreError, SQLAlchemyError) as exc:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("ContactsView", "Nicht zusammengeführt"),
            _message(exc),
        )
        return None
    if context.undo_stack is not None:
        context.undo_stack.push(MergeContactsCommand(context, keep, other, take, after_change))
    return ids[0]


def _message(exc: Exception) -> str:
    if isinstance(exc, UserError):
        return exc.message
    if isinstance(exc, OperationalError):
        return describe_operational_error(exc)
    return str(exc)
