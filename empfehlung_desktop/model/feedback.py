"""End-of-project feedback and the Net Promoter Score arithmetic."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from empfehlung_desktop.i18n import _
from empfehlung_desktop.model.base import Base, Timestamped, Versioned, enum_column
from empfehlung_desktop.model.engagement import Engagement
from empfehlung_desktop.model.enums import FeedbackChannel, QuotePermission


class Feedback(Timestamped, Versioned, Base):
    """A client's answers at the end of an engagement."""

    __tablename__ = "feedback"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    engagement_id: Mapped[int] = mapped_column(
        ForeignKey("engagement.id", ondelete="CASCADE"), index=True
    )
    received_on: Mapped[dt.date] = mapped_column(Date, index=True)
    first_time: Mapped[str] = mapped_column(Text, default="")
    works_better: Mapped[str] = mapped_column(Text, default="")
    benefit: Mapped[str] = mapped_column(Text, default="")
    expectations_met: Mapped[int | None] = mapped_column(Integer, nullable=True)
    recommend_score: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    quote_permission: Mapped[QuotePermission] = enum_column(
        QuotePermission, default=QuotePermission.NO
    )
    who_else: Mapped[str] = mapped_column(Text, default="")
    channel: Mapped[FeedbackChannel] = enum_column(FeedbackChannel, default=FeedbackChannel.APP)
    # A returned PDF form's token: unique, so the same form cannot come in twice.
    form_token: Mapped[str | None] = mapped_column(String(64), nullable=True, unique=True)
    raw_form: Mapped[str] = mapped_column(Text, default="")
    testimonial_approved: Mapped[bool] = mapped_column(Boolean, default=False)
    testimonial_text: Mapped[str] = mapped_column(Text, default="")

    engagement: Mapped[Engagement] = relationship()


@dataclass(frozen=True)
class NetPromoterScore:
    promoters: int
    passives: int
    detractors: int

    @property
    def total(self) -> int:
        return self.promoters + self.passives + self.detractors

    @property
    def score(self) -> float | None:
        """NPS in -100..100, or None without any answers."""
        if self.total == 0:
            return None
        return 100.0 * (self.promoters - self.detractors) / self.total


def classify_score(score: int) -> str:
    """Return ``promoter`` (9-10), ``passive`` (7-8) or ``detractor`` (0-6)."""
    if not 0 <= score <= 10:
        raise ValueError(
            _("Weiterempfehlung muss zwischen 0 und 10 liegen, nicht {score}").format(score=score)
        )
    if score >= 9:
        return "promoter"
    if score >= 7:
        return "passive"
    return "detractor"


def net_promoter_score(scores: Iterable[int | None]) -> NetPromoterScore:
    counts = {"promoter": 0, "passive": 0, "detractor": 0}
    for score in scores:
        if score is not None:
            counts[classify_score(score)] += 1
    return NetPromoterScore(counts["promoter"], counts["passive"], counts["detractor"])
