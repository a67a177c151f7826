"""GDPR (DSGVO) erasure everywhere: the database, its search index and WAL, its backups.

The parts: :mod:`.gdpr_export` (Art. 15/20, everything about one person),
:mod:`.gdpr_person` (which spellings of the person are replaced: full name,
salutation + surname, distinctive name parts, initials beside the name, e-mail,
phone in any punctuation, organisation, also without accents, with "ae" for "ä"
or with look-alike letters — the matching of :mod:`..referrals.anonymize`) and
:mod:`.gdpr_erase` (Art. 17 in one unit of work). After the commit,
:func:`scrub_database` merges the search index and truncates the WAL so the
person is left in no file (``secure_delete`` zeroes freed space), and
:func:`scrub_backups` erases them inside every backup in the backup folder
(or removes a backup that cannot be cleaned). What lies outside the app's
reach is stated in the report.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, func, or_, select
from sqlalchemy.orm import Session

from empfehlung_desktop import files
from empfehlung_desktop.config import sqlite_url
from empfehlung_desktop.errors import UserError
from empfehlung_desktop.model import Contact, sort_key
from empfehlung_desktop.services.data.gdpr_erase import (
    ErasureReport,
    erase_contact,
    erase_person,
    replace_mentions,
)
from empfehlung_desktop.services.data.gdpr_person import Person
from empfehlung_desktop.store import backup, cipher, search
from empfehlung_desktop.store.database import Database, open_database


def scrub_database(engine: Engine) -> bool:
    """After an erasure's commit: merge the search index and empty the WAL (SQLite).

    Merging drops the index segments that still held the old text; the
    TRUNCATE checkpoint writes all pages home and cuts the WAL to zero bytes.
    Runs on a raw connection outside any transaction (a checkpoint cannot
    truncate while its own connection reads). Returns whether the WAL was
    emptied (another program reading at that moment can prevent it).
    """
    if engine.dialect.name != "sqlite":
        return True
    has_index = search.has_fts(engine)
    raw = engine.raw_connection()
    try:
        if has_index:
            raw.execute(f"INSERT INTO {search.FTS_TABLE}({search.FTS_TABLE}) VALUES ('optimize')")
            raw.commit()
        busy, _log, _done = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        raw.close()
    return not busy


# -- backups ----------------------------------------------------------------


def erase_everywhere(db: Database, contact_id: int) -> ErasureReport:
    """Erase in the database, clean its search index and WAL, then its backups."""
    with db.session() as session:
        report = erase_contact(session, contact_id)
    report.wal_truncated = scrub_database(db.engine)
    try:
        db_path = backup.sqlite_file(db.url)
    except UserError:
        return report  # a database server has no backup folder of ours
    if report.person is not None:
        scrub_backups(db_path, report.person, report)
    return report


def scrub_backups(db_path: Path, person: Person, report: ErasureReport) -> None:
    """Erase the person inside every backup of this database in the backup folder.

    Each backup is copied beside itself, erased inside the copy, VACUUMed (no
    free page keeps the old text) and checked byte by byte; then the copy
    replaces the backup atomically. A backup that cannot be cleaned so is removed.
    """
    folder = backup.backup_dir()
    report.backup_folder = str(folder)
    for info in backup.list_backups(db_path):
        report.backups_checked += 1
        try:
            changed = _scrub_backup(info.path, person)
        except Exception:
            changed = None
        if changed is None:
            info.path.unlink(missing_ok=True)
            report.backups_removed.append(info.path.name)
        elif changed:
            report.backups_rewritten.append(info.path.name)


def _scrub_backup(path: Path, person: Person) -> bool | None:
    """True: rewritten; False: the person was not in it; None: could not be cleaned."""
    staged = path.with_name(f".{path.name}.erase")
    try:
        backup.copy_database(path, staged)
        db = open_database(sqlite_url(staged), migrate=False)
        try:
            with db.session() as session:
                found = _erase_in_backup(session, person)
        finally:
            db.dispose()
        if not found and not _bytes_contain(path, person):
            return False
        con = cipher.connect(staged)
        try:
            con.execute("PRAGMA secure_delete = ON")
            con.execute("PRAGMA journal_mode = DELETE")
            if search.FTS_TABLE in {r[0] for r in con.execute("SELECT name FROM sqlite_master")}:
                con.execute(
                    f"INSERT INTO {search.FTS_TABLE}({search.FTS_TABLE}) VALUES ('rebuild')"
                )
                con.commit()
            con.execute("VACUUM")
        finally:
            con.close()
        if _bytes_contain(staged, person) or not backup.check_file(staged).ok:
            return None
        os.replace(staged, path)
        files.fsync_dir(path.parent)
        return True
    finally:
        for suffix in ("", "-wal", "-shm", "-journal"):
            staged.with_name(staged.name + suffix).unlink(missing_ok=True)


def _erase_in_backup(session: Session, person: Person) -> bool:
    key = sort_key(person.name)
    conditions = [Contact.id == person.contact_id, Contact.sort_name == key]
    if person.email.strip():
        conditions.append(func.lower(Contact.email) == person.email.strip().lower())
    stmt = select(Contact).where(Contact.erased_at.is_(None), or_(*conditions))
    found = False
    for contact in session.scalars(stmt).all():
        if (
            contact.id == person.contact_id
            and sort_key(contact.name) != key
            and not (person.email and contact.email.lower() == person.email.lower())
        ):
            continue  # the id belongs to someone else in this older copy
        erase_person(session, contact, ErasureReport(contact.id, contact.name))
        found = True
    mentions = replace_mentions(session, person, exclude_contact=None)
    return found or bool(mentions)


def _bytes_contain(path: Path, person: Person) -> bool:
    data = path.read_bytes().lower()
    return any(needle.lower() in data for needle in person.byte_needles())
