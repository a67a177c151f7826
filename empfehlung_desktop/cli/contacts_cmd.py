"""``contacts list`` and ``contacts search TEXT``.

Both only read: on an up-to-date SQLite file they run on the light read path
(``store.light``, no SQLAlchemy) and start in a fraction of the time.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from typing import Any

from empfehlung_desktop.cli.common import (
    add_command,
    add_json_option,
    database,
    light_reader,
    print_json,
)
from empfehlung_desktop.model.enums import ContactSource, Role
from empfehlung_desktop.services.contacts import quick
from empfehlung_desktop.store import light


def register(subparsers: Any) -> None:
    parser = add_command(subparsers, "contacts", "Kontakte auflisten und suchen")
    sub = parser.add_subparsers(dest="contacts_command", metavar="AKTION", required=True)
    listing = add_command(sub, "list", "alle Kontakte auflisten", _list)
    search = add_command(sub, "search", "Kontakte suchen (Teilwörter, Umlaute)", _search)
    search.add_argument("text", help="Suchtext")
    for p in (listing, search):
        add_json_option(p)
        p.add_argument("--role", choices=[r.code for r in Role.singles()], help="nur diese Rolle")
        p.add_argument(
            "--source", choices=[s.value for s in ContactSource], help="nur diese Herkunft"
        )
        p.add_argument("--limit", type=int, default=None, help="höchstens so viele")


def _list(args: argparse.Namespace) -> int:
    return _output(args, "")


def _search(args: argparse.Namespace) -> int:
    return _output(args, args.text)


def _output(args: argparse.Namespace, text: str) -> int:
    role = Role.from_code(args.role) if args.role else None
    source = ContactSource(args.source) if args.source else None
    try:
        with light_reader(args) as con:
            _print(args, quick.contact_dicts(con, text, role, source, args.limit))
            return 0
    except light.Unavailable:
        pass
    from empfehlung_desktop.services.contacts import contacts as contact_service

    query = contact_service.ContactQuery(text=text, role=role, source=source)
    with database(args) as db, db.reader() as session:
        contacts = contact_service.list_contacts(session, query, limit=args.limit)
        _print(args, (contact_service.contact_to_dict(c) for c in contacts))
    return 0


def _print(args: argparse.Namespace, contacts: Iterable[dict[str, Any]]) -> None:
    if args.json:
        print_json(list(contacts))
        return
    count = 0
    for c in contacts:
        roles = quick.role_labels(tuple(c["roles"]))
        print(f"{c['id']:>6}  {c['name']:<32} {c['organisation']:<30} {c['email']:<36} {roles}")
        count += 1
    print(f"{count} Kontakt(e)")
