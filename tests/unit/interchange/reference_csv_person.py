# Reference for test_reading_matches_reference.py: the CSV row reader as it was
# before the per-column handlers (issue 18), kept unchanged. Not used by the application.
"""One CSV row as a contact: name parts, Anrede, birthday, further e-mails, phones,
websites, postal addresses and tags from the columns of real exports.

:mod:`interchange.csv_io` reads the table and chooses one target per column; this
module turns the cells of a row into the fields of :class:`ImportedContact`.
Whatever has no field of its own goes into the notes as "Column: value", so a
value is never dropped; only the placeholders vendors write into every row
("Normal", "SMTP", "0/0/00", Google's "* myContacts") are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import compress

from empfehlung_desktop.i18n import N_, _, translate
from empfehlung_desktop.interchange.countries import country_code
from empfehlung_desktop.interchange.csv_write import OWN_FIELDS, parse_more_line, read_own
from empfehlung_desktop.interchange.records import ImportedContact
from empfehlung_desktop.model import (
    DetailKind,
    Salutation,
)
from empfehlung_desktop.names import compose_name, split_prefix
from empfehlung_desktop.services.contacts.person import AddressData, DetailData, parse_birthday

LABEL_COLUMN = re.compile(r"^(?P<group>.+?)\s+-\s+(?:type|label|service)$", re.IGNORECASE)
GROUPED_COLUMN = re.compile(r"^(?P<group>.+?)\s+-\s+\S.*$")
SINGLE_FIELDS = ("name", "organisation", "email", "profession", "competences", "uid")
ADDRESS_PARTS = ("street", "postcode", "city", "region", "country", "address")
_SALUTATION_CODES = {"ms": Salutation.MS, "mr": Salutation.MR}
# Outlook's and Google's gender column decides the Anrede when none is given.
_GENDER = {
    "female": Salutation.MS,
    "weiblich": Salutation.MS,
    "f": Salutation.MS,
    "male": Salutation.MR,
    "männlich": Salutation.MR,
    "m": Salutation.MR,
}
_GROUP_LABELS = {"work": N_("Arbeit"), "home": N_("Privat"), "other": N_("Weitere")}
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
_SYSTEM_GROUPS = {"mycontacts", "my contacts", "starred"}
_DATE_KEYS = {"anniversary", "jahrestag", "birthday", "geburtstag"}
_NOT_A_DATE = re.compile(r"^[0./\-\s]*$")
_SLASHED = re.compile(r"^(\d{1,4})/(\d{1,2})/(\d{1,4})$")
_TIME = re.compile(r"[\sT]+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?$", re.IGNORECASE)


def normalise_header(header: str) -> str:
    return re.sub(r"[^0-9a-zäöüß]", "", header.casefold().replace("e-mail", "email"))


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


@dataclass
class _Row:
    """What one row has said so far."""

    given: list[str] = field(default_factory=list)
    middle: list[str] = field(default_factory=list)
    family: list[str] = field(default_factory=list)
    title: list[str] = field(default_factory=list)
    suffix: list[str] = field(default_factory=list)
    phones: list[tuple[int, int, str, str]] = field(default_factory=list)
    emails: list[tuple[str, str]] = field(default_factory=list)
    webs: list[DetailData] = field(default_factory=list)
    places: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    place_labels: dict[str, str] = field(default_factory=dict)
    birth: dict[str, tuple[str, str]] = field(default_factory=dict)
    tags: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    more: list[DetailData | AddressData] = field(default_factory=list)


_NOT_READ = ("", "label")


def row_contact(columns: list[Column], line: int, cells: list[str]) -> ImportedContact:
    result = ImportedContact(position=_("Zeile {line}").format(line=line))
    row = _Row()
    labels = _group_labels(columns, cells)
    # Most cells of a vendor export are empty: compress() skips them without a
    # Python step each (``columns`` is in column order, one per index).
    for column in compress(columns, cells):
        if column.target in _NOT_READ:
            continue
        value = cells[column.index].strip()
        if not value or (
            (column.placeholders or column.check) and is_placeholder(column, value, cells)
        ):
            continue
        label = labels.get(column.group, "") if labels and column.group else ""
        shown = f"{column.header} ({label})" if label else column.header
        _take(result, row, column, value, label, shown)
    _finish(result, row)
    return result


def _group_labels(columns: list[Column], cells: list[str]) -> dict[str, str]:
    """Google's "E-mail 1 - Type: * Work" names the "E-mail 1 - Value" beside it."""
    labels: dict[str, str] = {}
    for column in compress(columns, cells):  # an empty cell names nothing
        if column.target != "label":
            continue
        found = LABEL_COLUMN.match(column.header.strip())
        value = cells[column.index].strip()
        if found and value:
            # Google's IM columns have a type and a service: "Home, Skype".
            group = found.group("group")
            value = value.removeprefix("* ").strip()
            labels[group] = f"{labels[group]}, {value}" if group in labels else value
    return labels


