"""Import preview dialog, the Datei-menu data actions and the start-up checks."""

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from empfehlung_desktop.clock import Clock
from empfehlung_desktop.interchange import flow
from empfehlung_desktop.interchange.importer import Action
from empfehlung_desktop.model import ERASED_NAME, Contact
from empfehlung_desktop.store import backup
from empfehlung_desktop.store.database import Database
from empfehlung_desktop.ui.data import lifecycle, menu
from empfehlung_desktop.ui.data.import_dialog import ImportDialog
from empfehlung_desktop.ui.data.pick_contact import PickContactDialog
from empfehlung_desktop.ui.data.preview_model import PreviewModel
from empfehlung_desktop.ui.main_window import MainWindow
from empfehlung_desktop.ui.widgets import file_dialogs
from tests.conftest import DEMO_CLOCK, DEMO_TODAY


def set_mapping(dialog: ImportDialog, column: int, field: str) -> None:
    """Choose the field for a column in its combo box, as the user does."""
    combo = dialog.mapping_combos[column]
    combo.setCurrentIndex(combo.findData(field))


CSV = (
    "Vorname;Nachname;Mail;Telefon;Firma\n"
    "Annika;Vogt;ANNIKA@vogt-ventures.example;;\n"
    "Neu;Person;neu@example.org;12;Neu GmbH\n"
)


def count(db: Database) -> int:
    with db.reader() as s:
        return int(s.scalar(select(func.count()).select_from(Contact)) or 0)


@pytest.fixture
def csv_file(tmp_path: Path) -> Path:
    path = tmp_path / "kontakte.csv"
    path.write_text(CSV, encoding="utf-8")
    return path


@pytest.fixture
def window(qtbot: QtBot, demo_db: Database, tmp_path: Path) -> MainWindow:
    win = MainWindow(
        demo_db, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), clock=DEMO_CLOCK
    )
    qtbot.addWidget(win)
    return win


def test_preview_model(qtmodeltester, demo_db: Database, csv_file: Path) -> None:  # type: ignore[no-untyped-def]
    with demo_db.reader() as s:
        plan = flow.plan_import(s, flow.load_file(csv_file), today=DEMO_TODAY)
    model = PreviewModel()
    model.set_preview(plan.preview)
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert not model.setData(model.index(1, 0), Action.MERGE.value)  # not a duplicate
    assert model.setData(model.index(0, 0), Action.MERGE.value)


def test_import_dialog_mapping_duplicates_and_commit(
    qtbot: QtBot, demo_db: Database, csv_file: Path
) -> None:
    before = count(demo_db)
    dialog = ImportDialog(demo_db, flow.load_file(csv_file), DEMO_TODAY)
    qtbot.addWidget(dialog)
    assert dialog.mapping()[2] == "email"  # "Mail" suggested as the email column
    assert dialog.preview is not None and dialog.preview.duplicates == 1
    first = [(item.name, item.email, item.duplicate_reason) for item in dialog.preview.items]
    # The preview holds what it needs: a CSV file's contacts are not kept beside it ...
    set_mapping(dialog, 2, "")  # without the email there is no duplicate any more
    assert dialog.preview.duplicates == 0
    set_mapping(dialog, 2, "email")
    assert dialog.loaded.contacts == []
    # ... they are read again from the table when the mapping comes back to them.
    assert [(i.name, i.email, i.duplicate_reason) for i in dialog.preview.items] == first
    dialog.set_duplicates(Action.MERGE)
    assert dialog.preview.count(Action.MERGE) == 1
    assert "1 zusammenführen" in dialog.summary.text()
    message = dialog.import_now()
    assert "1 Kontakt importiert, 1 zusammengeführt" in message
    assert count(demo_db) == before + 1


