"""TrueType fonts parsed once per installation instead of once per process.

ReportLab reads a TTF's tables (character map, widths, glyph positions) every
time a ``TTFont`` is made: about 25 ms per font, four fonts per PDF, which is a
quarter of a one-shot ``handout`` command. The parsed face is kept in the cache
folder (``marshal``, keyed by the font file's path, size and change time and by
ReportLab's version) and the font is rebuilt from it without reading the tables
again. Any surprise (another ReportLab, a damaged cache file, a value marshal
cannot hold) falls back to ReportLab parsing the file itself.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

import reportlab
from reportlab.pdfbase import ttfonts

from empfehlung_desktop import files
from empfehlung_desktop.config import cache_dir
from empfehlung_desktop.errors import StoreError

_FORMAT = 1
# What ``TTFont.__init__`` makes besides the face; rebuilt, never cached.
_FRESH = ("face", "encoding", "state")


def load_ttfont(name: str, path: Path) -> ttfonts.TTFont:
    """``TTFont(name, path)``, from the cache when it holds this file's face."""
    cached = _cache_file(path)
    if cached is not None:
        font = _restore(name, cached)
        if font is not None:
            return font
    font = ttfonts.TTFont(name, str(path))
    if cached is not None:
        _store(cached, font)
    return font


def _cache_file(path: Path) -> Path | None:
    try:
        stat = path.stat()
        folder = cache_dir()
    except (OSError, StoreError):
        return None
    key = f"{_FORMAT}|{reportlab.Version}|{path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}"
    return folder / f"font-{hashlib.sha256(key.encode()).hexdigest()[:20]}.marshal"


def _store(cached: Path, font: ttfonts.TTFont) -> None:
    """The face's plain values, its names as text, the font's own settings."""
    face: dict[str, Any] = {}
    names: dict[str, str] = {}
    for key, value in vars(font.face).items():
        if key == "_pdfScale":
            continue  # a lambda of unitsPerEm, made again on restoring
        if isinstance(value, ttfonts.TTFNameBytes):
            names[key] = value.ustr
        else:
            face[key] = value
    settings = {k: v for k, v in vars(font).items() if k not in _FRESH}
    try:
        data = marshal.dumps((_FORMAT, face, names, settings))
    except ValueError:
        return  # something marshal cannot hold: keep parsing the file
    with contextlib.suppress(StoreError):
        files.write_bytes(cached, data)


def _restore(name: str, cached: Path) -> ttfonts.TTFont | None:
    try:
        data: Any = marshal.loads(cached.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    try:
        version, face_values, names, settings = data
        if version != _FORMAT or not isinstance(face_values, dict):
            return None
        face = ttfonts.TTFontFace.__new__(ttfonts.TTFontFace)
        vars(face).update(face_values)
        for key, text in names.items():
            setattr(face, key, ttfonts.TTFNameBytes(text.encode("utf-8")))
        vars(face)["_pdfScale"] = _scale(int(face_values["unitsPerEm"]))
        font = ttfonts.TTFont.__new__(ttfonts.TTFont)
        vars(font).update(settings)
        font.fontName = name
        font.face = face
        font.encoding = ttfonts.TTEncoding()
        font.state = WeakKeyDictionary()
    except (AttributeError, KeyError, TypeError, ValueError):
        return None
    return font


def _scale(units_per_em: int) -> Any:
    """ReportLab's scale from font units to thousandths of an em (``extractInfo``)."""
    if units_per_em == 1000:
        return lambda x: x
    factor = 1000 / units_per_em
    return lambda x: x * factor
