"""Contact search: the FTS5 trigram index on SQLite, ILIKE elsewhere or as fallback.

Trigram matching finds substrings ("Müll" in "Rosa Müller-Lüdenscheidt") and
folds case also for umlauts. Terms shorter than three characters cannot use
trigrams and are matched with LIKE instead.

On PostgreSQL every term is an ILIKE '%term%' across the searched columns; the
initial migration's GIN trigram index (pg_trgm) answers those without a table
scan, and ILIKE folds case by the database's locale (umlauts included under a
UTF-8 locale).
"""

from __future__ import annotations

import weakref

from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
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
_fts_available: weakref.WeakKeyDictionary[Engine, bool] = weakref.WeakKeyDictionary()


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


def _like_any_column(term: str) -> ColumnElement[bool]:
    pattern = _like_pattern(term)
    return or_(*(col.ilike(pattern, escape="\\") for col in SEARCH_COLUMNS))


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
