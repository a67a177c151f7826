"""The text of a CSV file, line by line, read a slice of the file at a time.

A 100,000-row Outlook export is 64 MB; held whole as bytes and again as text it
took 130-260 MB while its rows were read. Here the file is read twice, a slice
at a time: once to settle its encoding and to count its lines; then to decode
it and give its lines to the csv module, exactly as
``io.StringIO(text, newline="")`` would give the lines of the whole text.

The encoding: Excel's "Unicode-Text" and some Apple exports are UTF-16 (with a
byte order mark, or told by their zero bytes); a file that is UTF-8 throughout
is read as UTF-8 (a BOM dropped); anything else as Windows-1252, which maps
almost every byte and is what German Excel and older Outlook write (undefined
bytes are replaced, never fatal).
"""

from __future__ import annotations

import codecs
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

SLICE_BYTES = 1 << 18  # bytes read at a time (each is copied a few times on its way)

# A source of the file's bytes: each call reads it again from its start.
Slices = Callable[[], Iterator[bytes]]


def byte_slices(source: bytes | Path) -> Slices:
    """The file (or the bytes already read) a slice at a time."""
    if isinstance(source, Path):
        path = source

        def from_file() -> Iterator[bytes]:
            with path.open("rb") as handle:
                while chunk := handle.read(SLICE_BYTES):
                    yield chunk

        return from_file
    data = memoryview(source)

    def from_memory() -> Iterator[bytes]:
        for start in range(0, len(data), SLICE_BYTES):
            yield bytes(data[start : start + SLICE_BYTES])

    return from_memory


@dataclass(frozen=True)
class Survey:
    """What the first read of a file found: how to decode it and its size in lines."""

    codec: str
    encoding: str  # its name as the preview shows it
    lines: int  # LF bytes: about the records (a UTF-16 file counts none)


def survey(slices: Slices) -> Survey:
    """How to decode the file (see the module's description) and its line count."""
    chunks = slices()
    head = b""
    for chunk in chunks:  # enough bytes to tell UTF-16 by (a slice may be shorter)
        head += chunk
        if len(head) >= 4:
            break
    lines = head.count(b"\n")
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        codec = "utf-16"
    elif len(head) > 3 and head[1:2] == b"\0" and head[3:4] == b"\0":
        codec = "utf-16-le"
    elif len(head) > 3 and head[0:1] == b"\0" and head[2:3] == b"\0":
        codec = "utf-16-be"
    else:
        codec = "utf-8-sig"
    decoder = codecs.getincrementaldecoder("utf-8")()
    for chunk in itertools.chain([head], chunks):
        if chunk is not head:
            lines += chunk.count(b"\n")
        if codec == "utf-8-sig":
            try:
                decoder.decode(chunk)  # the text itself is not kept
            except UnicodeDecodeError:
                codec = "cp1252"
    if codec == "utf-8-sig":
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:  # the file ends inside a character
            codec = "cp1252"
    names = {"utf-8-sig": "UTF-8", "cp1252": "Windows-1252"}
    return Survey(codec, names.get(codec, "UTF-16"), lines)


def text_lines(slices: Slices, codec: str) -> Iterator[str]:
    """The file's lines, decoded with ``codec`` (undecodable bytes replaced: the
    survey chose a codec that decodes the file), each ending in CR LF, CR or LF
    as it does in the file, as the csv module wants them."""
    decoder = codecs.getincrementaldecoder(codec)(errors="replace")
    # The text since the last line end, in pieces: a file with few line ends (one
    # line of megabytes) is joined once, not again with every slice.
    pending: list[str] = []
    for chunk in slices():
        text = decoder.decode(chunk)
        # Cut after the last line end that is surely whole (a CR at the very end
        # may be the first half of a CR LF).
        end = max(text.rfind("\n"), text.rfind("\r", 0, len(text) - 1)) + 1
        if not end:
            pending.append(text)
            continue
        pending.append(text[:end])  # the text itself when it ends in a line end
        yield from lines_of("".join(pending))
        pending = [text[end:]]
    text = "".join(pending) + decoder.decode(b"", final=True)
    if text:
        yield from lines_of(text)


# A line as io.StringIO(text, newline="") reads it: ending in CR LF, CR or LF, kept.
_LINE = re.compile(r"[^\r\n]*(?:\r\n?|\n)|[^\r\n]+")
# What str.splitlines ends a line at besides CR and LF.
_OTHER_BREAKS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def lines_of(text: str) -> Iterator[str]:
    """The lines of ``text`` (a slice of the file) as ``io.StringIO(text,
    newline="")`` gives them to the csv module.

    A text without the further line breaks ``str.splitlines`` knows (form feed,
    U+2028 …; almost every file) is split with it, twice as fast as the pattern.
    """
    if not any(other in text for other in _OTHER_BREAKS):  # a fast search each
        return iter(text.splitlines(keepends=True))
    return (found.group() for found in _LINE.finditer(text))


def without_preamble(lines: Iterator[str]) -> tuple[Iterator[str], int]:
    """The lines after LinkedIn's "Notes:" paragraph before the header
    (Connections.csv), and how many were skipped; other files as they are."""
    seen: list[str] = []
    for line in lines:
        seen.append(line)
        if line.lstrip("\ufeff \r\n"):
            break
    if not seen or not seen[-1].lstrip("\ufeff \r\n").startswith("Notes:"):
        return itertools.chain(seen, lines), 0
    for line in lines:  # the paragraph, to its first blank line
        seen.append(line)
        if not line.strip():
            break
    else:
        return iter(seen), 0  # no paragraph ends: read the file as it is
    for line in lines:  # and the blank lines after it
        if line.strip():
            return itertools.chain([line], lines), len(seen)
        seen.append(line)
    return iter(()), len(seen)


def first_line(lines: Iterator[str]) -> tuple[str | None, Iterator[str]]:
    """The first line that is not blank (None: there is none) and all the lines."""
    seen: list[str] = []
    for line in lines:
        seen.append(line)
        if line.strip():
            return line, itertools.chain(seen, lines)
    return None, iter(seen)