def is_placeholder(column: Column, value: str, cells: list[str]) -> bool:
    if column.placeholders and value.casefold() in column.placeholders:
        return True
    if not column.check:
        return False
    if column.check == "date":
        return bool(_NOT_A_DATE.match(value))  # Outlook's "0/0/00": no date
    if column.check == "shown":
        # Outlook's "Name (address)": both are in their own columns already.
        found = re.search(r"\(([^()\s]+@[^()\s]+)\)\s*$", value)
        if found is None:
            return False
        address = found.group(1)
        return address in cells or any(address == cell.strip() for cell in cells)
    return False


def _take(
    result: ImportedContact, row: _Row, column: Column, value: str, label: str, shown: str
) -> None:
    target = column.target
    person = result.person
    if target in SINGLE_FIELDS and target != "email":
        if getattr(result, target):
            result.extra.append(f"{shown}: {value}")
        else:
            setattr(result, target, value)
    elif target in _NAME_LISTS:
        getattr(row, _NAME_LISTS[target]).append(value)
    elif target == "salutation":
        code, title, rest = split_prefix(value)
        if code and person.salutation is Salutation.NONE:
            person.salutation = _SALUTATION_CODES[code]
        elif code:
            rest = [value]
            title = ""
        row.title.extend(p for p in (title, " ".join(rest)) if p)
    elif target == "gender" and value.casefold() in _GENDER:
        if person.salutation is Salutation.NONE:
            person.salutation = _GENDER[value.casefold()]
        elif person.salutation is not _GENDER[value.casefold()]:
            result.extra.append(f"{shown}: {value}")
    elif target == "email":
        parts = re.split(r"\s*[;,]\s*|\s+:::\s+", value)
        if not all("@" in p for p in parts if p):
            parts = _parts(value)  # "Name, Vorname <a@b.de>" stays whole
        row.emails.extend((part, label) for part in parts if part)
    elif target in ("phone", "mobile"):
        # Google writes several numbers of one kind into one cell, " ::: " apart.
        phone_label = label if column.group else column.header
        for part in _parts(value):
            row.phones.append((column.rank, len(row.phones), part, phone_label))
    elif target == "messenger":
        for part in _parts(value):
            row.webs.append(DetailData(DetailKind.MESSENGER, part, label or column.header))
    elif target == "web":
        row.webs.extend(DetailData(DetailKind.WEB, p, label or _site(p)) for p in _parts(value))
    elif target in ADDRESS_PARTS:
        place = row.places.setdefault(column.group, {})
        place.setdefault(target, []).append(value.replace("\r\n", "\n").replace("\n", ", "))
        if target == "address":
            place.setdefault("shown", []).append(shown)
        if label:
            row.place_labels.setdefault(column.group, label)
    elif target == "address_label":
        row.place_labels[column.group] = value
    elif target in ("birthday", "birth_year", "birth_month", "birth_day"):
        if target == "birthday" and value.isdigit() and len(value) <= 2:
            target = "birth_day"  # German Thunderbird: "Geburtstag" is the day of the month
        row.birth.setdefault(target, (shown, value))
        if row.birth[target] != (shown, value):
            result.extra.append(f"{shown}: {value}")
    elif target == "tags":
        row.tags.append(value)
    elif target == "notes":
        row.notes.append(value)
    elif target == "more":
        _take_more(result, row, shown, value)
    elif target in OWN_FIELDS:
        if not read_own(result, target, value):
            result.extra.append(f"{shown}: {value}")
    else:
        result.extra.append(f"{shown}: {value}")


_NAME_LISTS = {
    "first_name": "given",
    "middle_name": "middle",
    "last_name": "family",
    "title": "title",
    "name_suffix": "suffix",
}


def _parts(value: str) -> list[str]:
    return [p.strip() for p in value.split(":::") if p.strip()]


def _site(url: str) -> str:
    folded = url.casefold()
    for marker, name in (("linkedin.", "LinkedIn"), ("xing.", "XING")):
        if marker in folded:
            return name
    return ""


