"""Bulk writes: rows as plain tuples through the driver, a table's indexes built
once after many rows instead of row by row."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import Connection, Table, insert

# SQLite keeps each index up to date with every inserted row: a random key (a UUID,
# an e-mail address, a name) lands on a random page of a tree that outgrows the
# page cache. Built once afterwards, an index is one sort. 100,000 contacts: 2.5 s
# inserted into ten indexes, 0.75 s inserted bare plus 0.45 s building them.
# A table already holding many rows would have to be sorted whole again, so the
# indexes are rebuilt only when the new rows are at least as many as the old.
# New rows at least: below, the saving is a tenth of a second or less, and a small
# import leaves the schema alone (a change makes every connection prepare anew).
DEFER_FROM = 10_000


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


class Inserter:
    """One INSERT executed many times, with each column's values as the ORM binds them.

    On SQLite the rows go to the driver's ``executemany`` as tuples: SQLAlchemy's
    per-row parameter handling costs more than the insert itself. The columns'
    own bind processors (enums, dates, role sets) convert the values, once per
    distinct value. Other databases get a Core executemany.
    """

    def __init__(self, conn: Connection, table: Table, columns: Sequence[str]) -> None:
        self.conn, self.table, self.columns = conn, table, tuple(columns)
        dialect = conn.dialect
        self.fast = dialect.name == "sqlite" and dialect.paramstyle == "qmark"
        self.converters: list[tuple[int, Callable[[Any], Any], dict[Any, Any]]] = []
        for index, name in enumerate(self.columns):
            processor = table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
            if processor is not None:
                self.converters.append((index, processor, {}))
        names = ", ".join(f'"{name}"' for name in self.columns)
        marks = ", ".join("?" for _name in self.columns)
        self.sql = f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})'

    def insert(self, rows: Iterable[tuple[Any, ...]]) -> None:
        self.insert_converted(self.convert(rows))

    def convert(self, rows: Iterable[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
        """The rows as the driver takes them (may run on another thread: no database)."""
        if not self.fast or not self.converters:
            return list(rows)
        return [self._convert(row) for row in rows]

    def insert_converted(self, rows: list[tuple[Any, ...]]) -> None:
        if not rows:
            return
        if self.fast:
            self.conn.exec_driver_sql(self.sql, rows)
        else:
            dicts = [dict(zip(self.columns, row, strict=True)) for row in rows]
            self.conn.execute(insert(self.table), dicts)

    def _convert(self, row: tuple[Any, ...]) -> tuple[Any, ...]:
        values = list(row)
        for index, processor, seen in self.converters:
            value = values[index]
            try:
                values[index] = seen[value]
            except KeyError:
                values[index] = seen[value] = processor(value)
        return tuple(values)
