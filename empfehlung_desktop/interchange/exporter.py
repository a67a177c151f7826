"""Export entry points shared by GUI and CLI: bytes in the chosen format."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from empfehlung_desktop.errors import UserError
from empfehlung_desktop.i18n import N_, _
from empfehlung_desktop.interchange import csv_io, ics, json_io, vcard
from empfehlung_desktop.services.contacts.contacts import ContactQuery, list_contacts

EXPORT_FORMATS = {
    "vcard": (N_("vCard (.vcf) – für Adressbücher"), ".vcf"),
    "csv": (N_("CSV (.csv) – für Excel"), ".csv"),
    "json": (N_("JSON (.json) – vollständiger Export aller Daten"), ".json"),
}


def export_bytes(session: Session, fmt: str) -> tuple[bytes, int]:
    """The export file's content and the number of contacts in it."""
    if fmt == "json":
        document = json_io.export_all(session)
        return json_io.dumps(document), int(document["counts"]["contacts"])
    contacts = list_contacts(session, ContactQuery())
    if fmt == "vcard":
        return vcard.write_vcards(contacts), len(contacts)
    if fmt == "csv":
        return csv_io.write_csv(contacts), len(contacts)
    raise UserError(_("Unbekanntes Exportformat „{fmt}“ (vcard, csv oder json).").format(fmt=fmt))


def calendar_bytes(session: Session, stamp: dt.datetime) -> tuple[bytes, int]:
    """The calendar file and its number of events; ``stamp`` is the export's UTC instant."""
    events = ics.calendar_events(session)
    return ics.write_calendar(events, stamp), len(events)
