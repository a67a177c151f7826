"""Keep in touch: people whose rhythm (per role) has run out since the last contact.

The last contact is the newest logged activity; a person with none counts from the
day they were entered. With several roles the shortest rhythm applies; a rhythm of
0 days switches a role off. A person's own rhythm (``contact_care``, see
:mod:`services.today.care`) overrides their roles' (0 = never for this person).
Filtered, ordered (most overdue first) and limited in SQL.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Date, and_, case, cast, func, literal, or_, select
from sqlalchemy.orm import Session

from empfehlung_desktop.model import Activity, AgendaKind, Contact, ContactCare, Role
from empfehlung_desktop.services import settings
from empfehlung_desktop.services.today import agenda_state

# Setting key per role, in the order roles are checked.
RHYTHM_KEYS: dict[Role, str] = {
    Role.PARTNER: "today.keep_in_touch_partner_days",
    Role.REFERRER: "today.keep_in_touch_referrer_days",
    Role.CLIENT: "today.keep_in_touch_client_days",
    Role.PROSPECT: "today.keep_in_touch_prospect_days",
}


@dataclass(frozen=True)
class Overdue:
    """One person to get in touch with again."""

    contact_id: int
    name: str
    last_contact: dt.date | None
    rhythm_days: int
    due_on: dt.date


def rhythms(session: Session) -> dict[Role, int]:
    """Days per role from the settings (0 = no reminders for that role)."""
    return {role: int(settings.get(session, key)) for role, key in RHYTHM_KEYS.items()}


def _day(session: Session, value: Any) -> Any:
    # A DateTime as a date: SQLite's CAST would keep only the year.
    if session.get_bind().dialect.name == "sqlite":
        return func.date(value)
    return cast(value, Date)


def overdue(session: Session, today: dt.date, limit: int | None) -> tuple[int, list[Overdue]]:
    """How many people are overdue on ``today`` and the first ``limit`` of them."""
    # Shortest rhythm first, so the first matching role gives the person's rhythm.
    active = sorted(((d, r) for r, d in rhythms(session).items() if d > 0), key=lambda x: x[0])
    last_activity = (
        select(func.max(Activity.occurred_on))
        .where(Activity.contact_id == Contact.id)
        .correlate(Contact)
        .scalar_subquery()
    )
    has = [Contact.roles.op("&")(int(role)) != 0 for _days, role in active]
    own = ContactCare.keep_in_touch_days
    role_rhythm: Any = (
        case(*[(cond, literal(days)) for cond, (days, _r) in zip(has, active, strict=True)])
        if active
        else literal(None)
    )
    inner = (
        select(
            Contact.id.label("id"),
            Contact.name.label("name"),
            Contact.sort_name.label("sort_name"),
            last_activity.label("last_contact"),
            func.coalesce(last_activity, _day(session, Contact.created_at)).label("since"),
            own.label("own"),
            func.coalesce(own, role_rhythm).label("rhythm"),
        )
        .outerjoin(ContactCare, ContactCare.contact_id == Contact.id)
        .where(
            Contact.erased_at.is_(None),
            or_(and_(own.is_(None), or_(*has, literal(False))), own > 0),
            ~agenda_state.hidden(AgendaKind.KEEP_IN_TOUCH, Contact.id, today),
        )
    )
    rows = inner.subquery()
    # Due when since + rhythm <= today, i.e. since <= today - rhythm, per rhythm value
    # (comparable on the date itself); a person's own rhythm by date arithmetic.
    due = or_(
        *[
            and_(
                rows.c.own.is_(None),
                rows.c.rhythm == days,
                rows.c.since <= today - dt.timedelta(days=days),
            )
            for days in sorted({d for d, _r in active})
        ],
        and_(
            rows.c.own.is_not(None),
            _plus_days(session, rows.c.since, rows.c.own) <= _plus_days(session, today, 0),
        ),
    )
    stmt = select(rows.c.id, rows.c.name, rows.c.last_contact, rows.c.since, rows.c.rhythm).where(
        due
    )
    total = int(session.scalar(select(func.count()).select_from(stmt.subquery())) or 0)
    if limit == 0 or total == 0:
        return total, []
    # Most overdue first: the earliest due day (since + rhythm), then by name.
    stmt = stmt.order_by(
        _plus_days(session, rows.c.since, rows.c.rhythm), rows.c.sort_name, rows.c.id
    )
    if limit is not None:
        stmt = stmt.limit(limit)
    found = [
        Overdue(cid, name, _date(last), int(days), _date(since) + dt.timedelta(days=int(days)))
        for cid, name, last, since, days in session.execute(stmt)
    ]
    return total, found


def _plus_days(session: Session, day: Any, days: Any) -> Any:
    """SQL: ``day`` plus ``days`` days, for ordering (SQLite has no date arithmetic)."""
    if session.get_bind().dialect.name == "sqlite":
        return func.julianday(day.isoformat() if isinstance(day, dt.date) else day) + days
    if isinstance(day, dt.date):
        day = literal(day, Date)
    return day + days


def _date(value: Any) -> Any:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])
