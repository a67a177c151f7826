"""The evaluation's answer to "what do clients reliably get?" (the "Warum Sie" sentence)."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table, TableStyle

from empfehlung_desktop.i18n import _
from empfehlung_desktop.reports.fonts import FONT_BOLD
from empfehlung_desktop.reports.styles import ACCENT, para_text, paragraph, styles
from empfehlung_desktop.reports.summary_charts import CONTENT_WIDTH
from empfehlung_desktop.services.feedback.themes import MIN_FEEDBACKS, ReliableBenefit


def benefit_section(benefit: ReliableBenefit | None) -> list[Flowable]:
    st = styles()
    title = Paragraph(_("Was Ihre Kundinnen und Kunden verlässlich mitnehmen"), st["h2"])
    if benefit is None:
        note = _(
            "Dafür braucht es Antworten von mindestens {count} Promotoren (9–10), die "
            "gemeinsame Themen nennen."
        ).format(count=MIN_FEEDBACKS)
        return [KeepTogether([title, paragraph(note, st["small"])])]
    themes = " · ".join(
        _("{word} ({count} von {total})").format(
            word=para_text(theme.word), count=theme.feedbacks, total=benefit.promoters
        )
        for theme in benefit.themes
    )
    explain = _(
        "Die Themen, die Promotoren (9–10) am häufigsten nennen – gezählt in wie vielen "
        "ihrer Rückmeldungen sie vorkommen:"
    )
    label = st["small"].clone("BenefitLabel", fontName=FONT_BOLD, textColor=ACCENT)
    sentence = st["body"].clone("BenefitSentence", fontSize=11, leading=15)
    card = Table(
        [
            [paragraph(_("Vorschlag für Ihre „Warum Sie“-Seite"), label)],
            [Paragraph(para_text(benefit.sentence), sentence)],
        ],
        colWidths=[CONTENT_WIDTH],
    )
    card.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eef4f3")),
                ("LINEBEFORE", (0, 0), (0, -1), 3, ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), 12),
                ("TOPPADDING", (0, 0), (-1, 0), 7),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
            ]
        )
    )
    return [
        KeepTogether(
            [
                title,
                paragraph(explain, st["small"]),
                Paragraph(themes, st["body"]),
                card,
            ]
        )
    ]
