"""What an empty practice shows on Heute: three ways to begin."""

from __future__ import annotations

import sys

from PySide6.QtCore import QProcess, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomePanel(QWidget):
    """Three first steps: the profile, contacts (import or add), the sample practice.

    Signals:
        profileRequested, importRequested, newContactRequested: the button clicked.
    """

    profileRequested = Signal()
    importRequested = Signal()
    newContactRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        title = QLabel(self.tr("Willkommen bei Empfehlung Desktop"))
        title.setObjectName("welcomeTitle")
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        intro = QLabel(
            self.tr(
                "Hier sehen Sie jeden Tag, was ansteht: wem Sie danken, bei wem Sie "
                "nachfassen, wen Sie um eine Empfehlung bitten. Drei Schritte für den Anfang:"
            )
        )
        intro.setWordWrap(True)
        self.profile_button = QPushButton(self.tr("1. Profil ausfüllen – für Ihr „Warum Sie“"))
        self.import_button = QPushButton(self.tr("2. Kontakte importieren (vCard, CSV) …"))
        self.new_contact_button = QPushButton(self.tr("… oder den ersten Kontakt anlegen"))
        self.sample_button = QPushButton(
            self.tr("3. Beispielpraxis in einem eigenen Fenster ansehen")
        )
        self.sample_button.setToolTip(
            self.tr("Öffnet eine Beispieldatenbank; Ihre eigenen Daten bleiben unberührt.")
        )
        self.profile_button.clicked.connect(self.profileRequested)
        self.import_button.clicked.connect(self.importRequested)
        self.new_contact_button.clicked.connect(self.newContactRequested)
        self.sample_button.clicked.connect(self.open_sample_practice)
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(intro)
        for button in (
            self.profile_button,
            self.import_button,
            self.new_contact_button,
            self.sample_button,
        ):
            button.setMinimumHeight(34)
            layout.addWidget(button)
        hint = QLabel(self.tr("Mehr zur Methode finden Sie unter Hilfe → Die Methode."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addStretch(2)
        self.setMaximumWidth(620)

    def open_sample_practice(self) -> bool:
        """Start a second window on a fresh sample practice (its own database file)."""
        return QProcess.startDetached(sys.executable, ["-m", "empfehlung_desktop", "--demo"])[0]
