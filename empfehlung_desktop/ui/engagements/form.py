"""The Erstgespräch form: how the prospect came, what they told, how well it fits."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from empfehlung_desktop.clock import Clock
from empfehlung_desktop.model import ContactSource, Engagement, ExpectationFit, PriorKnowledge
from empfehlung_desktop.services.engagements.engagements import MeetingData
from empfehlung_desktop.store.database import Database
from empfehlung_desktop.ui.formats import datetime_format
from empfehlung_desktop.ui.i18n import enum_label
from empfehlung_desktop.ui.widgets.contact_picker import ContactPicker

E = TypeVar("E", bound=StrEnum)


def _enum_combo(enum_cls: type, none_text: str) -> QComboBox:
    # Items carry the stable code: Qt hands enum members back as plain strings.
    combo = QComboBox()
    combo.addItem(none_text, None)
    for member in enum_cls:  # type: ignore[attr-defined]
        combo.addItem(enum_label(member), member.value)
    return combo


def _set_combo(combo: QComboBox, value: StrEnum | None) -> None:
    index = combo.findData(value.value if value is not None else None)
    combo.setCurrentIndex(max(index, 0))


def combo_value(combo: QComboBox, enum_cls: type[E]) -> E | None:
    code = combo.currentData()
    return enum_cls(code) if code else None


class MeetingForm(QWidget):
    """Edits :class:`MeetingData` of one engagement; ``changed`` fires on every edit.

    Signals:
        changed(): the user edited something (the view tracks unsaved changes).
        openContact(int): the user wants to see the contact in the contacts view.
    """

    changed = Signal()
    openContact = Signal(int)

    def __init__(self, db: Database, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self._loading = False
        self.contact_id: int | None = None
        self.contact_label = QLabel()
        self.contact_label.setObjectName("engagementContact")
        self.contact_button = QToolButton()
        self.contact_button.setText(self.tr("Kontakt öffnen"))
        self.contact_button.clicked.connect(self._open_contact)
        self.status_label = QLabel()
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(200)
        self.title_edit.setPlaceholderText(self.tr("z. B. Positionierung für die neue Praxis"))
        self.meeting_check = QCheckBox(self.tr("Termin vereinbart"))
        self.meeting_edit = QDateTimeEdit()
        self.meeting_edit.setCalendarPopup(True)
        self.meeting_edit.setDisplayFormat(datetime_format())
        self.meeting_edit.setEnabled(False)
        self.meeting_check.toggled.connect(self.meeting_edit.setEnabled)
        self.meeting_edit.setAccessibleName(self.tr("Erstgespräch: Datum und Uhrzeit"))

        self.source_combo = _enum_combo(ContactSource, self.tr("– unbekannt –"))
        self.referrer_picker = ContactPicker(db, placeholder=self.tr("Wer hat Sie empfohlen?"))
        self.prior_combo = _enum_combo(PriorKnowledge, self.tr("– nicht gefragt –"))
        self.need_edit = self._text(self.tr("Worum geht es, kurz und in Ihren Worten?"))
        self.problem_edit = self._text(self.tr("Wie beschreibt die Person ihr Problem?"))
        self.frustrations_edit = self._text(self.tr("Was ärgert, was frustriert?"))
        self.wishes_edit = self._text(self.tr("Was wünscht und erhofft sich die Person?"))
        self.fit_combo = _enum_combo(ExpectationFit, self.tr("– noch offen –"))
        self.notes_edit = self._text(self.tr("Eigene Notizen (erscheinen nirgends)"))
        self.show_referrer_check = QCheckBox(self.tr("Empfehlungsgeber nennen"))
        self.show_referrer_check.setToolTip(
            self.tr("Das Handout sagt dann: „Sie kommen auf Empfehlung von …“")
        )
        self.show_need_check = QCheckBox(self.tr("Anliegen zeigen, wie ich es verstanden habe"))
        self._build_layout()
        self.source_combo.currentIndexChanged.connect(self._update_referrer_enabled)
        self._connect_changes()
        self._update_referrer_enabled()

    def _text(self, placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(54)
        return edit

    def _build_layout(self) -> None:
        head = QFormLayout()
        contact_row = QHBoxLayout()
        contact_row.addWidget(self.contact_label, 1)
        contact_row.addWidget(self.contact_button)
        head.addRow(self.tr("Kontakt:"), contact_row)
        head.addRow(self.tr("Status:"), self.status_label)
        head.addRow(self.tr("&Titel:"), self.title_edit)
        meeting_row = QHBoxLayout()
        meeting_row.addWidget(self.meeting_check)
        meeting_row.addWidget(self.meeting_edit, 1)
        head.addRow(self.tr("Erstgespräch:"), meeting_row)

        came = QGroupBox(self.tr("Wie die Person zu Ihnen kam"))
        came_form = QFormLayout(came)
        came_form.addRow(self.tr("&Herkunft:"), self.source_combo)
        came_form.addRow(self.tr("&Empfohlen von:"), self.referrer_picker)
        came_form.addRow(self.tr("&Vorher gelesen/gesehen:"), self.prior_combo)

        talk = QGroupBox(self.tr("Im Erstgespräch"))
        talk_form = QFormLayout(talk)
        talk_form.addRow(self.tr("&Anliegen:"), self.need_edit)
        talk_form.addRow(self.tr("&Problem (eigene Worte):"), self.problem_edit)
        talk_form.addRow(self.tr("&Frustrationen:"), self.frustrations_edit)
        talk_form.addRow(self.tr("&Wünsche und Hoffnungen:"), self.wishes_edit)
        talk_form.addRow(self.tr("Erwartungen &passen:"), self.fit_combo)
        talk_form.addRow(self.tr("&Notizen:"), self.notes_edit)

        handout = QGroupBox(self.tr("„Warum Sie“-Handout"))
        handout_layout = QVBoxLayout(handout)
        handout_layout.addWidget(self.show_referrer_check)
        handout_layout.addWidget(self.show_need_check)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(came)
        layout.addWidget(talk)
        layout.addWidget(handout)
        layout.addStretch(1)

    def _connect_changes(self) -> None:
        for edit in (self.title_edit,):
            edit.textEdited.connect(self._emit_changed)
        for text in (
            self.need_edit,
            self.problem_edit,
            self.frustrations_edit,
            self.wishes_edit,
            self.notes_edit,
        ):
            text.textChanged.connect(self._emit_changed)
        for combo in (self.source_combo, self.prior_combo, self.fit_combo):
            combo.currentIndexChanged.connect(self._emit_changed)
        for check in (self.meeting_check, self.show_referrer_check, self.show_need_check):
            check.toggled.connect(self._emit_changed)
        self.meeting_edit.dateTimeChanged.connect(self._emit_changed)
        self.referrer_picker.contactChanged.connect(self._emit_changed)

    def _emit_changed(self, *_args: object) -> None:
        if not self._loading:
            self.changed.emit()

    def _open_contact(self) -> None:
        if self.contact_id is not None:
            self.openContact.emit(self.contact_id)

    def _update_referrer_enabled(self) -> None:
        referred = combo_value(self.source_combo, ContactSource) is ContactSource.REFERRAL
        self.referrer_picker.setEnabled(referred)
        self.show_referrer_check.setEnabled(referred)

    # -- data -----------------------------------------------------------------
    def load(self, engagement: Engagement) -> None:
        """Show an engagement (read inside the caller's session)."""
        self._loading = True
        try:
            data = MeetingData.from_engagement(engagement)
            self.contact_id = engagement.contact_id
            self.contact_label.setText(engagement.contact.name)
            self.status_label.setText(enum_label(engagement.status))
            self.title_edit.setText(data.title)
            self._set_meeting(data.first_meeting_at)
            _set_combo(self.source_combo, data.source)
            self.referrer_picker.set_contact_id(data.referred_by_id)
            _set_combo(self.prior_combo, data.prior_knowledge)
            self.need_edit.setPlainText(data.need)
            self.problem_edit.setPlainText(data.problem)
            self.frustrations_edit.setPlainText(data.frustrations)
            self.wishes_edit.setPlainText(data.wishes)
            _set_combo(self.fit_combo, data.expectation_fit)
            self.notes_edit.setPlainText(data.notes)
            self.show_referrer_check.setChecked(data.handout_show_referrer)
            self.show_need_check.setChecked(data.handout_show_need)
            self._update_referrer_enabled()
        finally:
            self._loading = False

    def _set_meeting(self, value: dt.datetime | None) -> None:
        self.meeting_check.setChecked(value is not None)
        if value is None:
            tomorrow = self.clock.today() + dt.timedelta(days=1)
            value = dt.datetime.combine(tomorrow, dt.time(10, 0))
        self.meeting_edit.setDateTime(
            QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))
        )

    def meeting_data(self) -> MeetingData:
        meeting = None
        if self.meeting_check.isChecked():
            chosen = self.meeting_edit.dateTime()
            d, t = chosen.date(), chosen.time()
            meeting = dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())
        return MeetingData(
            title=self.title_edit.text(),
            source=combo_value(self.source_combo, ContactSource),
            referred_by_id=self.referrer_picker.contact_id(),
            prior_knowledge=combo_value(self.prior_combo, PriorKnowledge),
            first_meeting_at=meeting,
            need=self.need_edit.toPlainText(),
            problem=self.problem_edit.toPlainText(),
            frustrations=self.frustrations_edit.toPlainText(),
            wishes=self.wishes_edit.toPlainText(),
            expectation_fit=combo_value(self.fit_combo, ExpectationFit),
            handout_show_referrer=self.show_referrer_check.isChecked(),
            handout_show_need=self.show_need_check.isChecked(),
            notes=self.notes_edit.toPlainText(),
        )
