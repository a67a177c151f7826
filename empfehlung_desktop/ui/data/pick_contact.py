"""A small dialog to choose one contact (for the DSGVO actions)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from empfehlung_desktop.store.database import Database
from empfehlung_desktop.ui.widgets.contact_picker import ContactPicker


class PickContactDialog(QDialog):
    def __init__(self, db: Database, title: str, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(460, 140)
        layout = QVBoxLayout(self)
        label = QLabel(text)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.picker = ContactPicker(db, self)
        layout.addWidget(self.picker)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        self.picker.contactChanged.connect(lambda cid: self.ok_button.setEnabled(cid is not None))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, db: Database, title: str, text: str, parent: QWidget | None = None) -> int | None:
        """The chosen contact id, or None if cancelled (tests patch this)."""
        dialog = cls(db, title, text, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.picker.contact_id()
        return None
