"""The import flow shared by GUI and CLI: read → preview (duplicates, warnings) → commit.

Nothing is written before :func:`commit_import`, and that writes everything in
one transaction: either the whole preview lands in the database or nothing.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import cast

from sqlalchemy import Table, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from empfehlung_desktop.clock import utc_now
from empfehlung_desktop.errors import UserError
from empfehlung_desktop.i18n import N_, _, format_date, ngettext, translate
from empfehlung_desktop.interchange import import_person, parallel
from empfehlung_desktop.interchange.preview_item import (
    ACTION_LABELS,
    Action,
    PreviewItem,
    clean_item,
)
from empfehlung_desktop.interchange.records import ImportedContact
from empfehlung_desktop.model import (
    Contact,
    ContactDetail,
    ContactSource,
    DetailKind,
    sort_key,
)
from empfehlung_desktop.model.contact import new_uid
from empfehlung_desktop.services.contacts.validation import DEFAULT_REGION
from empfehlung_desktop.store import search
from empfehlung_desktop.store.database import Database

FORMAT_LABELS = {"vcard": "vCard", "csv": "CSV", "json": "JSON"}
_EXTENSIONS = {".vcf": "vcard", ".vcard": "vcard", ".csv": "csv", ".txt": "csv", ".json": "json"}
__all__ = ["ACTION_LABELS", "Action", "PreviewItem", "clean_item"]


@dataclass
class ImportPreview:
    file_name: str
    format: str
    items: list[PreviewItem]
    origin: str
    notice: str = ""

    def count(self, action: Action) -> int:
        return sum(1 for item in self.items if item.action is action)

    @property
    def duplicates(self) -> int:
        return sum(1 for item in self.items if item.is_duplicate)

    @property
    def warnings(self) -> list[str]:
        return [f"{i.position}: {w}" for i in self.items for w in i.warnings]

    def summary(self) -> str:
        total, warnings = len(self.items), len(self.warnings)
        head = ngettext(
            "{total} Kontakt in „{file_name}“", "{total} Kontakte in „{file_name}“", total
        ).format(total=total, file_name=self.file_name)
        duplicates = ngettext(
            "{duplicates} mögliche Dublette", "{duplicates} mögliche Dubletten", self.duplicates
        ).format(duplicates=self.duplicates)
        hints = ngettext("{warnings} Hinweis", "{warnings} Hinweise", warnings)
        return _(
            "{head}: {new} neu, {duplicates} ({merge} zusammenführen, {import_anyway} "
            "trotzdem importieren), {skipped} übersprungen, {hints}."
        ).format(
            head=head,
            new=self.count(Action.NEW),
            duplicates=duplicates,
            merge=self.count(Action.MERGE),
            import_anyway=self.count(Action.IMPORT),
            skipped=self.count(Action.SKIP),
            hints=hints.format(warnings=warnings),
        )


@dataclass(frozen=True)
class ImportResult:
    created: int
    merged: int
    skipped: int

    def describe(self) -> str:
        created = ngettext(
            "{created} Kontakt importiert", "{created} Kontakte importiert", self.created
        ).format(created=self.created)
        return _("{created}, {merged} zusammengeführt, {skipped} übersprungen.").format(
            created=created, merged=self.merged, skipped=self.skipped
        )


def detect_format(path: Path, data: bytes) -> str:
    fmt = _EXTENSIONS.get(path.suffix.lower())
    if fmt:
        return fmt
    head = data[:200].lstrip(b"\xef\xbb\xbf \r\n\t").upper()
    if head.startswith(b"BEGIN:VCARD"):
        return "vcard"
    if head.startswith(b"{"):
        return "json"
    return "csv"


def origin_text(fmt: str, file_name: str, today: dt.date) -> str:
    text = _("{format}-Import vom {date}, Datei {file_name}").format(
        format=FORMAT_LABELS.get(fmt, fmt), date=format_date(today), file_name=file_name
    )
    return text[:200]


def _digits(phone: str) -> str:
    return re.sub(r"\D", "", phone)


def build_preview(
    session: Session,
    contacts: list[ImportedContact],
    *,
    file_name: str,
    fmt: str,
    today: dt.date,
    merge: bool = False,
    practice_country: str = DEFAULT_REGION,
    check: Callable[[], None] | None = None,
) -> ImportPreview:
    """Check every contact and find likely duplicates (same UID, any same e-mail
    address, or name and phone).

    Duplicates default to "skip" (or "merge" with ``merge``). ``check`` is called
    now and then (the GUI's cancel button raises from it).
    """
    with parallel.helper(len(contacts)) as pool:
        # The database first: meanwhile a second process starts for a big file.
        known = _Known(session)
        items = parallel.clean_items(pool, contacts, practice_country, today, check)
    seen_email: dict[str, str] = {}
    seen_name_phone: dict[tuple[str, str], str] = {}
    for item in items:
        if not item.importable:
            continue
        emails = _email_keys(item)
        np_key = (sort_key(item.name), _digits(item.phone))
        found = known.by_uid.get(item.uid) if item.uid else None
        reason = _("gleicher Kontakt (gleiche UID)")
        if found is None:
            found = next((known.by_email[e] for e in emails if e in known.by_email), None)
            reason = _("gleiche E-Mail-Adresse")
        if found is None and np_key[1]:
            found = known.by_name_phone.get(np_key)
            reason = _("gleicher Name und gleiche Telefonnummer")
        if found is not None:
            item.duplicate_of, item.duplicate_name = found
            item.duplicate_reason = reason
            item.action = Action.MERGE if merge else Action.SKIP
        else:
            earlier = next((seen_email[e] for e in emails if e in seen_email), None) or (
                seen_name_phone.get(np_key) if np_key[1] else None
            )
            if earlier:
                item.duplicate_reason = _("kommt in der Datei schon vor ({earlier})").format(
                    earlier=earlier
                )
                item.action = Action.SKIP
        for email in emails:
            seen_email.setdefault(email, item.position)
        if np_key[1]:
            seen_name_phone.setdefault(np_key, item.position)
    return ImportPreview(
        file_name=file_name,
        format=fmt,
        items=items,
        origin=origin_text(fmt, file_name, today),
    )


def _email_keys(item: PreviewItem) -> list[str]:
    """The contact's main and further e-mail addresses, case-folded."""
    keys = [item.email.casefold()] if item.email else []
    for detail in item.person.details:
        if detail.kind is DetailKind.EMAIL and detail.value:
            keys.append(detail.value.casefold())
    return keys


class _Known:
    """The database's contacts by UID, by every e-mail address and by name and phone."""

    def __init__(self, session: Session) -> None:
        self.by_uid: dict[str, tuple[int, str]] = {}
        self.by_email: dict[str, tuple[int, str]] = {}
        self.by_name_phone: dict[tuple[str, str], tuple[int, str]] = {}
        names: dict[int, str] = {}
        rows = session.execute(
            select(Contact.id, Contact.name, Contact.email, Contact.phone, Contact.uid).where(
                Contact.erased_at.is_(None)
            )
        )
        for cid, name, email, phone, uid in rows:
            names[cid] = name
            if uid:
                self.by_uid[uid] = (cid, name)
            if email:
                self.by_email.setdefault(email.casefold(), (cid, name))
            if phone:
                self.by_name_phone.setdefault((sort_key(name), _digits(phone)), (cid, name))
        further = session.execute(
            select(ContactDetail.contact_id, ContactDetail.value)
            .where(ContactDetail.kind == DetailKind.EMAIL)
            .order_by(ContactDetail.contact_id, ContactDetail.position)
        )
        for cid, value in further:
            if value and cid in names:  # erased contacts are not in names
                self.by_email.setdefault(value.casefold(), (cid, names[cid]))


def commit_import(
    db: Database,
    preview: ImportPreview,
    progress: Callable[[int], None] | None = None,
) -> ImportResult:
    """Write the previewed contacts in ONE transaction (all or nothing)."""
    for item in preview.items:
        if item.action not in item.allowed_actions():
            raise UserError(
                _("{position}: „{value}“ ist hier nicht möglich.").format(
                    position=item.position, value=translate(ACTION_LABELS[item.action])
                )
            )
    with db.session() as session:
        _skip_added_meanwhile(session, preview)
        created = _insert_new(session, preview, progress)
        merged = _merge_existing(session, preview)
    return ImportResult(created, merged, preview.count(Action.SKIP))


def _skip_added_meanwhile(session: Session, preview: ImportPreview) -> None:
    """Inside the write transaction: skip new contacts that exist by now.

    The preview was built before; the same file imported a second time at
    once (another window, the CLI) may have added them in between.
    """
    new = [i for i in preview.items if i.action is Action.NEW]
    if not new:
        return
    emails: set[str] = set()
    name_phones: set[tuple[str, str]] = set()
    rows = session.execute(
        select(Contact.name, Contact.email, Contact.phone).where(Contact.erased_at.is_(None))
    )
    for name, email, phone in rows:
        if email:
            emails.add(email.casefold())
        if phone:
            name_phones.add((sort_key(name), _digits(phone)))
    for item in new:
        email_key = item.email.casefold()
        np_key = (sort_key(item.name), _digits(item.phone))
        if (email_key and email_key in emails) or (np_key[1] and np_key in name_phones):
            item.action = Action.SKIP
            item.duplicate_reason = _("wurde inzwischen schon importiert")


def _insert_new(
    session: Session, preview: ImportPreview, progress: Callable[[int], None] | None
) -> int:
    now = utc_now()
    taken: set[str] = set(session.scalars(select(Contact.uid).where(Contact.uid.is_not(None))))
    new_items = [item for item in preview.items if item.action in (Action.NEW, Action.IMPORT)]
    for item in new_items:
        # The file's UID is kept when it is a UUID not yet in use (a contact
        # imported anyway next to its duplicate gets a new one).
        if not item.uid or item.uid in taken:
            item.uid = new_uid()
        taken.add(item.uid)
    rows = [
        {
            "uid": item.uid,
            "name": item.name,
            **import_person.person_columns(item.name, item.person),
            "organisation": item.organisation,
            "email": item.email,
            "phone": item.phone,
            "profession": item.profession,
            "competences": item.competences,
            "notes": item.notes,
            "roles": item.roles,
            "source": item.source or ContactSource.EXISTING,
            "spiral_stage": item.spiral_stage,
            "consent_share": item.consent_share,
            "consent_share_on": item.consent_share_on,
            "data_origin": preview.origin,
            "created_at": now,
            "updated_at": now,
            "version": 1,
        }
        for item in new_items
    ]
    for row, item in zip(rows, new_items, strict=True):
        person = item.person
        row["search_text"] = search.contact_search_text(row, person.details, person.addresses)
    # Core executemany: no ORM bookkeeping per row (the rows carry every column).
    table = cast(Table, Contact.__table__)
    before = int(session.scalar(select(func.coalesce(func.max(Contact.id), 0))) or 0)
    with _search_index_in_bulk(session):
        for start in range(0, len(rows), 2000):
            session.connection().execute(insert(table), rows[start : start + 2000])
            if progress is not None:
                progress(min(start + 2000, len(rows)))
    import_person.insert_lists(session, {i.uid: i.person for i in new_items}, before)
    _link_referrers(session, new_items)
    return len(rows)


@contextlib.contextmanager
def _search_index_in_bulk(session: Session) -> Iterator[None]:
    """Index the inserted contacts in one statement instead of one trigger call per row.

    SQLite's FTS5 trigram index is filled about three times faster by one
    INSERT … SELECT than by the insert trigger per row. Inside this transaction
    the trigger is dropped and recreated exactly as it was; a rollback restores
    it. Elsewhere (PostgreSQL, no FTS5) the inserts simply run as they are.
    """
    bind = session.connection()
    trigger = None
    if bind.dialect.name == "sqlite":
        trigger = bind.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'contact_fts_ai'"
        ).scalar()
    if not trigger:
        yield
        return
    before = int(session.scalar(select(func.coalesce(func.max(Contact.id), 0))) or 0)
    bind.exec_driver_sql("DROP TRIGGER contact_fts_ai")
    yield
    columns = str(trigger).split("contact_fts(rowid, ", 1)[1].split(")", 1)[0]
    bind.exec_driver_sql(
        f"INSERT INTO contact_fts(rowid, {columns}) SELECT id, {columns} FROM contact WHERE id > ?",
        (before,),
    )
    bind.exec_driver_sql(str(trigger))


