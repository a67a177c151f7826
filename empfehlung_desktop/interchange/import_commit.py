"""Writing a checked import preview: one transaction, all or nothing.

New contacts are written in bulk: their rows are built as plain tuples (every
column the ORM would write, including the folded search text) and inserted
with one driver ``executemany`` per table; the SQLite search index is filled
in a few spans (:func:`store.search.index_in_bulk`), and a big import into a
small table builds the contact indexes once afterwards
(:func:`store.bulk.indexes_deferred`). The database
ends up exactly as ORM inserts would leave it. Merges into existing contacts
go through the ORM (few rows, relationships, optimistic locking).
"""

from __future__ import annotations

import contextlib
import operator
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from functools import partial
from typing import Any, cast

from sqlalchemy import Connection, Table, bindparam, func, select, update
from sqlalchemy.orm import Session

from empfehlung_desktop.clock import utc_now
from empfehlung_desktop.errors import UserError
from empfehlung_desktop.i18n import _, translate
from empfehlung_desktop.interchange import import_person, parallel, search_documents
from empfehlung_desktop.interchange.importer import (
    ACTION_LABELS,
    SLICE,
    Action,
    ImportPreview,
    ImportResult,
    PreviewItem,
    phone_digits,
)
from empfehlung_desktop.model import Contact, ContactAddress, ContactDetail, ContactSource
from empfehlung_desktop.model import sort_key as name_key
from empfehlung_desktop.model.contact import new_uids
from empfehlung_desktop.names import name_sort_key
from empfehlung_desktop.store import bulk, search
from empfehlung_desktop.store.database import Database
from empfehlung_desktop.store.search import SEARCH_PHONE_FIELDS, SEARCH_TEXT_FIELDS

# Rows per executemany at least: progress is reported after each batch, and while
# SQLite indexes one batch the next one is built.
BATCH = 2000
_IN_SLICE = 500  # values in one IN (…): well below every database's limit

# Contact columns a new contact gets (referred_by_id and erased_at stay NULL, as
# they do for a new ORM object): the same list the ORM insert writes. First those
# taken as they are from the preview item or (named here) its person.
_PERSON_COLUMNS = (
    "salutation",
    "title",
    "given_name",
    "family_name",
    "name_suffix",
    "address_form",
    "birth_day",
    "birth_month",
    "birth_year",
    "tags",
)
_ITEM_COLUMNS = (
    "uid",
    "name",
    "organisation",
    "email",
    "phone",
    "profession",
    "competences",
    "roles",
    "spiral_stage",
    "notes",
    "consent_share",
    "consent_share_on",
)
_CONSTANT_COLUMNS = ("data_origin", "created_at", "updated_at", "version")
_CONTACT_COLUMNS = (
    *_ITEM_COLUMNS,
    *_PERSON_COLUMNS,
    "sort_name",
    "source",
    "search_text",
    *_CONSTANT_COLUMNS,
)
_TAKEN_AS_THEY_ARE = operator.attrgetter(
    *_ITEM_COLUMNS, *(f"person.{name}" for name in _PERSON_COLUMNS)
)
_DETAIL_COLUMNS = ("contact_id", "kind", "label", "value", "position")
_ADDRESS_COLUMNS = (
    "contact_id",
    "label",
    "street",
    "postcode",
    "city",
    "region",
    "country",
    "position",
)


def commit_import(
    db: Database,
    preview: ImportPreview,
    progress: Callable[[int], None] | None = None,
) -> ImportResult:
    """Write the previewed contacts in ONE transaction (all or nothing)."""
    check_actions(preview.items)
    with db.session() as session, search.bulk_cache(session.connection()):
        _skip_added_meanwhile(session, preview)
        new_items = [item for item in preview.items if item.action in NEW_ACTIONS]
        with (
            parallel.helper(len(new_items)) as pool,
            NewContacts(session, preview.origin, len(new_items), pool) as writer,
        ):
            writer.add(new_items, progress)
        merged, guessed = import_person.merge_existing(session, preview.items, preview.origin)
        import_person.list_names_to_check(session, [*writer.guessed, *guessed])
    return ImportResult(writer.created, merged, preview.count(Action.SKIP))


NEW_ACTIONS = (Action.NEW, Action.IMPORT)


