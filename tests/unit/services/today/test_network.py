"""The referral network: edges with outcomes, top referrers with chains, the layout."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from empfehlung_desktop.model import (
    Contact,
    Engagement,
    EngagementStatus,
    Referral,
    ReferralDirection,
    ReferralOutcome,
    ReferralStatus,
    sort_key,
)
from empfehlung_desktop.services.today import network
from empfehlung_desktop.services.today.overview import Period
from empfehlung_desktop.store.database import Database
from tests.conftest import DEMO_TODAY

DAY = dt.date(2026, 6, 1)


def person(s: Session, name: str) -> int:
    contact = Contact(name=name, sort_name=sort_key(name))
    s.add(contact)
    s.flush()
    return contact.id


def incoming(s: Session, giver: int, recipient: int, status: ReferralStatus, day: dt.date) -> int:
    referral = Referral(
        direction=ReferralDirection.INCOMING,
        status=status,
        giver_id=giver,
        recipient_id=recipient,
        referred_on=day,
    )
    s.add(referral)
    s.flush()
    return referral.id


def test_chain_outcomes_and_top_referrers(db: Database) -> None:
    with db.session() as s:
        a, b, c, d, p = (person(s, n) for n in ("Anna", "Bert", "Cora", "Dora", "Paul"))
        incoming(s, a, b, ReferralStatus.WON, DAY)
        incoming(s, b, c, ReferralStatus.RECEIVED, DAY + dt.timedelta(days=30))
        incoming(s, a, d, ReferralStatus.LOST, DAY - dt.timedelta(days=400))
        s.add(
            Referral(
                direction=ReferralDirection.OUTGOING,
                status=ReferralStatus.CLOSED,
                outcome=ReferralOutcome.WON,
                recipient_id=c,
                recommended_id=p,
                referred_on=DAY,
            )
        )
        s.add(Engagement(contact_id=b, referred_by_id=a, status=EngagementStatus.COMPLETED))
        s.add(Engagement(contact_id=c, referred_by_id=b, status=EngagementStatus.REQUEST))
    with db.reader() as s:
        everything = network.load_network(s, Period())
        outcomes = {(e.source, e.target): (e.outcome, e.incoming) for e in everything.edges}
        assert outcomes == {
            (a, b): ("won", True),
            (b, c): ("open", True),
            (a, d): ("lost", True),
            (c, p): ("won", False),
        }
        top = network.top_referrers(s, everything, Period())
        assert [(r.name, r.won, r.referrals, r.reached) for r in top] == [
            ("Anna", 1, 2, 3),
            ("Bert", 0, 1, 1),
        ]
        assert top[0].longest_chain == ("Anna", "Bert", "Cora")
        assert top[0].to_dict()["engagements_won"] == 1
        recent = network.load_network(s, Period(DAY, DAY + dt.timedelta(days=60)))
        assert {(e.source, e.target) for e in recent.edges} == {(a, b), (b, c), (c, p)}
    placed = network.layout(everything.edges)
    xs = {n: placed.positions[n][0] for n in (a, b, c, p)}
    # Along the chain, left to right.
    assert xs[a] < xs[b] < xs[c] < xs[p]
    assert placed.width > 0 and placed.height > 0


def test_large_groups_become_stars_that_stay_compact() -> None:
    edges = [network.Edge(i, 1 + i % 20, 100 + i, "open", True) for i in range(2000)] + [
        network.Edge(5000 + i, 1 + i, 2 + i, "won", True) for i in range(19)
    ]
    placed = network.layout(edges)
    assert len(placed.positions) == 2020
    assert placed.width <= 2400 and placed.width * placed.height < 10_000 * 2020
    spots = {(round(x), round(y)) for x, y in placed.positions.values()}
    assert len(spots) == 2020  # nobody drawn on top of someone else


def test_demo_network_has_edges_and_referrers(demo_db: Database) -> None:
    with demo_db.reader() as s:
        found = network.load_network(s, Period.named("all", DEMO_TODAY))
        top = network.top_referrers(s, found, Period.named("all", DEMO_TODAY))
    assert found.edges and top
    assert all(found.names[e.source] and found.names[e.target] for e in found.edges)
