"""The import flow shared by GUI and CLI: read → preview (duplicates, warnings) → commit.

Nothing is written before :func:`commit_import`, and that writes everything in
one transaction: either the whole preview lands in the database or nothing.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import cast

from sqlalchemy import Table, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from empfehlung_desktop.clock import utc_now
from empfehlung_desktop.errors import UserError
from empfehlung_desktop.i18n import N_, _, format_date, ngettext, translate
from empfehlung_desktop.interchange import import_person
from empfehlung_desktop.interchange.records import ImportedContact, PersonFields
from empfehlung_desktop.model import Contact, ContactSource, Role, SpiralStage, sort_key
from empfehlung_desktop.model.contact import new_uid
from empfehlung_desktop.services.contacts.validation import (
    DEFAULT_REGION,
    check_phone,
    normalize_email,
)
from empfehlung_desktop.store import search
from empfehlung_desktop.store.database import Database

FORMAT_LABELS = {"vcard": "vCard", "csv": "CSV", "json": "JSON"}
_EXTENSIONS = {".vcf": "vcard", ".vcard": "vcard", ".csv": "csv", ".txt": "csv", ".json": "json"}
_MAX_LEN = {"name": 200, "organisation": 200, "profession": 200}


class Action(StrEnum):
    """What happens to one previewed contact."""

    NEW = "new"  # not a duplicate: imported
    SKIP = "skip"  # not imported
    MERGE = "merge"  # empty fields of the existing contact filled, notes appended
    IMPORT = "import"  # a duplicate imported anyway as a separate contact


# German source texts; the UI translates them with tr(), messages with translate().
ACTION_LABELS = {
    Action.NEW: N_("neu"),
    Action.SKIP: N_("überspringen"),
    Action.MERGE: N_("zusammenführen"),
    Action.IMPORT: N_("trotzdem importieren"),
}


@dataclass
class PreviewItem:
    """One contact of the file as it would be imported."""

    position: str
    name: str
    organisation: str
    email: str
    phone: str
    profession: str
    competences: str
    notes: str
    warnings: list[str] = field(default_factory=list)
    duplicate_of: int | None = None
    duplicate_name: str = ""
    duplicate_reason: str = ""
    action: Action = Action.NEW
    uid: str = ""
    roles: Role = field(default_factory=lambda: Role(0))
    source: ContactSource | None = None
    spiral_stage: SpiralStage | None = None
    referred_by: str = ""
    referred_by_uid: str = ""
    consent_share: bool = False
    consent_share_on: dt.date | None = None
    person: PersonFields = field(default_factory=PersonFields)

    @property
    def is_duplicate(self) -> bool:
        return bool(self.duplicate_reason)

    @property
    def importable(self) -> bool:
        return bool(self.name)

    def allowed_actions(self) -> list[Action]:
        if not self.importable:
            return [Action.SKIP]
        if self.duplicate_of is not None:
            return [Action.SKIP, Action.MERGE, Action.IMPORT]
        if self.is_duplicate:
            return [Action.SKIP, Action.IMPORT]
        return [Action.NEW, Action.SKIP]


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


def _clean(
    raw: ImportedContact, practice_country: str = DEFAULT_REGION, today: dt.date | None = None
) -> PreviewItem:
    """Normalise one contact; odd values move to the notes with a warning."""
    warnings: list[str] = list(raw.warnings)
    extra = list(raw.extra)
    name, person = import_person.clean_person(
        raw.name,
        raw.person,
        country=raw.country,
        practice_country=practice_country,
        today=today,
        warnings=warnings,
        extra=extra,
    )
    if extra:
        labels = list(dict.fromkeys(line.split(": ", 1)[0] for line in extra))
        warnings.append(
            _("Ohne eigenes Feld, steht in den Notizen: {labels}.").format(labels=", ".join(labels))
        )
    email, error = normalize_email(raw.email)
    if error:
        warnings.append(_("{error} Sie steht stattdessen in den Notizen.").format(error=error))
        extra.append(_("E-Mail (ungültig): {email}").format(email=raw.email.strip()))
        email = ""
    # A number is never turned into another one: it is formatted internationally
    # only when its country is certain, otherwise kept exactly as written.
    checked = check_phone(raw.phone, country=raw.country, practice_country=practice_country)
    phone = checked.text
    if checked.error:
        warnings.append(_("{error} Sie wird unverändert übernommen.").format(error=checked.error))
    elif checked.hint:
        warnings.append(checked.hint)
    if len(phone) > 40:
        warnings.append(_("Telefonnummer zu lang, sie steht vollständig in den Notizen."))
        extra.append(_("Telefon: {value}").format(value=phone))
        phone = phone[:40]
    values = {
        "name": name,
        "organisation": raw.organisation.strip(),
        "profession": raw.profession.strip(),
    }
    for key, limit in _MAX_LEN.items():
        if len(values[key]) > limit:
            warnings.append(
                _("Zu lang, gekürzt: {key} ({count} Zeichen).").format(
                    key=key, count=len(values[key])
                )
            )
            extra.append(_("{key} vollständig: {value}").format(key=key, value=values[key]))
            values[key] = values[key][:limit]
    if not values["name"]:
        warnings.append(_("Kein Name – wird übersprungen."))
    notes = ImportedContact(position="", notes=raw.notes, extra=extra).full_notes()
    item = PreviewItem(
        position=raw.position,
        email=email,
        phone=phone,
        competences=", ".join(t.strip() for t in raw.competences.split(",") if t.strip()),
        notes=notes,
        warnings=warnings,
        name=values["name"],
        organisation=values["organisation"],
        profession=values["profession"],
        uid=raw.uid,
        roles=raw.roles,
        source=raw.source,
        spiral_stage=raw.spiral_stage,
        referred_by=raw.referred_by.strip(),
        referred_by_uid=raw.referred_by_uid,
        consent_share=raw.consent_share,
        consent_share_on=raw.consent_share_on,
        person=person,
    )
    if not item.importable:
        item.action = Action.SKIP
    return item


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
) -> ImportPreview:
    """Check every contact and find likely duplicates (same UID, email, or name and phone).

    Duplicates default to "skip" (or "merge" with ``merge``).
    """
    items = [_clean(raw, practice_country, today) for raw in contacts]
    by_email: dict[str, tuple[int, str]] = {}
    by_name_phone: dict[tuple[str, str], tuple[int, str]] = {}
    by_uid: dict[str, tuple[int, str]] = {}
    rows = session.execute(
        select(Contact.id, Contact.name, Contact.email, Contact.phone, Contact.uid).where(
            Contact.erased_at.is_(None)
        )
    )
    for cid, name, email, phone, uid in rows:
        if uid:
            by_uid[uid] = (cid, name)
        if email:
            by_email.setdefault(email.casefold(), (cid, name))
        if phone:
            by_name_phone.setdefault((sort_key(name), _digits(phone)), (cid, name))
    seen_email: dict[str, str] = {}
    seen_name_phone: dict[tuple[str, str], str] = {}
    for item in items:
        if not item.importable:
            continue
        email_key = item.email.casefold()
        np_key = (sort_key(item.name), _digits(item.phone))
        found = by_uid.get(item.uid) if item.uid else None
        reason = _("gleicher Kontakt (gleiche UID)")
        if found is None:
            found = by_email.get(email_key) if email_key else None
            reason = _("gleiche E-Mail-Adresse")
        if found is None and np_key[1]:
            found, reason = by_name_phone.get(np_key), _("gleicher Name und gleiche Telefonnummer")
        if found is not None:
            item.duplicate_of, item.duplicate_name = found
            item.duplicate_reason = reason
            item.action = Action.MERGE if merge else Action.SKIP
        else:
            earlier = (seen_email.get(email_key) if email_key else None) or (
                seen_name_phone.get(np_key) if np_key[1] else None
            )
            if earlier:
                item.duplicate_reason = _("kommt in der Datei schon vor ({earlier})").format(
                    earlier=earlier
                )
                item.action = Action.SKIP
        if email_key:
            seen_email.setdefault(email_key, item.position)
        if np_key[1]:
            seen_name_phone.setdefault(np_key, item.position)
    return ImportPreview(
        file_name=file_name,
        format=fmt,
        items=items,
        origin=origin_text(fmt, file_name, today),
    )


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