def check_actions(items: list[PreviewItem]) -> None:
    """:class:`UserError` for an item whose action is not one it allows."""
    for item in items:
        if item.action not in item.allowed_actions():
            raise UserError(
                _("{position}: „{value}“ ist hier nicht möglich.").format(
                    position=item.position, value=translate(ACTION_LABELS[item.action])
                )
            )


def _skip_added_meanwhile(session: Session, preview: ImportPreview) -> None:
    """Inside the write transaction: skip new contacts that exist by now.

    The preview was built before; the same file imported a second time at
    once (another window, the CLI) may have added them in between.
    """
    new = [i for i in preview.items if i.action is Action.NEW]
    if not new:
        return
    emails: set[str] = set()
    names_by_number: dict[str, list[str]] = {}
    rows = session.execute(
        select(Contact.name, Contact.email, Contact.phone)
        .where(Contact.erased_at.is_(None))
        .execution_options(yield_per=SLICE)
    )
    for name, email, phone in rows:
        if email:
            emails.add(email.casefold())
        if phone:
            names_by_number.setdefault(phone_digits(phone), []).append(name)
    if not emails and not names_by_number:
        return  # an empty database: nothing can have been added meanwhile
    for item in new:
        email_key = item.email.casefold()
        digits = phone_digits(item.phone)
        same_number = names_by_number.get(digits) if digits else None
        if (email_key and email_key in emails) or (
            same_number and name_key(item.name) in {name_key(n) for n in same_number}
        ):
            item.action = Action.SKIP
            item.duplicate_reason = _("wurde inzwischen schon importiert")


