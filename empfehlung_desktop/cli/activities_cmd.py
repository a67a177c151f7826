"""``activities add|list|delete``: the log of calls, e-mails, meetings, cards and notes."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from empfehlung_desktop.cli.common import add_command, add_json_option, clock, database, print_json
from empfehlung_desktop.i18n import _, enum_label, format_date, ngettext
from empfehlung_desktop.model import ActivityKind
from empfehlung_desktop.services.contacts import activities as activity_service


def register(subparsers: Any) -> None:
    parser = add_command(subparsers, "activities", "Kontaktverlauf: Anrufe, E-Mails, Treffen …")
    sub = parser.add_subparsers(dest="activities_command", metavar="AKTION", required=True)
    add = add_command(sub, "add", "einen Kontakt festhalten", _add)
    add.add_argument("contact", type=int, metavar="KONTAKT", help="Nummer des Kontakts")
    add.add_argument(
        "--kind",
        choices=[k.value for k in ActivityKind],
        default="call",
        help="Art (Standard: call)",
    )
    add.add_argument("--date", type=_date, metavar="JJJJ-MM-TT", help="Tag (Standard: heute)")
    add.add_argument("--text", default="", help="was besprochen oder geschickt wurde")
    add.add_argument("--referral", type=int, metavar="ID", help="gehört zu dieser Empfehlung")
    add.add_argument("--engagement", type=int, metavar="ID", help="gehört zu dieser Anfrage")
    listing = add_command(sub, "list", "Kontaktverlauf auflisten (neueste zuerst)", _list)
    listing.add_argument("--contact", type=int, metavar="KONTAKT", help="nur dieser Kontakt")
    listing.add_argument("--referral", type=int, metavar="ID", help="nur zu dieser Empfehlung")
    listing.add_argument("--limit", type=int, default=None, help="höchstens so viele")
    delete = add_command(sub, "delete", "einen Eintrag löschen", _delete)
    delete.add_argument("id", type=int, metavar="ID", help="Nummer des Eintrags")
    for p in (add, listing):
        add_json_option(p)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"„{text}“ ist kein Datum (bitte JJJJ-MM-TT, z. B. 2026-01-31)"
        ) from None


def _add(args: argparse.Namespace) -> int:
    today = clock(args).today()
    with database(args) as db, db.session() as session:
        activity = activity_service.add_activity(
            session,
            args.contact,
            ActivityKind(args.kind),
            args.date or today,
            args.text,
            today=today,
            referral_id=args.referral,
            engagement_id=args.engagement,
        )
        activity_id = activity.id
        last = activity_service.last_contact_on(session, args.contact)
    if args.json:
        print_json(
            {"id": activity_id, "contact_id": args.contact, "kind": args.kind, "last_contact": last}
        )
        return 0
    print(_("Eintrag {id} festgehalten.").format(id=activity_id))
    return 0


def _list(args: argparse.Namespace) -> int:
    with database(args) as db, db.reader() as session:
        rows = activity_service.list_activities(
            session, args.contact, referral_id=args.referral, limit=args.limit
        )
    if args.json:
        print_json([row.to_dict() for row in rows])
        return 0
    for row in rows:
        text = row.text.splitlines()[0] if row.text else ""
        print(
            f"{row.id:>6}  {format_date(row.occurred_on):<11} {enum_label(row.kind):<28} "
            f"{row.contact_name:<28} {text}"
        )
    print(ngettext("{count} Eintrag", "{count} Einträge", len(rows)).format(count=len(rows)))
    return 0


def _delete(args: argparse.Namespace) -> int:
    with database(args) as db, db.session() as session:
        activity_service.delete_activity(session, args.id)
    print(_("Eintrag {id} gelöscht.").format(id=args.id))
    return 0
