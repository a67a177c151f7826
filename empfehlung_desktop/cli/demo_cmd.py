"""``demo``: fill a database with the sample practice (and many generated contacts)."""

from __future__ import annotations

import argparse
import time
from typing import Any

from sqlalchemy import func, select

from empfehlung_desktop.cli.common import add_command, clock, database
from empfehlung_desktop.errors import UserError
from empfehlung_desktop.model import Contact
from empfehlung_desktop.sample_practice.build import build_demo
from empfehlung_desktop.sample_practice.generated import add_generated_contacts
from empfehlung_desktop.store import search


def register(subparsers: Any) -> None:
    parser = add_command(subparsers, "demo", "Datenbank mit einer Beispielpraxis füllen", _demo)
    parser.add_argument(
        "--contacts", type=int, default=0, metavar="N", help="zusätzlich N erzeugte Kontakte"
    )


def _demo(args: argparse.Namespace) -> int:
    if args.contacts < 0:
        raise UserError("--contacts muss 0 oder größer sein.")
    started = time.perf_counter()
    with database(args) as db:
        with db.session() as session:
            existing = session.scalar(select(func.count()).select_from(Contact)) or 0
            if existing == 0:
                build_demo(session, clock(args).today())
            elif args.contacts == 0:
                raise UserError(
                    "Die Datenbank enthält schon Kontakte; die Beispielpraxis wird nur in eine "
                    "leere Datenbank geschrieben."
                )
        if args.contacts:
            with db.session() as session:
                add_generated_contacts(session, args.contacts)
            with db.engine.begin() as conn:
                search.rebuild_index(conn)
        with db.reader() as session:
            total = session.scalar(select(func.count()).select_from(Contact))
    elapsed = time.perf_counter() - started
    print(f"{total} Kontakte in {db.display_location} ({elapsed:.1f} s)")
    return 0
