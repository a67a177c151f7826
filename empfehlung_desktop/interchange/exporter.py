"""Export entry points shared by GUI and CLI: streamed into a file, at disk speed.

vCard and CSV are written by ``contact_export`` from plain SQL on the session's
connection (no ORM object per contact, the referrer joined in SQL; the command
line uses it on a ``store.light`` connection without SQLAlchemy); JSON reads raw
rows per table. Everything goes batch by batch through the atomic writer
(``files.atomic_writer``): memory stays flat at 100,000 contacts, and a failed or
cancelled export leaves the previous file untouched. ``progress(done, total)``
is called after every batch; returning ``False`` cancels (the GUI's progress
dialog).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any, cast

from sqlalchemy import DateTime, Table, func, select
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import Session

from empfehlung_desktop import __version__, files
from empfehlung_desktop.clock import utc_now
from empfehlung_desktop.errors import UserError
from empfehlung_desktop.i18n import N_, _
from empfehlung_desktop.interchange import contact_export, json_io
from empfehlung_desktop.model import AppSetting
from empfehlung_desktop.services.data.serialize import columns as exported_columns
from empfehlung_desktop.services.data.serialize import raw_encoder

EXPORT_FORMATS = {
    "vcard": (N_("vCard (.vcf) – für Adressbücher"), ".vcf"),
    "csv": (N_("CSV (.csv) – für Excel"), ".csv"),
    "json": (N_("JSON (.json) – vollständiger Export aller Daten"), ".json"),
}
BATCH = contact_export.BATCH
Progress = contact_export.Progress
ExportCancelled = contact_export.ExportCancelled


def export_file(session: Session, fmt: str, target: Path, progress: Progress | None = None) -> int:
    """Write the export to ``target`` (atomically, 0600); return the number of contacts."""
    _check_format(fmt)
    with files.atomic_writer(Path(target)) as stream:
        return export_stream(session, fmt, stream, progress)


def _check_format(fmt: str) -> None:
    if fmt not in EXPORT_FORMATS:
        raise UserError(
            _("Unbekanntes Exportformat „{fmt}“ (vcard, csv oder json).").format(fmt=fmt)
        )


def export_stream(
    session: Session, fmt: str, stream: IO[bytes], progress: Progress | None = None
) -> int:
    _check_format(fmt)
    if fmt == "json":
        return _json(session, stream, contact_export.Tracker(progress, _json_total(session)))
    return contact_export.write_contacts(_session_rows(session), fmt, stream, progress)


def _session_rows(session: Session) -> contact_export.Rows:
    """The session's connection as plain SQL in, driver rows out (streamed)."""
    conn = session.connection().execution_options(stream_results=True)
    if conn.dialect.name == "sqlite":  # the driver's own cursor: plain tuples, no Row objects
        return contact_export.cursor_rows(conn.connection.dbapi_connection)

    def rows(sql: str) -> Iterator[Sequence[Any]]:
        yield from conn.exec_driver_sql(sql).partitions(BATCH)

    return rows


# -- JSON ------------------------------------------------------------------------


def _json_total(session: Session) -> int:
    return sum(
        int(session.scalar(select(func.count()).select_from(entity)) or 0)
        for _key, entity, _children in json_io.TOP_LEVEL
    )


def _json(session: Session, stream: IO[bytes], tracker: contact_export.Tracker) -> int:
    """The format of ``json_io.export_all``, streamed: one record per line."""

    def write(text: str) -> None:
        stream.write(text.encode("utf-8"))

    head = {
        "format": json_io.FORMAT_NAME,
        "format_version": json_io.FORMAT_VERSION,
        "app_version": __version__,
        "exported_at": utc_now().isoformat(timespec="seconds") + "Z",
    }
    write("{\n" + "".join(f"  {_dumps(k)}: {_dumps(v)},\n" for k, v in head.items()))
    counts: dict[str, int] = {}
    for key, entity, children in json_io.TOP_LEVEL:
        count = 0
        records = _records(session, entity, children)
        if key == "practice_profile":
            first = next(records, None)
            write(f"  {_dumps(key)}: {_dumps(first)},\n")
            tracker.advance(1 if first is not None else 0)
            continue
        write(f"  {_dumps(key)}: [")
        for batch in _batched(records):
            write(("," if count else "") + ",".join(f"\n    {_dumps(r)}" for r in batch))
            count += len(batch)
            tracker.advance(len(batch))
        write("\n  ],\n" if count else "],\n")
        counts[key] = count
    settings = {
        s.key: json.loads(s.value)
        for s in session.scalars(select(AppSetting).order_by(AppSetting.key))
    }
    write(f'  "settings": {_dumps(settings)},\n')
    shown = {key: counts[key] for key in ("contacts", "referrals", "engagements", "feedback")}
    write(f'  "counts": {_dumps(shown)}\n}}\n')
    return counts["contacts"]


# One encoder for the whole export (``json.dumps`` with options builds one per call).
_dumps = json.JSONEncoder(ensure_ascii=False).encode


def _batched(records: Iterator[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for record in records:
        batch.append(record)
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
    """Rows of ``columns`` (raw driver values) as the JSON records of ``json_io``.

    Built once per table as one dict display (like ``collections.namedtuple``
    builds its class): one call per record instead of a loop over the columns,
    and only the values that need it go through their encoder (a raw enum value
    is its stored code already; dates, times, booleans, roles need a change).
    """
    names: dict[str, Any] = {}
    items = []
    for index, column in enumerate(columns):
        encode = None if isinstance(column.type, SAEnum) else raw_encoder(column)
        if isinstance(column.type, DateTime):
            encode = _datetime_encoder(encode)
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


def _records(
    session: Session, entity: type[Any], children: json_io.Children
) -> Iterator[dict[str, Any]]:
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


def calendar_bytes(session: Session, stamp: dt.datetime) -> tuple[bytes, int]:
    """The calendar file and its number of events; ``stamp`` is the export's UTC instant."""
    from empfehlung_desktop.interchange import ics  # icalendar: only for the calendar

    events = ics.calendar_events(session)
    return ics.write_calendar(events, stamp), len(events)
