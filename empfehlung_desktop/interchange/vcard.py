"""vCard 2.1/3.0/4.0 reading (as Google, Apple, Outlook, Thunderbird, KDE write it) and 3.0 writing.

The reader is our own: vobject keeps only the text before the first comma of
FN, TITLE, ROLE and NOTE, decodes a file once instead of per value and refuses
a whole file for one odd line. Here every content line is decoded on its own
(quoted-printable in any case, its CHARSET, else UTF-8, else Windows-1252),
text values are unescaped per version (a comma is plain text in 2.1), and a
property without a field of its own goes into the notes as "Label: value".
Unknown or malformed lines become a hint naming card and line. Binary
properties (PHOTO, LOGO, SOUND, KEY) are dropped with a hint: we keep no pictures.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

from empfehlung_desktop.errors import UserError
from empfehlung_desktop.i18n import N_, _, translate
from empfehlung_desktop.interchange.export_row import ExportRow, export_row
from empfehlung_desktop.interchange.export_row import date_text as _date_text
from empfehlung_desktop.interchange.records import ExportedContact, ImportedContact, fold
from empfehlung_desktop.interchange.vcard_person import HANDLED as PERSON_PROPERTIES
from empfehlung_desktop.interchange.vcard_person import (
    KDE_MESSAGING,
    is_messenger,
    name_line,
    person_lines,
    read_birthday,
    read_person,
)
from empfehlung_desktop.interchange.vcard_person import read_own as read_own_person
from empfehlung_desktop.interchange.vcard_properties import NOTE_LABELS, TECHNICAL, TYPE_LABELS
from empfehlung_desktop.interchange.vcard_syntax import (
    _Card,
    _card_near,
    _components,
    _lines,
    _logical_lines,
    _parse_line,
    _Prop,
    _split_cards,
    _split_unescaped,
    _text,
    _unescape,
)
from empfehlung_desktop.interchange.vcard_vendors import (
    apple_label,
    read_android,
    relation_label,
)
from empfehlung_desktop.model import ContactSource, Role, SpiralStage

# Properties read into fields (the rest goes to the notes).
_HANDLED = frozenset(["FN", "ORG", "TITLE", "ROLE", "NOTE", "LABEL", *PERSON_PROPERTIES])


Cards = Sequence[tuple[int, list[tuple[int, bytes]]]]


def read_vcards(
    data: bytes, read: Callable[[Cards], list[ImportedContact]] | None = None
) -> list[ImportedContact]:
    """All contacts in a vCard file; raise :class:`UserError` naming a broken card.

    ``read`` turns the numbered cards into contacts (:func:`read_card` each; the
    import reads big files on two cores).
    """
    raw_cards, stray = _split_cards(_lines(data))
    if not raw_cards:
        if stray:
            raise UserError(
                _(
                    "Zeile {line_no} steht außerhalb einer Karte; die Datei ist keine "
                    "gültige vCard."
                ).format(line_no=stray[0][0])
            )
        raise UserError(_("Die Datei enthält keine vCard-Kontakte (keine Zeile „BEGIN:VCARD“)."))
    numbered = list(enumerate(raw_cards, start=1))
    if read is None:
        contacts = [read_card(number, lines) for number, lines in numbered]
    else:
        contacts = read(numbered)
    del numbered
    for line_no, text in stray:
        contacts[_card_near(raw_cards, line_no)].warnings.append(
            _("Zeile {line}: steht außerhalb einer Karte und wird übergangen („{value}“).").format(
                line=line_no, value=text[:60]
            )
        )
    return contacts


def read_card(number: int, lines: list[tuple[int, bytes]]) -> ImportedContact:
    """One card (its number in the file, its raw lines) as a contact."""
    card = _Card(number)
    for _line_no, line in lines[1:]:
        if line[:8].upper() == b"VERSION:":
            card.version = line[8:].strip().decode("ascii", errors="replace") or "3.0"
            break
    for line_no, line in _logical_lines(card, lines):
        prop = _parse_line(card, line_no, line)
        if prop is not None:
            card.props.append(prop)
    return _to_contact(card)


def _apple_labels(card: _Card) -> dict[str, str]:
    labels: dict[str, str] = {}
    for prop in card.props:
        if prop.group and prop.name.upper() == "X-ABLABEL":
            labels[prop.group.lower()] = apple_label(_text(prop, card.version))
    return labels


def _kind(prop: _Prop, labels: dict[str, str]) -> str:
    words = [translate(TYPE_LABELS[t]) for t in sorted(prop.types) if t in TYPE_LABELS]
    label = labels.get(prop.group.lower()) if prop.group else None
    if label and label not in words:
        words.append(label)
    return ", ".join(words)


def _to_contact(card: _Card) -> ImportedContact:
    result = ImportedContact(position=_("Karte {number}").format(number=card.number))
    result.warnings.extend(card.warnings)
    version = card.version
    labels = _apple_labels(card)
    by_name: dict[str, list[_Prop]] = {}
    for prop in card.props:
        by_name.setdefault(prop.name.upper(), []).append(prop)

    def extra(label: str, value: str, kind: str = "") -> None:
        if value:
            shown = f"{label} ({kind})" if kind else label
            result.extra.append(f"{shown}: {value}")

    fns = [t for t in (_text(p, version) for p in by_name.get("FN", [])) if t]
    if fns:
        result.name = fns[0]
        for other in fns[1:]:
            extra(translate(N_("Weiterer Name")), other)
    countries = read_person(result, card, by_name, lambda p: _kind(p, labels), extra)

    orgs = [" – ".join(c for c in _components(p, version) if c) for p in by_name.get("ORG", [])]
    orgs = [o for o in orgs if o]
    if orgs:
        result.organisation = orgs[0]
        for other in orgs[1:]:
            extra(translate(N_("Weitere Organisation")), other)
    titles = [t for t in (_text(p, version) for p in by_name.get("TITLE", [])) if t]
    roles = [t for t in (_text(p, version) for p in by_name.get("ROLE", [])) if t]
    if titles:
        result.profession = titles[0]
    elif roles:
        result.profession, roles = roles[0], roles[1:]
    for other in titles[1:]:
        extra(translate(N_("Weitere Position")), other)
    for other in roles:
        extra(translate(N_("Rolle")), other)

    result.notes = "\n".join(t for t in (_text(p, version) for p in by_name.get("NOTE", [])) if t)
    if not by_name.get("ADR"):
        for prop in by_name.get("LABEL", []):
            extra(translate(N_("Adresse")), _text(prop, version), _kind(prop, labels))
    if len(countries) == 1:
        result.country = countries.pop()

    for prop in card.props:
        upper = prop.name.upper()
        if upper in _HANDLED or upper in TECHNICAL or upper.startswith("X-COUCHDB-"):
            continue
        if is_messenger(prop.name):
            if KDE_MESSAGING.match(prop.name):
                result.warnings.append(
                    _("Zeile {line}: unbekannte Angabe „{name}“ – steht unter Messenger.").format(
                        line=prop.line, name=prop.name[:40]
                    )
                )
            continue
        if upper.startswith("X-EMPFEHLUNG-"):
            _read_own(result, prop, _text(prop, version))
            continue
        value = _text(prop, version)
        if not value:
            continue
        if not prop.name:
            extra(translate(N_("Unlesbare Zeile")), value)
            continue
        if upper == "X-ANDROID-CUSTOM":
            _read_android(result, prop, version, extra)
            continue
        if upper == "CLASS" and value.upper() == "PUBLIC":
            continue  # Outlook's default, not a choice of the user
        if upper == "X-SAMSUNGADR" and any(
            _components(prop, version) == _components(adr, version)
            for adr in by_name.get("ADR", [])
        ):
            continue  # Samsung phones repeat the address they wrote as ADR
        if upper in NOTE_LABELS:
            shown = _iso_date(value) if upper == "ANNIVERSARY" else value
            if upper == "NICKNAME" and version != "2.1":
                shown = ", ".join(
                    _unescape(n, version).strip() for n in _split_unescaped(prop.value, ",")
                )
            kind = relation_label(prop.types) if upper == "RELATED" else _kind(prop, labels)
            extra(translate(NOTE_LABELS[upper]), shown, kind)
            continue
        extra(prop.name, value)
        result.warnings.append(
            _("Zeile {line}: unbekannte Angabe „{name}“ – steht in den Notizen.").format(
                line=prop.line, name=prop.name[:40]
            )
        )
    uid = by_name.get("UID")
    if uid:
        result.uid = _as_uuid(_text(uid[0], version))
    if card.photo:
        result.warnings.append(_("Das Foto der Karte wird nicht übernommen."))
    if not result.name:
        result.name = result.organisation or result.email
    return result


def _read_android(
    result: ImportedContact, prop: _Prop, version: str, extra: Callable[..., None]
) -> None:
    """Android's nicknames, relations and dates; "Empfohlen von" becomes the referrer."""
    found = read_android(_components(prop, version))
    if found is None:
        return
    if found.birthday:
        read_birthday(result, found.value, extra)
    elif found.referred_by and not result.referred_by:
        result.referred_by = found.value
    else:
        extra(found.label, _iso_date(found.value))
    if not found.known:
        result.warnings.append(
            _("Zeile {line}: unbekannte Angabe „{name}“ – steht in den Notizen.").format(
                line=prop.line, name=found.label[:40]
            )
        )