class NewContacts:
    """New contacts inserted in bulk with their details and addresses, inside the
    caller's transaction: all in one :meth:`add` (a preview) or part after part
    (an import that lets go of each part once written). Leaving the block fills
    the rest of the search index, builds the deferred indexes and links the
    "referred by" names (:func:`_link_referrers`).

    ``expected`` is about how many contacts will be added (it decides whether the
    contact indexes are built once afterwards); ``pool`` folds search documents.
    """

    def __init__(
        self, session: Session, origin: str, expected: int, pool: parallel.Helper | None
    ) -> None:
        self.session, self.pool = session, pool
        self.conn = conn = session.connection()  # plain rows: a third faster than the ORM's
        now = utc_now()
        self.constant = (origin, now, now, 1)  # _CONSTANT_COLUMNS
        self.taken: set[str] | None = None  # UIDs in use, read at the first add
        self.contacts = bulk.Inserter(conn, cast(Table, Contact.__table__), _CONTACT_COLUMNS)
        self.lists = _ListInserter(conn)
        self.last = int(session.scalar(select(func.coalesce(func.max(Contact.id), 0))) or 0)
        self.indexed = self.last
        # The search index is filled in a few spans: each statement costs (20 of them
        # took a third longer than 4 for 100,000 Outlook contacts), and the progress
        # still moves between them.
        self.span = max(BATCH, expected // 4)
        self.expected = expected
        self.created = 0
        self.guessed: list[int] = []  # new contacts whose name parts came from a guess
        self.referring: list[tuple[PreviewItem, int]] = []  # (item, its new id)
        self._stack = contextlib.ExitStack()
        self._index: Callable[[int, int], None] = lambda _first, _last: None

    def __enter__(self) -> NewContacts:
        if self.expected:
            with contextlib.ExitStack() as stack:
                stack.enter_context(bulk.indexes_deferred(self.conn, "contact", self.expected))
                self._index = stack.enter_context(search.index_in_bulk(self.conn))
                self._stack = stack.pop_all()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: Any
    ) -> None:
        if kind is not None:
            self._stack.__exit__(kind, error, trace)  # no statement after an error
            return
        try:
            self._index_rest()
        except BaseException as failed:
            self._stack.__exit__(type(failed), failed, failed.__traceback__)
            raise
        self._stack.close()
        _link_referrers(self.session, self.referring)

    def _index_rest(self) -> None:
        if self.last > self.indexed:
            self._index(self.indexed + 1, self.last)
            self.indexed = self.last

    def add(
        self,
        items: list[PreviewItem],
        progress: Callable[[int], None] | None = None,
        started: Callable[[], None] | None = None,
    ) -> None:
        """Insert ``items`` (all to be added); ``progress`` gets the count so far.

        ``started`` is called once the search documents have gone to the second
        process, before SQLite's work: what it sends there is done after them.
        """
        if not items:
            if started is not None:
                started()
            return
        if self.taken is None:
            self.taken = set(
                self.conn.scalars(
                    select(Contact.uid)
                    .where(Contact.uid.is_not(None))
                    .execution_options(yield_per=SLICE)
                )
            )
        taken = self.taken
        fresh = iter(new_uids(len(items)))
        for item in items:
            # The file's UID is kept when it is a UUID not yet in use (a contact
            # imported anyway next to its duplicate gets a new one). A new random
            # UUID is in use nowhere: it is not kept (100 bytes a contact).
            if not item.uid or item.uid in taken:
                item.uid = next(fresh)
            else:
                taken.add(item.uid)
        size = max(BATCH, self.expected // 20)  # 20 batches at most: few statements
        # The first batch no bigger than BATCH: SQLite starts writing sooner than
        # after the time one of the bigger batches takes to build.
        first = min(BATCH, len(items))
        batches = [items[:first]]
        batches += [items[i : i + size] for i in range(first, len(items), size)]
        with _documents(self.pool, batches) as documents, _ahead() as ahead:
            # The next batch's rows are built while SQLite indexes this one (it runs
            # without Python's lock), their search documents folded in the second
            # process: the two cores work at once. Every statement stays on this
            # thread, in this transaction.
            build = partial(_contact_rows, self.contacts, documents, constant=self.constant)
            upcoming = ahead.submit(build, 0, batches[0])
            for number, batch in enumerate(batches):
                rows = upcoming.result()
                if number == 0 and started is not None:
                    started()  # every batch's documents were sent with the first one's
                self.contacts.insert_converted(rows)
                batch_ids = _ids_by_uid(self.conn, self.last)
                self.lists.insert(batch, batch_ids)
                if number + 1 < len(batches):
                    upcoming = ahead.submit(build, number + 1, batches[number + 1])
                self.last = max(batch_ids.values())
                self._note(batch, batch_ids)
                if self.last - self.indexed >= self.span or self.created >= self.expected:
                    self._index_rest()
                if progress is not None:
                    progress(self.created)

    def _note(self, batch: list[PreviewItem], ids: dict[str, int]) -> None:
        self.created += len(batch)
        for item in batch:
            if item.person.name_guessed:
                self.guessed.append(ids[item.uid])
            if item.referred_by:
                self.referring.append((item, ids[item.uid]))


@contextlib.contextmanager
def _ahead() -> Iterator[ThreadPoolExecutor]:
    """One worker thread; on an error the work queued for it is dropped."""
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="import-rows")
    try:
        yield pool
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


@contextlib.contextmanager
def _documents(
    pool: parallel.Helper | None, batches: list[list[PreviewItem]]
) -> Iterator[search_documents.Documents[PreviewItem]]:
    documents = search_documents.Documents(pool, batches, item_search_parts)
    try:
        yield documents
    finally:
        documents.close()


# search.search_parts for a preview item, without asking each field where it is.
_SEARCH_TEXTS = operator.attrgetter(
    *(f"person.{name}" if name in _PERSON_COLUMNS else name for name in SEARCH_TEXT_FIELDS)
)
_SEARCH_PHONES = operator.attrgetter(*SEARCH_PHONE_FIELDS, "person.details", "person.addresses")


def item_search_parts(item: PreviewItem) -> search_documents.PackedParts:
    """What :func:`search.search_parts` gives for ``item`` (the texts and numbers of
    its search document), packed to cross to the second process, as fast as the
    commit needs it."""
    *numbers, details, addresses = _SEARCH_PHONES(item)
    texts = list(_SEARCH_TEXTS(item))
    search.add_further_parts(texts, numbers, details, addresses)
    return search_documents.pack(texts, numbers)


def _contact_rows(
    contacts: bulk.Inserter,
    documents: search_documents.Documents[PreviewItem],
    number: int,
    items: list[PreviewItem],
    *,
    constant: tuple[Any, ...],
) -> list[tuple[Any, ...]]:
    texts = documents.take(number)
    return contacts.convert(
        [_contact_row(item, constant, text) for item, text in zip(items, texts, strict=True)]
    )


