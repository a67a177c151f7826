"""The personalised "Warum Sie" handout as an A4 PDF (ReportLab platypus).

A pure function of :class:`~empfehlung_desktop.services.engagements.handout.HandoutData`,
laid out to fit one page with a normal profile: the greeting and the profile
sections in a main column of about 65 characters a line (German hyphenation), a
tinted side column with the meeting, the referrer, the need in the prospect's
words, the preparation questions and one or two client quotes, and at the foot
the privacy notice a referred prospect is owed (DSGVO Art. 14). A longer profile
flows on to a second page in the same measure. Logo and name head the first page,
contact details and "Seite X von Y" close every page.
"""

from __future__ import annotations

import importlib.util
from functools import cache, lru_cache
from pathlib import Path
from typing import IO, Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    FrameBreak,
    KeepTogether,
    PageTemplate,
    Paragraph,
)

from empfehlung_desktop.files import atomic_writer
from empfehlung_desktop.i18n import _, current_language, format_long_date, format_time
from empfehlung_desktop.reports import hyphenation
from empfehlung_desktop.reports.bidi_paragraph import BidiParagraph
from empfehlung_desktop.reports.fonts import FONT_BOLD, printable, register_fonts
from empfehlung_desktop.reports.letterhead import HEADER_RULE_Y, Letterhead, LetterheadPainter
from empfehlung_desktop.reports.rtl import has_rtl
from empfehlung_desktop.reports.styles import (
    ACCENT,
    MUTED,
    PAGE_MARGIN,
    RULE,
    NumberedCanvas,
    para_text,
    styles,
)
from empfehlung_desktop.services.engagements.handout_data import (
    HandoutData,
    ProfileData,
    Section,
)

PAGE_WIDTH, PAGE_HEIGHT = A4
# The frames: below the logo header on page 1, below a slim header after that,
# above the two footer lines everywhere. The main column keeps a comfortable
# measure (about 65 characters of body text); the side column holds the facts.
FIRST_FRAME_TOP = HEADER_RULE_Y - 2 * mm
LATER_FRAME_TOP = PAGE_HEIGHT - 25 * mm
FRAME_BOTTOM = PAGE_MARGIN
SIDE_WIDTH = 48 * mm
COLUMN_GAP = 6 * mm
SIDE_PADDING = 3 * mm
MAIN_WIDTH = PAGE_WIDTH - 2 * PAGE_MARGIN - SIDE_WIDTH - COLUMN_GAP
TINT = colors.HexColor("#eef4f3")
BULLETS = ("•", "-", "–", "*")


def preparation_intro() -> str:
    return _(
        "Damit wir die gemeinsame Zeit gut nutzen, können Sie sich vorab ein paar Gedanken "
        "machen. Stichworte genügen – wir beginnen das Gespräch mit Ihren Antworten."
    )


def preparation_questions(referred: bool = False) -> tuple[str, ...]:
    """The questions for the prospect; one asks how they found us unless we know it."""
    questions = (
        _("Worum geht es Ihnen – in Ihren eigenen Worten? Was soll sich ändern?"),
        _("Was ärgert oder frustriert Sie daran im Moment am meisten?"),
        _(
            "Was wünschen Sie sich, und woran würden Sie merken, dass sich die "
            "Zusammenarbeit gelohnt hat?"
        ),
    )
    if referred:
        return (*questions, _("Was hat man Ihnen über meine Arbeit erzählt?"))
    return (
        *questions,
        _(
            "Wie sind Sie auf mich aufmerksam geworden, und was haben Sie schon von mir "
            "gelesen oder gehört?"
        ),
    )


def _hyphenation() -> dict[str, Any]:
    """German (or English) hyphenation when pyphen is installed; else none."""
    if importlib.util.find_spec("pyphen") is None:  # ReportLab imports it itself
        return {}
    lang = "en_GB" if current_language() == "en" else "de_DE"
    hyphenation.preload(lang)  # parsed patterns from the cache folder, not the .dic
    return {"hyphenationLang": lang}


