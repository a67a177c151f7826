"""Shared pieces of the commands: subcommands, database, output, errors (see also parsing)."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy.exc import OperationalError, SQLAlchemyError

from empfehlung_desktop import error_log
from empfehlung_desktop.cli.parsing import add_db_option
from empfehlung_desktop.clock import Clock, system_clock
from empfehlung_desktop.config import resolve_db_url
from empfehlung_desktop.errors import StoreError, UserError
from empfehlung_desktop.i18n import _
from empfehlung_desktop.store.database import Database, describe_operational_error, open_database

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
    db = open_database(resolve_db_url(getattr(args, "db", None)), migrate=migrate)
    try:
        yield db
    finally:
        db.dispose()


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
        return handler(args)
    except (UserError, StoreError) as exc:
        return fail(str(exc))
    except OperationalError as exc:
        return fail(describe_operational_error(exc))
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


def _log_traceback(args: argparse.Namespace) -> str:
    """Log the exception being handled (types and code lines only); where the log is."""
    logger.exception("Command %r failed", getattr(args, "command", None))
    path = error_log.log_file()
    return str(path) if path is not None else "(kein Protokoll möglich)"
