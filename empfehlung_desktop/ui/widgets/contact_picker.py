"""A searchable contact picker: type part of a name, pick from a short SQL result list."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLineEdit, QToolButton, QWidget

from empfehlung_desktop.model import Contact, Role
from empfehlung_desktop.services.contacts import contacts as contact_service
from empfehlung_desktop.store.database import Database

SEARCH_DELAY_MS = 150
MAX_RESULTS = 20


class ContactPicker(QWidget):
    """Line edit with a completer fed by the contact search (never all contacts).

    Signals:
        contactChanged(object): the chosen contact id (int) or None when cleared.
    """

    contactChanged = Signal(object)

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        role: Role | None = None,
        exclude_id: int | None = None,
        placeholder: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._role = role
        self._exclude_id = exclude_id
        self._contact_id: int | None = None
        self._choices: dict[str, int] = {}

        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder or self.tr("Name eingeben und auswählen …"))
        self.edit.setClearButtonEnabled(False)
        self._list_model = QStringListModel(self)
        self.completer = QCompleter(self._list_model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(12)
        self.edit.setCompleter(self.completer)
        self.clear_button = QToolButton()
        self.clear_button.setText("✕")
        self.clear_button.setToolTip(self.tr("Auswahl entfernen"))
        self.clear_button.clicked.connect(self.clear)

        # A label's buddy (and Alt+letter) reaches the line edit through the picker.
        self.setFocusProxy(self.edit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.clear_button)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.update_choices)
        self.edit.textEdited.connect(self._on_text_edited)
        self.completer.activated.connect(self._on_activated)
        self.edit.editingFinished.connect(self._on_editing_finished)

    # -- public API -----------------------------------------------------------
    def contact_id(self) -> int | None:
        """The chosen contact; a name typed exactly as one contact's counts as chosen."""
        if self._contact_id is None and self.edit.text().strip():
            self._resolve_typed()
        return self._contact_id

    def set_contact_id(self, contact_id: int | None) -> None:
        """Show this contact (or nothing) without emitting a change."""
        self._contact_id = None
        self.edit.clear()
        if contact_id is None:
            return
        with self._db.reader() as session:
            contact = session.get(Contact, contact_id)
            if contact is None or contact.erased_at is not None:
                return
            self._contact_id = contact.id
            self.edit.setText(self._display(contact.name, contact.organisation))

    def clear(self) -> None:
        changed = self._contact_id is not None
        self._contact_id = None
        self.edit.clear()
        if changed:
            self.contactChanged.emit(None)

    def search(self, text: str) -> list[str]:
        """Run the search now (tests call this instead of waiting for the timer)."""
        self.edit.setText(text)
        self.update_choices()
        return list(self._choices)

    # -- internals ------------------------------------------------------------
    def update_choices(self) -> None:
        text = self.edit.text().strip()
        self._choices = {}
        if text:
            query = contact_service.ContactQuery(text=text, role=self._role)
            with self._db.reader() as session:
                rows = contact_service.fetch_contacts(session, query, 0, MAX_RESULTS + 1)
            for row in rows:
                if row.id == self._exclude_id:
                    continue
                label = self._display(row.name, row.organisation)
                if label in self._choices:
                    label = f"{label} · #{row.id}"
                self._choices[label] = row.id
        self._list_model.setStringList(list(self._choices)[:MAX_RESULTS])
        if self._choices and self.edit.hasFocus():
            self.completer.complete()

    def _on_activated(self, text: str) -> None:
        contact_id = self._choices.get(text)
        if contact_id is None:
            return
        self.edit.setText(text)
        if contact_id != self._contact_id:
            self._contact_id = contact_id
            self.contactChanged.emit(contact_id)

    def _on_text_edited(self, _text: str) -> None:
        # Typing over a chosen contact un-chooses it: the id must match what is shown.
        if self._contact_id is not None:
            self._contact_id = None
            self.contactChanged.emit(None)
        self._timer.start()

    def _on_editing_finished(self) -> None:
        if not self.edit.text().strip():
            if self._contact_id is not None:
                self.clear()
        elif self._contact_id is None:
            self._resolve_typed()

    def _resolve_typed(self) -> None:
        """Choose the one contact whose name (or name and organisation) was typed exactly."""
        typed = " ".join(self.edit.text().split()).casefold()
        self.update_choices()
        matches = {
            contact_id
            for label, contact_id in self._choices.items()
            if " ".join(label.split()).casefold() == typed
            or " ".join(label.split(" (")[0].split()).casefold() == typed
        }
        if len(matches) == 1:
            self._contact_id = matches.pop()
            self.contactChanged.emit(self._contact_id)

    @staticmethod
    def _display(name: str, organisation: str) -> str:
        return f"{name} ({organisation})" if organisation else name
