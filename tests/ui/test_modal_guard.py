"""An unpatched modal dialog fails the test at once instead of hanging the suite."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tests.helpers.modal_guard import UnexpectedDialog


def test_static_message_box_names_title_and_text() -> None:
    with pytest.raises(
        UnexpectedDialog, match=r"QMessageBox.warning: Schritt nicht möglich \| Der"
    ):
        QMessageBox.warning(None, "Schritt nicht möglich", "Der Dank kann nicht vor …")


def test_exec_of_any_dialog_fails(qtbot: QtBot) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, "Titel", "Was schiefging")
    qtbot.addWidget(box)
    with pytest.raises(UnexpectedDialog, match=r"QMessageBox.exec\(\): Titel \| Was schiefging"):
        box.exec()
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.setWindowTitle("Eigener Dialog")
    with pytest.raises(UnexpectedDialog, match="Eigener Dialog"):
        dialog.exec()


def test_file_and_input_dialogs_fail() -> None:
    with pytest.raises(UnexpectedDialog, match="getSaveFileName"):
        QFileDialog.getSaveFileName(None, "Speichern")
    with pytest.raises(UnexpectedDialog, match="getItem"):
        QInputDialog.getItem(None, "Neue Empfehlung", "Was?", ["a"], 0, False)


def test_a_test_may_patch_what_it_expects(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    assert QMessageBox.question(None, "t", "q") == QMessageBox.StandardButton.Yes
