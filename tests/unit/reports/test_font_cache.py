"""Parsed TrueType fonts come from the cache folder, the same as ReportLab parses them."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfbase import ttfonts

from empfehlung_desktop.config import cache_dir, resource_path
from empfehlung_desktop.reports import font_cache

FONT = "DejaVuSans-Bold.ttf"


def _face(font: ttfonts.TTFont) -> dict[str, object]:
    return {k: v for k, v in vars(font.face).items() if k != "_pdfScale"}


def test_a_cached_font_equals_the_parsed_one() -> None:
    path = resource_path("fonts", FONT)
    first = font_cache.load_ttfont("CacheTest", path)
    assert list(cache_dir().glob("font-*.marshal"))
    again = font_cache.load_ttfont("CacheTest", path)
    fresh = ttfonts.TTFont("CacheTest", str(path))
    assert again is not first
    assert _face(again) == _face(fresh)
    assert isinstance(again.face.name, ttfonts.TTFNameBytes)
    assert again.face.name.ustr == fresh.face.name.ustr
    assert sorted(vars(again)) == sorted(vars(fresh))
    text = "Grüße, Ærø – ΑΒΓ"
    assert again.stringWidth(text, 11) == fresh.stringWidth(text, 11)
    assert again.face.charToGlyph == fresh.face.charToGlyph


def test_a_damaged_cache_file_falls_back_to_parsing() -> None:
    path = resource_path("fonts", FONT)
    font_cache.load_ttfont("CacheTest", path)
    for cached in cache_dir().glob("font-*.marshal"):
        cached.write_bytes(b"\x00garbage")
    font = font_cache.load_ttfont("CacheTest", path)
    assert _face(font) == _face(ttfonts.TTFont("CacheTest", str(path)))


def test_no_cache_folder_still_gives_the_font(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("")
    monkeypatch.setattr(font_cache, "cache_dir", lambda: blocked / "sub")
    font = font_cache.load_ttfont("CacheTest", resource_path("fonts", FONT))
    assert font.face.name.ustr == "DejaVuSans-Bold"
