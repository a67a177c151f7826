"""The person in a vCard: name parts, birthday, further e-mails and phones, addresses,
websites, profiles, messengers, tags, and the Anrede — read into fields, and written.

:mod:`interchange.vcard` reads the card and keeps what has no field in the notes;
this module gives the person model's fields their vCard form.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from empfehlung_desktop.i18n import N_, translate
from empfehlung_desktop.interchange.countries import country_code
from empfehlung_desktop.interchange.records import ImportedContact
from empfehlung_desktop.interchange.vcard_syntax import (
    _Card,
    _components,
    _Prop,
    _split_unescaped,
    _text,
    _unescape,
)
from empfehlung_desktop.model import AddressForm, DetailKind, Salutation
from empfehlung_desktop.names import split_name, split_prefix
from empfehlung_desktop.services.contacts.person import (
    AddressData,
    DetailData,
    iso_birthday,
    parse_birthday,
)

Kind = Callable[[_Prop], str]

_WEB = ("URL", "X-EVOLUTION-BLOG-URL", "X-KADDRESSBOOK-BLOGFEED", "X-SOCIALPROFILE")
_BLOGS = frozenset(["X-EVOLUTION-BLOG-URL", "X-KADDRESSBOOK-BLOGFEED"])
# Outlook writes its further phones (assistant, callback, company main …) as X-MS-TEL.
_PHONES = ("TEL", "X-MS-TEL", "X-MS-RM-COMPANYTELEPHONE")
_PLAIN_TYPES = frozenset(["voice", "pref", "internet", "x400"])
_MESSENGERS = frozenset(
    [
        "IMPP",
        "X-AIM",
        "X-ICQ",
        "X-JABBER",
        "X-MSN",
        "X-YAHOO",
        "X-SKYPE",
        "X-SKYPE-USERNAME",
        "X-GOOGLE-TALK",
        "X-GTALK",
        "X-GADUGADU",
        "X-GROUPWISE",
        "X-QQ",
        "X-TWITTER",
        "X-XMPP",
        "X-SIP",
        "X-MS-IMADDRESS",
        "X-MS-RM-IMACCOUNT",
        "X-KADDRESSBOOK-X-IMADDRESS",
    ]
)
KDE_MESSAGING = re.compile(r"^X-MESSAGING/([A-Za-z0-9]+)-ALL$", re.IGNORECASE)
_SYSTEM_GROUPS = {"mycontacts", "starred", "imported on"}
_GENDER = {"f": Salutation.MS, "female": Salutation.MS, "m": Salutation.MR, "male": Salutation.MR}
_SALUTATION_CODES = {"ms": Salutation.MS, "mr": Salutation.MR}
# Apple writes a birthday without year as 1604 (X-APPLE-OMIT-YEAR=1604).
_NO_YEAR = {1604, 1900}

# Properties this module turns into fields (the reader skips them afterwards).
HANDLED = frozenset(["N", "EMAIL", "ADR", "BDAY", "CATEGORIES", "GENDER", *_PHONES, *_WEB])


@lru_cache(maxsize=1024)
def is_messenger(name: str) -> bool:
    return name.upper() in _MESSENGERS or bool(KDE_MESSAGING.match(name))


def read_person(
    result: ImportedContact,
    card: _Card,
    by_name: dict[str, list[_Prop]],
    kind: Kind,
    extra: Callable[[str, str, str], None],
) -> set[str]:
    """Fill ``result.person`` (and e-mail, phone); return the address countries found."""
    version = card.version
    person = result.person
    _read_name(result, by_name.get("N", []), version)
    emails = [(p, _text(p, version)) for p in _ordered(by_name.get("EMAIL", []))]
    emails = [(p, v) for p, v in emails if v]
    if emails:
        result.email = emails[0][1]
        _main_label(card, emails[0][0], N_("E-Mail"), emails[0][1], extra)
    person.details.extend(DetailData(DetailKind.EMAIL, v, kind(p)) for p, v in emails[1:])
    tel = [p for name in _PHONES for p in by_name.get(name, [])]
    phones = [(p, _text(p, version).removeprefix("tel:")) for p in _ordered(tel)]
    phones = [(p, v) for p, v in phones if v]
    if phones:
        result.phone = phones[0][1]
        _main_label(card, phones[0][0], N_("Telefon"), phones[0][1], extra)
    person.details.extend(
        DetailData(DetailKind.PHONE, v, _phone_kind(p, kind)) for p, v in phones[1:]
    )
    for name in _WEB:
        for prop in by_name.get(name, []):
            value = _text(prop, version)
            if value:
                label = kind(prop) or ", ".join(sorted(prop.types))
                label = label or ("Blog" if name in _BLOGS else "")
                person.details.append(DetailData(DetailKind.WEB, value, label))
    messengers: set[str] = set()
    for prop in card.props:
        if is_messenger(prop.name):
            value = _text(prop, version)
            found = KDE_MESSAGING.match(prop.name)
            service = found.group(1) if found else prop.name.removeprefix("X-")
            if service.upper().startswith(("MS-", "KADDRESSBOOK-")):
                service = "im"  # Outlook's and KDE's own property names no service
            if prop.name.upper() == "IMPP":
                service = value.split(":", 1)[0] if ":" in value else kind(prop)
            # KDE writes one address twice: X-messaging/…-All and X-KADDRESSBOOK-X-IMAddress.
            if value and value.casefold() not in messengers:
                messengers.add(value.casefold())
                person.details.append(DetailData(DetailKind.MESSENGER, value, service.lower()))
    for prop in by_name.get("BDAY", []):
        read_birthday(result, _text(prop, version), extra)
    tags: list[str] = []
    for prop in by_name.get("CATEGORIES", []):
        raw = [prop.value]
        for sep in ",;" if version == "2.1" else ",":
            raw = [piece for item in raw for piece in _split_unescaped(item, sep)]
        tags.extend(t for t in (_unescape(r, version).strip() for r in raw) if t)
    # Google exports its system group "myContacts" as a category.
    person.tags = ", ".join(dict.fromkeys(t for t in tags if t.casefold() not in _SYSTEM_GROUPS))
    for prop in by_name.get("GENDER", []):
        value = _text(prop, version)
        code = _GENDER.get(value.split(";", 1)[0].strip().casefold())
        if code is not None and person.salutation is Salutation.NONE:
            person.salutation = code
        elif value:
            extra(translate(N_("Geschlecht")), value, "")
    return _read_addresses(result, by_name.get("ADR", []), version, kind, card)


def _phone_kind(prop: _Prop, kind: Kind) -> str:
    """The label of a further phone; types we have no word for (Outlook's "x-tty" …)
    are kept as written."""
    return kind(prop) or ", ".join(sorted(t for t in prop.types if t not in _PLAIN_TYPES))


def _main_label(
    card: _Card, prop: _Prop, field: str, value: str, extra: Callable[[str, str, str], None]
) -> None:
    """The main e-mail and phone have no label of their own: a label the user typed
    (Apple's X-ABLabel "Zentrale", not one of its standard codes) goes to the notes."""
    if not prop.group:
        return
    for other in card.props:
        if other.group.lower() == prop.group.lower() and other.name.upper() == "X-ABLABEL":
            label = _text(other, card.version)
            if label and not label.startswith("_$!<"):
                extra(translate(field), value, label)


def _ordered(props: list[_Prop]) -> list[_Prop]:
    """Preferred first (PREF or TYPE=pref), otherwise file order."""
    return sorted(props, key=lambda p: 0 if p.pref else 1)


def _read_name(result: ImportedContact, props: list[_Prop], version: str) -> None:
    person = result.person
    for prop in props[:1]:
        parts = _components(prop, version) + [""] * 5
        family, given, additional, prefix, suffix = (p.strip() for p in parts[:5])
        salutation, title, rest = split_prefix(prefix)
        person.family_name = family
        person.given_name = " ".join(p for p in (given, additional) if p)
        person.title = " ".join(p for p in (title, *rest) if p)
        person.name_suffix = suffix
        person.salutation = _SALUTATION_CODES.get(salutation, Salutation.NONE)
        if not result.name:
            ordered = (person.title, person.given_name, person.family_name)
            result.name = " ".join(p for p in ordered if p)
            if suffix and result.name:
                result.name += f", {suffix}"
    for prop in props[1:]:
        joined = " ".join(p for p in _components(prop, version) if p)
        if joined:
            result.extra.append(f"{translate(N_('Weiterer Name'))}: {joined}")


def read_birthday(result: ImportedContact, value: str, extra: Callable[..., None]) -> None:
    person = result.person
    try:
        day, month, year = parse_birthday(value)
    except ValueError:
        extra(translate(N_("Geburtstag")), value, "")
        return
    if day is None or person.birth_day is not None:
        if day is not None:
            extra(translate(N_("Geburtstag")), value, "")
        return
    person.birth_day, person.birth_month = day, month
    person.birth_year = None if year in _NO_YEAR else year


def _read_addresses(
    result: ImportedContact, props: list[_Prop], version: str, kind: Kind, card: _Card
) -> set[str]:
    countries: set[str] = set()
    abadr = {
        p.group.lower(): _text(p, version)
        for p in card.props
        if p.group and p.name.upper() == "X-ABADR"
    }
    for prop in props:
        parts = [p.strip() for p in _components(prop, version)] + [""] * 7
        box, extended, street, city, region, code, country = parts[:7]
        found = country_code(country) or country_code(abadr.get(prop.group.lower(), ""))
        if found:
            countries.add(found)
        address = AddressData(
            street=", ".join(p for p in (box, extended, street) if p),
            postcode=code,
            city=city,
            region=region,
            country=country,
            label=kind(prop),
        )
        if not address.is_empty():
            result.person.addresses.append(address)
    return countries


def read_own(result: ImportedContact, name: str, value: str) -> bool:
    """Our own person properties; False if ``name`` is not one of them."""
    if name == "X-EMPFEHLUNG-SALUTATION":
        result.person.salutation = Salutation(value)
    elif name == "X-EMPFEHLUNG-ADDRESS-FORM":
        result.person.address_form = AddressForm(value)
    elif name == "X-EMPFEHLUNG-COMPETENCES":
        result.competences = value
    else:
        return False
    return True


# -- writing ---------------------------------------------------------------------


def name_line(
    escape: Callable[[str], str], given: str, family: str, title: str, suffix: str, name: str
) -> str:
    """The N line; a contact without name parts gets them split from its name."""
    if not given and not family:
        parts = split_name(name)
        given, family = parts.given, parts.family
        title, suffix = title or parts.title, suffix or parts.suffix
    return f"N:{escape(family)};{escape(given)};;{escape(title)};{escape(suffix)}"


def person_lines(
    escape: Callable[[str], str],
    *,
    salutation: str,
    address_form: str,
    birthday: tuple[int | None, int | None, int | None],
    tags: str,
    competences: str,
    details: Iterable[tuple[str, str, str]],
    addresses: Iterable[tuple[str, str, str, str, str, str]],
) -> list[str]:
    """Content lines for the person's fields (codes as stored: "ms", "formal" …).

    A label travels as Apple's grouped X-ABLABEL ("item1.TEL:…", "item1.X-ABLABEL:
    Mobil"), which Apple, Google and our reader understand.
    """
    lines: list[str] = []
    iso = iso_birthday(*birthday)
    if iso:
        lines.append(f"BDAY:{iso}")
    group = 0

    def labelled(line: str, label: str) -> None:
        nonlocal group
        if not label:
            lines.append(line)
            return
        group += 1
        lines.append(f"item{group}.{line}")
        lines.append(f"item{group}.X-ABLABEL:{escape(label)}")

    prefixes = {
        DetailKind.EMAIL.value: "EMAIL;TYPE=INTERNET",
        DetailKind.PHONE.value: "TEL",
        DetailKind.WEB.value: "URL",
    }
    for kind, label, value in details:
        labelled(f"{prefixes.get(kind, 'IMPP')}:{escape(value)}", label)
    for label, street, postcode, city, region, country in addresses:
        parts = ("", "", street, city, region, postcode, country)
        labelled("ADR:" + ";".join(escape(p) for p in parts), label)
    tag_list = [t.strip() for t in tags.split(",") if t.strip()]
    if tag_list:
        lines.append("CATEGORIES:" + ",".join(escape(t) for t in tag_list))
    if competences.strip():
        lines.append(f"X-EMPFEHLUNG-COMPETENCES:{escape(competences.strip())}")
    if salutation and salutation != Salutation.NONE.value:
        lines.append(f"X-EMPFEHLUNG-SALUTATION:{salutation}")
    if address_form and address_form != AddressForm.FORMAL.value:
        lines.append(f"X-EMPFEHLUNG-ADDRESS-FORM:{address_form}")
    return lines
