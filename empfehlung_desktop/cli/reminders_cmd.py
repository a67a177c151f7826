"""``reminders add|list|done|postpone|delete`` and ``care`` (per-person rules for Heute)."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from empfehlung_desktop.cli.common import add_command, add_json_option, clock, database, print_json
from empfehlung_desktop.i18n import _, format_date
from empfehlung_desktop.services.today import care as care_service
from empfehlung_desktop.services.today import reminders as reminder_service


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"„{text}“ ist kein Datum (bitte JJJJ-MM-TT, z. B. 2026-01-31)"
        ) from None


def register(subparsers: Any) -> None:
    parser = add_command(subparsers, "reminders", "eigene Erinnerungen mit Fälligkeitsdatum")
    sub = parser.add_subparsers(dest="reminders_command", metavar="AKTION", required=True)
    add = add_command(sub, "add", "eine Erinnerung anlegen", _add)
    add.add_argument("text", metavar="TEXT", help="woran erinnert werden soll")
    add.add_argument("--due", type=_date, metavar="JJJJ-MM-TT", help="fällig am (Standard: heute)")
    add.add_argument("--contact", type=int, metavar="KONTAKT", help="zu diesem Kontakt")
    add.add_argument("--referral", type=int, metavar="ID", help="zu dieser Empfehlung")
    add.add_argument("--engagement", type=int, metavar="ID", help="zu dieser Anfrage")
    add.add_argument("--feedback", type=int, metavar="ID", help="zu diesem Feedback")
    listing = add_command(sub, "list", "offene Erinnerungen nach Fälligkeit", _list)
    listing.add_argument("--all", action="store_true", help="auch erledigte")
    listing.add_argument("--contact", type=int, metavar="KONTAKT", help="nur zu diesem Kontakt")
    done = add_command(sub, "done", "eine Erinnerung als erledigt markieren", _done)
    done.add_argument("id", type=int, metavar="ID", help="Nummer der Erinnerung")
    done.add_argument("--date", type=_date, metavar="JJJJ-MM-TT", help="Tag (Standard: heute)")
    later = add_command(sub, "postpone", "eine Erinnerung verschieben", _postpone)
    later.add_argument("id", type=int, metavar="ID", help="Nummer der Erinnerung")
    later.add_argument("until", type=_date, metavar="JJJJ-MM-TT", help="neuer Fälligkeitstag")
    delete = add_command(sub, "delete", "eine Erinnerung löschen", _delete)
    delete.add_argument("id", type=int, metavar="ID", help="Nummer der Erinnerung")
    for p in (add, listing, done, later):
        add_json_option(p)

    care = add_command(
        subparsers, "care", "pro Person: nie um Empfehlung bitten, eigener Kontakt-Rhythmus", _care
    )
    care.add_argument("contact", type=int, metavar="KONTAKT", help="Nummer des Kontakts")
    ask = care.add_mutually_exclusive_group()
    ask.add_argument("--never-ask", action="store_true", help="nie zum Fragen vorschlagen")
    ask.add_argument("--ask-again", action="store_true", help="wieder zum Fragen vorschlagen")
    rhythm = care.add_mutually_exclusive_group()
    rhythm.add_argument("--rhythm", type=int, metavar="TAGE", help="melden alle TAGE (0 = nie)")
    rhythm.add_argument("--role-rhythm", action="store_true", help="Rhythmus der Rollen")
    add_json_option(care)


def _add(args: argparse.Namespace) -> int:
    today = clock(args).today()
    with database(args) as db, db.session() as session:
        reminder = reminder_service.add_reminder(
            session,
            args.text,
            args.due or today,
            today=today,
            contact_id=args.contact,
            referral_id=args.referral,
            engagement_id=args.engagement,
            feedback_id=args.feedback,
        )
        reminder_id, due = reminder.id, reminder.due_on
    if args.json:
        print_json({"id": reminder_id, "due_on": due.isoformat()})
        return 0
    print(
        _("Erinnerung {id} angelegt, fällig am {date}.").format(
            id=reminder_id, date=format_date(due)
        )
    )
    return 0


def _list(args: argparse.Namespace) -> int:
    with database(args) as db, db.reader() as session:
        rows = reminder_service.list_reminders(
            session, include_done=args.all, contact_id=args.contact
        )
    if args.json:
        print_json([row.to_dict() for row in rows])
        return 0
    for row in rows:
        done = _("erledigt") if row.done_on else ""
        print(
            f"{row.id:>6}  {format_date(row.due_on):<11} {row.contact_name or '':<28} "
            f"{row.text} {done}".rstrip()
        )
    print(_("Erinnerungen: {count}").format(count=len(rows)))
    return 0


def _done(args: argparse.Namespace) -> int:
    on = args.date or clock(args).today()
    with database(args) as db, db.session() as session:
        reminder_service.mark_done(session, args.id, on)
    if args.json:
        print_json({"id": args.id, "done_on": on.isoformat()})
        return 0
    print(_("Erinnerung {id} erledigt.").format(id=args.id))
    return 0


def _postpone(args: argparse.Namespace) -> int:
    with database(args) as db, db.session() as session:
        reminder_service.postpone(session, args.id, args.until, clock(args).today())
    if args.json:
        print_json({"id": args.id, "due_on": args.until.isoformat()})
        return 0
    print(
        _("Erinnerung {id} verschoben auf den {date}.").format(
            id=args.id, date=format_date(args.until)
        )
    )
    return 0


def _delete(args: argparse.Namespace) -> int:
    with database(args) as db, db.session() as session:
        reminder_service.delete_reminder(session, args.id)
    print(_("Erinnerung {id} gelöscht.").format(id=args.id))
    return 0


def _care(args: argparse.Namespace) -> int:
    with database(args) as db, db.session() as session:
        if args.never_ask or args.ask_again:
            care_service.set_never_ask(session, args.contact, args.never_ask)
        if args.rhythm is not None or args.role_rhythm:
            care_service.set_rhythm(
                session, args.contact, None if args.role_rhythm else args.rhythm
            )
        current = care_service.get_care(session, args.contact)
    if args.json:
        print_json(
            {
                "contact_id": current.contact_id,
                "never_ask": current.never_ask,
                "keep_in_touch_days": current.keep_in_touch_days,
            }
        )
        return 0
    ask = _("nie um Empfehlung bitten") if current.never_ask else _("um Empfehlung bitten: ja")
    if current.keep_in_touch_days is None:
        rhythm = _("Kontakt-Rhythmus: wie die Rollen")
    else:
        rhythm = _("Kontakt-Rhythmus: alle {days} Tage").format(days=current.keep_in_touch_days)
    print(f"{ask}; {rhythm}")
    return 0
