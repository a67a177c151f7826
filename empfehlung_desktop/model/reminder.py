"""Reminders of one's own and per-person choices for the daily list."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column

from empfehlung_desktop.clock import utc_now
from empfehlung_desktop.model.base import Base


class Reminder(Base):
    """Something to do by a day, maybe about a contact or a record.

    At most one of referral, engagement and feedback is set; the contact may be set
    beside it. Deleting what it is about deletes the reminder.
    """

    __tablename__ = "reminder"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    due_on: Mapped[dt.date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text, default="")
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), nullable=True, index=True
    )
    referral_id: Mapped[int | None] = mapped_column(
        ForeignKey("referral.id", ondelete="CASCADE"), nullable=True, index=True
    )
    engagement_id: Mapped[int | None] = mapped_column(
        ForeignKey("engagement.id", ondelete="CASCADE"), nullable=True, index=True
    )
    feedback_id: Mapped[int | None] = mapped_column(
        ForeignKey("feedback.id", ondelete="CASCADE"), nullable=True, index=True
    )
    done_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)

    __table_args__ = (Index("ix_reminder_open_due", "done_on", "due_on"),)

    def __repr__(self) -> str:
        return f"Reminder(id={self.id!r}, due_on={self.due_on})"


class ContactCare(Base):
    """How the daily list treats one person: never ask them, or their own rhythm.

    ``keep_in_touch_days`` overrides the rhythm of the person's roles (0 = never
    remind); ``None`` keeps the role's rhythm.
    """

    __tablename__ = "contact_care"

    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True
    )
    never_ask: Mapped[bool] = mapped_column(Boolean, default=False)
    keep_in_touch_days: Mapped[int | None] = mapped_column(Integer, nullable=True)
