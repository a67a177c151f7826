"""Possible duplicates of the contact being saved, and the warning the form shows.

The form saves only after the practitioner has seen the same set of possible
duplicates once ("Trotzdem speichern"). Texts keep the context "ContactDialog",
so their translations stay where they were.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from empfehlung_desktop.model import DetailKind
from empfehlung_desktop.names import compose_name
from empfehlung_desktop.services.contacts.contacts import ContactData
from empfehlung_desktop.services.contacts.duplicates import Duplicate, find_duplicates
from empfehlung_desktop.store.database import Database


def find(db: Database, data: ContactData, contact_id: int | None) -> list[Duplicate]:
    """Other contacts with this name, an e-mail or a phone number of ``data``."""
    emails = [data.email, *(d.value for d in data.details if d.kind is DetailKind.EMAIL)]
    phones = [data.phone, *(d.value for d in data.details if d.kind is DetailKind.PHONE)]
    name = data.name or compose_name(data.given_name, data.family_name, data.title)
    with db.reader() as session:
        return find_duplicates(
            session, name=name, emails=emails, phones=phones, exclude_id=contact_id
        )


def warning(found: list[Duplicate]) -> str:
    """The duplicates, one line each, and what "Trotzdem speichern" does."""
    lines = [
        QCoreApplication.translate("ContactDialog", "„{name}“ (Nr. {id}): {reason}").format(
            name=d.name, id=d.contact_id, reason=d.reason
        )
        for d in found
    ]
    return (
        QCoreApplication.translate("ContactDialog", "Möglicherweise gibt es diesen Kontakt schon:")
        + "\n"
        + "\n".join(lines)
        + "\n"
        + QCoreApplication.translate(
            "ContactDialog",
            "„Trotzdem speichern“ legt ihn dennoch an; zusammenführen können Sie "
            "später in der Kontaktliste (Kontextmenü „Zusammenführen …“).",
        )
    )
