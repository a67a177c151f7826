"""Acting on "Heute" items: mark done by doing what the item asks for, or snooze.

A follow-up whose result is still "Offen" is not finished: the next follow-up is
scheduled ``referrals.follow_up_days`` later. Reminders are done or postponed on the
reminder itself.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from empfehlung_desktop.errors import ConflictError, NotFoundError, ValidationError
from empfehlung_desktop.i18n import _, format_date
from empfehlung_desktop.model import (
    ActivityKind,
    AgendaKind,
    AskResult,
    Contact,
    Engagement,
    Referral,
    ReferralAsk,
    ReferralEvent,
    ReferralOutcome,
)
from empfehlung_desktop.services import settings
from empfehlung_desktop.services.contacts import activities
from empfehlung_desktop.services.today import agenda_state, birthdays, reminders, spiral

K = AgendaKind


def complete(
    session: Session,
    kind: AgendaKind,
    subject_id: int,
    on: dt.date,
    *,
    result: AskResult | None = None,
    outcome: ReferralOutcome | None = None,
    note: str = "",
) -> None:
    """Mark an item done by doing what it asks for (see the module table)."""
    note = note.strip()
    try:
        if kind in (K.FOLLOW_UP, K.THANK_REFERRER):
            _complete_referral(session, kind, subject_id, on, outcome, note)
        elif kind is K.SEND_HANDOUT:
            _engagement(session, subject_id)
            agenda_state.mark_done(session, kind, subject_id, on, note)
        elif kind is K.REQUEST_FEEDBACK:
            _engagement(session, subject_id).feedback_requested_on = on
        elif kind is K.ASK_FOR_REFERRAL:
            _record_ask(session, subject_id, on, result, note)
        elif kind is K.REMINDER:
            reminders.mark_done(session, subject_id, on)
        elif kind is K.BIRTHDAY:
            _congratulated(session, subject_id, on, note)
        elif kind is K.KEEP_IN_TOUCH:
            # Any logged contact resets the rhythm; without details it is a note.
            activities.add_activity(session, subject_id, ActivityKind.NOTE, on, note, today=on)
        else:
            spiral.accept_suggestion(session, subject_id, on, note)
        session.flush()
    except StaleDataError:
        raise ConflictError(
            _("Der Eintrag wurde inzwischen an anderer Stelle geändert. Bitte neu laden.")
        ) from None


def _congratulated(session: Session, contact_id: int, on: dt.date, note: str) -> None:
    """Logged as a contact (which resets keep-in-touch); hidden until after the day."""
    text = note or _("Zum Geburtstag gratuliert")
    activities.add_activity(session, contact_id, ActivityKind.NOTE, on, text, today=on)
    day = birthdays.next_birthday(session, contact_id, on) or on
    agenda_state.snooze(session, K.BIRTHDAY, contact_id, day + dt.timedelta(days=1), on)


def snooze(
    session: Session, kind: AgendaKind, subject_id: int, until: dt.date, today: dt.date
) -> None:
    """Hide an item until ``until`` (a reminder is due again on that day)."""
    if kind is K.REMINDER:
        reminders.postpone(session, subject_id, until, today)
        return
    agenda_state.snooze(session, kind, subject_id, until, today)
    session.flush()


def _complete_referral(
    session: Session,
    kind: AgendaKind,
    referral_id: int,
    on: dt.date,
    outcome: ReferralOutcome | None,
    note: str,
) -> None:
    referral = session.get(Referral, referral_id)
    if referral is None:
        raise NotFoundError(_("Diese Empfehlung gibt es nicht mehr."))
    if kind is K.THANK_REFERRER:
        referral.thanked_on = on
        if note:
            referral.thanks_note = note
        return
    if outcome is not None:
        referral.outcome = outcome
    if outcome is ReferralOutcome.OPEN:
        # Still open: ask again later instead of ending the follow-ups.
        days = int(settings.get(session, "referrals.follow_up_days"))
        referral.follow_up_on = on + dt.timedelta(days=days)
        text = _("Nachgefasst: noch offen – erneut nachfassen am {date}").format(
            date=format_date(referral.follow_up_on)
        )
        note = f"{text}. {note}" if note else text
    else:
        referral.followed_up_on = on
        note = _("Nachgefasst: {outcome}").format(outcome=note) if note else ""
    if note:
        referral.events.append(
            ReferralEvent(
                occurred_on=on,
                from_status=referral.status,
                to_status=referral.status,
                note=note,
            )
        )


def _engagement(session: Session, engagement_id: int) -> Engagement:
    engagement = session.get(Engagement, engagement_id)
    if engagement is None:
        raise NotFoundError(_("Diesen Auftrag gibt es nicht mehr."))
    return engagement


def _record_ask(
    session: Session, contact_id: int, on: dt.date, result: AskResult | None, note: str
) -> None:
    if result is None:
        raise ValidationError({"result": _("Bitte angeben, was bei der Bitte herauskam.")})
    contact = session.get(Contact, contact_id)
    if contact is None or contact.erased_at is not None:
        raise NotFoundError(_("Diesen Kontakt gibt es nicht mehr."))
    session.add(ReferralAsk(contact_id=contact_id, asked_on=on, result=result, note=note))
