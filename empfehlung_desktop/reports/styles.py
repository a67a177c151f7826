"""Palette, paragraph styles and THE escaping helper used by every PDF.

All user text enters a ReportLab Paragraph through :func:`para_text` (or
:func:`paragraph`), and a single line drawn on the canvas through
:func:`draw_line`. On the way, markup characters are escaped, line breaks kept
and control characters dropped; right-to-left runs (Hebrew, Arabic) are put
into visual order word by word (:mod:`.rtl`), and HarfBuzz (``shaping=1`` in
every style) joins and orders the letters inside each word; characters DejaVu
Sans lacks are set in a fallback font (:mod:`.fonts`).
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from empfehlung_desktop.i18n import _
from empfehlung_desktop.reports.fonts import (
    FONT,
    FONT_BOLD,
    FONT_ITALIC,
    font_runs,
    needs_shaping,
    printable,
    register_fonts,
)
from empfehlung_desktop.reports.rtl import visual_order

ACCENT = colors.HexColor("#1f5f5b")
MUTED = colors.HexColor("#5f6b6a")
RULE = colors.HexColor("#c9d3d1")
HIGHLIGHT = colors.HexColor("#f2b84b")
TINT = colors.HexColor("#f3f6f5")

PAGE_MARGIN = 20 * mm
ELLIPSIS = "\u2026"


def escape(text: str) -> str:
    """``&``, ``<`` and ``>`` as entities (``xml.sax.saxutils.escape``, which imports
    ``urllib.request`` and ``http.client`` on the way: a tenth of a one-shot command)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# -- the one way into a Paragraph ----------------------------------------------


def para_text(text: str | None) -> str:
    """User text → safe Paragraph markup (escaped, line breaks kept, any script)."""
    if not text:
        return ""
    lines = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        parts = []
        for font, run in font_runs(visual_order(line)):
            markup = escape(run).replace("\t", "    ")
            parts.append(markup if font is None else f'<font name="{font}">{markup}</font>')
        lines.append("".join(parts))
    return "<br/>".join(lines)


def paragraph(text: str | None, style: ParagraphStyle) -> Paragraph:
    return Paragraph(para_text(text), style)


def text_width(text: str, font: str, size: float) -> float:
    """Width of one line of user text as :func:`draw_line` sets it."""
    return sum(
        pdfmetrics.stringWidth(run, run_font or font, size) for run_font, run in font_runs(text)
    )


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
        not needs_shaping(text)
        and all(font is None for font, _run in font_runs(text))
        and ("".join(run for _font, run in font_runs(text)) == text)
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
