"""Charts and number formats of the feedback evaluation (ReportLab graphics)."""

from __future__ import annotations

import math
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.platypus import (
    Flowable,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from empfehlung_desktop.i18n import (
    N_,
    _,
    current_language,
    format_int,
    format_number,
    translate,
)
from empfehlung_desktop.reports.fonts import FONT
from empfehlung_desktop.reports.styles import (
    ACCENT,
    HIGHLIGHT,
    MUTED,
    PAGE_MARGIN,
    RULE,
    para_text,
    styles,
)
from empfehlung_desktop.services.feedback.stats import (
    FeedbackStats,
)

PROMOTER = colors.HexColor("#2e7d5b")
PASSIVE = HIGHLIGHT
DETRACTOR = colors.HexColor("#c0504d")
CONTENT_WIDTH = A4[0] - 2 * PAGE_MARGIN


def german_number(value: float, digits: int = 1) -> str:
    """4.25 → "4,3" (or "4.3" in English)."""
    return format_number(value, digits)


def german_int(value: int) -> str:
    """10000 → "10.000" (German thousands separator; "10,000" in English)."""
    return format_int(value)


def nice_step(highest: int, ticks: int = 5) -> int:
    """An axis step of 1, 2 or 5 × 10^k giving about ``ticks`` grid lines."""
    raw = max(highest / ticks, 1)
    magnitude = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if factor * magnitude >= raw:
            return int(factor * magnitude)
    return int(10 * magnitude)


def _bar_chart(width: float, height: float) -> tuple[Drawing, VerticalBarChart]:
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 36, 24
    chart.width, chart.height = width - 50, height - 36
    chart.strokeColor = None
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#e4eae9")
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 8.5
    chart.categoryAxis.strokeColor = RULE
    chart.bars.strokeColor = None
    drawing.add(chart)
    return drawing, chart


def _score_chart(stats: FeedbackStats) -> Drawing:
    drawing, chart = _bar_chart(CONTENT_WIDTH, 150)
    chart.data = [stats.distribution]
    chart.categoryAxis.categoryNames = [str(i) for i in range(11)]
    highest = max(max(stats.distribution), 1)
    step = nice_step(highest)
    chart.valueAxis.valueStep = step
    chart.valueAxis.valueMax = step * (math.ceil(highest / step) + 1)
    chart.valueAxis.labelTextFormat = "%d"
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 7.5
    chart.barLabels.nudge = 6
    chart.groupSpacing = 6
    for score in range(11):
        colour = PROMOTER if score >= 9 else PASSIVE if score >= 7 else DETRACTOR
        chart.bars[(0, score)].fillColor = colour
    return drawing


def _fit_chart(stats: FeedbackStats) -> Flowable:
    if not any(g.fit_share is not None for g in stats.source_fit):
        return Spacer(1, 2)
    return _fit_drawing(stats)


def _fit_drawing(stats: FeedbackStats) -> Drawing:
    drawing, chart = _bar_chart(CONTENT_WIDTH * 0.7, 120)
    # A group nobody's fit is known for gets no bar (not a "0 %" one); the table says "–".
    known = [g for g in stats.source_fit if g.fit_share is not None]
    shares = [round(100 * (g.fit_share or 0)) for g in known]
    chart.data = [shares or [0]]
    chart.categoryAxis.categoryNames = [translate(_SHORT_SOURCE[g.group]) for g in known] or [""]
    chart.valueAxis.valueMax = 100
    chart.valueAxis.valueStep = 25
    # German writes "50 %", English "50%".
    percent = "%d %%" if current_language() == "de" else "%d%%"
    chart.valueAxis.labelTextFormat = percent
    chart.barLabelFormat = percent
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 8
    chart.barLabels.nudge = 6
    chart.bars[0].fillColor = ACCENT
    chart.groupSpacing = 28
    drawing.add(
        String(
            chart.x,
            chart.y + chart.height + 4,
            _("Erwartungen passten (Erstgespräch)"),
            fontName=FONT,
            fontSize=8,
            fillColor=MUTED,
        )
    )
    return drawing


_SHORT_SOURCE = {"referral": N_("Empfehlung"), "read": N_("Blog/Website"), "other": N_("Andere")}


def _fit_table(stats: FeedbackStats) -> Table:
    st = styles()
    head = st["label"]
    body = st["body"].clone("FitCell", fontSize=9, leading=12, spaceAfter=0)
    rows: list[list[Any]] = [
        [
            Paragraph(t, head)
            for t in (
                _("Herkunft"),
                _("Feedbacks"),
                _("Erwartungen passten"),
                _("Erwartungen erfüllt (Ø 1–5)"),
            )
        ]
    ]
    for group in stats.source_fit:
        share = group.fit_share
        fit = (
            "–"
            if share is None
            else _("{percent} % ({fits} von {known})").format(
                percent=round(100 * share), fits=group.fits, known=group.fit_known
            )
        )
        avg = "–" if group.expectations_avg is None else german_number(group.expectations_avg)
        rows.append(
            [Paragraph(para_text(v), body) for v in (group.label, str(group.count), fit, avg)]
        )
    table = Table(rows, colWidths=[CONTENT_WIDTH * w for w in (0.3, 0.15, 0.3, 0.25)])
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table
