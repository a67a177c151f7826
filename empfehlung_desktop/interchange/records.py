"""What a reader delivers: contacts as plain data, before anything is written."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ImportedContact:
    """One contact read from a file, with where it came from in that file.

    ``position`` names the place for messages ("Karte 3", "Zeile 12").
    ``extra`` collects values we have no field for (second email, other
    phones); they end up in the notes so nothing the user had is lost.
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

    def full_notes(self) -> str:
        parts = [self.notes.strip(), *(line for line in self.extra if line.strip())]
        return "\n".join(p for p in parts if p)


def decode_text(data: bytes) -> str:
    """Decode a file as UTF-8 (with or without BOM), else as Windows-1252.

    Windows-1252 maps almost every byte, so it is the fallback German Excel
    and old Outlook files need; undefined bytes are replaced, never fatal.
    """
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


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
