"""The first screen of contacts (light read path) shows what the real view will show."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from empfehlung_desktop.store.database import Database
from empfehlung_desktop.ui.contacts import first_page
from empfehlung_desktop.ui.contacts.table_model import ContactTableModel

pytestmark = pytest.mark.sqlite_only


def texts(model: first_page.FirstPageModel | ContactTableModel, rows: int) -> list[list[str]]:
    return [
        [model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole) for c in range(8)]
        for r in range(rows)
    ]


def test_first_page_equals_the_real_table(qtbot: QtBot, demo_db: Database) -> None:
    found = first_page.read_first_page(demo_db.url)
    assert found is not None
    total, rows = found
    real = ContactTableModel(demo_db)
    real.reload()
    assert total == real.rowCount() > 50
    view = first_page.FirstPageView(total, rows)
    qtbot.addWidget(view)
    model = view.table.model()
    assert isinstance(model, first_page.FirstPageModel)
    assert model.rowCount() == min(total, first_page.FIRST_PAGE_SIZE)
    assert texts(model, model.rowCount()) == texts(real, model.rowCount())
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(8)]
    assert headers == [real.headerData(c, Qt.Orientation.Horizontal) for c in range(8)]


def test_erased_contacts_are_neither_counted_nor_listed(qtbot: QtBot, demo_db: Database) -> None:
    with demo_db.session() as session:
        session.connection().exec_driver_sql(
            "UPDATE contact SET erased_at = '2027-05-01 10:00:00' WHERE id IN "
            "(SELECT id FROM contact ORDER BY sort_name, id LIMIT 3)"
        )
    found = first_page.read_first_page(demo_db.url)
    assert found is not None
    total, rows = found
    real = ContactTableModel(demo_db)
    real.reload()
    assert total == real.rowCount()
    model = first_page.FirstPageModel(rows)
    assert texts(model, model.rowCount()) == texts(real, model.rowCount())


def test_no_first_page_where_the_light_path_cannot_serve(demo_db: Database) -> None:
    assert first_page.read_first_page("postgresql://somewhere/else") is None
    with demo_db.session() as session:
        session.connection().exec_driver_sql("UPDATE alembic_version SET version_num = '0002'")
    assert first_page.read_first_page(demo_db.url) is None


def test_app_shows_the_first_page_until_the_real_view_takes_over(
    qtbot: QtBot, demo_db: Database, tmp_path: Path
) -> None:
    from empfehlung_desktop import app
    from empfehlung_desktop.ui.contacts.view import ContactsView
    from empfehlung_desktop.ui.main_window import SETTINGS_LAST_VIEW, MainWindow
    from tests.conftest import DEMO_CLOCK

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(None, settings, DEMO_CLOCK)
    qtbot.addWidget(window)
    assert app._show_first_contacts(window, demo_db.url) is None  # starts on "Heute"
    settings.setValue(SETTINGS_LAST_VIEW, "contacts")
    assert app._show_first_contacts(window, demo_db.url) is not None
    assert isinstance(window.stack.currentWidget(), first_page.FirstPageView)
    window.attach_database(demo_db)
    assert isinstance(window.stack.currentWidget(), ContactsView)
    assert window.current_view() is window.stack.currentWidget()
