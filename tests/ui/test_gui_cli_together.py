"""The GUI and the command line on one database at once (issue: WAL deleted under the GUI).

The GUI side runs in this process (its connection stays open, it holds its locks,
its file dialog lists the database folder); the command line runs as a separate
process, as users run it. Afterwards ``check`` must find the file intact and no
write of either side may be lost.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from empfehlung_desktop.config import sqlite_url
from empfehlung_desktop.services.contacts.contacts import ContactData, create_contact
from empfehlung_desktop.store.database import Database, open_database
from empfehlung_desktop.ui.data import lifecycle
from empfehlung_desktop.ui.widgets import file_dialogs
from tests.conftest import DEMO_TODAY
from tests.helpers.file_opens import OpenWatcher
from tests.ui.test_file_dialogs import list_folder

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "empfehlung_desktop", *args],
        cwd=ROOT,
        env={**os.environ, "EMPFEHLUNG_LANG": "de"},
        capture_output=True,
        text=True,
        timeout=120,
    )


def vcards(path: Path, prefix: str, count: int) -> Path:
    cards = [
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{prefix} Nummer{i}\r\nN:Nummer{i};{prefix};;;\r\n"
        f"EMAIL:{prefix.lower()}{i}@example.org\r\nNOTE:{'Notiz ' * 40}\r\nEND:VCARD\r\n"
        for i in range(count)
    ]
    path.write_text("".join(cards), encoding="utf-8")
    return path


def gui_save(db: Database, name: str) -> None:
    with db.session() as session:
        create_contact(session, ContactData(name=name, notes="x" * 2000), today=DEMO_TODAY)


def contact_count(db: Database) -> int:
    with db.reader() as session:
        return int(session.connection().exec_driver_sql("SELECT count(*) FROM contact").scalar())


@pytest.mark.parametrize("stray_close", [False, True], ids=["helper", "stray-close"])
def test_cli_writes_while_the_gui_works_leave_the_database_intact(
    qtbot: QtBot, tmp_path: Path, stray_close: bool
) -> None:
    folder = tmp_path / "praxis"
    folder.mkdir()
    db_path = folder / "empfehlung.db"
    db = open_database(sqlite_url(db_path))
    lock = lifecycle.acquire_instance_lock(db)
    assert lock is not None
    try:
        for i in range(20):
            gui_save(db, f"GUI Anfang{i}")
        watcher = OpenWatcher(folder)
        dialog = file_dialogs.safe_dialog(None, "Logo wählen", str(folder))
        list_folder(qtbot, dialog, folder)
        assert watcher.opened() == []  # the dialog left the database files alone
        watcher.close()
        expected = contact_count(db)
        for round_ in range(3):
            if stray_close:
                # What Qt's own dialogs did: open and close every file of the folder,
                # dropping this process's POSIX locks. The coordination lock survives.
                for suffix in ("", "-wal", "-shm"):
                    os.close(os.open(db_path.with_name(db_path.name + suffix), os.O_RDONLY))
            result = cli(
                "import",
                str(vcards(tmp_path / f"r{round_}.vcf", f"Cli{round_}", 30)),
                "--yes",
                "--db",
                str(db_path),
            )
            assert result.returncode == 0, result.stderr
            assert db_path.with_name(db_path.name + "-wal").exists()
            for i in range(30):
                gui_save(db, f"GUI Runde{round_} {i}")
            expected += 60
        checked = cli("check", "--db", str(db_path))
        assert checked.returncode == 0, checked.stdout + checked.stderr
        assert "in Ordnung" in checked.stdout
        assert contact_count(db) == expected
    finally:
        db.dispose()
        lock.unlock()
    reopened = open_database(sqlite_url(db_path))
    try:
        assert contact_count(reopened) == expected
    finally:
        reopened.dispose()


def test_cli_restore_is_refused_while_the_gui_holds_the_coordination_lock(
    tmp_path: Path, db: Database, db_path: Path
) -> None:
    saved = tmp_path / "s.db"
    assert cli("backup", "-o", str(saved), "--db", str(db_path)).returncode == 0
    lock = lifecycle.acquire_instance_lock(db)
    assert lock is not None
    # The QLockFile alone would not tell: only the flock remains as the GUI's sign.
    lock.file_lock.unlock()
    try:
        result = cli("restore", str(saved), "--yes", "--db", str(db_path))
    finally:
        lock.coordination.release()
    assert result.returncode == 1 and "geöffnet" in result.stderr
