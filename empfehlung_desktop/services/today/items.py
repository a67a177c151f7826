"""The items of the daily list: their kinds, order and how each says by when."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from empfehlung_desktop.i18n import _, format_date
from empfehlung_desktop.model import AgendaKind, SpiralStage

K = AgendaKind

# Display order of the sections.
KIND_ORDER: tuple[AgendaKind, ...] = (
    K.REMINDER,
    K.BIRTHDAY,
    K.FOLLOW_UP,
    K.THANK_REFERRER,
    K.SEND_HANDOUT,
    K.REQUEST_FEEDBACK,
    K.ASK_FOR_REFERRAL,
    K.KEEP_IN_TOUCH,
    K.SPIRAL_SUGGESTION,
)

SUBJECT_TYPES = {
    K.FOLLOW_UP: "referral",
    K.THANK_REFERRER: "referral",
    K.SEND_HANDOUT: "engagement",
    K.REQUEST_FEEDBACK: "engagement",
    K.ASK_FOR_REFERRAL: "contact",
    K.SPIRAL_SUGGESTION: "contact",
    K.KEEP_IN_TOUCH: "contact",
    K.REMINDER: "reminder",
    K.BIRTHDAY: "contact",
}
# Kinds that are suggestions from a day on, not deadlines ("ab" instead of "bis"/"seit").
OPEN_ENDED = frozenset({K.ASK_FOR_REFERRAL, K.SPIRAL_SUGGESTION})


@dataclass(frozen=True)
class AgendaItem:
    """One thing to do. ``names`` are the people named in ``text`` (shown bold)."""

    kind: AgendaKind
    due_on: dt.date
    contact_id: int | None
    contact_name: str
    subject_id: int
    text: str
    names: tuple[str, ...] = ()
    current_stage: SpiralStage | None = None
    suggested_stage: SpiralStage | None = None
    # Where "öffnen" goes when the subject has no view of its own (reminders).
    link_view: str = ""
    link_id: int | None = None

    @property
    def subject_type(self) -> str:
        return SUBJECT_TYPES[self.kind]

    def to_dict(self, today: dt.date) -> dict[str, Any]:
        data: dict[str, Any] = {
            "kind": self.kind.value,
            "due_on": self.due_on.isoformat(),
            "due_label": due_label(self, today),
            "contact_id": self.contact_id,
            "contact_name": self.contact_name,
            "subject_type": self.subject_type,
            "subject_id": self.subject_id,
            "text": self.text,
        }
        if self.kind is K.SPIRAL_SUGGESTION:
            data["current_stage"] = self.current_stage.value if self.current_stage else None
            data["suggested_stage"] = self.suggested_stage.value if self.suggested_stage else None
        if self.kind is K.REMINDER:
            data["link_view"] = self.link_view or None
            data["link_id"] = self.link_id
        return data


def due_label(item: AgendaItem, today: dt.date) -> str:
    """By when: "bis 02.12.2026", overdue "seit 29.11.2026", a suggestion "ab …"."""
    day = format_date(item.due_on)
    if item.kind is K.BIRTHDAY:  # a day, not a deadline
        return _("heute") if item.due_on == today else _("am {date}").format(date=day)
    if item.kind in OPEN_ENDED:
        return _("ab {date}").format(date=day) if item.due_on > today else _("jetzt")
    if item.due_on < today:
        return _("seit {date}").format(date=day)
    if item.due_on == today:
        return _("heute")
    return _("bis {date}").format(date=day)
