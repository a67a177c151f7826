"""Contact search: the FTS5 trigram index on SQLite, ILIKE elsewhere or as fallback.

Trigram matching finds substrings ("Müll" in "Rosa Müller-Lüdenscheidt") and
folds case also for umlauts. Terms shorter than three characters cannot use
trigrams and are matched with LIKE instead.

On PostgreSQL every term is one ILIKE '%term%' on the searched columns joined
by spaces (a term never contains a space, so it cannot match across columns).
The initial migration indexes exactly that expression with GIN trigrams
(pg_trgm), which answers in milliseconds at 100,000 contacts where one ILIKE
per column made the planner scan the table. ILIKE folds case by the
database's locale (umlauts included under a UTF-8 locale).
"""

from __future__ import annotations

import weakref
from collections.abc import Sequence
from functools import reduce
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    String,
    and_,
    bindparam,
    column,
    inspect,
    literal_column,
    or_,
    select,
    table,
    true,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import BindParameter
from sqlalchemy.sql.visitors import InternalTraversal

from empfehlung_desktop.model import Contact

FTS_TABLE = "contact_fts"
SEARCH_COLUMNS = (
    Contact.name,
    Contact.organisation,
    Contact.email,
    Contact.phone,
    Contact.profession,
    Contact.competences,
    Contact.notes,
)
_fts_table = table(FTS_TABLE, column("rowid"))
PG_TRGM_INDEX = "ix_contact_search_trgm"
_fts_available: weakref.WeakKeyDictionary[Engine, bool] = weakref.WeakKeyDictionary()
_trgm_available: weakref.WeakKeyDictionary[Engine, bool] = weakref.WeakKeyDictionary()


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
    return [t for t in text.split() if t]


def _fts_phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _like_pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class ContainsTerm(ColumnElement[bool]):
    """True where any searched column contains the term (case-insensitive).

    Compiled per dialect: one ILIKE per column in general, one ILIKE on the
    trigram-indexed document expression on PostgreSQL.
    """

    # No Boolean type: SQLite would compare a Boolean expression with "= 1".
    inherit_cache = True
    _traverse_internals = [("pattern", InternalTraversal.dp_clauseelement)]

    def __init__(self, term: str) -> None:
        self.pattern: BindParameter[str] = bindparam(None, _like_pattern(term), type_=String)


def pg_search_document() -> ColumnElement[str]:
    """``name || ' ' || organisation || ' ' || …`` – the expression the index covers."""
    space = literal_column("' '", type_=String)
    return reduce(
        lambda doc, col: doc.op("||")(space).op("||")(col),
        SEARCH_COLUMNS[1:],
        SEARCH_COLUMNS[0].expression,
    )


@compiles(ContainsTerm)
def _compile_contains(element: ContainsTerm, compiler: SQLCompiler, **kw: Any) -> str:
    clause = or_(*(col.ilike(element.pattern, escape="\\") for col in SEARCH_COLUMNS))
    return f"({compiler.process(clause, **kw)})"


@compiles(ContainsTerm, "postgresql")
def _compile_contains_pg(element: ContainsTerm, compiler: SQLCompiler, **kw: Any) -> str:
    clause = pg_search_document().ilike(element.pattern, escape="\\")
    return f"({compiler.process(clause, **kw)})"


def pg_word_start(term: str) -> ColumnElement[bool]:
    """PostgreSQL: a word of any searched column starts with ``term``.

    The trigram counterpart of the FTS phrase " term": words follow a space,
    and so does every column but the first (the name) in the document.
    """
    return pg_search_document().ilike("% " + _like_pattern(term)[1:], escape="\\")


def _like_any_column(term: str) -> ColumnElement[bool]:
    return ContainsTerm(term)


def contact_filter(text: str, *, use_fts: bool) -> ColumnElement[bool]:
    """A WHERE clause on :class:`Contact` matching every term of ``text``."""
    terms = split_terms(text)
    if not terms:
        return true()
    long_terms = [t for t in terms if len(t) >= 3] if use_fts else []
    short_terms = [t for t in terms if t not in long_terms]
    clauses: list[ColumnElement[bool]] = []
    if long_terms:
        query = " AND ".join(_fts_phrase(t) for t in long_terms)
        matching = select(_fts_table.c.rowid).where(literal_column(FTS_TABLE).op("MATCH")(query))
        clauses.append(Contact.id.in_(matching))
    clauses.extend(_like_any_column(t) for t in short_terms)
    return and_(*clauses)


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
    each term is found in one of the people it names (through the contact index) or in
    one of its own text columns."""
    clauses: list[ColumnElement[bool]] = []
    for term in split_terms(text):
        matching = select(Contact.id).where(contact_filter(term, use_fts=use_fts))
        options = [column.in_(matching) for column in people]
        options.extend(column.ilike(_like_pattern(term), escape="\\") for column in texts)
        clauses.append(or_(*options))
    return and_(*clauses) if clauses else true()
