"""Encryption at rest switched on and off: the database file and its backups, converted safely.

Each file is converted into a new file beside it (``sqlcipher_export``), the new
file is verified (integrity check, the same rows in every table), then renamed
over the old one; a hard link keeps the old file until the new one has opened
with the passphrase, and is removed only then. Whatever fails before, the old
file stays as it was. The GUI and the command line call :func:`encrypt` and
:func:`decrypt` only while no other program uses the database, with the
database's connections closed.

The passphrase may be remembered in the system keyring (the optional ``keyring``
package); everything here works without it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from empfehlung_desktop import files
from empfehlung_desktop.errors import StoreError
from empfehlung_desktop.i18n import _
from empfehlung_desktop.services.data.passphrase import (
    ENV_PASSPHRASE,
    forget_passphrase,
    keyring_available,
    passphrase_for_command,
    remember_passphrase,
    remembered_passphrase,
)
from empfehlung_desktop.store import backup, cipher

__all__ = [
    "ENV_PASSPHRASE",
    "keyring_available",
    "passphrase_for_command",
    "remembered_passphrase",
]

_KEEP_SUFFIX = ".vor-umstellung" + files.TEMP_SUFFIX


def _conversion_errors() -> tuple[type[BaseException], ...]:
    return (StoreError, *cipher.database_errors())


@dataclass
class ConversionReport:
    """What a switch did: the database, the backups converted, the ones left as they were."""

    database: Path
    encrypted: bool
    backups_converted: list[Path] = field(default_factory=list)
    backups_failed: list[Path] = field(default_factory=list)
    remembered: bool = False

    def describe(self) -> str:
        if self.encrypted:
            lines = [
                _("Die Datenbank „{path}“ ist jetzt verschlüsselt.").format(path=self.database)
            ]
        else:
            lines = [
                _("Die Datenbank „{path}“ ist jetzt unverschlüsselt.").format(path=self.database)
            ]
        lines.append(
            _("Datensicherungen umgestellt: {count}.").format(count=len(self.backups_converted))
        )
        if self.backups_failed:
            lines.append(
                _(
                    "Nicht umgestellt (andere Passphrase oder beschädigt), unverändert "
                    "geblieben: {names}."
                ).format(names=", ".join(p.name for p in self.backups_failed))
            )
        if self.encrypted:
            lines.append(
                _(
                    "Sicherungen, die außerhalb des Ordners „{folder}“ liegen (z. B. mit "
                    "„backup -o“ erstellt), bleiben so, wie sie sind."
                ).format(folder=backup.backup_dir())
            )
            if self.remembered:
                lines.append(_("Die Passphrase ist im Schlüsselbund des Systems gespeichert."))
        return "\n".join(lines)


def encrypt(
    db_path: Path, passphrase: str, *, repeated: str | None = None, remember: bool = False
) -> ConversionReport:
    """Encrypt the database and its backups with ``passphrase``; the process keeps it."""
    cipher.require()
    cipher.validate_new_passphrase(passphrase, repeated)
    if not db_path.is_file():
        raise StoreError(_("Die Datenbank „{path}“ gibt es nicht.").format(path=db_path))
    if cipher.is_encrypted(db_path):
        raise StoreError(
            _("Die Datenbank „{path}“ ist bereits verschlüsselt.").format(path=db_path)
        )
    _ensure_intact(db_path)
    convert_file(db_path, encrypt=True, passphrase=passphrase, keep_wal=True)
    cipher.set_passphrase(passphrase)
    report = ConversionReport(db_path, encrypted=True)
    _convert_backups(db_path, report, encrypt=True, passphrase=passphrase)
    if remember:
        report.remembered = remember_passphrase(db_path, passphrase)
    return report


def decrypt(db_path: Path, passphrase: str) -> ConversionReport:
    """Store the database and its backups unencrypted again (``passphrase`` must open it)."""
    cipher.require()
    if not cipher.is_encrypted(db_path):
        raise StoreError(_("Die Datenbank „{path}“ ist nicht verschlüsselt.").format(path=db_path))
    if not cipher.check_passphrase(db_path, passphrase):
        raise cipher.PassphraseError(cipher.wrong_passphrase_message(db_path))
    convert_file(db_path, encrypt=False, passphrase=passphrase, keep_wal=True)
    report = ConversionReport(db_path, encrypted=False)
    _convert_backups(db_path, report, encrypt=False, passphrase=passphrase)
    forget_passphrase(db_path)
    cipher.set_passphrase(None)
    return report


def _ensure_intact(db_path: Path) -> None:
    result = backup.check_file(db_path, quick=True)
    if not result.ok:
        raise StoreError(
            _("Die Datenbank ist beschädigt und wird deshalb nicht umgestellt: {problem}").format(
                problem="; ".join(result.problems[:3])
            )
        )


def _convert_backups(
    db_path: Path, report: ConversionReport, *, encrypt: bool, passphrase: str
) -> None:
    for info in backup.list_backups(db_path):
        if cipher.is_encrypted(info.path) == encrypt:
            continue
        try:
            convert_file(info.path, encrypt=encrypt, passphrase=passphrase, keep_wal=False)
        except _conversion_errors():
            report.backups_failed.append(info.path)
        else:
            report.backups_converted.append(info.path)


def convert_file(path: Path, *, encrypt: bool, passphrase: str, keep_wal: bool) -> None:
    """Encrypt (or decrypt) one database file in place, safely (see the module's text).

    ``keep_wal``: the file is the live database (WAL mode); backups stay single files.
    """
    module = cipher.require()
    source_encrypted = not encrypt
    keep = path.with_name(f".{path.name}{_KEEP_SUFFIX}")
    keep.unlink(missing_ok=True)
    try:
        with files.atomic_path(path) as staged:
            _export(module, path, staged, source_encrypted=source_encrypted, passphrase=passphrase)
            _verify(path, staged, encrypt=encrypt, passphrase=passphrase, keep_wal=keep_wal)
            try:
                os.link(path, keep)
            except OSError:
                files.write_bytes(keep, path.read_bytes())
    except BaseException:
        keep.unlink(missing_ok=True)
        raise
    # The renamed file is in place; the old WAL and index belong to the old file.
    try:
        for suffix in ("-wal", "-shm", "-journal"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
        con = cipher.connect(path, encrypted=encrypt, key=passphrase if encrypt else None)
        try:
            ok = con.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        finally:
            con.close()
    except _conversion_errors():
        ok = False
    if not ok:
        os.replace(keep, path)
        files.fsync_dir(path.parent)
        raise StoreError(
            _("Die umgestellte Datei „{path}“ ließ sich nicht öffnen; der alte Stand gilt.").format(
                path=path
            )
        )
    keep.unlink(missing_ok=True)
    files.fsync_dir(path.parent)
    files.tighten(path)


def _export(
    module: Any, source: Path, staged: Path, *, source_encrypted: bool, passphrase: str
) -> None:
    """Copy every table, index and trigger of ``source`` into ``staged`` (the other form)."""
    con = module.connect(str(source), timeout=5)
    try:
        if source_encrypted:
            con.execute(cipher.key_pragma(passphrase))
        con.execute("SELECT count(*) FROM sqlite_master").fetchall()
        # Fold the WAL into the file: the export then reads one consistent state.
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        target_key = "" if source_encrypted else passphrase
        con.execute("ATTACH DATABASE ? AS converted KEY ?", (str(staged), target_key))
        con.execute("SELECT sqlcipher_export('converted')")
        con.execute("DETACH DATABASE converted")
    except module.DatabaseError as exc:
        raise StoreError(
            _("Die Datei „{path}“ ließ sich nicht umstellen: {reason}.").format(
                path=source, reason=backup.sqlite_reason(exc)
            )
        ) from None
    finally:
        con.close()


def _counts(con: Any) -> dict[str, int]:
    names = [
        r[0]
        for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {n: con.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def _verify(source: Path, staged: Path, *, encrypt: bool, passphrase: str, keep_wal: bool) -> None:
    """The staged file is intact and holds the same rows as the source, or StoreError."""
    old = cipher.connect(source, encrypted=not encrypt, key=None if encrypt else passphrase)
    try:
        expected = _counts(old)
    finally:
        old.close()
    new = cipher.connect(staged, encrypted=encrypt, key=passphrase if encrypt else None)
    try:
        problems = [str(r[0]) for r in new.execute("PRAGMA integrity_check") if r[0] != "ok"]
        if not problems and _counts(new) != expected:
            problems.append(_("nicht alle Zeilen wurden übernommen"))
        new.execute(f"PRAGMA journal_mode = {'WAL' if keep_wal else 'DELETE'}")
    finally:
        new.close()
    if problems:
        raise StoreError(
            _(
                "Die umgestellte Kopie von „{path}“ ist fehlerhaft ({problem}); nichts wurde "
                "ersetzt."
            ).format(path=source, problem=problems[0])
        )


def unlock(db_path: Path, passphrase: str) -> None:
    """Take ``passphrase`` for this process if it opens the file; else PassphraseError."""
    if not cipher.check_passphrase(db_path, passphrase):
        raise cipher.PassphraseError(cipher.wrong_passphrase_message(db_path))
    cipher.set_passphrase(passphrase)


def unlock_from_keyring(db_path: Path) -> bool:
    """Use a remembered passphrase if it still opens the file."""
    remembered = remembered_passphrase(db_path)
    if remembered is None or not cipher.check_passphrase(db_path, remembered):
        return False
    cipher.set_passphrase(remembered)
    return True
