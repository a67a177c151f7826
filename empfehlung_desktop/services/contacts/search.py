"""Contact search at 100k scale: how search text becomes SQL, and cheap counts.

Kept apart from :mod:`services.contacts` (listing and edits) so each stays small.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    func,
    literal_column,
    or_,
    select,
    true,
)
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from empfehlung_desktop.model import Contact
from empfehlung_desktop.store import search
from empfehlung_desktop.transliterate import name_start_keys


def text_filter(
    session: Session, text: str, in_order: bool = False, dense: bool = False
) -> ColumnElement[bool]:
    """Every (folded) search term must match; short terms match word starts.

    Trigrams need three characters, and a substring scan over 100,000 contacts
    is too slow for typing. So a query of only short terms matches starts:
    "M" finds names starting with M, "Mü" any word of any field starting with
    "mu" (the trigram " mu"; every field of the document starts with a space).
    Beside longer terms a two-letter term matches a word start too; single
    characters and punctuation stay substrings (the index has narrowed the rows
    by then). Digit groups typed apart are one term ("0221 123").

    ``dense`` (with ``in_order``, see :func:`prefer_row_tests`): most contacts match,
    so the walk along the name index tests each row's document (LIKE, the same
    meaning) instead of first collecting every matching id from the index.
    """
    terms = search.split_terms(text)
    if not terms:
        return true()
    if not search.has_fts(session):
        if search.has_trigram_index(session):
            return _like_filter(terms, pg=True)
        return search.folded_filter(terms, use_fts=False)
    # "id + 0" keeps SQLite from driving the query by the matching ids, so that it
    # walks the name index in order instead (see prefer_in_order).
    key = Contact.id + 0 if in_order else Contact.id
    if in_order and dense:
        return _like_filter(terms)
    if _only_short(terms):
        return and_(*(_word_start(t, key) for t in terms))
    phrases, substrings = _split_terms(terms)
    clauses: list[ColumnElement[bool]] = [key.in_(search.fts_rowids(*phrases))] if phrases else []
    clauses += [search.contains(t) for t in substrings]
    return and_(*clauses)


def _like_filter(terms: list[str], pg: bool = False) -> ColumnElement[bool]:
    """The same meaning as LIKE tests on the document: answered by PostgreSQL's trigram
    index, or on SQLite row by row (``dense``)."""
    if _only_short(terms):
        return and_(
            *(search.word_start(t) if len(t) == 2 else _name_starts(t, pg=pg) for t in terms)
        )
    phrases, substrings = _split_terms(terms)
    clauses = [
        search.word_start(p[1:]) if p.startswith(" ") else search.contains(p) for p in phrases
    ]
    clauses += [search.contains(t) for t in substrings]
    return and_(*clauses)


def _only_short(terms: list[str]) -> bool:
    return bool(terms) and all(len(t) < 3 and t.isalnum() for t in terms)


def _split_terms(terms: list[str]) -> tuple[list[str], list[str]]:
    """(FTS phrases, terms left to LIKE) for a query with at least one long term."""
    phrases = [t for t in terms if len(t) >= 3]
    phrases += [f" {t}" for t in terms if len(t) == 2 and t.isalnum()]
    substrings = [t for t in terms if len(t) < 3 and not (len(t) == 2 and t.isalnum())]
    return phrases, substrings


def _word_start(term: str, key: Any) -> ColumnElement[bool]:
    if len(term) == 2:
        return key.in_(search.fts_rowids(f" {term}"))
    return _name_starts(term)


def _name_starts(term: str, pg: bool = False) -> ColumnElement[bool]:
    """The name starts with the folded ``term`` (on the sort_name index); its first
    letter in every form the sort key keeps ("l" also "ł")."""
    # PostgreSQL compares by the database's collation, which may ignore spaces and
    # punctuation; "C" compares code points like SQLite does.
    key = Contact.sort_name.collate("C") if pg else Contact.sort_name
    starts = (first + term[1:] for first in name_start_keys(term[:1]))
    return or_(*((key >= p) & (key < _successor(p)) for p in starts))


def _successor(prefix: str) -> str:
    return prefix[:-1] + chr(ord(prefix[-1]) + 1) if prefix else "\U0010ffff"


NAME_ORDER_INDEX = "ix_contact_id_sort_name"


def name_page(
    session: Session,
    text_query: str,
    descending: bool,
    offset: int,
    limit: int,
    erased: frozenset[int] | None,
) -> ColumnElement[bool] | None:
    """``id IN (the ids of one page of matches, sorted by name)`` for a search the FTS
    index answers alone; None for any other (the caller filters as usual).

    The matching ids come from the index; their names from the (id, sort_name)
    index, so sorting thousands of matches reads no contact row: only the page's
    rows are read afterwards. ``erased`` (known erased ids, see
    :func:`erased_contact_ids`) must be given.
    """
    if erased is None or len(erased) > MAX_KNOWN_ERASED or not search.has_fts(session):
        return None
    terms = search.split_terms(text_query)
    if not terms:
        return None
    if _only_short(terms):
        if not all(len(t) == 2 for t in terms):
            return None  # a single letter: the name index answers it in order
        phrases = [f" {t}" for t in terms]
    else:
        phrases, substrings = _split_terms(terms)
        if substrings:
            return None  # those need each row's document
    ident: ColumnElement[int] = literal_column("c.id")
    name: ColumnElement[str] = literal_column("c.sort_name")
    # SQLite would look each id up in the table (its rows hold the whole search
    # document): INDEXED BY makes it read the small index instead.
    page = (
        select(ident)
        .select_from(sql_text(f"contact AS c INDEXED BY {NAME_ORDER_INDEX}"))
        .where(ident.in_(search.fts_rowids(*phrases)))
        .order_by(name.desc() if descending else name.asc(), ident.asc())
        .offset(offset)
        .limit(limit)
    )
    if erased:
        page = page.where(ident.not_in(sorted(erased)))
    return Contact.id.in_(page)


def clustered_by_name(session: Session, text_query: str, matches: int, total: int) -> bool:
    """Whether the ``matches`` of a one-word search sit together in the name order.

    "Sc" or "Müller" match almost only family names: one stretch of the name
    index, late in the alphabet. Walking the index in order would then test most
    contacts before the first match, and sorting the matches (:func:`name_page`)
    is faster. "Sch" matches family names too, but also enough given names,
    streets and firms spread over the alphabet to fill a page early in the walk.
    The stretch is counted on the name index.
    """
    terms = search.split_terms(text_query)
    one_word = len(terms) == 1 and len(terms[0]) >= 2 and terms[0].isalpha()
    if not one_word or not search.has_fts(session):
        return False
    stmt = select(func.count()).select_from(Contact).where(_name_starts(terms[0]))
    elsewhere = matches - int(session.scalar(stmt) or 0)
    return not prefer_in_order(elsewhere, total, 0)


MAX_KNOWN_ERASED = 1000


def erased_contact_ids(session: Session) -> frozenset[int]:
    """Ids of erased contacts (few), read once per reload by a list.

    Handed to :func:`count_contacts` and :func:`fetch_contacts` they replace the
    ``erased_at IS NULL`` test, which would make SQLite read every candidate row.
    """
    return frozenset(session.scalars(select(Contact.id).where(Contact.erased_at.is_not(None))))


def count_on_index(
    session: Session, text: str, filtered: bool, erased: frozenset[int] | None
) -> int | None:
    """Count from the indexes alone (no row reads), or None if that is not possible."""
    if erased is None or len(erased) > MAX_KNOWN_ERASED or filtered:
        return None
    terms = search.split_terms(text)
    fts = bool(terms) and search.has_fts(session)
    if not terms:
        total = _count(session, select(Contact.id), erased)
    elif fts and len(terms) == 1 and len(terms[0]) == 2 and terms[0].isalnum():
        total = _count(session, search.fts_rowids(f" {terms[0]}"), erased)  # a word start
    elif fts and _only_short(terms):
        total = _count(session, select(Contact.id).where(text_filter(session, text)), erased)
    elif fts and not _split_terms(terms)[1]:
        total = _count(session, search.fts_rowids(*_split_terms(terms)[0]), erased)
    else:
        return None
    return total


def _count(session: Session, ids: Select[Any], erased: frozenset[int]) -> int:
    """Rows of ``ids`` (a one-column select of contact ids) that are not erased."""
    total = int(session.scalar(select(func.count()).select_from(ids.subquery())) or 0)
    if erased and total:
        sub = ids.subquery()
        total -= int(session.scalar(select(func.count()).where(sub.c[0].in_(sorted(erased)))) or 0)
    return total


def prefer_row_tests(matches: int, total: int) -> bool:
    """Whether an in-order walk should test rows (``text_filter``'s ``dense``): a third
    or more of all contacts match, so a page is found within a few hundred rows, while
    collecting the matching ids from the index would cost as many steps as matches."""
    return total > 0 and matches * 3 >= total


def prefer_in_order(matches: int, total: int, offset: int) -> bool:
    """Whether :func:`fetch_contacts` should walk the name index (dense, near the top)."""
    # Below ~4 % the matches are cheap to sort; above, walking the index finds a page
    # of them quickly (unless they all sort late, which the cap on offset bounds).
    return total > 0 and matches * 25 >= total and offset <= 2000
