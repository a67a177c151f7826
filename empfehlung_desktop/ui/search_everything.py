"""Ctrl+K: one search for everything, results grouped by kind, Enter opens the record."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from empfehlung_desktop.errors import StoreError, UserError
from empfehlung_desktop.services import search_all
from empfehlung_desktop.ui.context import ViewContext

SEARCH_DELAY_MS = 180
HIT_ROLE = Qt.ItemDataRole.UserRole + 1


def kind_titles() -> dict[str, str]:
    return {
        "contact": QCoreApplication.translate("SearchEverything", "Kontakte"),
        "referral": QCoreApplication.translate("SearchEverything", "Empfehlungen"),
        "engagement": QCoreApplication.translate("SearchEverything", "Anfragen"),
        "feedback": QCoreApplication.translate("SearchEverything", "Feedback"),
        "activity": QCoreApplication.translate("SearchEverything", "Kontaktverlauf"),
        "reminder": QCoreApplication.translate("SearchEverything", "Erinnerungen"),
    }


class SearchEverything(QDialog):
    """A popup over the window: type, arrow down, Enter opens; Escape closes."""

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Alles durchsuchen"))
        self.setMinimumWidth(560)
        self.resize(640, 460)
        self.field = QLineEdit()
        self.field.setPlaceholderText(
            self.tr("Name, Anliegen, Notiz … in Kontakten, Empfehlungen, Anfragen, Feedback")
        )
        self.field.setClearButtonEnabled(True)
        self.field.setAccessibleName(self.tr("Alles durchsuchen"))
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Treffer"))
        self.results.setUniformItemSizes(False)
        self.results.setSpacing(1)
        self.status = QLabel(self.tr("Mindestens zwei Zeichen eingeben."))
        self.status.setObjectName("searchStatus")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.field)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.field.textChanged.connect(lambda _t: self._timer.start())
        self.field.returnPressed.connect(self.open_current)
        self.field.installEventFilter(self)
        self.results.itemActivated.connect(lambda _item: self.open_current())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Up and down in the field move through the hits, so the hands stay on the keys.
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._step(1 if event.key() == Qt.Key.Key_Down else -1)
                return True
        return super().eventFilter(watched, event)

    def _step(self, delta: int) -> None:
        count = self.results.count()
        row = self.results.currentRow()
        for _ in range(count):
            row = (row + delta) % count if count else -1
            item = self.results.item(row)
            if item is not None and item.data(HIT_ROLE) is not None:
                self.results.setCurrentRow(row)
                return

    def run_search(self) -> None:
        self._timer.stop()
        text = self.field.text()
        try:
            with self.context.db.reader() as session:
                hits = search_all.search_everything(session, text, today=self.context.clock.today())
        except (UserError, StoreError) as exc:
            self.status.setText(str(exc))
            return
        self.show_hits(hits, text)

    def show_hits(self, hits: list[search_all.Hit], text: str) -> None:
        self.results.clear()
        titles = kind_titles()
        bold = QFont(self.results.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.1)
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        kind = ""
        for hit in hits:
            if hit.kind != kind:
                kind = hit.kind
                header = QListWidgetItem(titles[kind])
                header.setFont(bold)
                # Shown as a heading: enabled (readable), never selectable.
                header.setFlags(Qt.ItemFlag.ItemIsEnabled)
                header.setSizeHint(QSize(0, 30))
                self.results.addItem(header)
            item = QListWidgetItem()
            item.setData(HIT_ROLE, (hit.view, hit.record_id))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{hit.title}, {hit.detail}")
            item.setToolTip(hit.detail)
            label = QLabel(
                f"{escape(hit.title)}<br><span style='color:{muted}'>{escape(hit.detail)}</span>"
            )
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setContentsMargins(8, 2, 4, 2)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            item.setSizeHint(label.sizeHint())
            self.results.addItem(item)
            self.results.setItemWidget(item, label)
        if len(text.strip()) < search_all.MIN_CHARS:
            self.status.setText(self.tr("Mindestens zwei Zeichen eingeben."))
        elif not hits:
            self.status.setText(self.tr("Nichts gefunden."))
        else:
            self.status.setText(self.tr("↑↓ auswählen, Enter öffnet, Esc schließt."))
            self._step(1)

    def open_current(self) -> None:
        if self._timer.isActive():
            self.run_search()
        item = self.results.currentItem()
        target = item.data(HIT_ROLE) if item is not None else None
        if target is None:
            return
        view, record_id = target
        self.accept()
        self.context.navigate(view, record_id or None)

    @classmethod
    def open_for(cls, parent: QWidget, context: ViewContext) -> None:
        cls(context, parent).exec()
