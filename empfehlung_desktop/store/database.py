"""Engine, pragmas and sessions for one database (SQLite by default, or PostgreSQL)."""

from __future__ import annotations

import functools
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, String, create_engine, event, inspect, text
from sqlalchemy.engine.url import make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, DBAPIError, OperationalError
from sqlalchemy.orm import Mapper, Session, sessionmaker
from sqlalchemy.pool import StaticPool

from empfehlung_desktop.errors import StoreError
from empfehlung_desktop.files import create_private_file, tighten
from empfehlung_desktop.i18n import _
from empfehlung_desktop.store import cipher, light

BUSY_TIMEOUT_MS = 5000
PG_CONNECT_TIMEOUT_S = 10
# The PostgreSQL driver the app ships with (psycopg 3, the "postgres" extra).
PG_DRIVER = "postgresql+psycopg"
# SQLITE_BUSY_SNAPSHOT: another connection committed since this one started reading.
_SQLITE_BUSY_SNAPSHOT = 517
# PostgreSQL: serialization failure, deadlock.
_PG_CONFLICT_STATES = {"40001", "40P01"}
# Execution option naming the SQLite BEGIN mode of a connection ("IMMEDIATE").
SQLITE_BEGIN_OPTION = "empfehlung_sqlite_begin"


MMAP_SIZE = 256 * 1024 * 1024
PAGE_SIZE = 16 * 1024  # bytes, for new files


