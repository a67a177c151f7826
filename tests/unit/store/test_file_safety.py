"""Private database files, tidy start-up, no silent new practice, damage refused for writing."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from empfehlung_desktop.config import data_dir, sqlite_url
from empfehlung_desktop.errors import StoreError
from empfehlung_desktop.services.contacts.contacts import ContactData, create_contact
from empfehlung_desktop.store import backup, housekeeping, migrations
from empfehlung_desktop.store.database import (
    Database,
    EmptyDatabaseError,
    make_engine,
    open_database,
)
from tests.conftest import DEMO_NOW, DEMO_TODAY, page_size_of


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


def add_contact(db: Database, name: str) -> None:
    with db.session() as session:
        create_contact(session, ContactData(name=name), today=DEMO_TODAY)


def test_database_wal_shm_and_backups_are_private(db_path: Path, umask_022: None) -> None:
    db = open_database(sqlite_url(db_path))
    try:
        add_contact(db, "Zyprian Quastenhuber")
        companions = [db_path.with_name(db_path.name + s) for s in ("", "-wal", "-shm")]
        assert all(p.exists() for p in companions)
        assert {p.name: mode(p) for p in companions} == {p.name: 0o600 for p in companions}
        saved = backup.create_backup(db_path, "manuell", now=DEMO_NOW)
        assert mode(saved) == 0o600 and mode(saved.parent) == 0o700
        assert mode(data_dir()) == 0o700
        kept = backup.restore_backup(saved, db_path, before_swap=db.dispose, now=DEMO_NOW)
        assert mode(db_path) == 0o600 and mode(kept) == 0o600
    finally:
        db.dispose()


def test_start_up_tightens_old_files_and_removes_leftovers(db_path: Path) -> None:
    open_database(sqlite_url(db_path)).dispose()
    db_path.chmod(0o644)
    folder = backup.backup_dir()
    folder.chmod(0o755)
    old_backup = folder / "empfehlung_2026-01-01_10-00-00_manuell.db"
    old_backup.write_bytes(b"")
    old_backup.chmod(0o644)
    staged = db_path.with_name(db_path.name + ".restore")
    staged.write_bytes(b"x" * 4096)  # a killed restore's copy
    temp = folder / ".x.db.abcd.empfehlung-tmp"
    temp.write_bytes(b"x")
    removed = housekeeping.tidy(db_path)
    assert set(removed) == {staged, temp}
    assert mode(db_path) == 0o600 and mode(folder) == 0o700 and mode(old_backup) == 0o600


def test_an_empty_file_is_not_taken_for_a_new_practice(db_path: Path) -> None:
    db_path.write_bytes(b"")
    with pytest.raises(EmptyDatabaseError) as caught:
        open_database(sqlite_url(db_path))
    assert str(db_path) in str(caught.value) and "0 Byte" in str(caught.value)
    assert db_path.stat().st_size == 0
    open_database(sqlite_url(db_path), allow_empty=True).dispose()
    assert db_path.stat().st_size > 0


def test_a_copy_is_kept_before_an_automatic_upgrade(db_path: Path) -> None:
    engine = make_engine(sqlite_url(db_path))
    migrations.upgrade(engine, "0001")
    engine.dispose()
    assert backup.list_backups(db_path) == []
    open_database(sqlite_url(db_path)).dispose()
    [copy] = backup.list_backups(db_path)
    assert copy.reason == "vor-aktualisierung"
    con = sqlite3.connect(copy.path)
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    finally:
        con.close()


def scribble(path: Path) -> None:
    """Damage the middle of a database file (every third page, data not schema).

    The schema's own pages are spared: where they lie depends on the migrations
    (a new index can move one into the damaged range), and without a readable
    schema the file is not a damaged database but no database at all.
    """
    con = sqlite3.connect(path)
    try:
        schema = {
            row[0] for row in con.execute("SELECT pageno FROM dbstat WHERE name = 'sqlite_schema'")
        }
    finally:
        con.close()
    data = bytearray(path.read_bytes())
    size = page_size_of(data)
    for page in range(len(data) // size // 2, len(data) // size, 3):
        if page + 1 in schema:  # dbstat numbers pages from 1
            continue
        data[page * size : page * size + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))


def test_a_damaged_database_refuses_writes_and_names_the_good_backup(
    demo_db: Database, db_path: Path
) -> None:
    good = backup.create_backup(db_path, "manuell", now=DEMO_NOW)
    demo_db.dispose()
    scribble(db_path)
    db = open_database(sqlite_url(db_path))
    try:
        assert backup.refuse_writes_if_damaged(db)
        with pytest.raises(StoreError) as caught:
            add_contact(db, "Neu")
        message = str(caught.value)
        assert "beschädigt" in message and str(good) in message and "restore" in message
    finally:
        db.dispose()


def test_an_unreadable_database_names_the_good_backup(demo_db: Database, db_path: Path) -> None:
    good = backup.create_backup(db_path, "manuell", now=DEMO_NOW)
    demo_db.dispose()
    data = bytearray(db_path.read_bytes())
    size = page_size_of(data)
    data[100:size] = b"\xff" * (size - 100)  # the schema page itself
    db_path.write_bytes(bytes(data))
    with pytest.raises(StoreError) as caught:
        backup.open_or_explain(sqlite_url(db_path))
    assert str(good) in str(caught.value) and "restore" in str(caught.value)
