"""vCard syntax: cards split from the bytes, logical lines unfolded, each property
decoded (CHARSET, QUOTED-PRINTABLE, BASE64) and its text unescaped per version.

What the properties mean for a contact is :mod:`empfehlung_desktop.interchange.vcard`.
"""

from __future__ import annotations

import binascii
import codecs
import contextlib
import re
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import lru_cache

from empfehlung_desktop.errors import UserError
from empfehlung_desktop.i18n import _

_BINARY = re.compile(rb"^(?:[\w-]+\.)?(PHOTO|LOGO|SOUND|KEY)[;:]", re.IGNORECASE)
_BEGIN = re.compile(rb"^(?:[\w-]+\.)?BEGIN:VCARD\s*$", re.IGNORECASE)
_END = re.compile(rb"^(?:[\w-]+\.)?END:VCARD\s*$", re.IGNORECASE)
_QP = re.compile(rb"^[^:]*?;(?:ENCODING=)?QUOTED-PRINTABLE[;:]", re.IGNORECASE)
MAX_CARDS = 200_000
_NO_PARAMS: Mapping[str, list[str]] = {}
_BARE_ENCODINGS = frozenset({"QUOTED-PRINTABLE", "BASE64", "8BIT", "7BIT"})
_NO_TYPES: AbstractSet[str] = frozenset()


@dataclass(slots=True)
class _Prop:
    line: int
    group: str
    name: str
    params: Mapping[str, list[str]]
    types: AbstractSet[str]
    value: str  # decoded (encoding and charset), still escaped

    @property
    def pref(self) -> bool:
        return "pref" in self.types or "PREF" in self.params


@dataclass(slots=True)
class _Card:
    number: int
    version: str = "3.0"
    props: list[_Prop] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    photo: bool = False


def _card_near(cards: list[list[tuple[int, bytes]]], line_no: int) -> int:
    for index, lines in enumerate(cards):
        if lines[0][0] > line_no:
            return index
    return len(cards) - 1


def _lines(data: bytes) -> list[bytes]:
    """The file's lines as UTF-8 (or single-byte) bytes; UTF-16 is re-encoded."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        data = data.decode("utf-16", errors="replace").encode("utf-8")
    elif len(data) > 3 and data[1:2] == b"\0" and data[3:4] == b"\0":
        data = data.decode("utf-16-le", errors="replace").encode("utf-8")
    elif len(data) > 3 and data[0:1] == b"\0" and data[2:3] == b"\0":
        data = data.decode("utf-16-be", errors="replace").encode("utf-8")
    data = data.removeprefix(codecs.BOM_UTF8)
    if b"\n" not in data and b"\r" in data:
        return data.split(b"\r")
    return [line.removesuffix(b"\r") for line in data.split(b"\n")]


def _split_cards(
    lines: list[bytes],
) -> tuple[list[list[tuple[int, bytes]]], list[tuple[int, str]]]:
    cards: list[list[tuple[int, bytes]]] = []
    stray: list[tuple[int, str]] = []
    current: list[tuple[int, bytes]] | None = None
    for line_no, line in enumerate(lines, start=1):
        stripped = line.strip()
        # Only a line ending in "VCARD" can begin or end a card (checked before the regexes).
        boundary = stripped[-5:].upper() == b"VCARD"
        if boundary and _BEGIN.match(stripped):
            if current is not None:
                raise UserError(
                    _(
                        "Karte {value} ist nicht abgeschlossen (Zeile {line_no}: neue Karte "
                        "beginnt vor „END:VCARD“)."
                    ).format(value=len(cards) + 1, line_no=line_no)
                )
            current = [(line_no, stripped)]
        elif current is not None:
            if boundary and _END.match(stripped):
                cards.append(current)
                current = None
                if len(cards) > MAX_CARDS:
                    raise UserError(_("Die Datei enthält zu viele Karten für einen Import."))
            else:
                current.append((line_no, line))
        elif stripped and not stripped.startswith(b"#"):
            stray.append((line_no, _decode(stripped, "")))
    if current is not None:
        raise UserError(
            _("Karte {value} ist nicht abgeschlossen (es fehlt „END:VCARD“).").format(
                value=len(cards) + 1
            )
        )
    return cards, stray


def _decode(raw: bytes, charset: str) -> str:
    """One value's text: its CHARSET, else UTF-8, else Windows-1252."""
    if charset:
        try:
            return raw.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _logical_lines(card: _Card, lines: list[tuple[int, bytes]]) -> list[tuple[int, bytes]]:
    """Unfold continuation lines and quoted-printable soft breaks; drop binaries."""
    out: list[tuple[int, bytearray]] = []
    skipping = False
    soft_break = False
    for line_no, line in lines[1:]:
        if skipping:
            if line[:1] in (b" ", b"\t") or not line.strip():
                continue
            # vCard 2.1 base64 may continue without indentation until a blank line.
            if b":" not in line and b";" not in line:
                continue
            skipping = False
        if soft_break and out:
            out[-1][1].extend(line)
            soft_break = line.endswith(b"=")
            if soft_break:
                del out[-1][1][-1:]
            continue
        if line[:1] in (b" ", b"\t") and out:
            # 2.1 keeps the whitespace of a fold; 3.0 and 4.0 remove one character.
            out[-1][1].extend(line if card.version == "2.1" else line[1:])
            continue
        if not line.strip():
            continue
        if _BINARY.match(line):
            skipping = True
            card.photo = True
            continue
        if line.startswith(b"#"):
            card.warnings.append(
                _("Zeile {line}: Kommentarzeile übergangen („{value}“).").format(
                    line=line_no, value=_decode(line, "")[:60]
                )
            )
            continue
        out.append((line_no, bytearray(line)))
        soft_break = bool(_QP.match(line)) and line.endswith(b"=")
        if soft_break:
            del out[-1][1][-1:]
    return [(n, bytes(b)) for n, b in out]


