"""``backup [-o FILE]``, ``restore FILE`` and ``check``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from empfehlung_desktop.cli.common import add_command, add_json_option, clock, database, print_json
from empfehlung_desktop.config import resolve_db_url
from empfehlung_desktop.errors import UserError
from empfehlung_desktop.i18n import ngettext
from empfehlung_desktop.store import backup, instance


def register(subparsers: Any) -> None:
    parser = add_command(subparsers, "backup", "Datensicherung erstellen (oder auflisten)", _backup)
    parser.add_argument(
        "-o", "--output", metavar="DATEI", help="Zieldatei (sonst im Ordner „backups“)"
    )
    parser.add_argument("--list", action="store_true", help="vorhandene Sicherungen auflisten")
    add_json_option(parser)
    restore = add_command(subparsers, "restore", "Datensicherung wiederherstellen", _restore)
    restore.add_argument("file", metavar="DATEI", help="die Sicherungsdatei (.db)")
    restore.add_argument("--yes", "-y", action="store_true", help="ohne Rückfrage")
    add_command(subparsers, "check", "Datenbank auf Schäden prüfen", _check)


def _db_file(args: argparse.Namespace) -> Path:
    return backup.sqlite_file(resolve_db_url(getattr(args, "db", None)))


def _backup(args: argparse.Namespace) -> int:
    path = _db_file(args)
    if args.list:
        infos = backup.list_backups(path)
        if args.json:
            print_json(
                [
                    {"path": str(i.path), "created": i.created, "reason": i.reason, "size": i.size}
                    for i in infos
                ]
            )
            return 0
        for i in infos:
            print(f"{i.created:%d.%m.%Y %H:%M:%S}  {i.reason:<22} {i.size / 1e6:6.1f} MB  {i.path}")
        print(
            ngettext(
                "{count} Sicherung in {path}", "{count} Sicherungen in {path}", len(infos)
            ).format(count=len(infos), path=backup.backup_dir())
        )
        return 0
    if not path.exists():
        raise UserError(f"Die Datenbank „{path}“ gibt es nicht.")
    target = Path(args.output) if args.output else None
    created = backup.create_backup(path, "manuell", target, now=clock(args).now())
    print(f"Datensicherung erstellt: {created}")
    return 0


def _restore(args: argparse.Namespace) -> int:
    path = _db_file(args)
    if instance.gui_holds(str(path)):
        raise UserError(
            "Empfehlung Desktop ist mit dieser Datenbank geöffnet. Bitte das Programm erst "
            "schließen oder die Sicherung dort über „Datei → Datensicherung wiederherstellen…“ "
            "einspielen."
        )
    source = Path(args.file)
    backup.ensure_our_database(source)
    if not args.yes and sys.stdin.isatty():
        answer = input(f"„{path}“ durch „{source.name}“ ersetzen? [j/N] ").strip().casefold()
        if answer not in ("j", "ja", "y", "yes"):
            print("Abgebrochen; nichts wurde geändert.")
            return 0
    kept = backup.restore_backup(source, path, now=clock(args).now())
    print(f"Wiederhergestellt aus {source}. Die bisherige Datenbank liegt in {kept}.")
    return 0


def _check(args: argparse.Namespace) -> int:
    path = _db_file(args)
    if not path.exists():
        raise UserError(f"Die Datenbank „{path}“ gibt es nicht.")
    # Opening first brings an older schema up to date and proves it is ours.
    with database(args):
        pass
    result = backup.check_file(path)
    print(result.describe())
    if result.ok:
        return 0
    good = backup.latest_good_backup(path)
    if good is not None:
        print(f"Letzte fehlerfreie Sicherung: {good.path} ({good.created:%d.%m.%Y %H:%M})")
        print(f"Wiederherstellen mit: empfehlung-desktop restore {good.path}")
    return 1
