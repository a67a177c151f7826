"""Give and take per network partner ("Geben und Nehmen"), counted in SQL.

Deliberately counts, never money or a balance owed: the value of a network lies
in the relationship. ``given``: outgoing referrals I passed to the partner
(unless they declined or it was withdrawn); ``received``: incoming referrals
they gave me; ``introductions``: introductions they were part of.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, case, func, literal, select, union_all
from sqlalchemy.orm import Session

from empfehlung_desktop.model import (
    Contact,
    Referral,
    ReferralDirection,
    ReferralStatus,
    Role,
)
from empfehlung_desktop.store import search

D = ReferralDirection
S = ReferralStatus
_NOT_GIVEN = (S.PARTNER_DECLINED, S.WITHDRAWN)


@dataclass(frozen=True)
class PartnerExchange:
    """Give and take with one partner, all time and in the last 12 months."""

    contact_id: int
    name: str
    organisation: str
    profession: str
    competences: str
    given: int
    received: int
    introductions: int
    given_12m: int
    received_12m: int
    introductions_12m: int
    last_exchange: dt.date | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "partner_id": self.contact_id,
            "name": self.name,
            "organisation": self.organisation,
            "profession": self.profession,
            "given": self.given,
            "received": self.received,
            "introductions": self.introductions,
            "given_12m": self.given_12m,
            "received_12m": self.received_12m,
            "introductions_12m": self.introductions_12m,
            "last_exchange": self.last_exchange.isoformat() if self.last_exchange else None,
        }


def _exchanges() -> Any:
    """One row per (partner, kind, day) exchange, as a subquery."""
    given = select(
        Referral.recommended_id.label("partner_id"),
        literal("given").label("kind"),
        Referral.referred_on.label("day"),
    ).where(
        Referral.direction == D.OUTGOING,
        Referral.recommended_id.is_not(None),
        Referral.status.not_in(_NOT_GIVEN),
    )
    received = select(Referral.giver_id, literal("received"), Referral.referred_on).where(
        Referral.direction == D.INCOMING, Referral.giver_id.is_not(None)
    )
    intro_recommended = select(
        Referral.recommended_id, literal("introduction"), Referral.referred_on
    ).where(Referral.direction == D.INTRODUCTION, Referral.recommended_id.is_not(None))
    intro_recipient = select(
        Referral.recipient_id, literal("introduction"), Referral.referred_on
    ).where(Referral.direction == D.INTRODUCTION, Referral.recipient_id.is_not(None))
    return union_all(given, received, intro_recommended, intro_recipient).subquery("exchange")


def reciprocity(
    session: Session,
    today: dt.date,
    partner_filter: ColumnElement[bool] | None = None,
    limit: int | None = None,
) -> list[PartnerExchange]:
    """Every network partner with their give and take, most recent exchange first."""
    since = today - dt.timedelta(days=365)
    ex = _exchanges()

    def count(kind: str, recent: bool = False) -> Any:
        cond = ex.c.kind == kind
        if recent:
            cond = cond & (ex.c.day >= since)
        return func.coalesce(func.sum(case((cond, 1), else_=0)), 0)

    stats = (
        select(
            ex.c.partner_id,
            count("given").label("given"),
            count("received").label("received"),
            count("introduction").label("introductions"),
            count("given", True).label("given_12m"),
            count("received", True).label("received_12m"),
            count("introduction", True).label("introductions_12m"),
            func.max(ex.c.day).label("last_exchange"),
        )
        .group_by(ex.c.partner_id)
        .subquery("stats")
    )
    stmt = (
        select(
            Contact.id,
            Contact.name,
            Contact.organisation,
            Contact.profession,
            Contact.competences,
            *(func.coalesce(stats.c[k], 0) for k in _COUNTS),
            stats.c.last_exchange,
        )
        .outerjoin(stats, stats.c.partner_id == Contact.id)
        .where(Contact.erased_at.is_(None), Contact.roles.op("&")(int(Role.PARTNER)) != 0)
        .order_by(stats.c.last_exchange.desc().nulls_last(), Contact.sort_name, Contact.id)
    )
    if partner_filter is not None:
        stmt = stmt.where(partner_filter)
    if limit is not None:
        stmt = stmt.limit(limit)
    rows = session.execute(stmt).all()
    return [_row(r) for r in rows]


_COUNTS = ("given", "received", "introductions", "given_12m", "received_12m", "introductions_12m")


def _row(row: Any) -> PartnerExchange:
    values = list(row)
    last = values[-1]
    if isinstance(last, str):  # SQLite returns MAX() over a UNION as text
        last = dt.date.fromisoformat(last)
    counts = dict(zip(_COUNTS, (int(v) for v in values[5:11]), strict=True))
    return PartnerExchange(
        contact_id=values[0],
        name=values[1],
        organisation=values[2],
        profession=values[3],
        competences=values[4],
        last_exchange=last,
        **counts,
    )


@dataclass(frozen=True)
class PartnerCandidate:
    """A partner found for a referral, with the give-and-take and the last referral."""

    exchange: PartnerExchange
    last_referral_id: int | None
    last_referral_on: dt.date | None
    last_referral_direction: ReferralDirection | None
    last_referral_status: ReferralStatus | None

    @property
    def contact_id(self) -> int:
        return self.exchange.contact_id


def find_partners(
    session: Session, text: str, today: dt.date, limit: int = 50
) -> list[PartnerCandidate]:
    """Network partners matching ``text`` (competence, profession, name …) via the index."""
    where = search.contact_filter(text, use_fts=search.has_fts(session))
    exchanges = reciprocity(session, today, partner_filter=where, limit=limit)
    last = _last_referrals(session, [e.contact_id for e in exchanges])
    return [
        PartnerCandidate(e, *last.get(e.contact_id, (None, None, None, None))) for e in exchanges
    ]


def _last_referrals(session: Session, contact_ids: list[int]) -> dict[int, tuple[Any, ...]]:
    """The most recent referral each contact took part in (window function in SQL)."""
    if not contact_ids:
        return {}
    people = union_all(
        *(
            select(column.label("contact_id"), Referral.id.label("referral_id")).where(
                column.in_(contact_ids)
            )
            for column in (Referral.giver_id, Referral.recommended_id, Referral.recipient_id)
        )
    ).subquery("people")
    ranked = (
        select(
            people.c.contact_id,
            Referral.id,
            Referral.referred_on,
            Referral.direction,
            Referral.status,
            func.row_number()
            .over(
                partition_by=people.c.contact_id,
                order_by=(Referral.referred_on.desc(), Referral.id.desc()),
            )
            .label("rank"),
        )
        .join(Referral, Referral.id == people.c.referral_id)
        .subquery("ranked")
    )
    rows = session.execute(
        select(
            ranked.c.contact_id,
            ranked.c.id,
            ranked.c.referred_on,
            ranked.c.direction,
            ranked.c.status,
        ).where(ranked.c.rank == 1)
    ).all()
    return {row[0]: tuple(row[1:]) for row in rows}
