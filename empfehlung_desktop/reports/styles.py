"""Fonts, paragraph styles and THE escaping helper used by every PDF.

All user text enters a ReportLab Paragraph through :func:`para_text` (or
:func:`paragraph`), and a single line drawn on the canvas through
:func:`draw_line`. On the way, markup characters are escaped, line breaks kept
and control characters dropped; right-to-left runs (Hebrew, Arabic) are put
into visual order word by word, and HarfBuzz (``shaping=1`` in every style)
joins and orders the letters inside each word; characters DejaVu Sans lacks
are set in a fallback font: a CJK or symbol font the system has, else one of
ReportLab's CID fonts for Chinese, Japanese and Korean (the viewer supplies the
glyphs, the text layer is exact). What no font can draw (an emoji without a
symbol font) becomes U+FFFD, which copies out as a replacement character,
never as a wrong letter.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph
from reportlab.platypus import paragraph as paragraph_module

from empfehlung_desktop.config import resource_path
from empfehlung_desktop.i18n import _
from empfehlung_desktop.reports import font_cache

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
FONT_BOLD_ITALIC = "DejaVuSans-BoldOblique"

ACCENT = colors.HexColor("#1f5f5b")
MUTED = colors.HexColor("#5f6b6a")
RULE = colors.HexColor("#c9d3d1")
HIGHLIGHT = colors.HexColor("#f2b84b")
TINT = colors.HexColor("#f3f6f5")

PAGE_MARGIN = 20 * mm
# What no font can draw: the Unicode replacement character (present in DejaVu
# Sans) – visible on paper, and it copies out as a replacement, not a letter.
MISSING_GLYPH = "\ufffd"
ELLIPSIS = "\u2026"

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


def escape(text: str) -> str:
    """``&``, ``<`` and ``>`` as entities (``xml.sax.saxutils.escape``, which imports
    ``urllib.request`` and ``http.client`` on the way: a tenth of a one-shot command)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


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
        if len(fonts) != 1 or not _needs_shaping(text):
            return word
        return original(word, *args, **kwargs)

    ttfonts.shapeFragWord = shape_when_needed
    paragraph_module.shapeFragWord = shape_when_needed


def _needs_shaping(text: str) -> bool:
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
    return "".join(ch for _font, run in _runs(text) for ch in run)


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


def _runs(text: str) -> list[tuple[str | None, str]]:
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


# -- right-to-left ------------------------------------------------------------

_TOKENS = re.compile(r"(\s+)")


def _strong_direction(token: str) -> str | None:
    for ch in token:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return "R"
        if kind == "L":
            return "L"
    return None


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def visual_order(line: str) -> str:
    """Put right-to-left runs of one line into visual order, word by word.

    The base direction is left-to-right (German and English documents). Words
    whose first strong character is Hebrew or Arabic, and the neutral words
    between them (numbers, punctuation), are reversed as a run; the letters
    inside each word stay in logical order for HarfBuzz to order and join.
    """
    if not has_rtl(line):
        return line
    tokens = _TOKENS.split(line)
    directions = [_strong_direction(t) if t and not t.isspace() else None for t in tokens]
    out: list[str] = []
    i = 0
    while i < len(tokens):
        if directions[i] != "R":
            out.append(tokens[i])
            i += 1
            continue
        last = j = i
        while j + 1 < len(tokens) and directions[j + 1] != "L":
            j += 1
            if directions[j] == "R":
                last = j
        run = tokens[i : last + 1]
        # Punctuation after the run ("Guten Tag محمد,") belongs to the left-to-right
        # text: it goes to the right end of the run, i.e. to the front of the run's
        # visually last word, which HarfBuzz draws right-to-left.
        word = run[-1]
        cut = len(word)
        while cut > 0 and unicodedata.bidirectional(word[cut - 1]) in ("CS", "ON", "ET", "ES"):
            cut -= 1
        run[-1], trailing = word[:cut], word[cut:]
        visual = list(reversed(run))
        visual[-1] = trailing + visual[-1]
        out.extend(visual)
        i = last + 1
    return "".join(out)


# -- the one way into a Paragraph ----------------------------------------------


def para_text(text: str | None) -> str:
    """User text → safe Paragraph markup (escaped, line breaks kept, any script)."""
    if not text:
        return ""
    lines = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        parts = []
        for font, run in _runs(visual_order(line)):
            markup = escape(run).replace("\t", "    ")
            parts.append(markup if font is None else f'<font name="{font}">{markup}</font>')
        lines.append("".join(parts))
    return "<br/>".join(lines)


def paragraph(text: str | None, style: ParagraphStyle) -> Paragraph:
    return Paragraph(para_text(text), style)


def text_width(text: str, font: str, size: float) -> float:
    """Width of one line of user text as :func:`draw_line` sets it."""
    return sum(pdfmetrics.stringWidth(run, run_font or font, size) for run_font, run in _runs(text))


