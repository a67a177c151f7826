"""``feedback form|import|list|summary``: questionnaires, returned forms, summaries."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from empfehlung_desktop.cli.common import add_command, add_json_option, clock, database, print_json
from empfehlung_desktop.errors import UserError
from empfehlung_desktop.i18n import ngettext
from empfehlung_desktop.model import QuotePermission
from empfehlung_desktop.services.feedback import feedback as feedback_service
from empfehlung_desktop.services.feedback import forms
from empfehlung_desktop.services.feedback import stats as stats_service


def register(subparsers: Any) -> None:
    parser = add_command(subparsers, "feedback", "Feedback: Fragebogen, Rückläufer, Auswertung")
    sub = parser.add_subparsers(dest="feedback_command", metavar="AKTION", required=True)

    form = add_command(sub, "form", "ausfüllbaren PDF-Fragebogen erstellen", _form)
    which = form.add_mutually_exclusive_group(required=True)
    which.add_argument("--engagement", type=int, metavar="ID", help="für diesen Auftrag")
    which.add_argument(
        "--all-open",
        action="store_true",
        help="für jeden abgeschlossenen Auftrag ohne Feedback (-o ist dann ein Ordner)",
    )
    form.add_argument("-o", "--output", required=True, metavar="DATEI_ODER_ORDNER")

    imp = add_command(sub, "import", "ausgefüllte Formulare einlesen (alle oder keines)", _import)
    imp.add_argument("files", nargs="+", metavar="DATEI", help="zurückgesandte PDF-Formulare")

    listing = add_command(sub, "list", "Feedback mit allen Antworten auflisten", _list)
    add_json_option(listing)
    _add_period(listing)
    listing.add_argument(
        "--group", choices=sorted(feedback_service.CATEGORY_RANGES), help="nur diese NPS-Gruppe"
    )
    listing.add_argument(
        "--permission", choices=[p.value for p in QuotePermission], help="nur diese Zitiererlaubnis"
    )

    summary = add_command(sub, "summary", "Auswertung als PDF schreiben", _summary)
    summary.add_argument("-o", "--output", required=True, metavar="DATEI.pdf")
    _add_period(summary)


def _add_period(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--since", type=_date, metavar="JJJJ-MM-TT", help="ab diesem Tag")
    parser.add_argument("--until", type=_date, metavar="JJJJ-MM-TT", help="bis zu diesem Tag")


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"„{text}“ ist kein Datum (bitte JJJJ-MM-TT, z. B. 2026-01-31)"
        ) from None


def _form(args: argparse.Namespace) -> int:
    from empfehlung_desktop.reports.feedback_form import build_feedback_form

    output = Path(args.output)
    today = clock(args).today()
    with database(args) as db, db.session() as session:
        if args.engagement is not None:
            if output.is_dir():
                raise UserError(f"„{output}“ ist ein Ordner; bitte einen Dateinamen angeben.")
            info = forms.request_form(
                session, args.engagement, output, build_feedback_form, today=today
            )
            print(f"Fragebogen für {info.contact_name} geschrieben: {output}")
            return 0
        ids = [e.id for e in feedback_service.engagements_without_feedback(session)]
        if output.exists() and not output.is_dir():
            raise UserError(f"„{output}“ ist eine Datei; bitte einen Ordner angeben.")
        written = forms.request_forms(session, ids, output, build_feedback_form, today=today)
    for info in written:
        print(f"{info.contact_name}: {info.path}")
    print(f"{len(written)} Fragebogen/-bögen in {output}")
    return 0


def _import(args: argparse.Namespace) -> int:
    from empfehlung_desktop.interchange import pdf_form

    paths = [Path(name) for name in args.files]
    with database(args) as db, db.session() as session:
        outcomes = pdf_form.import_forms(session, paths, clock(args).today())
    for outcome in outcomes:
        line = f"Feedback von {outcome.contact_name} übernommen (Auftrag {outcome.engagement_id})"
        if outcome.suggested_stage is not None:
            line += f"; Vorschlag Empfehlungsspirale: {outcome.suggested_stage.label}"
        print(line)
        if outcome.warning:
            print(f"  Hinweis: {outcome.warning}")
    print(
        ngettext(
            "{count} Formular eingelesen.", "{count} Formulare eingelesen.", len(outcomes)
        ).format(count=len(outcomes))
    )
    return 0


def _list(args: argparse.Namespace) -> int:
    query = feedback_service.FeedbackQuery(
        since=args.since,
        until=args.until,
        category=args.group,
        permission=QuotePermission(args.permission) if args.permission else None,
        descending=False,
    )
    with database(args) as db, db.reader() as session:
        items = feedback_service.list_feedback(session, query)
        if args.json:
            print_json([feedback_service.feedback_to_dict(f) for f in items])
            return 0
        for f in items:
            score = "–" if f.recommend_score is None else str(f.recommend_score)
            met = "–" if f.expectations_met is None else str(f.expectations_met)
            print(
                f"{f.id:>5}  {f.received_on:%d.%m.%Y}  {f.engagement.contact.name:<28} "
                f"Empfehlung {score:>2}/10  Erwartungen {met}/5  "
                f"Zitat: {f.quote_permission.label}"
            )
            for label, text in (
                ("Zum ersten Mal", f.first_time),
                ("Besser", f.works_better),
                ("Nutzen", f.benefit),
            ):
                if text:
                    print(f"       {label}: {' '.join(text.split())}")
        print(
            ngettext("{count} Feedback", "{count} Feedbacks", len(items)).format(count=len(items))
        )
    return 0


def _summary(args: argparse.Namespace) -> int:
    from empfehlung_desktop.reports.feedback_summary import build_feedback_summary

    output = Path(args.output)
    with database(args) as db, db.reader() as session:
        data = stats_service.summary_data(session, since=args.since, until=args.until)
    build_feedback_summary(data, output, today=clock(args).today())
    stats = data.stats
    nps = "–" if stats.nps.score is None else f"{stats.nps.score:+.0f}"
    print(f"Auswertung geschrieben: {output} ({stats.count} Feedbacks, NPS {nps})")
    return 0
