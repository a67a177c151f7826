"""The detail panel: the three people, need and expectations, history, next actions."""

from __future__ import annotations

import datetime as dt
import re
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from empfehlung_desktop.clock import Clock
from empfehlung_desktop.errors import NotFoundError
from empfehlung_desktop.model import Referral, ReferralDirection, ReferralStatus
from empfehlung_desktop.model.workflow import allowed_targets
from empfehlung_desktop.services.contacts import activities as activity_service
from empfehlung_desktop.services.referrals import corrections
from empfehlung_desktop.services.referrals import referrals as referral_service
from empfehlung_desktop.store.database import Database
from empfehlung_desktop.ui import theme
from empfehlung_desktop.ui.formats import date_text
from empfehlung_desktop.ui.referrals.models import (
    TEMPERATURE_HELP,
    _t,
    label,
    me_or,
    temperature_text,
)

D = ReferralDirection
S = ReferralStatus

# Button texts for each target status: what the practitioner did.
STEP_TEXT = {
    S.MEETING_ARRANGED: str(QT_TRANSLATE_NOOP("Referrals", "Erstgespräch vereinbart …")),
    S.WON: str(QT_TRANSLATE_NOOP("Referrals", "Auftrag erhalten …")),
    S.LOST: str(QT_TRANSLATE_NOOP("Referrals", "Kein Auftrag …")),
    S.NEED_CLARIFIED: str(QT_TRANSLATE_NOOP("Referrals", "Bedarf geklärt (Einwilligung) …")),
    S.PARTNER_ASKED: str(QT_TRANSLATE_NOOP("Referrals", "Partner anfragen …")),
    S.PARTNER_ACCEPTED: str(QT_TRANSLATE_NOOP("Referrals", "Partner hat zugesagt …")),
    S.PARTNER_DECLINED: str(QT_TRANSLATE_NOOP("Referrals", "Partner hat abgesagt …")),
    S.MATCHED: str(QT_TRANSLATE_NOOP("Referrals", "Vermitteln (wer, bis wann) …")),
    S.CONTACTED: str(QT_TRANSLATE_NOOP("Referrals", "Kontakt ist erfolgt …")),
    S.CLOSED: str(QT_TRANSLATE_NOOP("Referrals", "Abschließen (Ergebnis) …")),
    S.WITHDRAWN: str(QT_TRANSLATE_NOOP("Referrals", "Zurückziehen …")),
}
_INQUIRY_STATES = (S.NEED_CLARIFIED, S.PARTNER_ASKED, S.PARTNER_DECLINED)


def actions_for(referral: Referral, today: dt.date) -> list[tuple[str, str]]:
    """(key, button text) of the sensible next actions, allowed transitions first."""
    actions = [(f"to:{t.value}", _t(STEP_TEXT[t])) for t in allowed_targets(referral)]
    if referral.direction is not D.INCOMING and referral.status in _INQUIRY_STATES:
        actions.insert(
            0, ("inquiry", QCoreApplication.translate("Referrals", "Anonyme Anfrage anzeigen …"))
        )
    if referral.direction is D.INCOMING and referral.giver_id and referral.thanked_on is None:
        actions.insert(0, ("thank", QCoreApplication.translate("Referrals", "Danke sagen …")))
    if referral.follow_up_on and not referral.followed_up_on and referral.status is not S.WITHDRAWN:
        text = QCoreApplication.translate("Referrals", "Nachgefasst …")
        if referral_service.is_due(referral, today):
            text = QCoreApplication.translate("Referrals", "Nachfassen (fällig) …")
        actions.insert(0, ("follow_up", text))
    actions.append(("note", QCoreApplication.translate("Referrals", "Notiz …")))
    if people_of(referral):
        actions.append(("log", QCoreApplication.translate("Referrals", "Kontakt festhalten …")))
    return actions


def people_of(referral: Referral) -> list[tuple[int, str]]:
    """The contacts in the referral's three places, the one most likely talked to first:
    the giver of an incoming referral (thanks), otherwise the recipient."""
    slots = [referral.recipient, referral.recommended, referral.giver]
    if referral.direction is D.INCOMING:
        slots = [referral.giver, referral.recipient, referral.recommended]
    return [(c.id, c.name) for c in slots if c is not None and c.erased_at is None]


def _row(title: str, value: str) -> str:
    return (
        f"<tr><td style='color:{theme.colours().muted};padding-right:10px'>{escape(title)}</td>"
        f"<td>{value}</td></tr>"
    )


# Where a long word (an e-mail address, a web address) may break in the narrow panel.
_BREAK_AFTER = re.compile(r"([@./_\-?&=]+)")
_LONG_WORD = re.compile(r"\S{25,}")
_ZWSP = "\u200b"


