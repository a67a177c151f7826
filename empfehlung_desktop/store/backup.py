"""Backups with SQLite's backup API, rolling retention, verified restore and integrity checks.

Never copies the open database file (a copy of a WAL database can miss data);
``sqlite3.Connection.backup`` takes a consistent snapshot while others read
and write. Automatic backups keep the newest :data:`KEEP_RECENT` plus the
newest of each of the last :data:`KEEP_DAYS` days; manual ones and the copies
kept before a restore are never deleted automatically.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine.url import make_url

from empfehlung_desktop.config import data_dir, default_db_path, sqlite_url
from empfehlung_desktop.errors import StoreError
from empfehlung_desktop.i18n import _
from empfehlung_desktop.store.database import open_database

BACKUP_DIR_NAME = "backups"
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


def backup_dir() -> Path:
    path = data_dir() / BACKUP_DIR_NAME
    path.mkdir(parents=True, exist_ok=True)
    return path


def _prefix(db_path: Path) -> str:
    # Backups of different databases must not rotate each other away.
    if db_path.resolve() == default_db_path().resolve():
        return db_path.stem
    digest = hashlib.sha256(str(db_path.resolve()).encode()).hexdigest()[:8]
    return f"{db_path.stem}-{digest}"


def _connect_readonly(path: Path) -> sqlite3.Connection:
    if not path.is_file():
        raise StoreError(_("Die Datei „{path}“ gibt es nicht.").format(path=path))
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)


def copy_database(source: Path, target: Path) -> Path:
    """Consistent snapshot of ``source`` into ``target`` (written via a temporary file)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    src = _connect_readonly(source)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            # A single self-contained file: no -wal beside the backup.
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    except sqlite3.DatabaseError as exc:
        partial.unlink(missing_ok=True)
        raise StoreError(
            _("Die Datensicherung ist fehlgeschlagen: {exc}").format(exc=exc)
        ) from None
    finally:
        src.close()
    os.replace(partial, target)
    return target


def backup_name(db_path: Path, reason: str, now: dt.datetime) -> Path:
    folder = backup_dir()
    stamp = now.strftime("%Y-%m-%d_%H-%M-%S")
    candidate = folder / f"{_prefix(db_path)}_{stamp}_{reason}.db"
    counter = 1
    while candidate.exists():
        candidate = folder / f"{_prefix(db_path)}_{stamp}-{counter}_{reason}.db"
        counter += 1
    return candidate


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
    prefix = _prefix(db_path)
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
        con = _connect_readonly(path)
    except sqlite3.DatabaseError as exc:
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
    except sqlite3.DatabaseError as exc:
        problems = [_("Die Datei ist keine lesbare Datenbank ({exc}).").format(exc=exc)]
    finally:
        con.close()
    return CheckResult(not problems, problems)


def ensure_our_database(path: Path) -> None:
    """Refuse files that are not (intact) databases of this app."""
    try:
        con = _connect_readonly(path)
        try:
            tables = {
                r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
        finally:
            con.close()
    except sqlite3.DatabaseError:
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
    copy_database(source, staged)
    result = check_file(staged)
    if not result.ok:
        staged.unlink(missing_ok=True)
        raise StoreError(_("Die wiederhergestellte Kopie ist fehlerhaft; nichts wurde ersetzt."))
    try:
        # An older backup gets the current schema now, before it replaces anything;
        # one from a newer app version is refused here.
        open_database(sqlite_url(staged)).dispose()
    except StoreError:
        staged.unlink(missing_ok=True)
        raise
    kept = create_backup(db_path, "vor-wiederherstellung", now=now) if db_path.exists() else staged
    if before_swap is not None:
        before_swap()
    _checkpoint(db_path)
    os.replace(staged, db_path)
    # The old WAL belongs to the old file; applied to the new one it would corrupt it.
    for suffix in ("-wal", "-shm"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
    return kept


def _checkpoint(db_path: Path) -> None:
    if not db_path.exists():
        return
    con = sqlite3.connect(db_path, timeout=5)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.DatabaseError:
        pass  # a damaged database is replaced anyway; its copy was kept above
    finally:
        con.close()


def latest_good_backup(db_path: Path) -> BackupInfo | None:
    """The newest backup that passes a quick check (offered after damage)."""
    for info in list_backups(db_path):
        if check_file(info.path, quick=True).ok:
            return info
    return None
