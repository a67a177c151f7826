"""``today``: what is due today, grouped like the "Heute" view."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from empfehlung_desktop.cli.common import add_command, add_json_option, clock, database, print_json
from empfehlung_desktop.errors import UserError
from empfehlung_desktop.i18n import _, enum_label, format_date
from empfehlung_desktop.model import AgendaKind
from empfehlung_desktop.services.today import today as today_service


def register(subparsers: Any) -> None:
    parser = add_command(subparsers, "today", "zeigen, was heute fällig ist", _today)
    add_json_option(parser)
    parser.add_argument(
        "--date",
        metavar="JJJJ-MM-TT",
        default=None,
        help="so tun, als wäre heute dieser Tag (Standard: heute)",
    )
    parser.add_argument(
        "--kind",
        choices=[kind.value for kind in AgendaKind],
        action="append",
        help="nur diese Art (mehrfach möglich)",
    )


def _parse_day(text: str | None) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UserError(f"„{text}“ ist kein Datum; bitte als JJJJ-MM-TT angeben.") from None


def _today(args: argparse.Namespace) -> int:
    day = _parse_day(args.date)
    kinds = tuple(AgendaKind(k) for k in args.kind) if args.kind else today_service.KIND_ORDER
    with database(args) as db, db.reader() as session:
        agenda = today_service.compute(
            session, day or clock(args).today(), now=clock(args).now(), kinds=kinds
        )
    if args.json:
        print_json([item.to_dict(agenda.today) for item in agenda.items])
        return 0
    if not agenda.items:
        print(_("Heute ist nichts fällig."))
        return 0
    for kind in kinds:
        group = agenda.of_kind(kind)
        if not group:
            continue
        print(f"{enum_label(kind)} ({len(group)})")
        for item in group:
            print(f"  {today_service.due_label(item, agenda.today):<16}  {item.text}")
        print()
    print(
        _("{count} fällige Punkte am {date}").format(
            count=agenda.total, date=format_date(agenda.today)
        )
    )
    return 0
