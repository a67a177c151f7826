"""Correcting a referral: its details, one history entry, the last step, a logged contact.

Each function asks what it needs (prefilled), writes through the services with the
version that was shown and returns True when something changed; refusals are shown
in the dialog (dates) or in a message (a stale version), nothing is written then.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from empfehlung_desktop.errors import StoreError, UserError, ValidationError
from empfehlung_desktop.model import ActivityKind
from empfehlung_desktop.services.contacts import activities as activity_service
from empfehlung_desktop.services.referrals import corrections
from empfehlung_desktop.services.referrals import referrals as referral_service
from empfehlung_desktop.ui import theme
from empfehlung_desktop.ui.context import ViewContext
from empfehlung_desktop.ui.formats import date_format, date_text
from empfehlung_desktop.ui.i18n import enum_label
from empfehlung_desktop.ui.referrals.models import label
from empfehlung_desktop.ui.widgets import undo
from empfehlung_desktop.ui.widgets.confirm import confirm_delete

EVENT = "event"
ACTIVITY = "activity"


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


@dataclass(frozen=True)
class Bounds:
    """The dates a corrected entry may carry, with the German reasons."""

    earliest: dt.date
    early_why: str
    latest: dt.date
    late_why: str


@dataclass(frozen=True)
class EntryAnswer:
    on: dt.date
    text: str
    kind: ActivityKind | None


class EntryDialog(QDialog):
    """Date and note of a history entry (and the kind of a logged contact), prefilled.

    A date outside ``bounds`` is refused at the field with its reason; the dialog
    stays open with everything typed. Ctrl+S saves.
    """

    def __init__(
        self,
        title: str,
        day: dt.date,
        text: str,
        bounds: Bounds,
        kind: ActivityKind | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        self.bounds = bounds
        self.error = QLabel()
        self.error.setObjectName("dateError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(theme.text_style("error"))
        self.error.hide()
        form = QFormLayout()
        self.kind: QComboBox | None = None
        if kind is not None:
            self.kind = QComboBox()
            for member in ActivityKind:
                self.kind.addItem(enum_label(member), member.value)
            self.kind.setCurrentIndex(self.kind.findData(kind.value))
            form.addRow(self.tr("&Art:"), self.kind)
        self.date = QDateEdit(_qdate(day))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(date_format())
        self.date.setMaximumDate(_qdate(bounds.latest))
        self.date.dateChanged.connect(lambda _d: self.error.hide())
        form.addRow(self.tr("&Datum:"), self.date)
        self.text = QPlainTextEdit(text)
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(80)
        form.addRow(self.tr("&Notiz:"), self.text)
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            caption = item.widget() if item is not None else None
            control = field.widget() if field is not None else None
            if isinstance(caption, QLabel) and control is not None:
                caption.setBuddy(control)
                control.setAccessibleName(caption.text().replace("&", "").rstrip(":"))
        hint = QLabel(
            self.tr("Möglich: {first} bis {last}").format(
                first=date_text(bounds.earliest), last=date_text(bounds.latest)
            )
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def values(self) -> EntryAnswer:
        day: dt.date = self.date.date().toPython()  # type: ignore[assignment]
        kind = ActivityKind(self.kind.currentData()) if self.kind is not None else None
        return EntryAnswer(day, self.text.toPlainText().strip(), kind)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.date.setFocus()

    def accept(self) -> None:
        day = self.values().on
        if day < self.bounds.earliest:
            self.show_error(self.bounds.early_why)
            return
        if day > self.bounds.latest:
            self.show_error(self.bounds.late_why)
            return
        super().accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        title: str,
        day: dt.date,
        text: str,
        bounds: Bounds,
        kind: ActivityKind | None = None,
    ) -> EntryAnswer | None:
        dialog = cls(title, day, text, bounds, kind, parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


def _fail(parent: QWidget, title: str, exc: Exception) -> bool:
    QMessageBox.warning(parent, title, str(exc))
    return False


def correct_entry(
    parent: QWidget,
    context: ViewContext,
    referral_id: int,
    version: int | None,
    kind: str,
    entry_id: int,
) -> bool:
    """Correct one line of the history: a step's date and note, or a logged contact."""
    today = context.clock.today()
    title = QCoreApplication.translate("ReferralCorrections", "Eintrag korrigieren")
    try:
        with context.db.reader() as session:
            if kind == ACTIVITY:
                row = activity_service.get_activity(session, entry_id)
                day, text, activity_kind = row.occurred_on, row.text, row.kind
                bounds = Bounds(
                    dt.date(1900, 1, 1),
                    "",
                    today,
                    QCoreApplication.translate(
                        "ReferralCorrections", "Das Datum liegt in der Zukunft."
                    ),
                )
            else:
                referral = referral_service.get_referral(session, referral_id)
                event = next(e for e in referral.events if e.id == entry_id)
                if event.from_status is None:
                    # The first line is the referral itself: its date is corrected there.
                    return edit_referral(parent, context, referral_id)
                day, text, activity_kind = event.occurred_on, event.note, None
                title = QCoreApplication.translate(
                    "ReferralCorrections", "Schritt korrigieren: {step}"
                ).format(step=label(event.to_status))
                bounds = Bounds(*corrections.step_date_bounds(referral, entry_id, today))
    except (UserError, StoreError, StopIteration) as exc:
        return _fail(parent, title, exc)
    answer = EntryDialog.ask(parent, title, day, text, bounds, activity_kind)
    if answer is None:
        return False
    try:
        with context.db.session() as session:
            if answer.kind is not None:
                activity_service.update_activity(
                    session, entry_id, answer.kind, answer.on, answer.text, today=today
                )
            else:
                corrections.correct_step(
                    session,
                    referral_id,
                    entry_id,
                    answer.on,
                    answer.text,
                    today=today,
                    expected_version=version,
                )
    except (ValidationError, UserError, StoreError) as exc:
        return _fail(parent, title, exc)
    return True


