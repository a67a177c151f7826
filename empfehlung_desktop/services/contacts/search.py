"""Contact search at 100k scale: how search text becomes SQL, and cheap counts.

Kept apart from :mod:`services.contacts` (listing and edits) so each stays small.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    and_,
    column,
    func,
    literal_column,
    select,
    table,
)
from sqlalchemy.orm import Session

from empfehlung_desktop.model import Contact, sort_key
from empfehlung_desktop.store import search


def text_filter(session: Session, text: str, in_order: bool = False) -> ColumnElement[bool]:
    """Every search term must match; short terms match word starts.

    Trigrams need three characters, and a substring scan over 100,000 contacts
    is too slow for typing. So a query of only short terms matches starts:
    "M" finds names starting with M, "Mü" any word starting with "Mü" (the
    trigram " mü") or a name starting with it. Beside longer terms a two-letter
    term matches a word start too ("+49 761 22"); single characters and
    punctuation stay substrings (the index has narrowed the rows by then).
    """
    if not search.has_fts(session):
        if search.has_trigram_index(session):
            return _pg_text_filter(search.split_terms(text))
        return search.contact_filter(text, use_fts=False)
    terms = search.split_terms(text)
    # "id + 0" keeps SQLite from driving the query by the matching ids, so that it
    # walks the name index in order instead (see prefer_in_order).
    key = Contact.id + 0 if in_order else Contact.id
    if _only_short(terms):
        return and_(*(_word_start(t, key) for t in terms))
    phrases, substrings = _split_terms(terms)
    clauses: list[ColumnElement[bool]] = [key.in_(_fts_rowids(*phrases))] if phrases else []
    clauses += [search.contact_filter(t, use_fts=False) for t in substrings]
    return and_(*clauses)


def _pg_text_filter(terms: list[str]) -> ColumnElement[bool]:
    """The same meaning on PostgreSQL, answered by the trigram index."""
    if _only_short(terms):
        starts = [_name_starts(t, pg=True) for t in terms]
        return and_(
            *(
                s | search.pg_word_start(t) if len(t) == 2 else s
                for s, t in zip(starts, terms, strict=True)
            )
        )
    phrases, substrings = _split_terms(terms)
    clauses = [
        search.pg_word_start(p[1:])
        if p.startswith(" ")
        else search.contact_filter(p, use_fts=False)
        for p in phrases
    ]
    clauses += [search.contact_filter(t, use_fts=False) for t in substrings]
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
    clause = _name_starts(term)
    if len(term) == 2:
        clause = clause | key.in_(_fts_rowids(f" {term}"))
    return clause


def _name_starts(term: str, pg: bool = False) -> ColumnElement[bool]:
    prefix = sort_key(term)
    # PostgreSQL compares by the database's collation, which may ignore spaces and
    # punctuation; "C" compares code points like SQLite does.
    key = Contact.sort_name.collate("C") if pg else Contact.sort_name
    return (key >= prefix) & (key < _successor(prefix))


def _successor(prefix: str) -> str:
    return prefix[:-1] + chr(ord(prefix[-1]) + 1) if prefix else "\U0010ffff"


def _fts_rowids(*phrases: str) -> Select[Any]:
    match = " AND ".join('"' + p.replace('"', '""') + '"' for p in phrases)
    return (
        select(column("rowid", Integer))
        .select_from(table(search.FTS_TABLE))
        .where(literal_column(search.FTS_TABLE).op("MATCH")(match))
    )


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
        # Word start or name start: count both and take off what is in both.
        words = _fts_rowids(f" {terms[0]}")
        names = select(Contact.id).where(_name_starts(terms[0]))
        both = names.where((Contact.id + 0).in_(words))  # walk the (short) name range
        total = _count(session, words, erased) + _count(session, names, erased)
        total -= _count(session, both, erased)
    elif fts and _only_short(terms):
        total = _count(session, select(Contact.id).where(text_filter(session, text)), erased)
    elif fts and not _split_terms(terms)[1]:
        total = _count(session, _fts_rowids(*_split_terms(terms)[0]), erased)
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


def prefer_in_order(matches: int, total: int, offset: int) -> bool:
    """Whether :func:`fetch_contacts` should walk the name index (dense, near the top)."""
    # Below ~4 % the matches are cheap to sort; above, walking the index finds a page
    # of them quickly (unless they all sort late, which the cap on offset bounds).
    return total > 0 and matches * 25 >= total and offset <= 2000
