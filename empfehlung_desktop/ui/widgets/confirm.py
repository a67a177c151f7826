"""The one question asked before anything is deleted."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def confirm_delete(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask "really delete?"; the safe answer (keep) is the default. True = delete."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton)
    box.setParent(parent, box.windowFlags())
    delete = box.addButton(
        QCoreApplication.translate("Confirm", "Löschen"), QMessageBox.ButtonRole.DestructiveRole
    )
    keep = box.addButton(
        QCoreApplication.translate("Confirm", "Behalten"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is delete