def _take_more(result: ImportedContact, row: _Row, shown: str, value: str) -> None:
    for line in value.splitlines():
        if not line.strip():
            continue
        item = parse_more_line(line)
        if item is None:
            result.extra.append(f"{shown}: {line}")
        else:
            row.more.append(item)


def _finish(result: ImportedContact, row: _Row) -> None:
    person = result.person
    person.given_name = " ".join([*row.given, *row.middle])
    person.family_name = " ".join(row.family)
    person.title = " ".join(row.title)
    person.name_suffix = " ".join(row.suffix)
    row.phones.sort(key=lambda item: (item[0], item[1]))
    if row.phones:
        result.phone = row.phones[0][2]
    if row.emails:
        result.email = row.emails[0][0]
    person.details.extend(DetailData(DetailKind.EMAIL, v, lbl) for v, lbl in row.emails[1:])
    person.details.extend(DetailData(DetailKind.PHONE, v, lbl) for _r, _o, v, lbl in row.phones[1:])
    person.details.extend(row.webs)
    countries = _addresses(result, row)
    person.details.extend(item for item in row.more if isinstance(item, DetailData))
    person.addresses.extend(item for item in row.more if isinstance(item, AddressData))
    _birthday(result, row)
    tags = [t for text in row.tags for t in re.split(r":::|;|,", text)]
    person.tags = ", ".join(
        dict.fromkeys(
            t.removeprefix("* ").strip()
            for t in tags
            if t.strip() and t.removeprefix("* ").strip().casefold() not in _SYSTEM_GROUPS
        )
    )
    if not result.name:
        if person.given_name or person.family_name:
            result.name = compose_name(
                person.given_name, person.family_name, person.title, person.name_suffix
            )
        else:
            result.name = result.organisation or result.email
    if len(countries) == 1:
        result.country = countries.pop()
    result.notes = "\n".join(row.notes)


def _addresses(result: ImportedContact, row: _Row) -> set[str]:
    countries: set[str] = set()
    for group, parts in row.places.items():
        lines = parts.get("address", [])

        def joined(key: str, parts: dict[str, list[str]] = parts) -> str:
            return ", ".join(parts.get(key, []))

        address = AddressData(
            street=joined("street"),
            postcode=joined("postcode"),
            city=joined("city"),
            region=joined("region"),
            country=joined("country"),
            label=row.place_labels.get(group)
            or (translate(_GROUP_LABELS[group]) if group in _GROUP_LABELS else ""),
        )
        if address.is_empty() and lines:
            # Only a formatted one-line address: it becomes the street line.
            address = AddressData(street=", ".join(lines), label=address.label)
        elif lines:
            # Google's "Formatted" beside the parts: kept as written, in the notes.
            shown = parts.get("shown", [])
            result.extra.extend(f"{h}: {text}" for h, text in zip(shown, lines, strict=True))
        if address.is_empty():
            continue
        for name in parts.get("country", []):
            code = country_code(name)
            if code:
                countries.add(code)
        result.person.addresses.append(address)
    return countries


def _birthday(result: ImportedContact, row: _Row) -> None:
    person = result.person
    if "birthday" in row.birth:
        shown, value = row.birth["birthday"]
        found = parse_date_cell(value, english=not normalise_header(shown).startswith("geburt"))
        if found is None:
            result.extra.append(f"{shown}: {value}")
        elif found[0] is not None:
            person.birth_day, person.birth_month, person.birth_year = found
    parts = {k: row.birth[k] for k in ("birth_day", "birth_month", "birth_year") if k in row.birth}
    if not parts:
        return
    numbers = {k: v.strip() for k, (_s, v) in parts.items()}
    complete = "birth_day" in numbers and "birth_month" in numbers
    if complete and person.birth_day is None and all(v.isdigit() for v in numbers.values()):
        person.birth_day = int(numbers["birth_day"])
        person.birth_month = int(numbers["birth_month"])
        year = numbers.get("birth_year")
        person.birth_year = int(year) if year and int(year) else None
        return
    result.extra.extend(f"{shown}: {value}" for shown, value in parts.values())


def parse_date_cell(
    value: str, *, english: bool
) -> tuple[int | None, int | None, int | None] | None:
    """A birthday cell as (day, month, year); (None, None, None) for Outlook's empty
    "0/0/00"; None when it is not understood (the cell then goes into the notes).

    Slashes are American (M/D/Y) under English headers and day first otherwise; a
    number over 12 decides either way. Two-digit years are not guessed.
    """
    text = value.strip()
    if _NOT_A_DATE.match(text):
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
