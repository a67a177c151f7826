"""vCard and CSV export of the contacts: plain SQL, streamed, without SQLAlchemy.

The export reads three queries through a :data:`Rows` function (SQL in, batches
of driver rows out): the contacts by name with their referrer, and per batch
their further details and addresses. ``interchange.exporter`` hands in the
session's connection (any backend, for the GUI); the command line hands in a
read-only ``sqlite3`` connection (``store.light``) and so starts without
importing SQLAlchemy and the model. Memory stays flat: one batch at a time.
"""

from __future__ import annotations

import io
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from typing import IO, Any

from empfehlung_desktop.errors import UserError
from empfehlung_desktop.i18n import _
from empfehlung_desktop.interchange import csv_write, export_row, vcard

BATCH = 2000
# (done, total) after each batch; False cancels the export.
Progress = Callable[[int, int], bool | None]
# SQL → the result in batches of rows (tuples as the driver hands them out).
Rows = Callable[[str], Iterator[Sequence[Sequence[Any]]]]

_COUNT = "SELECT count(*) FROM contact WHERE erased_at IS NULL"
_CONTACTS = (
    f"SELECT {', '.join('c.' + name for name in export_row.COLUMNS)}, r.name, r.uid "
    "FROM contact c LEFT OUTER JOIN contact r ON c.referred_by_id = r.id "
    "WHERE c.erased_at IS NULL ORDER BY c.sort_name, c.id"
)
_DETAILS = (
    "SELECT contact_id, kind, label, value FROM contact_detail "
    "WHERE contact_id BETWEEN {low} AND {high} ORDER BY contact_id, position, id"
)
_ADDRESSES = (
    "SELECT contact_id, label, street, postcode, city, region, country FROM contact_address "
    "WHERE contact_id BETWEEN {low} AND {high} ORDER BY contact_id, position, id"
)


class ExportCancelled(UserError):
    def __init__(self) -> None:
        super().__init__(_("Der Export wurde abgebrochen; es wurde keine Datei geschrieben."))


class Tracker:
    """Counts what is written and asks ``progress`` after each batch."""

    def __init__(self, progress: Progress | None, total: int) -> None:
        self.progress, self.total, self.done = progress, total, 0

    def advance(self, count: int) -> None:
        self.done += count
        if self.progress is not None and self.progress(self.done, self.total) is False:
            raise ExportCancelled()


def cursor_rows(con: Any) -> Rows:
    """:data:`Rows` of a DBAPI connection (``sqlite3``, SQLCipher): its own cursors."""

    def rows(sql: str) -> Iterator[Sequence[Sequence[Any]]]:
        cursor = con.cursor()
        try:
            cursor.execute(sql)
            while batch := cursor.fetchmany(BATCH):
                yield batch
        finally:
            cursor.close()

    return rows


def write_contacts(
    rows: Rows, fmt: str, stream: IO[bytes], progress: Progress | None = None
) -> int:
    """Write the vCard or CSV export of all listed contacts; return their number."""
    tracker = Tracker(progress, int(next(rows(_COUNT))[0][0]))
    labels = csv_write.row_labels()
    if fmt == "csv":
        stream.write((csv_write.CSV_BOM + csv_lines([csv_write.csv_header()])).encode("utf-8"))
    for batch in rows(_CONTACTS):
        details, addresses = _person_lists(rows, [row[0] for row in batch])
        if fmt == "vcard":
            card = vcard.card_of_row
            text = "".join(
                [card(row, details.get(row[0], ()), addresses.get(row[0], ())) for row in batch]
            )
        else:
            cells = csv_write.cells_of_row
            text = csv_lines(
                [
                    cells(row, details.get(row[0], ()), addresses.get(row[0], ()), labels)
                    for row in batch
                ]
            )
        stream.write(text.encode("utf-8"))
        tracker.advance(len(batch))
    return tracker.done


def csv_lines(rows: Any) -> str:
    out = io.StringIO(newline="")
    csv_write.csv_writer(out).writerows(rows)
    return out.getvalue()


def _person_lists(
    rows: Rows, ids: list[int]
) -> tuple[dict[int, list[tuple[Any, ...]]], dict[int, list[tuple[Any, ...]]]]:
    """Further details and addresses of one batch, by contact id (one query each;
    most contacts have neither, so this is cheap)."""
    details: dict[int, list[tuple[Any, ...]]] = {}
    addresses: dict[int, list[tuple[Any, ...]]] = {}
    if not ids:
        return details, addresses
    wanted = set(ids)
    bounds = {"low": int(min(ids)), "high": int(max(ids))}
    for batch in rows(_DETAILS.format(**bounds)):
        for cid, kind, label, value in batch:
            if cid in wanted:
                details.setdefault(cid, []).append((str(kind), label, value))
    for batch in rows(_ADDRESSES.format(**bounds)):
        for cid, *values in batch:
            if cid in wanted:
                addresses.setdefault(cid, []).append(tuple(values))
    return details, addresses


def export_light(con: sqlite3.Connection, fmt: str, stream: IO[bytes]) -> int:
    """:func:`write_contacts` on a read-only ``sqlite3`` connection (``store.light``)."""
    return write_contacts(cursor_rows(con), fmt, stream)
