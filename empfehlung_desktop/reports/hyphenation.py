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
from array import array
from bisect import bisect_left
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from empfehlung_desktop import files
from empfehlung_desktop.config import cache_dir
from empfehlung_desktop.errors import StoreError

_FORMAT = 3


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


class _Patterns:
    """pyphen's pattern dict in four flat values: a few large objects to load
    instead of 66,000 tuples (German), looked up with ``get`` as pyphen does."""

    def __init__(self, keys: str, starts: bytes, ends: Any, values: bytes) -> None:
        self._keys = keys.split("\n")  # sorted: looked up by bisection, no dict to build
        self._starts, self._ends, self._values = starts, ends, values

    def get(self, key: str) -> tuple[int, bytes] | None:
        index = bisect_left(self._keys, key)
        if index == len(self._keys) or self._keys[index] != key:
            return None
        begin = self._ends[index - 1] if index else 0
        return self._starts[index], self._values[begin : self._ends[index]]

    def items(self) -> Iterator[tuple[str, tuple[int, bytes]]]:
        for key in self._keys:
            found = self.get(key)
            assert found is not None
            yield key, found


def _load(cached: Path) -> tuple[_Patterns, int] | None:
    try:
        data: Any = marshal.loads(cached.read_bytes())
        version, keys, starts, ends, values, maxlen = data
        if version != _FORMAT:
            return None
        return _Patterns(keys, starts, memoryview(ends).cast("I"), values), int(maxlen)
    except (OSError, EOFError, ValueError, TypeError):
        return None


def _store(cached: Path, found: Any) -> None:
    """Cache plain patterns only (values as bytes: pyphen iterates them as numbers)."""
    keys: list[str] = []
    starts = bytearray()
    ends = array("I")
    values = bytearray()
    for key, (start, numbers) in sorted(found.patterns.items()):
        if "\n" in key or not 0 <= start < 256:
            return  # nonstandard hyphenation data: leave it to pyphen
        if any(type(v) is not int or not 0 <= v < 256 for v in numbers):
            return
        keys.append(key)
        starts.append(start)
        values += bytes(numbers)
        ends.append(len(values))
    data = (_FORMAT, "\n".join(keys), bytes(starts), ends.tobytes(), bytes(values), found.maxlen)
    with contextlib.suppress(StoreError):
        files.write_bytes(cached, marshal.dumps(data))
