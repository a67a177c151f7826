"""The first screen of contacts, read before the database layer is loaded (issue 18).

Importing SQLAlchemy, mapping the model and opening the database take most of the
time between the window's first paint and a filled contacts table. When the app
starts on the contacts view, :func:`show_first_page` therefore reads the count and
the first page through the light read path (``store.light``, stdlib ``sqlite3``)
and shows them in a look-alike of the contacts view; the real view replaces it as
soon as the database is open (``MainWindow.view`` swaps the stack's placeholder).

Imports nothing that imports SQLAlchemy: ``table_model`` and ``view`` take their
columns and widths from here.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from empfehlung_desktop.model.enums import ContactSource, Role, SpiralStage
from empfehlung_desktop.services.contacts import quick
from empfehlung_desktop.store import light
from empfehlung_desktop.ui.formats import date_text, number_text
from empfehlung_desktop.ui.i18n import enum_label, role_labels

# (sort key understood by services.contacts, header label)
COLUMNS: tuple[tuple[str, str], ...] = (
    ("name", str(QT_TRANSLATE_NOOP("ContactTableModel", "Name"))),
    ("organisation", str(QT_TRANSLATE_NOOP("ContactTableModel", "Organisation"))),
    ("roles", str(QT_TRANSLATE_NOOP("ContactTableModel", "Rollen"))),
    ("source", str(QT_TRANSLATE_NOOP("ContactTableModel", "Herkunft"))),
    ("spiral_stage", str(QT_TRANSLATE_NOOP("ContactTableModel", "Stufe"))),
    ("email", str(QT_TRANSLATE_NOOP("ContactTableModel", "E-Mail"))),
    ("phone", str(QT_TRANSLATE_NOOP("ContactTableModel", "Telefon"))),
    ("updated_at", str(QT_TRANSLATE_NOOP("ContactTableModel", "Geändert"))),
)
COLUMN_KEYS = tuple(key for key, _label in COLUMNS)
# Initial widths in pixels; the last column takes what is left. Never ResizeToContents
# (it would ask all 100,000 rows).
COLUMN_WIDTHS = (200, 170, 140, 115, 105, 230, 135, 90)
FIRST_PAGE_SIZE = 200

_Index = QModelIndex | QPersistentModelIndex


def roles_text(roles: Role) -> str:
    return ", ".join(role_labels(roles))


def local_date(timestamp: dt.datetime) -> str:
    """Stored timestamps are naive UTC; people read their local date."""
    return date_text(timestamp.replace(tzinfo=dt.UTC).astimezone().date())


def header_label(column: int) -> str:
    return QCoreApplication.translate("ContactTableModel", COLUMNS[column][1])


def setup_table(table: QTableView) -> None:
    """Look and behaviour shared by the contacts table and its first-screen twin."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setCornerButtonEnabled(False)
    vertical = table.verticalHeader()
    vertical.hide()
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setMinimumSectionSize(60)
    for column, width in enumerate(COLUMN_WIDTHS):
        header.resizeSection(column, width)
    header.setStretchLastSection(True)
    header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)


class FirstPageModel(QAbstractTableModel):
    """The first page of contacts as the light read path returns them (plain dicts).

    A row's texts are made when the table first asks for them: only the rows on
    screen before the real view takes over."""

    def __init__(self, rows: list[dict[str, Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows = rows
        self._texts: dict[int, list[str]] = {}

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return header_label(section)
        return section + 1 if orientation == Qt.Orientation.Vertical else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        row = index.row()
        texts = self._texts.get(row)
        if texts is None:
            texts = self._texts[row] = [self._display(self._rows[row], k) for k in COLUMN_KEYS]
        return texts[index.column()]

    @staticmethod
    def _display(row: dict[str, Any], key: str) -> str:
        value = row.get(key)
        if key == "roles":
            return roles_text(Role.from_codes(value or ()))
        if key == "source":
            return enum_label(ContactSource(value)) if value else ""
        if key == "spiral_stage":
            return enum_label(SpiralStage(value)) if value else ""
        if key == "updated_at":
            return local_date(dt.datetime.fromisoformat(str(value)))
        return str(value or "")


class FirstPageView(QWidget):
    """Looks like the contacts view (search bar, count, table); nothing is clickable yet."""

    def __init__(self, total: int, rows: list[dict[str, Any]]) -> None:
        super().__init__()
        self.setObjectName("contactsFirstPage")
        search = QLineEdit()
        search.setPlaceholderText(
            QCoreApplication.translate(
                "ContactsView", "Suchen: Name, Organisation, E-Mail, Telefon …"
            )
        )
        search.setEnabled(False)
        roles, sources = QComboBox(), QComboBox()
        # All items, as in the real view: the same widths, no jump when it takes over.
        roles.addItem(QCoreApplication.translate("ContactsView", "Alle Rollen"))
        roles.addItems([enum_label(role) for role in Role.singles()])
        sources.addItem(QCoreApplication.translate("ContactsView", "Jede Herkunft"))
        sources.addItems([enum_label(source) for source in ContactSource])
        new = QPushButton(QCoreApplication.translate("ContactsView", "Neuer Kontakt …"))
        for widget in (roles, sources, new):
            widget.setEnabled(False)
        count = QLabel(
            QCoreApplication.translate("ContactsView", "{count} Kontakte").format(
                count=number_text(total)
            )
        )
        bar = QHBoxLayout()
        bar.addWidget(search, 1)
        bar.addWidget(roles)
        bar.addWidget(sources)
        bar.addWidget(count)
        bar.addWidget(new)
        self.table = QTableView()
        self.table.setModel(FirstPageModel(rows, self.table))
        setup_table(self.table)
        self.table.horizontalHeader().setSortIndicatorShown(True)
        stack = QStackedWidget()  # the same nesting as the real view: no jump on swap
        stack.addWidget(self.table)
        splitter = QSplitter()
        splitter.addWidget(stack)
        splitter.addWidget(QWidget())  # where the details will be
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([1000, 270])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)


def read_first_page(url: str) -> tuple[int, list[dict[str, Any]]] | None:
    """Count and first page of all contacts by name, or None where the light path
    cannot serve (a server, a new or older schema, a locked or damaged file)."""
    try:
        with light.reader(url) as con:
            return quick.first_page(con, FIRST_PAGE_SIZE)
    except (light.Unavailable, sqlite3.Error, ValueError):
        return None
