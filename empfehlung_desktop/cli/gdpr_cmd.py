"""``gdpr export --contact ID -o FILE`` and ``gdpr erase --contact ID [--yes]``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from empfehlung_desktop import files
from empfehlung_desktop.cli.common import add_command, add_json_option, database, print_json
from empfehlung_desktop.errors import UserError
from empfehlung_desktop.services.contacts.contacts import get_contact
from empfehlung_desktop.services.data import gdpr, gdpr_export


def register(subparsers: Any) -> None:
    parser = add_command(subparsers, "gdpr", "DSGVO: Auskunft exportieren, Person löschen")
    sub = parser.add_subparsers(dest="gdpr_command", metavar="AKTION", required=True)
    export = add_command(sub, "export", "alles zu einer Person als JSON (Art. 15/20)", _export)
    export.add_argument("--contact", type=int, required=True, metavar="ID")
    export.add_argument("-o", "--output", required=True, metavar="DATEI")
    erase = add_command(sub, "erase", "eine Person endgültig löschen (Art. 17)", _erase)
    erase.add_argument("--contact", type=int, required=True, metavar="ID")
    erase.add_argument("--yes", "-y", action="store_true", help="ohne Rückfrage löschen")
    add_json_option(erase)


def _export(args: argparse.Namespace) -> int:
    with database(args) as db, db.reader() as session:
        report = gdpr_export.export_person(session, args.contact)
    files.write_text(Path(args.output), json.dumps(report, ensure_ascii=False, indent=2) + "\n")
    print(f"Auskunft zu Kontakt {args.contact} gespeichert: {args.output}")
    return 0


def _erase(args: argparse.Namespace) -> int:
    with database(args) as db:
        with db.reader() as session:
            name = get_contact(session, args.contact).name
        if not args.yes:
            if not sys.stdin.isatty():
                raise UserError("Endgültiges Löschen bitte mit --yes bestätigen.")
            answer = input(
                f"„{name}“ endgültig löschen? Das lässt sich nicht rückgängig machen. [j/N] "
            )
            if answer.strip().casefold() not in ("j", "ja", "y", "yes"):
                print("Abgebrochen; nichts wurde geändert.")
                return 0
        report = gdpr.erase_everywhere(db, args.contact)
    if args.json:
        print_json(report.to_dict())
        return 0
    for line in report.lines():
        print(line)
    return 0
