"""A believable sample practice: Katrin Sommerfeld, brand consultant in Freiburg.

Built through the services, step by step like a user's own data, so it holds
only states the app itself would allow. Deterministic for a given day: every
date is relative to ``today``, so the daily list always has something due.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from empfehlung_desktop.sample_practice import activities, engagements, referrals
from empfehlung_desktop.sample_practice.builder import SampleBuilder
from empfehlung_desktop.sample_practice.people import CLIENTS, PARTNERS, REFERRERS
from empfehlung_desktop.sample_practice.profile import practice_profile, practice_profile_en
from empfehlung_desktop.sample_practice.prospects import PROSPECTS
from empfehlung_desktop.services.engagements import profile


def build_demo(session: Session, today: dt.date) -> None:
    """Fill an empty database with the sample practice as it stands on ``today``."""
    builder = SampleBuilder(session, today)
    profile.save_profile(session, practice_profile())
    profile.save_profile(session, practice_profile_en())
    for group in (PARTNERS, REFERRERS, CLIENTS, PROSPECTS):
        for spec in group:
            builder.contact(spec)
    referrals.incoming_referrals(builder)
    referrals.outgoing_referrals(builder)
    referrals.introductions(builder)
    engagements.open_requests(builder)
    engagements.completed_engagements(builder)
    engagements.referral_asks(builder)
    activities.activity_log(builder)
    session.flush()
