"""What a reader delivers: contacts as plain data, before anything is written."""

from __future__ import annotations

import codecs
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from empfehlung_desktop.model import Contact, ContactSource, Role, SpiralStage

# Contact id → (name, uid) of the contact who referred them (for exports).
Referrers = Mapping[int, tuple[str, str]]


def referrer_of(contact: Contact, referrers: Referrers | None) -> tuple[str, str]:
    """(name, uid) of who referred ``contact``, or ("", "")."""
    if contact.referred_by_id is None:
        return "", ""
    if referrers is not None:
        return referrers.get(contact.id, ("", ""))
    other = contact.referred_by
    return (other.name, other.uid or "") if other is not None else ("", "")


@dataclass
class ImportedContact:
    """One contact read from a file, with where it came from in that file.

    ``position`` names the place for messages ("Karte 3", "Zeile 12").
    ``extra`` collects values we have no field for (second email, other
    phones, birthday, websites …) as "Label: value"; they end up in the notes
    so nothing the user had is lost, and the preview counts them as a hint.
    ``warnings`` are the reader's hints (unknown lines, with their line).
    ``country`` is the ISO code of the contact's address country when the file
    names exactly one; it decides how a national phone number is read.
    The remaining fields round-trip our own exports.
    """

    position: str
    name: str = ""
    organisation: str = ""
    email: str = ""
    phone: str = ""
    profession: str = ""
    competences: str = ""
    notes: str = ""
    extra: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    country: str = ""
    uid: str = ""
    roles: Role = field(default_factory=lambda: Role(0))
    source: ContactSource | None = None
    spiral_stage: SpiralStage | None = None
    referred_by: str = ""
    referred_by_uid: str = ""
    consent_share: bool = False
    consent_share_on: dt.date | None = None

    def full_notes(self) -> str:
        parts = [self.notes.strip(), *(line for line in self.extra if line.strip())]
        return "\n".join(p for p in parts if p)


def decode_with_name(data: bytes) -> tuple[str, str]:
    """The text and the name of the encoding it was read with.

    Excel's "Unicode-Text" and some Apple exports are UTF-16 with a BOM.
    Windows-1252 maps almost every byte, so it is the fallback German Excel
    and old Outlook files need; undefined bytes are replaced, never fatal.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "UTF-16"
    if len(data) > 3 and data[1:2] == b"\0" and data[3:4] == b"\0":
        return data.decode("utf-16-le", errors="replace"), "UTF-16"
    if len(data) > 3 and data[0:1] == b"\0" and data[2:3] == b"\0":
        return data.decode("utf-16-be", errors="replace"), "UTF-16"
    try:
        return data.decode("utf-8-sig"), "UTF-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "Windows-1252"


def split_name(full: str) -> tuple[str, str]:
    """Split "Anna Maria Schmidt" into ("Anna Maria", "Schmidt") for N fields."""
    parts = full.split()
    if len(parts) < 2:
        return "", full.strip()
    return " ".join(parts[:-1]), parts[-1]


def fold(line: str) -> str:
    """Fold a content line at 75 octets without splitting a UTF-8 character.

    vCard and iCalendar (RFC 5545 §3.1) continue a line with CRLF and a space.
    """
    out: list[str] = []
    current, size = "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > 75:
            out.append(current)
            current, size = " ", 1
        current += char
        size += width
    out.append(current)
    return "\r\n".join(out)