def _contact_row(item: PreviewItem, constant: tuple[Any, ...], document: str) -> tuple[Any, ...]:
    """The new contact's row (:data:`_CONTACT_COLUMNS`); ``document`` is its
    :func:`search.contact_search_text`, ``constant`` the values of every row."""
    person = item.person
    return (
        *_TAKEN_AS_THEY_ARE(item),
        name_sort_key(person.given_name, person.family_name, item.name),
        item.source or ContactSource.EXISTING,
        document,
        *constant,
    )


def _ids_by_uid(conn: Connection, after_id: int) -> dict[str, int]:
    if conn.dialect.name == "sqlite" and conn.dialect.paramstyle == "qmark":
        # The driver's rows directly (SQLAlchemy's result handling costs more here).
        found = conn.exec_driver_sql('SELECT uid, id FROM "contact" WHERE id > ?', (after_id,))
        try:
            return {uid: cid for uid, cid in found.cursor.fetchall() if uid}
        finally:
            found.close()
    rows = conn.execute(
        select(Contact.uid, Contact.id)
        .where(Contact.id > after_id)
        .execution_options(yield_per=SLICE)
    )
    return {uid: cid for uid, cid in rows if uid}


class _ListInserter:
    """Further details and addresses of new contacts."""

    def __init__(self, conn: Connection) -> None:
        self.details = bulk.Inserter(conn, cast(Table, ContactDetail.__table__), _DETAIL_COLUMNS)
        self.addresses = bulk.Inserter(
            conn, cast(Table, ContactAddress.__table__), _ADDRESS_COLUMNS
        )

    def insert(self, items: list[PreviewItem], ids: dict[str, int]) -> None:
        detail_rows: list[tuple[Any, ...]] = []
        address_rows: list[tuple[Any, ...]] = []
        for item in items:
            person = item.person
            if not person.details and not person.addresses:
                continue
            own = ids[item.uid]
            detail_rows += [
                (own, d.kind, d.label, d.value, i) for i, d in enumerate(person.details)
            ]
            address_rows += [
                (own, a.label, a.street, a.postcode, a.city, a.region, a.country, i)
                for i, a in enumerate(person.addresses)
            ]
        self.details.insert(detail_rows)
        self.addresses.insert(address_rows)


def _link_referrers(session: Session, referring: list[tuple[PreviewItem, int]]) -> None:
    """Link "referred by" (of the new contacts ``referring``, with their ids) by UID,
    else by one exact name; otherwise it stays in the notes.

    Only the UIDs named are looked up; the names of all contacts (those before the
    import and the new ones) are read, those of erased ones not, and only those
    asked for are kept.
    """
    if not referring:
        return
    conn = session.connection()  # plain rows: a third faster than through the ORM session
    by_uid: dict[str, int] = {}
    named = sorted({item.referred_by_uid for item, _own in referring if item.referred_by_uid})
    for start in range(0, len(named), _IN_SLICE):
        found = conn.execute(
            select(Contact.uid, Contact.id).where(Contact.uid.in_(named[start : start + _IN_SLICE]))
        )
        by_uid.update((str(uid), int(cid)) for uid, cid in found)
    wanted = {item.referred_by.casefold() for item, _own in referring}
    by_name: dict[str, list[int]] = {}  # only the names asked for (not 100,000 lists)
    for cid, name in conn.execute(
        select(Contact.id, Contact.name)
        .where(Contact.erased_at.is_(None))
        .execution_options(yield_per=SLICE)
    ):
        key = name.casefold()
        if key in wanted:
            by_name.setdefault(key, []).append(cid)
    links: list[dict[str, object]] = []
    notes: list[dict[str, object]] = []
    for item, own in referring:
        target = by_uid.get(item.referred_by_uid) if item.referred_by_uid else None
        if target is None:
            same_name = by_name.get(item.referred_by.casefold(), [])
            target = same_name[0] if len(same_name) == 1 else None
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
    if links:
        conn.execute(update(table).where(where).values(referred_by_id=bindparam("target")), links)
    if notes:
        stmt = update(table).where(where)
        stmt = stmt.values(notes=bindparam("text"), search_text=bindparam("document"))
        conn.execute(stmt, notes)
