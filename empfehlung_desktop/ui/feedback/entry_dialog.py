"""Enter a client's feedback in the app (e.g. after a phone call or an e-mail)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from empfehlung_desktop.errors import StoreError, UserError, ValidationError
from empfehlung_desktop.model import FeedbackChannel, QuotePermission
from empfehlung_desktop.services.feedback import corrections as feedback_corrections
from empfehlung_desktop.services.feedback import feedback as feedback_service
from empfehlung_desktop.services.feedback import questions as q
from empfehlung_desktop.store.database import Database
from empfehlung_desktop.ui import theme
from empfehlung_desktop.ui.formats import date_format, date_text

# QButtonGroup treats -1 as "assign an id", so "no answer" needs its own id.
NO_ANSWER = 1000


class ScaleChooser(QWidget):
    """A row of radio buttons low..high plus "keine Angabe" (the default)."""

    def __init__(self, question: q.ScaleQuestion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        none = QRadioButton(self.tr("keine Angabe"))
        none.setChecked(True)
        self.group.addButton(none, NO_ANSWER)
        layout.addWidget(none)
        layout.addSpacing(8)
        for value in range(question.low, question.high + 1):
            button = QRadioButton(str(value))
            button.setToolTip(
                f"{question.low} = {question.low_label}, {question.high} = {question.high_label}"
            )
            self.group.addButton(button, value)
            layout.addWidget(button)
        layout.addStretch(1)

    def value(self) -> int | None:
        checked = self.group.checkedId()
        return None if checked == NO_ANSWER else checked

    def set_value(self, value: int | None) -> None:
        button: QAbstractButton | None = self.group.button(NO_ANSWER if value is None else value)
        if button is not None:
            button.setChecked(True)


class FeedbackEntryDialog(QDialog):
    """All questions in one form; the engagement is chosen from finished ones.

    After a successful save ``outcome`` holds the spiral suggestion and any warning.
    """

    def __init__(
        self,
        db: Database,
        today: dt.date,
        engagement_id: int | None = None,
        parent: QWidget | None = None,
        feedback_id: int | None = None,
    ) -> None:
        """A new feedback, or with ``feedback_id`` the correction of one (prefilled)."""
        super().__init__(parent)
        self.db = db
        self.outcome: feedback_service.FeedbackOutcome | None = None
        self.feedback_id = feedback_id
        self.version: int | None = None
        self.setWindowTitle(self.tr("Feedback erfassen"))
        self.resize(720, 720)

        self.engagement = QComboBox()
        self.engagement.setAccessibleName(self.tr("Auftrag"))
        stored: feedback_service.FeedbackData | None = None
        with db.reader() as session:
            if feedback_id is None:
                open_items = feedback_service.engagements_without_feedback(session)
            else:
                feedback = feedback_service.get_feedback(session, feedback_id)
                self.version = feedback.version
                stored = feedback_corrections.data_of(feedback)
                engagement = feedback.engagement
                open_items = [
                    feedback_service.OpenEngagement(
                        engagement.id, engagement.contact.name, engagement.title, None
                    )
                ]
                self.setWindowTitle(self.tr("Feedback korrigieren"))
                self.engagement.setEnabled(False)
        for item in open_items:
            text = self.tr("{name} – {title}").format(name=item.contact_name, title=item.title)
            if item.ended_on:
                text = self.tr("{text} · beendet {date}").format(
                    text=text, date=date_text(item.ended_on)
                )
            self.engagement.addItem(text, item.id)
        if engagement_id is not None:
            index = self.engagement.findData(engagement_id)
            if index >= 0:
                self.engagement.setCurrentIndex(index)
        self.today = today
        self.received = QDateEdit(QDate(today.year, today.month, today.day))
        self.received.setMaximumDate(QDate(today.year, today.month, today.day))
        self.received.setCalendarPopup(True)
        self.received.setDisplayFormat(date_format())

        self.texts: dict[str, QPlainTextEdit] = {}
        self.recommend = ScaleChooser(q.RECOMMEND)
        self.expectations = ScaleChooser(q.EXPECTATIONS)
        self.permission = QButtonGroup(self)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(theme.text_style("error"))
        self.error_label.hide()
        self._build_layout(bool(open_items))
        if stored is not None:
            self._prefill(stored)

    def _prefill(self, data: feedback_service.FeedbackData) -> None:
        if data.received_on is not None:
            day = data.received_on
            self.received.setDate(QDate(day.year, day.month, day.day))
        for key, edit in self.texts.items():
            edit.setPlainText(str(getattr(data, key)))
        self.recommend.set_value(data.recommend_score)
        self.expectations.set_value(data.expectations_met)
        for button in self.permission.buttons():
            button.setChecked(button.property("permission") == data.quote_permission.value)
        self._stored = self.feedback_data()

    def _build_layout(self, has_open: bool) -> None:
        body = QWidget()
        rows = QVBoxLayout(body)
        rows.setSpacing(4)

        def add(label: str, widget: QWidget) -> None:
            title = _question_label(label)
            title.setBuddy(widget)
            if not widget.accessibleName():
                widget.setAccessibleName(label)
            rows.addWidget(title)
            rows.addWidget(widget)
            rows.addSpacing(8)

        add(
            self.tr("Auftrag (abgeschlossen, noch ohne Feedback)")
            if self.feedback_id is None
            else self.tr("Auftrag"),
            self.engagement,
        )
        if not has_open:
            hint = QLabel(self.tr("Alle abgeschlossenen Aufträge haben bereits ein Feedback."))
            hint.setWordWrap(True)
            rows.addWidget(hint)
        add(self.tr("Eingegangen am"), self.received)
        for question in q.ALL_TEXT_QUESTIONS:
            edit = QPlainTextEdit()
            edit.setPlaceholderText(question.hint)
            edit.setFixedHeight(70 if question.optional else 96)
            edit.setTabChangesFocus(True)
            self.texts[question.key] = edit
        for question in q.TEXT_QUESTIONS:
            add(question.text, self.texts[question.key])
        add(q.RECOMMEND.text, self.recommend)
        add(q.EXPECTATIONS.text, self.expectations)
        permission_row = QWidget()
        row = QHBoxLayout(permission_row)
        row.setContentsMargins(0, 0, 0, 0)
        for permission, text in q.PERMISSION_CHOICES:
            button = QRadioButton(self.tr(text))
            button.setProperty("permission", permission.value)
            self.permission.addButton(button)
            button.setChecked(permission is QuotePermission.NO)
            row.addWidget(button)
        row.addStretch(1)
        add(q.PERMISSION_QUESTION, permission_row)
        # Asked last, and gently.
        add(q.WHO_ELSE.text + " " + self.tr("(freiwillig)"), self.texts[q.WHO_ELSE.key])
        rows.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Speichern"))
        save.setEnabled(has_open)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    # -- values -------------------------------------------------------------
    def selected_permission(self) -> QuotePermission:
        button = self.permission.checkedButton()
        return QuotePermission(button.property("permission")) if button else QuotePermission.NO

    def feedback_data(self) -> feedback_service.FeedbackData | None:
        engagement_id = self.engagement.currentData()
        if engagement_id is None:
            return None
        received: dt.date = self.received.date().toPython()  # type: ignore[assignment]
        return feedback_service.FeedbackData(
            engagement_id=int(engagement_id),
            received_on=received,
            expectations_met=self.expectations.value(),
            recommend_score=self.recommend.value(),
            quote_permission=self.selected_permission(),
            channel=FeedbackChannel.APP,
            **{key: edit.toPlainText() for key, edit in self.texts.items()},
        )

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def has_input(self) -> bool:
        """Anything typed or chosen that closing would throw away."""
        if self.feedback_id is not None:
            return self.feedback_data() != getattr(self, "_stored", None)
        return any(edit.toPlainText().strip() for edit in self.texts.values()) or (
            self.recommend.value() is not None or self.expectations.value() is not None
        )

    def reject(self) -> None:
        """Escape or Abbrechen: ask before discarding written answers."""
        if self.has_input() and not self.confirm_discard():
            return
        super().reject()

    def confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Feedback verwerfen?"),
            self.tr("Die eingegebenen Antworten gehen verloren. Trotzdem schließen?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def accept(self) -> None:
        data = self.feedback_data()
        if data is None:
            self.show_error(self.tr("Bitte einen abgeschlossenen Auftrag wählen."))
            return
        try:
            with self.db.session() as session:
                if self.feedback_id is None:
                    self.outcome = feedback_service.add_feedback(session, data, today=self.today)
                else:
                    feedback_corrections.update_feedback(
                        session,
                        self.feedback_id,
                        data,
                        today=self.today,
                        expected_version=self.version,
                    )
        except ValidationError as exc:
            self.show_error(exc.message)
            field = next(iter(exc.fields), "")
            if field in self.texts:
                self.texts[field].setFocus()
            elif field == "received_on":
                self.received.setFocus()
            return
        except (UserError, StoreError) as exc:
            self.show_error(str(exc))
            return
        super().accept()

    @classmethod
    def ask(
        cls,
        db: Database,
        today: dt.date,
        engagement_id: int | None = None,
        parent: QWidget | None = None,
    ) -> feedback_service.FeedbackOutcome | None:
        """Show the dialog; the saved outcome, or None when cancelled."""
        dialog = cls(db, today, engagement_id, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.outcome
        return None


def edit_feedback(
    db: Database, today: dt.date, feedback_id: int, parent: QWidget | None = None
) -> bool:
    """Show the prefilled dialog to correct one feedback; True when saved."""
    dialog = FeedbackEntryDialog(db, today, None, parent, feedback_id=feedback_id)
    return dialog.exec() == QDialog.DialogCode.Accepted


def _question_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("font-weight: 600;")
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
