"""The referral network for the Überblick: people, the referrals between them, a layout.

Edges: an incoming referral goes from the giver to the person they sent me; an
outgoing referral or an introduction from the person with the need to the one I
recommended. Each edge carries its outcome (won, lost, open). :func:`layout` is a
pure function of the edges: each connected group is drawn in columns by chain
depth (who came through whom, left to right), the groups packed in rows, largest
first — linear in the number of people and referrals, so thousands stay quick.
"""

from __future__ import annotations

import math
from collections import defaultdict, deque
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from empfehlung_desktop.model import (
    Contact,
    Engagement,
    EngagementStatus,
    Referral,
    ReferralDirection,
    ReferralOutcome,
    ReferralStatus,
)
from empfehlung_desktop.services.today.overview import Period

WON, LOST, OPEN = "won", "lost", "open"
_WON_STATUSES = (EngagementStatus.ACTIVE, EngagementStatus.COMPLETED)


@dataclass(frozen=True)
class Edge:
    referral_id: int
    source: int
    target: int
    outcome: str  # won, lost, open
    incoming: bool  # an incoming referral (giver → me) rather than one I made


@dataclass(frozen=True)
class Referrer:
    """A top referrer: engagements won through them and the chains they started."""

    contact_id: int
    name: str
    referrals: int
    won: int
    reached: int  # people who came through them, directly or along a chain
    longest_chain: tuple[str, ...]  # names along their longest chain

    def to_dict(self) -> dict[str, Any]:
        return {
            "contact_id": self.contact_id,
            "name": self.name,
            "referrals": self.referrals,
            "engagements_won": self.won,
            "reached": self.reached,
            "longest_chain": list(self.longest_chain),
        }


@dataclass
class Network:
    names: dict[int, str] = field(default_factory=dict)
    edges: list[Edge] = field(default_factory=list)


def _outcome(status: ReferralStatus, outcome: ReferralOutcome | None) -> str:
    if outcome is ReferralOutcome.WON or status is ReferralStatus.WON:
        return WON
    if outcome is ReferralOutcome.LOST or status in (ReferralStatus.LOST, ReferralStatus.WITHDRAWN):
        return LOST
    return OPEN


def load_network(session: Session, period: Period) -> Network:
    """Referrals of the period between two living contacts, with the names."""
    stmt = select(
        Referral.id,
        Referral.direction,
        Referral.status,
        Referral.outcome,
        Referral.giver_id,
        Referral.recipient_id,
        Referral.recommended_id,
    ).where(*period.dates(Referral.referred_on))
    network = Network()
    ids: set[int] = set()
    for rid, direction, status, outcome, giver, recipient, recommended in session.execute(stmt):
        if direction is ReferralDirection.INCOMING:
            source, target = giver, recipient
        else:
            source, target = recipient, recommended
        if source is None or target is None or source == target:
            continue
        incoming = direction is ReferralDirection.INCOMING
        network.edges.append(Edge(rid, source, target, _outcome(status, outcome), incoming))
        ids.update((source, target))
    if ids:
        erased: set[int] = set()
        for chunk in _chunks(sorted(ids)):
            rows = session.execute(
                select(Contact.id, Contact.name, Contact.erased_at).where(Contact.id.in_(chunk))
            )
            for cid, name, erased_at in rows:
                if erased_at is not None:
                    erased.add(cid)
                else:
                    network.names[cid] = name
        if erased:
            network.edges = [
                e for e in network.edges if e.source not in erased and e.target not in erased
            ]
    return network


def _chunks(values: list[int], size: int = 900) -> list[list[int]]:
    return [values[i : i + size] for i in range(0, len(values), size)]


def top_referrers(
    session: Session, network: Network, period: Period, limit: int = 5
) -> list[Referrer]:
    """Givers of incoming referrals, most engagements won through them first."""
    given: dict[int, int] = defaultdict(int)
    children: dict[int, list[int]] = defaultdict(list)
    for edge in network.edges:
        if edge.incoming:
            given[edge.source] += 1
            children[edge.source].append(edge.target)
    if not given:
        return []
    won_stmt = (
        select(Engagement.referred_by_id, func.count(Engagement.id))
        .where(
            Engagement.referred_by_id.is_not(None),
            Engagement.status.in_(_WON_STATUSES),
            *period.datetimes(Engagement.created_at),
        )
        .group_by(Engagement.referred_by_id)
    )
    won = {int(cid): int(n) for cid, n in session.execute(won_stmt) if cid in given}
    ranked = sorted(given, key=lambda c: (-won.get(c, 0), -given[c], network.names.get(c, "")))
    result = []
    for cid in ranked[:limit]:
        reached, chain = _downstream(cid, children)
        result.append(
            Referrer(
                cid,
                network.names.get(cid, ""),
                given[cid],
                won.get(cid, 0),
                reached,
                tuple(network.names.get(c, "") for c in chain),
            )
        )
    return result


def _downstream(start: int, children: dict[int, list[int]]) -> tuple[int, list[int]]:
    """How many people are reachable from ``start`` and the longest simple chain (BFS tree)."""
    parent: dict[int, int | None] = {start: None}
    depth = {start: 0}
    queue = deque([start])
    deepest = start
    while queue:
        current = queue.popleft()
        for child in children.get(current, ()):
            if child not in parent:
                parent[child] = current
                depth[child] = depth[current] + 1
                if depth[child] > depth[deepest]:
                    deepest = child
                queue.append(child)
    chain: list[int] = []
    step: int | None = deepest
    while step is not None:
        chain.append(step)
        step = parent[step]
    return len(parent) - 1, list(reversed(chain))


