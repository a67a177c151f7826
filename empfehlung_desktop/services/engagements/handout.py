"""What goes onto a "Warum Sie" handout, assembled from the database as plain data.

:mod:`empfehlung_desktop.reports.handout` turns a :class:`HandoutData` into a
PDF; keeping the two apart makes the PDF a pure function (fast to test and
benchmark) and keeps ReportLab out of every path that does not build a PDF.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from empfehlung_desktop.i18n import _, format_long_date, format_time
from empfehlung_desktop.model import Contact, Referral
from empfehlung_desktop.services.engagements import profile as profile_service
from empfehlung_desktop.services.engagements.engagements import get_engagement
from empfehlung_desktop.services.engagements.profile import ProfileData, Section
from empfehlung_desktop.transliterate import ascii_spelling

SAMPLE_PROSPECT = "Alexandra Beispiel"


@dataclass(frozen=True)
class HandoutData:
    """Everything the PDF shows; optional lines are None when they must not appear."""

    profile: ProfileData
    prospect_name: str
    first_meeting_at: dt.datetime | None = None
    referrer_name: str | None = None
    need: str | None = None
    engagement_id: int | None = None
    sections: list[Section] = field(default_factory=list)

    @classmethod
    def for_profile(cls, profile: ProfileData, prospect_name: str, **kwargs: object) -> HandoutData:
        return cls(
            profile=profile,
            prospect_name=prospect_name,
            sections=profile.visible_sections(),
            **kwargs,  # type: ignore[arg-type]
        )


def handout_data(session: Session, engagement_id: int) -> HandoutData:
    """The handout for one engagement, honouring its "show referrer/need" options."""
    engagement = get_engagement(session, engagement_id)
    profile = profile_service.load_profile(session)
    referrer = None
    if engagement.handout_show_referrer:
        referrer = _referrer_name(session, engagement.referred_by_id, engagement.referral_id)
    need = engagement.need.strip() if engagement.handout_show_need else ""
    return HandoutData.for_profile(
        profile,
        engagement.contact.name,
        first_meeting_at=engagement.first_meeting_at,
        referrer_name=referrer,
        need=need or None,
        engagement_id=engagement.id,
    )


def _referrer_name(session: Session, contact_id: int | None, referral_id: int | None) -> str | None:
    if contact_id is None and referral_id is not None:
        referral = session.get(Referral, referral_id)
        contact_id = referral.giver_id if referral else None
    if contact_id is None:
        return None
    contact = session.get(Contact, contact_id)
    if contact is None or contact.erased_at is not None:
        return None
    return contact.name


def sample_handout_data(profile: ProfileData, now: dt.datetime) -> HandoutData:
    """A handout for a fictitious prospect, for the profile editor's preview."""
    meeting = dt.datetime.combine(now.date() + dt.timedelta(days=3), dt.time(10, 0))
    return HandoutData.for_profile(
        profile,
        SAMPLE_PROSPECT,
        first_meeting_at=meeting,
        referrer_name="Max Mustermann",
        need=_("Ein klareres Angebot und mehr Anfragen, die wirklich passen."),
    )


def meeting_line(value: dt.datetime) -> str:
    return _("Erstgespräch am {date} um {time} Uhr").format(
        date=format_long_date(value.date()), time=format_time(value)
    )


def handout_filename(data: HandoutData) -> str:
    """``Warum-Sie_Lena-Koehler_2026-11-25.pdf``: safe on every file system."""
    name = safe_filename_part(data.prospect_name) or _("Interessent")
    when = data.first_meeting_at.date().isoformat() if data.first_meeting_at else _("ohne-Termin")
    return _("Warum-Sie_{name}_{date}.pdf").format(name=name, date=when)


def safe_filename_part(text: str, limit: int = 60) -> str:
    """ASCII letters, digits and hyphens only (Łódź → Lodz, Köhler → Koehler)."""
    cleaned = re.sub(r"[^A-Za-z0-9]+", "-", ascii_spelling(text)).strip("-")
    return cleaned[:limit].strip("-")
