"""The practice's letterhead, the same on the handout, the questionnaire and the evaluation.

One look for all three documents: the logo at the top left, the practice's name
(bold, accent colour) and title at the top right over a thin rule; at the foot a
rule, the contact details on at most two lines and "Seite X von Y" (drawn by
``styles.NumberedCanvas`` or ``styles.draw_page_number``).
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from empfehlung_desktop.reports.fonts import FONT, FONT_BOLD, printable
from empfehlung_desktop.reports.styles import (
    ACCENT,
    PAGE_MARGIN,
    RULE,
    draw_line,
    fit_text,
    text_width,
)

PAGE_WIDTH, PAGE_HEIGHT = A4
LOGO_MAX_W = 45 * mm
LOGO_MAX_H = 15 * mm
HEADER_TOP = PAGE_HEIGHT - PAGE_MARGIN + 6 * mm
# The rule under the letterhead; content starts below it.
HEADER_RULE_Y = HEADER_TOP - LOGO_MAX_H - 3 * mm
FOOTER_BASELINE = PAGE_MARGIN - 6 * mm
FOOTER_RULE_Y = FOOTER_BASELINE + 11
FOOTER_NUMBER_WIDTH = 28 * mm
FOOTER_SIZE = 8


@dataclass(frozen=True)
class Letterhead:
    """Who the practice is, as every document shows it."""

    name: str = ""
    title: str = ""
    contact: tuple[str, ...] = ()  # e-mail, phone, website, address: in this order
    logo: bytes | None = field(default=None, repr=False)

    @classmethod
    def of(
        cls,
        name: str,
        title: str,
        parts: Iterable[str],
        address: str = "",
        logo: bytes | None = None,
    ) -> Letterhead:
        lines = ", ".join(line.strip() for line in address.splitlines() if line.strip())
        contact = tuple(" ".join(p.split()) for p in (*parts, lines) if p and p.strip())
        return cls(name=name, title=title, contact=contact, logo=logo or None)


def _logo(raw: bytes | None) -> ImageReader | None:
    if not raw:
        return None
    try:
        return ImageReader(io.BytesIO(raw))
    except Exception:  # a broken stored logo must not cost the document
        return None


class LetterheadPainter:
    """Draws the letterhead and the footer; decodes the logo once per document."""

    def __init__(self, head: Letterhead) -> None:
        self.head = head
        self.logo = _logo(head.logo)
        self.footer_lines = footer_lines(head)

    def header(self, canvas: Canvas) -> float:
        """The full letterhead (first pages); returns the y of its rule."""
        canvas.saveState()
        right = PAGE_WIDTH - PAGE_MARGIN
        text_left = PAGE_MARGIN
        if self.logo is not None:
            iw, ih = self.logo.getSize()
            scale = min(LOGO_MAX_W / iw, LOGO_MAX_H / ih)
            w, h = iw * scale, ih * scale
            canvas.drawImage(
                self.logo,
                PAGE_MARGIN,
                HEADER_TOP - h,
                w,
                h,
                mask="auto",
                preserveAspectRatio=True,
            )
            text_left = PAGE_MARGIN + w + 6 * mm
        width = right - text_left
        draw_line(
            canvas,
            right,
            HEADER_TOP - 12,
            self.head.name,
            font=FONT_BOLD,
            size=13,
            color=ACCENT,
            align="right",
            width=width,
        )
        draw_line(
            canvas, right, HEADER_TOP - 26, self.head.title, size=9.5, align="right", width=width
        )
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.8)
        canvas.line(PAGE_MARGIN, HEADER_RULE_Y, right, HEADER_RULE_Y)
        canvas.restoreState()
        return HEADER_RULE_Y

    def slim_header(self, canvas: Canvas, label: str) -> None:
        """Later pages: the practice's name on the left, what this is on the right."""
        canvas.saveState()
        y = PAGE_HEIGHT - PAGE_MARGIN + 2 * mm
        half = (PAGE_WIDTH - 2 * PAGE_MARGIN) / 2 - 4 * mm
        draw_line(canvas, PAGE_MARGIN, y, self.head.name, size=8.5, width=half)
        draw_line(canvas, PAGE_WIDTH - PAGE_MARGIN, y, label, size=8.5, align="right", width=half)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(PAGE_MARGIN, y - 4, PAGE_WIDTH - PAGE_MARGIN, y - 4)
        canvas.restoreState()

    def footer(self, canvas: Canvas, extra: str = "") -> None:
        """The rule and the contact lines; ``extra`` (e.g. a form's token) goes last."""
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(PAGE_MARGIN, FOOTER_RULE_Y, PAGE_WIDTH - PAGE_MARGIN, FOOTER_RULE_Y)
        lines = list(self.footer_lines)
        if extra:
            lines = [*lines[:1], extra]
        width = PAGE_WIDTH - 2 * PAGE_MARGIN - FOOTER_NUMBER_WIDTH
        for offset, line in enumerate(lines):
            draw_line(
                canvas,
                PAGE_MARGIN,
                FOOTER_BASELINE - offset * 10,
                line,
                size=FOOTER_SIZE,
                width=width,
            )
        canvas.restoreState()


@lru_cache(maxsize=64)
def footer_lines(head: Letterhead) -> tuple[str, ...]:
    """Name and contact details on at most two lines, filled greedily, never overflowing."""
    parts = [" ".join(printable(p).split()) for p in (head.name, *head.contact) if p.strip()]
    width = PAGE_WIDTH - 2 * PAGE_MARGIN - FOOTER_NUMBER_WIDTH
    lines: list[str] = []
    current = ""
    for part in parts:
        candidate = f"{current} · {part}" if current else part
        if current and text_width(candidate, FONT, FOOTER_SIZE) > width:
            lines.append(current)
            current = part
        else:
            current = candidate
    if current:
        lines.append(current)
    if len(lines) > 2:
        lines = [lines[0], " · ".join(lines[1:])]
    return tuple(fit_text(line, FONT, FOOTER_SIZE, width) for line in lines)
