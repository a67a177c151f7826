"""``import FILE``, ``export --format … -o FILE`` and ``calendar -o FILE.ics``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from empfehlung_desktop import files
from empfehlung_desktop.cli.common import add_command, clock, database, light_reader
from empfehlung_desktop.errors import UserError
from empfehlung_desktop.i18n import ngettext
from empfehlung_desktop.interchange import csv_io
from empfehlung_desktop.store import light

if TYPE_CHECKING:
    from empfehlung_desktop.interchange import importer

# SQLAlchemy comes with exporter, flow and importer: imported where used, so that a
# vCard or CSV export reads through store.light and starts without it.


def register(subparsers: Any) -> None:
    parser = add_command(
        subparsers,
        "import",
        "Kontakte importieren (vCard, CSV) oder einen JSON-Export einspielen",
        _import,
    )
    parser.add_argument("file", metavar="DATEI", help="die Datei (.vcf, .csv, .json)")
    parser.add_argument("--format", choices=("vcard", "csv", "json"), help="sonst nach Endung")
    parser.add_argument("--yes", "-y", action="store_true", help="ohne Rückfrage importieren")
    parser.add_argument(
        "--merge", action="store_true", help="Dubletten zusammenführen statt überspringen"
    )
    parser.add_argument("--dry-run", action="store_true", help="nur die Vorschau zeigen")
    parser.add_argument(
        "--preset",
        choices=("google", "outlook", "outlook-de", "thunderbird", "linkedin"),
        help="CSV: Spalten wie im Export dieses Programms zuordnen (sonst erkannt)",
    )
    parser.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="SPALTE=FELD",
        help="CSV: eine Spalte (Überschrift oder Nummer) einem Feld zuordnen, z. B. "
        "„Empfohlen von=referred_by“, „Title=salutation“ oder „7=-“ (nicht übernehmen); "
        "mehrere Spalten dürfen dasselbe Feld haben (weitere E-Mails, Telefone, "
        "Adressteile). Felder: " + ", ".join(k for k in csv_io.FIELD_LABELS if k),
    )
    export = add_command(
        subparsers, "export", "Kontakte oder alles exportieren", _export, light=True
    )
    export.add_argument("--format", choices=("vcard", "csv", "json"), required=True)
    export.add_argument("-o", "--output", required=True, metavar="DATEI", help="Zieldatei")
    calendar = add_command(
        subparsers, "calendar", "Nachfass-Termine und Erstgespräche als Kalender (.ics)", _calendar
    )
    calendar.add_argument("-o", "--output", required=True, metavar="DATEI", help="Zieldatei")


def _confirm(question: str) -> bool:
    answer = input(f"{question} [j/N] ").strip().casefold()
    return answer in ("j", "ja", "y", "yes")


def _import(args: argparse.Namespace) -> int:
    from empfehlung_desktop.interchange import flow

    path = Path(args.file)
    asks = not args.yes and sys.stdin.isatty()
    with database(args) as db:
        loaded = flow.load_file(path, args.format, preset=args.preset or "", overrides=args.map)
        if loaded.table is not None and loaded.table.rows and not (asks or args.dry_run):
            # Nothing to confirm: the rows are checked and written part by part.
            notice = csv_io.mapping_notice(loaded.table, loaded.mapping or [])
            if notice:
                print(notice)
            listing = _Listing()
            try:
                result, tally = flow.import_unseen(
                    db, loaded, merge=args.merge, today=clock(args).today(), shown=listing.show
                )
            except BaseException:
                # Lines about its rows may stand above: say that none of them was written.
                print("Import abgebrochen; nichts wurde geändert.", file=sys.stderr)
                raise
            listing.close()
            print(tally.summary(path.name))
            print(result.describe())
            return 0
        with db.reader() as session:
            plan = flow.plan_import(session, loaded, merge=args.merge, today=clock(args).today())
        if plan.restore is not None:
            print(f"„{path.name}“ ist ein vollständiger Export: {plan.restore_summary()}")
        else:
            assert plan.preview is not None
            _print_preview(plan.preview)
        if args.dry_run:
            print("Probelauf: nichts wurde geändert.")
            return 0
        if asks and not _confirm("Jetzt importieren?"):
            print("Abgebrochen; nichts wurde geändert.")
            return 0
        print(flow.execute_plan(db, plan))
    return 0


def _print_preview(preview: importer.ImportPreview) -> None:
    if preview.notice:
        print(preview.notice)
    print(preview.summary())
    listing = _Listing()
    listing.show(preview.items)
    listing.close()


class _Listing:
    """The preview's lines about single contacts: every duplicate, then the first
    :data:`NOTES` notes (shown part by part where the import goes so)."""

    NOTES = 50

    def __init__(self) -> None:
        self.notes = 0

    def show(self, items: list[importer.PreviewItem]) -> None:
        from empfehlung_desktop.interchange import importer

        for item in items:
            if item.is_duplicate:
                target = (
                    f"„{item.duplicate_name}“ (Nr. {item.duplicate_of})"
                    if item.duplicate_of
                    else ""
                )
                print(
                    f"  Dublette {item.position}: {item.name} – {item.duplicate_reason} "
                    f"{target} → {importer.ACTION_LABELS[item.action]}"
                )
        for item in items:
            for warning in item.warnings:
                self.notes += 1
                if self.notes <= self.NOTES:
                    print(f"  Hinweis {item.position}: {warning}")

    def close(self) -> None:
        if self.notes > self.NOTES:
            print(f"  … und {self.notes - self.NOTES} weitere Hinweise")


def _export(args: argparse.Namespace) -> int:
    target = Path(args.output)
    count = _export_light(args, target) if args.format in ("vcard", "csv") else None
    if count is None:
        from empfehlung_desktop.interchange import exporter

        with database(args) as db, db.reader() as session:
            count = exporter.export_file(session, args.format, target)
    text = ngettext(
        "{count} Kontakt nach {path} exportiert ({format}).",
        "{count} Kontakte nach {path} exportiert ({format}).",
        count,
    )
    print(text.format(count=count, path=args.output, format=args.format))
    return 0


def _export_light(args: argparse.Namespace, target: Path) -> int | None:
    """A vCard or CSV export through store.light; None when the full path is needed."""
    from empfehlung_desktop.interchange import contact_export

    try:
        with light_reader(args) as con, files.atomic_writer(target) as stream:
            return contact_export.export_light(con, args.format, stream)
    except light.Unavailable:
        return None


def _calendar(args: argparse.Namespace) -> int:
    from empfehlung_desktop.interchange import exporter

    output = Path(args.output)
    if output.suffix.lower() != ".ics":
        raise UserError("Die Kalenderdatei sollte auf .ics enden (z. B. termine.ics).")
    with database(args) as db, db.reader() as session:
        data, count = exporter.calendar_bytes(session, clock(args).utc_now())
    files.write_bytes(output, data)
    print(f"{count} Termin(e) nach {output} exportiert.")
    return 0