def test_import_dialog_shows_mapping_error_inline(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "x.csv"
    path.write_text("A;B\n1;2\n", encoding="utf-8")
    dialog = ImportDialog(db, flow.load_file(path), DEMO_TODAY)
    qtbot.addWidget(dialog)
    assert "zuordnen" in dialog.notice.text() and not dialog.ok_button.isEnabled()
    set_mapping(dialog, 0, "name")
    assert dialog.ok_button.isEnabled()


def test_menu_import_broken_file_shows_german_message(
    window: MainWindow, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "kaputt.vcf"
    broken.write_bytes(b"BEGIN:VCARD\r\nFN:A\r\n")
    messages: list[str] = []
    monkeypatch.setattr(file_dialogs, "get_open_file_name", lambda *a, **k: (str(broken), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: messages.append(text))
    before = count(demo_db)
    window.data_menu.actions["import"].trigger()
    assert messages and messages[0].startswith("Karte 1")
    assert count(demo_db) == before


def test_menu_export_and_calendar(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "k.vcf"
    monkeypatch.setattr(QInputDialog, "getItem", lambda _p, _t, _l, items, *a: (items[0], True))
    monkeypatch.setattr(file_dialogs, "get_save_file_name", lambda *a, **k: (str(target), ""))
    assert window.data_menu.export_file() == target
    assert target.read_bytes().startswith(b"BEGIN:VCARD")
    ics = tmp_path / "t.ics"
    monkeypatch.setattr(file_dialogs, "get_save_file_name", lambda *a, **k: (str(ics), ""))
    assert window.data_menu.export_calendar() == ics


def test_menu_backup_restore_and_gdpr_erase(
    window: MainWindow, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved = tmp_path / "sicherung.db"
    monkeypatch.setattr(file_dialogs, "get_save_file_name", lambda *a, **k: (str(saved), ""))
    assert window.data_menu.create_backup() == saved
    monkeypatch.setattr(PickContactDialog, "ask", classmethod(lambda cls, *a: 1))
    monkeypatch.setattr(menu, "confirm_box", lambda box, button: True)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    report = window.data_menu.gdpr_erase()
    assert report is not None
    with demo_db.reader() as s:
        assert s.get(Contact, 1).name == ERASED_NAME  # type: ignore[union-attr]
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(file_dialogs, "get_open_file_name", lambda *a, **k: (str(saved), ""))
    kept = window.data_menu.restore_backup()
    assert kept is not None and kept.exists()
    with demo_db.reader() as s:
        assert s.get(Contact, 1).name != ERASED_NAME  # type: ignore[union-attr]


def test_second_instance_is_refused(qtbot: QtBot, db: Database) -> None:
    first = lifecycle.acquire_instance_lock(db)
    assert first is not None
    try:
        assert lifecycle.acquire_instance_lock(db) is None
    finally:
        first.unlock()
    again = lifecycle.acquire_instance_lock(db)
    assert again is not None
    again.unlock()


def test_start_checks_make_a_backup_and_damage_is_only_reported(
    window: MainWindow, demo_db: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lifecycle.report_start_checks(
        window, lifecycle.start_checks(db_path, True, window.clock, demo_db)
    )
    assert [b.reason for b in backup.list_backups(db_path)] == ["start"]
    offered: list[str] = []
    monkeypatch.setattr(backup, "check_file", lambda *a, **k: backup.CheckResult(False, ["x"]))
    monkeypatch.setattr(menu, "offer_recovery", lambda _m, text: offered.append(text))
    lifecycle.report_start_checks(
        window, lifecycle.start_checks(db_path, True, window.clock, demo_db)
    )
    assert offered and len(backup.list_backups(db_path)) == 1


def test_start_backup_runs_in_the_background(
    qtbot: QtBot,
    window: MainWindow,
    demo_db: Database,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import threading

    threads: list[str] = []
    real = lifecycle.start_checks

    def spy(
        path: Path, make_backup: bool, clock: Clock, db: Database | None = None
    ) -> tuple[str, str]:
        threads.append(threading.current_thread().name)
        return real(path, make_backup, clock, db)

    monkeypatch.setattr(lifecycle, "start_checks", spy)
    messages: list[str] = []
    monkeypatch.setattr(
        lifecycle, "report_start_checks", lambda _w, outcome: messages.append(outcome[0])
    )
    lifecycle.schedule_start_tasks(window, demo_db)
    qtbot.waitUntil(lambda: messages == ["ok"], timeout=10000)
    assert threads == ["start-backup"]
    assert [b.reason for b in backup.list_backups(db_path)] == ["start"]


def test_an_empty_database_file_becomes_a_practice_only_when_the_user_says_so(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from empfehlung_desktop.config import sqlite_url
    from empfehlung_desktop.store.database import open_database

    path = tmp_path / "leer.db"
    path.write_bytes(b"")
    asked: list[str] = []
    answer = QMessageBox.StandardButton.Cancel

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)

    def opener(allow_empty: bool) -> Database:
        return open_database(sqlite_url(path), allow_empty=allow_empty)

    assert lifecycle.open_or_ask(opener) is None
    assert "0 Byte" in asked[0] and path.stat().st_size == 0
    answer = QMessageBox.StandardButton.Yes
    opened = lifecycle.open_or_ask(opener)
    assert opened is not None
    opened.dispose()
    assert path.stat().st_size > 0


def _cancelling(_parent: object, _title: str, _label: str, work, **_kw: object):  # type: ignore[no-untyped-def]
    """run_with_progress as if the user pressed Abbrechen at the first report."""
    return work(lambda _done, _total: False)


def test_cancelled_import_commit_changes_nothing(
    qtbot: QtBot, demo_db: Database, csv_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from empfehlung_desktop.ui.data import import_dialog
    from empfehlung_desktop.ui.widgets.progress import Cancelled

    before = count(demo_db)
    dialog = ImportDialog(demo_db, flow.load_file(csv_file), DEMO_TODAY)
    qtbot.addWidget(dialog)
    real = import_dialog.run_with_progress
    monkeypatch.setattr(import_dialog, "run_with_progress", _cancelling)
    with pytest.raises(Cancelled):
        dialog.import_now()
    assert count(demo_db) == before
    monkeypatch.setattr(import_dialog, "run_with_progress", real)
    # The dialog stays open, and a column can still be mapped anew from the table.
    set_mapping(dialog, 2, "")
    assert dialog.preview is not None and dialog.preview.duplicates == 0
    set_mapping(dialog, 2, "email")
    assert dialog.preview.duplicates == 1
    dialog.import_now()  # the search index and triggers are intact after the rollback
    assert count(demo_db) == before + 1


def test_cancelled_preview_does_not_open_the_dialog(
    window: MainWindow, demo_db: Database, csv_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(file_dialogs, "get_open_file_name", lambda *a, **k: (str(csv_file), ""))
    monkeypatch.setattr(menu, "run_with_progress", _cancelling)
    assert window.data_menu.import_file() is None
    assert "abgebrochen" in window.statusBar().currentMessage()


def test_cancelled_backup_and_restore_change_nothing(
    window: MainWindow, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved = tmp_path / "sicherung.db"
    monkeypatch.setattr(file_dialogs, "get_save_file_name", lambda *a, **k: (str(saved), ""))
    real = menu.run_with_progress
    monkeypatch.setattr(menu, "run_with_progress", _cancelling)
    assert window.data_menu.create_backup() is None and not saved.exists()
    monkeypatch.setattr(menu, "run_with_progress", real)
    assert window.data_menu.create_backup() == saved
    with demo_db.session() as s:
        s.get(Contact, 1).name = "Nach der Sicherung"  # type: ignore[union-attr]
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(file_dialogs, "get_open_file_name", lambda *a, **k: (str(saved), ""))
    monkeypatch.setattr(menu, "run_with_progress", _cancelling)
    assert window.data_menu.restore_backup() is None
    with demo_db.reader() as s:
        assert s.get(Contact, 1).name == "Nach der Sicherung"  # type: ignore[union-attr]
