"""Start and end of a GUI session: one instance per database, checks and automatic backups.

Start-up stays fast: the quick check and the start backup run just after the
window is shown (a zero-delay timer). Nothing is ever overwritten by itself:
damage is reported with the offer of the latest good backup.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QStatusBar, QWidget

from empfehlung_desktop import gc_pause
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


class InstanceLock:
    """The GUI's hold on one database: QLockFile against a second window, plus the
    exclusive ``flock`` on the coordination file that tells commands the GUI is there."""

    def __init__(self, file_lock: QLockFile, coordination: instance.CoordinationLock) -> None:
        self.file_lock = file_lock
        self.coordination = coordination

    def unlock(self) -> None:
        self.coordination.release()
        self.file_lock.unlock()


# A command of the command line may be finishing its work: wait this long for it.
COMMAND_WAIT_S = 10.0


def acquire_instance_lock(
    db: Database | str,
    *,
    tidy: bool = False,
    db_file: Path | None = None,
    wait_s: float = COMMAND_WAIT_S,
) -> InstanceLock | None:
    """The locks for this database (a Database or its location), or None if another
    window holds it. With ``tidy`` the data folder and ``db_file`` are tightened and
    cleared of leftovers of interrupted work, while no one else uses them.

    Raises StoreError if a command of the command line keeps working longer than
    ``wait_s`` seconds.
    """
    location = db if isinstance(db, str) else db.display_location
    path = instance.lock_path(location)
    lock = QLockFile(str(path))
    if not lock.tryLock(200):
        if lock.error() == QLockFile.LockError.LockFailedError:
            return None  # another window holds it
        # A read-only or full data folder: not "already open", say what it is.
        raise StoreError(
            QCoreApplication.translate(
                "lifecycle",
                "Im Datenordner „{0}“ kann Empfehlung Desktop nicht schreiben (der "
                "Datenträger ist voll oder schreibgeschützt, oder die Rechte fehlen). Bitte "
                "Platz schaffen oder die Rechte des Ordners prüfen und das Programm dann "
                "noch einmal starten.",
            ).format(path.parent)
        )
    coordination = instance.CoordinationLock(location)
    if not coordination.wait_exclusive(wait_s):
        lock.unlock()
        raise StoreError(
            QCoreApplication.translate(
                "lifecycle",
                "Ein Befehl der Kommandozeile arbeitet gerade mit dieser Datenbank:\n{0}\n\n"
                "Bitte warten, bis er fertig ist, und Empfehlung Desktop dann noch einmal "
                "starten.",
            ).format(location)
        )
    if tidy:
        from empfehlung_desktop.store import housekeeping

        housekeeping.tidy(db_file)
    return InstanceLock(lock, coordination)


def refuse_second_instance(parent: QWidget | None, db: Database | str) -> None:
    location = db if isinstance(db, str) else db.display_location
    QMessageBox.information(
        parent,
        "Empfehlung Desktop",
        QCoreApplication.translate(
            "lifecycle",
            "Empfehlung Desktop ist mit dieser Datenbank bereits geöffnet:\n{0}\n\n"
            "Bitte das schon geöffnete Fenster verwenden. Zwei Fenster auf derselben "
            "Datenbank könnten sich gegenseitig Änderungen überschreiben.",
        ).format(location),
    )


def open_or_ask(open_db: Callable[[bool], Database]) -> Database | None:
    """Open the database; a 0-byte file becomes a new practice only if the user says so."""
    from empfehlung_desktop.store.database import EmptyDatabaseError

    try:
        return open_db(False)
    except EmptyDatabaseError as exc:
        answer = QMessageBox.question(
            None,
            "Empfehlung Desktop",
            QCoreApplication.translate(
                "lifecycle",
                "Die Datenbankdatei ist leer (0 Byte):\n{0}\n\nDas ist meist eine beim "
                "Kopieren oder durch einen vollen Datenträger verlorene Praxis. Dann bitte "
                "abbrechen und die letzte Datensicherung einspielen.\n\nSoll in dieser Datei "
                "wirklich eine neue, leere Praxis beginnen?",
            ).format(exc.path),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        return open_db(True)


def _sqlite_path(db: Database) -> Path | None:
    try:
        return backup.sqlite_file(db.url)
    except StoreError:
        return None  # a database server: its own backup tools apply


def start_checks(
    path: Path, make_backup: bool, clock: Clock, db: Database | None = None
) -> tuple[str, str]:
    """Quick check, then the start backup (only of an intact database).

    A damaged database is refused for writing from here on (``db.write_refusal``).

    Runs off the GUI thread (a backup of a large database takes seconds) and
    returns what to tell the user: ``("ok", "")``, ``("damaged", description)``
    or ``("backup_failed", message)``.
    """
    result = backup.check_file(path, quick=True)
    if not result.ok:
        if db is not None:
            backup.refuse_writes_if_damaged(db, result)
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

    def run(self, path: Path, make_backup: bool, clock: Clock, db: Database, paused: bool) -> None:
        """``paused``: the collector was paused for this thread (ended here, last)."""
        try:
            try:
                outcome = start_checks(path, make_backup, clock, db)
            except Exception as exc:  # never let a backup problem end the app
                outcome = ("backup_failed", str(exc))
            # The window may have closed meanwhile: then nobody is left to tell.
            with contextlib.suppress(RuntimeError):
                self.done.emit(outcome)
        finally:
            gc_pause.resume(paused)


def schedule_start_tasks(window: StartWindow, db: Database, *, make_backup: bool = True) -> None:
    """Start the quick check and backup in the background; the window stays responsive."""
    path = _sqlite_path(db)
    if path is None:
        return
    worker = _StartChecks(window.data_menu)  # a child of the window: gone with it
    worker.done.connect(lambda outcome: report_start_checks(window, outcome))
    # No collection while it runs: on its thread it could destroy the window's Qt
    # objects (cycles of them) from the wrong thread (gc_pause).
    paused = gc_pause.pause(freeze=False)
    try:
        threading.Thread(
            target=worker.run,
            args=(path, make_backup, window.clock, db, paused),
            name="start-backup",
            daemon=True,
        ).start()
    except BaseException:
        gc_pause.resume(paused)
        raise


def backup_on_close(db: Database, clock: Clock) -> None:
    path = _sqlite_path(db)
    if path is None or not path.exists():
        return
    try:
        if backup.check_file(path, quick=True).ok:
            backup.create_backup(path, "ende", now=clock.now())
    except StoreError:
        pass  # never keep the user from closing; the start backup exists
