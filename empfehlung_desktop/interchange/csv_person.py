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
from collections.abc import Callable
from functools import lru_cache
from itertools import compress

from empfehlung_desktop.i18n import N_, _, translate
from empfehlung_desktop.interchange.countries import country_code
from empfehlung_desktop.interchange.csv_columns import (
    ADDRESS_PARTS,
    LABEL_COLUMN,
    NOT_READ,
    Column,
    is_placeholder,
    normalise_header,
    parse_date_cell,
)
from empfehlung_desktop.interchange.csv_write import OWN_FIELDS, parse_more_line, read_own
from empfehlung_desktop.interchange.records import ImportedContact
from empfehlung_desktop.model import (
    DetailKind,
    Salutation,
)
from empfehlung_desktop.names import compose_name, split_prefix
from empfehlung_desktop.services.contacts.person import AddressData, DetailData

SINGLE_FIELDS = ("name", "organisation", "email", "profession", "competences", "uid")
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
_SYSTEM_GROUPS = {"mycontacts", "my contacts", "starred"}


class _Row:
    """What one row has said so far."""

    __slots__ = (
        "birth",
        "emails",
        "family",
        "given",
        "middle",
        "more",
        "notes",
        "phones",
        "place_labels",
        "places",
        "suffix",
        "tags",
        "title",
        "webs",
    )

    def __init__(self) -> None:
        self.given: list[str] = []
        self.middle: list[str] = []
        self.family: list[str] = []
        self.title: list[str] = []
        self.suffix: list[str] = []
        self.phones: list[tuple[int, int, str, str]] = []
        self.emails: list[tuple[str, str]] = []
        self.webs: list[DetailData] = []
        self.places: dict[str, dict[str, list[str]]] = {}
        self.place_labels: dict[str, str] = {}
        self.birth: dict[str, tuple[str, str]] = {}
        self.tags: list[str] = []
        self.notes: list[str] = []
        self.more: list[DetailData | AddressData] = []


# How one cell is taken: (contact, row so far, column, value, its label, shown as).
Take = Callable[[ImportedContact, _Row, Column, str, str, str], None]


class _Reader:
    """What :func:`row_contact` does with each column, decided once per column plan
    instead of once per cell: the handler of its target, whether its values need
    the placeholder check, and which columns are Google's label columns."""

    def __init__(self, columns: list[Column]) -> None:
        self.columns = columns
        self.slots: list[tuple[Column, Take, bool] | None] = [
            None
            if column.target in NOT_READ
            else (column, _handler(column.target), bool(column.placeholders or column.check))
            for column in columns
        ]
        self.labels: list[tuple[int, str]] = []
        for column in columns:
            found = LABEL_COLUMN.match(column.header.strip())
            if column.target == "label" and found:
                self.labels.append((column.index, found.group("group")))


_last_reader: _Reader | None = None


def _reader(columns: list[Column]) -> _Reader:
    global _last_reader
    reader = _last_reader  # one plan serves a whole file (or a chunk of it)
    if reader is None or reader.columns is not columns:
        reader = _last_reader = _Reader(columns)
    return reader


def row_contact(columns: list[Column], line: int, cells: list[str]) -> ImportedContact:
    result = ImportedContact(position=_("Zeile {line}").format(line=line))
    row = _Row()
    reader = _reader(columns)
    labels = _group_labels(reader.labels, cells) if reader.labels else None
    # Most cells of a vendor export are empty: compress() skips them without a
    # Python step each (``slots`` is in column order, one per index).
    for slot in compress(reader.slots, cells):
        if slot is None:
            continue
        column, take, checked = slot
        value = cells[column.index].strip()
        if not value or (checked and is_placeholder(column, value, cells)):
            continue
        if labels and column.group:
            label = labels.get(column.group, "")
            take(
                result,
                row,
                column,
                value,
                label,
                f"{column.header} ({label})" if label else column.header,
            )
        else:
            take(result, row, column, value, "", column.header)
    _finish(result, row)
    return result


def _group_labels(label_columns: list[tuple[int, str]], cells: list[str]) -> dict[str, str]:
    """Google's "E-mail 1 - Type: * Work" names the "E-mail 1 - Value" beside it."""
    labels: dict[str, str] = {}
    size = len(cells)
    for index, group in label_columns:
        value = cells[index].strip() if index < size else ""
        if value:
            # Google's IM columns have a type and a service: "Home, Skype".
            value = value.removeprefix("* ").strip()
            labels[group] = f"{labels[group]}, {value}" if group in labels else value
    return labels


# -- one handler per target (chosen in _handler, in the order the targets are tried) --


def _take_single(
    result: ImportedContact, _row: _Row, column: Column, value: str, _label: str, shown: str
) -> None:
    if getattr(result, column.target):
        result.extra.append(f"{shown}: {value}")
    else:
        setattr(result, column.target, value)


