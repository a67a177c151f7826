"""Contact search over one folded document per contact (``contact.search_text``).

The document (:func:`contact_search_text`) holds every searched field folded by
:func:`transliterate.search_fold` — case, accents, ł/ø/æ, the German ae/oe/ue and
ß, digit groups — plus each phone number in its national and international digit
forms. Queries are folded the same way (:func:`transliterate.search_terms`), so
"muell", "Müll" and "MUELL" find "Müller", "+49 761" finds "0761 555 12".

SQLite indexes the document with an FTS5 trigram table (``contact_fts``, external
content, kept by triggers on ``search_text``); PostgreSQL with a GIN trigram index
(pg_trgm) that answers ``search_text LIKE '%term%'``. Terms shorter than three
characters cannot use trigrams: a two-letter term matches a word start (" mu",
every field starts with a space), single characters a name start or a substring.

Every write of a contact row must set ``search_text``: ORM writes get it from the
``before_flush`` hook :func:`refresh_search_texts` (registered by
``store.database.open_database``); Core inserts and updates call
:func:`contact_search_text` on their row values.
"""

from __future__ import annotations

import contextlib
import weakref
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    Integer,
    Select,
    and_,
    column,
    inspect,
    literal_column,
    or_,
    select,
    table,
    true,
)
from sqlalchemy.orm import Session

from empfehlung_desktop.model import Contact
from empfehlung_desktop.transliterate import contact_search_document, search_terms

FTS_TABLE = "contact_fts"
# The contact fields the document is made of. A new field is searchable once it is
# named here (and existing rows are refilled by a migration, see 0006).
SEARCH_TEXT_FIELDS = (
    "name",
    "title",
    "given_name",
    "family_name",
    "name_suffix",
    "organisation",
    "email",
    "profession",
    "competences",
    "tags",
    "notes",
)
SEARCH_PHONE_FIELDS = ("phone",)
PG_TRGM_INDEX = "ix_contact_search_trgm"
_fts_available: weakref.WeakKeyDictionary[Engine, bool] = weakref.WeakKeyDictionary()
_trgm_available: weakref.WeakKeyDictionary[Engine, bool] = weakref.WeakKeyDictionary()


def contact_search_text(
    contact: Mapping[str, Any] | object, details: Iterable[Any] = (), addresses: Iterable[Any] = ()
) -> str:
    """The search document of a contact: from its full row values (a mapping) or from
    any object with the fields as attributes (the ORM object, an import item).

    Further e-mails, phones, profiles and addresses count too: an ORM contact and an
    import item bring their own; for a row (a mapping) pass them as ``details``
    (objects with ``kind`` and ``value``) and ``addresses``.
    """
    return contact_search_document(*search_parts(contact, details, addresses))


def search_parts(
    contact: Mapping[str, Any] | object, details: Iterable[Any] = (), addresses: Iterable[Any] = ()
) -> tuple[list[str], list[str]]:
    """What :func:`contact_search_text` folds: (texts, phone numbers), plain strings
    (a big import folds them in its second process,
    :func:`transliterate.contact_search_document`)."""
    if isinstance(contact, Mapping):
        values = contact
        texts = [values.get(name) or "" for name in SEARCH_TEXT_FIELDS]
        phones = [values.get(name) or "" for name in SEARCH_PHONE_FIELDS]
    else:
        person = getattr(contact, "person", None)  # an import item keeps them apart
        owner = person if person is not None else contact
        texts = [
            (getattr(contact, name) if hasattr(contact, name) else getattr(owner, name, "")) or ""
            for name in SEARCH_TEXT_FIELDS
        ]
        phones = [getattr(contact, name) or "" for name in SEARCH_PHONE_FIELDS]
        details = getattr(owner, "details", None) or details
        addresses = getattr(owner, "addresses", None) or addresses
    add_further_parts(texts, phones, details, addresses)
    return texts, phones


def add_further_parts(
    texts: list[str], phones: list[str], details: Iterable[Any], addresses: Iterable[Any]
) -> None:
    """Further e-mails, profiles (``texts``), phones (``phones``) and addresses' parts."""
    for detail in details:
        (phones if detail.kind == "phone" else texts).append(detail.value or "")
    for address in addresses:
        texts += [address.street, address.postcode, address.city, address.region]
        texts.append(address.country)


