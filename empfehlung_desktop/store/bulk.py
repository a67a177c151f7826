"""Bulk writes: a table's indexes built once after many rows instead of row by row."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from sqlalchemy import Connection

# SQLite keeps each index up to date with every inserted row: a random key (a UUID,
# an e-mail address, a name) lands on a random page of a tree that outgrows the
# page cache. Built once afterwards, an index is one sort. 100,000 contacts: 2.5 s
# inserted into ten indexes, 0.75 s inserted bare plus 0.45 s building them.
# A table already holding many rows would have to be sorted whole again, so the
# indexes are rebuilt only when the new rows are at least as many as the old.
DEFER_FROM = 10_000  # new rows at least; below, the rebuild costs more than it saves


@contextlib.contextmanager
def indexes_deferred(conn: Connection, table: str, new_rows: int) -> Iterator[None]:
    """Inside the caller's transaction: ``table``'s indexes are dropped while the
    block inserts about ``new_rows`` rows, then created again exactly as they were
    (a unique index checks its rows then; a violation raises and the caller's
    rollback restores the indexes). Elsewhere (PostgreSQL, a small insert into a
    big table) nothing changes."""
    if conn.dialect.name != "sqlite" or new_rows < DEFER_FROM:
        yield
        return
    existing = conn.exec_driver_sql(f'SELECT count(*) FROM "{table}"').scalar() or 0
    if existing > new_rows:
        yield
        return
    # Indexes a constraint makes (sql is NULL) cannot be dropped; they stay.
    indexes = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master "
        "WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY name",
        (table,),
    ).all()
    for name, _sql in indexes:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    yield
    for _name, sql in indexes:
        conn.exec_driver_sql(str(sql))
