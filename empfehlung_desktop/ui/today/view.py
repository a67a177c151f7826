"""The "Heute" view (start view): what is due today, grouped, each item actionable."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from empfehlung_desktop.errors import StoreError, UserError
from empfehlung_desktop.model import AgendaKind, Contact
from empfehlung_desktop.services import settings
from empfehlung_desktop.services.contacts import contacts as contact_service
from empfehlung_desktop.services.today import care, reminders
from empfehlung_desktop.services.today import today as today_service
from empfehlung_desktop.services.today import undo as undo_before
from empfehlung_desktop.services.today.today import KIND_ORDER, Agenda, AgendaItem, spiral
from empfehlung_desktop.ui import theme
from empfehlung_desktop.ui.context import ViewContext
from empfehlung_desktop.ui.formats import date_text, long_date_text, number_text
from empfehlung_desktop.ui.i18n import enum_label
from empfehlung_desktop.ui.today.dialogs import (
    DoneDialog,
    RulesDialog,
    SnoozeDialog,
    StageDialog,
    rule_labels,
)
from empfehlung_desktop.ui.today.hints import section_hints
from empfehlung_desktop.ui.today.item_row import ItemRow
from empfehlung_desktop.ui.today.reminder_dialogs import ReminderDialog, RhythmDialog
from empfehlung_desktop.ui.today.writes import TodayWrites
from empfehlung_desktop.ui.widgets.progress import run_in_background
from empfehlung_desktop.ui.widgets.view_base import View

K = AgendaKind
PAGE = 30  # items shown per section before "Weitere anzeigen"
ROWS_PER_BREATH = 4  # rows built between two repaints (a row takes a few ms)

STYLE = """
QLabel#todayTitle { font-size: 20pt; font-weight: 600; }
QLabel#sectionTitle { font-size: 13pt; font-weight: 600; margin-top: 14px; }
QLabel#sectionHint { color: @muted; }
QFrame#agendaItem { border-bottom: 1px solid palette(midlight); }
QLabel#agendaDue { color: @muted; }
QLabel#agendaDue[overdue="true"] { color: @overdue; font-weight: 600; }
QLabel#emptyState { font-size: 15pt; color: @muted; }
"""


def _t(text: str) -> str:
    return QCoreApplication.translate("TodayView", text)


class TodayView(View):
    """Sections per kind; emits badgeChanged(total due) on every refresh."""

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        theme.follow(self, STYLE)
        self.agenda: Agenda | None = None
        self._reading = False
        self._read_again = False
        self.first_run = False
        self.welcome: QWidget | None = None
        self.rows: list[ItemRow] = []
        self.limits: dict[AgendaKind, int] = {}
        self.more_buttons: dict[AgendaKind, QPushButton] = {}
        self.writes = TodayWrites(context, lambda: self.refresh(), lambda text: self._error(text))

        self.title = QLabel(self.tr("Heute"))
        self.title.setObjectName("todayTitle")
        self.date_label = QLabel()
        self.summary = QLabel()
        self.rules_button = QPushButton(self.tr("Regeln …"))
        self.rules_button.setToolTip(self.tr("Wann ein Punkt fällig wird"))
        self.rules_button.clicked.connect(self.edit_rules)
        self.reminder_button = QPushButton(self.tr("Erinnerung …"))
        self.reminder_button.setToolTip(self.tr("Eine eigene Erinnerung anlegen (Strg+N)"))
        self.reminder_button.clicked.connect(self.new_record)
        self.refresh_button = QPushButton(self.tr("Aktualisieren"))
        self.refresh_button.clicked.connect(self.refresh)
        QShortcut(QKeySequence.StandardKey.Refresh, self, self.refresh)

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.date_label)
        header.addLayout(titles)
        header.addStretch(1)
        header.addWidget(self.summary)
        header.addWidget(self.reminder_button)
        header.addWidget(self.refresh_button)
        header.addWidget(self.rules_button)

        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 6)
        layout.addLayout(header)
        layout.addWidget(self.scroll_area, 1)

    # -- data ---------------------------------------------------------------
    def today(self) -> dt.date:
        return self.context.clock.today()

    def refresh(self) -> None:
        if self._reading:  # asked again while the agenda is read: once more afterwards
            self._read_again = True
            return
        today, now, limit = self.today(), self.context.clock.now(), self._limit()

        def read() -> tuple[Agenda, bool]:
            # On a worker thread (its own session): at 100,000 contacts the agenda's
            # queries take half a second, and the window keeps repainting meanwhile.
            with self.context.db.reader() as session:
                agenda = today_service.compute(session, today, now=now, limit_per_kind=limit)
                first_run = agenda.total == 0 and not contact_service.count_contacts(
                    session, contact_service.ContactQuery()
                )
            return agenda, first_run

        self._reading, self._read_again = True, False
        try:
            self.agenda, self.first_run = run_in_background(read)
        except (UserError, StoreError) as exc:
            self._error(str(exc))
            return
        finally:
            self._reading = False
        if self._read_again:
            self.refresh()
            return
        self._rebuild()
        self.badgeChanged.emit(self.agenda.total)

    def _welcome(self) -> QWidget:
        from empfehlung_desktop.ui.help.welcome import WelcomePanel

        panel = WelcomePanel()
        panel.profileRequested.connect(lambda: self.context.navigate("profile", None))
        panel.newContactRequested.connect(self._first_contact)
        panel.importRequested.connect(self._first_import)
        self.welcome = panel
        return panel

    def _first_contact(self) -> None:
        self.context.navigate("contacts", None)
        open_view = getattr(self.window(), "view", None)
        if callable(open_view):
            open_view("contacts").new_record()

    def _first_import(self) -> None:
        data_menu = getattr(self.window(), "data_menu", None)
        if data_menu is not None:
            data_menu.import_file()

    def _limit(self) -> int:
        return max([PAGE, *self.limits.values()])

    # -- building -------------------------------------------------------------
    def _rebuild(self) -> None:
        assert self.agenda is not None
        agenda = self.agenda
        self.date_label.setText(long_date_text(agenda.today))
        total = agenda.total
        self.summary.setText(
            self.tr("Ein Punkt ist fällig.")
            if total == 1
            else self.tr("{n} Punkte sind fällig.").format(n=number_text(total))
            if total
            else ""
        )
        self.rows = []
        self.more_buttons = {}
        content = QWidget()
        content.setObjectName("todayContent")
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 12, 12)
        column.setSpacing(0)
        # Shown at once and filled section by section: each batch of rows is styled
        # and laid out between two repaints, not all 270 of them in one go.
        old = self.scroll_area.takeWidget()
        if old is not None:
            old.deleteLater()
        self.scroll_area.setWidget(content)
        if total == 0 and self.first_run:
            column.addWidget(self._welcome(), 1, Qt.AlignmentFlag.AlignHCenter)
        elif total == 0:
            column.addStretch(1)
            empty = QLabel(self.tr("Heute ist nichts fällig."))
            empty.setObjectName("emptyState")
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            column.addWidget(empty)
            calm = QLabel(self.tr("Neue Punkte erscheinen hier, sobald etwas ansteht."))
            calm.setAlignment(Qt.AlignmentFlag.AlignCenter)
            column.addWidget(calm)
            column.addStretch(2)
        else:
            for kind in KIND_ORDER:
                if agenda.counts.get(kind):
                    self._add_section(column, kind, agenda)
            column.addStretch(1)
        if self._read_again:  # asked for while the rows were built
            self._read_again = False
            QTimer.singleShot(0, self.refresh)

    def _add_section(self, column: QVBoxLayout, kind: AgendaKind, agenda: Agenda) -> None:
        count = agenda.counts[kind]
        title = QLabel(
            self.tr("{kind}  ({count})").format(kind=enum_label(kind), count=number_text(count))
        )
        title.setObjectName("sectionTitle")
        column.addWidget(title)
        hint = QLabel(section_hints()[kind])
        hint.setObjectName("sectionHint")
        column.addWidget(hint)
        shown = agenda.of_kind(kind)[: self.limits.get(kind, PAGE)]
        for item in shown:
            row = ItemRow(item, agenda.today)
            row.openRequested.connect(self.open_item)
            row.doneRequested.connect(self.mark_done)
            row.snoozeRequested.connect(self.snooze)
            row.stageRequested.connect(self.change_stage)
            row.dismissRequested.connect(self.dismiss)
            row.neverAskRequested.connect(self.never_ask)
            row.rhythmRequested.connect(self.edit_rhythm)
            row.reminderRequested.connect(self.remind_about)
            column.addWidget(row)
            self.rows.append(row)
            if len(self.rows) % ROWS_PER_BREATH == 0:
                self._breathe()
        if count > len(shown):
            more = QPushButton(
                self.tr("Weitere anzeigen ({n} von {total} sichtbar)").format(
                    n=len(shown), total=count
                )
            )
            more.setFlat(True)
            more.clicked.connect(lambda _checked=False, k=kind: self.show_more(k))
            column.addWidget(more, 0, Qt.AlignmentFlag.AlignLeft)
            self.more_buttons[kind] = more

    def _breathe(self) -> None:
        """Let the window repaint while rows are built; a refresh asked for
        meanwhile waits until they are all there."""
        self._reading = True
        try:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        finally:
            self._reading = False

    def show_more(self, kind: AgendaKind) -> None:
        self.limits[kind] = self.limits.get(kind, PAGE) + 100
        self.refresh()

    # -- actions --------------------------------------------------------------
    def open_item(self, item: AgendaItem) -> None:
        if item.kind is K.REMINDER:
            if item.link_view and item.link_id is not None:
                self.context.navigate(item.link_view, item.link_id)
        elif item.subject_type == "referral":
            self.context.navigate("referrals", item.subject_id)
        elif item.subject_type == "engagement":
            self.context.navigate("engagements", item.subject_id)
        elif item.contact_id is not None:
            self.context.navigate("contacts", item.contact_id)

    def mark_done(self, item: AgendaItem) -> None:
        today = self.today()
        if item.kind is K.KEEP_IN_TOUCH and item.contact_id is not None:
            from empfehlung_desktop.ui.contacts.activity_dialog import log_activity

            if log_activity(self, self.context, [(item.contact_id, item.contact_name)]):
                self.refresh()
            return
        if item.kind is K.FOLLOW_UP:
            done = DoneDialog.ask(
                self,
                self.tr("Nachgefasst"),
                self.tr("Sie haben bei {name} nachgefragt. Wie ist es ausgegangen?").format(
                    name=item.contact_name
                ),
                today,
                with_outcome=True,
            )
        elif item.kind is K.THANK_REFERRER:
            done = DoneDialog.ask(
                self,
                self.tr("Bedankt"),
                self.tr(
                    "Wie haben Sie {name} gedankt? (z. B. Anruf, Karte, kleines Geschenk)"
                ).format(name=item.contact_name),
                today,
            )
        elif item.kind is K.ASK_FOR_REFERRAL:
            done = DoneDialog.ask(
                self,
                self.tr("Um Empfehlung gebeten"),
                self.tr("Sie haben {name} um eine Empfehlung gebeten.").format(
                    name=item.contact_name
                ),
                today,
                with_result=True,
            )
        else:
            done = None
        if item.kind in (K.FOLLOW_UP, K.THANK_REFERRER, K.ASK_FOR_REFERRAL) and done is None:
            return

        def act(session: Session) -> None:
            if done is None:
                today_service.complete(session, item.kind, item.subject_id, today)
            else:
                today_service.complete(
                    session,
                    item.kind,
                    item.subject_id,
                    done.on,
                    outcome=done.outcome,
                    result=done.result,
                    note=done.note,
                )

        self.writes.run(
            act,
            self.tr("Erledigt: {text}").format(text=item.text),
            self.tr("„{text}“ erledigen").format(text=item.text),
            lambda s: undo_before.done_before(s, item.kind, item.subject_id),
        )

    def snooze(self, item: AgendaItem) -> None:
        today = self.today()
        until = SnoozeDialog.ask(self, today)
        if until is None:
            return
        self.writes.run(
            lambda s: today_service.snooze(s, item.kind, item.subject_id, until, today),
            self.tr("Verschoben auf den {day}.").format(day=date_text(until)),
            self.tr("„{text}“ verschieben").format(text=item.text),
            lambda s: undo_before.marker_before(s, item.kind, item.subject_id),
        )

    def change_stage(self, item: AgendaItem) -> None:
        if item.contact_id is None:
            return
        today = self.today()
        try:
            with self.context.db.reader() as session:
                steps = spiral.history(session, item.contact_id)
                suggestion = spiral.suggestion_for(session, item.contact_id, today)
                contact = session.get(Contact, item.contact_id)
                current = contact.spiral_stage if contact else None
        except (UserError, StoreError) as exc:
            self._error(str(exc))
            return
        preset = suggestion.suggested if suggestion else None
        note = suggestion.reason if suggestion else ""
        answer = StageDialog.ask(self, item.contact_name, current, preset, steps, note)
        if answer is None:
            return
        stage, text = answer
        contact_id = item.contact_id
        self.writes.run(
            lambda s: spiral.change_stage(s, contact_id, stage, text, on=today),
            self.tr("Stufe von {name}: {stage}").format(
                name=item.contact_name, stage=enum_label(stage)
            ),
            self.tr("Stufe von {name} ändern").format(name=item.contact_name),
            lambda s: undo_before.contact_before(s, contact_id),
        )

    def dismiss(self, item: AgendaItem) -> None:
        today = self.today()
        self.writes.run(
            lambda s: spiral.dismiss_suggestion(s, item.subject_id, today),
            self.tr("Vorschlag verworfen."),
            self.tr("Vorschlag verwerfen"),
            lambda s: undo_before.marker_before(s, item.kind, item.subject_id),
        )

    def new_record(self) -> None:
        """Ctrl+N in Heute: a reminder of one's own, maybe about a person."""
        today = self.today()
        answer = ReminderDialog.ask(self, self.context.db, today)
        if answer is None:
            return
        self.writes.add_reminder(
            lambda s: reminders.add_reminder(
                s, answer.text, answer.due_on, today=today, contact_id=answer.contact_id
            )
        )

    def remind_about(self, item: AgendaItem) -> None:
        """A reminder about the item's record (referral, Anfrage) or person."""
        today = self.today()
        answer = ReminderDialog.ask(self, self.context.db, today, item.contact_name or item.text)
        if answer is None:
            return
        kind, subject = item.subject_type, item.subject_id
        self.writes.add_reminder(
            lambda s: reminders.add_reminder(
                s,
                answer.text,
                answer.due_on,
                today=today,
                contact_id=subject if kind == "contact" else item.contact_id,
                referral_id=subject if kind == "referral" else None,
                engagement_id=subject if kind == "engagement" else None,
            )
        )

    def never_ask(self, item: AgendaItem) -> None:
        if item.contact_id is None:
            return
        contact_id = item.contact_id
        self.writes.run(
            lambda s: care.set_never_ask(s, contact_id),
            self.tr("{name} wird nicht mehr zum Fragen vorgeschlagen.").format(
                name=item.contact_name
            ),
            self.tr("{name} nicht mehr vorschlagen").format(name=item.contact_name),
            lambda s: undo_before.care_before(s, contact_id),
        )

    def edit_rhythm(self, item: AgendaItem) -> None:
        if item.contact_id is None:
            return
        contact_id = item.contact_id
        with self.context.db.reader() as session:
            current = care.get_care(session, contact_id).keep_in_touch_days
        answer = RhythmDialog.ask(self, item.contact_name, current)
        if answer is None:
            return
        self.writes.run(
            lambda s: care.set_rhythm(s, contact_id, answer[0]),
            self.tr("Kontakt-Rhythmus von {name} gespeichert.").format(name=item.contact_name),
            self.tr("Kontakt-Rhythmus von {name} ändern").format(name=item.contact_name),
            lambda s: undo_before.care_before(s, contact_id),
        )

    def edit_rules(self) -> None:
        try:
            with self.context.db.reader() as session:
                values = {key: int(settings.get(session, key)) for key in rule_labels()}
        except (UserError, StoreError) as exc:
            self._error(str(exc))
            return
        changed = RulesDialog.ask(self, values)
        if changed is None:
            return

        def save(session: Session) -> None:
            for key, value in changed.items():
                settings.set_value(session, key, value)

        self.writes.run(
            save,
            self.tr("Regeln gespeichert."),
            self.tr("Regeln ändern"),
            lambda s: undo_before.settings_before(s, changed),
        )

    def _error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Das hat nicht geklappt"), message)
