"""``contacts list`` and ``contacts search`` on the light read path (``store.light``).

The SQL is the SQLite branch of :func:`services.contacts.search.text_filter` and
:func:`services.contacts.contacts.list_contacts` written out for the stdlib
``sqlite3``: the same matches in the same order, without importing SQLAlchemy
(``tests/unit/services/contacts/test_quick_search.py`` compares both). A database
without the FTS index is :class:`store.light.Unavailable` (the full path knows
the fallback).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any

from empfehlung_desktop.model.enums import ContactSource, Role
from empfehlung_desktop.store import light
from empfehlung_desktop.transliterate import name_start_keys, search_terms

_COLUMNS = (
    "id, name, salutation, title, given_name, family_name, name_suffix, address_form, "
    "birth_day, birth_month, birth_year, tags, "
    "organisation, email, phone, profession, competences, notes, roles, source, "
    "referred_by_id, spiral_stage, consent_share, consent_share_on, updated_at"
)


def contact_dicts(
    con: sqlite3.Connection,
    text: str = "",
    role: Role | None = None,
    source: ContactSource | None = None,
    limit: int | None = None,
) -> Iterator[dict[str, Any]]:
    """Matching contacts by name, in ``contact_to_dict``'s shape (streamed)."""
    from empfehlung_desktop.names import iso_birthday

    for row in con.execute(*_query(con, _COLUMNS, text, role, source, limit)):
        yield _as_dict(row, iso_birthday)


def contact_lines(
    con: sqlite3.Connection,
    text: str = "",
    role: Role | None = None,
    source: ContactSource | None = None,
    limit: int | None = None,
) -> Iterator[tuple[int, str, str, str, str]]:
    """What the command line lists of the same contacts: number, name, organisation,
    e-mail and the roles' labels (only these columns are read)."""
    columns = "id, name, organisation, email, roles"
    for ident, name, organisation, email, roles in con.execute(
        *_query(con, columns, text, role, source, limit)
    ):
        yield ident, name, organisation, email, _role_text(roles or 0)


def _query(
    con: sqlite3.Connection,
    columns: str,
    text: str,
    role: Role | None,
    source: ContactSource | None,
    limit: int | None,
) -> tuple[str, list[Any]]:
    """The SELECT of :func:`contact_dicts` for ``columns``, and its parameters."""
    if not light.has_table(con, light.FTS_TABLE):
        raise light.Unavailable("no search index")
    terms = search_terms(text)
    # Without a text, the unary "+" keeps SQLite off the erased_at index: walking
    # the sort_name index gives the first page without sorting every contact
    # (1 ms instead of 60-90 ms at 100,000 contacts).
    where, params = ["erased_at IS NULL" if terms else "+erased_at IS NULL"], []
    if terms:
        clause, more = _text_filter(terms)
        where.append(clause)
        params += more
    if role:
        where.append("(roles & ?) != 0")
        params.append(int(role))
    if source is not None:
        where.append("source = ?")
        params.append(source.value)
    sql = f"SELECT {columns} FROM contact WHERE {' AND '.join(where)} ORDER BY sort_name, id"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return sql, params


# What the contacts table shows (``contact_to_dict``'s keys and forms).
_TABLE_COLUMNS = "id, name, organisation, roles, source, spiral_stage, email, phone, updated_at"


def first_page(con: sqlite3.Connection, limit: int) -> tuple[int, list[dict[str, Any]]]:
    """How many contacts there are, and the first ``limit`` of them by name (only
    the keys the contacts table shows)."""
    # All rows less the erased ones: SQLite counts a whole table without reading
    # it (0.1 ms instead of 5-10 ms for the rows WHERE erased_at IS NULL).
    total = con.execute(
        "SELECT (SELECT count(*) FROM contact)"
        " - (SELECT count(*) FROM contact WHERE erased_at IS NOT NULL)"
    ).fetchone()[0]
    rows = [
        {
            "id": ident,
            "name": name,
            "organisation": organisation,
            "roles": list(role_codes(roles or 0)),
            "source": source,
            "spiral_stage": stage,
            "email": email,
            "phone": phone,
            "updated_at": dt.datetime.fromisoformat(updated).isoformat(timespec="seconds"),
        }
        for ident, name, organisation, roles, source, stage, email, phone, updated in con.execute(
            *_query(con, _TABLE_COLUMNS, "", None, None, limit)
        )
    ]
    return int(total), rows


