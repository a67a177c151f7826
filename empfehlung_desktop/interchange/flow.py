"""Reading an import file and deciding what to do with it (shared by GUI and CLI).

A vCard or CSV file becomes a preview of contacts. A JSON export becomes a
full restore when the database is empty, and otherwise a preview of its
contacts only (the notice says so plainly).
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from empfehlung_desktop import gc_pause
from empfehlung_desktop.errors import UserError
from empfehlung_desktop.i18n import N_, _, translate
from empfehlung_desktop.interchange import (
    csv_io,
    csv_text,
    import_person,
    json_io,
    json_restore,
    parallel,
    vcard,
)
from empfehlung_desktop.interchange.csv_rows import drain
from empfehlung_desktop.interchange.import_commit import NEW_ACTIONS, NewContacts, commit_import
from empfehlung_desktop.interchange.importer import (
    DuplicateCheck,
    ImportPreview,
    ImportResult,
    Known,
    Tally,
    build_preview,
    detect_format,
    origin_text,
)
from empfehlung_desktop.interchange.preview_item import Action, PreviewItem
from empfehlung_desktop.interchange.records import ImportedContact
from empfehlung_desktop.services import settings
from empfehlung_desktop.store import search
from empfehlung_desktop.store.database import Database

MAX_FILE_BYTES = 200 * 1024 * 1024
CONTACTS_ONLY_NOTICE = N_(
    "Die Datenbank enthält schon Daten: aus dem JSON-Export werden nur die Kontakte "
    "übernommen (ohne Empfehlungen, Aufträge und Feedback). Vollständig lässt er sich "
    "nur in eine leere Datenbank einspielen."
)


def gc_paused() -> contextlib.AbstractContextManager[None]:
    """No cyclic garbage collection while an import builds its many small objects,
    and the objects made meanwhile frozen afterwards (:mod:`gc_pause`)."""
    return gc_pause.paused(freeze=True)


@dataclass
class LoadedFile:
    """A parsed import file: contacts (vCard, JSON), a CSV table (its rows become
    contacts in the preview, with the mapping the user may change) or a JSON document."""

    path: Path
    format: str
    contacts: list[ImportedContact]
    table: csv_io.CsvTable | None = None
    document: dict[str, Any] | None = None
    mapping: list[str] | None = None


@contextlib.contextmanager
def _reading(path: Path) -> Iterator[None]:
    """The file's troubles as German messages (a CSV file is read while it is
    checked, a slice at a time: it may go meanwhile)."""
    try:
        yield
    except FileNotFoundError:
        raise UserError(_("Die Datei „{path}“ gibt es nicht.").format(path=path)) from None
    except IsADirectoryError:
        raise UserError(_("„{path}“ ist ein Ordner, keine Datei.").format(path=path)) from None
    except PermissionError:
        raise UserError(_("Keine Berechtigung, „{path}“ zu lesen.").format(path=path)) from None
    except OSError:  # a disk or network drive failing while the file is read
        raise UserError(
            _("„{path}“ ließ sich nicht lesen. Bitte die Datei prüfen.").format(path=path)
        ) from None


def _check_size(path: Path) -> None:
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise UserError(
            _("„{name}“ ist zu groß für einen Import ({value} MB).").format(
                name=path.name, value=size // 2**20
            )
        )


HEAD_BYTES = 4096  # what the format is told by


def _head(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(HEAD_BYTES)


def load_file(
    path: Path,
    fmt: str | None = None,
    *,
    preset: str = "",
    overrides: list[str] | None = None,
    check: Callable[[], None] | None = None,
) -> LoadedFile:
    """Read and parse; raise :class:`UserError` with the card or line at fault.

    For CSV, ``preset`` names a known export and ``overrides`` are SPALTE=FELD pairs.
    ``check`` is called now and then (the GUI's cancel button raises from it).
    """
    with gc_paused():
        return _load_file(path, fmt, preset=preset, overrides=overrides, check=check)


def _load_file(
    path: Path,
    fmt: str | None,
    *,
    preset: str,
    overrides: list[str] | None,
    check: Callable[[], None] | None,
) -> LoadedFile:
    with _reading(path):
        _check_size(path)
        fmt = fmt or detect_format(path, _head(path))
        if fmt == "csv":
            return _load_table(path, preset, overrides)
        data = path.read_bytes()
    if fmt == "vcard":
        # A big file: the second process starts while this one splits the cards.
        count = data.count(b"BEGIN:VCARD") + data.count(b"begin:vcard")
        with parallel.helper(count, keep=True) as pool:
            contacts = vcard.read_vcards(
                data, lambda cards: parallel.read_cards(pool, cards, check)
            )
        return LoadedFile(path, fmt, contacts)
    if fmt == "json":
        document = json_io.load_document(data)
        return LoadedFile(path, fmt, json_io.contacts_from_json(document), document=document)
    raise UserError(_("Unbekanntes Format „{fmt}“ (vcard, csv oder json).").format(fmt=fmt))


def _load_table(path: Path, preset: str, overrides: list[str] | None) -> LoadedFile:
    """A CSV file, read a slice at a time (never held whole: :mod:`csv_text`)."""
    found = csv_text.survey(csv_text.byte_slices(path))
    # The second process starts now, for the preview (which reads the rows into
    # contacts on the way, see table_rows).
    with parallel.helper(found.lines, keep=True):
        table = csv_io.read_table(path, found)
        mapping = csv_io.suggest_mapping(table.headers, preset)
        mapping = csv_io.apply_overrides(table.headers, mapping, overrides or [])
    return LoadedFile(path, "csv", [], table=table, mapping=mapping)


@dataclass
class ImportPlan:
    loaded: LoadedFile
    preview: ImportPreview | None = None
    restore: dict[str, Any] | None = None

    def restore_summary(self) -> str:
        counts = (self.restore or {}).get("counts") or {}
        return _(
            "{contacts} Kontakte, {referrals} Empfehlungen, {engagements} "
            "Anfragen/Aufträge, {feedback} Feedbacks werden vollständig übernommen."
        ).format(
            contacts=counts.get("contacts", 0),
            referrals=counts.get("referrals", 0),
            engagements=counts.get("engagements", 0),
            feedback=counts.get("feedback", 0),
        )


def plan_import(
    session: Session,
    loaded: LoadedFile,
    *,
    merge: bool = False,
    today: dt.date,
    check: Callable[[], None] | None = None,
) -> ImportPlan:
    if loaded.document is not None and json_restore.database_is_empty(session):
        return ImportPlan(loaded, restore=loaded.document)
    with gc_paused():
        return _plan_preview(session, loaded, merge=merge, today=today, check=check)


def table_rows(table: csv_io.CsvTable, mapping: list[str]) -> parallel.TableRows:
    """The table's rows with their columns planned by ``mapping``, to be read and
    checked by :func:`importer.build_preview`; :class:`UserError` when no contact
    can be made of them (the GUI then asks for another mapping)."""
    return parallel.TableRows(csv_io.planned_columns(table, mapping), table.rows)


def _plan_preview(
    session: Session,
    loaded: LoadedFile,
    *,
    merge: bool,
    today: dt.date,
    check: Callable[[], None] | None,
) -> ImportPlan:
    contacts: list[ImportedContact] | parallel.TableRows = loaded.contacts
    if loaded.table is not None and loaded.table.rows:
        contacts = table_rows(loaded.table, loaded.mapping or [])
    preview = build_preview(
        session,
        contacts,
        file_name=loaded.path.name,
        fmt=loaded.format,
        today=today,
        merge=merge,
        practice_country=str(settings.get(session, "contacts.phone_country")),
        check=check,
    )
    if loaded.document is not None:
        preview.notice = translate(CONTACTS_ONLY_NOTICE)
    elif loaded.table is not None and loaded.mapping is not None:
        preview.notice = csv_io.mapping_notice(loaded.table, loaded.mapping)
    return ImportPlan(loaded, preview=preview)


def execute_plan(
    db: Database,
    plan: ImportPlan,
    progress: Callable[[int], None] | None = None,
    *,
    keep_table: bool = False,
) -> str:
    """Write the plan in one transaction; return a German summary of what was done.

    A CSV file's table goes before the commit (100,000 Outlook rows: 70 MB less at
    its peak) unless the caller still needs it: ``keep_table`` for the GUI, whose
    dialog stays open after a failed or cancelled commit and maps the table anew
    when the user changes a column.
    """
    if plan.restore is not None:
        with db.session() as session:
            counts = json_restore.restore_all(session, plan.restore)
        return _(
            "Vollständig eingespielt: {contacts} Kontakte, {referrals} Empfehlungen, "
            "{engagements} Anfragen/Aufträge, {feedback} Feedbacks."
        ).format(
            contacts=counts.get("contact", 0),
            referrals=counts.get("referral", 0),
            engagements=counts.get("engagement", 0),
            feedback=counts.get("feedback", 0),
        )
    assert plan.preview is not None
    # The preview's items are what is written; the file's contacts they were made
    # from (vCard, JSON; as big again) go now, so that the commit's buffers take
    # their memory. (A CSV file's contacts are made by the preview, never held; its
    # table goes as the docstring says.)
    plan.loaded.contacts = []
    if not keep_table:
        plan.loaded.table = None
    with gc_paused():
        return commit_import(db, plan.preview, progress).describe()


# Rows checked and written at a time by import_unseen: 20,000 rows of our own
# format hold about 25 MB as checked contacts.
SEGMENT = 20_000
# The share of the next part's rows sent to the second process while a part is
# written (it checks about as many rows as this process in a preview).
AHEAD_SHARE = 0.5


def import_unseen(
    db: Database,
    loaded: LoadedFile,
    *,
    merge: bool = False,
    today: dt.date,
    shown: Callable[[list[PreviewItem]], None] = lambda _items: None,
) -> tuple[ImportResult, Tally]:
    """Import a CSV file's rows without a preview to confirm (the command line's
    ``--yes``): in ONE transaction, as :func:`plan_import` and :func:`execute_plan`
    would, but checked and written :data:`SEGMENT` rows at a time, and each part let
    go of once written: memory no longer grows with a contact per row, only with
    the file's compressed table (given up part by part) and the duplicate check's
    keys.

    ``shown`` gets each part's checked items before they are written (the command
    line prints the duplicates and notes). The same duplicates are found as by the
    preview: they are checked in file order against the database, read inside this
    transaction, and against the file's earlier rows. Returns what was done and the
    counts of the preview's summary.
    """
    table, mapping = loaded.table, loaded.mapping
    assert table is not None and mapping is not None
    columns = csv_io.planned_columns(table, mapping)
    count = len(table.rows)
    parts = (parallel.TableRows(columns, part) for part in drain(table.rows, SEGMENT))
    loaded.table = table = None  # its rows go part by part
    origin = origin_text(loaded.format, loaded.path.name, today)
    tally = Tally()
    merged, guessed = 0, []
    with (
        gc_paused(),
        db.session() as session,
        search.bulk_cache(session.connection()),
        parallel.helper(count) as pool,
    ):
        country = str(settings.get(session, "contacts.phone_country"))
        duplicates = DuplicateCheck(Known(session), merge=merge)
        with NewContacts(session, origin, count, pool) as writer:
            part = next(parts, None)
            ahead = parallel.Ahead()  # what was sent of the part to come
            while part is not None:
                items = parallel.clean_rows(pool, part, country, today, None, ahead)
                duplicates.mark(items)
                tally.add(items)
                shown(items)
                part, ahead = next(parts, None), parallel.Ahead()
                new = [item for item in items if item.action in NEW_ACTIONS]
                # The second process checks some of the next part's rows while this one
                # writes (once it has folded the search documents, it would wait).
                send = None
                if part is not None:
                    send = partial(ahead.send, pool, part, country, today, AHEAD_SHARE)
                writer.add(new, started=send)
                count, names = import_person.merge_existing(session, items, origin)
                merged += count
                guessed += names
                del items, new
        import_person.list_names_to_check(session, [*writer.guessed, *guessed])
    return ImportResult(writer.created, merged, tally.actions[Action.SKIP]), tally
