"""Hyphenation patterns from the cache folder hyphenate exactly like pyphen's own parse."""

import pyphen
import pytest

from empfehlung_desktop.reports import hyphenation

WORDS = ["Empfehlungsgeberin", "Unternehmensberatung", "Zusammenarbeit", "Weiterempfehlung"]


@pytest.fixture(autouse=True)
def _fresh_pyphen_cache() -> None:
    pyphen.hdcache.clear()


def test_cached_patterns_hyphenate_like_pyphen() -> None:
    expected = {w: pyphen.Pyphen(lang="de_DE").inserted(w) for w in WORDS}
    pyphen.hdcache.clear()
    assert hyphenation.preload("de_DE") is False  # parsed and stored
    pyphen.hdcache.clear()
    assert hyphenation.preload("de_DE") is True  # from the cache file
    assert {w: pyphen.Pyphen(lang="de_DE").inserted(w) for w in WORDS} == expected


def test_a_damaged_cache_file_is_parsed_again() -> None:
    expected = pyphen.Pyphen(lang="de_DE").inserted("Zusammenarbeit")
    pyphen.hdcache.clear()
    hyphenation.preload("de_DE")
    path = pyphen.LANGUAGES[pyphen.language_fallback("de_DE")]
    cached = hyphenation._cache_file(path)
    assert cached is not None and cached.exists()
    cached.write_bytes(b"not marshal")
    pyphen.hdcache.clear()
    assert hyphenation.preload("de_DE") is False
    assert pyphen.Pyphen(lang="de_DE").inserted("Zusammenarbeit") == expected


def test_every_cached_pattern_equals_pyphens_own() -> None:
    path = pyphen.LANGUAGES[pyphen.language_fallback("de_DE")]
    parsed = pyphen.HyphDict(path).patterns
    hyphenation.preload("de_DE")  # parsed and stored
    pyphen.hdcache.clear()
    assert hyphenation.preload("de_DE") is True
    cached = pyphen.hdcache[path].patterns
    restored = dict(cached.items())
    assert restored.keys() == parsed.keys()
    assert all(
        (start, list(values)) == (parsed[key][0], list(parsed[key][1]))
        for key, (start, values) in restored.items()
    )
    assert cached.get("no such pattern") is None