@cache
def _handout_styles(language: str) -> dict[str, ParagraphStyle]:
    base = styles()
    hyphens = _hyphenation()
    body = ParagraphStyle(
        "HandoutBody", parent=base["body"], fontSize=9, leading=12, spaceAfter=2.5, **hyphens
    )
    side = ParagraphStyle(
        "HandoutSide", parent=body, fontSize=8, leading=10.6, spaceAfter=2, **hyphens
    )
    side_label = ParagraphStyle(
        "HandoutSideLabel",
        parent=side,
        fontName=FONT_BOLD,
        textColor=ACCENT,
        spaceBefore=7,
        spaceAfter=1,
        keepWithNext=True,
    )
    return {
        "body": body,
        "h2": ParagraphStyle(
            "HandoutH2",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=10.5,
            leading=13,
            textColor=ACCENT,
            spaceBefore=5,
            spaceAfter=2,
            keepWithNext=True,
        ),
        "title": ParagraphStyle(
            "HandoutTitle", parent=base["title"], fontSize=22, leading=26, spaceAfter=4
        ),
        "bullet": ParagraphStyle(
            "HandoutBullet", parent=body, leftIndent=11, bulletIndent=1, spaceAfter=2
        ),
        "closing": ParagraphStyle("HandoutClosing", parent=body, spaceBefore=8),
        "notice": ParagraphStyle(
            "HandoutNotice",
            parent=body,
            fontSize=6.5,
            leading=8.2,
            textColor=MUTED,
            spaceBefore=12,
        ),
        "side": side,
        "side_label": side_label,
        "side_strong": ParagraphStyle(
            "HandoutSideStrong", parent=side, fontName=FONT_BOLD, spaceAfter=0
        ),
        "side_bullet": ParagraphStyle(
            "HandoutSideBullet", parent=side, leftIndent=9, bulletIndent=0, spaceAfter=2
        ),
        "quote": ParagraphStyle(
            "HandoutQuote", parent=side, textColor=colors.HexColor("#333333"), spaceAfter=0
        ),
        "attribution": ParagraphStyle(
            "HandoutAttribution", parent=side, textColor=MUTED, alignment=2, spaceAfter=4
        ),
    }


def handout_styles() -> dict[str, ParagraphStyle]:
    """The handout's own styles for the current language (built once per language)."""
    return _handout_styles(current_language())


class _Rule(Flowable):
    """A thin accent line that separates the personal part from the profile."""

    def __init__(self, width_ratio: float = 1.0, color: Any = RULE) -> None:
        super().__init__()
        self.width_ratio = width_ratio
        self.color = color

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width * self.width_ratio
        return self.width, 6

    def draw(self) -> None:
        self.canv.setStrokeColor(self.color)
        self.canv.setLineWidth(0.8)
        self.canv.line(0, 3, self.width, 3)


def letterhead(profile: ProfileData) -> Letterhead:
    """The practice as the handout (and every other document) shows it."""
    return Letterhead.of(
        profile.name,
        profile.title,
        (profile.email, profile.phone, profile.website),
        profile.address,
        profile.logo,
    )