def _as_dict(row: tuple[Any, ...], iso_birthday: Callable[..., str | None]) -> dict[str, Any]:
    (ident, name, salutation, title, given, family, suffix, address_form, day, month, year, tags,
     organisation, email, phone, profession, competences, notes, roles, source,
     referred_by, stage, consent, consent_on, updated) = row  # fmt: skip
    return {
        "id": ident,
        "name": name,
        "salutation": salutation,
        "title": title,
        "given_name": given,
        "family_name": family,
        "name_suffix": suffix,
        "address_form": address_form,
        "birthday": iso_birthday(day, month, year),
        "tags": [t.strip() for t in (tags or "").split(",") if t.strip()],
        "organisation": organisation,
        "email": email,
        "phone": phone,
        "profession": profession,
        "competences": [t.strip() for t in (competences or "").split(",") if t.strip()],
        "notes": notes,
        "roles": list(role_codes(roles or 0)),
        "source": source,
        "referred_by_id": referred_by,
        "spiral_stage": stage,
        "consent_share": bool(consent),
        "consent_share_on": consent_on,
        "updated_at": dt.datetime.fromisoformat(updated).isoformat(timespec="seconds"),
    }


@cache
def role_codes(bits: int) -> tuple[str, ...]:
    return tuple(Role(bits).codes())


@cache
def role_labels(codes: tuple[str, ...]) -> str:
    """The labels of a set of role codes, as the CLI lists them."""
    return ", ".join(Role.from_codes(codes).labels())


@cache
def _role_text(bits: int) -> str:
    return role_labels(role_codes(bits))


def _only_short(terms: list[str]) -> bool:
    return bool(terms) and all(len(t) < 3 and t.isalnum() for t in terms)


def _text_filter(terms: list[str]) -> tuple[str, list[Any]]:
    """Every folded term must match; short terms match word starts (see ``text_filter``)."""
    clauses: list[str] = []
    params: list[Any] = []
    if _only_short(terms):
        for term in terms:
            if len(term) == 2:
                clauses.append(_fts_in())
                params.append(_match(f" {term}"))
                continue
            ranges = []
            for prefix in name_start_keys(term):
                ranges.append("(sort_name >= ? AND sort_name < ?)")
                params += [prefix, _successor(prefix)]
            clauses.append(f"({' OR '.join(ranges)})")
        return " AND ".join(clauses), params
    phrases = [t for t in terms if len(t) >= 3]
    phrases += [f" {t}" for t in terms if len(t) == 2 and t.isalnum()]
    substrings = [t for t in terms if len(t) < 3 and not (len(t) == 2 and t.isalnum())]
    if phrases:
        clauses.append(_fts_in())
        params.append(_match(*phrases))
    for term in substrings:
        clauses.append("search_text LIKE ? ESCAPE '\\'")
        params.append(_like_pattern(term))
    return " AND ".join(clauses), params


def _fts_in() -> str:
    return f"id IN (SELECT rowid FROM {light.FTS_TABLE} WHERE {light.FTS_TABLE} MATCH ?)"


def _match(*phrases: str) -> str:
    return " AND ".join('"' + p.replace('"', '""') + '"' for p in phrases)


def _successor(prefix: str) -> str:
    return prefix[:-1] + chr(ord(prefix[-1]) + 1) if prefix else "\U0010ffff"


def _like_pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
