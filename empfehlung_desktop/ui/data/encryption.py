"""Encryption at rest in the GUI: the passphrase at start, switching it on and off.

The work is done by ``services.data.encryption``; this module asks and tells.
A wrong passphrase keeps the dialog open with a plain message and changes
nothing; without the SQLCipher package the feature says so and does nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from empfehlung_desktop.errors import UserError
from empfehlung_desktop.services.data import encryption, passphrase
from empfehlung_desktop.store import cipher
from empfehlung_desktop.store.database import Database, sqlite_path
from empfehlung_desktop.ui import theme

TITLE = "Empfehlung Desktop"


class PassphraseDialog(QDialog):
    """Asks for the passphrase of an encrypted database; stays open while it is wrong."""

    def __init__(self, path: Path, parent: QWidget | None = None, *, confirm_text: str = ""):
        super().__init__(parent)
        self.path = path
        self.setWindowTitle(QCoreApplication.translate("Encryption", "Verschlüsselte Datenbank"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        intro = QLabel(
            confirm_text
            or QCoreApplication.translate(
                "Encryption",
                "Die Datenbank „{0}“ ist verschlüsselt. Bitte die Passphrase eingeben.",
            ).format(path.name)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setObjectName("passphrase")
        self.field.setAccessibleName(QCoreApplication.translate("Encryption", "Passphrase"))
        layout.addWidget(self.field)
        self.remember = QCheckBox(
            QCoreApplication.translate(
                "Encryption", "Passphrase im Schlüsselbund des Systems merken"
            )
        )
        self.remember.setVisible(passphrase.keyring_available() and not confirm_text)
        layout.addWidget(self.remember)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(theme.text_style("error"))
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            QCoreApplication.translate("Encryption", "Öffnen")
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("Encryption", "Abbrechen")
        )
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def try_accept(self) -> None:
        """Accept only a passphrase that opens the file (then this process keeps it)."""
        text = self.field.text()
        if not text:
            self._show_problem(
                QCoreApplication.translate("Encryption", "Bitte die Passphrase eingeben.")
            )
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            encryption.unlock(self.path, text)
        except cipher.PassphraseError:
            self._show_problem(
                QCoreApplication.translate(
                    "Encryption",
                    "Diese Passphrase passt nicht. Bitte die Schreibweise prüfen (Groß- und "
                    "Kleinschreibung zählt). Es wurde nichts verändert.",
                )
            )
            self.field.selectAll()
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        if self.remember.isVisible() and self.remember.isChecked():
            passphrase.remember_passphrase(self.path, text)
        self.accept()

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
        self.field.setFocus()


class NewPassphraseDialog(QDialog):
    """Asks for a new passphrase twice before the database is encrypted."""

    def __init__(self, path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Encryption", "Datenbank verschlüsseln"))
        self.setMinimumWidth(500)
        layout = QVBoxLayout(self)
        intro = QLabel(
            QCoreApplication.translate(
                "Encryption",
                "Die Datenbank „{0}“ und ihre Datensicherungen werden mit einer Passphrase "
                "verschlüsselt. Ohne diese Passphrase lassen sie sich nicht mehr öffnen – "
                "bitte sicher aufbewahren. Beim Start fragt das Programm danach.",
            ).format(path.name)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.first = QLineEdit()
        self.first.setObjectName("new_passphrase")
        self.second = QLineEdit()
        self.second.setObjectName("repeat_passphrase")
        for field in (self.first, self.second):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(QCoreApplication.translate("Encryption", "Passphrase:"), self.first)
        form.addRow(QCoreApplication.translate("Encryption", "Wiederholen:"), self.second)
        layout.addLayout(form)
        self.remember = QCheckBox(
            QCoreApplication.translate(
                "Encryption", "Passphrase im Schlüsselbund des Systems merken"
            )
        )
        self.remember.setVisible(passphrase.keyring_available())
        layout.addWidget(self.remember)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(theme.text_style("error"))
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            QCoreApplication.translate("Encryption", "Verschlüsseln")
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("Encryption", "Abbrechen")
        )
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def try_accept(self) -> None:
        try:
            cipher.validate_new_passphrase(self.first.text(), self.second.text())
        except cipher.PassphraseError as exc:
            self.problem.setText(str(exc))
            self.problem.show()
            return
        self.accept()


def unlock_at_start(parent: QWidget | None, path: Path | None) -> bool:
    """Before the database opens: get the passphrase of an encrypted file.

    True when the file is plain or unlocked; False when the user cancelled or the
    SQLCipher package is missing (said in a message).
    """
    if path is None or not cipher.is_encrypted(path) or cipher.passphrase():
        return True
    if not cipher.available():
        QMessageBox.critical(
            parent,
            TITLE,
            QCoreApplication.translate(
                "Encryption", "Die Datenbank „{0}“ ist verschlüsselt."
            ).format(path)
            + "\n\n"
            + cipher.missing_message(),
        )
        return False
    if encryption.unlock_from_keyring(path):
        return True
    return PassphraseDialog(path, parent).exec() == QDialog.DialogCode.Accepted


def switch_encryption(window: QWidget, db: Database) -> encryption.ConversionReport | None:
    """The menu entry: encrypt a plain database, or decrypt an encrypted one."""
    path = sqlite_path(db.url)
    if path is None:
        QMessageBox.information(
            window,
            TITLE,
            QCoreApplication.translate(
                "Encryption",
                "Verschlüsseln lässt sich nur eine Datenbankdatei (SQLite). Einen "
                "Datenbankserver schützt dessen eigene Verschlüsselung.",
            ),
        )
        return None
    if not cipher.available():
        QMessageBox.information(window, TITLE, cipher.missing_message())
        return None
    if cipher.is_encrypted(path):
        return _decrypt(window, db, path)
    return _encrypt(window, db, path)


def _encrypt(window: QWidget, db: Database, path: Path) -> encryption.ConversionReport | None:
    dialog = NewPassphraseDialog(path, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    secret = dialog.first.text()
    remember = dialog.remember.isVisible() and dialog.remember.isChecked()
    return _convert(
        window,
        db,
        lambda: encryption.encrypt(path, secret, remember=remember),
        QCoreApplication.translate("Encryption", "Datenbank verschlüsselt"),
    )


def _decrypt(window: QWidget, db: Database, path: Path) -> encryption.ConversionReport | None:
    confirm = PassphraseDialog(
        path,
        window,
        confirm_text=QCoreApplication.translate(
            "Encryption",
            "Die Verschlüsselung der Datenbank „{0}“ und ihrer Datensicherungen wird "
            "aufgehoben; danach kann jeder, der die Dateien lesen kann, die Kontakte lesen. "
            "Zur Bestätigung bitte die Passphrase eingeben.",
        ).format(path.name),
    )
    if confirm.exec() != QDialog.DialogCode.Accepted:
        return None
    secret = confirm.field.text()
    return _convert(
        window,
        db,
        lambda: encryption.decrypt(path, secret),
        QCoreApplication.translate("Encryption", "Verschlüsselung aufgehoben"),
    )


def _convert(
    window: QWidget,
    db: Database,
    work: Callable[[], encryption.ConversionReport],
    title: str,
) -> encryption.ConversionReport | None:
    """Close the connections, convert, reconnect (with the other library), report."""
    report: encryption.ConversionReport | None = None
    problem = ""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        db.dispose()
        report = work()
    except UserError as exc:
        problem = str(exc)
    finally:
        db.dispose()  # the next unit of work opens the converted file
        QGuiApplication.restoreOverrideCursor()
    if report is None:
        QMessageBox.warning(window, TITLE, problem)
        return None
    QMessageBox.information(window, title, report.describe())
    return report