def edit_referral(parent: QWidget, context: ViewContext, referral_id: int) -> bool:
    """The referral's own dialog, prefilled; the date may not pass its first step."""
    from empfehlung_desktop.ui.referrals.new_referral import ReferralDialog  # no cycle

    try:
        return ReferralDialog.correct(context.db, referral_id, context.clock.today(), parent)
    except (UserError, StoreError) as exc:
        return _fail(
            parent, QCoreApplication.translate("ReferralCorrections", "Empfehlung korrigieren"), exc
        )


def delete_last_step(
    parent: QWidget, context: ViewContext, referral_id: int, version: int | None
) -> bool:
    """Ask, then take back the newest history entry (a step returns to the status before)."""
    try:
        with context.db.reader() as session:
            event = corrections.last_entry(referral_service.get_referral(session, referral_id))
    except (UserError, StoreError) as exc:
        return _fail(
            parent,
            QCoreApplication.translate("ReferralCorrections", "Letzten Schritt löschen"),
            exc,
        )
    if event is None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("ReferralCorrections", "Letzten Schritt löschen"),
            QCoreApplication.translate(
                "ReferralCorrections",
                "Es gibt keinen Schritt zum Löschen; nur die Empfehlung selbst ist erfasst.",
            ),
        )
        return False
    if event.from_status is not None and event.from_status != event.to_status:
        what = QCoreApplication.translate(
            "ReferralCorrections",
            "den Schritt „{step}“ vom {date}; die Empfehlung steht dann wieder auf „{back}“",
        ).format(
            step=label(event.to_status),
            date=date_text(event.occurred_on),
            back=label(event.from_status),
        )
    else:
        what = QCoreApplication.translate(
            "ReferralCorrections", "den Eintrag vom {date} („{note}“)"
        ).format(date=date_text(event.occurred_on), note=event.note)
    text = QCoreApplication.translate(
        "ReferralCorrections", "{what} löschen? Was der Schritt festgehalten hat, geht mit."
    ).format(what=what)
    if not confirm_delete(
        parent,
        QCoreApplication.translate("ReferralCorrections", "Letzten Schritt löschen"),
        text[0].upper() + text[1:],
    ):
        return False
    try:
        with context.db.session() as session:
            corrections.delete_last_step(session, referral_id, expected_version=version)
    except (UserError, StoreError) as exc:
        return _fail(
            parent,
            QCoreApplication.translate("ReferralCorrections", "Letzten Schritt löschen"),
            exc,
        )
    return True


def delete_activity(
    parent: QWidget,
    context: ViewContext,
    activity_id: int,
    after: Callable[[], None] = lambda: None,
) -> bool:
    """Ask, then delete one logged contact (the person's last contact follows)."""
    if not confirm_delete(
        parent,
        QCoreApplication.translate("ReferralCorrections", "Eintrag löschen"),
        QCoreApplication.translate("ReferralCorrections", "Diesen festgehaltenen Kontakt löschen?"),
    ):
        return False
    try:
        with context.db.session() as session:
            values = activity_service.snapshot_activity(session, activity_id)
            activity_service.delete_activity(session, activity_id)
    except (UserError, StoreError) as exc:
        return _fail(
            parent, QCoreApplication.translate("ReferralCorrections", "Eintrag löschen"), exc
        )
    undo.push(
        context,
        undo.WriteCommand(
            context,
            QCoreApplication.translate("ReferralCorrections", "Festgehaltenen Kontakt löschen"),
            "referrals",
            lambda s: activity_service.restore_activity(s, values),
            lambda s: activity_service.delete_activity(s, activity_id),
            after,
        ),
    )
    return True
