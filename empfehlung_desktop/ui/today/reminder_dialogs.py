"""Dialogs for a person's keep-in-touch rhythm and one's own reminders.

The reminder dialog lives in ui/widgets/reminder_dialog.py (contacts and
referrals use it too) and is re-exported here. Each has a classmethod
``ask(...)`` returning the input or ``None`` on cancel, so tests can monkeypatch
it instead of driving a modal dialog.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from empfehlung_desktop.ui.widgets.reminder_dialog import (
    ReminderDialog,
    ReminderInput,
    remind_about,
)

__all__ = ["ReminderDialog", "ReminderInput", "RhythmDialog", "remind_about"]


class RhythmDialog(QDialog):
    """A person's own keep-in-touch rhythm, or the rhythm of their roles."""

    def __init__(self, name: str, days: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kontakt-Rhythmus – {name}").format(name=name))
        layout = QVBoxLayout(self)
        self.own = QCheckBox(self.tr("Eigener Rhythmus für diese Person"))
        self.own.setChecked(days is not None)
        layout.addWidget(self.own)
        self.days = QSpinBox()
        self.days.setRange(0, 3650)
        self.days.setSuffix(self.tr(" Tage (0 = nie)"))
        self.days.setValue(days if days is not None else 90)
        self.days.setEnabled(days is not None)
        self.own.toggled.connect(self.days.setEnabled)
        form = QFormLayout()
        form.addRow(self.tr("Melden alle"), self.days)
        layout.addLayout(form)
        hint = QLabel(self.tr("Ohne eigenen Rhythmus gilt der Rhythmus der Rollen (Regeln …)."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def value(self) -> int | None:
        return self.days.value() if self.own.isChecked() else None

    @classmethod
    def ask(cls, parent: QWidget | None, name: str, days: int | None) -> tuple[int | None] | None:
        """``(days,)`` with None for "as the roles", or None when cancelled."""
        dialog = cls(name, days, parent)
        return (dialog.value(),) if dialog.exec() == QDialog.DialogCode.Accepted else None
