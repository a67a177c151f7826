"""``contacts list|search|show|duplicates|merge``: lists, a person with their story,
possible duplicates and merging two contacts.

List and search only read: on an up-to-date SQLite file they run on the light
read path (``store.light``, no SQLAlchemy) and start in a fraction of the time.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from typing import Any

from empfehlung_desktop.cli.common import (
    add_command,
    add_json_option,
    database,
    light_reader,
    print_json,
)
from empfehlung_desktop.i18n import _, format_date, ngettext
from empfehlung_desktop.model.enums import ContactSource, Role
from empfehlung_desktop.services.contacts import quick
from empfehlung_desktop.store import light


def register(subparsers: Any) -> None:
    parser = add_command(subparsers, "contacts", "Kontakte auflisten und suchen")
    sub = parser.add_subparsers(dest="contacts_command", metavar="AKTION", required=True)
    listing = add_command(sub, "list", "alle Kontakte auflisten", _list, light=True)
    search = add_command(
        sub, "search", "Kontakte suchen (Teilwörter, Umlaute)", _search, light=True
    )
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
    twins = add_command(sub, "duplicates", "mögliche Dubletten eines Kontakts zeigen", _duplicates)
    twins.add_argument("id", type=int, metavar="ID", help="Nummer des Kontakts")
    add_json_option(twins)
    merge = add_command(
        sub,
        "merge",
        "zwei Kontakte zusammenführen (Empfehlungen, Anfragen und Verlauf gehen mit)",
        _merge,
    )
    merge.add_argument("keep", type=int, metavar="BEHALTEN", help="Nummer des bleibenden Kontakts")
    merge.add_argument(
        "other", type=int, metavar="AUFGEHEN", help="Nummer des aufgehenden Kontakts"
    )
    merge.add_argument(
        "--take",
        default="",
        metavar="FELDER",
        help="Felder, deren Wert vom aufgehenden Kontakt kommt, z. B. email,phone,name "
        "(sonst werden nur leere Felder gefüllt)",
    )
    add_json_option(merge)


def _list(args: argparse.Namespace) -> int:
    return _output(args, "")


def _search(args: argparse.Namespace) -> int:
    return _output(args, args.text)


def _output(args: argparse.Namespace, text: str) -> int:
    role = Role.from_code(args.role) if args.role else None
    source = ContactSource(args.source) if args.source else None
    try:
        with light_reader(args) as con:
            if args.json:
                print_json(list(quick.contact_dicts(con, text, role, source, args.limit)))
            else:
                _print_lines(quick.contact_lines(con, text, role, source, args.limit))
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
    _print_lines(
        (c["id"], c["name"], c["organisation"], c["email"], quick.role_labels(tuple(c["roles"])))
        for c in contacts
    )


def _print_lines(rows: Iterable[tuple[int, str, str, str, str]]) -> None:
    """One line per contact (number, name, organisation, e-mail, roles), then the count."""
    lines = [
        f"{ident:>6}  {name:<32} {organisation:<30} {email:<36} {roles}"
        for ident, name, organisation, email, roles in rows
    ]
    lines.append(
        ngettext("{count} Kontakt", "{count} Kontakte", len(lines)).format(count=len(lines))
    )
    sys.stdout.write("\n".join(lines) + "\n")


def _show(args: argparse.Namespace) -> int:
    from empfehlung_desktop.services.contacts import contacts as contact_service
    from empfehlung_desktop.services.contacts import person
    from empfehlung_desktop.services.contacts import timeline as timeline_service

    with database(args) as db, db.reader() as session:
        story = timeline_service.build_timeline(session, args.id)
        contact = contact_service.get_contact(session, args.id)
        data = {
            **contact_service.contact_to_dict(contact),
            **contact_service.contact_lists_dict(contact),
        }
        greeting = person.greeting_for(contact)
    if args.json:
        print_json({**story.to_dict(), "contact": data})
        return 0
    last = format_date(story.last_contact) if story.last_contact else "–"
    print(f"{story.name} ({story.contact_id})")
    print(f"  {greeting}")
    birthday = person.format_birthday(*person.parse_birthday(data["birthday"] or ""))
    for label, value in (
        (_("Geburtstag"), birthday),
        (_("E-Mail"), data["email"]),
        (_("Telefon"), data["phone"]),
        (_("Schlagwörter"), ", ".join(data["tags"])),
    ):
        if value:
            print(f"  {label}: {value}")
    for detail in data["details"]:
        label = f" ({detail['label']})" if detail["label"] else ""
        print(f"  {detail['kind']}{label}: {detail['value']}")
    for address in data["addresses"]:
        line = person.AddressData(
            *(address[k] for k in ("street", "postcode", "city", "region", "country"))
        ).one_line()
        print(f"  {_('Adresse')}: {line}")
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


def _duplicates(args: argparse.Namespace) -> int:
    from empfehlung_desktop.services.contacts.duplicates import duplicates_of

    with database(args) as db, db.reader() as session:
        found = duplicates_of(session, args.id)
    if args.json:
        print_json([{"id": d.contact_id, "name": d.name, "reason": d.reason} for d in found])
        return 0
    for d in found:
        print(f"{d.contact_id:>6}  {d.name:<32} {d.reason}")
    print(
        ngettext("{count} mögliche Dublette", "{count} mögliche Dubletten", len(found)).format(
            count=len(found)
        )
    )
    return 0


def _merge(args: argparse.Namespace) -> int:
    from empfehlung_desktop.services.contacts import contacts as contact_service
    from empfehlung_desktop.services.contacts.duplicates import merge_contacts

    take = frozenset(f.strip() for f in args.take.split(",") if f.strip())
    with database(args) as db, db.session() as session:
        other_name = contact_service.get_contact(session, args.other).name
        kept = merge_contacts(session, args.keep, args.other, take)
        result = contact_service.contact_to_dict(kept)
    if args.json:
        print_json(result)
        return 0
    print(
        _("„{other}“ ist in „{keep}“ ({id}) aufgegangen.").format(
            other=other_name, keep=result["name"], id=result["id"]
        )
    )
    return 0