def _link_referrers(session: Session, items: list[PreviewItem]) -> None:
    """Link "referred by" by UID, else by one exact name; otherwise it stays in the notes."""
    wanted = [item for item in items if item.referred_by]
    if not wanted:
        return
    by_uid: dict[str, int] = {
        uid: cid
        for uid, cid in session.execute(
            select(Contact.uid, Contact.id).where(Contact.uid.is_not(None))
        )
        if uid
    }
    by_name: dict[str, list[int]] = {}
    for cid, name in session.execute(
        select(Contact.id, Contact.name).where(Contact.erased_at.is_(None))
    ):
        by_name.setdefault(name.casefold(), []).append(cid)
    links: list[dict[str, object]] = []
    notes: list[dict[str, object]] = []
    for item in wanted:
        target = by_uid.get(item.referred_by_uid) if item.referred_by_uid else None
        if target is None:
            same_name = by_name.get(item.referred_by.casefold(), [])
            target = same_name[0] if len(same_name) == 1 else None
        own = by_uid[item.uid]
        if target is not None and target != own:
            links.append({"own": own, "target": target})
        else:
            line = _("Empfohlen von: {name}").format(name=item.referred_by)
            text = f"{item.notes}\n{line}".strip()
            document = search.contact_search_text(replace(item, notes=text))
            notes.append({"own": own, "text": text, "document": document})
    # One executemany each instead of one statement per contact.
    table = cast(Table, Contact.__table__)
    where = table.c.id == bindparam("own")
    conn = session.connection()
    if links:
        conn.execute(update(table).where(where).values(referred_by_id=bindparam("target")), links)
    if notes:
        stmt = update(table).where(where)
        stmt = stmt.values(notes=bindparam("text"), search_text=bindparam("document"))
        conn.execute(stmt, notes)


