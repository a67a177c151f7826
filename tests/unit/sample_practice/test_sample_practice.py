"""The sample practice: built through the services, valid under the app's own rules."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

from sqlalchemy import func, select

import empfehlung_desktop.model as model
from empfehlung_desktop import sample_practice
from empfehlung_desktop.model import Engagement, EngagementStatus, Feedback, Referral
from empfehlung_desktop.model.workflow import INITIAL_STATUS, TRANSITIONS
from empfehlung_desktop.sample_practice.build import build_demo
from empfehlung_desktop.services.engagements.engagements import (
    TRANSITIONS as ENGAGEMENT_TRANSITIONS,
)
from empfehlung_desktop.store.database import Database, open_database
from tests.conftest import DEMO_TODAY

PACKAGE = Path(sample_practice.__file__).parent
# Bulk contacts for scale tests are inserted with Core on purpose (see its docstring).
BULK_MODULE = "generated.py"


def test_every_referral_walked_only_allowed_steps(demo_db: Database) -> None:
    with demo_db.reader() as s:
        referrals = list(s.scalars(select(Referral)))
        assert len(referrals) == 17
        for referral in referrals:
            status = INITIAL_STATUS[referral.direction]
            events = referral.events
            assert events[0].from_status is None and events[0].to_status is status
            for event in events[1:]:
                assert event.from_status is status
                if event.to_status is not status:
                    assert event.to_status in TRANSITIONS[referral.direction][status]
                    status = event.to_status
            assert status is referral.status, referral
            days = [e.occurred_on for e in events]
            assert days == sorted(days) and days[-1] <= DEMO_TODAY


def test_engagements_and_feedback_are_states_the_app_allows(demo_db: Database) -> None:
    ended = (EngagementStatus.COMPLETED, EngagementStatus.DECLINED, EngagementStatus.REFERRED)
    reachable = {EngagementStatus.REQUEST}
    for targets in ENGAGEMENT_TRANSITIONS.values():
        reachable.update(targets)
    with demo_db.reader() as s:
        for engagement in s.scalars(select(Engagement)):
            assert engagement.status in reachable
            assert (engagement.ended_on is not None) == (engagement.status in ended), engagement
            # Sample forms are made like real ones (with a checksum), never pre-set.
            assert engagement.feedback_token is None
        pairs = s.execute(select(Feedback, Engagement).join(Engagement)).all()
        assert len(pairs) == 5
        for feedback, engagement in pairs:
            assert engagement.status is EngagementStatus.COMPLETED
            assert engagement.feedback_received_on == feedback.received_on


def test_same_day_same_practice_and_dates_follow_today(tmp_path: Path) -> None:
    def built(name: str, today: dt.date) -> list[tuple[object, ...]]:
        db = open_database(f"sqlite:///{tmp_path / name}")
        with db.session() as s:
            build_demo(s, today)
        with db.reader() as s:
            rows = s.execute(
                select(Referral.status, Referral.referred_on, Referral.follow_up_on).order_by(
                    Referral.id
                )
            ).all()
            assert s.scalar(select(func.count()).select_from(model.Contact)) == 57
        db.dispose()
        return [tuple(row) for row in rows]

    first = built("a.db", DEMO_TODAY)
    assert built("b.db", DEMO_TODAY) == first
    shift = dt.timedelta(days=40)
    later = built("c.db", DEMO_TODAY + shift)
    assert later == [
        (status, on + shift, follow + shift if follow else None) for status, on, follow in first
    ]


def test_built_through_the_services_not_by_writing_rows() -> None:
    """Apart from the bulk contacts, no module adds rows or creates entities itself."""
    entities = {
        name
        for name in model.__all__
        if isinstance(getattr(model, name), type) and hasattr(getattr(model, name), "__tablename__")
    }
    for path in PACKAGE.glob("*.py"):
        if path.name == BULK_MODULE:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func_node = node.func
            name = func_node.attr if isinstance(func_node, ast.Attribute) else None
            assert name not in ("add", "add_all", "execute"), f"{path.name}:{node.lineno}"
            if isinstance(func_node, ast.Name):
                assert func_node.id not in entities, f"{path.name}:{node.lineno}"
