"""The activity log: calls, e-mails, meetings, cards and notes with a contact."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from empfehlung_desktop.clock import utc_now
from empfehlung_desktop.model.base import Base, enum_column
from empfehlung_desktop.model.contact import Contact
from empfehlung_desktop.model.enums import ActivityKind


class Activity(Base):
    """One logged contact with a person, maybe about a referral or an engagement.

    The contact's "last contact" is the newest ``occurred_on`` (computed in SQL on
    the (contact_id, occurred_on) index), so adding or deleting one needs no
    second write that could drift.
    """

    __tablename__ = "activity"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"))
    kind: Mapped[ActivityKind] = enum_column(ActivityKind)
    occurred_on: Mapped[dt.date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text, default="")
    referral_id: Mapped[int | None] = mapped_column(
        ForeignKey("referral.id", ondelete="SET NULL"), nullable=True, index=True
    )
    engagement_id: Mapped[int | None] = mapped_column(
        ForeignKey("engagement.id", ondelete="SET NULL"), nullable=True, index=True
    )
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)

    contact: Mapped[Contact] = relationship()

    __table_args__ = (Index("ix_activity_contact_occurred", "contact_id", "occurred_on"),)

    def __repr__(self) -> str:
        return f"Activity(id={self.id!r}, {self.kind.value}, {self.occurred_on})"