def _merge_existing(session: Session, preview: ImportPreview) -> int:
    merged = 0
    for item in preview.items:
        if item.action is not Action.MERGE or item.duplicate_of is None:
            continue
        contact = session.get(Contact, item.duplicate_of)
        if contact is None or contact.erased_at is not None:
            raise UserError(
                _(
                    "{position}: Der Kontakt „{duplicate_name}“ wurde inzwischen gelöscht; "
                    "bitte die Vorschau neu erstellen."
                ).format(position=item.position, duplicate_name=item.duplicate_name)
            )
        differing: list[str] = []
        for attr, source_label in _MERGE_FIELDS.items():
            label = translate(source_label)
            new, old = getattr(item, attr), getattr(contact, attr)
            if new and not old:
                setattr(contact, attr, new)
            elif new and new.casefold() != old.casefold():
                differing.append(f"{label}: {new}")
        import_person.merge_person(contact, item.person)
        if item.notes and item.notes not in contact.notes:
            differing.append(item.notes)
        if differing:
            block = _("Aus {origin}:").format(origin=preview.origin) + "\n" + "\n".join(differing)
            contact.notes = f"{contact.notes}\n\n{block}".strip()
        merged += 1
    session.flush()
    return merged


_MERGE_FIELDS = {
    "organisation": N_("Organisation"),
    "email": N_("E-Mail"),
    "phone": N_("Telefon"),
    "profession": N_("Beruf"),
    "competences": N_("Kompetenzen"),
}


def count_contacts(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(Contact)) or 0)