def _set_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Pragmas must run outside a transaction, or WAL/foreign_keys silently stay off.
    # The driver's own implicit transactions are switched off for good: the
    # "begin" listener below emits a real BEGIN for every unit of work.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        if isinstance(dbapi_connection, sqlite3.Connection):
            # A new plain file gets 16 KiB pages (before WAL mode writes its first
            # page): a contact row is about 800 bytes and the search index's doclists
            # are long, and 100,000 imported contacts are written 0.5 s sooner than
            # with 4 KiB. An existing file keeps its page size (it would change only
            # by a VACUUM outside WAL mode). Not on SQLCipher: there the cipher's own
            # page size counts, and a page size set before the key is first used
            # makes an encrypted file unreadable on that connection.
            cursor.execute(f"PRAGMA page_size = {PAGE_SIZE}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        # Erased personal data must not linger in free pages (GDPR Art. 17).
        cursor.execute("PRAGMA secure_delete = ON")
        # Reads through the OS page cache, shared by all connections: a search that
        # looks up a few thousand contacts by id takes half the time of pread.
        cursor.execute(f"PRAGMA mmap_size = {MMAP_SIZE}")
    finally:
        cursor.close()


def normalize_url(url: str) -> str:
    """``postgresql://`` and ``postgres://`` mean psycopg 3, the driver we ship."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StoreError(
            _("Die Datenbankangabe „{url}“ ist keine gültige Adresse.").format(url=url)
        ) from None
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername=PG_DRIVER)
    return parsed.render_as_string(hide_password=False)


def make_engine(url: str, *, echo: bool = False) -> Engine:
    """Create an engine for ``url`` with the pragmas and pooling the app needs."""
    parsed = make_url(normalize_url(url))
    kwargs: dict[str, Any] = {"echo": echo}
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if database in ("", ":memory:"):
            kwargs["poolclass"] = StaticPool
        kwargs["connect_args"] = {"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000}
        file = sqlite_path(url)
        if file is not None and cipher.is_encrypted(file):
            kwargs.update(_encrypted_engine_options(file))
    else:
        kwargs["pool_pre_ping"] = True
        if parsed.get_backend_name() == "postgresql":
            kwargs["connect_args"] = {
                "connect_timeout": PG_CONNECT_TIMEOUT_S,
                "application_name": "Empfehlung Desktop",
            }
    shown = parsed.render_as_string(hide_password=True)
    try:
        engine = create_engine(parsed, **kwargs)
    except ModuleNotFoundError as exc:
        raise StoreError(
            _(
                "Für die Datenbank „{url}“ fehlt der Treiber „{driver}“. Für PostgreSQL "
                "bitte „pip install 'empfehlung-desktop[postgres]'“ ausführen."
            ).format(url=shown, driver=exc.name)
        ) from None
    except Exception as exc:  # unknown dialect, bad options
        raise StoreError(
            _("Die Datenbank „{url}“ kann nicht geöffnet werden: {exc}").format(url=shown, exc=exc)
        ) from None
    if parsed.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _set_sqlite_pragmas)
        # SQLAlchemy's pysqlite driver issues no BEGIN by default; emit our own so
        # that every unit of work is one real transaction.
        event.listen(engine, "begin", _sqlite_begin)
    return engine


def _encrypted_engine_options(file: Path) -> dict[str, Any]:
    """SQLCipher as the driver (its errors are wrapped like sqlite3's), keyed on connect."""
    module = cipher.require()
    return {
        "module": module,
        "creator": lambda: cipher.connect(
            file, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
        ),
    }


def engine_is_encrypted(engine: Engine) -> bool:
    module = cipher.binding()
    return module is not None and engine.dialect.loaded_dbapi is module


def _sqlite_begin(conn: Connection) -> None:
    mode = conn.get_execution_options().get(SQLITE_BEGIN_OPTION, "")
    conn.exec_driver_sql(f"BEGIN {mode}".strip())


def is_write_conflict(exc: DBAPIError) -> bool:
    """Whether a write failed because another session changed the data first.

    SQLite refuses to upgrade a read snapshot that another connection has
    overtaken (SQLITE_BUSY_SNAPSHOT); PostgreSQL reports serialization failures
    and deadlocks. Either way the caller should reload and try again.
    """
    orig = exc.orig
    if isinstance(orig, cipher.database_errors()):
        return getattr(orig, "sqlite_errorcode", None) == _SQLITE_BUSY_SNAPSHOT
    return getattr(orig, "sqlstate", None) in _PG_CONFLICT_STATES


def sync_id_sequences(bind: Session | Connection, *table_names: str) -> None:
    """Move PostgreSQL's id sequences past rows inserted with explicit ids.

    Bulk inserts, imports and restores that write ``id`` themselves leave the
    SERIAL sequence behind; the next ordinary insert would then collide.
    SQLite needs nothing (it continues after the largest rowid).
    """
    conn = bind.connection() if isinstance(bind, Session) else bind
    if conn.dialect.name != "postgresql":
        return
    for name in table_names:
        conn.execute(
            text(
                "SELECT setval(pg_get_serial_sequence(:name, 'id'), "
                f'coalesce(max(id), 0) + 1, false) FROM "{name}"'
            ),
            {"name": name},
        )


@functools.cache
def _limited_text_attributes(mapper: Mapper[Any]) -> tuple[tuple[str, str, int], ...]:
    """(attribute, column, length) of every length-limited text column of a mapper."""
    found = []
    for column in mapper.columns:
        limit = getattr(column.type, "length", None)
        if isinstance(column.type, String) and limit:
            found.append((mapper.get_property_by_column(column).key, column.name, limit))
    return tuple(found)


def _check_text_lengths(session: Session, _context: Any, _instances: Any) -> None:
    """Refuse over-long text on every backend alike.

    SQLite stores any length, PostgreSQL rejects a VARCHAR overflow with a
    driver error; services validate their fields, this is the safety net.
    """
    for obj in (*session.new, *session.dirty):
        for key, name, limit in _limited_text_attributes(inspect(obj).mapper):
            value = getattr(obj, key, None)
            if isinstance(value, str) and len(value) > limit:
                raise StoreError(
                    _(
                        "Ein Text ist zu lang zum Speichern (Feld „{name}“, höchstens "
                        "{limit} Zeichen, eingegeben {length}). Bitte kürzen."
                    ).format(name=name, limit=limit, length=len(value))
                )


class EmptyDatabaseError(StoreError):
    """The database file exists but has 0 bytes: a lost practice, not a new one."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            _(
                "Die Datenbankdatei „{path}“ ist leer (0 Byte). Das ist keine neue Praxis, "
                "sondern meist eine beim Kopieren oder durch einen vollen Datenträger "
                "verlorene Datei. Bitte die letzte Datensicherung einspielen "
                "(empfehlung-desktop restore DATEI) oder, wenn hier wirklich eine neue Praxis "
                "beginnen soll, die leere Datei löschen."
            ).format(path=path)
        )
        self.path = path


class DamagedDatabaseError(StoreError):
    """The SQLite file cannot be read as a database (``backup.damage_message`` adds the way out)."""

    def __init__(self, message: str, path: Path) -> None:
        super().__init__(message)
        self.path = path


@dataclass
class Database:
    """One database: its engine and a session factory.

    ``write_refusal`` is set when the file was found damaged: reading still works
    (to rescue data), every unit of work is refused with that message.
    """

    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    _local: threading.local = field(default_factory=threading.local, repr=False)
    write_refusal: str | None = None
    # Runs once before the first unit of work (the command line's quick check: a
    # command that only reads never pays for it, one that writes always does).
    check_before_write: Callable[[], object] | None = None

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: commits on success, rolls back on any error.

        On SQLite the unit of work takes the write lock up front (BEGIN
        IMMEDIATE): a second writer then waits for the first to finish and
        reads its result, instead of failing when it upgrades an outdated read
        snapshot. A unit of work nested in another one of the same thread keeps
        the plain BEGIN, or it would wait for its own outer transaction.
        """
        check, self.check_before_write = self.check_before_write, None
        if check is not None:
            check()
        if self.write_refusal is not None:
            raise StoreError(self.write_refusal)
        depth: int = getattr(self._local, "depth", 0)
        self._local.depth = depth + 1
        try:
            with self.sessions() as session, session.begin():
                if depth == 0 and self.engine.dialect.name == "sqlite":
                    session.connection(execution_options={SQLITE_BEGIN_OPTION: "IMMEDIATE"})
                yield session
        finally:
            self._local.depth = depth

    @contextmanager
    def reader(self) -> Iterator[Session]:
        """A read-only session (no commit)."""
        with self.sessions() as session:
            yield session

    @property
    def display_location(self) -> str:
        return display_location(self.url)

    def dispose(self) -> None:
        """Close all connections; the next unit of work opens new ones.

        If the file was encrypted or decrypted meanwhile (a conversion, a restored
        backup), the next connections use the other library.
        """
        self.engine.dispose()
        path = sqlite_path(self.url)
        if path is not None and cipher.is_encrypted(path) != engine_is_encrypted(self.engine):
            try:
                engine = make_engine(self.url)
            except StoreError:
                return  # no SQLCipher here: the next unit of work says so when it opens
            self.engine = engine
            self.sessions.configure(bind=self.engine)


def display_location(url: str) -> str:
    """The file of a SQLite database, the address (without password) of a server."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return url
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or ":memory:"
    return parsed.render_as_string(hide_password=True)


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL; None for memory databases and servers."""
    parsed = make_url(normalize_url(url))
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    if parsed.database.startswith("file:"):
        return None
    return Path(parsed.database)


def prepare_sqlite_file(path: Path, *, allow_empty: bool = False) -> None:
    """Refuse a 0-byte file; create a new database file private (0600) before SQLite does.

    SQLite gives ``-wal`` and ``-shm`` the mode of the main file, so they stay
    private too; files of older versions are tightened here.
    """
    if path.exists():
        if path.is_file() and path.stat().st_size == 0 and not allow_empty:
            raise EmptyDatabaseError(path)
    elif path.parent.is_dir():
        create_private_file(path)
    for suffix in ("", "-wal", "-shm", "-journal"):
        tighten(path.with_name(path.name + suffix))


def open_database(url: str, *, migrate: bool = True, allow_empty: bool = False) -> Database:
    """Open (and by default create or upgrade) the database at ``url``.

    A 0-byte SQLite file raises :class:`EmptyDatabaseError` unless ``allow_empty``
    (the user confirmed that a new practice starts in it).
    """
    from empfehlung_desktop.store import migrations

    path = sqlite_path(url)
    if path is not None:
        prepare_sqlite_file(path, allow_empty=allow_empty)
    engine = make_engine(url)
    try:
        if migrate:
            migrations.ensure_current(engine)
    except StoreError:
        engine.dispose()
        raise
    except UnicodeDecodeError:  # SQLite's message holds a damaged page's bytes
        engine.dispose()
        database = make_url(url).database
        raise DamagedDatabaseError(
            _(
                "Die Datei „{database}“ ist keine lesbare Datenbank (ihr Aufbau ist beschädigt)."
            ).format(database=database),
            Path(database or ""),
        ) from None
    except OperationalError as exc:
        engine.dispose()
        raise StoreError(describe_operational_error(exc, url)) from None
    except DatabaseError as exc:
        engine.dispose()
        if engine.dialect.name != "sqlite":
            raise StoreError(f"Datenbankfehler beim Öffnen: {exc.orig}") from None
        raise DamagedDatabaseError(
            _("Die Datei „{database}“ ist keine lesbare Datenbank ({orig}).").format(
                database=make_url(url).database, orig=exc.orig
            ),
            Path(make_url(url).database or ""),
        ) from None
    from empfehlung_desktop.store import search

    sessions = sessionmaker(bind=engine, expire_on_commit=False)
    event.listen(sessions, "before_flush", search.refresh_search_texts)
    event.listen(sessions, "before_flush", _check_text_lengths)
    return Database(url=url, engine=engine, sessions=sessions)


def describe_operational_error(exc: OperationalError, url: str = "") -> str:
    """A German one-liner for common SQLite and PostgreSQL failures."""
    text = str(exc.orig) if exc.orig is not None else str(exc)
    server = _describe_server_error(text, url)
    if server:
        return server
    return light.describe_error_text(text, _location(url))


def _location(url: str) -> str:
    try:
        return make_url(url).database or url
    except ArgumentError:
        return url


def _describe_server_error(text: str, url: str) -> str | None:
    """Connection problems with a database server (PostgreSQL)."""
    if not url or make_url(normalize_url(url)).get_backend_name() == "sqlite":
        return None
    parsed = make_url(normalize_url(url))
    where = f"{parsed.host or 'localhost'}:{parsed.port or 5432}"
    lowered = text.lower()
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        return _(
            "Die Anmeldung am Datenbankserver {where} ist fehlgeschlagen: "
            "Benutzername oder Passwort stimmen nicht."
        ).format(where=where)
    if "does not exist" in lowered and "role" in lowered:
        return _(
            "Die Anmeldung am Datenbankserver {where} ist fehlgeschlagen: "
            "den Benutzer „{user}“ gibt es dort nicht."
        ).format(where=where, user=parsed.username)
    if "does not exist" in lowered and "database" in lowered:
        return _("Die Datenbank „{name}“ gibt es auf dem Server {where} nicht.").format(
            name=parsed.database, where=where
        )
    if "connection refused" in lowered or "could not connect" in lowered or "timeout" in lowered:
        return _(
            "Der Datenbankserver {where} ist nicht erreichbar. Bitte prüfen, ob er läuft "
            "und die Adresse stimmt."
        ).format(where=where)
    return None