def fit_text(text: str, font: str, size: float, width: float) -> str:
    """The text, shortened at the end with "…" so that it fits ``width``."""
    text = " ".join(printable(text).split())
    if text_width(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits with the ellipsis
        middle = (low + high + 1) // 2
        if text_width(text[:middle].rstrip() + ELLIPSIS, font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + ELLIPSIS


_ALIGN = {"left": TA_LEFT, "right": TA_RIGHT, "centre": TA_CENTER}


@lru_cache(maxsize=64)
def _line_style(font: str, size: float, color: str, align: str) -> ParagraphStyle:
    return ParagraphStyle(
        f"Line-{font}-{size}-{color}-{align}",
        fontName=font,
        fontSize=size,
        leading=size * 1.25,
        textColor=colors.HexColor(color),
        alignment=_ALIGN[align],
        shaping=1,
    )


def draw_line(
    canvas: Any,
    x: float,
    y: float,
    text: str,
    *,
    font: str = FONT,
    size: float = 9,
    color: Any = MUTED,
    align: str = "left",
    width: float | None = None,
) -> float:
    """Draw one line of user text with its baseline at ``y``; return its width.

    ``x`` is the left edge, the right edge (``align="right"``) or the centre.
    With ``width`` the text is shortened with "…" to stay inside it.
    """
    if width is not None:
        text = fit_text(text, font, size, width)
    text = " ".join(text.split())
    if not text:
        return 0.0
    drawn = text_width(text, font, size)
    if _plain(text):
        # Nothing to reorder, shape or set in another font: the canvas draws it as
        # the Paragraph would, in a fraction of the time (letterheads, footers).
        canvas.saveState()
        canvas.setFont(font, size)
        canvas.setFillColor(color)
        left = {"left": x, "right": x - drawn, "centre": x - drawn / 2}[align]
        canvas.drawString(left, y, text)
        canvas.restoreState()
        return drawn
    box = drawn + 12  # room for shaping and kerning; the alignment places the text
    left = {"left": x, "right": x - box, "centre": x - box / 2}[align]
    style = _line_style(font, size, color.hexval(), align)
    line = Paragraph(para_text(text), style)
    line.wrap(box, size * 4)
    # Paragraphs put the first baseline one font size below their top.
    line.drawOn(canvas, left, y + size - line.height)
    return drawn


def _plain(text: str) -> bool:
    """Text the main font draws as it is: no right-to-left, no shaping, no fallback."""
    if text.isascii():
        return text.isprintable()
    return (
        not _needs_shaping(text)
        and all(font is None for font, _run in _runs(text))
        and ("".join(run for _font, run in _runs(text)) == text)
    )


@cache
def styles() -> dict[str, ParagraphStyle]:
    """The shared paragraph styles (German typography: calm, generous leading)."""
    register_fonts()
    body = ParagraphStyle(
        "Body",
        fontName=FONT,
        fontSize=10.5,
        leading=15,
        textColor=colors.HexColor("#222222"),
        alignment=TA_LEFT,
        spaceAfter=6,
        splitLongWords=True,
        # HarfBuzz joins Arabic and orders Hebrew/Arabic letters inside a word.
        shaping=1,
    )
    return {
        "body": body,
        "title": ParagraphStyle(
            "Title",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=26,
            leading=32,
            textColor=ACCENT,
            spaceAfter=10,
        ),
        "subtitle": ParagraphStyle(
            "Subtitle", parent=body, fontSize=12, leading=17, textColor=MUTED, spaceAfter=14
        ),
        "h2": ParagraphStyle(
            "Heading2",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=13,
            leading=18,
            textColor=ACCENT,
            spaceBefore=12,
            spaceAfter=4,
            keepWithNext=True,
        ),
        "h3": ParagraphStyle(
            "Heading3",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=11,
            leading=15,
            spaceBefore=8,
            spaceAfter=2,
            keepWithNext=True,
        ),
        "quote": ParagraphStyle(
            "Quote",
            parent=body,
            fontName=FONT_ITALIC,
            leftIndent=12,
            borderPadding=(0, 0, 0, 8),
            textColor=colors.HexColor("#333333"),
        ),
        "small": ParagraphStyle("Small", parent=body, fontSize=8.5, leading=11, textColor=MUTED),
        "label": ParagraphStyle(
            "Label",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=9,
            leading=12,
            textColor=MUTED,
            spaceAfter=1,
        ),
    }


class NumberedCanvas(Canvas):
    """A canvas that holds pages back until the end to write "Seite X von Y".

    The same footer number in all three documents: right-aligned, 8 pt, muted.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._held_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._held_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held_pages)
        for number, state in enumerate(self._held_pages, start=1):
            self.__dict__.update(state)
            draw_page_number(self, number, total)
            super().showPage()
        super().save()


def draw_page_number(canvas: Canvas, number: int, total: int) -> None:
    draw_line(
        canvas,
        A4[0] - PAGE_MARGIN,
        PAGE_MARGIN - 6 * mm,
        _("Seite {number} von {total}").format(number=number, total=total),
        size=8,
        align="right",
    )
