"""Encryption in the GUI: the passphrase at start, the Datei-menu entry, no binding."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from empfehlung_desktop.model import Contact
from empfehlung_desktop.services.data import encryption, passphrase
from empfehlung_desktop.store import cipher
from empfehlung_desktop.store.database import Database
from empfehlung_desktop.ui.data import encryption as dialogs
from empfehlung_desktop.ui.main_window import MainWindow
from tests.conftest import DEMO_CLOCK

needs_sqlcipher = pytest.mark.skipif(
    not cipher.available(),
    reason="SQLCipher-Binding (sqlcipher3) nicht installiert: pip install -e '.[encryption]'",
)
PASSPHRASE = "Lange geheime Passphrase"


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(passphrase, "_keyring", lambda: None)
    cipher.set_passphrase(None)
    yield
    cipher.set_passphrase(None)


@pytest.fixture
def window(qtbot: QtBot, demo_db: Database, tmp_path: Path) -> MainWindow:
    win = MainWindow(
        demo_db, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), clock=DEMO_CLOCK
    )
    qtbot.addWidget(win)
    return win


def count(db: Database) -> int:
    with db.reader() as s:
        return int(s.scalar(select(func.count()).select_from(Contact)) or 0)


def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    messages: list[str] = []

    def record(_parent: object, _title: str, text: str, *_a: object) -> object:
        messages.append(text)
        return QMessageBox.StandardButton.Ok

    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, record)
    return messages


@needs_sqlcipher
def test_menu_encrypts_and_decrypts_and_the_window_keeps_working(
    qtbot: QtBot,
    window: MainWindow,
    demo_db: Database,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    messages = told(monkeypatch)
    before = count(demo_db)

    def enter_new(self: dialogs.NewPassphraseDialog) -> int:
        self.first.setText("kurz")
        self.second.setText("kurz")
        self.try_accept()
        assert self.problem.isVisibleTo(self) and "mindestens 8" in self.problem.text()
        self.first.setText(PASSPHRASE)
        self.second.setText(PASSPHRASE)
        self.try_accept()
        return int(self.result())

    monkeypatch.setattr(dialogs.NewPassphraseDialog, "exec", enter_new)
    window.data_menu.actions["encryption"].trigger()
    assert cipher.is_encrypted(db_path), messages
    assert "jetzt verschlüsselt" in messages[-1]
    assert count(demo_db) == before  # the same Database, now through SQLCipher

    def confirm(self: dialogs.PassphraseDialog) -> int:
        self.field.setText("falsch, ganz falsch")
        self.try_accept()
        assert self.result() != QDialog.DialogCode.Accepted
        assert "passt nicht" in self.problem.text()
        self.field.setText(PASSPHRASE)
        self.try_accept()
        return int(self.result())

    monkeypatch.setattr(dialogs.PassphraseDialog, "exec", confirm)
    window.data_menu.actions["encryption"].trigger()
    assert not cipher.is_encrypted(db_path)
    assert "unverschlüsselt" in messages[-1]
    assert count(demo_db) == before


@needs_sqlcipher
def test_start_asks_until_the_passphrase_is_right(
    qtbot: QtBot, demo_db: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    demo_db.dispose()
    encryption.encrypt(db_path, PASSPHRASE)
    cipher.set_passphrase(None)
    content = db_path.read_bytes()
    seen: list[str] = []

    def type_wrong_then_cancel(self: dialogs.PassphraseDialog) -> int:
        qtbot.addWidget(self)
        self.field.setText("nicht die richtige")
        self.try_accept()
        seen.append(self.problem.text())
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(dialogs.PassphraseDialog, "exec", type_wrong_then_cancel)
    assert not dialogs.unlock_at_start(None, db_path)
    assert "passt nicht" in seen[0] and "nichts verändert" in seen[0]
    assert db_path.read_bytes() == content and cipher.passphrase() is None

    def type_right(self: dialogs.PassphraseDialog) -> int:
        qtbot.addWidget(self)
        self.field.setText(PASSPHRASE)
        self.try_accept()
        return int(self.result())

    monkeypatch.setattr(dialogs.PassphraseDialog, "exec", type_right)
    assert dialogs.unlock_at_start(None, db_path)
    assert cipher.passphrase() == PASSPHRASE


def test_without_binding_the_feature_says_so(
    window: MainWindow, demo_db: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    messages = told(monkeypatch)
    monkeypatch.setattr(cipher, "binding", lambda: None)
    window.data_menu.actions["encryption"].trigger()
    assert messages and "Zusatzpaket SQLCipher" in messages[-1]
    assert not cipher.is_encrypted(db_path)
    encrypted = db_path.parent / "verschluesselt.db"
    encrypted.write_bytes(b"\x8f" * 4096)  # no plain SQLite header
    assert not dialogs.unlock_at_start(None, encrypted)
    assert "ist verschlüsselt" in messages[-1] and "Zusatzpaket" in messages[-1]


def test_unwritable_data_folder_is_not_called_already_open(
    demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from empfehlung_desktop.errors import StoreError
    from empfehlung_desktop.store import instance
    from empfehlung_desktop.ui.data import lifecycle

    # A lock file that cannot be created (as in a read-only or full folder; the
    # suite runs as root, for whom chmod does not make a folder read-only).
    missing = tmp_path / "gibt-es-nicht" / "instanz.lock"
    monkeypatch.setattr(instance, "lock_path", lambda _location: missing)
    with pytest.raises(StoreError, match="nicht schreiben") as caught:
        lifecycle.acquire_instance_lock(demo_db)
    assert "bereits geöffnet" not in str(caught.value)