def refresh_search_texts(session: Session, _context: Any, _instances: Any) -> None:
    """``before_flush``: give every new or changed contact its current document."""
    for obj in (*session.new, *session.dirty):
        if isinstance(obj, Contact):
            document = contact_search_text(obj)
            if obj.search_text != document:
                obj.search_text = document


def has_fts(bind: Session | Connection | Engine) -> bool:
    """Whether this database has the FTS index (cached per engine)."""
    engine = _engine_of(bind)
    cached = _fts_available.get(engine)
    if cached is None:
        if engine.dialect.name != "sqlite":
            cached = False
        else:
            with engine.connect() as conn:
                cached = inspect(conn).has_table(FTS_TABLE)
        _fts_available[engine] = cached
    return cached


def has_trigram_index(bind: Session | Connection | Engine) -> bool:
    """Whether this is PostgreSQL with the trigram search index (cached per engine)."""
    engine = _engine_of(bind)
    cached = _trgm_available.get(engine)
    if cached is None:
        cached = False
        if engine.dialect.name == "postgresql":
            with engine.connect() as conn:
                indexes = inspect(conn).get_indexes(Contact.__tablename__)
                cached = any(ix["name"] == PG_TRGM_INDEX for ix in indexes)
        _trgm_available[engine] = cached
    return cached


def _engine_of(bind: Session | Connection | Engine) -> Engine:
    if isinstance(bind, Session):
        found = bind.get_bind()
        return found if isinstance(found, Engine) else found.engine
    if isinstance(bind, Connection):
        return bind.engine
    return bind


def split_terms(text: str) -> list[str]:
    """The folded search terms of what the user typed (see ``transliterate.search_terms``)."""
    return search_terms(text)


def _like_pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def contains(term: str) -> ColumnElement[bool]:
    """The document contains the folded ``term`` (a scan, or PostgreSQL's trigram index)."""
    return Contact.search_text.like(_like_pattern(term), escape="\\")


def word_start(term: str) -> ColumnElement[bool]:
    """A word of the document starts with the folded ``term`` (LIKE; FTS: " term")."""
    return Contact.search_text.like("% " + _like_pattern(term)[1:], escape="\\")


def fts_rowids(*phrases: str) -> Select[Any]:
    """Ids of contacts whose document contains every phrase (FTS5 trigram index)."""
    match = " AND ".join('"' + p.replace('"', '""') + '"' for p in phrases)
    return (
        select(column("rowid", Integer))
        .select_from(table(FTS_TABLE))
        .where(literal_column(FTS_TABLE).op("MATCH")(match))
    )


def contact_filter(text: str, *, use_fts: bool) -> ColumnElement[bool]:
    """A WHERE clause on :class:`Contact` matching every (folded) term of ``text``."""
    return folded_filter(split_terms(text), use_fts=use_fts)


def folded_filter(terms: Sequence[str], *, use_fts: bool) -> ColumnElement[bool]:
    """Every folded term is a substring of the document (FTS for three characters and more)."""
    if not terms:
        return true()
    long_terms = [t for t in terms if len(t) >= 3] if use_fts else []
    short_terms = [t for t in terms if t not in long_terms]
    clauses: list[ColumnElement[bool]] = []
    if long_terms:
        clauses.append(Contact.id.in_(fts_rowids(*long_terms)))
    clauses.extend(contains(t) for t in short_terms)
    return and_(*clauses)


# FTS5 keeps the terms of uncommitted rows in memory and writes them out as a new
# index segment whenever they exceed "hashsize" (1 MB by default); every few
# segments are merged again ("automerge", 4 by default). For a bulk fill, 64 MB
# make ~60 times fewer segments, and with merging paused during the fill the few
# large segments stay as they are: 100,000 contacts are indexed in well under half
# the time, for at most that much memory while the statement runs. Searches are as
# fast afterwards (measured), and later writes merge as usual.
BULK_FTS_SETTINGS = {"hashsize": 64 * 1024 * 1024, "automerge": 0}
_FTS_DEFAULTS = {"hashsize": 1024 * 1024, "automerge": 4}
# Page cache while a bulk write runs (KiB): the new rows' index pages stay in memory.
# 32 MB: 9,000 Outlook contacts into 100,000 (ten indexes kept) commit as fast as
# with 64 MB (16 MB: 5-9 % slower), and a big import, which builds the indexes
# afterwards, peaks 38 MB lower (100,000 rows of our own format: 292 MB, not 330).
BULK_CACHE_KIB = 32 * 1024


