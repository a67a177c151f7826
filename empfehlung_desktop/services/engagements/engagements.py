"""Engagements (Anfragen & Aufträge): listing, the first-meeting capture, status steps.

Status flow: Anfrage → Erstgespräch → laufend → abgeschlossen, or abgelehnt /
weiterempfohlen. "Decline and refer" ends an engagement and records an outgoing
referral for the same person in one step.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields, replace
from typing import Any, TypeVar

from sqlalchemy import Select, case, select
from sqlalchemy.orm import Session, aliased, joinedload
from sqlalchemy.orm.exc import StaleDataError

from empfehlung_desktop.errors import (
    ConflictError,
    NotFoundError,
    UserError,
    ValidationError,
)
from empfehlung_desktop.i18n import N_, _, enum_label, format_date, translate
from empfehlung_desktop.model import (
    Contact,
    ContactSource,
    Engagement,
    EngagementStatus,
    ExpectationFit,
    PriorKnowledge,
    Referral,
    ReferralDirection,
    ReferralReason,
)
from empfehlung_desktop.services.engagements import outcome
from empfehlung_desktop.services.engagements.dates import check_not_before_meeting
from empfehlung_desktop.services.engagements.handout_data import UPCOMING_DAYS as UPCOMING_DAYS
from empfehlung_desktop.services.referrals import referrals as referral_service
from empfehlung_desktop.store import search

E = EngagementStatus
_S = TypeVar("_S", bound=Select[*tuple[Any, ...]])
ONWARD_EVENT_NOTE = N_("Aus Anfrage weiterempfohlen")

# Which status may follow which; reopening a closed request is allowed on purpose.
TRANSITIONS: dict[EngagementStatus, tuple[EngagementStatus, ...]] = {
    E.REQUEST: (E.FIRST_MEETING, E.ACTIVE, E.DECLINED, E.REFERRED),
    E.FIRST_MEETING: (E.ACTIVE, E.DECLINED, E.REFERRED, E.REQUEST),
    E.ACTIVE: (E.COMPLETED, E.REFERRED),
    E.COMPLETED: (E.ACTIVE,),
    E.DECLINED: (E.REQUEST,),
    E.REFERRED: (),
}
OPEN_STATUSES = (E.REQUEST, E.FIRST_MEETING)
ENDED_STATUSES = (E.COMPLETED, E.DECLINED, E.REFERRED)


@dataclass(frozen=True)
class EngagementQuery:
    """What the list shows: a status filter and/or only upcoming first meetings."""

    now: dt.datetime  # the clock's wall time: "upcoming" starts here
    status: EngagementStatus | None = None
    upcoming: bool = False
    text: str = ""  # every word in the person's name (or contact data), title or need


@dataclass(frozen=True)
class EngagementRow:
    """One row of the engagements table (plain values, cheap to hold)."""

    id: int
    contact_id: int
    contact_name: str
    title: str
    status: EngagementStatus
    first_meeting_at: dt.datetime | None
    source: ContactSource | None
    expectation_fit: ExpectationFit | None
    handout_sent_at: dt.datetime | None


def _upcoming_window(
    now: dt.datetime, days: int = UPCOMING_DAYS
) -> tuple[dt.datetime, dt.datetime]:
    end = dt.datetime.combine(now.date() + dt.timedelta(days=days + 1), dt.time())
    return now, end


def _filtered(query: EngagementQuery, stmt: _S, session: Session) -> _S:
    if query.status is not None:
        stmt = stmt.where(Engagement.status == query.status)
    if query.upcoming:
        start, end = _upcoming_window(query.now)
        stmt = stmt.where(
            Engagement.first_meeting_at >= start,
            Engagement.first_meeting_at < end,
            Engagement.status.in_(OPEN_STATUSES),
        )
    if query.text.strip():
        stmt = stmt.where(
            search.record_filter(
                query.text,
                use_fts=search.has_fts(session),
                people=(Engagement.contact_id,),
                texts=(Engagement.title, Engagement.need),
            )
        )
    return stmt


def fetch_engagements(
    session: Session, query: EngagementQuery, offset: int = 0, limit: int = 500
) -> list[EngagementRow]:
    """One page of rows for the table, filtered and sorted in SQL."""
    stmt = select(
        Engagement.id,
        Engagement.contact_id,
        Contact.name,
        Engagement.title,
        Engagement.status,
        Engagement.first_meeting_at,
        Engagement.source,
        Engagement.expectation_fit,
        Engagement.handout_sent_at,
    ).join(Contact, Contact.id == Engagement.contact_id)
    stmt = _filtered(query, stmt, session).order_by(*_sort_order()).offset(offset).limit(limit)
    return [EngagementRow(*row) for row in session.execute(stmt).all()]


def _sort_order() -> list[Any]:
    # Open requests first (next first meeting on top, undated ones after them),
    # then running engagements, then ended ones with the most recent end first.
    group = case(
        (Engagement.status.in_(OPEN_STATUSES), 0),
        (Engagement.status == E.ACTIVE, 1),
        else_=2,
    )
    return [
        group,
        Engagement.first_meeting_at.is_(None),
        case((group == 0, Engagement.first_meeting_at), else_=None),
        Engagement.ended_on.desc(),
        Engagement.started_on.desc(),
        Engagement.id.desc(),
    ]


def list_engagements(session: Session, query: EngagementQuery) -> list[Engagement]:
    """Full ORM engagements (CLI, exports), contacts joined in (not one query per row)."""
    stmt = _filtered(query, select(Engagement), session).order_by(*_sort_order())
    stmt = stmt.options(joinedload(Engagement.contact))
    return list(session.scalars(stmt))


def upcoming_without_handout(
    session: Session, now: dt.datetime, days: int = UPCOMING_DAYS
) -> list[Engagement]:
    """Open engagements with a first meeting in the next ``days`` days and no handout sent."""
    start, end = _upcoming_window(now, days)
    stmt = (
        select(Engagement)
        .where(
            Engagement.first_meeting_at >= start,
            Engagement.first_meeting_at < end,
            Engagement.status.in_(OPEN_STATUSES),
            Engagement.handout_sent_at.is_(None),
        )
        .order_by(Engagement.first_meeting_at, Engagement.id)
        .options(joinedload(Engagement.contact))
    )
    return list(session.scalars(stmt))


def get_engagement(session: Session, engagement_id: int) -> Engagement:
    engagement = session.get(Engagement, engagement_id)
    if engagement is None:
        raise NotFoundError(
            _("Die Anfrage {engagement_id} gibt es nicht (mehr).").format(
                engagement_id=engagement_id
            )
        )
    return engagement


def _check_version(engagement: Engagement, expected_version: int | None) -> None:
    if expected_version is not None and engagement.version != expected_version:
        raise ConflictError(translate(_CONFLICT_MESSAGE))


def _flush(session: Session) -> None:
    try:
        session.flush()
    except StaleDataError:
        raise ConflictError(translate(_CONFLICT_MESSAGE)) from None


def _live_contact(session: Session, contact_id: int) -> Contact:
    contact = session.get(Contact, contact_id)
    if contact is None or contact.erased_at is not None:
        raise NotFoundError(
            _("Kontakt {contact_id} gibt es nicht (mehr).").format(contact_id=contact_id)
        )
    return contact


def create_engagement(
    session: Session,
    contact_id: int,
    title: str = "",
    first_meeting_at: dt.datetime | None = None,
) -> Engagement:
    """A new Anfrage for a contact; how they came is taken over from the contact."""
    contact = _live_contact(session, contact_id)
    engagement = Engagement(
        contact_id=contact.id,
        title=_clean_title(title),
        status=E.REQUEST,
        source=contact.source,
        referred_by_id=contact.referred_by_id if contact.source is ContactSource.REFERRAL else None,
        first_meeting_at=first_meeting_at,
    )
    session.add(engagement)
    session.flush()
    return engagement


def create_from_referral(session: Session, referral_id: int) -> Engagement:
    """A new Anfrage from an incoming referral: source, giver and need filled in."""
    referral = referral_service.get_referral(session, referral_id)
    if referral.direction is not ReferralDirection.INCOMING or referral.recipient_id is None:
        raise UserError(
            _(
                "Aus dieser Empfehlung lässt sich keine Anfrage anlegen: Es muss eine "
                "eingehende Empfehlung mit einer Person sein, die zu Ihnen kommt."
            )
        )
    contact = _live_contact(session, referral.recipient_id)
    engagement = Engagement(
        contact_id=contact.id,
        referral_id=referral.id,
        title=_clean_title(referral.need.split("\n", 1)[0][:120]),
        status=E.REQUEST,
        source=ContactSource.REFERRAL,
        referred_by_id=referral.giver_id,
        need=referral.need,
    )
    session.add(engagement)
    session.flush()
    return engagement


@dataclass(frozen=True)
class ReferralChoice:
    id: int
    label: str


def open_incoming_referrals(session: Session, limit: int = 200) -> list[ReferralChoice]:
    """Incoming referrals still without an engagement, newest first, for a chooser."""
    recipient = aliased(Contact)
    giver = aliased(Contact)
    stmt = (
        select(Referral.id, recipient.name, giver.name, Referral.referred_on, Referral.need)
        .join(recipient, recipient.id == Referral.recipient_id)
        .outerjoin(giver, giver.id == Referral.giver_id)
        .where(
            Referral.direction == ReferralDirection.INCOMING,
            recipient.erased_at.is_(None),
            ~select(Engagement.id).where(Engagement.referral_id == Referral.id).exists(),
        )
        .order_by(Referral.referred_on.desc(), Referral.id.desc())
        .limit(limit)
    )
    choices = []
    for ref_id, recipient_name, giver_name, referred_on, need in session.execute(stmt):
        label = _("{name} – empfohlen von {giver} am {date}").format(
            name=recipient_name, giver=giver_name or _("unbekannt"), date=format_date(referred_on)
        )
        if need:
            short = " ".join(need.split())
            label += f": {short[:60]}{'…' if len(short) > 60 else ''}"
        choices.append(ReferralChoice(ref_id, label))
    return choices


@dataclass
class MeetingData:
    """What the Erstgespräch form edits."""

    title: str = ""
    source: ContactSource | None = None
    referred_by_id: int | None = None
    prior_knowledge: PriorKnowledge | None = None
    first_meeting_at: dt.datetime | None = None
    need: str = ""
    problem: str = ""
    frustrations: str = ""
    wishes: str = ""
    expectation_fit: ExpectationFit | None = None
    handout_show_referrer: bool = True
    handout_show_need: bool = True
    notes: str = ""

    @classmethod
    def from_engagement(cls, engagement: Engagement) -> MeetingData:
        return cls(**{f.name: getattr(engagement, f.name) for f in fields(cls)})


def _clean_title(title: str) -> str:
    title = " ".join(title.split())
    if len(title) > 200:
        raise ValidationError({"title": _("Der Titel ist zu lang (höchstens 200 Zeichen).")})
    return title


def validate_meeting(data: MeetingData) -> MeetingData:
    """Normalise; the giver only counts when the source is a referral."""
    title = _clean_title(data.title)
    referred_by = data.referred_by_id if data.source is ContactSource.REFERRAL else None
    meeting = (
        data.first_meeting_at.replace(second=0, microsecond=0) if data.first_meeting_at else None
    )
    return replace(
        data,
        title=title,
        referred_by_id=referred_by,
        first_meeting_at=meeting,
        handout_show_referrer=data.handout_show_referrer and referred_by is not None,
        **{name: getattr(data, name).strip() for name in _TEXTS},
    )


_TEXTS = ("need", "problem", "frustrations", "wishes", "notes")


def update_meeting(
    session: Session,
    engagement_id: int,
    data: MeetingData,
    expected_version: int | None = None,
) -> Engagement:
    """Save the Erstgespräch capture; refuse a stale version."""
    data = validate_meeting(data)
    engagement = get_engagement(session, engagement_id)
    _check_version(engagement, expected_version)
    if data.referred_by_id is not None:
        if data.referred_by_id == engagement.contact_id:
            raise ValidationError(
                {"referred_by_id": _("Eine Person kann sich nicht selbst empfehlen.")}
            )
        _live_contact(session, data.referred_by_id)
    for f in fields(MeetingData):
        setattr(engagement, f.name, getattr(data, f.name))
    if engagement.status is E.COMPLETED and engagement.ended_on is not None:
        check_not_before_meeting(engagement, engagement.ended_on)
    _flush(session)
    return engagement


def change_status(
    session: Session,
    engagement_id: int,
    target: EngagementStatus,
    expected_version: int | None = None,
    *,
    today: dt.date,
    changes: list[str] | None = None,
) -> Engagement:
    """Move to ``target`` if the flow allows it (dates kept sensible); ``changes`` gets
    what that changed elsewhere, in words (the referral's outcome, the person's role)."""
    engagement = get_engagement(session, engagement_id)
    _check_version(engagement, expected_version)
    check_transition(engagement.status, target)
    if target is E.REFERRED:
        raise UserError(_("Bitte „Ablehnen & weiterempfehlen“ verwenden, um weiterzuempfehlen."))
    if target is E.COMPLETED:
        check_not_before_meeting(engagement, today)
    _apply_status(engagement, target, today)
    _flush(session)
    (changes if changes is not None else []).extend(
        outcome.after_status_change(session, engagement, today)
    )
    return engagement


def check_transition(current: EngagementStatus, target: EngagementStatus) -> None:
    if target not in TRANSITIONS[current]:
        allowed = ", ".join(
            _("„{text}“").format(text=enum_label(s)) for s in TRANSITIONS[current]
        ) or _("keiner")
        raise UserError(
            _("Von „{current}“ geht es nicht zu „{target}“ (möglich: {allowed}).").format(
                current=enum_label(current), target=enum_label(target), allowed=allowed
            )
        )


def allowed_targets(current: EngagementStatus) -> tuple[EngagementStatus, ...]:
    return TRANSITIONS[current]


def _apply_status(engagement: Engagement, target: EngagementStatus, today: dt.date) -> None:
    if target is E.ACTIVE:
        engagement.started_on = engagement.started_on or today
        engagement.ended_on = None
    elif target in ENDED_STATUSES:
        engagement.ended_on = today
    else:  # back to an open state
        engagement.ended_on = None
    engagement.status = target


def decline_and_refer(
    session: Session,
    engagement_id: int,
    reason: ReferralReason,
    reason_note: str = "",
    expected_version: int | None = None,
    *,
    today: dt.date,
) -> Referral:
    """End the engagement as weiterempfohlen and record an outgoing referral for the person.

    The referral starts at "erfasst"; finding the partner follows the three-step
    method in the referrals view. Returns the new referral.
    """
    engagement = get_engagement(session, engagement_id)
    _check_version(engagement, expected_version)
    check_transition(engagement.status, E.REFERRED)
    referral = _record_onward_referral(session, engagement, reason, reason_note.strip(), today)
    if reason is ReferralReason.EXPECTATIONS and engagement.expectation_fit is None:
        engagement.expectation_fit = ExpectationFit.DOES_NOT_FIT
    engagement.onward_referral_id = referral.id
    _apply_status(engagement, E.REFERRED, today)
    _flush(session)
    outcome.after_status_change(session, engagement, today)
    return referral


def _record_onward_referral(
    session: Session, engagement: Engagement, reason: ReferralReason, note: str, today: dt.date
) -> Referral:
    """The outgoing referral for the declined person, through the referrals service."""
    label = translate(ONWARD_EVENT_NOTE)
    return referral_service.create_referral(
        session,
        referral_service.ReferralData(
            direction=ReferralDirection.OUTGOING,
            recipient_id=engagement.contact_id,
            referred_on=today,
            # An outgoing referral needs an Anliegen; an empty request still says why.
            need=engagement.need or engagement.problem or engagement.title or label,
            expectations=engagement.wishes,
            reason=reason,
            reason_note=note,
            event_note=f"{label}: {note}" if note else label,
        ),
        today=today,
    )


def mark_handout_sent(session: Session, engagement_id: int, when: dt.datetime) -> Engagement:
    """Record that the "Warum Sie" handout went out (``when`` in UTC)."""
    engagement = get_engagement(session, engagement_id)
    engagement.handout_sent_at = when
    _flush(session)
    return engagement


_CONFLICT_MESSAGE = N_(
    "Diese Anfrage wurde inzwischen an anderer Stelle geändert. Ihre Änderungen wurden "
    "nicht gespeichert; bitte neu laden und noch einmal eintragen."
)
