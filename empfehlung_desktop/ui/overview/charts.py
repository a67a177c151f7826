"""QtCharts builders for the overview. Only this package imports QtCharts (slow to load)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalPercentBarSeries,
    QHorizontalStackedBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter

from empfehlung_desktop.ui import theme

# Keys of the chart colours in ``theme`` (a light and a dark shade each).
BLUE = "blue"
TEAL = "teal"
GREEN = "green"
AMBER = "amber"
RED = "red"


@dataclass(frozen=True)
class BarSet:
    label: str
    values: list[int]
    color: str  # a key of theme.Colours.series


def _t(text: str) -> str:
    return QCoreApplication.translate("OverviewCharts", text)


def nice_scale(top: int, max_intervals: int = 5) -> tuple[int, int]:
    """An axis maximum above ``top`` (room for labels) and a tick count on whole numbers."""
    wanted = max(1.0, top * 1.15)
    step = 1
    while wanted / step > max_intervals:
        for factor in (2, 2.5, 2):
            step = int(step * factor)
            if wanted / step <= max_intervals:
                break
    intervals = -(-int(wanted + 0.999) // step)
    return intervals * step, intervals + 1


def new_view() -> QChartView:
    view = QChartView()
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(280)
    return view


def bar_chart(
    categories: list[str],
    sets: list[BarSet],
    *,
    horizontal: bool = False,
    stacked: bool = False,
    percent: bool = False,
) -> QChart:
    """A bar chart with value labels; integer axis; legend only for several sets."""
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(0)
    variant = theme.colours()
    text = QColor(variant.chart_text)
    chart.setBackgroundBrush(QColor(variant.chart_background))
    chart.setTitleBrush(text)
    chart.legend().setLabelColor(text)
    series: QAbstractBarSeries
    if percent:
        series = QHorizontalPercentBarSeries()
    elif horizontal and stacked:
        series = QHorizontalStackedBarSeries()
    elif horizontal:
        series = QHorizontalBarSeries()
    elif stacked:
        series = QStackedBarSeries()
    else:
        series = QBarSeries()
    top = 0
    for spec in sets:
        bar_set = QBarSet(spec.label)
        bar_set.append([float(v) for v in spec.values])
        colour = variant.series[spec.color]
        bar_set.setColor(QColor(colour.fill))
        bar_set.setBorderColor(QColor(colour.fill))
        # Inside a bar the label is drawn on the bar, else on the chart's background.
        bar_set.setLabelColor(QColor(colour.label if percent or stacked else variant.chart_text))
        series.append(bar_set)
        top = max(top, *spec.values) if spec.values else top
    if stacked and sets:
        top = max(sum(values) for values in zip(*(s.values for s in sets), strict=True))
    series.setLabelsVisible(True)
    series.setLabelsFormat("@value %" if percent else "@value")
    if stacked:
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsInsideEnd)
    elif not percent:
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
    chart.addSeries(series)
    category_axis = QBarCategoryAxis()
    category_axis.append(categories)
    value_axis = QValueAxis()
    value_axis.setLabelFormat("%d" if not percent else "%d %%")
    label_font = QFont()
    label_font.setPointSize(9)
    category_axis.setLabelsFont(label_font)
    value_axis.setLabelsFont(label_font)
    for axis in (category_axis, value_axis):
        axis.setLabelsColor(text)
        axis.setGridLineColor(QColor(variant.chart_grid))
        axis.setLinePenColor(QColor(variant.chart_grid))
    if horizontal or percent:
        chart.addAxis(category_axis, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(value_axis, Qt.AlignmentFlag.AlignBottom)
    else:
        chart.addAxis(category_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(value_axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(category_axis)
    series.attachAxis(value_axis)
    # The range must be set after attaching, or the series keeps its own domain.
    if percent:
        value_axis.setRange(0, 100)
    else:
        upper, ticks = nice_scale(top)
        value_axis.setRange(0, upper)
        value_axis.setTickCount(ticks)
    chart.legend().setVisible(len(sets) > 1)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    if not any(any(s.values) for s in sets):
        chart.setTitle(
            QCoreApplication.translate(
                "OverviewCharts", "Für diesen Zeitraum gibt es noch keine Daten."
            )
        )
    return chart
