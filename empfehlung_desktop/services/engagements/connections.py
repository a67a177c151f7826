"""An incoming referral's first meeting and its Anfrage, in one step.

"Erstgespräch vereinbart" on an incoming referral records the step (with date and
time, and where or by which link if given) and creates the Anfrage for the person
— or takes the one already made from this referral — with the meeting on it, so
nothing is typed twice. Lives beside the engagements (it uses both services).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from empfehlung_desktop.errors import ValidationError
from empfehlung_desktop.i18n import _, format_date, format_time
from empfehlung_desktop.model import Engagement, ReferralStatus
from empfehlung_desktop.services.engagements import engagements as engagement_service
from empfehlung_desktop.services.referrals import referrals as referral_service
from empfehlung_desktop.services.referrals import workflow

MAX_PLACE = 200


def engagement_of(session: Session, referral_id: int) -> Engagement | None:
    """The (first) Anfrage made from this referral, if any."""
    stmt = (
        select(Engagement)
        .where(Engagement.referral_id == referral_id)
        .order_by(Engagement.id)
        .limit(1)
    )
    return session.scalars(stmt).first()


def arrange_first_meeting(
    session: Session,
    referral_id: int,
    meeting_at: dt.datetime,
    *,
    on: dt.date,
    place: str = "",
    note: str = "",
    expected_version: int | None = None,
) -> Engagement:
    """Move the referral to "Erstgespräch vereinbart" and put the meeting on its Anfrage.

    Returns the Anfrage (new or linked). Refused like the plain step (wrong status,
    date before the last step, edited elsewhere); the meeting may not lie before the
    referral itself.
    """
    referral = referral_service.get_referral(session, referral_id)
    place = " ".join(place.split())
    if meeting_at.date() < referral.referred_on:
        raise ValidationError(
            {
                "first_meeting_at": _(
                    "Das Erstgespräch kann nicht vor der Empfehlung ({date}) liegen."
                ).format(date=format_date(referral.referred_on))
            }
        )
    if len(place) > MAX_PLACE:
        raise ValidationError(
            {"place": _("Ort oder Link ist zu lang (höchstens {n} Zeichen).").format(n=MAX_PLACE)}
        )
    meeting_at = meeting_at.replace(second=0, microsecond=0)
    text = _("Erstgespräch am {date} um {time} Uhr").format(
        date=format_date(meeting_at.date()), time=format_time(meeting_at)
    )
    if place:
        text += " – " + _("Ort: {place}").format(place=place)
    if note.strip():
        text += f". {note.strip()}"
    workflow.advance(
        session,
        referral_id,
        ReferralStatus.MEETING_ARRANGED,
        text,
        on=on,
        expected_version=expected_version,
    )
    engagement = engagement_of(session, referral_id)
    if engagement is None:
        engagement = engagement_service.create_from_referral(session, referral_id)
    engagement.first_meeting_at = meeting_at
    if place:
        line = _("Ort des Erstgesprächs: {place}").format(place=place)
        engagement.notes = f"{engagement.notes}\n{line}".strip()
    session.flush()
    return engagement
