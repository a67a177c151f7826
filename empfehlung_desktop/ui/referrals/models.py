"""Qt table models of the referrals view: the referral list and the partner list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    Qt,
)
from PySide6.QtGui import QBrush, QFont

from empfehlung_desktop.model import ReferralDirection
from empfehlung_desktop.services.referrals.reciprocity import PartnerCandidate
from empfehlung_desktop.services.referrals.referrals import ReferralRow
from empfehlung_desktop.ui import theme
from empfehlung_desktop.ui.formats import date_text
from empfehlung_desktop.ui.i18n import enum_label
from empfehlung_desktop.ui.widgets.list_table_model import Index, ListTableModel

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _t(text: str) -> str:
    return QCoreApplication.translate("Referrals", text)


def label(value: Any) -> str:
    """The label of an enum value in the UI language."""
    return enum_label(value) if value else ""


def temperature_text(value: int | None) -> str:
    return "●" * value + "○" * (5 - value) if value else ""


# Translated where shown, through _t().
TEMPERATURE_HELP = {
    1: str(QT_TRANSLATE_NOOP("Referrals", "1 – Kontaktdaten weitergegeben")),
    2: str(QT_TRANSLATE_NOOP("Referrals", "2 – dazu Material (Blog, Website, Flyer)")),
    3: str(QT_TRANSLATE_NOOP("Referrals", "3 – dazu eine persönliche Empfehlung")),
    4: str(QT_TRANSLATE_NOOP("Referrals", "4 – ein Anruf, um das Treffen zu vereinbaren")),
    5: str(QT_TRANSLATE_NOOP("Referrals", "5 – persönlich vorgestellt")),
}


def me_or(direction: ReferralDirection, slot: str, name: str | None) -> str:
    """The practitioner's own slot reads "ich"; an empty other slot reads "–"."""
    mine = "recommended" if direction is ReferralDirection.INCOMING else "giver"
    if slot == mine:
        return QCoreApplication.translate("Referrals", "ich")
    return name or "–"


class ReferralTableModel(ListTableModel[ReferralRow]):
    """Rows of :class:`ReferralRow` from an SQL query; due follow-ups are highlighted."""

    CONTEXT = "Referrals"
    HEADERS = (
        str(QT_TRANSLATE_NOOP("Referrals", "Richtung")),
        str(QT_TRANSLATE_NOOP("Referrals", "Empfehlungsgeber")),
        str(QT_TRANSLATE_NOOP("Referrals", "Empfohlen")),
        str(QT_TRANSLATE_NOOP("Referrals", "Empfänger")),
        str(QT_TRANSLATE_NOOP("Referrals", "Anliegen")),
        str(QT_TRANSLATE_NOOP("Referrals", "Temperatur")),
        str(QT_TRANSLATE_NOOP("Referrals", "Status")),
        str(QT_TRANSLATE_NOOP("Referrals", "Nachfassen am")),
    )

    def row_of(self, referral_id: int) -> int | None:
        for number, item in enumerate(self._rows):
            if item.id == referral_id:
                return number
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.valid_row(index)
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == ID_ROLE:
            return row.id
        if row.due and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(theme.qcolor("due_background"))
        if row.due and column == 7 and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(theme.qcolor("due_text"))
        if row.due and column == 7 and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _display(self, row: ReferralRow, column: int) -> str:
        if column == 0:
            return label(row.direction) + (
                " · " + QCoreApplication.translate("Referrals", "anonym") if row.anonymous else ""
            )
        if column == 1:
            return me_or(row.direction, "giver", row.giver_name)
        if column == 2:
            return me_or(row.direction, "recommended", row.recommended_name)
        if column == 3:
            return row.recipient_name or "–"
        if column == 4:
            return " ".join(row.need.split())[:120]
        if column == 5:
            return temperature_text(row.temperature)
        if column == 6:
            return label(row.status)
        if row.due:
            return QCoreApplication.translate("Referrals", "{date} – fällig").format(
                date=date_text(row.follow_up_on)
            )
        if row.followed_up_on:
            return QCoreApplication.translate("Referrals", "erledigt {date}").format(
                date=date_text(row.followed_up_on)
            )
        return date_text(row.follow_up_on)

    def _tooltip(self, row: ReferralRow, column: int) -> str | None:
        if column == 4:
            return row.need or None
        if column == 5 and row.temperature:
            return _t(TEMPERATURE_HELP[row.temperature])
        if column == 7 and row.due:
            return QCoreApplication.translate(
                "Referrals", "Jetzt beim Empfänger nachfragen, ob alles gut gelaufen ist."
            )
        return None


class PartnerTableModel(ListTableModel[PartnerCandidate]):
    """Network partners with their give-and-take (counts, never money) and last referral."""

    CONTEXT = "Referrals"
    HEADERS = (
        str(QT_TRANSLATE_NOOP("Referrals", "Partner")),
        str(QT_TRANSLATE_NOOP("Referrals", "Beruf")),
        str(QT_TRANSLATE_NOOP("Referrals", "Kompetenzen")),
        str(QT_TRANSLATE_NOOP("Referrals", "Gegeben")),
        str(QT_TRANSLATE_NOOP("Referrals", "Erhalten")),
        str(QT_TRANSLATE_NOOP("Referrals", "Vorstellungen")),
        str(QT_TRANSLATE_NOOP("Referrals", "Letzte 12 Monate")),
        str(QT_TRANSLATE_NOOP("Referrals", "Letzte Empfehlung")),
    )

    def candidate(self, row: int) -> PartnerCandidate:
        return self.row_at(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        candidate = self.valid_row(index)
        if candidate is None:
            return None
        if role == ID_ROLE:
            return candidate.contact_id
        if role == Qt.ItemDataRole.TextAlignmentRole and 3 <= index.column() <= 5:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._display(candidate, index.column())

    def _display(self, c: PartnerCandidate, column: int) -> str:
        x = c.exchange
        values: tuple[Any, ...] = (
            x.name,
            x.profession,
            x.competences,
            x.given,
            x.received,
            x.introductions,
            QCoreApplication.translate("Referrals", "{given} gegeben, {received} erhalten").format(
                given=x.given_12m, received=x.received_12m
            ),
        )
        if column < len(values):
            return str(values[column])
        if c.last_referral_on is None:
            return QCoreApplication.translate("Referrals", "noch keine")
        return f"{date_text(c.last_referral_on)} · {label(c.last_referral_direction)}"