def _iso_date(value: str) -> str:
    """ "19800321" → "1980-03-21"; anything else stays as written."""
    if re.fullmatch(r"\d{8}", value):
        return f"{value[:4]}-{value[4:6]}-{value[6:]}"
    return value


def _as_uuid(value: str) -> str:
    try:
        return str(uuid.UUID(value.removeprefix("urn:uuid:")))
    except ValueError:
        return ""


def _read_own(result: ImportedContact, prop: _Prop, value: str) -> None:
    """Our own X-EMPFEHLUNG-* properties (written by :func:`write_vcards`)."""
    name = prop.name.upper()
    try:
        if read_own_person(result, name, value):
            return
        if name == "X-EMPFEHLUNG-ROLES":
            roles = Role(0)
            for code in filter(None, (c.strip() for c in value.split(","))):
                roles |= Role[code.upper()]
            result.roles = roles
        elif name == "X-EMPFEHLUNG-SOURCE" and value:
            result.source = ContactSource(value)
        elif name == "X-EMPFEHLUNG-STAGE" and value:
            result.spiral_stage = SpiralStage(value)
        elif name == "X-EMPFEHLUNG-REFERRED-BY" and value:
            result.referred_by = value
            result.referred_by_uid = _as_uuid((prop.params.get("UID") or [""])[0])
        elif name == "X-EMPFEHLUNG-CONSENT-SHARE" and value:
            result.consent_share = True
            if value.upper() != "TRUE":
                result.consent_share_on = dt.date.fromisoformat(value)
    except (KeyError, ValueError):
        result.extra.append(f"{prop.name}: {value}")
        result.warnings.append(
            _("Zeile {line}: unbekannter Wert „{value}“ – steht in den Notizen.").format(
                line=prop.line, value=value[:40]
            )
        )


