"""Which program holds a database: the GUI's lock files, readable without Qt.

The GUI takes a ``QLockFile`` at :func:`lock_path` (one per database file,
keyed by a hash of its path, in the data directory) against a second window.
GUI and command line also coordinate through :func:`coordination_path`, a
separate file locked with ``flock``: SQLite's own POSIX locks vanish when any
descriptor of the database is closed in the process (PITFALLS), a ``flock`` on
another file cannot be dropped that way. The GUI holds it exclusively for its
whole session; a command holds it shared while it runs (exclusively for a
moment first, to tidy up after interrupted work) and, finding the GUI there,
keeps a read-only guard connection open so that it never deletes the WAL the
GUI still writes into (see :func:`wal_guard`).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from empfehlung_desktop.config import data_dir
from empfehlung_desktop.files import PRIVATE_FILE_MODE

if sys.platform != "win32":  # Windows: SQLite's locks there are not dropped by a close
    import fcntl

# How a command found the database: alone, beside other commands, or beside the GUI.
ALONE, SHARED, GUI_OPEN = "alone", "shared", "gui"


def instance_key(db_location: str) -> str:
    return hashlib.sha256(db_location.encode("utf-8")).hexdigest()[:16]


def lock_path(db_location: str) -> Path:
    return data_dir() / f"instanz-{instance_key(db_location)}.lock"


def coordination_path(db_location: str) -> Path:
    return data_dir() / f"instanz-{instance_key(db_location)}.sperre"


class CoordinationLock:
    """A ``flock`` on the coordination file of one database (no-op without fcntl)."""

    def __init__(self, db_location: str) -> None:
        self.path = coordination_path(db_location)
        self._fd: int | None = None

    def _open(self) -> int:
        if self._fd is None:
            self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE_MODE)
        return self._fd

    def _try(self, exclusive: bool) -> bool:
        if sys.platform == "win32":
            return True
        operation = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
        try:
            fcntl.flock(self._open(), operation | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def try_exclusive(self) -> bool:
        return self._try(exclusive=True)

    def try_shared(self) -> bool:
        return self._try(exclusive=False)

    def wait_exclusive(self, seconds: float) -> bool:
        """Try for up to ``seconds`` (a command may be finishing its work)."""
        deadline = time.monotonic() + seconds
        while not self.try_exclusive():
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.05)
        return True

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the only descriptor releases the flock
            self._fd = None

    # The GUI's lifecycle calls unlock(), like QLockFile's.
    unlock = release


@contextlib.contextmanager
def command_access(db_location: str, tidy: Callable[[], object] | None = None) -> Iterator[str]:
    """The coordination lock (shared) for one command; yields ALONE, SHARED or GUI_OPEN.

    ALONE means no other program of ours used the database: ``tidy`` then runs
    under the exclusive lock (leftovers of interrupted work cannot belong to a
    living process) before the lock is shared with other commands.
    """
    lock = CoordinationLock(db_location)
    try:
        if lock.try_exclusive():
            state = ALONE
            if tidy is not None:
                tidy()
            if not lock.try_shared():  # a GUI slipped in while converting
                state = GUI_OPEN
        elif lock.try_shared():
            state = SHARED
        else:
            state = GUI_OPEN
        yield state
    finally:
        lock.release()


def gui_holds_coordination(db_location: str) -> bool:
    """Whether another program (the GUI) holds the coordination lock exclusively."""
    if sys.platform == "win32" or not coordination_path(db_location).exists():
        return False
    probe = CoordinationLock(db_location)
    try:
        return not probe.try_shared()
    finally:
        probe.release()


@contextlib.contextmanager
def wal_guard(db_file: Path) -> Iterator[None]:
    """Keep a read-only connection open around a command's work beside the GUI.

    When the last connection of a process closes, SQLite checkpoints and deletes
    the WAL if it can lock the file exclusively — which it can if the GUI lost
    its POSIX locks to a stray ``close()``; the GUI would go on writing into a
    deleted WAL. With this connection open, the command's own connections never
    close last, and a read-only connection cannot delete the WAL.
    """
    from empfehlung_desktop.errors import StoreError
    from empfehlung_desktop.store import cipher

    guard: Any = None
    with contextlib.suppress(StoreError, *cipher.database_errors()):
        # The same library as the command's own connections (SQLCipher when encrypted).
        guard = cipher.connect(db_file, readonly=True)
        guard.execute("SELECT count(*) FROM sqlite_master").fetchall()
    try:
        yield
    finally:
        if guard is not None:
            guard.close()


def gui_holds(db_location: str) -> bool:
    """Whether a running GUI holds the lock for this database."""
    if gui_holds_coordination(db_location):
        return True
    path = lock_path(db_location)
    try:
        first = path.read_text(encoding="utf-8", errors="replace").splitlines()[:1]
    except OSError:
        return False
    if not first or not first[0].strip().isdigit():
        return path.exists()
    pid = int(first[0])
    if os.name == "nt":  # no cheap liveness test without extra packages
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False  # stale lock of a crashed GUI
    except PermissionError:
        return True
    return True
