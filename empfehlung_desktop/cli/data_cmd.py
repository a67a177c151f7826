"""``data encrypt [--remember]``, ``data decrypt`` and ``data status``: encryption at rest.

The passphrase comes from ``EMPFEHLUNG_PASSPHRASE`` or is asked in the terminal
(twice for a new one); every other command on an encrypted database takes it the
same way, or from the system keyring (``cli.common.ask_passphrase``).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from empfehlung_desktop.cli.common import add_command, add_json_option, print_json
from empfehlung_desktop.config import resolve_db_url
from empfehlung_desktop.errors import StoreError, UserError
from empfehlung_desktop.store import backup, cipher, instance


def register(subparsers: Any) -> None:
    parser = add_command(subparsers, "data", "Verschlüsselung der Datenbank (SQLCipher)")
    sub = parser.add_subparsers(dest="data_command", metavar="AKTION", required=True)
    encrypt = add_command(
        sub,
        "encrypt",
        "Datenbank und Datensicherungen mit einer Passphrase verschlüsseln",
        _encrypt,
    )
    encrypt.add_argument(
        "--remember",
        action="store_true",
        help="die Passphrase im Schlüsselbund des Systems speichern",
    )
    add_command(sub, "decrypt", "Verschlüsselung wieder aufheben", _decrypt)
    status = add_command(sub, "status", "zeigen, ob die Datenbank verschlüsselt ist", _status)
    add_json_option(status)


def _db_file(args: argparse.Namespace) -> Path:
    path = backup.sqlite_file(resolve_db_url(getattr(args, "db", None)))
    if not path.is_file():
        raise UserError(f"Die Datenbank „{path}“ gibt es nicht.")
    return path


def _refuse_beside_gui(path: Path) -> None:
    if instance.gui_holds(str(path)):
        raise UserError(
            "Empfehlung Desktop ist mit dieser Datenbank geöffnet. Bitte das Programm erst "
            "schließen oder die Verschlüsselung dort über „Datei → Verschlüsselung …“ umstellen."
        )


def _new_passphrase() -> tuple[str, str | None]:
    from empfehlung_desktop.services.data.passphrase import ENV_PASSPHRASE

    value = os.environ.get(ENV_PASSPHRASE)
    if value:
        return value, None
    if not sys.stdin.isatty():
        raise UserError(
            f"Bitte die neue Passphrase in der Umgebungsvariablen {ENV_PASSPHRASE} angeben "
            "oder den Befehl in einem Terminal starten."
        )
    first = getpass.getpass("Neue Passphrase (mindestens 8 Zeichen): ")
    return first, getpass.getpass("Passphrase wiederholen: ")


def _encrypt(args: argparse.Namespace) -> int:
    from empfehlung_desktop.services.data import encryption

    cipher.require()
    path = _db_file(args)
    _refuse_beside_gui(path)
    if cipher.is_encrypted(path):
        raise StoreError(f"Die Datenbank „{path}“ ist bereits verschlüsselt.")
    backup.ensure_our_database(path)
    passphrase, repeated = _new_passphrase()
    report = encryption.encrypt(path, passphrase, repeated=repeated, remember=args.remember)
    print(report.describe())
    if args.remember and not report.remembered:
        print(
            "Hinweis: Es gibt hier keinen nutzbaren Schlüsselbund; die Passphrase wird bei "
            "jedem Start abgefragt."
        )
    print("Wichtig: Ohne die Passphrase lassen sich Datenbank und Sicherungen nicht mehr öffnen.")
    return 0


def _decrypt(args: argparse.Namespace) -> int:
    from empfehlung_desktop.cli.common import ask_passphrase
    from empfehlung_desktop.services.data import encryption

    cipher.require()
    path = _db_file(args)
    _refuse_beside_gui(path)
    if not cipher.is_encrypted(path):
        raise StoreError(f"Die Datenbank „{path}“ ist nicht verschlüsselt.")
    report = encryption.decrypt(path, cipher.passphrase() or ask_passphrase(path))
    print(report.describe())
    return 0


def _status(args: argparse.Namespace) -> int:
    from empfehlung_desktop.services.data import passphrase

    path = _db_file(args)
    encrypted = cipher.is_encrypted(path)
    backups = backup.list_backups(path)
    if args.json:
        print_json(
            {
                "database": str(path),
                "encrypted": encrypted,
                "sqlcipher_available": cipher.available(),
                "keyring_available": passphrase.keyring_available(),
                "backups_encrypted": sum(cipher.is_encrypted(b.path) for b in backups),
                "backups": len(backups),
            }
        )
        return 0
    print(f"Datenbank: {path}")
    print("Verschlüsselt: " + ("ja" if encrypted else "nein"))
    print(
        f"Datensicherungen verschlüsselt: {sum(cipher.is_encrypted(b.path) for b in backups)} "
        f"von {len(backups)}"
    )
    if not cipher.available():
        print(cipher.missing_message())
    return 0
