"""The records of the JSON export, streamed in batches of UTF-8 JSON text.

:func:`record_source` picks how a session's records are built, once per export:

- On SQLite with its JSON1 functions (built into every current SQLite), SQLite
  writes each record's text itself: one query per top-level table,
  ``json_object`` over the columns, the child lists by one ``json_group_array``
  pass per child table (over its foreign-key index, so in id order) joined on
  the parent id, and the text comes from the driver's own cursor as bytes: no
  Python object per value. Values are written as the Python path writes them:
  datetimes sliced from SQLite's "2026-05-17 09:30:00.123456" into
  ``isoformat``, booleans as true/false, roles as their codes. A value in an
  unusual storage form (and the rare binary and JSON columns) goes through the
  Python path's own encoder, which the query calls as a registered function. A
  probe query checks that this SQLite answers as expected.
- Elsewhere (PostgreSQL, an SQLite without JSON1) Python reads raw driver rows,
  merges each record's children in (both sorted by parent id) and encodes it.

Either way nothing is held but the current batch: memory stays flat.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Generator, Iterator, Sequence
from typing import Any, cast

from sqlalchemy import Boolean, Date, DateTime, Integer, String, Table
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import Session

from empfehlung_desktop.interchange.contact_export import BATCH, cursor_rows
from empfehlung_desktop.interchange.json_io import Children
from empfehlung_desktop.model import Base, Role
from empfehlung_desktop.model.base import RoleSet
from empfehlung_desktop.services.data.serialize import Encoder, raw_encoder
from empfehlung_desktop.services.data.serialize import columns as exported_columns

# An entity and its children → its records in id order, in batches of encoded JSON.
Batches = Generator[list[bytes], None, None]
RecordSource = Callable[[type[Base], Children], Batches]

# One encoder for the whole export (``json.dumps`` with options builds one per call).
dumps = json.JSONEncoder(ensure_ascii=False).encode

# SQLite's json_object takes at most 127 arguments in older versions (63 pairs).
_MAX_PAIRS = 63
_PROBE = "SELECT json_object('a', json('[true]'), 'b', json_group_array(json('{}')))"
_PROBE_RESULT = '{"a":[true],"b":[{}]}'


def record_source(session: Session) -> RecordSource:
    """How this session's records are built: by SQLite where it can, else by Python."""
    conn = session.connection()
    if conn.dialect.name == "sqlite":
        errors = (conn.dialect.loaded_dbapi.Error, AttributeError, TypeError)
        builder = sqlite_records(session, conn.connection.dbapi_connection, errors)
        if builder is not None:
            return builder.batches
    return lambda entity, children: _python_batches(session, entity, children)


def sqlite_records(
    session: Session, dbapi: Any, errors: tuple[type[Exception], ...]
) -> SqliteRecords | None:
    """SQLite's own record builder on ``dbapi`` (the session's connection), or None
    where the JSON1 functions are missing or do not answer the probe as expected."""
    try:
        builder = SqliteRecords(session, dbapi)
        probe = next(cursor_rows(dbapi)(_PROBE))[0][0]
    except errors:
        return None  # no JSON1 functions, or a driver without user functions
    return builder if probe == _PROBE_RESULT else None


# -- SQLite builds the text ----------------------------------------------------------


