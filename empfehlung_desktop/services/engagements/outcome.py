"""What an engagement's status means for the referral it came from and for the person.

Called by the engagement steps (``engagements.change_status``, ``decline_and_refer``):

* Auftrag (laufend) or abgeschlossen: the incoming referral it came from becomes
  "Auftrag" (outcome won); the person becomes a Kunde (no longer Interessent).
* abgelehnt or weiterempfohlen: that referral becomes "Kein Auftrag" (outcome lost).
* Completing it also makes the next spiral stage a suggestion in "Heute"
  (``services.today.spiral``); the stage itself is never changed silently.

A referral already past its first two steps keeps its status; only its outcome is set.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from empfehlung_desktop.i18n import _
from empfehlung_desktop.model import (
    Contact,
    Engagement,
    EngagementStatus,
    Referral,
    ReferralDirection,
    ReferralOutcome,
    ReferralStatus,
    Role,
)
from empfehlung_desktop.services.referrals import workflow

E = EngagementStatus
S = ReferralStatus
_WON = (E.ACTIVE, E.COMPLETED)
_LOST = (E.DECLINED, E.REFERRED)
_OPEN_REFERRAL = (S.RECEIVED, S.MEETING_ARRANGED)


def after_status_change(session: Session, engagement: Engagement, today: dt.date) -> list[str]:
    """Carry the engagement's new status over; returns what changed, in words."""
    changes: list[str] = []
    if engagement.status in _WON:
        changes += _settle_referral(session, engagement, S.WON, today)
        changes += _make_client(session, engagement.contact_id)
    elif engagement.status in _LOST:
        changes += _settle_referral(session, engagement, S.LOST, today)
    return changes


def _settle_referral(
    session: Session, engagement: Engagement, target: ReferralStatus, today: dt.date
) -> list[str]:
    if engagement.referral_id is None:
        return []
    referral = session.get(Referral, engagement.referral_id)
    if referral is None or referral.direction is not ReferralDirection.INCOMING:
        return []
    outcome = ReferralOutcome.WON if target is S.WON else ReferralOutcome.LOST
    if referral.status in _OPEN_REFERRAL:
        earliest, _reason = workflow.earliest_step_date(referral)
        label = engagement.title or _("Anfrage {id}").format(id=engagement.id)
        workflow.advance(
            session,
            referral.id,
            target,
            _("Aus der Anfrage „{title}“").format(title=label),
            on=max(today, earliest),
        )
        return [_("Empfehlung: {outcome}").format(outcome=outcome.label)]
    if referral.outcome is not outcome:
        referral.outcome = outcome
        session.flush()
        return [_("Empfehlung: {outcome}").format(outcome=outcome.label)]
    return []


def _make_client(session: Session, contact_id: int) -> list[str]:
    contact = session.get(Contact, contact_id)
    if contact is None or contact.erased_at is not None or Role.CLIENT in contact.roles:
        return []
    contact.roles = (contact.roles | Role.CLIENT) & ~Role.PROSPECT
    session.flush()
    return [_("{name} ist jetzt Kunde").format(name=contact.name)]
