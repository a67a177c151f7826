"""The fonts of every PDF and which one draws each character.

DejaVu Sans is registered once as a family, with two fixes to ReportLab: a
ToUnicode map that copies characters beyond U+FFFF out correctly, and HarfBuzz
shaping only for words that need it (without ligatures). Characters DejaVu Sans
lacks are set in a fallback font: a CJK or symbol font the system has, else one
of ReportLab's CID fonts for Chinese, Japanese and Korean (the viewer supplies
the glyphs, the text layer is exact). What no font can draw (an emoji without a
symbol font) becomes U+FFFD, which copies out as a replacement character, never
as a wrong letter.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import paragraph as paragraph_module

from empfehlung_desktop.config import resource_path
from empfehlung_desktop.reports import font_cache

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
FONT_BOLD_ITALIC = "DejaVuSans-BoldOblique"
# What no font can draw: the Unicode replacement character (present in DejaVu
# Sans) – visible on paper, and it copies out as a replacement, not a letter.
MISSING_GLYPH = "\ufffd"


# Fonts tried, in order, for characters DejaVu Sans lacks: TrueType outlines only
# (ReportLab cannot embed CFF-based OpenType). Linux, Windows and macOS paths.
_FALLBACK_FILES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "FallbackCJK",
        (
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/truetype/droid/DroidSansFallback.ttf",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/arphic/uming.ttc",
            "C:/Windows/Fonts/msyh.ttc",
            "C:/Windows/Fonts/simsun.ttc",
            "C:/Windows/Fonts/msgothic.ttc",
            "/Library/Fonts/Arial Unicode.ttf",
            "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
        ),
    ),
    (
        "FallbackKorean",
        (
            "/usr/share/fonts/truetype/nanum/NanumGothic.ttf",
            "/usr/share/fonts/truetype/unfonts-core/UnDotum.ttf",
            "C:/Windows/Fonts/malgun.ttf",
        ),
    ),
    (
        "FallbackSymbols",
        (
            "/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf",
            "/usr/share/fonts/truetype/symbola/Symbola.ttf",
            "C:/Windows/Fonts/seguisym.ttf",
        ),
    ),
)
# ReportLab's CID fonts (not embedded; every PDF viewer with Asian fonts has them).
CID_CHINESE = "STSong-Light"
CID_JAPANESE = "HeiseiKakuGo-W5"
CID_KOREAN = "HYGothic-Medium"


@cache
def register_fonts() -> str:
    """Register DejaVu Sans (regular/bold/italic) once as a family; return its name."""
    files = {
        FONT: "DejaVuSans.ttf",
        FONT_BOLD: "DejaVuSans-Bold.ttf",
        FONT_ITALIC: "DejaVuSans-Oblique.ttf",
        FONT_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
    }
    for name, filename in files.items():
        pdfmetrics.registerFont(font_cache.load_ttfont(name, resource_path("fonts", filename)))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
    )
    _fix_astral_to_unicode()
    _fix_shaping_of_split_words()
    return FONT


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode CMap, with characters beyond U+FFFF as UTF-16 pairs.

    ReportLab writes ``<%04X>``: U+1F600 becomes ``<1F600>``, which readers take
    as U+1F60 – a 😀 copied out as "ὠ".
    """

    def utf16(codepoint: int) -> str:
        return chr(codepoint).encode("utf-16-be", "surrogatepass").hex().upper()

    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *(f"<{i:02X}> <{utf16(v)}>" for i, v in enumerate(subset)),
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


def _fix_astral_to_unicode() -> None:
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap


def _fix_shaping_of_split_words() -> None:
    """Let ReportLab reshape a word it split before (e.g. by hyphenation).

    The joined text is then ReportLab's ``ShapedStr``, a ``str`` subclass that
    uharfbuzz (Cython 3) refuses; the shim hands HarfBuzz a plain ``str``.
    """
    harfbuzz = getattr(ttfonts, "uharfbuzz", None)
    if harfbuzz is None or isinstance(harfbuzz, _HarfBuzzShim):
        return
    ttfonts.uharfbuzz = _HarfBuzzShim(harfbuzz)
    # ReportLab shapes with discretionary and standard ligatures on: "Erstgespräch"
    # would print and copy out as "Erﬆgespräch". Kerning stays; Arabic's required
    # ligatures (lam-alef) are on in HarfBuzz regardless.
    original = ttfonts.shapeFragWord
    defaults = original.__defaults__ or ()
    if defaults and isinstance(defaults[0], dict):
        defaults[0].update(liga=False, dlig=False)

    def shape_when_needed(word: Any, *args: Any, **kwargs: Any) -> Any:
        """Shape only words that need it, and only in one font.

        Latin words stay as they are (fast, exact text layer); a word in two
        fonts would be shaped with the first font's glyph ids (ReportLab crashes).
        """
        fonts = {frag.fontName for frag, _text in word[1:] if hasattr(frag, "fontName")}
        text = "".join(str(part) for _frag, part in word[1:] if isinstance(part, str))
        if len(fonts) != 1 or not needs_shaping(text):
            return word
        return original(word, *args, **kwargs)

    ttfonts.shapeFragWord = shape_when_needed
    paragraph_module.shapeFragWord = shape_when_needed


def needs_shaping(text: str) -> bool:
    return any(
        unicodedata.bidirectional(ch) in ("R", "AL", "NSM") or unicodedata.category(ch) == "Mc"
        for ch in text
    )