@contextlib.contextmanager
def bulk_cache(conn: Connection) -> Iterator[None]:
    """A larger SQLite page cache for this connection while a bulk write runs."""
    if conn.dialect.name != "sqlite":
        yield
        return
    before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {int(before or -2000)}")


@contextlib.contextmanager
def index_in_bulk(conn: Connection) -> Iterator[Callable[[int, int], None]]:
    """Index contacts inserted inside this block by id range, in few statements.

    Yields ``index(first_id, last_id)``, to be called for each range of new ids.
    SQLite's FTS5 trigram index is filled several times faster by INSERT … SELECT
    (with a larger in-memory buffer and merging paused, :data:`BULK_FTS_SETTINGS`,
    shared by all ranges) than by the insert trigger per row. Inside the caller's
    transaction the trigger is dropped and recreated exactly as it was, and the
    options are reset to what they were; a rollback restores both. The index
    ends up with the same content as the trigger would have given it.
    Elsewhere (PostgreSQL, no FTS5) nothing is needed: ``index`` does nothing.
    """
    trigger = None
    if conn.dialect.name == "sqlite":
        trigger = conn.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'contact_fts_ai'"
        ).scalar()
    if not trigger:
        yield lambda _first, _last: None
        return
    conn.exec_driver_sql("DROP TRIGGER contact_fts_ai")
    columns = str(trigger).split(f"{FTS_TABLE}(rowid, ", 1)[1].split(")", 1)[0]
    fill = (
        f"INSERT INTO {FTS_TABLE}(rowid, {columns}) "
        f"SELECT id, {columns} FROM contact WHERE id BETWEEN ? AND ?"
    )

    def index(first: int, last: int) -> None:
        conn.exec_driver_sql(fill, (first, last))

    with _fts_settings(conn, BULK_FTS_SETTINGS):
        yield index
    conn.exec_driver_sql(str(trigger))


@contextlib.contextmanager
def _fts_settings(conn: Connection, settings: Mapping[str, int]) -> Iterator[None]:
    """FTS5 options set to ``settings`` and afterwards back to their stored state."""
    config = f"{FTS_TABLE}_config"
    stored: dict[str, object] = dict(conn.exec_driver_sql(f"SELECT k, v FROM {config}").all())
    setting = f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES (?, ?)"
    for key, value in settings.items():
        conn.exec_driver_sql(setting, (key, value))
    yield
    # Through FTS5 itself, so that every connection reloads it; then the row goes
    # if there was none (the default applies, as before).
    for key in settings:
        conn.exec_driver_sql(setting, (key, stored.get(key, _FTS_DEFAULTS[key])))
        if key not in stored:
            conn.exec_driver_sql(f"DELETE FROM {config} WHERE k = ?", (key,))


def rebuild_index(conn: Connection) -> None:
    """Rebuild the FTS index after bulk writes that bypassed the triggers."""
    if conn.dialect.name == "sqlite" and inspect(conn).has_table(FTS_TABLE):
        conn.exec_driver_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")


def record_filter(
    text: str,
    *,
    use_fts: bool,
    people: Sequence[Any],
    texts: Sequence[Any],
) -> ColumnElement[bool]:
    """A WHERE clause on a record (referral, engagement …) matching every term of ``text``:
    each term is found in one of the people it names (through the contact index, folded)
    or in one of its own text columns (as typed, case-insensitive)."""
    clauses: list[ColumnElement[bool]] = []
    for term in text.split():
        matching = select(Contact.id).where(contact_filter(term, use_fts=use_fts))
        options = [column.in_(matching) for column in people]
        options.extend(column.ilike(_like_pattern(term), escape="\\") for column in texts)
        clauses.append(or_(*options))
    return and_(*clauses) if clauses else true()
