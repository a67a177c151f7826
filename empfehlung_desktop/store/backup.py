"""Backups with SQLite's backup API, rolling retention, verified restore and integrity checks.

Never copies the open database file (a copy of a WAL database can miss data);
``sqlite3.Connection.backup`` takes a consistent snapshot while others read
and write. Automatic backups keep the newest :data:`KEEP_RECENT` plus the
newest of each of the last :data:`KEEP_DAYS` days; manual ones and the copies
kept before a restore are never deleted automatically.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine.url import make_url

from empfehlung_desktop.config import sqlite_url
from empfehlung_desktop.errors import StoreError
from empfehlung_desktop.files import fsync_dir, write_error
from empfehlung_desktop.i18n import _, format_datetime
from empfehlung_desktop.store import cipher
from empfehlung_desktop.store.database import DamagedDatabaseError, Database, open_database
from empfehlung_desktop.store.snapshot import (
    BACKUP_DIR_NAME,
    backup_dir,
    backup_name,
    backup_prefix,
    connect_readonly,
    copy_database,
    sqlite_reason,
)

__all__ = ["BACKUP_DIR_NAME", "backup_dir", "backup_name", "copy_database", "sqlite_reason"]

KEEP_RECENT = 10
KEEP_DAYS = 7
AUTO_REASONS = ("start", "ende")
_NAME = re.compile(
    r"^(?P<prefix>.+)_(?P<stamp>\d{4}-\d\d-\d\d_\d\d-\d\d-\d\d(?:-\d+)?)_(?P<reason>[a-z-]+)\.db$"
)
_OUR_TABLES = {"alembic_version", "contact", "referral", "engagement"}


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime
    reason: str
    size: int


@dataclass(frozen=True)
class CheckResult:
    ok: bool
    problems: list[str]

    def describe(self) -> str:
        if self.ok:
            return _("Die Datenbank ist in Ordnung.")
        return _("Die Datenbank ist beschädigt:\n") + "\n".join(f"- {p}" for p in self.problems)


def sqlite_file(url: str) -> Path:
    """The file behind a SQLite URL; other databases have no file backups."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        raise StoreError(
            _(
                "Datensicherungen gibt es nur für SQLite-Datenbankdateien. Für einen "
                "Datenbankserver bitte dessen Sicherungswerkzeug verwenden (z. B. "
                "pg_dump)."
            )
        )
    return Path(parsed.database)


def create_backup(
    db_path: Path, reason: str = "manuell", target: Path | None = None, *, now: dt.datetime
) -> Path:
    """Back up the database; automatic reasons also prune old automatic backups.

    ``now`` (the clock's wall time) names the file and decides which backups lapse.
    """
    path = copy_database(db_path, target or backup_name(db_path, reason, now))
    if target is None and reason in AUTO_REASONS:
        prune_backups(db_path, now.date())
    return path


def list_backups(db_path: Path) -> list[BackupInfo]:
    """Backups of this database in the backup folder, newest first."""
    prefix = backup_prefix(db_path)
    found = []
    for path in backup_dir().glob(f"{prefix}_*.db"):
        match = _NAME.match(path.name)
        if not match or match["prefix"] != prefix:
            continue
        created = dt.datetime.strptime(match["stamp"][:19], "%Y-%m-%d_%H-%M-%S")
        found.append(BackupInfo(path, created, match["reason"], path.stat().st_size))
    found.sort(key=lambda b: (b.created, b.path.name), reverse=True)
    return found


def prune_backups(db_path: Path, today: dt.date) -> list[Path]:
    """Keep the newest automatic backups and one per day for a week; return deleted."""
    automatic = [b for b in list_backups(db_path) if b.reason in AUTO_REASONS]
    keep = {b.path for b in automatic[:KEEP_RECENT]}
    seen_days: set[dt.date] = set()
    for b in automatic:  # newest first: the first of each day is its newest
        day = b.created.date()
        if (today - day).days < KEEP_DAYS and day not in seen_days:
            seen_days.add(day)
            keep.add(b.path)
    deleted = []
    for b in automatic:
        if b.path not in keep:
            b.path.unlink(missing_ok=True)
            deleted.append(b.path)
    return deleted


def check_file(path: Path, *, quick: bool = False) -> CheckResult:
    """``integrity_check`` (or ``quick_check``) and ``foreign_key_check`` on a file."""
    try:
        con = connect_readonly(path)
    except cipher.PassphraseError as exc:
        return CheckResult(False, [exc.message])
    except cipher.database_errors() as exc:
        return CheckResult(False, [_("Die Datei lässt sich nicht öffnen: {exc}").format(exc=exc)])
    try:
        pragma = "quick_check" if quick else "integrity_check"
        rows = [r[0] for r in con.execute(f"PRAGMA {pragma}").fetchall()]
        problems = [str(r) for r in rows if r != "ok"]
        for table, rowid, parent, _fk in con.execute("PRAGMA foreign_key_check").fetchall():
            problems.append(
                _(
                    "Tabelle {table}, Zeile {rowid}: Verweis auf fehlenden Eintrag in {parent}"
                ).format(table=table, rowid=rowid, parent=parent)
            )
    except UnicodeDecodeError:  # damage in the schema itself (see cipher.database_errors)
        problems = [_("Die Datei ist keine lesbare Datenbank (ihr Aufbau ist beschädigt).")]
    except cipher.database_errors() as exc:
        problems = [_("Die Datei ist keine lesbare Datenbank ({exc}).").format(exc=exc)]
    finally:
        con.close()
    return CheckResult(not problems, problems)


