"""Engine, pragmas and sessions for one database (SQLite by default)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine.url import make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from empfehlung_desktop.i18n import _


class StoreError(RuntimeError):
    """A problem with the database the user can understand (German message)."""


BUSY_TIMEOUT_MS = 5000


def _set_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Pragmas must run outside a transaction, or WAL/foreign_keys silently stay off.
    # The driver's own implicit transactions are switched off for good: the
    # "begin" listener below emits a real BEGIN for every unit of work.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        # Erased personal data must not linger in free pages (GDPR Art. 17).
        cursor.execute("PRAGMA secure_delete = ON")
    finally:
        cursor.close()


def make_engine(url: str, *, echo: bool = False) -> Engine:
    """Create an engine for ``url`` with the pragmas and pooling the app needs."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StoreError(
            _("Die Datenbankangabe „{url}“ ist keine gültige Adresse.").format(url=url)
        ) from None
    kwargs: dict[str, Any] = {"echo": echo}
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if database in ("", ":memory:"):
            kwargs["poolclass"] = StaticPool
        kwargs["connect_args"] = {"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000}
    else:
        kwargs["pool_pre_ping"] = True
    try:
        engine = create_engine(parsed, **kwargs)
    except Exception as exc:  # missing driver, bad options
        raise StoreError(
            _("Die Datenbank „{url}“ kann nicht geöffnet werden: {exc}").format(url=url, exc=exc)
        ) from None
    if parsed.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _set_sqlite_pragmas)
        # SQLAlchemy's pysqlite driver issues no BEGIN by default; emit our own so
        # that every unit of work is one real transaction.
        event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
    return engine


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


@dataclass
class Database:
    """One database: its engine and a session factory."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: commits on success, rolls back on any error."""
        with self.sessions() as session, session.begin():
            yield session

    @contextmanager
    def reader(self) -> Iterator[Session]:
        """A read-only session (no commit)."""
        with self.sessions() as session:
            yield session

    @property
    def display_location(self) -> str:
        parsed = make_url(self.url)
        if parsed.get_backend_name() == "sqlite":
            return parsed.database or ":memory:"
        return parsed.render_as_string(hide_password=True)

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(url: str, *, migrate: bool = True) -> Database:
    """Open (and by default create or upgrade) the database at ``url``."""
    from empfehlung_desktop.store import migrations

    engine = make_engine(url)
    try:
        if migrate:
            migrations.ensure_current(engine)
    except StoreError:
        engine.dispose()
        raise
    except OperationalError as exc:
        engine.dispose()
        raise StoreError(describe_operational_error(exc, url)) from None
    except DatabaseError as exc:
        engine.dispose()
        raise StoreError(
            _("Die Datei „{database}“ ist keine lesbare Datenbank ({orig}).").format(
                database=make_url(url).database, orig=exc.orig
            )
        ) from None
    sessions = sessionmaker(bind=engine, expire_on_commit=False)
    return Database(url=url, engine=engine, sessions=sessions)


def describe_operational_error(exc: OperationalError, url: str = "") -> str:
    """A German one-liner for common SQLite failures."""
    text = str(exc.orig) if exc.orig is not None else str(exc)
    if "locked" in text or "busy" in text:
        return _(
            "Die Datenbank ist gerade von einem anderen Programm gesperrt. Bitte "
            "kurz warten und noch einmal versuchen."
        )
    if "unable to open" in text:
        return _("Die Datenbank „{value}“ kann nicht geöffnet werden.").format(
            value=make_url(url).database or url
        )
    if "readonly" in text or "read-only" in text:
        return _("Die Datenbank ist schreibgeschützt; Änderungen sind nicht möglich.")
    if "disk" in text and "full" in text:
        return _("Der Datenträger ist voll; die Änderung wurde nicht gespeichert.")
    return _("Datenbankfehler: {text}").format(text=text)


def sqlite_has_fts5() -> bool:
    con = sqlite3.connect(":memory:")
    try:
        con.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='trigram')")
    except sqlite3.OperationalError:
        return False
    finally:
        con.close()
    return True
