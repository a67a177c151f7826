"""The "Überblick" view: five charts with a period filter, each savable as PNG.

QtCharts is imported only when this view is first shown (via ``charts``).
"""

from __future__ import annotations

import datetime as dt
import errno
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from empfehlung_desktop import files
from empfehlung_desktop.errors import StoreError, UserError
from empfehlung_desktop.model import ContactSource, ExpectationFit, SpiralStage
from empfehlung_desktop.services.today import overview
from empfehlung_desktop.ui import theme
from empfehlung_desktop.ui.context import ViewContext
from empfehlung_desktop.ui.formats import date_edit, from_qdate
from empfehlung_desktop.ui.i18n import enum_label
from empfehlung_desktop.ui.widgets import file_dialogs
from empfehlung_desktop.ui.widgets.view_base import View

if TYPE_CHECKING:  # QtCharts loads only with the view (see charts.py)
    from PySide6.QtCharts import QChart

STYLE = """
QLabel#overviewTitle { font-size: 20pt; font-weight: 600; }
QFrame#chartCard { border: 1px solid palette(midlight); border-radius: 6px; }
QLabel#chartTitle { font-size: 12pt; font-weight: 600; }
QLabel#chartHint { color: @muted; }
"""


class ChartCard(QFrame):
    """A titled chart with a short explanation and a "save as PNG" button."""

    def __init__(self, key: str, title: str, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from empfehlung_desktop.ui.overview import charts

        self.key = key
        self.title = title
        self.setObjectName("chartCard")
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        label = QLabel(title)
        label.setObjectName("chartTitle")
        head.addWidget(label, 1)
        self.save_button = QPushButton(self.tr("Als PNG speichern …"))
        head.addWidget(self.save_button)
        layout.addLayout(head)
        explanation = QLabel(hint)
        explanation.setObjectName("chartHint")
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        self.chart_view = charts.new_view()
        layout.addWidget(self.chart_view, 1)

    def set_chart(self, chart: QChart) -> None:
        old = self.chart_view.chart()
        self.chart_view.setChart(chart)
        if old is not None:
            old.deleteLater()


class OverviewView(View):
    """Charts: sources, referral funnel, give-and-take, spiral, expectation fit."""

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        theme.follow(self, STYLE)
        theme.watcher().changed.connect(self.refresh)  # charts in the new colours
        title = QLabel(self.tr("Überblick"))
        title.setObjectName("overviewTitle")
        self.period = QComboBox()
        for text, key in (
            (self.tr("Letzte 12 Monate"), "last_12_months"),
            (self.tr("Dieses Jahr"), "this_year"),
            (self.tr("Alles"), "all"),
            (self.tr("Eigener Zeitraum"), "custom"),
        ):
            self.period.addItem(text, key)
        today = self.today()
        self.start = date_edit(today.replace(month=1, day=1), self)
        self.end = date_edit(today, self)
        self.range_label = QLabel(self.tr("bis"))
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(QLabel(self.tr("Zeitraum:")))
        for widget in (self.period, self.start, self.range_label, self.end):
            header.addWidget(widget)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.start.dateChanged.connect(self.refresh)
        self.end.dateChanged.connect(self.refresh)

        self.cards = {
            "sources": ChartCard(
                "herkunft",
                self.tr("Woher Ihre Anfragen kommen"),
                self.tr("Anfragen und Aufträge nach Herkunft des Kontakts."),
            ),
            "funnel": ChartCard(
                "empfehlungen",
                self.tr("Aus Empfehlungen werden Aufträge"),
                self.tr("Eingegangene Empfehlungen, daraus Erstgespräche und Aufträge."),
            ),
            "give_take": ChartCard(
                "geben-und-nehmen",
                self.tr("Geben und Nehmen im Netzwerk"),
                self.tr(
                    "Erhalten: Empfehlungen dieser Person an Sie. "
                    "Gegeben: Ihre Empfehlungen und Vorstellungen für sie."
                ),
            ),
            "spiral": ChartCard(
                "spirale",
                self.tr("Empfehlungsspirale"),
                self.tr("Kontakte je Stufe (aktueller Stand, unabhängig vom Zeitraum)."),
            ),
            "fit": ChartCard(
                "erwartungen",
                self.tr("Passen die Erwartungen?"),
                self.tr("Einschätzung nach dem Erstgespräch, nach Herkunft der Anfrage."),
            ),
        }
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setSpacing(14)
        for index, card in enumerate(self.cards.values()):
            grid.addWidget(card, index // 2, index % 2)
            card.save_button.clicked.connect(lambda _checked=False, c=card: self.save_png(c))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(grid_host)
        from empfehlung_desktop.ui.overview.network import NetworkPanel

        self.network = NetworkPanel()
        self.network.personRequested.connect(lambda cid: self.context.navigate("contacts", cid))
        self.tabs = QTabWidget()
        self.tabs.addTab(scroll, self.tr("Diagramme"))
        self.tabs.addTab(self.network, self.tr("Empfehlungsnetz"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 6)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        self._period_changed()

    def today(self) -> dt.date:
        return self.context.clock.today()

    def _period_changed(self) -> None:
        custom = self.period.currentData() == "custom"
        for widget in (self.start, self.range_label, self.end):
            widget.setVisible(custom)
        self.refresh()

    def current_period(self) -> overview.Period:
        key = self.period.currentData()
        if key == "custom":
            start, end = from_qdate(self.start.date()), from_qdate(self.end.date())
            return overview.Period(min(start, end), max(start, end))
        return overview.Period.named(str(key), self.today())

    def refresh(self) -> None:
        if not hasattr(self, "tabs"):
            return
        if self.tabs.currentWidget() is self.network:
            self.refresh_network()
            return
        period = self.current_period()
        try:
            with self.context.db.reader() as session:
                sources = overview.client_sources(session, period)
                funnel = overview.referral_funnel(session, period)
                give_take = overview.give_and_take(session, period)
                stages = overview.spiral_funnel(session)
                fit = overview.expectation_fit_by_source(session, period)
        except (UserError, StoreError) as exc:
            QMessageBox.warning(self, self.tr("Das hat nicht geklappt"), str(exc))
            return
        self._draw(sources, funnel, give_take, stages, fit)

    def refresh_network(self) -> None:
        """The referral network of the period (only while its tab is shown)."""
        from empfehlung_desktop.services.today import network

        period = self.current_period()
        try:
            with self.context.db.reader() as session:
                found = network.load_network(session, period)
                top = network.top_referrers(session, found, period)
        except (UserError, StoreError) as exc:
            QMessageBox.warning(self, self.tr("Das hat nicht geklappt"), str(exc))
            return
        width = self.network.view.layout_width()
        self.network.show_data(found, network.layout(found.edges, max_width=width), top)

    def _draw(
        self,
        sources: list[tuple[ContactSource | None, int]],
        funnel: overview.Funnel,
        give_take: list[overview.GiveAndTake],
        stages: list[tuple[SpiralStage, int]],
        fit: dict[str, dict[ExpectationFit, int]],
    ) -> None:
        from empfehlung_desktop.ui.overview import charts
        from empfehlung_desktop.ui.overview.charts import BarSet

        # Horizontal bars run bottom-up: reverse so the largest is on top.
        ordered = list(reversed(sources))
        names = [enum_label(s) if s else self.tr("unbekannt") for s, _ in ordered]
        self.cards["sources"].set_chart(
            charts.bar_chart(
                names,
                [BarSet(self.tr("Anfragen"), [n for _, n in ordered], charts.BLUE)],
                horizontal=True,
            )
        )
        steps = [self.tr("Eingegangen"), self.tr("Erstgespräch"), self.tr("Auftrag")]
        values = [funnel.received, funnel.first_meeting, funnel.won]
        self.cards["funnel"].set_chart(
            charts.bar_chart(steps, [BarSet(self.tr("Empfehlungen"), values, charts.TEAL)])
        )
        partners = list(reversed(give_take))
        self.cards["give_take"].set_chart(
            charts.bar_chart(
                [p.name for p in partners],
                [
                    BarSet(self.tr("Erhalten"), [p.received_from for p in partners], charts.TEAL),
                    BarSet(self.tr("Gegeben"), [p.given_to for p in partners], charts.AMBER),
                ],
                horizontal=True,
            )
        )
        negative = SpiralStage.DISSATISFIED
        stages = list(reversed(stages))  # Erwartung on top, like a funnel
        self.cards["spiral"].set_chart(
            charts.bar_chart(
                [enum_label(stage) for stage, _ in stages],
                [
                    BarSet(
                        self.tr("Positive Spirale"),
                        [0 if s is negative else n for s, n in stages],
                        charts.BLUE,
                    ),
                    BarSet(
                        self.tr("Negative Spirale"),
                        [n if s is negative else 0 for s, n in stages],
                        charts.RED,
                    ),
                ],
                horizontal=True,
                stacked=True,
            )
        )
        self._draw_fit(fit)

    def _draw_fit(self, fit: dict[str, dict[ExpectationFit, int]]) -> None:
        from empfehlung_desktop.ui.overview import charts
        from empfehlung_desktop.ui.overview.charts import BarSet

        groups = {
            "referral": enum_label(ContactSource.REFERRAL),
            "blog_website": self.tr("Blog / Website"),
            "other": self.tr("Andere"),
        }
        keys = list(reversed(overview.SOURCE_GROUPS))
        labels = [f"{groups[k]} ({sum(fit[k].values())})" for k in keys]
        colors = {
            ExpectationFit.FITS: charts.GREEN,
            ExpectationFit.UNCLEAR: charts.AMBER,
            ExpectationFit.DOES_NOT_FIT: charts.RED,
        }
        sets = [BarSet(enum_label(f), [fit[k][f] for k in keys], colors[f]) for f in ExpectationFit]
        self.cards["fit"].set_chart(charts.bar_chart(labels, sets, percent=True))

    def save_png(self, card: ChartCard) -> None:
        suggested = str(Path.home() / f"ueberblick-{card.key}.png")
        path, _filter = file_dialogs.get_save_file_name(
            self, self.tr("Diagramm speichern"), suggested, self.tr("PNG-Bild (*.png)")
        )
        if not path:
            return
        if not path.lower().endswith(".png"):
            path += ".png"
        if _save_png(card.chart_view.grab(), Path(path)):
            self.context.show_status(self.tr("Gespeichert: {path}").format(path=path))
        else:
            QMessageBox.warning(
                self,
                self.tr("Speichern nicht möglich"),
                self.tr("Das Bild konnte nicht unter „{path}“ gespeichert werden.").format(
                    path=path
                ),
            )


def _save_png(image: QPixmap, path: Path) -> bool:
    """Write the image privately and atomically; False if it could not be written."""

    def produce(temp: Path) -> None:
        if not image.save(str(temp), "PNG"):
            raise OSError(errno.EIO, "QPixmap.save")

    try:
        files.write_with(path, produce)
    except StoreError:
        return False
    return True
