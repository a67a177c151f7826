"""Referrals in all three directions and the history of their steps."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from empfehlung_desktop.clock import utc_now
from empfehlung_desktop.model.base import Base, Timestamped, Versioned, enum_column
from empfehlung_desktop.model.contact import Contact
from empfehlung_desktop.model.enums import (
    ContactInitiative,
    GiverTone,
    ReferralDirection,
    ReferralOutcome,
    ReferralReason,
    ReferralStatus,
)


class Referral(Timestamped, Versioned, Base):
    """A referral with its three people.

    The practitioner ("me") is not a contact: the slot they occupy is null
    (incoming: recommended; outgoing: giver; introduction: giver).
    """

    __tablename__ = "referral"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    direction: Mapped[ReferralDirection] = enum_column(ReferralDirection, index=True)
    status: Mapped[ReferralStatus] = enum_column(ReferralStatus, index=True)
    giver_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL"), nullable=True, index=True
    )
    recommended_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL"), nullable=True, index=True
    )
    recipient_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL"), nullable=True, index=True
    )
    referred_on: Mapped[dt.date] = mapped_column(Date, default=dt.date.today)
    need: Mapped[str] = mapped_column(Text, default="")
    expectations: Mapped[str] = mapped_column(Text, default="")
    # Incoming: what the giver said, how much effort (1-5) and in what tone.
    giver_statement: Mapped[str] = mapped_column(Text, default="")
    temperature: Mapped[int | None] = mapped_column(Integer, nullable=True)
    giver_tone: Mapped[GiverTone | None] = enum_column(GiverTone, nullable=True)
    # Outgoing: why the practitioner passes it on.
    reason: Mapped[ReferralReason | None] = enum_column(ReferralReason, nullable=True)
    reason_note: Mapped[str] = mapped_column(Text, default="")
    # Step 1 of the three-step method: may the recipient's details be passed on?
    consent_given: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    consent_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    consent_how: Mapped[str] = mapped_column(String(200), default="")
    anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    # Step 3: who contacts whom, by when.
    initiative: Mapped[ContactInitiative | None] = enum_column(ContactInitiative, nullable=True)
    contact_by: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    follow_up_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True, index=True)
    followed_up_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    outcome: Mapped[ReferralOutcome | None] = enum_column(ReferralOutcome, nullable=True)
    thanked_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    thanks_note: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    giver: Mapped[Contact | None] = relationship(foreign_keys=[giver_id])
    recommended: Mapped[Contact | None] = relationship(foreign_keys=[recommended_id])
    recipient: Mapped[Contact | None] = relationship(foreign_keys=[recipient_id])
    events: Mapped[list[ReferralEvent]] = relationship(
        back_populates="referral",
        cascade="all, delete-orphan",
        order_by="(ReferralEvent.occurred_on, ReferralEvent.id)",
    )

    def __repr__(self) -> str:
        return f"Referral(id={self.id!r}, {self.direction.value}, {self.status.value})"


class ReferralEvent(Base):
    """One step in a referral's history: a status change or a note."""

    __tablename__ = "referral_event"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    referral_id: Mapped[int] = mapped_column(
        ForeignKey("referral.id", ondelete="CASCADE"), index=True
    )
    occurred_on: Mapped[dt.date] = mapped_column(Date)
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)
    from_status: Mapped[ReferralStatus | None] = enum_column(ReferralStatus, nullable=True)
    to_status: Mapped[ReferralStatus] = enum_column(ReferralStatus)
    note: Mapped[str] = mapped_column(Text, default="")

    referral: Mapped[Referral] = relationship(back_populates="events")
