"""Vendors' own codes in vCards, read as the words the user chose on the phone.

Apple labels an item group with ``X-ABLabel``; its standard labels are codes like
``_$!<Friend>!$_`` (the same in every language), a label the user typed is plain text.

Android writes what vCard 2.1 has no property for as
``X-ANDROID-CUSTOM:vnd.android.cursor.item/<kind>;data1;…``: nicknames, relations
("Empfohlen von" among them) and dates other than the birthday. For the kinds below
``data1`` is the value, ``data2`` a type code and ``data3`` the user's own label when
the type code is 0. Unknown kinds keep all their non-empty columns.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from empfehlung_desktop.i18n import N_, translate

_PREFIX = "vnd.android.cursor.item/"

# Type codes of Android's ContactsContract data kinds (0 means "custom label").
_NICKNAME_TYPES = {
    1: N_("Spitzname"),
    2: N_("Anderer Name"),
    3: N_("Geburtsname"),
    4: N_("Kurzname"),
    5: N_("Initialen"),
}
_RELATION_TYPES = {
    1: N_("Assistenz"),
    2: N_("Bruder"),
    3: N_("Kind"),
    4: N_("Lebenspartner/in"),
    5: N_("Vater"),
    6: N_("Freund/in"),
    7: N_("Vorgesetzte/r"),
    8: N_("Mutter"),
    9: N_("Elternteil"),
    10: N_("Partner/in"),
    11: N_("Empfohlen von"),
    12: N_("Verwandte/r"),
    13: N_("Schwester"),
    14: N_("Ehepartner/in"),
}
_EVENT_TYPES = {1: N_("Jahrestag"), 2: N_("Datum"), 3: N_("Geburtstag")}
_KINDS = {
    "nickname": (N_("Spitzname"), _NICKNAME_TYPES),
    "relation": (N_("Beziehung"), _RELATION_TYPES),
    "contact_event": (N_("Datum"), _EVENT_TYPES),
}
REFERRED_BY = 11

_APPLE_CODE = re.compile(r"^_\$!<(.*)>!\$_$")
_APPLE_LABELS = {
    "home": N_("Privat"),
    "work": N_("Arbeit"),
    "other": N_("Andere"),
    "mobile": N_("Mobil"),
    "main": N_("Hauptnummer"),
    "homefax": N_("Fax privat"),
    "workfax": N_("Fax geschäftlich"),
    "otherfax": N_("Fax"),
    "pager": N_("Pager"),
    "homepage": N_("Homepage"),
    "anniversary": N_("Jahrestag"),
    "father": N_("Vater"),
    "mother": N_("Mutter"),
    "parent": N_("Elternteil"),
    "brother": N_("Bruder"),
    "sister": N_("Schwester"),
    "child": N_("Kind"),
    "friend": N_("Freund/in"),
    "spouse": N_("Ehepartner/in"),
    "partner": N_("Partner/in"),
    "assistant": N_("Assistenz"),
    "manager": N_("Vorgesetzte/r"),
}


def relation_label(types: AbstractSet[str]) -> str:
    """vCard 4.0's RELATED types ("spouse", "child", "friend" …) in the UI language."""
    known = [_APPLE_LABELS.get(t.casefold()) for t in sorted(types)]
    return ", ".join(
        translate(k) if k is not None else t for k, t in zip(known, sorted(types), strict=True)
    )


def apple_label(text: str) -> str:
    """An ``X-ABLabel`` value as shown: Apple's standard codes in the UI language."""
    found = _APPLE_CODE.match(text)
    if found is None:
        return text
    code = found.group(1)
    known = _APPLE_LABELS.get(code.casefold())
    return translate(known) if known is not None else code


@dataclass(frozen=True)
class AndroidValue:
    """One value of an ``X-ANDROID-CUSTOM`` line, with the label it goes to the notes under."""

    label: str
    value: str
    referred_by: bool = False  # a relation of type "Referred by": who recommended the person
    birthday: bool = False  # an event of type "Birthday"
    known: bool = True  # False: a data kind this reader does not know (the preview says so)


def read_android(components: list[str]) -> AndroidValue | None:
    """The value of one ``X-ANDROID-CUSTOM`` line split at its semicolons (unescaped)."""
    if not components:
        return None
    mime, data = components[0].strip(), components[1:]
    kind = mime.removeprefix(_PREFIX)
    if kind not in _KINDS:
        values = [d for d in data if d]
        if not values:
            return None
        label = kind.rsplit("/", 1)[-1] or mime
        return AndroidValue(f"Android ({label})", "; ".join(values), known=False)
    value = data[0] if data else ""
    if not value:
        return None
    general, types = _KINDS[kind]
    code = _code(data[1] if len(data) > 1 else "")
    own_label = data[2] if len(data) > 2 else ""
    if code in types:
        label = translate(types[code])
    elif own_label:
        label = f"{translate(general)} ({own_label})"
    else:
        label = translate(general)
    return AndroidValue(
        label,
        value,
        referred_by=kind == "relation" and code == REFERRED_BY,
        birthday=kind == "contact_event" and code == 3,
    )


def _code(text: str) -> int | None:
    try:
        return int(text)
    except ValueError:
        return None