# -- writing ---------------------------------------------------------------


_NEEDS_ESCAPE = re.compile(r"[\\,;\r\n]")


def _escape(value: str) -> str:
    if not _NEEDS_ESCAPE.search(value):
        return value  # most values: no copy
    value = value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
    return value.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")


def card_text(
    contact: ExportedContact,
    referrer: tuple[str, str],
    details: Iterable[tuple[str, str, str]] = (),
    addresses: Iterable[tuple[str, str, str, str, str, str]] = (),
) -> str:
    """One contact as a vCard 3.0 (RFC 2426): UTF-8, CRLF, lines folded at 75 octets.

    ``referrer`` is (name, uid) of who referred them. Written directly rather than
    through vobject: the format is small, and vobject's serialiser needs about a
    millisecond per card (100 s at 100k). Roles, source, stage, referred-by and
    consent travel as X-EMPFEHLUNG-* properties so that our own export imports
    back without loss.
    """
    return card_of_row(export_row(contact, *referrer), tuple(details), tuple(addresses))


def card_of_row(
    row: ExportRow,
    details: Sequence[tuple[str, str, str]] = (),
    addresses: Sequence[tuple[str, str, str, str, str, str]] = (),
) -> str:
    """:func:`card_text` of a raw row (``export_row.COLUMNS``, codes as stored).

    The streamed export calls this once per contact: no enum objects, no
    attribute look-ups, only the lines a contact has.
    """
    (_ident, name, organisation, email, phone, profession, competences, notes, roles, source,
     stage, consent, consent_on, uid, salutation, title, given, family, suffix, address_form,
     birth_day, birth_month, birth_year, tags, referrer_name, referrer_uid) = row  # fmt: skip
    # Most cards need no escaping at all: one search over all their text, not one per value.
    plain = not details and not addresses
    escape: Callable[[str], str]
    if plain and not _NEEDS_ESCAPE.search(
        f"{name}{given}{family}{title}{suffix}{organisation}{email}{phone}{profession}"
        f"{notes}{referrer_name}{tags}{competences}"
    ):
        escape = str
    else:
        escape = _escape
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        "FN:" + escape(name),
        name_line(escape, given or "", family or "", title or "", suffix or "", name),
    ]
    if organisation:
        lines.append("ORG:" + escape(organisation))
    if email:
        lines.append("EMAIL;TYPE=INTERNET:" + escape(email))
    if phone:
        lines.append("TEL;TYPE=VOICE:" + escape(phone))
    if profession:
        lines.append("TITLE:" + escape(profession))
    salutation, address_form = salutation or "", address_form or ""
    if (
        birth_day is not None
        or tags
        or competences
        or not plain
        or salutation not in ("", "none")
        or address_form not in ("", "formal")
    ):
        lines += person_lines(
            escape,
            salutation=salutation,
            address_form=address_form,
            birthday=(birth_day, birth_month, birth_year),
            tags=tags or "",
            competences=competences or "",
            details=details,
            addresses=addresses,
        )
    if notes:
        lines.append("NOTE:" + escape(notes))
    role_names = _role_names(roles) if roles else ""
    if role_names:
        lines.append("X-EMPFEHLUNG-ROLES:" + role_names)
    if source:
        lines.append("X-EMPFEHLUNG-SOURCE:" + source)
    if stage:
        lines.append("X-EMPFEHLUNG-STAGE:" + stage)
    if referrer_name:
        lines.append(f"X-EMPFEHLUNG-REFERRED-BY;UID={referrer_uid or ''}:{escape(referrer_name)}")
    if consent:
        when = _date_text(consent_on) if consent_on else "TRUE"
        lines.append("X-EMPFEHLUNG-CONSENT-SHARE:" + when)
    lines.append(f"UID:urn:uuid:{uid}")
    lines.append("END:VCARD\r\n")
    text = "\r\n".join(lines)
    if text.isascii() and max(map(len, lines)) <= 75:
        return text  # nothing to fold (most cards)
    # Only lines that might exceed 75 octets are folded (an export has millions);
    # a line of at most 18 characters has at most 72 octets.
    return "\r\n".join(
        [
            fold(line) if len(line) > 18 and (len(line) > 75 or not line.isascii()) else line
            for line in lines
        ]
    )


@lru_cache(maxsize=64)
def _role_names(bits: int) -> str:
    """ "client,referrer" for a stored bit mask ("" for none)."""
    roles = Role(bits)
    return ",".join(r.name.lower() for r in Role.singles() if r in roles and r.name)
