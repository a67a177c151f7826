"""The daily list ("Heute"): what is due, computed in SQL, and how to act on it.

Each kind of item has one query (filtered, ordered and limited in SQL, so the
list stays fast with 100,000 contacts) and one natural action when marked done:

=================  =========================================  ==========================
kind               due when                                   done means
=================  =========================================  ==========================
follow_up          outgoing/introduction, matched/contacted,  referral.followed_up_on
                   follow_up_on <= today, not followed up
thank_referrer     incoming with a giver, not thanked, not    referral.thanked_on
                   withdrawn (due referred_on + N days)
send_handout       first meeting from now to today + N days,  a done marker
                   request/first meeting, no handout sent
request_feedback   completed, ended N days ago, no feedback,  engagement.
                   not requested (or requested long ago)      feedback_requested_on
ask_for_referral   stage Sympathie/Begeisterung/Loyalität,    a ReferralAsk row
                   not asked within N days, no poor feedback
                   since the last stage change
spiral_suggestion  see :mod:`services.spiral`                 the stage changes
keep_in_touch      see :mod:`services.today.keep_in_touch`    a logged activity
reminder           one's own, due_on <= today, not done       reminder.done_on
birthday           today to today + 7 days (29 Feb on 28 Feb  a logged note "gratuliert",
                   outside leap years)                        hidden until the day after
=================  =========================================  ==========================

"um Empfehlung bitten" is capped per day (``today.ask_daily_cap``) and skips people
who referred someone within ``today.ask_cooldown_days`` and people marked "nicht für
diese Person" (:mod:`services.today.care`). Every item has a due day
and :func:`due_label` says it as "bis", "seit" or "ab".

Erased contacts never appear; snoozed items return on their date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from empfehlung_desktop.i18n import _, enum_label, format_date, format_time
from empfehlung_desktop.model import (
    AgendaKind,
    Contact,
    ContactCare,
    Engagement,
    EngagementStatus,
    Feedback,
    Referral,
    ReferralAsk,
    ReferralDirection,
    ReferralStatus,
    SpiralStep,
)
from empfehlung_desktop.model.spiral import ASK_STAGES
from empfehlung_desktop.services import settings
from empfehlung_desktop.services.today import (
    agenda_state,
    birthdays,
    keep_in_touch,
    reminders,
    spiral,
)
from empfehlung_desktop.services.today.actions import complete, snooze
from empfehlung_desktop.services.today.items import KIND_ORDER, AgendaItem, due_label

__all__ = [
    "KIND_ORDER",
    "Agenda",
    "AgendaItem",
    "Rules",
    "complete",
    "compute",
    "count_due",
    "due_label",
    "snooze",
]

K = AgendaKind


@dataclass(frozen=True)
class Rules:
    """The windows of the rules, from the settings (see ``services.settings``)."""

    handout_days_ahead: int = 7
    feedback_after_days: int = 7
    feedback_remind_after_days: int = 21
    ask_again_after_days: int = 90
    thank_within_days: int = 3
    ask_daily_cap: int = 3
    ask_cooldown_days: int = 60

    @classmethod
    def from_settings(cls, session: Session) -> Rules:
        return cls(
            **{
                name: int(settings.get(session, f"today.{name}"))
                for name in cls.__dataclass_fields__
            }
        )


@dataclass
class Agenda:
    """The computed list: items (maybe limited per kind) and the full counts."""

    today: dt.date
    items: list[AgendaItem] = field(default_factory=list)
    counts: dict[AgendaKind, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def of_kind(self, kind: AgendaKind) -> list[AgendaItem]:
        return [item for item in self.items if item.kind is kind]


@dataclass(frozen=True)
class _Ctx:
    today: dt.date
    now: dt.datetime
    rules: Rules


def compute(
    session: Session,
    today: dt.date,
    *,
    now: dt.datetime | None = None,
    limit_per_kind: int | None = None,
    kinds: tuple[AgendaKind, ...] = KIND_ORDER,
) -> Agenda:
    """Everything due on ``today``; ``now`` (default: the day's start) decides which of
    today's first meetings are still ahead."""
    if now is None or now.date() != today:
        now = dt.datetime.combine(today, dt.time())
    ctx = _Ctx(today, now, Rules.from_settings(session))
    agenda = Agenda(today)
    for kind in kinds:
        count, items = _COLLECTORS[kind](session, ctx, limit_per_kind)
        agenda.counts[kind] = count
        agenda.items.extend(items)
    return agenda


def count_due(session: Session, today: dt.date) -> int:
    """How many items are due (the navigation badge)."""
    return compute(session, today, limit_per_kind=0).total


# -- the rules -----------------------------------------------------------------

Recipient = aliased(Contact, name="recipient")
Recommended = aliased(Contact, name="recommended")
Giver = aliased(Contact, name="giver")


def _run(
    session: Session, stmt: Select[*tuple[Any, ...]], order: list[Any], limit: int | None
) -> tuple[int, list[Any]]:
    if limit == 0:
        return int(session.scalar(select(func.count()).select_from(stmt.subquery())) or 0), []
    # One pass: the window count carries the full total alongside the limited rows.
    stmt = stmt.add_columns(func.count().over()).order_by(*order)
    if limit is not None:
        stmt = stmt.limit(limit)
    rows = session.execute(stmt).all()
    count = int(rows[0][-1]) if rows else 0
    return count, [tuple(row)[:-1] for row in rows]


def _name(name: str | None) -> str:
    return name or _("(unbekannt)")


def _d(day: dt.date) -> str:
    return format_date(day)


def _follow_ups(session: Session, ctx: _Ctx, limit: int | None) -> tuple[int, list[AgendaItem]]:
    stmt = (
        select(
            Referral.id,
            Referral.direction,
            Referral.follow_up_on,
            Referral.referred_on,
            Recipient.id,
            Recipient.name,
            Recommended.name,
        )
        .outerjoin(Recipient, Recipient.id == Referral.recipient_id)
        .outerjoin(Recommended, Recommended.id == Referral.recommended_id)
        .where(
            Referral.direction.in_([ReferralDirection.OUTGOING, ReferralDirection.INTRODUCTION]),
            Referral.status.in_([ReferralStatus.MATCHED, ReferralStatus.CONTACTED]),
            Referral.follow_up_on <= ctx.today,
            Referral.followed_up_on.is_(None),
            Recipient.erased_at.is_(None),
            ~agenda_state.hidden(K.FOLLOW_UP, Referral.id, ctx.today),
        )
    )
    count, rows = _run(session, stmt, [Referral.follow_up_on, Referral.id], limit)
    items = []
    for rid, direction, due, referred_on, contact_id, name, partner in rows:
        name, partner = _name(name), _name(partner)
        if direction is ReferralDirection.INTRODUCTION:
            text = _(
                "Bei {name} nachfragen, ob das Kennenlernen mit {partner} etwas gebracht hat "
                "(Empfehlung vom {date})"
            )
        else:
            text = _(
                "Bei {name} nachfragen, ob die Empfehlung an {partner} gepasst hat "
                "(Empfehlung vom {date})"
            )
        text = text.format(name=name, partner=partner, date=_d(referred_on))
        items.append(AgendaItem(K.FOLLOW_UP, due, contact_id, name, rid, text, (name, partner)))
    return count, items


def _thanks(session: Session, ctx: _Ctx, limit: int | None) -> tuple[int, list[AgendaItem]]:
    stmt = (
        select(Referral.id, Referral.referred_on, Giver.id, Giver.name, Recipient.name)
        .join(Giver, Giver.id == Referral.giver_id)
        .outerjoin(Recipient, Recipient.id == Referral.recipient_id)
        .where(
            Referral.direction == ReferralDirection.INCOMING,
            Referral.status != ReferralStatus.WITHDRAWN,
            Referral.thanked_on.is_(None),
            Giver.erased_at.is_(None),
            ~agenda_state.hidden(K.THANK_REFERRER, Referral.id, ctx.today),
        )
    )
    count, rows = _run(session, stmt, [Referral.referred_on, Referral.id], limit)
    items = []
    for rid, referred_on, giver_id, giver, recipient in rows:
        due = referred_on + dt.timedelta(days=ctx.rules.thank_within_days)
        if recipient:
            text = _("{giver} für die Empfehlung von {recipient} danken (eingegangen am {date})")
            names: tuple[str, ...] = (giver, recipient)
        else:
            text = _("{giver} für die Empfehlung danken (eingegangen am {date})")
            names = (giver,)
        text = text.format(giver=giver, recipient=recipient, date=_d(referred_on))
        items.append(AgendaItem(K.THANK_REFERRER, due, giver_id, giver, rid, text, names))
    return count, items


def _handouts(session: Session, ctx: _Ctx, limit: int | None) -> tuple[int, list[AgendaItem]]:
    until = dt.datetime.combine(
        ctx.today + dt.timedelta(days=ctx.rules.handout_days_ahead + 1), dt.time()
    )
    stmt = (
        select(Engagement.id, Engagement.first_meeting_at, Contact.id, Contact.name)
        .join(Contact, Contact.id == Engagement.contact_id)
        .where(
            Engagement.status.in_([EngagementStatus.REQUEST, EngagementStatus.FIRST_MEETING]),
            Engagement.first_meeting_at >= ctx.now,
            Engagement.first_meeting_at < until,
            Engagement.handout_sent_at.is_(None),
            Contact.erased_at.is_(None),
            ~agenda_state.hidden(K.SEND_HANDOUT, Engagement.id, ctx.today),
        )
    )
    count, rows = _run(session, stmt, [Engagement.first_meeting_at, Engagement.id], limit)
    items = []
    for eid, meeting_at, contact_id, name in rows:
        text = _("„Warum Sie“ an {name} senden – Erstgespräch am {date} um {time} Uhr").format(
            name=name, date=_d(meeting_at.date()), time=format_time(meeting_at)
        )
        items.append(
            AgendaItem(K.SEND_HANDOUT, meeting_at.date(), contact_id, name, eid, text, (name,))
        )
    return count, items


def _feedback_requests(
    session: Session, ctx: _Ctx, limit: int | None
) -> tuple[int, list[AgendaItem]]:
    rules = ctx.rules
    ended_before = ctx.today - dt.timedelta(days=rules.feedback_after_days)
    asked_before = ctx.today - dt.timedelta(days=rules.feedback_remind_after_days)
    has_feedback = exists().where(Feedback.engagement_id == Engagement.id)
    stmt = (
        select(
            Engagement.id,
            Engagement.title,
            Engagement.ended_on,
            Engagement.feedback_requested_on,
            Contact.id,
            Contact.name,
        )
        .join(Contact, Contact.id == Engagement.contact_id)
        .where(
            Engagement.status == EngagementStatus.COMPLETED,
            Engagement.ended_on <= ended_before,
            Engagement.feedback_received_on.is_(None),
            or_(
                Engagement.feedback_requested_on.is_(None),
                Engagement.feedback_requested_on <= asked_before,
            ),
            ~has_feedback,
            Contact.erased_at.is_(None),
            ~agenda_state.hidden(K.REQUEST_FEEDBACK, Engagement.id, ctx.today),
        )
    )
    count, rows = _run(session, stmt, [Engagement.ended_on, Engagement.id], limit)
    items = []
    for eid, title, ended_on, requested_on, contact_id, name in rows:
        if requested_on is None:
            due = ended_on + dt.timedelta(days=rules.feedback_after_days)
            if title:
                text = _("{name} um Feedback bitten – „{title}“ endete am {date}")
            else:
                text = _("{name} um Feedback bitten – der Auftrag endete am {date}")
            text = text.format(name=name, title=title, date=_d(ended_on))
        else:
            due = requested_on + dt.timedelta(days=rules.feedback_remind_after_days)
            text = _("{name} an das Feedback erinnern – angefragt am {date}").format(
                name=name, date=_d(requested_on)
            )
        items.append(AgendaItem(K.REQUEST_FEEDBACK, due, contact_id, name, eid, text, (name,)))
    return count, items


def _asks(session: Session, ctx: _Ctx, limit: int | None) -> tuple[int, list[AgendaItem]]:
    since = ctx.today - dt.timedelta(days=ctx.rules.ask_again_after_days)
    last_ask = (
        select(func.max(ReferralAsk.asked_on))
        .where(ReferralAsk.contact_id == Contact.id)
        .scalar_subquery()
    )
    last_step = (
        select(func.max(SpiralStep.changed_on))
        .where(SpiralStep.contact_id == Contact.id)
        .scalar_subquery()
    )
    asked_recently = exists().where(
        ReferralAsk.contact_id == Contact.id, ReferralAsk.asked_on > since
    )
    # A poor feedback not yet answered by a stage change: a negative spiral in the making.
    poor_feedback = exists().where(
        Engagement.contact_id == Contact.id,
        Feedback.engagement_id == Engagement.id,
        or_(Feedback.recommend_score <= 4, Feedback.expectations_met <= 2),
        or_(last_step.is_(None), Feedback.received_on > last_step),
    )
    # Whoever just referred someone is thanked first, not asked again (cool-down).
    cooled_since = ctx.today - dt.timedelta(days=ctx.rules.ask_cooldown_days)
    referred_lately = exists().where(
        Referral.giver_id == Contact.id, Referral.referred_on > cooled_since
    )
    never_ask = exists().where(ContactCare.contact_id == Contact.id, ContactCare.never_ask)
    stmt = select(Contact.id, Contact.name, Contact.spiral_stage, last_ask, last_step).where(
        Contact.spiral_stage.in_(sorted(ASK_STAGES)),
        Contact.erased_at.is_(None),
        ~asked_recently,
        ~referred_lately,
        ~never_ask,
        ~poor_feedback,
        ~agenda_state.hidden(K.ASK_FOR_REFERRAL, Contact.id, ctx.today),
    )
    # Never asked first, then the longest ago; ties by name.
    order = [last_ask.asc().nulls_first(), Contact.sort_name, Contact.id]
    # A day's worth: at most the cap, so the list can be finished.
    cap = max(ctx.rules.ask_daily_cap, 0)
    count, rows = _run(session, stmt, order, cap if limit is None else min(limit, cap))
    count = min(count, cap)
    items = []
    for cid, name, stage, asked_on, step_on in rows:
        if asked_on is not None:
            due = asked_on + dt.timedelta(days=ctx.rules.ask_again_after_days)
            when = _("zuletzt gefragt am {date}").format(date=_d(asked_on))
        else:
            due = min(step_on or ctx.today, ctx.today)
            when = _("noch nie gefragt")
        text = _("{name} um eine Empfehlung bitten – Stufe {stage}, {when}").format(
            name=name, stage=enum_label(stage), when=when
        )
        items.append(AgendaItem(K.ASK_FOR_REFERRAL, due, cid, name, cid, text, (name,), stage))
    return count, items


def _suggestions(session: Session, ctx: _Ctx, limit: int | None) -> tuple[int, list[AgendaItem]]:
    found = spiral.suggestions(session, ctx.today)
    items = []
    for s in found[: limit if limit is not None else None]:
        current = enum_label(s.current) if s.current else _("noch keine")
        text = _("Stufe von {name} prüfen: Vorschlag {suggested} (bisher {current}) – {reason}")
        text = text.format(
            name=s.contact_name, suggested=enum_label(s.suggested), current=current, reason=s.reason
        )
        items.append(
            AgendaItem(
                K.SPIRAL_SUGGESTION,
                s.evidence_on,
                s.contact_id,
                s.contact_name,
                s.contact_id,
                text,
                (s.contact_name,),
                s.current,
                s.suggested,
            )
        )
    return len(found), items


def _keep_in_touch(session: Session, ctx: _Ctx, limit: int | None) -> tuple[int, list[AgendaItem]]:
    count, found = keep_in_touch.overdue(session, ctx.today, limit)
    items = []
    for o in found:
        if o.last_contact is not None:
            text = _("Bei {name} melden – letzter Kontakt am {date} (alle {days} Tage)").format(
                name=o.name, date=_d(o.last_contact), days=o.rhythm_days
            )
        else:
            text = _("Bei {name} melden – noch kein Kontakt festgehalten (alle {days} Tage)")
            text = text.format(name=o.name, days=o.rhythm_days)
        items.append(
            AgendaItem(
                K.KEEP_IN_TOUCH, o.due_on, o.contact_id, o.name, o.contact_id, text, (o.name,)
            )
        )
    return count, items


def _reminders(session: Session, ctx: _Ctx, limit: int | None) -> tuple[int, list[AgendaItem]]:
    count, rows = reminders.due(session, ctx.today, limit)
    items = []
    for r in rows:
        link = r.link
        name = r.contact_name or ""
        text = f"{name}: {r.text}" if name else r.text
        items.append(
            AgendaItem(
                K.REMINDER,
                r.due_on,
                r.contact_id,
                name,
                r.id,
                text,
                (name,) if name else (),
                link_view=link[0] if link else "",
                link_id=link[1] if link else None,
            )
        )
    return count, items


def _birthdays(session: Session, ctx: _Ctx, limit: int | None) -> tuple[int, list[AgendaItem]]:
    hidden = agenda_state.hidden(K.BIRTHDAY, Contact.id, ctx.today)
    found = birthdays.upcoming(session, ctx.today, BIRTHDAY_DAYS_AHEAD, hidden)
    items = []
    for b in found if limit is None else found[:limit]:
        if b.turns is not None:
            text = _("{name} hat Geburtstag und wird {age}").format(name=b.name, age=b.turns)
        else:
            text = _("{name} hat Geburtstag").format(name=b.name)
        items.append(
            AgendaItem(K.BIRTHDAY, b.on, b.contact_id, b.name, b.contact_id, text, (b.name,))
        )
    return len(found), items


# Birthdays show a week ahead, so that a card can still arrive.
BIRTHDAY_DAYS_AHEAD = 7

_COLLECTORS = {
    K.FOLLOW_UP: _follow_ups,
    K.THANK_REFERRER: _thanks,
    K.SEND_HANDOUT: _handouts,
    K.REQUEST_FEEDBACK: _feedback_requests,
    K.ASK_FOR_REFERRAL: _asks,
    K.SPIRAL_SUGGESTION: _suggestions,
    K.KEEP_IN_TOUCH: _keep_in_touch,
    K.REMINDER: _reminders,
    K.BIRTHDAY: _birthdays,
}