def _take_name_part(
    _result: ImportedContact, row: _Row, column: Column, value: str, _label: str, _shown: str
) -> None:
    getattr(row, _NAME_LISTS[column.target]).append(value)


def _take_salutation(
    result: ImportedContact, row: _Row, _column: Column, value: str, _label: str, _shown: str
) -> None:
    person = result.person
    code, title, rest = split_prefix(value)
    if code and person.salutation is Salutation.NONE:
        person.salutation = _SALUTATION_CODES[code]
    elif code:
        rest = [value]
        title = ""
    row.title.extend(p for p in (title, " ".join(rest)) if p)


def _take_gender(
    result: ImportedContact, row: _Row, column: Column, value: str, label: str, shown: str
) -> None:
    gender = _GENDER.get(value.casefold())
    if gender is None:
        _take_extra(result, row, column, value, label, shown)
    elif result.person.salutation is Salutation.NONE:
        result.person.salutation = gender
    elif result.person.salutation is not gender:
        result.extra.append(f"{shown}: {value}")


_EMAIL_SPLIT = re.compile(r"\s*[;,]\s*|\s+:::\s+")


def _take_email(
    _result: ImportedContact, row: _Row, _column: Column, value: str, label: str, _shown: str
) -> None:
    if "," not in value and ";" not in value and ":" not in value:
        row.emails.append((value, label))  # one address: nothing to split
        return
    parts = _EMAIL_SPLIT.split(value)
    if not all("@" in p for p in parts if p):
        parts = _parts(value)  # "Name, Vorname <a@b.de>" stays whole
    row.emails.extend((part, label) for part in parts if part)


def _take_phone(
    _result: ImportedContact, row: _Row, column: Column, value: str, label: str, _shown: str
) -> None:
    # Google writes several numbers of one kind into one cell, " ::: " apart.
    phone_label = label if column.group else column.header
    for part in _parts(value):
        row.phones.append((column.rank, len(row.phones), part, phone_label))


def _take_messenger(
    _result: ImportedContact, row: _Row, column: Column, value: str, label: str, _shown: str
) -> None:
    for part in _parts(value):
        row.webs.append(DetailData(DetailKind.MESSENGER, part, label or column.header))


def _take_web(
    _result: ImportedContact, row: _Row, _column: Column, value: str, label: str, _shown: str
) -> None:
    row.webs.extend(DetailData(DetailKind.WEB, p, label or _site(p)) for p in _parts(value))


def _take_address_part(
    _result: ImportedContact, row: _Row, column: Column, value: str, label: str, shown: str
) -> None:
    target = column.target
    place = row.places.setdefault(column.group, {})
    if "\n" in value:
        value = value.replace("\r\n", "\n").replace("\n", ", ")
    place.setdefault(target, []).append(value)
    if target == "address":
        place.setdefault("shown", []).append(shown)
    if label:
        row.place_labels.setdefault(column.group, label)


def _take_address_label(
    _result: ImportedContact, row: _Row, column: Column, value: str, _label: str, _shown: str
) -> None:
    row.place_labels[column.group] = value


def _take_birth(
    result: ImportedContact, row: _Row, column: Column, value: str, _label: str, shown: str
) -> None:
    target = column.target
    if target == "birthday" and value.isdigit() and len(value) <= 2:
        target = "birth_day"  # German Thunderbird: "Geburtstag" is the day of the month
    row.birth.setdefault(target, (shown, value))
    if row.birth[target] != (shown, value):
        result.extra.append(f"{shown}: {value}")


def _take_tags(
    _result: ImportedContact, row: _Row, _column: Column, value: str, _label: str, _shown: str
) -> None:
    row.tags.append(value)


def _take_notes(
    _result: ImportedContact, row: _Row, _column: Column, value: str, _label: str, _shown: str
) -> None:
    row.notes.append(value)


def _take_own(
    result: ImportedContact, _row: _Row, column: Column, value: str, _label: str, shown: str
) -> None:
    if not read_own(result, column.target, value):
        result.extra.append(f"{shown}: {value}")


def _take_extra(
    result: ImportedContact, _row: _Row, _column: Column, value: str, _label: str, shown: str
) -> None:
    result.extra.append(f"{shown}: {value}")


_NAME_LISTS = {
    "first_name": "given",
    "middle_name": "middle",
    "last_name": "family",
    "title": "title",
    "name_suffix": "suffix",
}


def _parts(value: str) -> list[str]:
    if ":::" not in value:  # almost always: one value
        value = value.strip()
        return [value] if value else []
    return [p.strip() for p in value.split(":::") if p.strip()]


def _site(url: str) -> str:
    folded = url.casefold()
    for marker, name in (("linkedin.", "LinkedIn"), ("xing.", "XING")):
        if marker in folded:
            return name
    return ""


