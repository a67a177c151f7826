"""What each column of a CSV table is: its target field, its group and rank, and the
placeholder values vendors write into it, and what a date cell says.

:mod:`interchange.csv_io` chooses one target per column (the mapping); this
module plans the columns once per table, and :mod:`interchange.csv_person`
reads each row with that plan.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from empfehlung_desktop.i18n import _
from empfehlung_desktop.interchange.csv_rows import Row, column_values
from empfehlung_desktop.services.contacts.person import parse_birthday

LABEL_COLUMN = re.compile(r"^(?P<group>.+?)\s+-\s+(?:type|label|service)$", re.IGNORECASE)
GROUPED_COLUMN = re.compile(r"^(?P<group>.+?)\s+-\s+\S.*$")
ADDRESS_PARTS = ("street", "house_number", "postcode", "city", "region", "country", "address")
NOT_READ = ("", "label")  # targets row_contact does not read on their own
_GROUP_WORDS = (
    ("work", ("business", "work", "geschäftlich", "dienstlich", "büro", "firma", "company")),
    ("home", ("home", "privat", "personal")),
    ("other", ("other", "weitere", "weiterer", "weiteres", "andere")),
)
# Values vendors write into every row; they say nothing about the person.
_PLACEHOLDERS = {
    "priority": {"normal"},
    "priorität": {"normal"},
    "sensitivity": {"normal"},
    "vertraulichkeit": {"normal"},
    "private": {"false"},
    "privat": {"aus", "false"},
    "gender": {"unspecified"},
    "geschlecht": {"nicht angegeben", "unbestimmt"},
}
_EMAIL_TYPE = re.compile(r"^email\d*typ(e)?$")
_EMAIL_SHOWN = re.compile(r"^email\d*(displayname|angezeigtername)$")
_DATE_KEYS = {"anniversary", "jahrestag", "birthday", "geburtstag"}
_SLASHED = re.compile(r"^(\d{1,4})/(\d{1,2})/(\d{1,4})$")
_TIME = re.compile(r"[\sT]+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?$", re.IGNORECASE)
NOT_A_DATE = re.compile(r"^[0./\-\s]*$")


_NOT_IN_KEY = re.compile(r"[^0-9a-zäöüß]")


@lru_cache(maxsize=4096)
def normalise_header(header: str) -> str:
    return _NOT_IN_KEY.sub("", header.casefold().replace("e-mail", "email"))


@dataclass(frozen=True)
class Column:
    """What one column of the table is: its target and, for lists, its group."""

    index: int
    header: str
    key: str
    target: str
    group: str  # Google's "Phone 2"; for address parts "work", "home", "other" or ""
    rank: int  # phones: the lowest becomes the contact's main number
    placeholders: frozenset[str]  # case-folded values that say nothing here
    check: str  # "date" (an empty date), "shown" (Outlook's display name) or ""


def plan_columns(headers: list[str], mapping: list[str]) -> list[Column]:
    columns: list[Column] = []
    for index, target in enumerate(mapping):
        header = (
            headers[index]
            if index < len(headers)
            else _("Spalte {number}").format(number=index + 1)
        )
        key = normalise_header(header)
        found = GROUPED_COLUMN.match(header.strip())
        group = found.group("group") if found else ""
        if target in ADDRESS_PARTS or target == "address_label":
            group = group or _address_group(header)
        placeholders = set(_PLACEHOLDERS.get(key, ()))
        if _EMAIL_TYPE.match(key):
            placeholders.add("smtp")
        check = "date" if key in _DATE_KEYS else "shown" if _EMAIL_SHOWN.match(key) else ""
        columns.append(
            Column(
                index,
                header,
                key,
                target,
                group,
                _phone_rank(key, target),
                frozenset(placeholders),
                check,
            )
        )
    return columns


def _address_group(header: str) -> str:
    words = header.casefold()
    for group, markers in _GROUP_WORDS:
        if any(marker in words for marker in markers):
            return group
    return ""


def _phone_rank(key: str, target: str) -> int:
    """Which number is the main one: a primary or business phone before a mobile,
    a home number, other numbers, and fax, pager and the like last."""
    if target not in ("phone", "mobile"):
        return 9
    if any(w in key for w in ("fax", "pager", "telex", "isdn", "tty", "hörbehindert", "radio")):
        return 5
    if any(w in key for w in ("assistant", "assistent", "callback", "rückmeldung", "car", "auto")):
        return 4
    if target == "mobile":
        return 2
    if "home" in key or "privat" in key:
        return 3
    return 0 if "primary" in key or "haupt" in key else 1


def without_placeholder_columns(columns: list[Column], rows: Sequence[Row]) -> list[Column]:
    """``columns`` with those not read that hold only placeholders in every row
    (Outlook's "Normal", "SMTP", "0/0/00" …): :func:`csv_person.row_contact` would skip each
    of their values anyway, and so it need not look at them row by row."""
    planned: list[Column] = []
    for column in columns:
        if (
            column.target not in NOT_READ
            and column.check != "shown"
            and (column.placeholders or column.check)
            and all(
                not value.strip() or is_placeholder(column, value.strip(), [])
                for value in column_values(rows, column.index)
            )
        ):
            column = replace(column, target="")
        planned.append(column)
    return planned


_SHOWN_ADDRESS = re.compile(r"\(([^()\s]+@[^()\s]+)\)\s*$")


def is_placeholder(column: Column, value: str, cells: list[str]) -> bool:
    if column.placeholders and value.casefold() in column.placeholders:
        return True
    if not column.check:
        return False
    if column.check == "date":
        return bool(NOT_A_DATE.match(value))  # Outlook's "0/0/00": no date
    if column.check == "shown":
        # Outlook's "Name (address)": both are in their own columns already.
        found = _SHOWN_ADDRESS.search(value)
        if found is None:
            return False
        address = found.group(1)
        return address in cells or any(address == cell.strip() for cell in cells)
    return False


def parse_date_cell(
    value: str, *, english: bool
) -> tuple[int | None, int | None, int | None] | None:
    """A birthday cell as (day, month, year); (None, None, None) for Outlook's empty
    "0/0/00"; None when it is not understood (the cell then goes into the notes).

    Slashes are American (M/D/Y) under English headers and day first otherwise; a
    number over 12 decides either way. Two-digit years are not guessed.
    """
    text = value.strip()
    if NOT_A_DATE.match(text):
        return None, None, None
    try:
        return parse_birthday(text)
    except ValueError:
        pass
    text = _TIME.sub("", text)  # Outlook and Excel add midnight: "3/15/1980 12:00:00 AM"
    if text != value.strip():
        return parse_date_cell(text, english=english)
    found = _SLASHED.match(text)
    if not found:
        return None
    first, second, year = (int(g) for g in found.groups())
    if len(found.group(1)) == 4:  # 1980/03/15
        return year, second, first
    if len(found.group(3)) != 4:
        return None
    if first > 12 or (second <= 12 and not english):
        return first, second, year
    return second, first, year
