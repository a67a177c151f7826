"""The fillable PDF questionnaire a client gets at the end of an engagement.

Everything a person reads (header, questions, names) is drawn with DejaVu Sans,
so any name prints correctly. The answer fields name an embedded DejaVu subset
(``form_font``) as their font, so whatever program fills them draws ř, ź, Ő as
typed; they are created empty, only the ASCII token (standard font) is pre-filled.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from empfehlung_desktop.files import atomic_writer
from empfehlung_desktop.i18n import _
from empfehlung_desktop.reports.fonts import FONT, FONT_BOLD, FONT_ITALIC, printable, register_fonts
from empfehlung_desktop.reports.form_font import FORM_FONT, use_in_form
from empfehlung_desktop.reports.letterhead import FOOTER_RULE_Y, Letterhead, LetterheadPainter
from empfehlung_desktop.reports.styles import (
    ACCENT,
    MUTED,
    PAGE_MARGIN,
    RULE,
    draw_page_number,
    fit_text,
    para_text,
    styles,
)
from empfehlung_desktop.services.feedback import questions as q
from empfehlung_desktop.services.feedback.forms import FormContent

TOKEN_FIELD = q.TOKEN_FIELD
TEXT_FIELD_NAMES = {question.key: q.field_name(question.key) for question in q.ALL_TEXT_QUESTIONS}
SCALE_FIELD_NAMES = {
    q.RECOMMEND.key: q.field_name(q.RECOMMEND.key),
    q.EXPECTATIONS.key: q.field_name(q.EXPECTATIONS.key),
}
PERMISSION_FIELD = q.field_name("quote_permission")

PAGE_W, PAGE_H = A4
LEFT = PAGE_MARGIN
RIGHT = PAGE_W - PAGE_MARGIN
WIDTH = RIGHT - LEFT
FIELD_FILL = colors.HexColor("#f7faf9")
FIELD_BORDER = colors.HexColor("#9fb3b0")
TEXT_COLOR = colors.HexColor("#222222")


def build_feedback_form(content: FormContent, target: Path | BinaryIO) -> None:
    """Draw the questionnaire ``content`` describes into a file or stream.

    A pure function of its input: the feedback service collects the content and
    records the request (``services/feedback/forms.py``).
    """
    if isinstance(target, Path):
        # Never a half-written form over an earlier one: written aside, then renamed.
        with atomic_writer(target) as stream:
            _draw(content, stream)
    else:
        _draw(content, target)


# -- drawing ------------------------------------------------------------------


def _draw(content: FormContent, target: str | BinaryIO) -> None:
    register_fonts()
    canvas = Canvas(target, pagesize=A4)
    canvas.setTitle(printable(_("Feedback – {name}").format(name=content.client_name)))
    canvas.setAuthor(printable(content.practice_name))
    canvas.setSubject(_("Feedback-Fragebogen"))
    # Every field carries its own appearance (empty text fields, the token, the
    # radio dots); asking readers to regenerate them turned poppler's radios square.
    painter = LetterheadPainter(letterhead(content))
    _first_page(canvas, content, painter.header(canvas))
    _footer(canvas, painter, content, 1)
    canvas.showPage()
    _second_page(canvas, content, painter.header(canvas))
    _footer(canvas, painter, content, 2)
    canvas.showPage()
    canvas.save()


def letterhead(content: FormContent) -> Letterhead:
    return Letterhead.of(
        content.practice_name,
        content.practice_title,
        content.practice_contact.split(" · "),
        content.practice_address,
        content.logo,
    )


FOOTER_TOP = FOOTER_RULE_Y  # as in the handout and the evaluation


def _footer(canvas: Canvas, painter: LetterheadPainter, content: FormContent, page: int) -> None:
    footer = _("Feedback von {name} · {token}").format(
        name=content.client_name, token=content.token
    )
    painter.footer(canvas, extra=footer)
    draw_page_number(canvas, page, 2)


def _paragraph(canvas: Canvas, markup: str, style_name: str, y: float, **overrides: Any) -> float:
    """Draw a wrapped paragraph whose top is at ``y``; return the y below it."""
    style = styles()[style_name]
    if overrides:
        style = ParagraphStyle(f"{style.name}-form", parent=style, **overrides)
    para = Paragraph(markup, style)
    _w, height = para.wrap(WIDTH, PAGE_H)
    para.drawOn(canvas, LEFT, y - height)
    return float(y - height)


def _first_page(canvas: Canvas, content: FormContent, top: float) -> None:
    y = top - 30
    canvas.setFillColor(ACCENT)
    canvas.setFont(FONT_BOLD, 22)
    canvas.drawString(LEFT, y, _("Ihr Feedback"))
    y -= 22
    subtitle = _("für {name}").format(name=content.client_name)
    if content.engagement_title.strip():
        subtitle += f" · {content.engagement_title}"
    # At most two lines, however long the name and the title.
    subtitle = fit_text(subtitle, FONT, 12, 2 * WIDTH - 40)
    y = _paragraph(canvas, para_text(subtitle), "subtitle", y, spaceAfter=0)
    y = _paragraph(canvas, para_text(q.INTRO), "body", y - 8) - 10
    # The three answer boxes share what is left above the footer.
    questions = q.TEXT_QUESTIONS
    labels = sum(_question_height(question) for question in questions)
    gaps = len(questions) * (4 + 16)
    room = y - (FOOTER_TOP + 8) - labels - gaps + 16
    height = max(MIN_BOX, min(118.0, room / len(questions)))
    for question in questions:
        y = _text_question(canvas, question, y, height=height)


MIN_BOX = 48.0


def _question_height(question: q.TextQuestion) -> float:
    heights = 0.0
    for text, style_name, overrides in (
        (question.text, "h3", {"spaceBefore": 0}),
        (question.hint, "small", {"fontName": FONT_ITALIC}),
    ):
        style = ParagraphStyle(f"measure-{style_name}", parent=styles()[style_name], **overrides)
        heights += Paragraph(para_text(text), style).wrap(WIDTH, PAGE_H)[1]
    return heights + 1


def _text_question(canvas: Canvas, question: q.TextQuestion, y: float, height: float) -> float:
    y = _paragraph(canvas, para_text(question.text), "h3", y, spaceBefore=0)
    # The hint wraps instead of running past the margin.
    y = _paragraph(canvas, para_text(question.hint), "small", y - 1, fontName=FONT_ITALIC)
    field_top = y - 4
    form: Any = canvas.acroForm
    use_in_form(form)
    form.textfield(
        name=TEXT_FIELD_NAMES[question.key],
        tooltip=question.text,
        value="",
        x=LEFT,
        y=field_top - height,
        width=WIDTH,
        height=height,
        fontName=FORM_FONT,
        fontSize=10,
        fieldFlags="multiline",
        maxlen=None,
        borderColor=FIELD_BORDER,
        fillColor=FIELD_FILL,
        textColor=TEXT_COLOR,
        borderWidth=0.8,
        forceBorder=True,
    )
    return field_top - height - 16


def _second_page(canvas: Canvas, content: FormContent, top: float) -> None:
    y = top - 26
    y = _scale_question(canvas, q.RECOMMEND, y)
    y = _scale_question(canvas, q.EXPECTATIONS, y - 6)
    y = _permission_question(canvas, y - 6)
    y = _text_question(canvas, q.WHO_ELSE, y - 4, height=90)
    _closing(canvas, content, y - 2)


def _scale_question(canvas: Canvas, question: q.ScaleQuestion, y: float) -> float:
    y = _paragraph(canvas, para_text(question.text), "h3", y, spaceBefore=0)
    count = question.high - question.low + 1
    step = min(40.0, (WIDTH - 20) / count)
    size = 15
    row_y = y - 26
    form: Any = canvas.acroForm
    canvas.setFont(FONT, 9)
    canvas.setFillColor(TEXT_COLOR)
    for index, value in enumerate(range(question.low, question.high + 1)):
        x = LEFT + 4 + index * step
        form.radio(
            name=SCALE_FIELD_NAMES[question.key],
            tooltip=f"{question.text} {value}",
            value=str(value),
            selected=False,
            x=x,
            y=row_y,
            size=size,
            **_RADIO_LOOK,
        )
        _radio_ring(canvas, x, row_y, size)
        canvas.setFont(FONT, 9)
        canvas.setFillColor(TEXT_COLOR)
        canvas.drawCentredString(x + size / 2, row_y - 11, str(value))
    canvas.setFont(FONT_ITALIC, 8.5)
    canvas.setFillColor(MUTED)
    last_x = LEFT + 4 + (count - 1) * step + size
    canvas.drawString(LEFT + 4, row_y - 24, printable(f"{question.low} = {question.low_label}"))
    canvas.drawRightString(
        last_x, row_y - 24, printable(f"{question.high} = {question.high_label}")
    )
    return row_y - 40


# ReportLab's round radio appearance draws its ring off-centre (two rings in
# MuPDF), and poppler replaces it by a square when asked to regenerate it. So the
# ring is printed on the page and the field itself is borderless: its "on"
# appearance is just the dot, the same in every viewer.
_RADIO_LOOK: dict[str, Any] = {
    "buttonStyle": "circle",
    "shape": "square",
    "borderColor": None,
    "fillColor": None,
    "textColor": ACCENT,
    "borderWidth": 0,
    "forceBorder": False,
    "fieldFlags": "noToggleToOff radio",
}


def _radio_ring(canvas: Canvas, x: float, y: float, size: float) -> None:
    canvas.saveState()
    canvas.setStrokeColor(FIELD_BORDER)
    canvas.setFillColor(FIELD_FILL)
    canvas.setLineWidth(0.8)
    canvas.circle(x + size / 2, y + size / 2, size / 2 - 0.6, stroke=1, fill=1)
    canvas.restoreState()


def _permission_question(canvas: Canvas, y: float) -> float:
    y = _paragraph(canvas, para_text(q.PERMISSION_QUESTION), "h3", y, spaceBefore=0)
    form: Any = canvas.acroForm
    x = LEFT + 4
    row_y = y - 24
    canvas.setFont(FONT, 10)
    canvas.setFillColor(TEXT_COLOR)
    for permission, text in q.PERMISSION_CHOICES:
        form.radio(
            name=PERMISSION_FIELD,
            tooltip=text,
            value=permission.value,
            selected=False,
            x=x,
            y=row_y,
            size=15,
            **_RADIO_LOOK,
        )
        _radio_ring(canvas, x, row_y, 15)
        canvas.setFont(FONT, 10)
        canvas.setFillColor(TEXT_COLOR)
        canvas.drawString(x + 21, row_y + 4, printable(text))
        x += 160
    return row_y - 20


def _closing(canvas: Canvas, content: FormContent, y: float) -> None:
    if content.practice_email.strip():
        thanks = _(
            "Herzlichen Dank! Bitte speichern Sie das ausgefüllte Formular und senden Sie "
            "es per E-Mail an {email} zurück."
        ).format(email=content.practice_email)
    else:
        thanks = _(
            "Herzlichen Dank! Bitte speichern Sie das ausgefüllte Formular und senden Sie "
            "es mir zurück."
        )
    y = _paragraph(canvas, para_text(thanks), "body", y)
    box_top = y - 8
    canvas.setStrokeColor(RULE)
    canvas.setFillColor(colors.HexColor("#f3f6f5"))
    canvas.roundRect(LEFT, box_top - 40, WIDTH, 40, 4, stroke=1, fill=1)
    canvas.setFillColor(MUTED)
    canvas.setFont(FONT, 8.5)
    canvas.drawString(LEFT + 10, box_top - 16, _("Formular-Kennung (bitte nicht ändern)"))
    canvas.drawString(LEFT + 10, box_top - 30, _("Sie ordnet Ihre Antworten dem Auftrag zu."))
    form: Any = canvas.acroForm
    form.textfield(
        name=TOKEN_FIELD,
        tooltip=_("Formular-Kennung"),
        value=content.token,  # ASCII only, safe for the standard font
        x=RIGHT - 210,
        y=box_top - 32,
        width=200,
        height=22,
        fontName="Helvetica",
        fontSize=9,
        fieldFlags="readOnly",
        maxlen=None,
        borderColor=RULE,
        fillColor=colors.white,
        textColor=TEXT_COLOR,
        borderWidth=0.5,
        forceBorder=True,
    )
