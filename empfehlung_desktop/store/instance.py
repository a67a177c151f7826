"""Which program holds a database: the GUI's lock file, readable without Qt.

The GUI takes a ``QLockFile`` at :func:`lock_path` (one per database file,
keyed by a hash of its path, in the data directory). The CLI reads the same
file to refuse a ``restore`` while the GUI works on that database. Everyday
CLI writes need no lock: SQLite serialises writers and waits up to 5 s.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from empfehlung_desktop.config import data_dir


def instance_key(db_location: str) -> str:
    return hashlib.sha256(db_location.encode("utf-8")).hexdigest()[:16]


def lock_path(db_location: str) -> Path:
    return data_dir() / f"instanz-{instance_key(db_location)}.lock"


def gui_holds(db_location: str) -> bool:
    """Whether a running GUI holds the lock for this database."""
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
