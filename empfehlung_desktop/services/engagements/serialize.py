"""The stable JSON shape of an engagement (CLI and scripts)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from empfehlung_desktop.model import Engagement


def engagement_to_dict(engagement: Engagement) -> dict[str, Any]:
    """The stable JSON shape of an engagement used by the CLI and scripts."""
    meeting = engagement.first_meeting_at
    return {
        "id": engagement.id,
        "contact_id": engagement.contact_id,
        "contact_name": engagement.contact.name,
        "status": engagement.status.value,
        "first_meeting_on": meeting.date().isoformat() if meeting else None,
        "first_meeting_at": meeting.isoformat(timespec="minutes") if meeting else None,
        "title": engagement.title,
        "source": engagement.source.value if engagement.source else None,
        "referred_by_id": engagement.referred_by_id,
        "referral_id": engagement.referral_id,
        "onward_referral_id": engagement.onward_referral_id,
        "prior_knowledge": engagement.prior_knowledge.value if engagement.prior_knowledge else None,
        "expectation_fit": engagement.expectation_fit.value if engagement.expectation_fit else None,
        "started_on": _iso(engagement.started_on),
        "ended_on": _iso(engagement.ended_on),
        "handout_sent_at": engagement.handout_sent_at.isoformat(timespec="seconds")
        if engagement.handout_sent_at
        else None,
    }


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None
