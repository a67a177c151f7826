"""Start and end of a GUI session: one instance per database, checks and automatic backups.

Start-up stays fast: the quick check and the start backup run just after the
window is shown (a zero-delay timer). Nothing is ever overwritten by itself:
damage is reported with the offer of the latest good backup.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from empfehlung_desktop.store import backup, instance
from empfehlung_desktop.store.database import Database, StoreError


def acquire_instance_lock(db: Database) -> QLockFile | None:
    """The lock for this database, or None if another GUI holds it."""
    lock = QLockFile(str(instance.lock_path(db.display_location)))
    if lock.tryLock(200):
        return lock
    return None


def refuse_second_instance(parent: QWidget | None, db: Database) -> None:
    QMessageBox.information(
        parent,
        "Empfehlung Desktop",
        QCoreApplication.translate(
            "lifecycle",
            "Empfehlung Desktop ist mit dieser Datenbank bereits geöffnet:\n{0}\n\n"
            "Bitte das schon geöffnete Fenster verwenden. Zwei Fenster auf derselben "
            "Datenbank könnten sich gegenseitig Änderungen überschreiben.",
        ).format(db.display_location),
    )


def _sqlite_path(db: Database) -> Path | None:
    try:
        return backup.sqlite_file(db.url)
    except StoreError:
        return None  # a database server: its own backup tools apply


def after_start(window, db: Database, *, make_backup: bool = True) -> None:
    """Quick check, then the start backup (only of an intact database)."""
    path = _sqlite_path(db)
    if path is None:
        return
    result = backup.check_file(path, quick=True)
    if not result.ok:
        from empfehlung_desktop.ui.data.menu import offer_recovery

        offer_recovery(window.data_menu, result.describe())
        return
    if make_backup:
        try:
            backup.create_backup(path, "start")
        except StoreError as exc:
            window.statusBar().showMessage(str(exc), 10000)


def schedule_start_tasks(window, db: Database, *, make_backup: bool = True) -> None:
    QTimer.singleShot(0, lambda: after_start(window, db, make_backup=make_backup))


def backup_on_close(db: Database) -> None:
    path = _sqlite_path(db)
    if path is None or not path.exists():
        return
    try:
        if backup.check_file(path, quick=True).ok:
            backup.create_backup(path, "ende")
    except StoreError:
        pass  # never keep the user from closing; the start backup exists