class SqliteRecords:
    """The queries of one export; ``empfehlung_json``/``empfehlung_text`` call the
    Python encoders of the columns (by their index in ``encoders``)."""

    def __init__(self, session: Session, dbapi: Any) -> None:
        self.session, self.dbapi = session, dbapi
        self.quote = session.get_bind().dialect.identifier_preparer.quote
        self.encoders: list[Encoder] = []
        self.ordered_aggregates = _version(dbapi) >= (3, 44)
        # The pooled connection keeps these functions: they hold the encoders, not the session.
        for name, function in (("empfehlung_json", _as_json), ("empfehlung_text", _as_text)):
            dbapi.create_function(
                name, 2, functools.partial(function, self.encoders), deterministic=True
            )

    def batches(self, entity: type[Base], children: Children) -> Batches:
        pairs = self._pairs(entity, "t0", ())
        joins = []
        for number, (name, child, fk) in enumerate(children):
            pairs.append((name, f"json(coalesce(g{number}.a, '[]'))"))
            joins.append(f" LEFT JOIN ({self._child_lists(child, fk)}) AS g{number} "
                         f"ON g{number}.k = t0.id")  # fmt: skip
        if len(pairs) > _MAX_PAIRS:  # not so far; json_object would refuse them
            yield from _python_batches(self.session, entity, children)
            return
        table = cast(Table, entity.__table__)
        sql = (
            f"SELECT CAST({_object(pairs)} AS BLOB) "
            f"FROM {self.quote(table.name)} AS t0{''.join(joins)} ORDER BY t0.id"
        )
        for batch in cursor_rows(self.dbapi)(sql):
            yield [row[0] for row in batch]

    def _child_lists(self, child: type[Base], fk: str) -> str:
        """Parent id ``k`` and its child records as a JSON array ``a``, in one pass over
        the child table (a correlated subquery per parent costs five times as much).

        The grouping walks the foreign-key index, so each group's rows come in id
        order, as the Python path writes them; an SQLite from 3.44 on is told so too.
        """
        table = cast(Table, child.__table__)
        key = f"t1.{self.quote(table.c[fk].name)}"
        record = _object(self._pairs(child, "t1", (fk,)))
        if "id" in table.c and self.ordered_aggregates:
            record += " ORDER BY t1.id"
        return (
            f"SELECT {key} AS k, json_group_array({record}) AS a "
            f"FROM {self.quote(table.name)} AS t1 GROUP BY {key}"
        )

    def _pairs(
        self, entity: type[Base], alias: str, skip: tuple[str, ...]
    ) -> list[tuple[str, str]]:
        return [
            (str(column.key), self._value(f"{alias}.{self.quote(column.name)}", column))
            for column in exported_columns(entity)
            if column.key not in skip
        ]

    def _value(self, x: str, column: Any) -> str:
        """SQL for the column's JSON value, as :func:`column_encoder` would write it."""
        kind = column.type
        index = len(self.encoders)
        self.encoders.append(column_encoder(column) or _same)
        as_json, as_text = f"empfehlung_json({index}, {x})", f"empfehlung_text({index}, {x})"
        if isinstance(kind, RoleSet):
            codes = " ".join(f"WHEN {n} THEN '{dumps(Role(n).codes())}'" for n in range(16))
            return (
                f"json(CASE WHEN {x} IS NULL THEN NULL WHEN typeof({x}) = 'integer' "
                f"THEN CASE {x} {codes} ELSE {as_json} END ELSE {as_json} END)"
            )
        if isinstance(kind, Boolean):
            return (
                f"json(CASE typeof({x}) WHEN 'null' THEN NULL WHEN 'integer' THEN "
                f"CASE WHEN {x} THEN 'true' ELSE 'false' END ELSE {as_json} END)"
            )
        if isinstance(kind, DateTime):  # see _datetime_encoder
            return (
                f"CASE WHEN {x} IS NULL THEN NULL WHEN typeof({x}) = 'text' "
                f"AND length({x}) = 26 AND substr({x}, 11, 1) = ' ' AND substr({x}, 20, 1) = '.' "
                f"THEN substr({x}, 1, 10) || 'T' || "
                f"CASE substr({x}, 21) WHEN '000000' THEN substr({x}, 12, 8) "
                f"ELSE substr({x}, 12) END ELSE {as_text} END"
            )
        if isinstance(kind, Date):
            return f"CASE WHEN typeof({x}) IN ('text', 'null') THEN {x} ELSE {as_text} END"
        if isinstance(kind, String | Integer):  # enums too: their stored code is the value
            return x
        return f"json({as_json})"  # binary data, JSON documents, anything new


def _object(pairs: Sequence[tuple[str, str]]) -> str:
    return "json_object(" + ", ".join(f"'{key}', {value}" for key, value in pairs) + ")"


def _as_json(encoders: list[Encoder], index: int, value: Any) -> str | None:
    return None if value is None else dumps(encoders[index](value))


def _as_text(encoders: list[Encoder], index: int, value: Any) -> Any:
    return None if value is None else encoders[index](value)


