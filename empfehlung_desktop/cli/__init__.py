"""Command line: one contract for users, scripts and tests. Never imports Qt.

``empfehlung-desktop`` without a subcommand starts the GUI. Errors end in one
German line on stderr and exit code 1 (2 for bad usage), never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from empfehlung_desktop import __version__
from empfehlung_desktop.cli.parsing import (
    CliUsageError,
    GermanArgumentParser,
    add_db_option,
    add_lang_option,
    apply_language,
)
from empfehlung_desktop.clock import Clock, system_clock

# Each module adds its subcommands; order is the order in ``--help``. They are
# imported only when a subcommand is given, so that starting the GUI stays fast.
COMMAND_MODULES = (
    "demo_cmd",
    "contacts_cmd",
    "activities_cmd",
    "referrals_cmd",
    "engagements_cmd",
    "feedback_cmd",
    "today_cmd",
    "reminders_cmd",
    "interchange_cmd",
    "backup_cmd",
    "gdpr_cmd",
    "data_cmd",
)
# Which module registers which subcommand (a test keeps this equal to what the
# modules register): a command imports only its own module, not all of them.
COMMAND_OWNERS = {
    "demo": "demo_cmd",
    "contacts": "contacts_cmd",
    "activities": "activities_cmd",
    "referrals": "referrals_cmd",
    "engagements": "engagements_cmd",
    "handout": "engagements_cmd",
    "feedback": "feedback_cmd",
    "today": "today_cmd",
    "reminders": "reminders_cmd",
    "care": "reminders_cmd",
    "import": "interchange_cmd",
    "export": "interchange_cmd",
    "calendar": "interchange_cmd",
    "backup": "backup_cmd",
    "restore": "backup_cmd",
    "check": "backup_cmd",
    "gdpr": "gdpr_cmd",
    "data": "data_cmd",
}
COMMAND_NAMES = frozenset(COMMAND_OWNERS)
_EAGER_FLAGS = frozenset({"-h", "--help", "--version"})


def _top_level_parser() -> argparse.ArgumentParser:
    parser = GermanArgumentParser(
        prog="empfehlung-desktop",
        description="Empfehlung Desktop – Empfehlungen, Kontakte, „Warum Sie“ und Feedback.",
    )
    parser.add_argument("--version", action="version", version=f"Empfehlung Desktop {__version__}")
    add_db_option(parser, top_level=True)
    add_lang_option(parser)
    parser.add_argument(
        "--demo", action="store_true", help="mit einer Beispielpraxis starten (GUI)"
    )
    # For the packaging smoke test: show the main window, then quit with 0.
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    return parser


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The full parser, or with ``only`` the module that owns that one command."""
    parser = _top_level_parser()
    subparsers = parser.add_subparsers(
        dest="command", metavar="BEFEHL", parser_class=GermanArgumentParser
    )
    modules = (COMMAND_OWNERS[only],) if only in COMMAND_OWNERS else COMMAND_MODULES
    for name in modules:
        importlib.import_module(f"empfehlung_desktop.cli.{name}").register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None, clock: Clock | None = None) -> int:
    """Run one command (or start the GUI); ``clock`` is "today" for it (default: the system's)."""
    clock = clock or system_clock()
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not (COMMAND_NAMES | _EAGER_FLAGS).intersection(args_list):
        # No subcommand: the GUI. Skip importing every command module.
        try:
            gui_args = _top_level_parser().parse_args(args_list)
        except CliUsageError as exc:
            print(f"Fehler: {exc}", file=sys.stderr)
            return 2
        return _start_gui(gui_args, clock)
    command = next((a for a in args_list if a in COMMAND_NAMES), None)
    # "--help" before any command asks for the overview of all commands.
    wants_overview = command is None or bool(
        _EAGER_FLAGS.intersection(args_list[: args_list.index(command)])
    )
    parser = build_parser(None if wants_overview else command)
    try:
        args = parser.parse_args(args_list)
    except CliUsageError as exc:
        print(f"Fehler: {exc}", file=sys.stderr)
        return 2
    except SystemExit as exc:  # --help / --version
        return int(exc.code or 0)
    if getattr(args, "handler", None) is None:
        return _start_gui(args, clock)
    args.clock = clock  # the command context: handlers read today/now from it
    apply_language(args)
    from empfehlung_desktop.cli.common import run

    return run(args.handler, args)


def _start_gui(args: argparse.Namespace, clock: Clock) -> int:
    from empfehlung_desktop.app import run_gui

    return run_gui(
        db=args.db, demo=args.demo, language=args.lang, smoke_test=args.smoke_test, clock=clock
    )


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
