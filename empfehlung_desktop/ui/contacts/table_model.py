"""The contacts table: a window onto the SQL result, never all 100,000 rows.

``rowCount`` is the SQL count of the current filter; rows are fetched in pages
of :data:`PAGE_SIZE` when the view first asks for one of them, and only the
most recently used :data:`MAX_PAGES` pages are kept. Sorting and filtering
re-run the query (ORDER BY / WHERE); nothing is sorted in Python.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from sqlalchemy.exc import SQLAlchemyError

from empfehlung_desktop.services.contacts import contacts as contact_service
from empfehlung_desktop.services.contacts import search as contact_search
from empfehlung_desktop.services.contacts.contacts import ContactQuery, ContactRow
from empfehlung_desktop.store.database import Database

# Columns and cell texts are shared with the first screen (re-exported for the detail).
from empfehlung_desktop.ui.contacts.first_page import COLUMN_KEYS as COLUMN_KEYS
from empfehlung_desktop.ui.contacts.first_page import COLUMNS, header_label
from empfehlung_desktop.ui.contacts.first_page import local_date as local_date
from empfehlung_desktop.ui.contacts.first_page import roles_text as roles_text
from empfehlung_desktop.ui.i18n import enum_label

PAGE_SIZE = 200
MAX_PAGES = 30

CONTACT_ID_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class ContactTableModel(QAbstractTableModel):
    """Contacts for the current :class:`ContactQuery`, paged in from SQL."""

    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self._db = db
        self._query = ContactQuery()
        self._count = 0
        self._pages: OrderedDict[int, list[ContactRow]] = OrderedDict()
        # Counts per filter: re-sorting or re-showing a filter needs no count(*).
        self._counts: dict[tuple[object, ...], int] = {}
        # Erased contacts (few) let plain searches be counted on the index alone.
        self._erased: frozenset[int] | None = None
        self.last_error: str | None = None

    # -- querying -------------------------------------------------------------
    @property
    def query(self) -> ContactQuery:
        return self._query

    def total(self) -> int:
        return self._count

    def set_query(self, query: ContactQuery) -> None:
        self.beginResetModel()
        self._query = query
        self._pages.clear()
        self._count = self._fetch_count(query)
        if self._count:
            self._page(0)
        self.endResetModel()

    def search(self, text: str) -> None:
        self.set_query(replace(self._query, text=text))

    def reload(self) -> None:
        """Forget cached counts and rows (after a write) and query again."""
        self._counts.clear()
        self._erased = None
        self.set_query(self._query)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (COLUMN_KEYS[column], descending) == (self._query.sort, self._query.descending):
            return
        self.set_query(replace(self._query, sort=COLUMN_KEYS[column], descending=descending))

    def _fetch_count(self, query: ContactQuery) -> int:
        key = (" ".join(query.text.split()), query.role, query.source, query.spiral_stage)
        if key not in self._counts:
            try:
                with self._db.reader() as session:
                    if self._erased is None:
                        self._erased = contact_search.erased_contact_ids(session)
                    self._counts[key] = contact_service.count_contacts(session, query, self._erased)
                self.last_error = None
            except SQLAlchemyError as exc:
                self.last_error = str(exc)
                return 0
        return self._counts[key]

    def _page(self, number: int) -> list[ContactRow]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        offset = number * PAGE_SIZE
        total = self._fetch_count(ContactQuery())
        in_order = contact_search.prefer_in_order(self._count, total, offset)
        dense = contact_search.prefer_row_tests(self._count, total)
        try:
            with self._db.reader() as session:
                page = contact_service.fetch_contacts(
                    session,
                    self._query,
                    offset,
                    PAGE_SIZE,
                    in_order=in_order,
                    erased=self._erased,
                    dense=dense,
                    counts=(self._count, total),
                )
        except SQLAlchemyError as exc:
            # Do not cache a failure; the next paint tries again.
            self.last_error = str(exc)
            return []
        self._pages[number] = page
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    # -- lookups --------------------------------------------------------------
    def row_data(self, row: int) -> ContactRow | None:
        if not 0 <= row < self._count:
            return None
        page = self._page(row // PAGE_SIZE)
        offset = row % PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def contact_id(self, row: int) -> int | None:
        data = self.row_data(row)
        return data.id if data else None

    def row_of(self, contact_id: int) -> int | None:
        """The row of a contact among the pages already loaded (None if unknown)."""
        for number, page in self._pages.items():
            for offset, row in enumerate(page):
                if row.id == contact_id:
                    return number * PAGE_SIZE + offset
        return None

    def cached_pages(self) -> int:
        return len(self._pages)

    # -- Qt model interface ----------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return header_label(section)
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.column() < len(COLUMNS):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, CONTACT_ID_ROLE):
            return None
        row = self.row_data(index.row())
        if row is None:
            return None
        if role == CONTACT_ID_ROLE:
            return row.id
        return self._display(row, COLUMN_KEYS[index.column()])

    @staticmethod
    def _display(row: ContactRow, key: str) -> str:
        if key == "roles":
            return roles_text(row.roles)
        if key == "source":
            return enum_label(row.source) if row.source else ""
        if key == "spiral_stage":
            return enum_label(row.spiral_stage) if row.spiral_stage else ""
        if key == "updated_at":
            return local_date(row.updated_at)
        return str(getattr(row, key))
