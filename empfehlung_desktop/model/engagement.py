"""Engagements: from the first request through the first meeting to the end."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from empfehlung_desktop.model.base import Base, Timestamped, Versioned, enum_column
from empfehlung_desktop.model.contact import Contact
from empfehlung_desktop.model.enums import (
    ContactSource,
    EngagementStatus,
    ExpectationFit,
    PriorKnowledge,
)


class Engagement(Timestamped, Versioned, Base):
    """An Anfrage that may become an Auftrag, with what the first meeting showed."""

    __tablename__ = "engagement"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), index=True
    )
    # The incoming referral this engagement came from, if any.
    referral_id: Mapped[int | None] = mapped_column(
        ForeignKey("referral.id", ondelete="SET NULL"), nullable=True, index=True
    )
    # The outgoing referral made when this engagement was declined and referred on.
    onward_referral_id: Mapped[int | None] = mapped_column(
        ForeignKey("referral.id", ondelete="SET NULL"), nullable=True
    )
    title: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[EngagementStatus] = enum_column(EngagementStatus, index=True)
    source: Mapped[ContactSource | None] = enum_column(ContactSource, nullable=True)
    referred_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL"), nullable=True, index=True
    )
    prior_knowledge: Mapped[PriorKnowledge | None] = enum_column(PriorKnowledge, nullable=True)
    first_meeting_at: Mapped[dt.datetime | None] = mapped_column(
        DateTime, nullable=True, index=True
    )
    # What the prospect described in the first meeting, in their words.
    need: Mapped[str] = mapped_column(Text, default="")
    problem: Mapped[str] = mapped_column(Text, default="")
    frustrations: Mapped[str] = mapped_column(Text, default="")
    wishes: Mapped[str] = mapped_column(Text, default="")
    expectation_fit: Mapped[ExpectationFit | None] = enum_column(ExpectationFit, nullable=True)
    started_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    ended_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True, index=True)
    # "Warum Sie" handout options and when it went out.
    # On by default: a referred prospect should read who sent them and what they asked for.
    handout_show_referrer: Mapped[bool] = mapped_column(Boolean, default=True)
    handout_show_need: Mapped[bool] = mapped_column(Boolean, default=True)
    handout_sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    # Feedback: the token binding a returned PDF form to this engagement.
    feedback_token: Mapped[str | None] = mapped_column(String(64), nullable=True, unique=True)
    feedback_requested_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    feedback_received_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")

    contact: Mapped[Contact] = relationship(foreign_keys=[contact_id])
    referred_by: Mapped[Contact | None] = relationship(foreign_keys=[referred_by_id])

    def __repr__(self) -> str:
        return f"Engagement(id={self.id!r}, {self.status.value})"