@dataclass(frozen=True)
class Layout:
    """Positions of the people (centres) and the size of the picture."""

    positions: dict[int, tuple[float, float]]
    width: float
    height: float


def layout(
    edges: list[Edge],
    *,
    column: float = 190.0,
    row: float = 46.0,
    gap: float = 60.0,
    max_width: float = 2400.0,
) -> Layout:
    """Small groups in columns by chain depth (left to right), large ones as stars (each
    referrer amid the people they sent); the groups packed in rows, largest first."""
    neighbours: dict[int, set[int]] = defaultdict(set)
    children: dict[int, list[int]] = defaultdict(list)
    has_parent: set[int] = set()
    for edge in edges:
        neighbours[edge.source].add(edge.target)
        neighbours[edge.target].add(edge.source)
        children[edge.source].append(edge.target)
        has_parent.add(edge.target)
    groups = _components(neighbours)
    groups.sort(key=lambda g: (-len(g), min(g)))
    positions: dict[int, tuple[float, float]] = {}
    x = y = shelf = width = 0.0
    for group in groups:
        if len(group) > STAR_FROM:
            local, w, h = _stars(group, children, has_parent, row, max_width)
        else:
            local, w, h = _columns(group, children, has_parent, column, row)
        if x > 0 and x + w > max_width:
            x, y, shelf = 0.0, y + shelf + gap, 0.0
        for node, (lx, ly) in local.items():
            positions[node] = (x + lx, y + ly)
        x += w + gap
        shelf = max(shelf, h)
        width = max(width, x - gap)
    return Layout(positions, width, y + shelf)


# Groups with more people than this are drawn as stars, not columns.
STAR_FROM = 60
_GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))
_FIRST = 2.5  # keeps the first people of a star off its referrer


def _columns(
    group: list[int],
    children: dict[int, list[int]],
    has_parent: set[int],
    column: float,
    row: float,
) -> tuple[dict[int, tuple[float, float]], float, float]:
    depth = _depths(group, children, has_parent)
    columns: dict[int, list[int]] = defaultdict(list)
    for node in sorted(group):
        columns[depth[node]].append(node)
    w = (max(columns) + 1) * column
    h = max(len(c) for c in columns.values()) * row
    local = {}
    for d, nodes in columns.items():
        offset = (h - len(nodes) * row) / 2
        for i, node in enumerate(nodes):
            local[node] = (d * column + column / 2, offset + i * row + row / 2)
    return local, w, h


def _stars(
    group: list[int],
    children: dict[int, list[int]],
    has_parent: set[int],
    row: float,
    max_width: float,
) -> tuple[dict[int, tuple[float, float]], float, float]:
    """Each referrer in the middle of a ring of the people they sent first; the stars
    follow each other along the chains (breadth first from the busiest referrers)."""
    members = set(group)
    hubs = sorted((n for n in group if children.get(n)), key=lambda n: (-len(children[n]), n))
    owner: dict[int, int] = {}
    order: list[int] = []
    seen: set[int] = set()
    for start in hubs:
        if start in seen:
            continue
        queue = deque([start])
        seen.add(start)
        while queue:
            hub = queue.popleft()
            order.append(hub)
            for child in children.get(hub, ()):
                if child in members and child not in owner and not children.get(child):
                    owner[child] = hub
                if child in members and children.get(child) and child not in seen:
                    seen.add(child)
                    queue.append(child)
    ring: dict[int, list[int]] = defaultdict(list)
    for child, hub in owner.items():
        ring[hub].append(child)
    loose = [n for n in group if n not in owner and not children.get(n)]
    local: dict[int, tuple[float, float]] = {}
    x = y = shelf = width = 0.0
    spacing = row * 0.8
    for hub in order + loose:
        around = sorted(ring.get(hub, ()))
        # A sunflower around the referrer: the area grows with the number of people.
        radius = spacing * math.sqrt(len(around) + _FIRST) if around else 0.0
        size = 2 * radius + row * 2
        if x > 0 and x + size > max_width:
            x, y, shelf = 0.0, y + shelf, 0.0
        cx, cy = x + size / 2, y + size / 2
        local[hub] = (cx, cy)
        for i, node in enumerate(around):
            r = spacing * math.sqrt(i + _FIRST)
            angle = i * _GOLDEN_ANGLE
            local[node] = (cx + r * math.cos(angle), cy + r * math.sin(angle))
        x += size
        shelf = max(shelf, size)
        width = max(width, x)
    return local, width, y + shelf


def _components(neighbours: dict[int, set[int]]) -> list[list[int]]:
    seen: set[int] = set()
    groups = []
    for start in sorted(neighbours):
        if start in seen:
            continue
        seen.add(start)
        group, queue = [], deque([start])
        while queue:
            node = queue.popleft()
            group.append(node)
            for other in neighbours[node]:
                if other not in seen:
                    seen.add(other)
                    queue.append(other)
        groups.append(group)
    return groups


def _depths(
    group: list[int], children: dict[int, list[int]], has_parent: set[int]
) -> dict[int, int]:
    """Distance from the group's starting people (those nobody sent); cycles are cut."""
    roots = [n for n in group if n not in has_parent] or [min(group)]
    depth = {n: 0 for n in roots}
    queue = deque(roots)
    while queue:
        node = queue.popleft()
        for child in children.get(node, ()):
            if child not in depth:
                depth[child] = depth[node] + 1
                queue.append(child)
    for node in group:  # reached only against the arrows
        depth.setdefault(node, 0)
    return depth
