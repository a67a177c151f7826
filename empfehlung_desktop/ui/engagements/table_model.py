"""The engagements table: rows from one SQL query, reloaded with a model reset."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from empfehlung_desktop.clock import Clock
from empfehlung_desktop.services.engagements import engagements as engagement_service
from empfehlung_desktop.services.engagements.engagements import EngagementQuery, EngagementRow
from empfehlung_desktop.store.database import Database
from empfehlung_desktop.ui.formats import date_text, datetime_text
from empfehlung_desktop.ui.i18n import enum_label
from empfehlung_desktop.ui.widgets.list_table_model import Index, ListTableModel

ROW_LIMIT = 2000

COL_CONTACT, COL_TITLE, COL_STATUS, COL_MEETING, COL_SOURCE, COL_FIT, COL_SENT = range(7)


def _t(text: str) -> str:
    return QCoreApplication.translate("EngagementTableModel", text)


def local_time(value: dt.datetime) -> dt.datetime:
    """A stored UTC timestamp in the computer's time zone (naive, for display)."""
    return value.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


class EngagementTableModel(ListTableModel[EngagementRow]):
    """Read-only rows; the id of a row is available under ``Qt.UserRole``."""

    CONTEXT = "EngagementTableModel"
    HEADERS = (
        str(QT_TRANSLATE_NOOP("EngagementTableModel", "Kontakt")),
        str(QT_TRANSLATE_NOOP("EngagementTableModel", "Titel")),
        str(QT_TRANSLATE_NOOP("EngagementTableModel", "Status")),
        str(QT_TRANSLATE_NOOP("EngagementTableModel", "Erstgespräch")),
        str(QT_TRANSLATE_NOOP("EngagementTableModel", "Herkunft")),
        str(QT_TRANSLATE_NOOP("EngagementTableModel", "Erwartung passt")),
        str(QT_TRANSLATE_NOOP("EngagementTableModel", "„Warum Sie“ gesendet")),
    )

    def __init__(self, db: Database, clock: Clock, parent: Any = None) -> None:
        super().__init__(parent)
        self._db = db
        self.query = EngagementQuery(now=clock.now())

    def reload(self, query: EngagementQuery | None = None) -> None:
        if query is not None:
            self.query = query
        with self._db.reader() as session:
            rows = engagement_service.fetch_engagements(session, self.query, 0, ROW_LIMIT)
        self.set_rows(rows)

    def row_at(self, row: int) -> EngagementRow | None:  # type: ignore[override]
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, engagement_id: int) -> int:
        for number, row in enumerate(self._rows):
            if row.id == engagement_id:
                return number
        return -1

    # -- Qt API ---------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.valid_row(index)
        if row is None:
            return None
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
            return enum_label(row.status) if row.status is not None else ""
        if column == COL_MEETING:
            return datetime_text(row.first_meeting_at)
        if column == COL_SOURCE:
            return enum_label(row.source) if row.source is not None else ""
        if column == COL_FIT:
            return enum_label(row.expectation_fit) if row.expectation_fit is not None else ""
        if column == COL_SENT:
            return date_text(local_time(row.handout_sent_at).date()) if row.handout_sent_at else ""
        return ""
