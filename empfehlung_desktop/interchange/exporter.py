"""Export entry points shared by GUI and CLI: bytes in the chosen format."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from empfehlung_desktop.errors import UserError
from empfehlung_desktop.i18n import N_, _
from empfehlung_desktop.interchange import csv_io, ics, json_io, vcard
from empfehlung_desktop.model import Contact
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
    referrers = _referrers(session)
    if fmt == "vcard":
        return vcard.write_vcards(contacts, referrers), len(contacts)
    if fmt == "csv":
        return csv_io.write_csv(contacts, referrers), len(contacts)
    raise UserError(_("Unbekanntes Exportformat „{fmt}“ (vcard, csv oder json).").format(fmt=fmt))


def _referrers(session: Session) -> dict[int, tuple[str, str]]:
    """Contact id → (name, uid) of its referrer, in one query."""
    referrer = aliased(Contact)
    rows = session.execute(
        select(Contact.id, referrer.name, referrer.uid).join(
            referrer, Contact.referred_by_id == referrer.id
        )
    )
    return {cid: (name, uid or "") for cid, name, uid in rows}


def calendar_bytes(session: Session, stamp: dt.datetime) -> tuple[bytes, int]:
    """The calendar file and its number of events; ``stamp`` is the export's UTC instant."""
    events = ics.calendar_events(session)
    return ics.write_calendar(events, stamp), len(events)
