"""Whole-file exports from ORM objects: the oracles for the streamed export.

This is how the app exported before ``interchange.exporter`` streamed Core rows:
ORM objects, everything in memory. Tests compare both.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from empfehlung_desktop import __version__
from empfehlung_desktop.clock import utc_now
from empfehlung_desktop.interchange import csv_io, vcard
from empfehlung_desktop.interchange.json_io import FORMAT_NAME, FORMAT_VERSION, TOP_LEVEL
from empfehlung_desktop.model import AppSetting, Base, Contact
from empfehlung_desktop.services.data.serialize import row_dict


def _grouped(session: Session, entity: type[Base], fk: str) -> dict[int, list[dict[str, Any]]]:
    groups: dict[int, list[dict[str, Any]]] = {}
    table = entity.__table__
    order = table.c.id if "id" in table.c else table.c[fk]  # type: ignore[attr-defined]
    for row in session.scalars(select(entity).order_by(order)):
        groups.setdefault(getattr(row, fk), []).append(row_dict(row, skip=(fk,)))
    return groups


def export_all(session: Session) -> dict[str, Any]:
    """Everything in the database as one JSON-ready dict."""
    document: dict[str, Any] = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "exported_at": utc_now().isoformat(timespec="seconds") + "Z",
    }
    for key, entity, children in TOP_LEVEL:
        child_groups = {name: _grouped(session, e, fk) for name, e, fk in children}
        records = []
        for row in session.scalars(select(entity).order_by(entity.id)):  # type: ignore[attr-defined]
            record = row_dict(row)
            for name, groups in child_groups.items():
                record[name] = groups.get(row.id, [])  # type: ignore[attr-defined]
            records.append(record)
        document[key] = records
    document["practice_profile"] = (document["practice_profile"] or [None])[0]
    document["settings"] = {
        s.key: json.loads(s.value)
        for s in session.scalars(select(AppSetting).order_by(AppSetting.key))
    }
    document["counts"] = {
        key: len(document[key]) for key in ("contacts", "referrals", "engagements", "feedback")
    }
    return document


def dumps(document: dict[str, Any]) -> bytes:
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")


# Contact id → (name, uid) of the contact who referred them.
Referrers = Mapping[int, tuple[str, str]]


def referrer_of(contact: Contact, referrers: Referrers | None) -> tuple[str, str]:
    """(name, uid) of who referred ``contact``, or ("", "")."""
    if contact.referred_by_id is None:
        return "", ""
    if referrers is not None:
        return referrers.get(contact.id, ("", ""))
    other = contact.referred_by
    return (other.name, other.uid or "") if other is not None else ("", "")


def write_vcards(contacts: Iterable[Contact], referrers: Referrers | None = None) -> bytes:
    return "".join(vcard.card_text(c, referrer_of(c, referrers)) for c in contacts).encode()


def write_csv(contacts: Iterable[Contact], referrers: Referrers | None = None) -> bytes:
    out = io.StringIO(newline="")
    writer = csv_io.csv_writer(out)
    writer.writerow(csv_io.csv_header())
    for c in contacts:
        writer.writerow(csv_io.csv_cells(c, referrer_of(c, referrers)[0]))
    return (csv_io.CSV_BOM + out.getvalue()).encode("utf-8")


def export_bytes(session: Session, fmt: str) -> tuple[bytes, int]:
    """The streamed export (``interchange.exporter``) into memory, and its count."""
    from empfehlung_desktop.interchange import exporter

    out = io.BytesIO()
    count = exporter.export_stream(session, fmt, out)
    return out.getvalue(), count
