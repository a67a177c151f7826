"""Small dialogs of the "Heute" view: mark done, snooze, change the stage, rules.

Each dialog has a classmethod ``ask(...)`` returning the input or ``None`` on
cancel, so tests can monkeypatch it instead of driving a modal dialog.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from empfehlung_desktop.model import AskResult, ReferralOutcome, SpiralStage
from empfehlung_desktop.model.spiral import POSITIVE_ORDER
from empfehlung_desktop.services.today.spiral import StageChange
from empfehlung_desktop.ui.formats import date_edit, date_text, from_qdate, to_qdate
from empfehlung_desktop.ui.i18n import enum_label


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    box.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("TodayDialogs", "Abbrechen")
    )
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


@dataclass(frozen=True)
class DoneInput:
    """What the practitioner entered when marking an item done."""

    on: dt.date
    note: str = ""
    outcome: ReferralOutcome | None = None
    result: AskResult | None = None


class DoneDialog(QDialog):
    """Date, an optional outcome or ask result, and a note."""

    def __init__(
        self,
        title: str,
        intro: str,
        today: dt.date,
        *,
        with_outcome: bool = False,
        with_result: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(380)
        layout = QVBoxLayout(self)
        label = QLabel(intro)
        label.setWordWrap(True)
        layout.addWidget(label)
        form = QFormLayout()
        self.date = date_edit(today, self)
        self.date.setMaximumDate(to_qdate(today))
        form.addRow(self.tr("Datum:"), self.date)
        self.outcome_box: QComboBox | None = None
        self.result_box: QComboBox | None = None
        if with_outcome:
            self.outcome_box = QComboBox()
            self.outcome_box.addItem(self.tr("(Ergebnis nicht ändern)"), None)
            for outcome in (ReferralOutcome.WON, ReferralOutcome.LOST, ReferralOutcome.OPEN):
                self.outcome_box.addItem(enum_label(outcome), outcome.value)
            form.addRow(self.tr("Ergebnis:"), self.outcome_box)
        if with_result:
            self.result_box = QComboBox()
            for result in AskResult:
                self.result_box.addItem(enum_label(result), result.value)
            form.addRow(self.tr("Was kam heraus?"), self.result_box)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("optional"))
        form.addRow(self.tr("Notiz:"), self.note)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, self.tr("Speichern")))

    def value(self) -> DoneInput:
        outcome = self.outcome_box.currentData() if self.outcome_box else None
        result = self.result_box.currentData() if self.result_box else None
        return DoneInput(
            on=from_qdate(self.date.date()),
            note=self.note.text().strip(),
            outcome=ReferralOutcome(outcome) if outcome else None,
            result=AskResult(result) if result else None,
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        title: str,
        intro: str,
        today: dt.date,
        *,
        with_outcome: bool = False,
        with_result: bool = False,
    ) -> DoneInput | None:
        dialog = cls(
            title, intro, today, with_outcome=with_outcome, with_result=with_result, parent=parent
        )
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None


class SnoozeDialog(QDialog):
    """Pick the day an item should come back (default: in a week)."""

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Später erinnern"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Wann soll der Punkt wieder erscheinen?")))
        self.date = date_edit(today + dt.timedelta(days=7), self)
        self.date.setMinimumDate(to_qdate(today + dt.timedelta(days=1)))
        layout.addWidget(self.date)
        quick = QHBoxLayout()
        for text, days in (
            (self.tr("Morgen"), 1),
            (self.tr("In einer Woche"), 7),
            (self.tr("In einem Monat"), 30),
        ):
            button = QPushButton(text)
            button.setAutoDefault(False)
            button.clicked.connect(
                lambda _checked=False, d=days: self.date.setDate(
                    to_qdate(today + dt.timedelta(days=d))
                )
            )
            quick.addWidget(button)
        layout.addLayout(quick)
        layout.addWidget(_buttons(self, self.tr("Verschieben")))

    def value(self) -> dt.date:
        return from_qdate(self.date.date())

    @classmethod
    def ask(cls, parent: QWidget | None, today: dt.date) -> dt.date | None:
        dialog = cls(today, parent)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None


class StageDialog(QDialog):
    """Choose a new spiral stage with a note; shows the history for context."""

    def __init__(
        self,
        name: str,
        current: SpiralStage | None,
        preset: SpiralStage | None,
        steps: list[StageChange],
        note: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Stufe ändern – {name}").format(name=name))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        now = enum_label(current) if current else self.tr("noch keine")
        layout.addWidget(QLabel(self.tr("Aktuelle Stufe: <b>{stage}</b>").format(stage=now)))
        if steps:
            lines = [
                f"{date_text(step.changed_on)}: {enum_label(step.stage)}"
                + (f" – {step.note}" if step.note else "")
                for step in steps[-5:]
            ]
            history = QLabel(self.tr("Bisher:") + "\n" + "\n".join(lines))
            history.setWordWrap(True)
            layout.addWidget(history)
        form = QFormLayout()
        self.stage = QComboBox()
        for stage in (*POSITIVE_ORDER, SpiralStage.DISSATISFIED):
            self.stage.addItem(enum_label(stage), stage.value)
        target = preset or current
        if target is not None:
            self.stage.setCurrentIndex(self.stage.findData(target.value))
        form.addRow(self.tr("Neue Stufe:"), self.stage)
        self.note = QPlainTextEdit(note)
        self.note.setPlaceholderText(
            self.tr("Was hat sich geändert? (wird in der Historie vermerkt)")
        )
        self.note.setFixedHeight(70)
        form.addRow(self.tr("Notiz:"), self.note)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, self.tr("Stufe ändern")))

    def value(self) -> tuple[SpiralStage, str]:
        return SpiralStage(self.stage.currentData()), self.note.toPlainText().strip()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        name: str,
        current: SpiralStage | None,
        preset: SpiralStage | None,
        steps: list[StageChange],
        note: str = "",
    ) -> tuple[SpiralStage, str] | None:
        dialog = cls(name, current, preset, steps, note, parent)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None


def rule_labels() -> dict[str, tuple[str, str]]:
    """The editable rules: label and unit, in display order."""

    return {
        "today.handout_days_ahead": (
            QCoreApplication.translate(
                "Rules", "„Warum Sie“ senden für Erstgespräche der nächsten"
            ),
            QCoreApplication.translate("Rules", " Tage"),
        ),
        "today.thank_within_days": (
            QCoreApplication.translate("Rules", "Empfehlungsgebern danken innerhalb von"),
            QCoreApplication.translate("Rules", " Tagen"),
        ),
        "today.feedback_after_days": (
            QCoreApplication.translate(
                "Rules", "Feedback erbitten, wenn ein Auftrag beendet ist seit"
            ),
            QCoreApplication.translate("Rules", " Tagen"),
        ),
        "today.feedback_remind_after_days": (
            QCoreApplication.translate("Rules", "An Feedback erinnern ohne Antwort nach"),
            QCoreApplication.translate("Rules", " Tagen"),
        ),
        "today.ask_again_after_days": (
            QCoreApplication.translate("Rules", "Erneut um Empfehlung bitten frühestens nach"),
            QCoreApplication.translate("Rules", " Tagen"),
        ),
        "today.ask_daily_cap": (
            QCoreApplication.translate("Rules", "Um Empfehlung bitten: höchstens"),
            QCoreApplication.translate("Rules", " Personen am Tag"),
        ),
        "today.ask_cooldown_days": (
            QCoreApplication.translate("Rules", "Nicht um Empfehlung bitten nach einer Empfehlung"),
            QCoreApplication.translate("Rules", " Tage lang"),
        ),
        "today.keep_in_touch_partner_days": (
            QCoreApplication.translate("Rules", "Kontakt halten mit Netzwerkpartnern alle"),
            QCoreApplication.translate("Rules", " Tage (0 = nie)"),
        ),
        "today.keep_in_touch_referrer_days": (
            QCoreApplication.translate("Rules", "Kontakt halten mit Empfehlungsgebern alle"),
            QCoreApplication.translate("Rules", " Tage (0 = nie)"),
        ),
        "today.keep_in_touch_client_days": (
            QCoreApplication.translate("Rules", "Kontakt halten mit Kunden alle"),
            QCoreApplication.translate("Rules", " Tage (0 = nie)"),
        ),
        "today.keep_in_touch_prospect_days": (
            QCoreApplication.translate("Rules", "Kontakt halten mit Interessenten alle"),
            QCoreApplication.translate("Rules", " Tage (0 = nie)"),
        ),
    }


class RulesDialog(QDialog):
    """Edit the windows of the "Heute" rules (in days)."""

    def __init__(self, values: dict[str, int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Regeln für „Heute“"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Wann soll ein Punkt in der Liste „Heute“ erscheinen?"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.spins: dict[str, QSpinBox] = {}
        for key, (label, unit) in rule_labels().items():
            spin = QSpinBox()
            spin.setRange(0, 730)
            spin.setSuffix(unit)
            spin.setValue(int(values.get(key, 0)))
            form.addRow(label, spin)
            self.spins[key] = spin
        layout.addLayout(form)
        layout.addWidget(_buttons(self, self.tr("Speichern")))

    def value(self) -> dict[str, int]:
        return {key: spin.value() for key, spin in self.spins.items()}

    @classmethod
    def ask(cls, parent: QWidget | None, values: dict[str, int]) -> dict[str, int] | None:
        dialog = cls(values, parent)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