def ensure_our_database(path: Path) -> None:
    """Refuse files that are not (intact) databases of this app."""
    try:
        con = connect_readonly(path)
        try:
            tables = {
                r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
        finally:
            con.close()
    except cipher.database_errors():
        raise StoreError(_("„{name}“ ist keine Datenbankdatei.").format(name=path.name)) from None
    if not tables >= _OUR_TABLES:
        raise StoreError(
            _("„{name}“ ist keine Datenbank von Empfehlung Desktop.").format(name=path.name)
        )
    result = check_file(path)
    if not result.ok:
        raise StoreError(
            _("„{name}“ ist beschädigt und wird nicht eingespielt: {value}").format(
                name=path.name, value=result.problems[0]
            )
        )


def restore_backup(
    source: Path,
    db_path: Path,
    before_swap: Callable[[], None] | None = None,
    *,
    now: dt.datetime,
) -> Path:
    """Replace the database with ``source``; return the backup of the replaced one.

    The copy is written next to the database, verified, and swapped in with
    ``os.replace`` (atomic); the current database is backed up first.
    ``before_swap`` lets the caller close its connections at the last moment.
    """
    ensure_our_database(source)
    staged = db_path.with_name(db_path.name + ".restore")
    try:
        copy_database(source, staged)
        if not check_file(staged).ok:
            raise StoreError(
                _("Die wiederhergestellte Kopie ist fehlerhaft; nichts wurde ersetzt.")
            )
        # An older backup gets the current schema now, before it replaces anything;
        # one from a newer app version is refused here.
        open_database(sqlite_url(staged)).dispose()
        kept = (
            create_backup(db_path, "vor-wiederherstellung", now=now) if db_path.exists() else staged
        )
        if before_swap is not None:
            before_swap()
        _checkpoint(db_path)
        try:
            os.replace(staged, db_path)
        except OSError as exc:
            raise write_error(db_path, exc) from None
        fsync_dir(db_path.parent)
    finally:
        # Whatever failed: no hidden copy as large as the database stays behind.
        for suffix in ("", "-wal", "-shm", "-journal"):
            staged.with_name(staged.name + suffix).unlink(missing_ok=True)
    # The old WAL belongs to the old file; applied to the new one it would corrupt it.
    for suffix in ("-wal", "-shm"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
    return kept


def _checkpoint(db_path: Path) -> None:
    if not db_path.exists():
        return
    try:
        con = cipher.connect(db_path, timeout=5)
    except cipher.PassphraseError:
        return
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except cipher.database_errors():
        pass  # a damaged database is replaced anyway; its copy was kept above
    finally:
        con.close()


def latest_good_backup(db_path: Path) -> BackupInfo | None:
    """The newest backup that passes a quick check (offered after damage)."""
    for info in list_backups(db_path):
        if check_file(info.path, quick=True).ok:
            return info
    return None


def damage_message(db_path: Path, problem: str) -> str:
    """Why nothing is saved, and how to get the newest good backup back."""
    text = _(
        "Die Datenbank „{path}“ ist beschädigt ({problem}). Damit der Schaden nicht "
        "größer wird, werden keine Änderungen gespeichert; Lesen und Exportieren gehen weiter."
    ).format(path=db_path, problem=problem)
    good = latest_good_backup(db_path)
    if good is None:
        return (
            text
            + " "
            + _("Es gibt keine fehlerfreie Datensicherung in {folder}.").format(folder=backup_dir())
        )
    return (
        text
        + " "
        + _(
            "Letzte fehlerfreie Datensicherung: „{backup}“ vom {created}. Wiederherstellen "
            "im Programm über „Datei → Datensicherung wiederherstellen …“ oder mit: "
            'empfehlung-desktop restore "{backup}"'
        ).format(backup=good.path, created=format_datetime(good.created))
    )


def refuse_writes_if_damaged(db: Database, result: CheckResult | None = None) -> bool:
    """Quick-check a SQLite database (or take ``result``); if damaged, refuse every write.

    Return True when the database is damaged.
    """
    try:
        path = sqlite_file(db.url)
    except StoreError:
        return False  # a database server checks itself
    if result is None:
        result = check_file(path, quick=True)
    if result.ok:
        return False
    db.write_refusal = damage_message(path, "; ".join(result.problems[:3]))
    return True


def open_or_explain(url: str, **options: bool) -> Database:
    """``open_database``; an unreadable file's message names the newest good backup."""
    try:
        return open_database(url, **options)
    except DamagedDatabaseError as exc:
        raise StoreError(damage_message(exc.path, exc.message)) from None
