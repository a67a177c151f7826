"""Fonts, paragraph styles and THE escaping helper used by every PDF.

All user text enters a ReportLab Paragraph through :func:`para_text` (or
:func:`paragraph`): markup characters are escaped, line breaks kept, control
characters dropped, and characters the font cannot draw (most emoji) replaced
by a visible stand-in instead of a crash or an invisible gap.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph

from empfehlung_desktop.config import resource_path

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
FONT_BOLD_ITALIC = "DejaVuSans-BoldOblique"

ACCENT = colors.HexColor("#1f5f5b")
MUTED = colors.HexColor("#5f6b6a")
RULE = colors.HexColor("#c9d3d1")
HIGHLIGHT = colors.HexColor("#f2b84b")

PAGE_MARGIN = 20 * mm
MISSING_GLYPH = "\u25a1"  # a white square: visible, present in DejaVu Sans


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
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
    )
    return FONT


@cache
def _covered_codepoints() -> frozenset[int]:
    register_fonts()
    font: Any = pdfmetrics.getFont(FONT)
    return frozenset(font.face.charToGlyph)


def printable(text: str) -> str:
    """Drop control characters and replace what the font cannot draw."""
    covered = _covered_codepoints()
    out: list[str] = []
    for ch in text:
        if ch in "\n\t":
            out.append(ch)
            continue
        category = unicodedata.category(ch)
        if category in ("Cc", "Cs", "Co", "Cn"):
            continue
        if category in ("Mn", "Cf") and ord(ch) not in covered:
            # Variation selectors, zero-width joiners inside emoji sequences.
            continue
        out.append(ch if ord(ch) in covered or ch == " " else MISSING_GLYPH)
    return "".join(out)


def para_text(text: str | None) -> str:
    """User text → safe Paragraph markup (escaped, line breaks kept)."""
    if not text:
        return ""
    cleaned = printable(text.replace("\r\n", "\n").replace("\r", "\n"))
    return escape(cleaned).replace("\t", "    ").replace("\n", "<br/>")


def paragraph(text: str | None, style: ParagraphStyle) -> Paragraph:
    return Paragraph(para_text(text), style)


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
