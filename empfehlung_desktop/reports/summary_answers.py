"""The answers part of the feedback summary: by score group, quotes by question, testimonials.

Each section lists what clients wrote, capped per question (the report says how
many were left out), each quote with its name (or "anonym") and month.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from empfehlung_desktop.i18n import N_, _, translate
from empfehlung_desktop.reports.fonts import FONT_BOLD
from empfehlung_desktop.reports.styles import ACCENT, MUTED, RULE, para_text, paragraph, styles
from empfehlung_desktop.reports.summary_charts import (
    CONTENT_WIDTH,
    DETRACTOR,
    PASSIVE,
    PROMOTER,
    german_int,
)
from empfehlung_desktop.services.feedback import questions as q
from empfehlung_desktop.services.feedback.stats import ANSWERS_SHOWN, Answer, FeedbackStats, Quote


def _attribution(quote: Quote) -> str:
    who = quote.name if quote.name else _("anonym")
    text = f"— {who}, {quote.received_on:%m/%Y}"
    if quote.count > 1:
        text += " · " + _("ähnlich noch {count}-mal").format(count=quote.count - 1)
    return text


def _quote_pair(quote: Quote) -> list[Flowable]:
    """One quote and its attribution: two paragraphs, linear to lay out."""
    st = styles()
    by_line = st["small"].clone("Attribution", leftIndent=12, spaceAfter=8)
    return [
        Paragraph(_("„{text}“").format(text=para_text(quote.text)), st["quote"]),
        paragraph(_attribution(quote), by_line),
    ]


def _cap_note(shown: int, total: int) -> list[Flowable]:
    if total <= shown:
        return []
    return [
        paragraph(
            _("Gezeigt werden {shown} verschiedene der {total} zitierbaren Antworten.").format(
                shown=shown, total=total
            ),
            styles()["small"],
        )
    ]


_GROUPS = (
    ("promoter", N_("Promotoren (9–10)"), PROMOTER),
    ("passive", N_("Passive (7–8)"), PASSIVE),
    ("detractor", N_("Kritiker (0–6)"), DETRACTOR),
    ("unrated", N_("Ohne Bewertung"), MUTED),
)


def _score_label(answer: Answer) -> str:
    low_high = answer.score_range
    if low_high is None:
        return "–"
    low, high = low_high
    return str(low) if low == high else f"{low}–{high}"


def _answer_rows(answers: list[Answer], colour: Any) -> Table:
    st = styles()
    text_style = st["body"].clone("AnswerText", fontSize=9, leading=12, spaceAfter=0)
    score_style = text_style.clone(
        "AnswerScore", fontName=FONT_BOLD, textColor=colors.white, alignment=1
    )
    meta = st["small"].clone("AnswerMeta", spaceAfter=0)
    rows = []
    for answer in answers:
        times = _(" (×{count})").format(count=answer.count) if answer.count > 1 else ""
        rows.append(
            [
                Paragraph(_score_label(answer), score_style),
                [
                    Paragraph(
                        _("„{text}“").format(text=para_text(answer.text)) + times, text_style
                    ),
                    Paragraph(f"{answer.received_on:%m/%Y}", meta),
                ],
            ]
        )
    table = Table(rows, colWidths=[11 * mm, CONTENT_WIDTH - 11 * mm])
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (0, -1), colour),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (1, 0), (1, -1), 0.3, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def group_sections(stats: FeedbackStats) -> list[Flowable]:
    """What each NPS group said – every answer, quotable or not, with its score."""
    st = styles()
    out: list[Flowable] = [
        Paragraph(_("Was Promotoren, Passive und Kritiker sagten"), st["h2"]),
        paragraph(
            _(
                "Alle Antworten, auch kritische und solche ohne Zitiererlaubnis – nur für "
                "Sie, ohne Namen. Die Zahl links ist die Bewertung (0–10); ähnliche Antworten "
                "sind zusammengefasst (×Anzahl)."
            ),
            st["small"],
        ),
    ]
    for group, label, colour in _GROUPS:
        answers = stats.answers.get(group, [])
        if not answers:
            continue
        shown = answers[:ANSWERS_SHOWN]
        heading = paragraph(
            _("{group}: {count} Antworten").format(
                group=translate(label), count=german_int(stats.answer_totals.get(group, 0))
            ),
            st["h3"],
        )
        for question in q.TEXT_QUESTIONS:
            rows = [a for a in shown if a.question == question.key]
            if not rows:
                continue
            label_para = paragraph(question.text, st["label"])
            for start in range(0, len(rows), 40):  # page-sized chunks, never one big table
                chunk = _answer_rows(rows[start : start + 40], colour)
                if heading is not None:
                    out.append(KeepTogether([heading, label_para, chunk]))
                    heading = None
                elif start == 0:
                    out.append(KeepTogether([label_para, chunk]))
                else:
                    out.append(chunk)
            out.append(Spacer(1, 4))
        if len(answers) > len(shown):
            out.append(
                paragraph(
                    _("Gezeigt werden {shown} von {total} verschiedenen Antworten.").format(
                        shown=len(shown), total=len(answers)
                    ),
                    st["small"],
                )
            )
    return out


def quote_sections(stats: FeedbackStats) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [
        Paragraph(_("Zitate zur Veröffentlichung"), st["h2"]),
        paragraph(
            _(
                "Nur Antworten, die die Kundin oder der Kunde zum Zitieren freigegeben hat – "
                "mit Namen oder anonym, wie erlaubt. Diese Sätze sind das Maß für die "
                "Erwartungen, die Sie sicher erfüllen, und die Worte, mit denen Sie "
                "weiterempfohlen werden."
            ),
            st["small"],
        ),
    ]
    for question in q.TEXT_QUESTIONS:
        quotes = stats.quotes.get(question.key, [])
        heading = paragraph(question.text, st["h3"])
        if not quotes:
            out += [heading, paragraph(_("Noch keine zitierbaren Antworten."), st["small"])]
            continue
        # The question stays with its first quote; one flat KeepTogether each (nesting
        # them made every question start a new page). Never one big table.
        first, *rest = quotes
        out.append(KeepTogether([heading, *_quote_pair(first)]))
        out += [KeepTogether(_quote_pair(quote)) for quote in rest]
        out += _cap_note(len(quotes), stats.quote_totals.get(question.key, 0))
    return out


def testimonial_section(stats: FeedbackStats) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [Paragraph(_("Freigegebene Referenzen"), st["h2"])]
    if not stats.testimonials:
        out.append(
            paragraph(
                _(
                    "Noch keine Referenz freigegeben. In der Ansicht „Feedback“ lässt sich "
                    "ein Zitat als Referenz freigeben und der Text dafür anpassen."
                ),
                st["small"],
            )
        )
        return out
    out.append(paragraph(_("Fertig zum Verwenden, etwa auf der Website."), st["small"]))
    card_text = st["body"].clone("Card", fontSize=11, leading=16, spaceAfter=2)
    card_by = st["small"].clone("CardBy", fontName=FONT_BOLD, textColor=ACCENT)
    for quote in stats.testimonials:
        who = quote.name or _("Eine Kundin / ein Kunde (anonym)")
        card = Table(
            [
                [Paragraph(_("„{text}“").format(text=para_text(quote.text)), card_text)],
                [paragraph(who, card_by)],
            ],
            colWidths=[CONTENT_WIDTH],
        )
        card.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f3f6f5")),
                    ("LINEBEFORE", (0, 0), (0, -1), 3, ACCENT),
                    ("LEFTPADDING", (0, 0), (-1, -1), 12),
                    ("TOPPADDING", (0, 0), (-1, 0), 8),
                    ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
                ]
            )
        )
        out += [KeepTogether([card]), Spacer(1, 6)]
    out += _cap_note(len(stats.testimonials), stats.testimonials_total)
    return out
