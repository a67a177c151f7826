"""One contact as the vCard and CSV writers read it: a plain tuple of stored values.

The streamed export (``interchange.exporter``) reads these tuples straight from
the driver — enums as their stored codes, roles as the bit mask, the consent
date as ISO text — and hands them to ``vcard.card_of_row`` and
``csv_write.cells_of_row``; :func:`export_row` makes the same tuple of an ORM
object or a typed Core row, so there is one writer for both.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from empfehlung_desktop.interchange.records import ExportedContact

# The contact columns in the order of the tuple; the referrer's name and uid follow.
COLUMNS = (
    "id",
    "name",
    "organisation",
    "email",
    "phone",
    "profession",
    "competences",
    "notes",
    "roles",
    "source",
    "spiral_stage",
    "consent_share",
    "consent_share_on",
    "uid",
    "salutation",
    "title",
    "given_name",
    "family_name",
    "name_suffix",
    "address_form",
    "birth_day",
    "birth_month",
    "birth_year",
    "tags",
)
ExportRow = Sequence[Any]
_CODED = frozenset({"source", "spiral_stage", "salutation", "address_form"})


def export_row(contact: ExportedContact, referrer_name: str, referrer_uid: str) -> ExportRow:
    """The tuple of an ORM object or typed row (codes for enums, an int for roles)."""
    values: list[Any] = []
    for name in COLUMNS:
        value = getattr(contact, name, None)
        if name in _CODED:
            value = code(value) or None
        elif name == "roles":
            value = int(value or 0)
        elif name == "consent_share_on" and value is not None:
            value = date_text(value)
        values.append(value)
    return (*values, referrer_name, referrer_uid)


def code(value: object) -> str:
    """An enum's stored code, whether the value is the enum or its text ("" for none)."""
    if value is None or value == "":
        return ""
    return str(getattr(value, "value", value))


def date_text(value: str | dt.date) -> str:
    """A date as ISO text (SQLite hands it out as that text already)."""
    return value if isinstance(value, str) else value.isoformat()
