"""Shared pieces of the commands: subcommands, database, output, errors (see also parsing)."""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Any

from empfehlung_desktop.cli.parsing import add_db_option
from empfehlung_desktop.clock import Clock, system_clock
from empfehlung_desktop.config import resolve_db_url
from empfehlung_desktop.errors import StoreError, UserError
from empfehlung_desktop.i18n import _
from empfehlung_desktop.store import cipher, light

if TYPE_CHECKING:
    from empfehlung_desktop.store.database import Database

# SQLAlchemy is imported only by commands that use it (store.database): read-only
# commands on an up-to-date SQLite file read through store.light and start in a
# fraction of the time. Such a command is added with ``light=True``: it also sets
# up the error log (``logging``) only when it needs it — on the full path
# (:func:`database`) or for an unexpected error.

Handler = Callable[[argparse.Namespace], int]


def add_json_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="als JSON ausgeben")


def add_command(
    subparsers: Any,
    name: str,
    help_text: str,
    handler: Handler | None = None,
    *,
    light: bool = False,
) -> argparse.ArgumentParser:
    """Add a subcommand that takes ``--db``; ``handler`` runs it.

    ``light``: the command tries the light read path first (``light_reader``);
    its error log is set up on demand instead of at the start.
    """
    parser: argparse.ArgumentParser = subparsers.add_parser(
        name, help=help_text, description=help_text
    )
    add_db_option(parser)
    if handler is not None:
        parser.set_defaults(handler=handler, light=light)
    return parser


def setup_error_log() -> None:
    """Attach ``fehler.log`` (``error_log.setup``; imports ``logging``, so only when needed)."""
    from empfehlung_desktop import error_log

    error_log.setup()


@contextmanager
def database(args: argparse.Namespace, *, migrate: bool = True) -> Iterator[Database]:
    """The command's database; a damaged SQLite file is opened for reading only.

    The quick check runs before the first write (``Database.check_before_write``):
    a damaged file still refuses every write, and a command that only reads does
    not read the whole file first. Beside a running GUI the command keeps a
    read-only guard connection open (``instance.wal_guard``), so it never
    removes the WAL the GUI writes into.
    """
    setup_error_log()  # the full path may log (a light command did not set it up yet)
    from empfehlung_desktop.store import backup, instance
    from empfehlung_desktop.store.database import sqlite_path

    url = resolve_db_url(getattr(args, "db", None))
    path = sqlite_path(url)
    beside_gui = path is not None and path.exists() and instance.gui_holds_coordination(str(path))
    guard = instance.wal_guard(path) if beside_gui and path is not None else nullcontext()
    with guard:
        db = backup.open_or_explain(url, migrate=migrate)
        try:
            db.check_before_write = lambda: backup.refuse_writes_if_damaged(db)
            yield db
        finally:
            db.dispose()


@contextmanager
def light_reader(args: argparse.Namespace) -> Iterator[sqlite3.Connection]:
    """A read-only stdlib connection for a read-only command (see ``store.light``).

    Raises ``light.Unavailable`` when the full path is needed (a server, a new or
    older file); the caller then uses :func:`database`.
    """
    url = resolve_db_url(getattr(args, "db", None))
    path = light.sqlite_file(url)
    if path is not None and cipher.is_encrypted(path):
        with _encrypted_reader(url, path) as con:
            yield con
        return
    with light.reader(url) as con:
        yield con


@contextmanager
def _encrypted_reader(url: str, path: Path) -> Iterator[Any]:
    """``light.reader`` for an encrypted file: a read-only SQLCipher connection."""
    if not cipher.available():
        raise light.Unavailable(url)  # the full path says what is missing
    con = cipher.connect(path, readonly=True, timeout=light.BUSY_TIMEOUT_S)
    try:
        try:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        except cipher.database_errors():
            raise light.Unavailable(url) from None
        if not row or str(row[0]) != light.HEAD_REVISION:
            raise light.Unavailable(url)  # an older schema: the full path migrates
        yield con
    finally:
        con.close()


def ask_passphrase(path: Path) -> str:
    """An encrypted database's passphrase: ``EMPFEHLUNG_PASSPHRASE``, the keyring, the terminal."""
    import getpass

    from empfehlung_desktop.services.data.passphrase import passphrase_for_command

    prompt = getpass.getpass if sys.stdin.isatty() else None
    value = passphrase_for_command(path, prompt=prompt)
    cipher.set_passphrase(value)
    return value


@contextmanager
def command_session(args: argparse.Namespace) -> Iterator[None]:
    """Hold the coordination lock while a command runs; tidy up if no one else is there."""
    from empfehlung_desktop.store import housekeeping, instance

    path = _sqlite_file(args)
    if path is None:
        yield
        return
    with instance.command_access(str(path), tidy=lambda: housekeeping.tidy(path)):
        yield