class _Decorator:
    """Draws headers and footers: the shared letterhead plus the tinted side column."""

    def __init__(self, data: HandoutData) -> None:
        self.data = data
        self.painter = LetterheadPainter(letterhead(data.profile))

    def first_page(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        self.painter.header(canvas)
        canvas.saveState()
        canvas.setFillColor(TINT)
        side_x = PAGE_WIDTH - PAGE_MARGIN - SIDE_WIDTH
        canvas.rect(
            side_x,
            FRAME_BOTTOM,
            SIDE_WIDTH,
            FIRST_FRAME_TOP - FRAME_BOTTOM,
            stroke=0,
            fill=1,
        )
        canvas.restoreState()
        self.painter.footer(canvas)

    def later_pages(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        prospect = _("Warum Sie · für {name}").format(name=self.data.prospect_name)
        self.painter.slim_header(canvas, prospect)
        self.painter.footer(canvas)


@lru_cache(maxsize=256)
def _body_parts(text: str) -> tuple[tuple[bool, str, str], ...]:
    """Free text → (is_bullet, text, markup) parts: blank lines separate paragraphs,
    lines starting with •/- become bullets. Cached: in a batch every handout repeats
    the same profile texts."""
    parts: list[tuple[bool, str, str]] = []
    pending: list[str] = []

    def flush() -> None:
        if pending:
            joined = "\n".join(pending)
            parts.append((False, joined, para_text(joined)))
            pending.clear()

    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        stripped = line.strip()
        if not stripped:
            flush()
        elif stripped[0] in BULLETS and stripped[1:2] == " ":
            flush()
            item = stripped[2:].strip()
            parts.append((True, item, para_text(item)))
        else:
            pending.append(line)
    flush()
    return tuple(parts)


def _body_flowables(text: str, style: ParagraphStyle, bullet: ParagraphStyle) -> list[Flowable]:
    out: list[Flowable] = []
    for is_bullet, raw, markup in _body_parts(text):
        kwargs = {"bulletText": "•"} if is_bullet else {}
        chosen = bullet if is_bullet else style
        if has_rtl(raw):  # a long Hebrew or Arabic paragraph keeps its line order
            out.append(BidiParagraph(raw, chosen, **kwargs))
        else:
            out.append(Paragraph(markup, chosen, **kwargs))
    return out


_title_markup = lru_cache(maxsize=256)(para_text)


def _quoted(text: str, style: ParagraphStyle) -> Flowable:
    """A client's own words in quotation marks; Hebrew or Arabic keeps its line order."""
    if has_rtl(text):
        return BidiParagraph(_("„{text}“").format(text=text), style)
    return Paragraph(_("„{text}“").format(text=para_text(text)), style)


def _side_column(data: HandoutData, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    """The facts beside the text: meeting, referrer, need, preparation, client quotes."""
    out: list[Flowable] = [Paragraph(_("Unser Erstgespräch"), st["side_label"])]
    if data.first_meeting_at is not None:
        when = data.first_meeting_at
        out.append(Paragraph(para_text(format_long_date(when.date())), st["side_strong"]))
        out.append(Paragraph(_("um {time} Uhr").format(time=format_time(when)), st["side"]))
    else:
        out.append(Paragraph(_("Den Termin stimmen wir noch ab."), st["side"]))
    if data.referrer_name:
        out.append(Paragraph(_("Empfohlen von"), st["side_label"]))
        out.append(Paragraph(para_text(data.referrer_name), st["side"]))
    if data.need:
        out.append(Paragraph(_("Ihr Anliegen, wie ich es verstanden habe"), st["side_label"]))
        out.append(_quoted(data.need, st["side"]))
    out.append(Paragraph(_("Zur Vorbereitung"), st["side_label"]))
    out.append(Paragraph(preparation_intro(), st["side"]))
    referred = data.referrer_name is not None or data.privacy_notice is not None
    out.extend(
        Paragraph(q, st["side_bullet"], bulletText="•") for q in preparation_questions(referred)
    )
    if data.testimonials:
        out.append(Paragraph(_("Was Kundinnen und Kunden sagen"), st["side_label"]))
        for quote in data.testimonials:
            out.append(
                KeepTogether(
                    [
                        _quoted(quote.text, st["quote"]),
                        Paragraph("– " + para_text(quote.attribution), st["attribution"]),
                    ]
                )
            )
    if data.privacy_notice:
        out.append(Paragraph(para_text(data.privacy_notice), st["notice"]))
    return out


def _sections(sections: list[Section], st: dict[str, ParagraphStyle]) -> list[Flowable]:
    out: list[Flowable] = []
    for section in sections:
        if section.title.strip():
            out.append(Paragraph(_title_markup(section.title), st["h2"]))
        out.extend(_body_flowables(section.body, st["body"], st["bullet"]))
    return out


def _main_column(data: HandoutData, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    flow: list[Flowable] = [
        Paragraph(_("Warum Sie"), st["title"]),
        Paragraph(
            para_text(data.greeting)
            + "<br/>"
            + _(
                "bevor wir uns kennenlernen, möchte ich Ihnen zeigen, wie ich arbeite – damit "
                "Sie entscheiden können, ob wir zueinander passen."
            ),
            st["body"],
        ),
        _Rule(),
    ]
    flow.extend(_sections(data.sections, st))
    signature = _("Ich freue mich auf unser Gespräch.")
    if data.profile.name.strip():
        signature += f"<br/><b>{para_text(data.profile.name)}</b>"
    flow.append(Paragraph(signature, st["closing"]))
    return flow


def story(data: HandoutData) -> list[Flowable]:
    """The flowables in frame order: the side column first, then the main column."""
    st = handout_styles()
    return [*_side_column(data, st), FrameBreak(), *_main_column(data, st)]


def _doc(data: HandoutData, target: str | IO[bytes]) -> BaseDocTemplate:
    decorator = _Decorator(data)
    side = Frame(
        PAGE_WIDTH - PAGE_MARGIN - SIDE_WIDTH,
        FRAME_BOTTOM,
        SIDE_WIDTH,
        FIRST_FRAME_TOP - FRAME_BOTTOM,
        id="side",
        leftPadding=SIDE_PADDING,
        rightPadding=SIDE_PADDING,
        topPadding=SIDE_PADDING,
        bottomPadding=SIDE_PADDING,
    )
    main = Frame(
        PAGE_MARGIN,
        FRAME_BOTTOM,
        MAIN_WIDTH,
        FIRST_FRAME_TOP - FRAME_BOTTOM,
        id="main",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
    )
    later = Frame(
        PAGE_MARGIN,
        FRAME_BOTTOM,
        MAIN_WIDTH,
        LATER_FRAME_TOP - FRAME_BOTTOM,
        id="later",
        leftPadding=0,
        rightPadding=0,
    )
    title = _("Warum Sie – für {name}").format(name=data.prospect_name)
    doc = BaseDocTemplate(
        target,
        pagesize=A4,
        title=printable(title),
        author=printable(data.profile.name),
        subject=_("Was Sie vor unserem Erstgespräch wissen sollten"),
        creator="Empfehlung Desktop",
        leftMargin=PAGE_MARGIN,
        rightMargin=PAGE_MARGIN,
        topMargin=PAGE_MARGIN,
        bottomMargin=PAGE_MARGIN,
        lang="en-GB" if current_language() == "en" else "de-DE",
    )
    doc.addPageTemplates(
        [
            PageTemplate(
                id="First",
                frames=[side, main],
                onPage=decorator.first_page,
                autoNextPageTemplate="Later",
            ),
            PageTemplate(id="Later", frames=[later], onPage=decorator.later_pages),
        ]
    )
    return doc


def build_handout(data: HandoutData, target: str | Path | IO[bytes]) -> None:
    """Write the handout PDF to a path or a binary file object."""
    register_fonts()
    if isinstance(target, (str, Path)):
        with atomic_writer(Path(target)) as stream:
            _doc(data, stream).build(story(data), canvasmaker=NumberedCanvas)
    else:
        _doc(data, target).build(story(data), canvasmaker=NumberedCanvas)
