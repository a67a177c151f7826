"""The import flow shared by GUI and CLI: read → preview (duplicates, warnings) → commit.

Nothing is written before :func:`interchange.import_commit.commit_import`, and
that writes everything in one transaction: either the whole preview lands in
the database or nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from empfehlung_desktop.i18n import _, format_date, ngettext
from empfehlung_desktop.interchange import parallel
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
    DetailKind,
    sort_key,
)
from empfehlung_desktop.services.contacts.validation import DEFAULT_REGION

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
        tally = Tally()
        tally.add(self.items)
        return tally.summary(self.file_name)


@dataclass
class Tally:
    """What a preview's items come to, for its summary line (counted as items come,
    so that an import that lets go of its items can still sum them up)."""

    actions: Counter[Action] = field(default_factory=Counter)
    total: int = 0
    warnings: int = 0
    duplicates: int = 0

    def add(self, items: Iterable[PreviewItem]) -> None:
        # One pass over the items (the GUI shows the summary after every change of an
        # action, at 50,000 rows each extra pass holds the window for a few milliseconds).
        actions = self.actions
        total = warnings = duplicates = 0
        for item in items:
            actions[item.action] += 1
            total += 1
            warnings += len(item.warnings)
            duplicates += bool(item.duplicate_reason)  # PreviewItem.is_duplicate
        self.total += total
        self.warnings += warnings
        self.duplicates += duplicates

    def summary(self, file_name: str) -> str:
        total, actions = self.total, self.actions
        head = ngettext(
            "{total} Kontakt in „{file_name}“", "{total} Kontakte in „{file_name}“", total
        ).format(total=total, file_name=file_name)
        duplicates = ngettext(
            "{duplicates} mögliche Dublette", "{duplicates} mögliche Dubletten", self.duplicates
        ).format(duplicates=self.duplicates)
        hints = ngettext("{warnings} Hinweis", "{warnings} Hinweise", self.warnings)
        return _(
            "{head}: {new} neu, {duplicates} ({merge} zusammenführen, {import_anyway} "
            "trotzdem importieren), {skipped} übersprungen, {hints}."
        ).format(
            head=head,
            new=actions[Action.NEW],
            duplicates=duplicates,
            merge=actions[Action.MERGE],
            import_anyway=actions[Action.IMPORT],
            skipped=actions[Action.SKIP],
            hints=hints.format(warnings=self.warnings),
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


_NOT_DIGIT = re.compile(r"\D")


def phone_digits(phone: str) -> str:
    """The digits of a phone number (how the duplicate checks compare numbers)."""
    return _NOT_DIGIT.sub("", phone)


def build_preview(
    session: Session,
    contacts: list[ImportedContact] | parallel.TableRows,
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

    ``contacts`` may be a CSV table's rows, read into contacts on the way.
    Duplicates default to "skip" (or "merge" with ``merge``). ``check`` is called
    now and then (the GUI's cancel button raises from it).
    """
    # Kept afterwards: the commit folds the search documents in it.
    with parallel.helper(len(contacts), keep=True) as pool:
        # The database first: meanwhile a second process starts for a big file.
        known = Known(session)
        if isinstance(contacts, parallel.TableRows):
            items = parallel.clean_rows(pool, contacts, practice_country, today, check)
        else:
            items = parallel.clean_items(pool, contacts, practice_country, today, check)
    DuplicateCheck(known, merge=merge).mark(items)
    return ImportPreview(
        file_name=file_name,
        format=fmt,
        items=items,
        origin=origin_text(fmt, file_name, today),
    )


class DuplicateCheck:
    """Marks likely duplicates, item after item in file order: of the database's
    contacts (``known``), and of the file's earlier items.

    The earlier items' keys are kept in one dict with the position of the first
    item that had each: every e-mail address, and name and phone joined by NUL
    (an e-mail address holds no NUL, phone digits neither: no two keys meet).
    One text instead of a tuple of two: 100 bytes less a row.
    """

    def __init__(self, known: Known, *, merge: bool) -> None:
        self.known, self.merge = known, merge
        self.seen: dict[str, str] = {}  # key: the position of its first item
        self.same_uid = _("gleicher Kontakt (gleiche UID)")
        self.same_email = _("gleiche E-Mail-Adresse")
        self.same_name_phone = _("gleicher Name und gleiche Telefonnummer")

    def mark(self, items: Iterable[PreviewItem]) -> None:
        """Set the duplicates' reason and action (skip, or merge with ``merge``)."""
        known, seen = self.known, self.seen
        for item in items:
            if not item.importable:
                continue
            emails = _email_keys(item)
            np_key = (sort_key(item.name), phone_digits(item.phone))
            found = known.by_uid.get(item.uid) if item.uid else None
            reason = self.same_uid
            if found is None:
                found = next((known.by_email[e] for e in emails if e in known.by_email), None)
                reason = self.same_email
            if found is None and np_key[1]:
                found = known.by_name_phone.get(np_key)
                reason = self.same_name_phone
            keys = [*emails, f"{np_key[0]}\0{np_key[1]}"] if np_key[1] else emails
            if found is not None:
                item.duplicate_of, item.duplicate_name = found
                item.duplicate_reason = reason
                item.action = Action.MERGE if self.merge else Action.SKIP
            else:
                earlier = next((seen[k] for k in keys if k in seen), None)
                if earlier:
                    item.duplicate_reason = _("kommt in der Datei schon vor ({earlier})").format(
                        earlier=earlier
                    )
                    item.action = Action.SKIP
            for key in keys:
                seen.setdefault(key, item.position)


def _email_keys(item: PreviewItem) -> list[str]:
    """The contact's main and further e-mail addresses, case-folded."""
    keys = [item.email.casefold()] if item.email else []
    for detail in item.person.details:
        if detail.kind is DetailKind.EMAIL and detail.value:
            keys.append(detail.value.casefold())
    return keys


# Rows per fetch when reading all contacts (see Known).
SLICE = 2000


class Known:
    """The database's contacts by UID, by every e-mail address and by name and phone."""

    def __init__(self, session: Session) -> None:
        self.by_uid: dict[str, tuple[int, str]] = {}
        self.by_email: dict[str, tuple[int, str]] = {}
        self.by_name_phone: dict[tuple[str, str], tuple[int, str]] = {}
        names: dict[int, str] = {}
        # Fetched in slices: one fetch of 100,000 rows holds the interpreter lock
        # (and the window's repaint) for a tenth of a second.
        conn = session.connection()  # plain rows: a third faster than through the session
        rows = conn.execute(
            select(Contact.id, Contact.name, Contact.email, Contact.phone, Contact.uid)
            .where(Contact.erased_at.is_(None))
            .execution_options(yield_per=SLICE)
        )
        for cid, name, email, phone, uid in rows:
            names[cid] = name
            if uid:
                self.by_uid[uid] = (cid, name)
            if email:
                self.by_email.setdefault(email.casefold(), (cid, name))
            if phone:
                self.by_name_phone.setdefault((sort_key(name), phone_digits(phone)), (cid, name))
        further = conn.execute(
            select(ContactDetail.contact_id, ContactDetail.value)
            .where(ContactDetail.kind == DetailKind.EMAIL)
            .order_by(ContactDetail.contact_id, ContactDetail.position)
            .execution_options(yield_per=SLICE)
        )
        for cid, value in further:
            if value and cid in names:  # erased contacts are not in names
                self.by_email.setdefault(value.casefold(), (cid, names[cid]))


def count_contacts(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(Contact)) or 0)
