"""Shared pieces of the commands: subcommands, database, output, errors (see also parsing)."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from typing import Any

from sqlalchemy.exc import DatabaseError, OperationalError, SQLAlchemyError

from empfehlung_desktop import error_log
from empfehlung_desktop.cli.parsing import add_db_option
from empfehlung_desktop.clock import Clock, system_clock
from empfehlung_desktop.config import resolve_db_url
from empfehlung_desktop.errors import StoreError, UserError
from empfehlung_desktop.i18n import _
from empfehlung_desktop.store.database import (
    Database,
    describe_operational_error,
    sqlite_path,
)

Handler = Callable[[argparse.Namespace], int]

logger = logging.getLogger(__name__)


def add_json_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="als JSON ausgeben")


def add_command(
    subparsers: Any, name: str, help_text: str, handler: Handler | None = None
) -> argparse.ArgumentParser:
    """Add a subcommand that takes ``--db``; ``handler`` runs it."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        name, help=help_text, description=help_text
    )
    add_db_option(parser)
    if handler is not None:
        parser.set_defaults(handler=handler)
    return parser


@contextmanager
def database(args: argparse.Namespace, *, migrate: bool = True) -> Iterator[Database]:
    """The command's database; a damaged SQLite file is opened for reading only.

    Beside a running GUI the command keeps a read-only guard connection open
    (``instance.wal_guard``), so it never removes the WAL the GUI writes into.
    """
    from empfehlung_desktop.store import backup, instance

    url = resolve_db_url(getattr(args, "db", None))
    path = sqlite_path(url)
    beside_gui = path is not None and path.exists() and instance.gui_holds_coordination(str(path))
    guard = instance.wal_guard(path) if beside_gui and path is not None else nullcontext()
    with guard:
        db = backup.open_or_explain(url, migrate=migrate)
        try:
            backup.refuse_writes_if_damaged(db)
            yield db
        finally:
            db.dispose()


@contextmanager
def command_session(args: argparse.Namespace) -> Iterator[None]:
    """Hold the coordination lock while a command runs; tidy up if no one else is there."""
    from empfehlung_desktop.store import housekeeping, instance

    try:
        path = sqlite_path(resolve_db_url(getattr(args, "db", None)))
    except StoreError:
        path = None
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
    error_log.setup()
    try:
        with command_session(args):
            return handler(args)
    except (UserError, StoreError) as exc:
        return fail(str(exc))
    except OperationalError as exc:
        return fail(describe_operational_error(exc))
    except DatabaseError as exc:
        damage = _damage_message(args, exc)
        if damage is not None:
            return fail(damage)
        _log_traceback(args)
        return fail(_("Datenbankfehler: {text}").format(text=exc.__class__.__name__))
    except SQLAlchemyError as exc:
        _log_traceback(args)
        return fail(_("Datenbankfehler: {text}").format(text=exc.__class__.__name__))
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
        log = _log_traceback(args)
        return fail(
            _("Unerwarteter Fehler ({kind}); Details in {log}").format(
                kind=exc.__class__.__name__, log=log
            )
        )


def _damage_message(args: argparse.Namespace, exc: DatabaseError) -> str | None:
    """A damaged SQLite file met while reading: say so and name the newest good backup."""
    import sqlite3

    from empfehlung_desktop.store import backup

    path = sqlite_path(resolve_db_url(getattr(args, "db", None)))
    if path is None or not isinstance(exc.orig, sqlite3.DatabaseError):
        return None
    return backup.damage_message(path, backup.sqlite_reason(exc.orig))


def _log_traceback(args: argparse.Namespace) -> str:
    """Log the exception being handled (types and code lines only); where the log is."""
    logger.exception("Command %r failed", getattr(args, "command", None))
    path = error_log.log_file()
    return str(path) if path is not None else "(kein Protokoll möglich)"
