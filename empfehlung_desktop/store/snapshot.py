"""Consistent copies of a SQLite database file and where backups are kept (no engine).

The lowest part of the backup machinery: :mod:`backup` builds rotation and restore
on it, and :mod:`migrations` uses it to keep a copy before an automatic upgrade.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path
from typing import Any

from empfehlung_desktop.config import data_dir, default_db_path
from empfehlung_desktop.errors import StoreError
from empfehlung_desktop.files import atomic_path, private_dir
from empfehlung_desktop.i18n import _
from empfehlung_desktop.store import cipher

BACKUP_DIR_NAME = "backups"


def backup_dir() -> Path:
    return private_dir(data_dir() / BACKUP_DIR_NAME)


def backup_prefix(db_path: Path) -> str:
    # Backups of different databases must not rotate each other away.
    if db_path.resolve() == default_db_path().resolve():
        return db_path.stem
    digest = hashlib.sha256(str(db_path.resolve()).encode()).hexdigest()[:8]
    return f"{db_path.stem}-{digest}"


def connect_readonly(path: Path) -> Any:
    """A read-only connection (SQLCipher with the passphrase for an encrypted file)."""
    if not path.is_file():
        raise StoreError(_("Die Datei „{path}“ gibt es nicht.").format(path=path))
    return cipher.connect(path, readonly=True)


def copy_database(source: Path, target: Path) -> Path:
    """Consistent snapshot of ``source`` into ``target`` (via a private temporary file).

    The copy of an encrypted database is encrypted with the same passphrase.
    """
    if not target.parent.exists():
        private_dir(target.parent)
    encrypted = cipher.is_encrypted(source)
    src = connect_readonly(source)
    try:
        with atomic_path(target) as partial:
            dst = cipher.connect(partial, encrypted=encrypted)
            try:
                src.backup(dst)
                # A single self-contained file: no -wal beside the backup.
                dst.execute("PRAGMA journal_mode = DELETE")
            finally:
                dst.close()
    except cipher.database_errors() as exc:
        raise StoreError(
            _("Die Datensicherung „{path}“ ist fehlgeschlagen: {reason}.").format(
                path=target, reason=sqlite_reason(exc)
            )
        ) from None
    finally:
        src.close()
    return target


def sqlite_reason(exc: BaseException) -> str:
    """SQLite's English message as a German reason."""
    if isinstance(exc, UnicodeDecodeError):  # a message holding a damaged page's bytes
        return _("die Datenbank ist beschädigt")
    text = str(exc).lower()
    if "full" in text:
        return _("der Datenträger ist voll")
    if "readonly" in text or "read-only" in text:
        return _("der Datenträger ist schreibgeschützt")
    if "malformed" in text or "not a database" in text:
        return _("die Datenbank ist beschädigt")
    if "i/o" in text:
        return _("Lese- oder Schreibfehler des Datenträgers")
    if "locked" in text or "busy" in text:
        return _("die Datenbank ist gerade gesperrt")
    return _("SQLite-Fehler ({kind})").format(kind=type(exc).__name__)


def backup_name(db_path: Path, reason: str, now: dt.datetime) -> Path:
    folder = backup_dir()
    stamp = now.strftime("%Y-%m-%d_%H-%M-%S")
    candidate = folder / f"{backup_prefix(db_path)}_{stamp}_{reason}.db"
    counter = 1
    while candidate.exists():
        candidate = folder / f"{backup_prefix(db_path)}_{stamp}-{counter}_{reason}.db"
        counter += 1
    return candidate
