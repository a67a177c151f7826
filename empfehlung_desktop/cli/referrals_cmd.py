"""``referrals list``, ``referrals inquiry ID``, ``referrals reciprocity`` and
``referrals meeting ID`` (first meeting arranged: the Anfrage with date and time)."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from empfehlung_desktop.cli.common import add_command, add_json_option, clock, database, print_json
from empfehlung_desktop.i18n import _, ngettext
from empfehlung_desktop.model import ReferralDirection, ReferralStatus
from empfehlung_desktop.services.engagements import connections
from empfehlung_desktop.services.referrals import inquiry as inquiry_service
from empfehlung_desktop.services.referrals import reciprocity as reciprocity_service
from empfehlung_desktop.services.referrals import referrals as referral_service

ME = "ich"


def register(subparsers: Any) -> None:
    parser = add_command(
        subparsers, "referrals", "Empfehlungen, anonyme Anfragen, Geben und Nehmen"
    )
    sub = parser.add_subparsers(dest="referrals_command", metavar="AKTION", required=True)
    listing = add_command(sub, "list", "Empfehlungen auflisten (neueste zuerst)", _list)
    listing.add_argument("--due", action="store_true", help="nur fälliges Nachfassen")
    listing.add_argument(
        "--direction", choices=[d.value for d in ReferralDirection], help="nur diese Richtung"
    )
    listing.add_argument(
        "--status", choices=[s.value for s in ReferralStatus], help="nur dieser Status"
    )
    add_json_option(listing)
    inquiry = add_command(
        sub, "inquiry", "den anonymen Anfragetext an den Partner ausgeben", _inquiry
    )
    inquiry.add_argument("id", type=int, metavar="ID", help="Nummer der Empfehlung")
    recip = add_command(
        sub, "reciprocity", "Geben und Nehmen je Netzwerkpartner (Anzahl, kein Geld)", _reciprocity
    )
    add_json_option(recip)
    meeting = add_command(
        sub, "meeting", "Erstgespräch vereinbart: Anfrage mit Datum und Uhrzeit anlegen", _meeting
    )
    meeting.add_argument("id", type=int, metavar="ID", help="Nummer der Empfehlung")
    meeting.add_argument("at", type=_when, metavar="JJJJ-MM-TTTHH:MM", help="Erstgespräch am/um")
    meeting.add_argument("--place", default="", help="Ort oder Link")
    meeting.add_argument("--note", default="", help="Notiz zum Verlauf")
    add_json_option(meeting)


def _when(text: str) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"„{text}“ ist kein Zeitpunkt (bitte JJJJ-MM-TTTHH:MM, z. B. 2026-12-01T10:00)"
        ) from None


def _meeting(args: argparse.Namespace) -> int:
    with database(args) as db, db.session() as session:
        engagement = connections.arrange_first_meeting(
            session, args.id, args.at, on=clock(args).today(), place=args.place, note=args.note
        )
        engagement_id = engagement.id
    if args.json:
        print_json({"referral_id": args.id, "engagement_id": engagement_id})
        return 0
    print(_("Erstgespräch eingetragen in Anfrage {id}.").format(id=engagement_id))
    return 0


def _list(args: argparse.Namespace) -> int:
    today = clock(args).today()
    query = referral_service.ReferralQuery(
        direction=ReferralDirection(args.direction) if args.direction else None,
        status=ReferralStatus(args.status) if args.status else None,
        due_only=args.due,
        today=today,
    )
    with database(args) as db, db.reader() as session:
        if args.json:
            referrals = referral_service.list_referrals(session, query)
            print_json([referral_service.referral_to_dict(r, today) for r in referrals])
            return 0
        rows = referral_service.fetch_rows(session, query)
        for row in rows:
            follow = row.follow_up_on.strftime("%d.%m.%Y") if row.follow_up_on else ""
            mark = " FÄLLIG" if row.due else ""
            print(
                f"{row.id:>5}  {row.referred_on:%d.%m.%Y}  {row.direction.label:<11} "
                f"{row.status.label:<24} {row.giver_name or ME:<22} → "
                f"{row.recommended_name or ME:<22} für {row.recipient_name or ME:<24} "
                f"{follow}{mark}"
            )
        print(
            ngettext("{count} Empfehlung", "{count} Empfehlungen", len(rows)).format(
                count=len(rows)
            )
        )
    return 0


def _inquiry(args: argparse.Namespace) -> int:
    with database(args) as db, db.reader() as session:
        text = inquiry_service.build_inquiry(session, args.id).text()
    print(text, end="")
    return 0


def _reciprocity(args: argparse.Namespace) -> int:
    with database(args) as db, db.reader() as session:
        partners = reciprocity_service.reciprocity(session, clock(args).today())
    if args.json:
        print_json([p.to_dict() for p in partners])
        return 0
    print(
        f"{'Partner':<28} {'gegeben':>8} {'erhalten':>9} {'Vorstell.':>9}  "
        f"{'12 Monate (g/e)':>15}  letzter Austausch"
    )
    for p in partners:
        last = p.last_exchange.strftime("%d.%m.%Y") if p.last_exchange else "–"
        recent = f"{p.given_12m}/{p.received_12m}"
        print(
            f"{p.name:<28} {p.given:>8} {p.received:>9} {p.introductions:>9}  {recent:>15}  {last}"
        )
    print(f"{len(partners)} Netzwerkpartner")
    return 0
