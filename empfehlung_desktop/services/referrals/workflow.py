"""The steps of a referral: each checks the workflow rules and writes a history entry.

Every function takes a Session, changes nothing when a rule refuses the step
(:class:`TransitionError` or :class:`ValidationError`, German text), and
guards against edits made elsewhere in the meantime via ``expected_version``.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from empfehlung_desktop.errors import ConflictError, TransitionError, ValidationError
from empfehlung_desktop.i18n import N_, _, enum_label, format_date, translate
from empfehlung_desktop.model import (
    Contact,
    ContactInitiative,
    Referral,
    ReferralDirection,
    ReferralEvent,
    ReferralOutcome,
    ReferralStatus,
)
from empfehlung_desktop.model.workflow import allowed_targets, check_transition
from empfehlung_desktop.services import settings
from empfehlung_desktop.services.referrals.referrals import get_referral

S = ReferralStatus
D = ReferralDirection

_CONFLICT_MESSAGE = N_(
    "Diese Empfehlung wurde inzwischen an anderer Stelle geändert. Bitte neu laden "
    "und den Schritt noch einmal ausführen."
)


def _load(session: Session, referral_id: int, expected_version: int | None) -> Referral:
    referral = get_referral(session, referral_id)
    if expected_version is not None and referral.version != expected_version:
        raise ConflictError(translate(_CONFLICT_MESSAGE))
    return referral


def _flush(session: Session) -> None:
    try:
        session.flush()
    except StaleDataError:
        raise ConflictError(translate(_CONFLICT_MESSAGE)) from None


def _record_event(referral: Referral, target: ReferralStatus, on: dt.date, note: str) -> None:
    referral.events.append(
        ReferralEvent(
            occurred_on=on, from_status=referral.status, to_status=target, note=note.strip()
        )
    )


def earliest_step_date(referral: Referral) -> tuple[dt.date, str]:
    """The first day a next step may carry, and the German reason for it.

    A step cannot happen before the referral itself nor before the step it
    follows; the dialogs check this at the date field, the service again here.
    """
    earliest = referral.referred_on
    message = _("Das Datum darf nicht vor der Empfehlung ({date}) liegen.")
    for event in referral.events:
        if event.from_status is not event.to_status and event.occurred_on > earliest:
            earliest = event.occurred_on
            message = _("Das Datum darf nicht vor dem letzten Schritt ({date}) liegen.")
    return earliest, message.format(date=format_date(earliest))


def _check_step_date(referral: Referral, on: dt.date, field: str = "on") -> None:
    earliest, message = earliest_step_date(referral)
    if on < earliest:
        raise ValidationError({field: message})


def _move(
    session: Session,
    referral: Referral,
    target: ReferralStatus,
    on: dt.date,
    note: str,
    changes: dict[str, object] | None = None,
) -> Referral:
    """Apply ``changes``, check the step against the rules, then move and log it.

    A refused step restores the fields, so nothing changes, also in this session.
    """
    _check_step_date(referral, on)
    changes = changes or {}
    before = {name: getattr(referral, name) for name in changes}
    for name, value in changes.items():
        setattr(referral, name, value)
    try:
        check_transition(referral, target)
    except TransitionError:
        for name, value in before.items():
            setattr(referral, name, value)
        raise
    _record_event(referral, target, on, note)
    referral.status = target
    _flush(session)
    return referral


def advance(
    session: Session,
    referral_id: int,
    target: ReferralStatus,
    note: str = "",
    *,
    on: dt.date,
    expected_version: int | None = None,
) -> Referral:
    """A plain step that needs nothing but a note (e.g. "Kontakt erfolgt")."""
    referral = _load(session, referral_id, expected_version)
    changes: dict[str, object] = {}
    if target in (S.WON, S.LOST) and referral.direction is D.INCOMING:
        changes["outcome"] = ReferralOutcome.WON if target is S.WON else ReferralOutcome.LOST
    return _move(session, referral, target, on, note, changes)


def _refuse_unless_successor(referral: Referral, target: ReferralStatus) -> None:
    """Refuse early (before validating input) if the target can never follow now."""
    if target not in allowed_targets(referral):
        check_transition(referral, target)


def record_consent(
    session: Session,
    referral_id: int,
    given: bool,
    on: dt.date,
    how: str,
    anonymous: bool = False,
    note: str = "",
    expected_version: int | None = None,
) -> Referral:
    """Step 1 done: the need is clear and consent to pass on details is recorded.

    Without consent the referral can only go the anonymous way, so it is marked so.
    """
    referral = _load(session, referral_id, expected_version)
    _refuse_unless_successor(referral, S.NEED_CLARIFIED)
    if not how.strip():
        raise ValidationError({"consent_how": _("Bitte angeben, wie die Einwilligung erfolgte.")})
    changes: dict[str, object] = {
        "consent_given": given,
        "consent_on": on,
        "consent_how": how.strip()[:200],
        "anonymous": anonymous or not given,
    }
    default = _("Einwilligung erteilt") if given else _("Keine Einwilligung – anonymer Weg")
    return _move(session, referral, S.NEED_CLARIFIED, on, note or default, changes)


def ask_partner(
    session: Session,
    referral_id: int,
    partner_id: int,
    *,
    on: dt.date,
    note: str = "",
    expected_version: int | None = None,
) -> Referral:
    """Step 2: the chosen partner was asked (anonymously); also after a refusal."""
    referral = _load(session, referral_id, expected_version)
    _refuse_unless_successor(referral, S.PARTNER_ASKED)
    partner = session.get(Contact, partner_id)
    if partner is None or partner.erased_at is not None:
        raise ValidationError(
            {
                "recommended_id": _("Kontakt {partner_id} gibt es nicht (mehr).").format(
                    partner_id=partner_id
                )
            }
        )
    if partner_id in (referral.recipient_id, referral.giver_id):
        raise ValidationError(
            {"recommended_id": _("Der Partner muss eine andere Person sein als der Empfänger.")}
        )
    day = on
    changes: dict[str, object] = {"recommended_id": partner_id}
    return _move(
        session,
        referral,
        S.PARTNER_ASKED,
        day,
        note or _("{name} angefragt").format(name=partner.name),
        changes,
    )


def default_follow_up(session: Session, matched_on: dt.date) -> dt.date:
    days = int(settings.get(session, "referrals.follow_up_days"))
    return matched_on + dt.timedelta(days=days)


def match(
    session: Session,
    referral_id: int,
    initiative: ContactInitiative,
    contact_by: dt.date | None,
    *,
    on: dt.date,
    follow_up_on: dt.date | None = None,
    note: str = "",
    expected_version: int | None = None,
) -> Referral:
    """Step 3: both informed; who contacts whom by when; the follow-up date is set.

    The follow-up defaults to ``referrals.follow_up_days`` after the match.
    """
    referral = _load(session, referral_id, expected_version)
    _refuse_unless_successor(referral, S.MATCHED)
    day = on
    errors: dict[str, str] = {}
    if contact_by is not None and contact_by < day:
        errors["contact_by"] = _("Das „bis wann“ darf nicht vor dem Vermittlungstag liegen.")
    if follow_up_on is not None and follow_up_on < day:
        errors["follow_up_on"] = _("Das Nachfassen kann nicht vor der Vermittlung liegen.")
    if errors:
        raise ValidationError(errors)
    initiative = ContactInitiative(initiative)
    changes: dict[str, object] = {
        "initiative": initiative,
        "contact_by": contact_by,
        "follow_up_on": follow_up_on or default_follow_up(session, day),
    }
    default = enum_label(initiative)
    if contact_by:
        default = _("{initiative} bis {date}").format(
            initiative=default, date=format_date(contact_by)
        )
    return _move(session, referral, S.MATCHED, day, note or default, changes)


def record_follow_up(
    session: Session,
    referral_id: int,
    outcome: ReferralOutcome,
    *,
    on: dt.date,
    note: str = "",
    close: bool = True,
    expected_version: int | None = None,
) -> Referral:
    """The recipient was asked how it went; optionally close the referral with it."""
    referral = _load(session, referral_id, expected_version)
    if referral.direction is D.INCOMING or referral.follow_up_on is None:
        raise ValidationError(
            {
                "followed_up_on": _(
                    "Nachfassen gibt es erst, wenn Sie eine Empfehlung vermittelt haben."
                )
            }
        )
    day = on
    _check_step_date(referral, day, "followed_up_on")
    text = note.strip() or _("Nachgefasst: {outcome}").format(outcome=enum_label(outcome))
    changes: dict[str, object] = {"followed_up_on": day, "outcome": outcome}
    if close and referral.status is not S.CLOSED:
        return _move(session, referral, S.CLOSED, day, text, changes)
    for name, value in changes.items():
        setattr(referral, name, value)
    _record_event(referral, referral.status, day, text)
    _flush(session)
    return referral


def close(
    session: Session,
    referral_id: int,
    outcome: ReferralOutcome,
    *,
    on: dt.date,
    note: str = "",
    expected_version: int | None = None,
) -> Referral:
    """Abgeschlossen with its outcome (without a separate follow-up)."""
    referral = _load(session, referral_id, expected_version)
    day = on
    return _move(session, referral, S.CLOSED, day, note or outcome.label, {"outcome": outcome})


def thank_giver(
    session: Session,
    referral_id: int,
    *,
    on: dt.date,
    note: str = "",
    expected_version: int | None = None,
) -> Referral:
    """Incoming referrals: the giver was thanked (date and how)."""
    referral = _load(session, referral_id, expected_version)
    if referral.direction is not D.INCOMING or referral.giver_id is None:
        raise ValidationError(
            {"thanked_on": _("Danke sagen gibt es nur bei Empfehlungen, die Sie erhalten haben.")}
        )
    day = on
    if day < referral.referred_on:
        raise ValidationError({"thanked_on": _("Der Dank kann nicht vor der Empfehlung liegen.")})
    referral.thanked_on = day
    referral.thanks_note = note.strip()
    text = _("Danke gesagt") + (f": {note.strip()}" if note.strip() else "")
    _record_event(referral, referral.status, day, text)
    _flush(session)
    return referral


def add_note(session: Session, referral_id: int, note: str, *, on: dt.date) -> Referral:
    """A history entry without a status change."""
    if not note.strip():
        raise ValidationError({"note": _("Bitte eine Notiz eingeben.")})
    referral = get_referral(session, referral_id)
    _record_event(referral, referral.status, on, note)
    _flush(session)
    return referral
