"""A bulk insert may drop a table's indexes and build them again afterwards."""

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import insert
from sqlalchemy.exc import IntegrityError

from empfehlung_desktop.model import Contact
from empfehlung_desktop.store import bulk
from empfehlung_desktop.store.database import Database, open_database


@pytest.fixture
def sqlite_db(tmp_path: Path):  # type: ignore[no-untyped-def]
    db = open_database(f"sqlite:///{tmp_path / 'bulk.db'}")
    yield db
    db.dispose()


def _indexes(db: Database) -> list[tuple[str, str]]:
    with db.reader() as s:
        rows = s.connection().exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'contact'"
            " ORDER BY name"
        )
        return [(str(name), str(sql)) for name, sql in rows]


def _rows(count: int, first: int = 0) -> list[dict[str, object]]:
    return [
        {"name": f"P {n}", "sort_name": f"p {n}", "uid": f"uid-{n}", "search_text": ""}
        for n in range(first, first + count)
    ]


def test_indexes_are_dropped_while_rows_go_in_and_come_back_as_they_were(
    sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bulk, "DEFER_FROM", 5)
    before = _indexes(sqlite_db)
    assert len(before) >= 5  # uid, e-mail, sort name …
    with sqlite_db.session() as s:
        conn = s.connection()
        with bulk.indexes_deferred(conn, "contact", 20):
            during = conn.exec_driver_sql(
                "SELECT count(*) FROM sqlite_master WHERE tbl_name = 'contact'"
                " AND type = 'index' AND sql IS NOT NULL"
            ).scalar()
            conn.execute(insert(Contact), _rows(20))
        assert during == 0
    assert _indexes(sqlite_db) == before
    with sqlite_db.reader() as s:
        conn = s.connection()
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        plan = conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT id FROM contact WHERE uid = 'uid-3'"
        ).all()
        assert "ix_contact_uid" in str(plan)


@pytest.mark.parametrize(("existing", "new"), [(0, 4), (30, 20)])
def test_a_small_insert_or_one_into_a_bigger_table_keeps_the_indexes(
    sqlite_db: Database, monkeypatch: pytest.MonkeyPatch, existing: int, new: int
) -> None:
    monkeypatch.setattr(bulk, "DEFER_FROM", 5)
    if existing:
        with sqlite_db.session() as s:
            s.connection().execute(insert(Contact), _rows(existing, 1000))
    before = _indexes(sqlite_db)
    with sqlite_db.session() as s:
        conn = s.connection()
        with bulk.indexes_deferred(conn, "contact", new):
            assert len(_indexes_of(conn)) == len(before)


def _indexes_of(conn) -> list[str]:  # type: ignore[no-untyped-def]
    return [
        str(name)
        for (name,) in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE tbl_name = 'contact' AND type = 'index'"
            " AND sql IS NOT NULL"
        )
    ]


def test_a_duplicate_key_fails_and_the_rollback_keeps_the_indexes(
    sqlite_db: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(bulk, "DEFER_FROM", 5)
    before = _indexes(sqlite_db)
    twice = _rows(10) + _rows(1, 3)  # "uid-3" a second time: the unique index refuses it
    with pytest.raises(IntegrityError), sqlite_db.session() as s:
        conn = s.connection()
        with bulk.indexes_deferred(conn, "contact", len(twice)):
            conn.execute(insert(Contact), twice)
    assert _indexes(sqlite_db) == before
    con = sqlite3.connect(tmp_path / "bulk.db")
    try:
        assert con.execute("SELECT count(*) FROM contact").fetchone()[0] == 0
    finally:
        con.close()
