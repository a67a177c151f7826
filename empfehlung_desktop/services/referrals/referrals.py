"""Referrals: create them in all three directions, list and filter them in SQL.

The workflow steps (consent, asking a partner, matching, follow-up, thanks)
live in :mod:`referral_workflow`; the anonymous inquiry in :mod:`inquiry`;
give-and-take per partner in :mod:`reciprocity`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from sqlalchemy import Select, and_, case, false, func, select
from sqlalchemy.orm import Session, aliased

from empfehlung_desktop.errors import ConflictError, NotFoundError, ValidationError
from empfehlung_desktop.i18n import _
from empfehlung_desktop.model import (
    Contact,
    GiverTone,
    Referral,
    ReferralDirection,
    ReferralEvent,
    ReferralReason,
    ReferralStatus,
)
from empfehlung_desktop.model.workflow import INITIAL_STATUS
from empfehlung_desktop.store import search

D = ReferralDirection
S = ReferralStatus

# Referrals whose follow-up no longer matters even if it was never recorded.
_NO_FOLLOW_UP = (S.WITHDRAWN,)
_NEWEST_FIRST = (Referral.referred_on.desc(), Referral.id.desc())
_Sel = TypeVar("_Sel", bound=Select[*tuple[Any, ...]])


@dataclass
class ReferralData:
    """What a new referral needs; which people are required depends on the direction.

    incoming: ``giver_id`` recommended me to ``recipient_id`` (the new prospect).
    outgoing: I pass ``recipient_id`` on to ``recommended_id`` (may follow later).
    introduction: I connect ``recipient_id`` (has the need) with ``recommended_id``.
    """

    direction: ReferralDirection
    giver_id: int | None = None
    recommended_id: int | None = None
    recipient_id: int | None = None
    referred_on: dt.date | None = None
    need: str = ""
    expectations: str = ""
    giver_statement: str = ""
    temperature: int | None = None
    giver_tone: GiverTone | None = None
    reason: ReferralReason | None = None
    reason_note: str = ""
    notes: str = ""
    event_note: str = ""


def _people_errors(data: ReferralData) -> dict[str, str]:
    errors: dict[str, str] = {}
    if data.direction is D.INCOMING:
        if data.giver_id is None:
            errors["giver_id"] = _("Bitte angeben, wer Sie empfohlen hat.")
        if data.recipient_id is None:
            errors["recipient_id"] = _(
                "Bitte die neue Interessentin / den neuen Interessenten angeben."
            )
        if data.recommended_id is not None:
            errors["recommended_id"] = _(
                "Bei einer eingehenden Empfehlung sind Sie die Empfohlene."
            )
    else:
        if data.giver_id is not None:
            errors["giver_id"] = _("Bei dieser Richtung sind Sie selbst der Empfehlungsgeber.")
        if data.recipient_id is None:
            errors["recipient_id"] = _("Bitte angeben, wer den Bedarf hat (Empfänger).")
        if data.direction is D.INTRODUCTION and data.recommended_id is None:
            errors["recommended_id"] = _("Bitte angeben, wen Sie vorstellen möchten.")
    ids = [i for i in (data.giver_id, data.recommended_id, data.recipient_id) if i is not None]
    if len(ids) != len(set(ids)):
        errors["people"] = _("Eine Person kann nicht zwei Rollen in derselben Empfehlung haben.")
    return errors


def validate(data: ReferralData) -> ReferralData:
    """Check a new referral; raise :class:`ValidationError` with German messages."""
    errors = _people_errors(data)
    need = data.need.strip()
    if data.direction is not D.INCOMING and not need:
        errors["need"] = _("Bitte kurz beschreiben, worum es geht (Anliegen).")
    if data.temperature is not None and not 1 <= data.temperature <= 5:
        errors["temperature"] = _("Die Temperatur liegt zwischen 1 (kühl) und 5 (heiß).")
    if data.direction is D.INCOMING and data.temperature is None:
        errors["temperature"] = _("Bitte die Temperatur der Empfehlung angeben (1 bis 5).")
    if data.direction is D.OUTGOING and data.reason is None:
        errors["reason"] = _("Bitte den Grund angeben, warum Sie die Anfrage weitergeben.")
    if data.direction is not D.INCOMING and data.giver_tone is not None:
        errors["giver_tone"] = _("Der Ton gehört nur zu eingehenden Empfehlungen.")
    if errors:
        raise ValidationError(errors)
    return replace(
        data,
        need=need,
        expectations=data.expectations.strip(),
        giver_statement=data.giver_statement.strip(),
        reason_note=data.reason_note.strip(),
        notes=data.notes.strip(),
    )


def _check_contacts(session: Session, data: ReferralData) -> None:
    for field, contact_id in (
        ("giver_id", data.giver_id),
        ("recommended_id", data.recommended_id),
        ("recipient_id", data.recipient_id),
    ):
        if contact_id is None:
            continue
        contact = session.get(Contact, contact_id)
        if contact is None or contact.erased_at is not None:
            raise ValidationError(
                {
                    field: _("Kontakt {contact_id} gibt es nicht (mehr).").format(
                        contact_id=contact_id
                    )
                }
            )


def create_referral(session: Session, data: ReferralData, *, today: dt.date) -> Referral:
    """Record a new referral in its initial status, with the first history entry.

    Without a date it is dated ``today``; a date after ``today`` is refused.
    """
    data = validate(data)
    day = data.referred_on or today
    if day > today:
        raise ValidationError(
            {"referred_on": _("Das Datum der Empfehlung darf nicht in der Zukunft liegen.")}
        )
    _check_contacts(session, data)
    status = INITIAL_STATUS[data.direction]
    referral = Referral(
        direction=data.direction,
        status=status,
        giver_id=data.giver_id,
        recommended_id=data.recommended_id,
        recipient_id=data.recipient_id,
        referred_on=day,
        need=data.need,
        expectations=data.expectations,
        giver_statement=data.giver_statement,
        temperature=data.temperature,
        giver_tone=data.giver_tone,
        reason=data.reason,
        reason_note=data.reason_note,
        notes=data.notes,
        anonymous=False,
    )
    referral.events.append(
        ReferralEvent(occurred_on=day, from_status=None, to_status=status, note=data.event_note)
    )
    session.add(referral)
    session.flush()
    return referral


def get_referral(session: Session, referral_id: int) -> Referral:
    referral = session.get(Referral, referral_id)
    if referral is None:
        raise NotFoundError(
            _("Empfehlung {referral_id} gibt es nicht (mehr).").format(referral_id=referral_id)
        )
    return referral


@dataclass(frozen=True)
class ReferralQuery:
    """Filters of the referrals list; all applied in SQL. ``today`` decides what is due."""

    today: dt.date
    direction: ReferralDirection | None = None
    status: ReferralStatus | None = None
    due_only: bool = False
    contact_id: int | None = None
    text: str = ""  # every word in a person's name (or contact data), the need or the notes


@dataclass(frozen=True)
class ReferralRow:
    """One line of the referrals table (names resolved, no ORM object)."""

    id: int
    direction: ReferralDirection
    status: ReferralStatus
    referred_on: dt.date
    giver_id: int | None
    giver_name: str | None
    recommended_id: int | None
    recommended_name: str | None
    recipient_id: int | None
    recipient_name: str | None
    need: str
    temperature: int | None
    anonymous: bool
    follow_up_on: dt.date | None
    followed_up_on: dt.date | None
    thanked_on: dt.date | None
    due: bool


def due_clause(today: dt.date) -> Any:
    """SQL condition: the follow-up date has come and nobody followed up yet."""
    return and_(
        Referral.follow_up_on.is_not(None),
        Referral.follow_up_on <= today,
        Referral.followed_up_on.is_(None),
        Referral.status.not_in(_NO_FOLLOW_UP),
    )


def _filtered(query: ReferralQuery, stmt: _Sel, session: Session) -> _Sel:
    today = query.today
    if query.direction is not None:
        stmt = stmt.where(Referral.direction == query.direction)
    if query.status is not None:
        stmt = stmt.where(Referral.status == query.status)
    if query.due_only:
        stmt = stmt.where(due_clause(today))
    if query.contact_id is not None:
        cid = query.contact_id
        stmt = stmt.where(
            (Referral.giver_id == cid)
            | (Referral.recommended_id == cid)
            | (Referral.recipient_id == cid)
        )
    if query.text.strip():
        stmt = stmt.where(
            search.record_filter(
                query.text,
                use_fts=search.has_fts(session),
                people=(Referral.giver_id, Referral.recommended_id, Referral.recipient_id),
                texts=(Referral.need, Referral.expectations, Referral.notes),
            )
        )
    return stmt


def count_rows(session: Session, query: ReferralQuery) -> int:
    stmt = _filtered(query, select(func.count()).select_from(Referral), session)
    return int(session.execute(stmt).scalar_one())


def fetch_rows(
    session: Session, query: ReferralQuery, limit: int | None = None
) -> list[ReferralRow]:
    """The referrals list with the three names joined in, newest first."""
    today = query.today
    giver, recommended, recipient = (aliased(Contact) for _ in range(3))
    due = case((due_clause(today), True), else_=false())
    stmt = (
        select(
            Referral.id,
            Referral.direction,
            Referral.status,
            Referral.referred_on,
            Referral.giver_id,
            giver.name,
            Referral.recommended_id,
            recommended.name,
            Referral.recipient_id,
            recipient.name,
            Referral.need,
            Referral.temperature,
            Referral.anonymous,
            Referral.follow_up_on,
            Referral.followed_up_on,
            Referral.thanked_on,
            due,
        )
        .outerjoin(giver, giver.id == Referral.giver_id)
        .outerjoin(recommended, recommended.id == Referral.recommended_id)
        .outerjoin(recipient, recipient.id == Referral.recipient_id)
        .order_by(*_NEWEST_FIRST)
    )
    # Filter, sort and cut on the referral table alone, then join the names for
    # that page only: the joins before the sort were ten times slower at 20k rows.
    page = _filtered(query, select(Referral.id), session).order_by(*_NEWEST_FIRST)
    if limit is not None:
        page = page.limit(limit)
    ids = page.subquery("page")
    rows = session.execute(stmt.join(ids, ids.c.id == Referral.id)).all()
    result = []
    for row in rows:
        values: list[Any] = list(row)
        values[-1] = bool(values[-1])
        result.append(ReferralRow(*values))
    return result


def count_due(session: Session, today: dt.date) -> int:
    stmt = select(func.count()).select_from(Referral).where(due_clause(today))
    return int(session.execute(stmt).scalar_one())


def list_referrals(session: Session, query: ReferralQuery) -> list[Referral]:
    """Full ORM referrals (CLI, exports), filtered in SQL, newest first."""
    stmt = select(Referral).order_by(Referral.referred_on.desc(), Referral.id.desc())
    return list(session.scalars(_filtered(query, stmt, session)))


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _code(value: Any) -> str | None:
    return value.value if value is not None else None


def referral_to_dict(referral: Referral, today: dt.date) -> dict[str, Any]:
    """The stable JSON shape of a referral (keys per DESIGN.md, then more)."""
    day = today
    return {
        "id": referral.id,
        "direction": referral.direction.value,
        "status": referral.status.value,
        "anonymous": referral.anonymous,
        "temperature": referral.temperature,
        "giver_id": referral.giver_id,
        "recommended_id": referral.recommended_id,
        "recipient_id": referral.recipient_id,
        "follow_up_on": _iso(referral.follow_up_on),
        "followed_up_on": _iso(referral.followed_up_on),
        "due": is_due(referral, day),
        "referred_on": _iso(referral.referred_on),
        "need": referral.need,
        "expectations": referral.expectations,
        "giver_statement": referral.giver_statement,
        "giver_tone": _code(referral.giver_tone),
        "reason": _code(referral.reason),
        "consent_given": referral.consent_given,
        "consent_on": _iso(referral.consent_on),
        "consent_how": referral.consent_how,
        "initiative": _code(referral.initiative),
        "contact_by": _iso(referral.contact_by),
        "outcome": _code(referral.outcome),
        "thanked_on": _iso(referral.thanked_on),
    }


def is_due(referral: Referral, today: dt.date) -> bool:
    """Python twin of :func:`due_clause` for a single loaded referral."""
    return (
        referral.follow_up_on is not None
        and referral.follow_up_on <= today
        and referral.followed_up_on is None
        and referral.status not in _NO_FOLLOW_UP
    )


def delete_referral(
    session: Session, referral_id: int, expected_version: int | None = None
) -> None:
    """Remove a referral with its history; an Anfrage that came from it stays, unlinked.

    Refused when someone changed the referral since it was shown (``expected_version``).
    """
    referral = get_referral(session, referral_id)
    if expected_version is not None and referral.version != expected_version:
        raise ConflictError(
            _("Diese Empfehlung wurde inzwischen geändert. Bitte neu laden und erneut löschen.")
        )
    session.delete(referral)
    session.flush()
