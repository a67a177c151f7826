"""The person's own care choices on the contact form's "Beziehung" tab.

Their keep-in-touch rhythm in days (empty = the rhythm of their roles, 0 = never
remind) and "Nicht um Empfehlung bitten". Read and written through
services/today/care.py, in the same unit of work as the contact.
"""

from __future__ import annotations

from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QWidget
from sqlalchemy.orm import Session

from empfehlung_desktop.errors import ValidationError
from empfehlung_desktop.services.today import care as care_service
from empfehlung_desktop.services.today.care import MAX_RHYTHM_DAYS, Care


class CareFields(QWidget):
    """A rhythm field with its unit; the "never ask" box is a separate widget."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rhythm = QLineEdit()
        self.rhythm.setValidator(QIntValidator(0, MAX_RHYTHM_DAYS, self.rhythm))
        self.rhythm.setPlaceholderText(self.tr("wie die Rolle"))
        self.rhythm.setMaximumWidth(140)
        self.rhythm.setAccessibleName(self.tr("Kontakt halten alle … Tage"))
        self.rhythm.setToolTip(
            self.tr("Leer: der Rhythmus der Rolle (Einstellungen). 0: nie daran erinnern.")
        )
        unit = QLabel(self.tr("Tage (leer = wie die Rolle, 0 = nie erinnern)"))
        unit.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.rhythm)
        layout.addWidget(unit, 1)
        self.never_ask = QCheckBox(self.tr("Nicht um Empfehlung bitten"))
        self.never_ask.setToolTip(
            self.tr("„Heute“ schlägt nie vor, diese Person um eine Empfehlung zu bitten.")
        )
        self._loaded: tuple[bool, int | None] = (False, None)

    def load(self, care: Care) -> None:
        days = care.keep_in_touch_days
        self.rhythm.setText("" if days is None else str(days))
        self.never_ask.setChecked(care.never_ask)
        self._loaded = (care.never_ask, days)

    def days(self) -> int | None:
        text = self.rhythm.text().strip()
        if not text:
            return None
        try:
            return int(text)
        except ValueError as exc:
            raise ValidationError(
                {"keep_in_touch_days": self.tr("Bitte eine ganze Zahl von Tagen eingeben.")}
            ) from exc

    def value(self) -> tuple[bool, str]:
        """What is typed, for "has the form changed" (no validation)."""
        return self.never_ask.isChecked(), self.rhythm.text().strip()

    def has_changes(self) -> bool:
        never, days = self._loaded
        return self.value() != (never, "" if days is None else str(days))

    def write(self, session: Session, contact_id: int) -> None:
        """Store the choices (ValidationError on an impossible rhythm)."""
        care_service.set_care(session, contact_id, self.never_ask.isChecked(), self.days())