def clock(args: argparse.Namespace) -> Clock:
    """The command's clock (``main`` puts it into the parsed arguments)."""
    value = getattr(args, "clock", None)
    return value if isinstance(value, Clock) else system_clock()


def print_json(value: Any) -> None:
    import json

    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=_json_default)
    sys.stdout.write("\n")


def _json_default(value: Any) -> Any:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def fail(message: str) -> int:
    print(_("Fehler: {message}").format(message=message), file=sys.stderr)
    return 1


def run(handler: Handler, args: argparse.Namespace) -> int:
    """Run a command; turn every failure into one German line (details to a log file)."""
    if not getattr(args, "light", False):
        setup_error_log()
    cipher.set_asker(ask_passphrase)
    try:
        with command_session(args):
            return handler(args)
    except (UserError, StoreError) as exc:
        return fail(str(exc))
    except _light_errors() as exc:  # the light read path (store.light)
        return fail(_sqlite_message(args, exc))
    except BrokenPipeError:
        sys.stderr.close()
        return 0
    except OSError as exc:
        return fail(
            _("Datei „{name}“: {error}").format(name=exc.filename or "", error=exc.strerror or exc)
        )
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        message = _sqlalchemy_message(args, exc)
        if message is not None:
            return fail(message)
        log = _log_traceback(args)
        return fail(
            _("Unerwarteter Fehler ({kind}); Details in {log}").format(
                kind=exc.__class__.__name__, log=log
            )
        )


def _driver_modules() -> list[Any]:
    """The stdlib ``sqlite3`` and, once an encrypted file was opened, SQLCipher's module."""
    module = cipher.binding() if "sqlcipher3" in sys.modules else None
    return [sqlite3] if module is None else [sqlite3, module]


def _light_errors() -> tuple[type[Exception], ...]:
    """The light path's driver errors (stdlib sqlite3, or SQLCipher when in use)."""
    return tuple(module.Error for module in _driver_modules())


def _sqlite_file(args: argparse.Namespace) -> Path | None:
    """The SQLite file of the command's database (None for a server or memory)."""
    try:
        url = resolve_db_url(getattr(args, "db", None))
    except StoreError:
        return None
    path = light.sqlite_file(url)
    if path is not None or not url.startswith("sqlite"):
        return path
    from empfehlung_desktop.store.database import sqlite_path  # unusual SQLite URLs

    try:
        return sqlite_path(url)
    except StoreError:
        return None


def _sqlite_message(args: argparse.Namespace, exc: Exception) -> str:
    """A failure of the light read path, said like the full path says it."""
    path = _sqlite_file(args)
    if isinstance(exc, sqlite3.OperationalError):
        return light.describe_error_text(str(exc), str(path or ""))
    damage = _damage_message(args, exc)
    if damage is not None:
        return damage
    _log_traceback(args)
    return _("Datenbankfehler: {text}").format(text=exc.__class__.__name__)


def _sqlalchemy_message(args: argparse.Namespace, exc: Exception) -> str | None:
    """A German line for an SQLAlchemy error (None for anything else)."""
    sa_exc = sys.modules.get("sqlalchemy.exc")
    if sa_exc is None or not isinstance(exc, sa_exc.SQLAlchemyError):
        return None  # SQLAlchemy not even imported: not one of its errors
    if isinstance(exc, sa_exc.OperationalError):
        from empfehlung_desktop.store.database import describe_operational_error

        return describe_operational_error(exc)
    if isinstance(exc, sa_exc.DatabaseError) and isinstance(exc.orig, _light_errors()):
        damage = _damage_message(args, exc.orig)
        if damage is not None:
            return damage
    _log_traceback(args)
    return _("Datenbankfehler: {text}").format(text=exc.__class__.__name__)


def _damage_message(args: argparse.Namespace, exc: BaseException) -> str | None:
    """A damaged SQLite file met while reading: say so and name the newest good backup."""
    from empfehlung_desktop.store import backup

    path = _sqlite_file(args)
    kinds = tuple(module.DatabaseError for module in _driver_modules())
    if path is None or not isinstance(exc, kinds):
        return None
    return backup.damage_message(path, backup.sqlite_reason(exc))


def _log_traceback(args: argparse.Namespace) -> str:
    """Log the exception being handled (types and code lines only); where the log is."""
    import logging

    from empfehlung_desktop import error_log

    error_log.setup()
    logging.getLogger(__name__).exception("Command %r failed", getattr(args, "command", None))
    path = error_log.log_file()
    return str(path) if path is not None else "(kein Protokoll möglich)"
