"""The engagements table: rows from one SQL query, reloaded with a model reset."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from empfehlung_desktop.services import engagements as engagement_service
from empfehlung_desktop.services.engagements import EngagementQuery, EngagementRow
from empfehlung_desktop.store.database import Database
from empfehlung_desktop.ui.formats import date_text, datetime_text

Index = QModelIndex | QPersistentModelIndex
ROW_LIMIT = 2000

COL_CONTACT, COL_TITLE, COL_STATUS, COL_MEETING, COL_SOURCE, COL_FIT, COL_SENT = range(7)


def _t(text: str) -> str:
    return QCoreApplication.translate("EngagementTableModel", text)


def _enum_label(value: Any) -> str:
    return QCoreApplication.translate("enums", value.label) if value is not None else ""


def local_time(value: dt.datetime) -> dt.datetime:
    """A stored UTC timestamp in the computer's time zone (naive, for display)."""
    return value.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


class EngagementTableModel(QAbstractTableModel):
    """Read-only rows; the id of a row is available under ``Qt.UserRole``."""

    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self._db = db
        self._rows: list[EngagementRow] = []
        self.query = EngagementQuery()
        self._headers = [
            QCoreApplication.translate("EngagementTableModel", "Kontakt"),
            QCoreApplication.translate("EngagementTableModel", "Titel"),
            QCoreApplication.translate("EngagementTableModel", "Status"),
            QCoreApplication.translate("EngagementTableModel", "Erstgespräch"),
            QCoreApplication.translate("EngagementTableModel", "Herkunft"),
            QCoreApplication.translate("EngagementTableModel", "Erwartung passt"),
            QCoreApplication.translate("EngagementTableModel", "„Warum Sie“ gesendet"),
        ]

    def reload(self, query: EngagementQuery | None = None) -> None:
        if query is not None:
            self.query = query
        with self._db.reader() as session:
            rows = engagement_service.fetch_engagements(session, self.query, 0, ROW_LIMIT)
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> EngagementRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, engagement_id: int) -> int:
        for number, row in enumerate(self._rows):
            if row.id == engagement_id:
                return number
        return -1

    # -- Qt API ---------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, index.column())
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and index.column() == COL_SENT
            and row.handout_sent_at
        ):
            return QCoreApplication.translate("EngagementTableModel", "Gesendet am {when}").format(
                when=datetime_text(local_time(row.handout_sent_at))
            )
        return None

    @staticmethod
    def _display(row: EngagementRow, column: int) -> str:
        if column == COL_CONTACT:
            return row.contact_name
        if column == COL_TITLE:
            return row.title
        if column == COL_STATUS:
            return _enum_label(row.status)
        if column == COL_MEETING:
            return datetime_text(row.first_meeting_at)
        if column == COL_SOURCE:
            return _enum_label(row.source)
        if column == COL_FIT:
            return _enum_label(row.expectation_fit)
        if column == COL_SENT:
            return date_text(local_time(row.handout_sent_at).date()) if row.handout_sent_at else ""
        return ""