def breakable(text: str) -> str:
    """``text`` with invisible break chances inside long words.

    A QLabel's rich-text table grows to the longest word and is then cut at the
    right edge; a zero-width space after ``@ . / - _`` (and every 20 characters
    of a piece still longer than 24) lets Qt wrap there instead. Words up to 24
    characters ("Suchmaschinenoptimierung") stay whole.
    """

    def split(match: re.Match[str]) -> str:
        word = _BREAK_AFTER.sub(lambda m: m.group(1) + _ZWSP, match.group(0))
        parts = [
            _ZWSP.join(part[i : i + 20] for i in range(0, len(part), 20))
            if len(part) > 24
            else part
            for part in word.split(_ZWSP)
        ]
        return _ZWSP.join(parts)

    return _LONG_WORD.sub(split, text)


def _plain(value: str) -> str:
    return escape(breakable(value))


def _text(value: str) -> str:
    if not value.strip():
        return "<i>–</i>"
    return escape(breakable(value)).replace("\n", "<br>")


class ReferralDetail(QWidget):
    """Shows one referral. Signals: actionRequested(str) with an action key."""

    actionRequested = Signal(str)

    def __init__(self, db: Database, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.clock = clock
        self.referral_id: int | None = None
        self.version: int | None = None
        self.about = ""  # "Empfehlung: the people", for a reminder's dialog
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.title.setWordWrap(True)
        self.people = QLabel()
        self.people.setWordWrap(True)
        self.body = QLabel()
        self.body.setWordWrap(True)
        for text_label in (self.title, self.people, self.body):
            text_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.history = QListWidget()
        self.history.setMinimumHeight(110)
        self.history.setWordWrap(True)
        self.history.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.history.setAccessibleName(self.tr("Verlauf"))
        self._build_corrections()
        self.action_box = QGroupBox(self.tr("Nächste Schritte"))
        self.action_grid = QGridLayout(self.action_box)
        self.buttons: dict[str, QPushButton] = {}
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.title)
        layout.addWidget(self.action_box)
        layout.addWidget(self.people)
        layout.addWidget(self.body)
        history_label = QLabel(self.tr("<b>&Verlauf</b>"))
        history_label.setBuddy(self.history)
        self.correction_row.insertWidget(0, history_label)
        layout.addLayout(self.correction_row)
        layout.addWidget(self.history, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(300)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.show_referral(None)

    def _build_corrections(self) -> None:
        """Bearbeiten, the last step back, and the history's own menu (Enter corrects)."""
        self.undo_step_button = QPushButton(self.tr("Letzten Schritt löschen …"))
        self.undo_step_button.clicked.connect(lambda: self.actionRequested.emit("undo_step"))
        self.correction_row = QHBoxLayout()
        self.correction_row.addStretch(1)
        self.correction_row.addWidget(self.undo_step_button)
        correct = QAction(self.tr("Eintrag korrigieren …"), self.history)
        correct.triggered.connect(lambda: self._entry_action("entry"))
        delete = QAction(self.tr("Eintrag löschen …"), self.history)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(lambda: self._entry_action("delete"))
        self.history.addAction(correct)
        self.history.addAction(delete)
        self.history.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.history.itemActivated.connect(lambda _item: self._entry_action("entry"))

    def _entry_action(self, verb: str) -> None:
        item = self.history.currentItem()
        entry = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if not entry:
            return
        kind, entry_id = entry.split(":")
        if verb == "delete" and kind == "event":
            self.actionRequested.emit("undo_step")  # steps go back from the newest only
            return
        self.actionRequested.emit(f"{verb}:{kind}:{entry_id}")

    def show_referral(self, referral_id: int | None) -> None:
        self.referral_id = referral_id
        self.version = None
        self._clear_actions()
        self.history.clear()
        self.undo_step_button.setEnabled(referral_id is not None)
        if referral_id is None:
            self.title.setText(self.tr("Keine Empfehlung ausgewählt"))
            self.people.setText(
                self.tr("Wählen Sie links eine Empfehlung aus oder legen Sie mit Strg+N eine an.")
            )
            self.body.clear()
            self.action_box.hide()
            return
        with self.db.reader() as session:
            try:
                referral = referral_service.get_referral(session, referral_id)
            except NotFoundError:
                self.show_referral(None)
                return
            self.version = referral.version
            logged = activity_service.list_activities(session, referral_id=referral_id)
            self._fill(referral, self.clock.today(), logged)

    def _fill(
        self, r: Referral, today: dt.date, logged: list[activity_service.ActivityRow]
    ) -> None:
        self.title.setText(
            f"{escape(label(r.direction))} · {escape(label(r.status))}"
            + (" · " + self.tr("anonym") if r.anonymous else "")
        )
        names = {
            "giver": r.giver.name if r.giver else None,
            "recommended": r.recommended.name if r.recommended else None,
        }
        people = "".join(
            _row(title, _plain(me_or(r.direction, slot, names.get(slot))))
            for title, slot in (
                (self.tr("Empfehlungsgeber"), "giver"),
                (self.tr("Empfohlen"), "recommended"),
            )
        ) + _row(self.tr("Empfänger"), _plain(r.recipient.name if r.recipient else "–"))
        self.people.setText(f"<table>{people}</table>")
        self.about = self.tr("Empfehlung: {names}").format(
            names=", ".join(name for _id, name in people_of(r)) or "–"
        )
        self.body.setText(f"<table>{self._facts(r, today)}</table>")
        lines: list[tuple[dt.date, str, str]] = []
        for event in r.events:
            step = label(event.to_status)
            if event.from_status is event.to_status:
                step = self.tr("Notiz")
            note = f" – {event.note}" if event.note else ""
            lines.append((event.occurred_on, f"{step}{note}", f"event:{event.id}"))
        # Logged calls, mails and cards about this referral, in the same history.
        for activity in reversed(logged):
            text = f" – {activity.text.splitlines()[0]}" if activity.text else ""
            lines.append(
                (
                    activity.occurred_on,
                    f"{label(activity.kind)} ({activity.contact_name}){text}",
                    f"activity:{activity.id}",
                )
            )
        for day, line, entry in sorted(lines, key=lambda item: item[0]):
            item = QListWidgetItem(f"{date_text(day)}  {line}")
            item.setData(Qt.ItemDataRole.UserRole, entry)
            self.history.addItem(item)
        self.undo_step_button.setEnabled(corrections.last_entry(r) is not None)
        # A reminder of one's own fits every referral, open or closed.
        remind = ("remind", self.tr("Erinnerung …"))
        for number, (key, text) in enumerate([*actions_for(r, today), remind]):
            button = QPushButton(text)
            button.clicked.connect(lambda _c=False, k=key: self.actionRequested.emit(k))
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            # One column: two side by side clipped their texts in a narrow panel.
            self.action_grid.addWidget(button, number, 0)
            self.buttons[key] = button
        self.buttons["remind"].setToolTip(self.tr("Eine eigene Erinnerung zu dieser Empfehlung"))
        self.action_box.setVisible(bool(self.buttons))

    def _facts(self, r: Referral, today: dt.date) -> str:
        rows = [
            _row(self.tr("Datum"), date_text(r.referred_on)),
            _row(self.tr("Anliegen"), _text(r.need)),
            _row(self.tr("Erwartungen"), _text(r.expectations)),
        ]
        if r.direction is D.INCOMING:
            rows.append(_row(self.tr("Gesagt"), _text(r.giver_statement)))
            if r.temperature:
                temp = f"{temperature_text(r.temperature)} {_t(TEMPERATURE_HELP[r.temperature])}"
                rows.append(_row(self.tr("Temperatur"), _plain(temp)))
            if r.giver_tone:
                rows.append(_row(self.tr("Ton"), _plain(label(r.giver_tone))))
            thanked = date_text(r.thanked_on) if r.thanked_on else self.tr("noch nicht")
            rows.append(_row(self.tr("Gedankt"), _plain(thanked + " " + r.thanks_note)))
        if r.reason:
            rows.append(_row(self.tr("Grund"), _plain(f"{label(r.reason)} {r.reason_note}")))
        if r.consent_given is not None:
            consent = self.tr("ja") if r.consent_given else self.tr("nein")
            rows.append(
                _row(
                    self.tr("Einwilligung"),
                    _plain(f"{consent}, {date_text(r.consent_on)}, {r.consent_how}"),
                )
            )
        if r.initiative:
            agreed = label(r.initiative)
            if r.contact_by:
                agreed = self.tr("{who} bis {date}").format(
                    who=agreed, date=date_text(r.contact_by)
                )
            rows.append(_row(self.tr("Vereinbart"), _plain(agreed)))
        if r.follow_up_on:
            follow = date_text(r.follow_up_on)
            if r.followed_up_on:
                follow += " · " + self.tr("erledigt am {0}").format(date_text(r.followed_up_on))
            elif referral_service.is_due(r, today):
                follow = "<b style='color:{}'>{}</b>".format(
                    theme.colours().overdue, self.tr("{date} – fällig").format(date=follow)
                )
            rows.append(_row(self.tr("Nachfassen"), follow))
        if r.outcome:
            rows.append(_row(self.tr("Ergebnis"), _plain(label(r.outcome))))
        return "".join(rows)

    def _clear_actions(self) -> None:
        for button in self.buttons.values():
            self.action_grid.removeWidget(button)
            button.deleteLater()
        self.buttons = {}