def _split_head(line: bytes) -> tuple[bytes, bytes] | None:
    """Name-and-parameters and value, split at the first colon outside quotes."""
    head, colon, value = line.partition(b":")
    if not colon:
        return None
    if b'"' not in head:
        return head, value
    quoted = False
    for index, byte in enumerate(line):
        if byte == 0x22:
            quoted = not quoted
        elif byte == 0x3A and not quoted:
            return line[:index], line[index + 1 :]
    return None


def _split_params(head: str) -> list[str]:
    if '"' not in head:
        return head.split(";")
    parts: list[str] = []
    current: list[str] = []
    quoted = False
    for char in head:
        if char == '"':
            quoted = not quoted
        if char == ";" and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


def _parse_line(card: _Card, line_no: int, line: bytes) -> _Prop | None:
    colon = line.find(b":")
    if colon > 0 and b'"' not in line[:colon]:
        # The common case: the head ends at the first colon; heads repeat from card
        # to card ("EMAIL;TYPE=INTERNET;TYPE=WORK"), so each is parsed once.
        head = _parse_head(line[:colon])
        return _prop(line_no, head, line[colon + 1 :])
    parts = _split_head(line)
    if parts is None:
        text = _decode(line, "").strip()
        card.warnings.append(
            _("Zeile {line}: unlesbare Zeile „{value}“ – steht in den Notizen.").format(
                line=line_no, value=text[:60]
            )
        )
        return _Prop(line_no, "", "", {}, set(), text)
    head_bytes, value_bytes = parts
    return _prop(line_no, _read_head(head_bytes), value_bytes)


# group, name, parameters, types, ENCODING (upper case), CHARSET
_Head = tuple[str, str, Mapping[str, list[str]], AbstractSet[str], str, str]


def _prop(line_no: int, head: _Head, value_bytes: bytes) -> _Prop:
    group, name, params, types, encoding, charset = head
    if encoding == "QUOTED-PRINTABLE":
        with contextlib.suppress(binascii.Error, ValueError):
            value_bytes = binascii.a2b_qp(value_bytes)
    elif encoding in ("B", "BASE64"):
        with contextlib.suppress(binascii.Error, ValueError):
            value_bytes = binascii.a2b_base64(value_bytes)
    if not charset:
        try:
            return _Prop(line_no, group, name, params, types, value_bytes.decode("utf-8"))
        except UnicodeDecodeError:
            pass
    return _Prop(line_no, group, name, params, types, _decode(value_bytes, charset))


@lru_cache(maxsize=4096)
def _parse_head(head_bytes: bytes) -> _Head:
    """A head without quotes, parsed once; its parameters are shared (never changed)."""
    return _read_head(head_bytes)


def _read_head(head_bytes: bytes) -> _Head:
    head = head_bytes.decode("ascii", errors="replace")
    if ";" not in head:  # the common case: no parameters
        group, _dot, name = head.rpartition(".")
        return group, name, _NO_PARAMS, _NO_TYPES, "", ""
    pieces = _split_params(head)
    group, _dot, name = pieces[0].rpartition(".")
    params: dict[str, list[str]] = {}
    types: set[str] = set()
    for piece in pieces[1:]:
        key, eq, val = piece.partition("=")
        key = key.upper()
        if not eq:
            # vCard 2.1 bare parameters: TEL;WORK;VOICE, QUOTED-PRINTABLE, UTF-8.
            key = key.strip()
            if key in _BARE_ENCODINGS:
                params["ENCODING"] = [key]
            else:
                types.add(key.lower())
            continue
        if '"' in val or " " in val:
            values = [v.strip().strip('"') for v in val.split(",")]
        else:
            values = val.split(",")
        key = key.strip()
        if key == "TYPE":
            types.update(v.lower() for v in values if v)
        if key in params:
            params[key].extend(values)
        else:
            params[key] = values
    encoding = (params.get("ENCODING") or [""])[0].upper()
    charset = (params.get("CHARSET") or [""])[0]
    return group, name, params, frozenset(types), encoding, charset


_ESCAPE_30 = re.compile(r"\\([,;:\\nN])")
_ESCAPE_21 = re.compile(r"\\([;\\])")


def _unescape_30(found: re.Match[str]) -> str:
    char = found.group(1)
    return "\n" if char in "nN" else char


def _unescape(value: str, version: str) -> str:
    """Text value: 3.0/4.0 escape ``\\, \\; \\n \\:``; in 2.1 a comma is plain text."""
    if "\\" not in value:
        return value
    if version == "2.1":
        return _ESCAPE_21.sub(r"\1", value)
    return _ESCAPE_30.sub(_unescape_30, value)


_SPLIT = {sep: re.compile(r"(?<!\\)((?:\\\\)*)" + re.escape(sep)) for sep in ",;"}


def _split_unescaped(value: str, sep: str) -> list[str]:
    """Split at ``sep`` unless it is escaped (an odd number of backslashes before it)."""
    if sep not in value:
        return [value]
    if "\\" not in value:
        return value.split(sep)
    parts: list[str] = []
    start = 0
    for found in _SPLIT[sep].finditer(value):
        parts.append(value[start : found.end(1)])
        start = found.end()
    parts.append(value[start:])
    return parts


def _text(prop: _Prop, version: str) -> str:
    return _unescape(prop.value, version).replace("\r\n", "\n").replace("\r", "\n").strip()


def _components(prop: _Prop, version: str) -> list[str]:
    return [
        _unescape(p, version).replace("\r\n", "\n").strip()
        for p in _split_unescaped(prop.value, ";")
    ]
