"""``engagements list`` and ``handout`` ("Warum Sie" PDFs, one or all upcoming).

ReportLab is imported only when a handout is actually built; one handout that
is not marked as sent is read on the light path (``store.light``, no SQLAlchemy).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from empfehlung_desktop.cli.common import (
    add_command,
    add_json_option,
    clock,
    database,
    light_reader,
    print_json,
)
from empfehlung_desktop.errors import UserError
from empfehlung_desktop.i18n import _, ngettext
from empfehlung_desktop.model.enums import EngagementStatus
from empfehlung_desktop.services.engagements import handout_data as handout_rules
from empfehlung_desktop.services.engagements.handout_data import UPCOMING_DAYS
from empfehlung_desktop.store import light


def register(subparsers: Any) -> None:
    parser = add_command(subparsers, "engagements", "Anfragen und Aufträge auflisten")
    sub = parser.add_subparsers(dest="engagements_command", metavar="AKTION", required=True)
    listing = add_command(sub, "list", "Anfragen und Aufträge auflisten", _list)
    add_json_option(listing)
    listing.add_argument(
        "--status", choices=[s.value for s in EngagementStatus], help="nur dieser Status"
    )
    listing.add_argument(
        "--upcoming",
        action="store_true",
        help=f"nur Erstgespräche in den nächsten {UPCOMING_DAYS} Tagen",
    )

    handout = add_command(
        subparsers, "handout", "„Warum Sie“-Handout als PDF erstellen", _handout, light=True
    )
    which = handout.add_mutually_exclusive_group(required=True)
    which.add_argument("--engagement", type=int, metavar="ID", help="für diese Anfrage")
    which.add_argument(
        "--upcoming",
        action="store_true",
        help="für alle Erstgespräche der nächsten 14 Tage ohne gesendetes Handout",
    )
    handout.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="DATEI_ODER_ORDNER",
        help="PDF-Datei (mit --engagement) oder Ordner (mit --upcoming)",
    )
    handout.add_argument(
        "--mark-sent",
        action="store_true",
        help="das Handout zugleich als gesendet vermerken",
    )
    handout.add_argument(
        "--allow-sample",
        action="store_true",
        help="auch mit Beispieltext im Profil erstellen (nur zur Ansicht, nicht zum Versenden)",
    )


def _list(args: argparse.Namespace) -> int:
    from empfehlung_desktop.services.engagements import engagements as engagement_service
    from empfehlung_desktop.services.engagements import serialize as engagement_serialize

    query = engagement_service.EngagementQuery(
        now=clock(args).now(),
        status=EngagementStatus(args.status) if args.status else None,
        upcoming=args.upcoming,
    )
    with database(args) as db, db.reader() as session:
        engagements = engagement_service.list_engagements(session, query)
        if args.json:
            print_json([engagement_serialize.engagement_to_dict(e) for e in engagements])
            return 0
        for e in engagements:
            meeting = f"{e.first_meeting_at:%d.%m.%Y %H:%M}" if e.first_meeting_at else ""
            print(
                f"{e.id:>5}  {e.contact.name[:28]:<28} {e.title[:34]:<34} "
                f"{e.status.label:<16} {meeting}"
            )
        print(
            ngettext(
                "{count} Anfrage oder Auftrag", "{count} Anfragen und Aufträge", len(engagements)
            ).format(count=len(engagements))
        )
    return 0


def _handout(args: argparse.Namespace) -> int:
    output = Path(args.output).expanduser()
    if args.upcoming:
        return _handout_upcoming(args, output)
    if output.is_dir():
        raise UserError(f"„{output}“ ist ein Ordner; bitte einen Dateinamen angeben.")
    if output.suffix.lower() != ".pdf":
        output = output.with_name(output.name + ".pdf")
    if not args.mark_sent:
        try:
            with light_reader(args) as con:
                from empfehlung_desktop.services.engagements import quick_handout

                data = quick_handout.handout_data(con, args.engagement)
            _refuse_unfinished(data, args)
            _write(data, output)
            print(output)
            return 0
        except light.Unavailable:
            pass
    from empfehlung_desktop.services.engagements import engagements as engagement_service
    from empfehlung_desktop.services.engagements import handout as handout_service

    with database(args) as db:
        with db.reader() as session:
            data = handout_service.handout_data(session, args.engagement)
        _refuse_unfinished(data, args)
        _write(data, output)
        if args.mark_sent:
            with db.session() as session:
                engagement_service.mark_handout_sent(
                    session, args.engagement, clock(args).utc_now()
                )
    print(output)
    return 0


def _handout_upcoming(args: argparse.Namespace, folder: Path) -> int:
    from empfehlung_desktop.services.engagements import engagements as engagement_service
    from empfehlung_desktop.services.engagements import handout as handout_service

    if folder.exists() and not folder.is_dir():
        raise UserError(f"„{folder}“ ist eine Datei; für --upcoming bitte einen Ordner angeben.")
    with database(args) as db:
        with db.reader() as session:
            batch = [
                handout_service.handout_data(session, e.id)
                for e in engagement_service.upcoming_without_handout(session, clock(args).now())
            ]
        if not batch:
            print(
                "Keine Erstgespräche in den nächsten "
                f"{UPCOMING_DAYS} Tagen, für die noch ein „Warum Sie“ "
                "fehlt – nichts zu tun."
            )
            return 0
        _refuse_unfinished(batch[0], args)  # one profile for all of them
        folder.mkdir(parents=True, exist_ok=True)
        used: set[str] = set()
        for data in batch:
            path = folder / _unique(handout_rules.handout_filename(data), used)
            _write(data, path)
            if args.mark_sent and data.engagement_id is not None:
                with db.session() as session:
                    engagement_service.mark_handout_sent(
                        session, data.engagement_id, clock(args).utc_now()
                    )
            print(path)
    return 0


def _unique(name: str, used: set[str]) -> str:
    stem, suffix = name.rsplit(".", 1)
    candidate, number = name, 2
    while candidate in used:
        candidate = f"{stem}_{number}.{suffix}"
        number += 1
    used.add(candidate)
    return candidate


def _refuse_unfinished(data: handout_rules.HandoutData, args: argparse.Namespace) -> None:
    """A handout with sample text or without the practice's name must not go out."""
    problems = handout_rules.handout_problems(data)
    if problems and not args.allow_sample:
        raise UserError(
            _(
                "Das Handout ist noch nicht versandfertig: {problems} Bitte das Profil "
                "ergänzen (oder --allow-sample nur zur Ansicht)."
            ).format(problems=" ".join(problems))
        )


def _write(data: handout_rules.HandoutData, path: Path) -> None:
    from empfehlung_desktop.reports.handout import build_handout

    # build_handout writes next to the target and renames: a failure leaves no broken PDF.
    build_handout(data, path)
