"""One actionable line of the "Heute" list: due date, text with bold names, buttons."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QAction, QFont, QFontMetrics, QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMenu, QToolButton, QWidget

from empfehlung_desktop.model import AgendaKind
from empfehlung_desktop.services.today.items import OPEN_ENDED, AgendaItem, due_label

K = AgendaKind


def item_html(item: AgendaItem) -> str:
    """The item's text, HTML-escaped, with the people's names in bold."""
    html = escape(item.text)
    for name in sorted(set(item.names), key=len, reverse=True):
        if name:
            html = html.replace(escape(name), f"<b>{escape(name)}</b>")
    return html


def _widest_label() -> str:
    day = dt.date(2026, 12, 28)
    samples = [
        due_label(AgendaItem(kind, day, None, "", 0, ""), today)
        for kind in (K.FOLLOW_UP, K.ASK_FOR_REFERRAL)
        for today in (day - dt.timedelta(days=1), day + dt.timedelta(days=1))
    ]
    return max(samples, key=len)


class ItemRow(QFrame):
    """Signals carry the item: open, done, snooze, stage, dismiss."""

    openRequested = Signal(object)
    doneRequested = Signal(object)
    snoozeRequested = Signal(object)
    stageRequested = Signal(object)
    dismissRequested = Signal(object)
    neverAskRequested = Signal(object)
    rhythmRequested = Signal(object)
    reminderRequested = Signal(object)

    def __init__(self, item: AgendaItem, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setObjectName("agendaItem")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        # By when: "bis …", overdue "seit …", suggestions "ab …" or "jetzt".
        self.due = QLabel(due_label(item, today))
        self.due.setObjectName("agendaDue")
        # Room for the widest wording in the UI language, in bold (overdue ones are bold).
        bold = QFont(self.due.font())
        bold.setBold(True)
        self.due.setFixedWidth(QFontMetrics(bold).horizontalAdvance(_widest_label()) + 8)
        self.due.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        if item.due_on < today and item.kind not in OPEN_ENDED:
            # In words as well as in colour: "überfällig" above "seit …".
            self.due.setText(self.tr("überfällig") + "\n" + self.due.text())
            self.due.setProperty("overdue", True)
            self.due.setToolTip(self.tr("überfällig"))
        self.text = QLabel(item_html(item))
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setToolTip(self.tr("Doppelklick öffnet den Eintrag"))
        layout.addWidget(self.due)
        layout.addWidget(self.text, 1)
        self.open_button = self._button(layout, self.tr("Öffnen"), self.openRequested)
        self.done_button = self._button(layout, self._done_text(), self.doneRequested)
        self.done_button.setObjectName("agendaDone")
        self.snooze_button = self._button(layout, self.tr("Später …"), self.snoozeRequested)
        self.snooze_button.setToolTip(self.tr("Auf einen späteren Tag verschieben"))
        self.more_button = QToolButton()
        self.more_button.setText("⋯")
        self.more_button.setToolTip(self.tr("Weitere Aktionen"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.more_button)
        self.stage_action = QAction(self.tr("Stufe ändern …"), menu)
        self.stage_action.setEnabled(item.contact_id is not None)
        self.stage_action.triggered.connect(lambda: self.stageRequested.emit(self.item))
        menu.addAction(self.stage_action)
        if item.kind is K.SPIRAL_SUGGESTION:
            dismiss = QAction(self.tr("Vorschlag verwerfen"), menu)
            dismiss.triggered.connect(lambda: self.dismissRequested.emit(self.item))
            menu.addAction(dismiss)
        if item.kind is K.ASK_FOR_REFERRAL:
            never = QAction(self.tr("Nicht für diese Person"), menu)
            never.setToolTip(self.tr("Diese Person nie mehr zum Fragen vorschlagen"))
            never.triggered.connect(lambda: self.neverAskRequested.emit(self.item))
            menu.addAction(never)
        if item.contact_id is not None:
            rhythm = QAction(self.tr("Kontakt-Rhythmus für diese Person …"), menu)
            rhythm.triggered.connect(lambda: self.rhythmRequested.emit(self.item))
            menu.addAction(rhythm)
        if item.kind is not K.REMINDER:
            remind = QAction(self.tr("Erinnerung dazu …"), menu)
            remind.triggered.connect(lambda: self.reminderRequested.emit(self.item))
            menu.addAction(remind)
        self.more_button.setMenu(menu)
        layout.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignTop)

    def _button(self, layout: QHBoxLayout, text: str, signal: SignalInstance) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.clicked.connect(lambda: signal.emit(self.item))
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        return button

    def _done_text(self) -> str:
        texts = {
            K.FOLLOW_UP: self.tr("Nachgefasst …"),
            K.THANK_REFERRER: self.tr("Bedankt …"),
            K.SEND_HANDOUT: self.tr("Gesendet"),
            K.REQUEST_FEEDBACK: self.tr("Angefragt"),
            K.ASK_FOR_REFERRAL: self.tr("Gefragt …"),
            K.SPIRAL_SUGGESTION: self.tr("Übernehmen"),
            K.KEEP_IN_TOUCH: self.tr("Kontakt festhalten …"),
            K.REMINDER: self.tr("Erledigt"),
            K.BIRTHDAY: self.tr("Gratuliert"),
        }
        return texts[self.item.kind]

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.openRequested.emit(self.item)
        super().mouseDoubleClickEvent(event)
