"""Names split by a guess (update or import): the user looks at them once."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from empfehlung_desktop.services import settings
from empfehlung_desktop.services.contacts.person import NAMES_TO_CHECK, names_to_check
from empfehlung_desktop.store.database import Database


class NamesCheckDialog(QDialog):
    """The list of guessed splits; "Öffnen" edits one, "Alle stimmen" empties the list."""

    def __init__(
        self, db: Database, open_contact: Callable[[int], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.open_contact = open_contact
        self.setWindowTitle(self.tr("Namen prüfen"))
        intro = QLabel(
            self.tr(
                "Bei diesen Kontakten war nicht sicher, was Vor- und was Nachname ist. Der "
                "angezeigte Name ist unverändert; sortiert und begrüßt wird nach den Teilen. "
                "Öffnen Sie einen Kontakt, um die Teile zu korrigieren – nach dem Speichern "
                "verschwindet er aus dieser Liste."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Kontakte mit unsicher zerlegtem Namen"))
        self.list.itemActivated.connect(self._open)
        self.open_button = QPushButton(self.tr("Öffnen …"))
        self.open_button.clicked.connect(lambda: self._open(self.list.currentItem()))
        self.all_right = QPushButton(self.tr("Alle stimmen"))
        self.all_right.clicked.connect(self._confirm_all)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Schließen"))
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.all_right, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(560, 420)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        with self.db.reader() as session:
            entries = names_to_check(session)
        for entry in entries:
            parts = " | ".join(
                p
                for p in (
                    self.tr("Titel: {value}").format(value=entry.title) if entry.title else "",
                    self.tr("Vorname: {value}").format(value=entry.given_name or "–"),
                    self.tr("Nachname: {value}").format(value=entry.family_name or "–"),
                )
                if p
            )
            item = QListWidgetItem(f"{entry.name}   →   {parts}")
            item.setData(Qt.ItemDataRole.UserRole, entry.contact_id)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.open_button.setEnabled(bool(self.list.count()))
        self.all_right.setEnabled(bool(self.list.count()))

    def _open(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.open_contact(int(item.data(Qt.ItemDataRole.UserRole)))
        self.reload()

    def _confirm_all(self) -> None:
        with self.db.session() as session:
            settings.set_value(session, NAMES_TO_CHECK, [])
        self.reload()
