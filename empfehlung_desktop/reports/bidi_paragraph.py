"""A paragraph of user text whose right-to-left lines keep their order when it wraps.

:func:`styles.para_text` puts each logical line into visual order before
ReportLab breaks it into lines. For a short name that is all it needs; a long
Hebrew or Arabic paragraph, though, would then wrap from its visual start, so
its last words land on the first line. :class:`BidiParagraph` breaks the
paragraph in logical order first, then puts each resulting line into visual
order and sets the lines with explicit breaks; a paragraph that starts in a
right-to-left script is also set flush right. Text without Hebrew or Arabic
takes the ordinary path (no second pass).
"""

from __future__ import annotations

import unicodedata
from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from empfehlung_desktop.reports.fonts import font_runs
from empfehlung_desktop.reports.rtl import has_rtl, visual_order
from empfehlung_desktop.reports.styles import escape, para_text


def _base_is_rtl(text: str) -> bool:
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def rtl_visual_order(line: str) -> str:
    """Visual order of a line whose base direction is right-to-left: the words
    reversed, runs of left-to-right words kept in their own order."""
    tokens = line.split(" ")
    reversed_tokens = list(reversed(tokens))
    out: list[str] = []
    run: list[str] = []
    for token in reversed_tokens:
        strong = next(
            (
                unicodedata.bidirectional(ch)
                for ch in token
                if unicodedata.bidirectional(ch) in ("L", "R", "AL")
            ),
            None,
        )
        if strong == "L" or (run and strong is None):
            run.append(token)
            continue
        if run:
            out.extend(reversed(run))
            run = []
        out.append(token)
    out.extend(reversed(run))
    return " ".join(out)


def _line_markup(line: str, rtl_base: bool) -> str:
    visual = rtl_visual_order(line) if rtl_base else visual_order(line)
    parts = []
    for font, run in font_runs(visual):
        markup = escape(run).replace("\t", "    ")
        parts.append(markup if font is None else f'<font name="{font}">{markup}</font>')
    return "".join(parts)


class BidiParagraph(Paragraph):
    """``Paragraph(para_text(text), style)`` whose wrapped RTL lines stay in order."""

    def __init__(self, text: str, style: ParagraphStyle, **kwargs: Any) -> None:
        self._source = text or ""
        self._bidi = has_rtl(self._source)
        self._laid_out_for: float | None = None
        self._kwargs = kwargs
        self._rtl_base = self._bidi and _base_is_rtl(self._source)
        if self._bidi:
            # Words are not split across lines here: the second pass sets whole lines.
            style = ParagraphStyle(
                f"{style.name}-bidi", parent=style, hyphenationLang="", embeddedHyphenation=0
            )
        if self._rtl_base and style.alignment != TA_CENTER:
            style = ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT)
        self._bidi_style = style
        super().__init__(para_text(self._source), style, **kwargs)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._bidi and self._laid_out_for != availWidth:
            self._laid_out_for = availWidth
            markup = self._markup_for(availWidth)
            if markup is not None:
                Paragraph.__init__(self, markup, self._bidi_style, **self._kwargs)
        return super().wrap(availWidth, availHeight)

    def _markup_for(self, width: float) -> str | None:
        """Break each logical line as ReportLab would, then order each piece."""
        lines: list[str] = []
        for logical in self._source.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
            if not logical.strip():
                lines.append("")
                continue
            if any(font is not None for font, _run in font_runs(logical)):
                return None  # a fallback font inside: the whole-line order (short names)
            probe = Paragraph(escape(logical), self._bidi_style, **self._kwargs)
            probe.wrap(width, 1e6)
            # Only the break positions are taken from ReportLab (its line texts are
            # already shaped): as many words per line, from the logical text.
            words = logical.split()
            counts = [len(text.split()) for text in _line_texts(probe)]
            if sum(counts) != len(words):
                return None  # a word was split: keep the whole-line order
            start = 0
            for count in counts:
                lines.append(_line_markup(" ".join(words[start : start + count]), self._rtl_base))
                start += count
        return "<br/>".join(lines)


def _line_texts(probe: Paragraph) -> list[str]:
    """The text of each line ReportLab broke ``probe`` into (logical order)."""
    para = probe.blPara
    if para.kind == 0:  # plain lines: (extra space, words)
        return [" ".join(str(word) for word in words) for _extra, words in para.lines]
    # Lines of fragments: one font, no markup, so each fragment holds whole words.
    return ["".join(str(frag.text) for frag in line.words) for line in para.lines]
