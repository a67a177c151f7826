"""File dialogs never open the files they list (PITFALLS: closing a descriptor of the
database drops the GUI's POSIX locks), and every dialog goes through the one helper."""

from __future__ import annotations

import re
import sqlite3
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel
from pytestqt.qtbot import QtBot

import empfehlung_desktop
from empfehlung_desktop.ui.widgets import file_dialogs
from tests.helpers.file_opens import OpenWatcher

DB_FILES = {"empfehlung.db", "empfehlung.db-wal", "empfehlung.db-shm"}


def practice_folder(folder: Path) -> sqlite3.Connection:
    """A folder with a database in WAL mode (kept open: -wal and -shm exist)."""
    con = sqlite3.connect(folder / "empfehlung.db", isolation_level=None)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("CREATE TABLE t (x)")
    con.execute("INSERT INTO t VALUES (1)")
    (folder / "notizen").write_bytes(b"ohne Endung")
    return con


def list_folder(qtbot: QtBot, dialog: QFileDialog, folder: Path) -> set[str]:
    """Show the dialog on ``folder`` until its model has listed every entry."""
    qtbot.addWidget(dialog)
    dialog.show()
    model = dialog.findChild(QFileSystemModel)
    assert model is not None
    root = model.index(str(folder))
    wanted = DB_FILES | {"notizen"}
    deadline = time.monotonic() + 5
    names: set[str] = set()
    while time.monotonic() < deadline:
        QApplication.processEvents()
        names = {model.index(r, 0, root).data() for r in range(model.rowCount(root))}
        if wanted <= names:
            # Give the icon/type gatherer time to do whatever it does with the files.
            for _ in range(50):
                QApplication.processEvents()
                model.index(0, 2, root).data()
                time.sleep(0.01)
            break
        time.sleep(0.02)
    return names


def test_the_helper_lists_the_database_folder_without_opening_a_file(
    qtbot: QtBot, tmp_path: Path
) -> None:
    con = practice_folder(tmp_path)
    watcher = OpenWatcher(tmp_path)
    try:
        dialog = file_dialogs.safe_dialog(None, "Logo wählen", str(tmp_path))
        assert list_folder(qtbot, dialog, tmp_path) >= DB_FILES
        assert watcher.opened() == []
    finally:
        watcher.close()
        con.close()


def test_the_probe_sees_what_a_plain_qt_dialog_opens(qtbot: QtBot, tmp_path: Path) -> None:
    """Control: without the helper Qt sniffs the database files (so the test above can fail)."""
    con = practice_folder(tmp_path)
    watcher = OpenWatcher(tmp_path)
    try:
        dialog = QFileDialog(None, "Logo wählen", str(tmp_path))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        list_folder(qtbot, dialog, tmp_path)
        deadline = time.monotonic() + 3
        while not set(watcher.opened()) & DB_FILES and time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.02)
        assert set(watcher.opened()) & DB_FILES
    finally:
        watcher.close()
        con.close()


def test_no_file_dialog_outside_the_helper() -> None:
    package = Path(empfehlung_desktop.__file__).parent
    helper = package / "ui" / "widgets" / "file_dialogs.py"
    offenders = [
        str(path.relative_to(package))
        for path in package.rglob("*.py")
        if path != helper and re.search(r"\bQFileDialog\b", path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_the_helper_returns_what_was_chosen(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = tmp_path / "kontakte.vcf"

    def accept(dialog: QFileDialog) -> int:
        assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
        assert isinstance(dialog.iconProvider(), file_dialogs.NameOnlyIconProvider)
        dialog.selectFile(str(chosen))
        return QFileDialog.DialogCode.Accepted

    monkeypatch.setattr(QFileDialog, "exec", accept)
    name, _filter = file_dialogs.get_save_file_name(None, "Exportieren", str(tmp_path), "*.vcf")
    assert Path(name) == chosen
