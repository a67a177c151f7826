"""The feedback summary PDF: key figures, two charts, quotes by question, testimonials.

A pure function of plain data: figures come aggregated from
:func:`services.feedback.stats.summary_data`; quotes are capped
per question (the report says so), so the PDF stays fast with 10,000 feedbacks.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from empfehlung_desktop.files import atomic_writer
from empfehlung_desktop.i18n import _, current_language, format_date
from empfehlung_desktop.reports.fonts import FONT_BOLD, printable, register_fonts
from empfehlung_desktop.reports.letterhead import HEADER_RULE_Y, Letterhead, LetterheadPainter
from empfehlung_desktop.reports.styles import (
    ACCENT,
    PAGE_MARGIN,
    RULE,
    NumberedCanvas,
    para_text,
    paragraph,
    styles,
)
from empfehlung_desktop.reports.summary_answers import (
    group_sections,
    quote_sections,
    testimonial_section,
)
from empfehlung_desktop.reports.summary_benefit import benefit_section
from empfehlung_desktop.reports.summary_charts import (
    CONTENT_WIDTH,
    _fit_chart,
    _fit_table,
    _score_chart,
    german_int,
    german_number,
)
from empfehlung_desktop.services.feedback.stats import FeedbackStats, SummaryData
from empfehlung_desktop.services.feedback.themes import ReliableBenefit


def build_feedback_summary(data: SummaryData, target: Path | BinaryIO, *, today: dt.date) -> None:
    """Write the summary of ``data`` (see :func:`services.feedback.stats.summary_data`)."""
    register_fonts()
    if isinstance(target, Path):
        with atomic_writer(target) as stream:
            _build(stream, data, today)
    else:
        _build(target, data, today)


def letterhead(data: SummaryData) -> Letterhead:
    return Letterhead.of(
        data.practice_name, data.practice_title, data.contact, data.address, data.logo
    )


def _build(target: BinaryIO, data: SummaryData, today: dt.date) -> None:
    stats, practice = data.stats, data.practice_name
    doc = BaseDocTemplate(
        target,
        pagesize=A4,
        leftMargin=PAGE_MARGIN,
        rightMargin=PAGE_MARGIN,
        topMargin=PAGE_MARGIN + 6 * mm,
        bottomMargin=PAGE_MARGIN,
        title=_("Feedback-Auswertung"),
        author=printable(practice),
    )
    painter = LetterheadPainter(letterhead(data))
    first_top = HEADER_RULE_Y - 4 * mm
    first = Frame(
        doc.leftMargin, doc.bottomMargin, doc.width, first_top - doc.bottomMargin, id="first"
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")

    def first_page(canvas: Any, _doc: Any) -> None:
        painter.header(canvas)
        painter.footer(canvas)

    def later_page(canvas: Any, _doc: Any) -> None:
        painter.slim_header(canvas, _("Feedback-Auswertung"))
        painter.footer(canvas)

    doc.addPageTemplates(
        [
            PageTemplate(
                id="first", frames=[first], onPage=first_page, autoNextPageTemplate="page"
            ),
            PageTemplate(id="page", frames=[frame], onPage=later_page),
        ]
    )
    doc.build(_story(stats, data.reliable_benefit, today), canvasmaker=NumberedCanvas)


def period_text(since: dt.date | None, until: dt.date | None) -> str:
    if since is None and until is None:
        return _("Alle Rückmeldungen")
    if since is None:
        assert until is not None
        return _("Bis {date}").format(date=format_date(until))
    if until is None:
        return _("Seit {date}").format(date=format_date(since))
    return f"{format_date(since)} – {format_date(until)}"


def nps_text(stats: FeedbackStats) -> str:
    score = stats.nps.score
    # A typographic minus sign reads better than a hyphen.
    return "–" if score is None else f"{score:+.0f}".replace("-", "\u2212")


def _story(stats: FeedbackStats, benefit: ReliableBenefit | None, today: dt.date) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [
        Paragraph(_("Feedback-Auswertung"), st["title"]),
        paragraph(
            _("{period} · erstellt am {date}").format(
                period=period_text(stats.since, stats.until), date=format_date(today)
            ),
            st["subtitle"],
        ),
        _key_figures(stats),
        Spacer(1, 8),
    ]
    if stats.count == 0:
        story.append(paragraph(_("In diesem Zeitraum gibt es noch kein Feedback."), st["body"]))
        return story
    story += benefit_section(benefit)
    story += [
        KeepTogether(
            [
                Paragraph(_("Wie wahrscheinlich eine Weiterempfehlung ist (0–10)"), st["h2"]),
                _score_chart(stats),
                paragraph(_nps_explanation(stats), st["small"]),
            ]
        ),
        *_trend_section(stats),
        KeepTogether(
            [
                Paragraph(_("Erwartungen nach Herkunft"), st["h2"]),
                paragraph(
                    _(
                        "Passen die Erwartungen besser, wenn jemand über eine Empfehlung "
                        "kommt oder vorher Blog bzw. Website gelesen hat?"
                    ),
                    st["small"],
                ),
                _fit_chart(stats),
                _fit_table(stats),
            ]
        ),
    ]
    story += group_sections(stats)
    story += quote_sections(stats)
    story += testimonial_section(stats)
    return story


def _key_figures(stats: FeedbackStats) -> Table:
    st = styles()
    value_style = st["title"].clone("KeyValue", fontSize=18, leading=24, spaceAfter=0)
    label_style = st["small"]
    nps = stats.nps
    avg = "–" if stats.expectations_avg is None else german_number(stats.expectations_avg)
    groups = " / ".join(german_int(n) for n in (nps.promoters, nps.passives, nps.detractors))
    long_groups = len(groups) > 12
    if long_groups:
        groups = groups.replace(" / ", "/")
    response = stats.response
    rate = "–" if response.share is None else f"{round(100 * response.share)} %"
    if current_language() != "de":
        rate = rate.replace(" %", "%")
    cells = [
        (german_int(stats.count), _("Feedbacks")),
        (nps_text(stats), _("Net Promoter Score")),
        (groups, _("Promotoren / Passive / Kritiker")),
        (
            rate,
            _("Rücklauf: {returned} von {sent} Fragebögen").format(
                returned=german_int(response.returned), sent=german_int(response.sent)
            )
            if response.sent
            else _("Rücklauf: noch kein Fragebogen verschickt"),
        ),
        (_("{value} von 5").format(value=avg), _("Erwartungen erfüllt (Ø)")),
    ]
    # Long group counts (thousands) get a smaller size so they stay on one line.
    group_style = value_style.clone("KeyValueSmall", fontSize=12 if long_groups else 18)
    row = [
        [
            Paragraph(para_text(v), group_style if i == 2 else value_style),
            Paragraph(para_text(lab), label_style),
        ]
        for i, (v, lab) in enumerate(cells)
    ]
    table = Table([row], colWidths=[CONTENT_WIDTH * w for w in (0.13, 0.17, 0.25, 0.2, 0.25)])
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f3f6f5")),
                ("LINEBELOW", (0, 0), (-1, -1), 2, ACCENT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return table


def _nps_explanation(stats: FeedbackStats) -> str:
    nps = stats.nps
    answered = nps.total
    return _(
        "{answered} von {count} Rückmeldungen mit Bewertung. NPS = Anteil der "
        "Promotoren (9–10) minus Anteil der Kritiker (0–6), von −100 bis +100. "
        "Grün: Promotoren, gelb: Passive (7–8), rot: Kritiker."
    ).format(answered=answered, count=stats.count)


def _trend_section(stats: FeedbackStats) -> list[Flowable]:
    """NPS per quarter (the last eight), as a compact table."""
    st = styles()
    points = stats.trend[-8:]
    if len(points) < 2:
        return []
    head = st["label"]
    cell = st["body"].clone("TrendCell", fontSize=9, leading=12, spaceAfter=0)
    strong = cell.clone("TrendStrong", fontName=FONT_BOLD, textColor=ACCENT)
    rows = [
        [Paragraph(_("Quartal"), head)]
        + [Paragraph(f"Q{p.quarter}/{p.year}", head) for p in points],
        [Paragraph(_("NPS"), head)]
        + [
            Paragraph("–" if p.nps is None else f"{p.nps:+.0f}".replace("-", "\u2212"), strong)
            for p in points
        ],
        [Paragraph(_("Bewertungen"), head)]
        + [Paragraph(german_int(p.answered), cell) for p in points],
    ]
    first = CONTENT_WIDTH * 0.2
    table = Table(rows, colWidths=[first] + [(CONTENT_WIDTH - first) / len(points)] * len(points))
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    note = _(
        "Ein Quartal mit wenigen Bewertungen schwankt stark; achten Sie auf die Richtung "
        "über mehrere Quartale."
    )
    return [
        KeepTogether(
            [
                Paragraph(_("NPS im Zeitverlauf"), st["h2"]),
                table,
                paragraph(note, st["small"]),
            ]
        )
    ]