class _HarfBuzzShim:
    def __init__(self, module: Any) -> None:
        base = module.Buffer

        class Buffer(base):  # type: ignore[misc, valid-type]
            def add_str(self, text: str, *args: Any, **kwargs: Any) -> Any:
                return super().add_str(str(text), *args, **kwargs)

        self._module = module
        self.Buffer = Buffer

    def __getattr__(self, name: str) -> Any:
        return getattr(self._module, name)


@cache
def _covered_codepoints() -> frozenset[int]:
    register_fonts()
    font: Any = pdfmetrics.getFont(FONT)
    return frozenset(font.face.charToGlyph)


@cache
def _fallback_fonts() -> tuple[tuple[str, frozenset[int]], ...]:
    """The fallback fonts this machine has (loaded on the first character DejaVu lacks)."""
    register_fonts()
    found: list[tuple[str, frozenset[int]]] = []
    for name, paths in _FALLBACK_FILES:
        for path in paths:
            if not Path(path).is_file():
                continue
            try:
                font = TTFont(name, path, subfontIndex=0)
            except Exception:  # an unreadable or CFF-based font: try the next one
                continue
            pdfmetrics.registerFont(font)
            pdfmetrics.registerFontFamily(
                name, normal=name, bold=name, italic=name, boldItalic=name
            )
            found.append((name, frozenset(font.face.charToGlyph)))
            break
    return tuple(found)


@cache
def _cid_font(name: str) -> str:
    pdfmetrics.registerFont(UnicodeCIDFont(name))
    pdfmetrics.registerFontFamily(name, normal=name, bold=name, italic=name, boldItalic=name)
    return name


def _is_cjk(codepoint: int) -> bool:
    return (
        0x1100 <= codepoint <= 0x11FF
        or 0x2E80 <= codepoint <= 0x9FFF
        or 0xA960 <= codepoint <= 0xA97F
        or 0xAC00 <= codepoint <= 0xD7FF
        or 0xF900 <= codepoint <= 0xFAFF
        or 0xFE30 <= codepoint <= 0xFE4F
        or 0xFF00 <= codepoint <= 0xFFEF
        or 0x20000 <= codepoint <= 0x3FFFF
    )


def _is_hangul(codepoint: int) -> bool:
    return (
        0x1100 <= codepoint <= 0x11FF
        or 0x3130 <= codepoint <= 0x318F
        or 0xA960 <= codepoint <= 0xA97F
        or 0xAC00 <= codepoint <= 0xD7FF
    )


def _is_kana(codepoint: int) -> bool:
    return (
        0x3040 <= codepoint <= 0x30FF
        or 0x31F0 <= codepoint <= 0x31FF
        or (0xFF65 <= codepoint <= 0xFF9F)
    )


def _font_for(ch: str) -> str | None:
    """The font for one character: None = the style's own font, "cjk" = chosen per
    run (:func:`_cjk_font`), "" = no font has it."""
    codepoint = ord(ch)
    if codepoint in _covered_codepoints() or ch.isspace():
        return None
    if _is_cjk(codepoint):
        return "cjk"
    for name, covered in _fallback_fonts():
        if codepoint in covered:
            return name
    return ""


def _cjk_font(run: str) -> str:
    """A system font that has every character of the run, else the CID font of its language."""
    codepoints = {ord(c) for c in run if not c.isspace()}
    for name, covered in _fallback_fonts():
        if codepoints <= covered:
            return name
    if any(_is_hangul(c) for c in codepoints):
        return _cid_font(CID_KOREAN)
    if any(_is_kana(c) for c in codepoints):
        return _cid_font(CID_JAPANESE)
    return _cid_font(CID_CHINESE)


def printable(text: str) -> str:
    """Drop control characters and replace what no font can draw (logical order kept).

    For metadata and measuring; text on the page goes through :func:`para_text`
    or :func:`draw_line`.
    """
    return "".join(ch for _font, run in font_runs(text) for ch in run)


def _clean(text: str) -> Iterator[str]:
    covered = _covered_codepoints()
    for ch in text.replace("\r\n", "\n").replace("\r", "\n"):
        if ch in "\n\t":
            yield ch
            continue
        category = unicodedata.category(ch)
        if category in ("Cc", "Cs", "Co", "Cn"):
            continue
        if 0x1F3FB <= ord(ch) <= 0x1F3FF:
            continue  # skin tones: no monochrome font joins them to the emoji
        if category in ("Mn", "Cf") and ord(ch) not in covered and not _font_for(ch):
            continue  # variation selectors, zero-width joiners inside emoji
        yield ch


def font_runs(text: str) -> list[tuple[str | None, str]]:
    """Split cleaned text into (font, text) runs; a CID run gets its language's font."""
    runs: list[tuple[str | None, str]] = []
    for ch in _clean(text):
        font = _font_for(ch)
        if font == "":
            font, ch = None, MISSING_GLYPH
        if runs and runs[-1][0] == font:
            runs[-1] = (font, runs[-1][1] + ch)
        elif ch == " " and runs and runs[-1][0] == "cjk":
            runs[-1] = (runs[-1][0], runs[-1][1] + ch)  # spaces inside a CJK name
        else:
            runs.append((font, ch))
    return [(_cjk_font(run) if font == "cjk" else font, run) for font, run in runs]
