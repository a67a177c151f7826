"""Qt models of the Feedback view: the SQL-backed list and the import preview."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from empfehlung_desktop.interchange.pdf_form import FormPreview
from empfehlung_desktop.model import QuotePermission
from empfehlung_desktop.services.feedback import feedback as feedback_service
from empfehlung_desktop.store.database import Database
from empfehlung_desktop.ui import theme
from empfehlung_desktop.ui.formats import date_text
from empfehlung_desktop.ui.i18n import enum_label
from empfehlung_desktop.ui.widgets.list_table_model import ListTableModel

PAGE_SIZE = 200
IdRole = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex

# Period filter: label and number of days back (None = everything, -1 = this year).
PERIODS: tuple[tuple[str, int | None], ...] = (
    (str(QT_TRANSLATE_NOOP("FeedbackView", "Gesamter Zeitraum")), None),
    (str(QT_TRANSLATE_NOOP("FeedbackView", "Letzte 30 Tage")), 30),
    (str(QT_TRANSLATE_NOOP("FeedbackView", "Letzte 90 Tage")), 90),
    (str(QT_TRANSLATE_NOOP("FeedbackView", "Letzte 12 Monate")), 365),
    (str(QT_TRANSLATE_NOOP("FeedbackView", "Dieses Jahr")), -1),
)
GROUPS: tuple[tuple[str, str | None], ...] = (
    (str(QT_TRANSLATE_NOOP("FeedbackView", "Alle Bewertungen")), None),
    (str(QT_TRANSLATE_NOOP("FeedbackView", "Promotoren (9–10)")), "promoter"),
    (str(QT_TRANSLATE_NOOP("FeedbackView", "Passive (7–8)")), "passive"),
    (str(QT_TRANSLATE_NOOP("FeedbackView", "Kritiker (0–6)")), "detractor"),
)


def _t(text: str) -> str:
    return QCoreApplication.translate("FeedbackTableModel", text)


def score_colour(score: int | None) -> QColor | None:
    """Promoters green, passives amber, detractors red (as in the summary PDF)."""
    if score is None:
        return None
    if score >= 9:
        return theme.qcolor("score_good")
    if score >= 7:
        return theme.qcolor("score_medium")
    return theme.qcolor("score_bad")


_HEADER_TIPS = {
    "recommend_score": str(
        QT_TRANSLATE_NOOP(
            "FeedbackTableModel", "Wie wahrscheinlich eine Weiterempfehlung ist (0–10)"
        )
    ),
    "expectations_met": str(
        QT_TRANSLATE_NOOP("FeedbackTableModel", "Wie weit die Erwartungen erfüllt wurden (1–5)")
    ),
}


class FeedbackTableModel(QAbstractTableModel):
    """The feedback list: filtered and sorted in SQL, fetched in pages of 200."""

    COLUMNS: tuple[tuple[str, str], ...] = (
        ("received_on", str(QT_TRANSLATE_NOOP("FeedbackTableModel", "Eingang"))),
        ("contact_name", str(QT_TRANSLATE_NOOP("FeedbackTableModel", "Kunde"))),
        ("engagement_title", str(QT_TRANSLATE_NOOP("FeedbackTableModel", "Auftrag"))),
        ("recommend_score", str(QT_TRANSLATE_NOOP("FeedbackTableModel", "Empfehlung"))),
        ("expectations_met", str(QT_TRANSLATE_NOOP("FeedbackTableModel", "Erwartungen"))),
        ("quote_permission", str(QT_TRANSLATE_NOOP("FeedbackTableModel", "Zitieren"))),
        ("channel", str(QT_TRANSLATE_NOOP("FeedbackTableModel", "Kanal"))),
        ("testimonial_approved", str(QT_TRANSLATE_NOOP("FeedbackTableModel", "Referenz"))),
    )

    def __init__(self, db: Database, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._db = db
        self._query = feedback_service.FeedbackQuery()
        self._rows: list[feedback_service.FeedbackRow] = []
        self._total = 0

    # -- loading ----------------------------------------------------------
    @property
    def query(self) -> feedback_service.FeedbackQuery:
        return self._query

    @property
    def total(self) -> int:
        return self._total

    def set_query(self, query: feedback_service.FeedbackQuery) -> None:
        self._query = query
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        with self._db.reader() as session:
            self._total = feedback_service.count_feedback(session, self._query)
            self._rows = feedback_service.fetch_feedback(session, self._query, 0, PAGE_SIZE)
        self.endResetModel()

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        with self._db.reader() as session:
            more = feedback_service.fetch_feedback(session, self._query, len(self._rows), PAGE_SIZE)
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def row_at(self, row: int) -> feedback_service.FeedbackRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, feedback_id: int) -> int:
        for row, item in enumerate(self._rows):
            if item.id == feedback_id:
                return row
        return -1

    # -- Qt API -----------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.COLUMNS)
        ):
            return _t(self.COLUMNS[section][1])
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.ToolTipRole
            and 0 <= section < len(self.COLUMNS)
        ):
            tip = _HEADER_TIPS.get(self.COLUMNS[section][0])
            return _t(tip) if tip else None
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        item = self._rows[index.row()]
        key = self.COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, key)
        if role == IdRole:
            return item.id
        if role == Qt.ItemDataRole.ForegroundRole and key == "recommend_score":
            return score_colour(item.recommend_score)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in (
            "recommend_score",
            "expectations_met",
        ):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    @staticmethod
    def _display(item: feedback_service.FeedbackRow, key: str) -> str:
        if key == "received_on":
            return date_text(item.received_on)
        if key == "contact_name":
            return item.contact_name
        if key == "engagement_title":
            return item.engagement_title
        if key == "recommend_score":
            return "–" if item.recommend_score is None else str(item.recommend_score)
        if key == "expectations_met":
            return "–" if item.expectations_met is None else str(item.expectations_met)
        if key == "quote_permission":
            return enum_label(item.quote_permission)
        if key == "channel":
            return enum_label(item.channel)
        if key == "testimonial_approved":
            return (
                QCoreApplication.translate("FeedbackTableModel", "freigegeben")
                if item.testimonial_approved
                else ""
            )
        return ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.COLUMNS):
            return
        from dataclasses import replace

        self.set_query(
            replace(
                self._query,
                sort=self.COLUMNS[column][0],
                descending=order == Qt.SortOrder.DescendingOrder,
            )
        )


class ImportPreviewModel(ListTableModel[FormPreview]):
    """What a batch of returned forms would import (read-only, a few rows)."""

    CONTEXT = "ImportPreviewModel"
    HEADERS = (
        str(QT_TRANSLATE_NOOP("ImportPreviewModel", "Datei")),
        str(QT_TRANSLATE_NOOP("ImportPreviewModel", "Kunde")),
        str(QT_TRANSLATE_NOOP("ImportPreviewModel", "Empfehlung")),
        str(QT_TRANSLATE_NOOP("ImportPreviewModel", "Erwartungen")),
        str(QT_TRANSLATE_NOOP("ImportPreviewModel", "Zitieren")),
        str(QT_TRANSLATE_NOOP("ImportPreviewModel", "Zum ersten Mal …")),
    )

    def __init__(self, previews: list[FormPreview], parent: object | None = None) -> None:
        super().__init__(parent)
        self.set_rows(previews)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        preview = self.valid_row(index)
        if preview is None:
            return None
        data = preview.data
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 5:
            return data.first_time or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values: tuple[str, ...] = (
            preview.path.name,
            preview.contact_name,
            "–" if data.recommend_score is None else str(data.recommend_score),
            "–" if data.expectations_met is None else str(data.expectations_met),
            enum_label(QuotePermission(data.quote_permission)),
            " ".join(data.first_time.split())[:80],
        )
        return values[index.column()]
