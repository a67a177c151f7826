"""``contacts list``, ``contacts search TEXT`` and ``contacts show ID`` (the timeline).

List and search only read: on an up-to-date SQLite file they run on the light
read path (``store.light``, no SQLAlchemy) and start in a fraction of the time.
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
from empfehlung_desktop.i18n import _, format_date
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
    show = add_command(sub, "show", "die Geschichte eines Kontakts zeigen (neueste zuerst)", _show)
    show.add_argument("id", type=int, metavar="ID", help="Nummer des Kontakts")
    add_json_option(show)


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


def _show(args: argparse.Namespace) -> int:
    from empfehlung_desktop.services.contacts import timeline as timeline_service

    with database(args) as db, db.reader() as session:
        story = timeline_service.build_timeline(session, args.id)
    if args.json:
        print_json(story.to_dict())
        return 0
    last = format_date(story.last_contact) if story.last_contact else "–"
    print(f"{story.name} ({story.contact_id})")
    print(
        _(
            "Empfehlungen gegeben: {given} · erhalten: {received} · Anfragen: {engagements} · "
            "letzter Kontakt: {last}"
        ).format(
            given=story.referrals_given,
            received=story.referrals_received,
            engagements=story.engagements,
            last=last,
        )
    )
    for entry in story.entries:
        detail = f" – {entry.detail.splitlines()[0]}" if entry.detail.strip() else ""
        print(f"  {format_date(entry.on):<11}  {entry.title}{detail}")
    return 0
