"""Correcting a referral after the fact: its details, a step's date or note, the last step.

Every correction obeys the rules the creation obeyed: a referral is not dated in the
future nor after its first step; a step lies between the step before and the step
after it and not in the future; a stale ``expected_version`` raises
:class:`ConflictError` (German) and changes nothing.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from empfehlung_desktop.errors import UserError, ValidationError
from empfehlung_desktop.i18n import _, format_date
from empfehlung_desktop.model import Referral, ReferralEvent, ReferralStatus
from empfehlung_desktop.services.referrals.referrals import (
    ReferralData,
    _check_contacts,
    validate,
)
from empfehlung_desktop.services.referrals.workflow import _flush, _load

S = ReferralStatus


def data_of(referral: Referral) -> ReferralData:
    """The editable details of ``referral``, to prefill the edit dialog."""
    return ReferralData(
        direction=referral.direction,
        giver_id=referral.giver_id,
        recommended_id=referral.recommended_id,
        recipient_id=referral.recipient_id,
        referred_on=referral.referred_on,
        need=referral.need,
        expectations=referral.expectations,
        giver_statement=referral.giver_statement,
        temperature=referral.temperature,
        giver_tone=referral.giver_tone,
        reason=referral.reason,
        reason_note=referral.reason_note,
        notes=referral.notes,
    )


def _steps(referral: Referral) -> list[ReferralEvent]:
    """The status changes after the first entry, in their order."""
    return [
        e for e in referral.events if e.from_status is not None and e.from_status != e.to_status
    ]


def latest_referral_date(referral: Referral, today: dt.date) -> tuple[dt.date, str]:
    """The last day the referral itself may carry, and why (its first step or today)."""
    steps = _steps(referral)
    if steps and steps[0].occurred_on < today:
        day = steps[0].occurred_on
        return day, _(
            "Die Empfehlung kann nicht nach ihrem ersten Schritt ({date}) liegen."
        ).format(date=format_date(day))
    return today, _("Das Datum der Empfehlung darf nicht in der Zukunft liegen.")


def update_referral(
    session: Session,
    referral_id: int,
    data: ReferralData,
    *,
    today: dt.date,
    expected_version: int | None = None,
) -> Referral:
    """Correct the people, texts and date of a referral; its direction and steps stay."""
    referral = _load(session, referral_id, expected_version)
    if data.direction is not referral.direction:
        raise ValidationError(
            {"direction": _("Die Richtung einer Empfehlung bleibt, wie sie ist.")}
        )
    data = validate(data)
    day = data.referred_on or referral.referred_on
    latest, message = latest_referral_date(referral, today)
    if day > latest:
        raise ValidationError({"referred_on": message})
    _check_contacts(session, data)
    for name in (
        "giver_id",
        "recommended_id",
        "recipient_id",
        "need",
        "expectations",
        "giver_statement",
        "temperature",
        "giver_tone",
        "reason",
        "reason_note",
        "notes",
    ):
        setattr(referral, name, getattr(data, name))
    referral.referred_on = day
    for event in referral.events:
        if event.from_status is None:
            event.occurred_on = day
    if referral.thanked_on is not None and referral.thanked_on < day:
        raise ValidationError({"referred_on": _("Die Empfehlung kann nicht nach dem Dank liegen.")})
    _flush(session)
    return referral


def _event(referral: Referral, event_id: int) -> ReferralEvent:
    for event in referral.events:
        if event.id == event_id:
            return event
    raise UserError(_("Diesen Eintrag im Verlauf gibt es nicht (mehr)."))


def step_date_bounds(
    referral: Referral, event_id: int, today: dt.date
) -> tuple[dt.date, str, dt.date, str]:
    """(earliest, why, latest, why) for a corrected date of the history entry ``event_id``.

    A step stays between the step before it (or the referral) and the step after it
    (or today); a note only between the referral and today.
    """
    event = _event(referral, event_id)
    earliest = referral.referred_on
    early_why = _("Das Datum darf nicht vor der Empfehlung ({date}) liegen.")
    latest = today
    late_why = _("Das Datum darf nicht in der Zukunft liegen.")
    if event.from_status is not None and event.from_status != event.to_status:
        steps = _steps(referral)
        index = steps.index(event)
        if index > 0:
            earliest = steps[index - 1].occurred_on
            early_why = _("Das Datum darf nicht vor dem Schritt davor ({date}) liegen.")
        if index + 1 < len(steps) and steps[index + 1].occurred_on < latest:
            latest = steps[index + 1].occurred_on
            late_why = _("Das Datum darf nicht nach dem Schritt danach ({date}) liegen.")
    return (
        earliest,
        early_why.format(date=format_date(earliest)),
        latest,
        late_why.format(date=format_date(latest)),
    )


def correct_step(
    session: Session,
    referral_id: int,
    event_id: int,
    on: dt.date,
    note: str,
    *,
    today: dt.date,
    expected_version: int | None = None,
) -> Referral:
    """Correct the date and note of one history entry (the first one is the referral's own).

    Dates the step recorded elsewhere follow: the consent date of step 1, the day of
    the thanks, the follow-up day of the closing step.
    """
    referral = _load(session, referral_id, expected_version)
    event = _event(referral, event_id)
    if event.from_status is None:
        raise ValidationError(
            {"on": _("Der erste Eintrag trägt das Datum der Empfehlung: bitte dort ändern.")}
        )
    earliest, early_why, latest, late_why = step_date_bounds(referral, event_id, today)
    if on < earliest:
        raise ValidationError({"on": early_why})
    if on > latest:
        raise ValidationError({"on": late_why})
    old = event.occurred_on
    if event.to_status is S.NEED_CLARIFIED and referral.consent_on == old:
        referral.consent_on = on
    if _is_thanks(referral, event):
        referral.thanked_on = on
    if referral.followed_up_on == old and event.to_status is S.CLOSED:
        referral.followed_up_on = on
    event.occurred_on = on
    event.note = note.strip()
    flag_modified(referral, "notes")  # a new version: open dialogs see the change
    _flush(session)
    return referral


def _is_thanks(referral: Referral, event: ReferralEvent) -> bool:
    return (
        event.from_status == event.to_status
        and referral.thanked_on == event.occurred_on
        and event.note.startswith(_("Danke gesagt"))
    )


def _is_follow_up(referral: Referral, event: ReferralEvent) -> bool:
    return (
        event.from_status == event.to_status
        and referral.followed_up_on == event.occurred_on
        and event.note.startswith(_("Nachgefasst"))
    )


def last_entry(referral: Referral) -> ReferralEvent | None:
    """The entry "delete the last step" would remove (never the referral's first one)."""
    later = [e for e in referral.events if e.from_status is not None]
    return max(later, key=lambda e: (e.occurred_on, e.id)) if later else None


def delete_last_step(
    session: Session, referral_id: int, *, expected_version: int | None = None
) -> Referral:
    """Take back the newest history entry; a step returns the referral to its status before.

    What the step recorded goes with it (consent, the agreed contact and follow-up,
    the outcome, the thanks).
    """
    referral = _load(session, referral_id, expected_version)
    event = last_entry(referral)
    if event is None:
        raise UserError(
            _("Es gibt keinen Schritt zum Löschen; nur die Empfehlung selbst ist erfasst.")
        )
    if event.from_status != event.to_status and event.from_status is not None:
        _undo_step(referral, event)
        referral.status = event.from_status
    elif _is_thanks(referral, event):
        referral.thanked_on = None
        referral.thanks_note = ""
    elif _is_follow_up(referral, event):
        referral.followed_up_on = None
        referral.outcome = None
    referral.events.remove(event)
    flag_modified(referral, "notes")
    _flush(session)
    return referral


def _undo_step(referral: Referral, event: ReferralEvent) -> None:
    target = event.to_status
    if target is S.NEED_CLARIFIED:
        referral.consent_given = None
        referral.consent_on = None
        referral.consent_how = ""
        referral.anonymous = False
    elif target is S.MATCHED:
        referral.initiative = None
        referral.contact_by = None
        referral.follow_up_on = None
    elif target in (S.CLOSED, S.WON, S.LOST):
        referral.outcome = None
        if referral.followed_up_on == event.occurred_on:
            referral.followed_up_on = None
