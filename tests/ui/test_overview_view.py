"""The "Überblick" view: charts drawn, period filter, PNG export, lazy QtCharts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from empfehlung_desktop.store.database import Database
from empfehlung_desktop.ui.main_window import MainWindow
from empfehlung_desktop.ui.overview.charts import nice_scale
from empfehlung_desktop.ui.overview.view import OverviewView
from empfehlung_desktop.ui.widgets import file_dialogs
from tests.conftest import DEMO_CLOCK


def open_overview(qtbot: QtBot, db: Database, tmp_path: Path) -> OverviewView:
    window = MainWindow(
        db, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), clock=DEMO_CLOCK
    )
    qtbot.addWidget(window)
    window.navigate("overview")
    view = window.views["overview"]
    assert isinstance(view, OverviewView)
    return view


def bar_values(view: OverviewView, key: str) -> list[list[float]]:
    chart = view.cards[key].chart_view.chart()
    (series,) = chart.series()
    return [[bar_set.at(i) for i in range(bar_set.count())] for bar_set in series.barSets()]


def test_charts_show_the_demo_figures(qtbot: QtBot, demo_db: Database, tmp_path: Path) -> None:
    view = open_overview(qtbot, demo_db, tmp_path)
    assert bar_values(view, "funnel") == [[5.0, 2.0, 1.0]]
    positive, negative = bar_values(view, "spiral")
    assert negative[0] == 2.0 and sum(positive) >= 4  # Unzufriedenheit is listed first (bottom)
    received, given = bar_values(view, "give_take")
    assert sum(received) == 5 and sum(given) == 9
    assert len(bar_values(view, "fit")) == 3


def test_period_filter_changes_the_figures(qtbot: QtBot, demo_db: Database, tmp_path: Path) -> None:
    view = open_overview(qtbot, demo_db, tmp_path)
    view.period.setCurrentIndex(view.period.findData("all"))
    everything = sum(bar_values(view, "sources")[0])
    view.period.setCurrentIndex(view.period.findData("custom"))
    assert view.start.isVisibleTo(view)
    view.start.setDate(view.end.date())
    custom = sum(bar_values(view, "sources")[0])
    assert custom < everything
    assert "keine Daten" in view.cards["funnel"].chart_view.chart().title()


def test_each_chart_saves_as_png(
    qtbot: QtBot, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = open_overview(qtbot, demo_db, tmp_path)
    target = tmp_path / "spirale"
    monkeypatch.setattr(
        file_dialogs, "get_save_file_name", staticmethod(lambda *a, **k: (str(target), "PNG"))
    )
    view.cards["spiral"].save_button.click()
    image = QImage(str(target) + ".png")
    assert not image.isNull() and image.width() > 100


def test_unwritable_png_path_is_explained(
    qtbot: QtBot, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = open_overview(qtbot, demo_db, tmp_path)
    bad = tmp_path / "fehlt" / "nicht-da" / "x.png"
    monkeypatch.setattr(
        file_dialogs, "get_save_file_name", staticmethod(lambda *a, **k: (str(bad), ""))
    )
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda parent, title, text: warnings.append(text))
    )
    view.cards["sources"].save_button.click()
    assert warnings and "x.png" in warnings[0]


def test_nice_scale_has_whole_ticks() -> None:
    for top in (0, 1, 5, 7, 12, 99, 37360):
        upper, ticks = nice_scale(top)
        assert upper > top or top == 0
        assert upper % (ticks - 1) == 0 and ticks <= 6


def test_qtcharts_is_not_loaded_at_start_up(db_path: Path, db: Database) -> None:
    code = (
        "import sys; from empfehlung_desktop.app import create_application; "
        "from empfehlung_desktop.store.database import open_database; "
        "from empfehlung_desktop.ui.main_window import MainWindow; "
        "from PySide6.QtCore import QSettings; app = create_application(); "
        f"w = MainWindow(open_database('sqlite:///{db_path}'), "
        f"QSettings({str(db_path.with_suffix('.ini'))!r}, QSettings.Format.IniFormat)); "
        "print('PySide6.QtCharts' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.stdout.strip().endswith("False")