def _take_more(
    result: ImportedContact, row: _Row, _column: Column, value: str, _label: str, shown: str
) -> None:
    for line in value.splitlines():
        if not line.strip():
            continue
        item = parse_more_line(line)
        if item is None:
            result.extra.append(f"{shown}: {line}")
        else:
            row.more.append(item)


def _handler(target: str) -> Take:
    """The handler of a column's target (the first that claims it)."""
    if target in SINGLE_FIELDS and target != "email":
        return _take_single
    return next((take for claims, take in _HANDLERS if claims(target)), _take_extra)


_HANDLERS: tuple[tuple[Callable[[str], bool], Take], ...] = (
    (lambda t: t in _NAME_LISTS, _take_name_part),
    (lambda t: t == "salutation", _take_salutation),
    (lambda t: t == "gender", _take_gender),
    (lambda t: t == "email", _take_email),
    (lambda t: t in ("phone", "mobile"), _take_phone),
    (lambda t: t == "messenger", _take_messenger),
    (lambda t: t == "web", _take_web),
    (lambda t: t in ADDRESS_PARTS, _take_address_part),
    (lambda t: t == "address_label", _take_address_label),
    (lambda t: t in ("birthday", "birth_year", "birth_month", "birth_day"), _take_birth),
    (lambda t: t == "tags", _take_tags),
    (lambda t: t == "notes", _take_notes),
    (lambda t: t == "more", _take_more),
    (lambda t: t in OWN_FIELDS, _take_own),
)


def _finish(result: ImportedContact, row: _Row) -> None:
    person = result.person
    person.given_name = " ".join([*row.given, *row.middle])
    person.family_name = " ".join(row.family)
    person.title = " ".join(row.title)
    person.name_suffix = " ".join(row.suffix)
    phones = row.phones
    if phones:
        phones.sort()  # by rank, then order (the order is unique: the texts never decide)
        result.phone = phones[0][2]
    details = person.details
    if row.emails:
        result.email = row.emails[0][0]
        details.extend(DetailData(DetailKind.EMAIL, v, lbl) for v, lbl in row.emails[1:])
    details.extend(DetailData(DetailKind.PHONE, v, lbl) for _r, _o, v, lbl in phones[1:])
    details.extend(row.webs)
    countries = _addresses(result, row) if row.places else set()
    if row.more:
        details.extend(item for item in row.more if isinstance(item, DetailData))
        person.addresses.extend(item for item in row.more if isinstance(item, AddressData))
    if row.birth:
        _birthday(result, row)
    if row.tags:
        person.tags = _tags(tuple(row.tags))
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


_TAG_SPLIT = re.compile(r":::|;|,")


@lru_cache(maxsize=4096)  # a file repeats its few categories in row after row
def _tags(texts: tuple[str, ...]) -> str:
    tags = [t for text in texts for t in _TAG_SPLIT.split(text)]
    return ", ".join(
        dict.fromkeys(
            t.removeprefix("* ").strip()
            for t in tags
            if t.strip() and t.removeprefix("* ").strip().casefold() not in _SYSTEM_GROUPS
        )
    )


_NONE: tuple[str, ...] = ()
# A file repeats its few country names in every row.
_country_code = lru_cache(maxsize=1024)(country_code)


def _addresses(result: ImportedContact, row: _Row) -> set[str]:
    countries: set[str] = set()
    for group, parts in row.places.items():
        get = parts.get
        lines = get("address", _NONE)
        street = ", ".join(get("street", _NONE))
        numbers = get("house_number")
        if numbers:  # a list that keeps the house number in a column of its own
            street = " ".join(p for p in (street, ", ".join(numbers)) if p)
        postcode = ", ".join(get("postcode", _NONE))
        city = ", ".join(get("city", _NONE))
        region = ", ".join(get("region", _NONE))
        country = ", ".join(get("country", _NONE))
        label = row.place_labels.get(group) or (
            translate(_GROUP_LABELS[group]) if group in _GROUP_LABELS else ""
        )
        empty = not (street or postcode or city or region or country)  # AddressData.is_empty
        if empty and lines:
            # Only a formatted one-line address: it becomes the street line.
            street = ", ".join(lines)
            empty = not street
        elif lines:
            # Google's "Formatted" beside the parts: kept as written, in the notes.
            shown = get("shown", _NONE)
            result.extra.extend(f"{h}: {text}" for h, text in zip(shown, lines, strict=True))
        if empty:
            continue
        for name in get("country", _NONE):
            code = _country_code(name)
            if code:
                countries.add(code)
        result.person.addresses.append(AddressData(street, postcode, city, region, country, label))
    return countries


def _birthday(result: ImportedContact, row: _Row) -> None:
    person = result.person
    if "birthday" in row.birth:
        shown, value = row.birth["birthday"]
        english = not normalise_header(shown).startswith("geburt")
        found = _date_cell(value, english=english)
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


# Birthdays repeat (and a file writes them all alike): each distinct cell is read once.
_date_cell = lru_cache(maxsize=8192)(parse_date_cell)
