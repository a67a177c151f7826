import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from empfehlung_desktop.errors import StoreError
from empfehlung_desktop.store import backup
from empfehlung_desktop.store.database import DamagedDatabaseError, Database, open_database
from tests.conftest import DEMO_NOW, damage_schema, page_size_of


def contact_names(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute("SELECT name FROM contact ORDER BY id")]
    finally:
        con.close()


def test_backup_then_restore_gives_the_same_data(demo_db: Database, db_path: Path) -> None:
    before = contact_names(db_path)
    saved = backup.create_backup(db_path, "manuell", now=DEMO_NOW)
    assert saved.parent == backup.backup_dir()
    assert not saved.with_name(saved.name + "-wal").exists()
    with demo_db.session() as s:
        s.execute(backup_sql("DELETE FROM feedback"))
        s.execute(backup_sql("UPDATE contact SET name = 'verändert'"))
    demo_db.dispose()
    kept = backup.restore_backup(saved, db_path, now=DEMO_NOW)
    assert contact_names(db_path) == before
    assert set(contact_names(kept)) == {"verändert"}
    assert backup.check_file(db_path).ok


def backup_sql(sql: str):  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    return text(sql)


def test_restore_refuses_foreign_files(db: Database, db_path: Path, tmp_path: Path) -> None:
    other = tmp_path / "fremd.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE x (a)")
    con.commit()
    con.close()
    text_file = tmp_path / "text.db"
    text_file.write_text("kein SQLite")
    for bad in (other, text_file, tmp_path / "fehlt.db"):
        with pytest.raises(StoreError):
            backup.restore_backup(bad, db_path, now=DEMO_NOW)
    assert backup.check_file(db_path).ok


def test_rotation_keeps_ten_plus_one_per_day_for_a_week(db: Database, db_path: Path) -> None:
    today = dt.date(2026, 11, 22)
    for days_ago in range(10):
        for hour in (8, 12, 18):
            stamp = dt.datetime.combine(today - dt.timedelta(days=days_ago), dt.time(hour))
            backup.copy_database(db_path, backup.backup_name(db_path, "start", stamp))
    manual = backup.create_backup(db_path, "manuell", now=DEMO_NOW)
    backup.prune_backups(db_path, today=today)
    left = backup.list_backups(db_path)
    automatic = [b for b in left if b.reason == "start"]
    newest_ten = {(today - dt.timedelta(days=d), h) for d in range(4) for h in (18, 12, 8)}
    kept = {(b.created.date(), b.created.hour) for b in automatic}
    assert len([k for k in kept if k in newest_ten]) == 10
    for days_ago in range(7):
        day = today - dt.timedelta(days=days_ago)
        assert (day, 18) in kept
    assert len(automatic) == 10 + 3  # days 4, 5 and 6 keep their newest
    assert manual.exists()


def _scribbled(db_path: Path, target: Path, step: int | None) -> Path:
    """A copy with 64 bytes of 0xFF every third ``step`` bytes (None: the page size),
    from the third on."""
    broken = backup.copy_database(db_path, target)
    data = bytearray(broken.read_bytes())
    step = step or page_size_of(data)
    for start in range(2 * step, len(data), 3 * step):
        data[start : start + 64] = b"\xff" * 64
    broken.write_bytes(bytes(data))
    return broken


def test_check_reports_damage(demo_db: Database, db_path: Path, tmp_path: Path) -> None:
    assert backup.check_file(db_path).ok
    result = backup.check_file(_scribbled(db_path, tmp_path / "kaputt.db", None))
    assert not result.ok and "beschädigt" in result.describe()


def test_check_reports_damage_inside_pages(
    demo_db: Database, db_path: Path, tmp_path: Path
) -> None:
    result = backup.check_file(_scribbled(db_path, tmp_path / "kaputt.db", 4096))
    assert not result.ok and "beschädigt" in result.describe()


def test_a_damaged_schema_whose_bytes_are_no_text_is_reported_not_raised(
    demo_db: Database, db_path: Path, tmp_path: Path
) -> None:
    """SQLite names the damaged table in its message, with the damage's bytes; the
    driver cannot decode them (UnicodeDecodeError): each way in says "damaged"."""
    broken = backup.copy_database(db_path, tmp_path / "kaputt.db")
    damage_schema(broken)
    result = backup.check_file(broken)
    assert not result.ok
    assert result.problems == ["Die Datei ist keine lesbare Datenbank (ihr Aufbau ist beschädigt)."]
    with pytest.raises(DamagedDatabaseError, match="ihr Aufbau ist beschädigt"):
        open_database(f"sqlite:///{broken}")
    with pytest.raises(StoreError, match="keine Datenbankdatei"):
        backup.ensure_our_database(broken)
    with pytest.raises(StoreError, match="die Datenbank ist beschädigt"):
        backup.copy_database(broken, tmp_path / "kopie.db")


def test_latest_good_backup(db: Database, db_path: Path) -> None:
    assert backup.latest_good_backup(db_path) is None
    saved = backup.create_backup(db_path, "start", now=DEMO_NOW)
    info = backup.latest_good_backup(db_path)
    assert info is not None and info.path == saved


def test_non_sqlite_urls_have_no_file_backups() -> None:
    with pytest.raises(StoreError, match="pg_dump"):
        backup.sqlite_file("postgresql://localhost/empfehlung")