def _version(dbapi: Any) -> tuple[int, ...]:
    text = str(next(cursor_rows(dbapi)("SELECT sqlite_version()"))[0][0])
    return tuple(int(part) for part in text.split(".")[:2])


def _same(value: Any) -> Any:
    return value


# -- Python builds the records -------------------------------------------------------


def column_encoder(column: Any) -> Encoder | None:
    """A raw driver value of ``column`` as the JSON export writes it; None: unchanged
    (a raw enum value is its stored code already)."""
    if isinstance(column.type, SAEnum):
        return None
    encode = raw_encoder(column)
    return _datetime_encoder(encode) if isinstance(column.type, DateTime) else encode


def _python_batches(session: Session, entity: type[Base], children: Children) -> Batches:
    batch: list[bytes] = []
    for record in _records(session, entity, children):
        batch.append(dumps(record).encode("utf-8"))
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _raw_rows(
    session: Session, table: Table, columns: Sequence[Any], order: Sequence[str]
) -> Iterator[tuple[Any, ...]]:
    """Rows as the driver returns them (no type processing), streamed."""
    conn = session.connection().execution_options(stream_results=True)
    quote = conn.dialect.identifier_preparer.quote
    sql = (
        f"SELECT {', '.join(quote(c.name) for c in columns)} FROM {quote(table.name)} "
        f"ORDER BY {', '.join(quote(name) for name in order)}"
    )
    for batch in conn.exec_driver_sql(sql).partitions(BATCH):
        yield from batch


def _encoder(columns: Sequence[Any]) -> Callable[[Sequence[Any]], dict[str, Any]]:
    """Rows of ``columns`` (raw driver values) as the JSON records.

    Built once per table as one dict display (like ``collections.namedtuple``
    builds its class): one call per record instead of a loop over the columns,
    and only the values that need it go through their encoder (dates, times,
    booleans, roles need a change).
    """
    names: dict[str, Any] = {}
    items = []
    for index, column in enumerate(columns):
        encode = column_encoder(column)
        value = f"row[{index}]"
        if encode is not None:
            names[f"e{index}"] = encode
            value = f"(None if {value} is None else e{index}({value}))"
        items.append(f"{str(column.key)!r}: {value}")
    source = f"lambda row: {{{', '.join(items)}}}"
    return cast(Callable[[Sequence[Any]], dict[str, Any]], eval(source, names))


def _datetime_encoder(fallback: Callable[[Any], Any] | None) -> Callable[[Any], Any]:
    """SQLite's "2026-05-17 09:30:00.123456" as ``isoformat`` writes it, by slicing."""

    def encode(value: Any) -> Any:
        if type(value) is str and len(value) == 26 and value[10] == " " and value[19] == ".":
            if value.endswith("000000"):
                return f"{value[:10]}T{value[11:19]}"
            return f"{value[:10]}T{value[11:]}"
        return fallback(value) if fallback is not None else value

    return encode


def _records(session: Session, entity: type[Base], children: Children) -> Iterator[dict[str, Any]]:
    """Records of ``entity`` by id, each with its children merged in (both sorted, so
    nothing is held but the current rows)."""
    table = cast(Table, entity.__table__)
    columns = exported_columns(entity)
    encode = _encoder(columns)
    position = columns.index(table.c.id)
    streams = []
    for name, child, fk in children:
        child_table = cast(Table, child.__table__)
        child_columns = [child_table.c[fk], *(c for c in exported_columns(child) if c.key != fk)]
        order = (fk, "id") if "id" in child_table.c else (fk,)
        rows = _raw_rows(session, child_table, child_columns, order)
        streams.append((name, _encoder(child_columns[1:]), rows, [next(rows, None)]))
    for row in _raw_rows(session, table, columns, ("id",)):
        record = encode(row)
        ident = row[position]
        for name, encode_child, rows, pending in streams:
            found = []
            while pending[0] is not None and (pending[0][0] or 0) < ident:
                pending[0] = next(rows, None)  # an orphan: json_io skips it too
            while pending[0] is not None and pending[0][0] == ident:
                found.append(encode_child(pending[0][1:]))
                pending[0] = next(rows, None)
            record[name] = found
        yield record
