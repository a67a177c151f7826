"""Start and end of a GUI session: one instance per database, checks and automatic backups.

Start-up stays fast: the quick check and the start backup run just after the
window is shown (a zero-delay timer). Nothing is ever overwritten by itself:
damage is reported with the offer of the latest good backup.
"""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QStatusBar, QWidget

from empfehlung_desktop.clock import Clock
from empfehlung_desktop.errors import StoreError
from empfehlung_desktop.store import backup, instance
from empfehlung_desktop.store.database import Database

if TYPE_CHECKING:
    from empfehlung_desktop.ui.data.menu import DataMenu


class StartWindow(Protocol):
    """What the start checks need of the main window (no import of ui.main_window)."""

    @property
    def clock(self) -> Clock: ...

    @property
    def data_menu(self) -> DataMenu: ...

    def statusBar(self) -> QStatusBar: ...


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


def start_checks(path: Path, make_backup: bool, clock: Clock) -> tuple[str, str]:
    """Quick check, then the start backup (only of an intact database).

    Runs off the GUI thread (a backup of a large database takes seconds) and
    returns what to tell the user: ``("ok", "")``, ``("damaged", description)``
    or ``("backup_failed", message)``.
    """
    result = backup.check_file(path, quick=True)
    if not result.ok:
        return "damaged", result.describe()
    if make_backup:
        try:
            backup.create_backup(path, "start", now=clock.now())
        except StoreError as exc:
            return "backup_failed", str(exc)
    return "ok", ""


def report_start_checks(window: StartWindow, outcome: tuple[str, str]) -> None:
    """Show the outcome of :func:`start_checks` (on the GUI thread)."""
    kind, text = outcome
    if kind == "damaged":
        from empfehlung_desktop.ui.data.menu import offer_recovery

        offer_recovery(window.data_menu, text)
    elif kind == "backup_failed":
        window.statusBar().showMessage(text, 10000)


class _StartChecks(QObject):
    """Runs :func:`start_checks` in a worker thread; ``done`` arrives on the GUI thread."""

    done = Signal(object)

    def run(self, path: Path, make_backup: bool, clock: Clock) -> None:
        try:
            outcome = start_checks(path, make_backup, clock)
        except Exception as exc:  # never let a backup problem end the app
            outcome = ("backup_failed", str(exc))
        # The window may have closed meanwhile: then nobody is left to tell.
        with contextlib.suppress(RuntimeError):
            self.done.emit(outcome)


def schedule_start_tasks(window: StartWindow, db: Database, *, make_backup: bool = True) -> None:
    """Start the quick check and backup in the background; the window stays responsive."""
    path = _sqlite_path(db)
    if path is None:
        return
    worker = _StartChecks(window.data_menu)  # a child of the window: gone with it
    worker.done.connect(lambda outcome: report_start_checks(window, outcome))
    threading.Thread(
        target=worker.run,
        args=(path, make_backup, window.clock),
        name="start-backup",
        daemon=True,
    ).start()


def backup_on_close(db: Database, clock: Clock) -> None:
    path = _sqlite_path(db)
    if path is None or not path.exists():
        return
    try:
        if backup.check_file(path, quick=True).ok:
            backup.create_backup(path, "ende", now=clock.now())
    except StoreError:
        pass  # never keep the user from closing; the start backup exists
