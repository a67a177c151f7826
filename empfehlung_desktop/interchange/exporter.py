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
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any, cast

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from empfehlung_desktop import __version__, files
from empfehlung_desktop.clock import utc_now
from empfehlung_desktop.errors import UserError
from empfehlung_desktop.i18n import N_, _
from empfehlung_desktop.interchange import contact_export, json_io, json_records
from empfehlung_desktop.model import AppSetting

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


def _table(entity: type[Any]) -> Table:
    return cast(Table, entity.__table__)


def _json_total(session: Session) -> int:
    return sum(
        int(session.scalar(select(func.count()).select_from(_table(entity))) or 0)
        for _key, entity, _children in json_io.TOP_LEVEL
    )


def _json(session: Session, stream: IO[bytes], tracker: contact_export.Tracker) -> int:
    """The format of ``json_io`` (restored by ``json_restore``), one record per line."""

    def write(text: str) -> None:
        stream.write(text.encode("utf-8"))

    head = {
        "format": json_io.FORMAT_NAME,
        "format_version": json_io.FORMAT_VERSION,
        "app_version": __version__,
        "exported_at": utc_now().isoformat(timespec="seconds") + "Z",
    }
    write("{\n" + "".join(f"  {_dumps(k)}: {_dumps(v)},\n" for k, v in head.items()))
    source = json_records.record_source(session)
    counts: dict[str, int] = {}
    for key, entity, children in json_io.TOP_LEVEL:
        count = 0
        batches = source(entity, children)
        if key == "practice_profile":
            first = next(batches, [b"null"])[0]
            batches.close()
            write(f"  {_dumps(key)}: ")
            stream.write(first + b",\n")
            tracker.advance(0 if first == b"null" else 1)
            continue
        write(f"  {_dumps(key)}: [")
        for batch in batches:
            stream.write((b",\n    " if count else b"\n    ") + b",\n    ".join(batch))
            count += len(batch)
            tracker.advance(len(batch))
        write("\n  ],\n" if count else "],\n")
        counts[key] = count
    table = _table(AppSetting)  # Core, not ORM: a query of entities sets up every mapper
    settings = {
        key: json.loads(value)
        for key, value in session.execute(select(table.c.key, table.c.value).order_by(table.c.key))
    }
    write(f'  "settings": {_dumps(settings)},\n')
    shown = {key: counts[key] for key in ("contacts", "referrals", "engagements", "feedback")}
    write(f'  "counts": {_dumps(shown)}\n}}\n')
    return counts["contacts"]


_dumps = json_records.dumps


def calendar_bytes(session: Session, stamp: dt.datetime) -> tuple[bytes, int]:
    """The calendar file and its number of events; ``stamp`` is the export's UTC instant."""
    from empfehlung_desktop.interchange import ics  # icalendar: only for the calendar

    events = ics.calendar_events(session)
    return ics.write_calendar(events, stamp), len(events)
