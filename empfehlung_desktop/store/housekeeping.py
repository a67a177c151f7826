"""Start-up tidying of the data folder: private modes, no leftovers of interrupted work.

Runs in the GUI and the command line only while no other program of ours uses
the database (the caller holds the coordination lock exclusively), so nothing
another process is still writing can be removed.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from empfehlung_desktop.config import data_dir
from empfehlung_desktop.files import TEMP_SUFFIX, remove_leftovers, tighten, tighten_folder
from empfehlung_desktop.store.snapshot import backup_dir


def tidy(db_file: Path | None) -> list[Path]:
    """Tighten the data and backup folders (0700/0600), remove leftovers; return them."""
    removed: list[Path] = []
    for folder in (data_dir(), backup_dir()):
        tighten_folder(folder)
        removed += remove_leftovers(folder)
    if db_file is not None:
        removed += _remove_beside_database(db_file)
        for suffix in ("", "-wal", "-shm", "-journal"):
            tighten(db_file.with_name(db_file.name + suffix))
    return removed


def _remove_beside_database(db_file: Path) -> list[Path]:
    """A killed restore's staged copy and our temporary files next to the database."""
    removed = []
    staged = db_file.with_name(db_file.name + ".restore")
    candidates = [staged.with_name(staged.name + s) for s in ("", "-wal", "-shm", "-journal")]
    with contextlib.suppress(OSError):
        candidates += [
            p for p in db_file.parent.glob(f".{db_file.name}*{TEMP_SUFFIX}") if p.is_file()
        ]
    for path in candidates:
        with contextlib.suppress(OSError):
            if path.exists():
                path.unlink()
                removed.append(path)
    return removed
