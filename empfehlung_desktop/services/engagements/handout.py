"""What goes onto a "Warum Sie" handout, assembled from the database as plain data.

:mod:`empfehlung_desktop.reports.handout` turns a :class:`HandoutData` into a
PDF; keeping the two apart makes the PDF a pure function (fast to test and
benchmark) and keeps ReportLab out of every path that does not build a PDF.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from empfehlung_desktop.i18n import _, current_language
from empfehlung_desktop.model import Contact, Engagement, Feedback, QuotePermission, Referral
from empfehlung_desktop.services.contacts.person import greeting_for
from empfehlung_desktop.services.engagements import profile as profile_service
from empfehlung_desktop.services.engagements.engagements import get_engagement
from empfehlung_desktop.services.engagements.handout_data import (
    SAMPLE_PROSPECT,
    HandoutData,
    ProfileData,
    privacy_notice,
    rank_testimonials,
)
from empfehlung_desktop.services.engagements.handout_data import (
    Testimonial as Testimonial,
)

# Re-exported: callers know the handout's rules by this module.
from empfehlung_desktop.services.engagements.handout_data import (
    greeting as greeting,
)
from empfehlung_desktop.services.engagements.handout_data import (
    handout_filename as handout_filename,
)
from empfehlung_desktop.services.engagements.handout_data import (
    handout_problems as handout_problems,
)


def handout_data(session: Session, engagement_id: int) -> HandoutData:
    """The handout for one engagement in the current language, honouring its "show
    referrer/need" options; the profile is the one written in that language."""
    engagement = get_engagement(session, engagement_id)
    profile = profile_service.load_profile(session, current_language())
    source = _referrer_name(session, engagement.referred_by_id, engagement.referral_id)
    need = engagement.need.strip() if engagement.handout_show_need else ""
    return HandoutData.for_profile(
        profile,
        engagement.contact.name,
        first_meeting_at=engagement.first_meeting_at,
        referrer_name=source if engagement.handout_show_referrer else None,
        need=need or None,
        engagement_id=engagement.id,
        testimonials=choose_testimonials(session, engagement),
        privacy_notice=privacy_notice(profile, source) if source else None,
        greeting=greeting_for(engagement.contact, current_language()),
    )


def choose_testimonials(session: Session, engagement: Engagement) -> list[Testimonial]:
    """Up to two approved, short client quotes; those sharing words with the need first."""
    rows = session.execute(
        select(Feedback.testimonial_text, Feedback.quote_permission, Contact.name)
        .join(Engagement, Engagement.id == Feedback.engagement_id)
        .join(Contact, Contact.id == Engagement.contact_id)
        .where(
            Feedback.testimonial_approved.is_(True),
            Feedback.quote_permission != QuotePermission.NO,
            Engagement.contact_id != engagement.contact_id,
        )
        .order_by(Feedback.received_on.desc(), Feedback.id.desc())
        .limit(50)
    ).all()
    return rank_testimonials(
        [(text, permission, name) for text, permission, name in rows],
        (engagement.need, engagement.title, engagement.problem),
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
