"""A light read path for one-shot commands: the stdlib ``sqlite3``, no SQLAlchemy.

Importing SQLAlchemy and mapping the model costs a command about 0.3 s before
any work; a search or a handout needs a few milliseconds of SQL. Read-only
commands therefore read an up-to-date SQLite file through :func:`reader`, a
read-only connection (it can never delete the WAL a running GUI writes into,
see ``instance.wal_guard``). Anything else — a server URL, a file that does not
exist yet, an older schema that needs a migration — is :class:`Unavailable`,
and the caller takes the full path (``store.database``), which creates,
migrates and explains.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from empfehlung_desktop.i18n import _

# The schema revision this version works with (``store.migrations`` re-exports it;
# a test keeps it equal to Alembic's head).
HEAD_REVISION = "0009"
BUSY_TIMEOUT_S = 5.0
FTS_TABLE = "contact_fts"


class Unavailable(Exception):
    """The light path cannot serve this database; use the full one."""


def sqlite_file(url: str) -> Path | None:
    """The file of a plain ``sqlite:///PATH`` URL (what ``config`` makes of a path)."""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or "?" in url:
        return None
    rest = url[len(prefix) :]
    if rest in ("", ":memory:") or rest.startswith("file:"):
        return None
    return Path(rest)


@contextmanager
def reader(url: str) -> Iterator[sqlite3.Connection]:
    """A read-only connection to an existing, current SQLite database, or :class:`Unavailable`."""
    path = sqlite_file(url)
    if path is None:
        raise Unavailable(url)
    try:
        if path.stat().st_size == 0:
            raise Unavailable(url)  # the full path explains an empty file
    except OSError:
        raise Unavailable(url) from None
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S)
    try:
        if _revision(con) != HEAD_REVISION:
            raise Unavailable(url)  # new or older schema: the full path migrates
        yield con
    finally:
        con.close()


def _revision(con: sqlite3.Connection) -> str | None:
    try:
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):
            return None
        raise
    except UnicodeDecodeError:  # SQLite's message holds a damaged schema's bytes
        raise sqlite3.DatabaseError("malformed database schema") from None
    return str(row[0]) if row else None


def has_table(con: sqlite3.Connection, name: str) -> bool:
    found = con.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
    ).fetchone()
    return found is not None


def describe_error_text(text: str, location: str) -> str:
    """A German one-liner for SQLite failures (shared with ``store.database``)."""
    if "locked" in text or "busy" in text:
        return _(
            "Die Datenbank ist gerade von einem anderen Programm gesperrt. Bitte "
            "kurz warten und noch einmal versuchen."
        )
    if "unable to open" in text:
        return _("Die Datenbank „{value}“ kann nicht geöffnet werden.").format(value=location)
    if "readonly" in text or "read-only" in text:
        return _("Die Datenbank ist schreibgeschützt; Änderungen sind nicht möglich.")
    if "disk" in text and "full" in text:
        return _("Der Datenträger ist voll; die Änderung wurde nicht gespeichert.")
    return _("Datenbankfehler: {text}").format(text=text)
