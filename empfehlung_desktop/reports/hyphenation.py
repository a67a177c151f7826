"""pyphen's hyphenation patterns, parsed once per installation instead of once per process.

ReportLab hyphenates through pyphen, which parses the whole pattern file on first
use: about 0.4 s for German, more than building a handout. The parsed patterns
are kept in the cache folder (``marshal``, keyed by the pattern file's name, size
and change time) and handed to pyphen's own in-process cache, so a one-shot
``handout`` command pays a few milliseconds. Any surprise (another pyphen, a
damaged cache file) falls back to pyphen parsing the file itself.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
from pathlib import Path
from typing import Any

from empfehlung_desktop import files
from empfehlung_desktop.config import cache_dir
from empfehlung_desktop.errors import StoreError

_FORMAT = 1


def preload(lang: str) -> bool:
    """Make ``pyphen.Pyphen(lang=lang)`` fast; True if the patterns came from the cache."""
    try:
        import pyphen
    except ImportError:
        return False
    try:
        path = Path(pyphen.LANGUAGES[pyphen.language_fallback(lang)])
        if path in pyphen.hdcache:
            return False
        cached = _cache_file(path)
        loaded = _load(cached) if cached is not None else None
        if loaded is None:
            found = pyphen.HyphDict(path)
            pyphen.hdcache[path] = found
            if cached is not None:
                _store(cached, found)
            return False
        patterns, maxlen = loaded
        restored = pyphen.HyphDict.__new__(pyphen.HyphDict)
        restored.patterns, restored.cache, restored.maxlen = patterns, {}, maxlen
        pyphen.hdcache[path] = restored
        return True
    except (AttributeError, KeyError, TypeError, OSError):
        return False  # not the pyphen this was written for: let it parse by itself


def _cache_file(path: Path) -> Path | None:
    try:
        stat = path.stat()
        folder = cache_dir()
    except (OSError, StoreError):
        return None
    key = f"{_FORMAT}|{path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}"
    return folder / f"hyphenation-{hashlib.sha256(key.encode()).hexdigest()[:20]}.marshal"


def _load(cached: Path) -> tuple[dict[str, tuple[int, bytes]], int] | None:
    try:
        data: Any = marshal.loads(cached.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if not (isinstance(data, tuple) and len(data) == 2 and isinstance(data[0], dict)):
        return None
    return data[0], int(data[1])


def _store(cached: Path, found: Any) -> None:
    """Cache plain patterns only (values as bytes: pyphen iterates them as numbers)."""
    patterns: dict[str, tuple[int, bytes]] = {}
    for key, (start, values) in found.patterns.items():
        if any(type(v) is not int or not 0 <= v < 256 for v in values):
            return  # nonstandard hyphenation data: leave it to pyphen
        patterns[key] = (start, bytes(values))
    with contextlib.suppress(StoreError):
        files.write_bytes(cached, marshal.dumps((patterns, found.maxlen)))
