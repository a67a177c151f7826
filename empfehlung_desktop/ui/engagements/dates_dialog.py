"""„Beginn/Ende korrigieren …“: the start and end of an engagement, prefilled and checked."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from empfehlung_desktop.errors import StoreError, UserError, ValidationError
from empfehlung_desktop.model import EngagementStatus
from empfehlung_desktop.services.engagements import dates as engagement_dates
from empfehlung_desktop.services.engagements import engagements as engagement_service
from empfehlung_desktop.ui import theme
from empfehlung_desktop.ui.context import ViewContext
from empfehlung_desktop.ui.formats import date_format

E = EngagementStatus
STARTED = (E.ACTIVE, E.COMPLETED)
ENDED = (E.COMPLETED, E.DECLINED, E.REFERRED)


def has_dates(status: EngagementStatus | None) -> bool:
    """Whether the status carries a start or an end to correct."""
    return status in STARTED or status in ENDED


def _edit(day: dt.date | None, today: dt.date) -> QDateEdit:
    value = day or today
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_format())
    edit.setMaximumDate(QDate(today.year, today.month, today.day))
    return edit


class DatesDialog(QDialog):
    """Beginn (laufend, abgeschlossen) and Ende (ended statuses); the service checks the rest.

    A refused date keeps the dialog open with the reason under the fields.
    """

    def __init__(
        self,
        context: ViewContext,
        engagement_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.engagement_id = engagement_id
        today = context.clock.today()
        with context.db.reader() as session:
            engagement = engagement_service.get_engagement(session, engagement_id)
            status, self.version = engagement.status, engagement.version
            started, ended = engagement.started_on, engagement.ended_on
        self.setWindowTitle(self.tr("Beginn und Ende korrigieren"))
        self.setMinimumWidth(380)
        form = QFormLayout()
        self.started = _edit(started, today)
        self.ended = _edit(ended, today)
        self.started.setVisible(status in STARTED)
        self.ended.setVisible(status in ENDED)
        if status in STARTED:
            form.addRow(self.tr("&Beginn:"), self.started)
        if status in ENDED:
            form.addRow(self.tr("&Ende:"), self.ended)
        self.started.setAccessibleName(self.tr("Beginn"))
        self.ended.setAccessibleName(self.tr("Ende"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(theme.text_style("error"))
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _day(self, edit: QDateEdit) -> dt.date | None:
        return edit.date().toPython() if edit.isVisibleTo(self) else None  # type: ignore[return-value]

    def accept(self) -> None:
        try:
            with self.context.db.session() as session:
                engagement_dates.correct_dates(
                    session,
                    self.engagement_id,
                    self._day(self.started),
                    self._day(self.ended),
                    today=self.context.clock.today(),
                    expected_version=self.version,
                )
        except ValidationError as exc:
            self.error.setText(exc.message)
            self.error.show()
            (self.ended if "ended_on" in exc.fields else self.started).setFocus()
            return
        except (UserError, StoreError) as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        super().accept()


def correct_dates(parent: QWidget, context: ViewContext, engagement_id: int) -> bool:
    """Show the dialog; True when corrected dates were saved."""
    try:
        dialog = DatesDialog(context, engagement_id, parent)
    except (UserError, StoreError) as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("DatesDialog", "Anfragen & Aufträge"), str(exc)
        )
        return False
    return dialog.exec() == QDialog.DialogCode.Accepted
