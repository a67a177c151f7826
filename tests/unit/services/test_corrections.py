"""Whatever was entered can be deleted again, taking along only what belongs to it."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from empfehlung_desktop.errors import ConflictError, NotFoundError
from empfehlung_desktop.model import (
    Contact,
    Engagement,
    Feedback,
    Referral,
    ReferralDirection,
    ReferralEvent,
)
from empfehlung_desktop.services.engagements import engagements as es
from empfehlung_desktop.services.engagements import removal as engagement_removal
from empfehlung_desktop.services.feedback import removal as feedback_removal
from empfehlung_desktop.services.referrals import referrals as rs
from empfehlung_desktop.store.database import Database


def _count(db: Database, entity: type) -> int:
    with db.reader() as s:
        return int(s.scalar(select(func.count()).select_from(entity)) or 0)


def test_deleting_a_referral_removes_its_history_and_keeps_people_and_anfragen(
    demo_db: Database,
) -> None:
    with demo_db.session() as s:
        incoming = s.scalars(
            select(Referral).where(Referral.direction == ReferralDirection.INCOMING)
        ).first()
        assert incoming is not None
        referral_id = incoming.id
        engagement_id = es.create_from_referral(s, referral_id).id
        version = incoming.version
    contacts, events = _count(demo_db, Contact), _count(demo_db, ReferralEvent)
    with pytest.raises(ConflictError), demo_db.session() as s:
        rs.delete_referral(s, referral_id, expected_version=version + 1)
    with demo_db.session() as s:
        rs.delete_referral(s, referral_id, expected_version=version)
    with demo_db.reader() as s:
        assert s.get(Referral, referral_id) is None
        assert s.get(Engagement, engagement_id).referral_id is None
    assert _count(demo_db, Contact) == contacts and _count(demo_db, ReferralEvent) < events
    with pytest.raises(NotFoundError), demo_db.session() as s:
        rs.delete_referral(s, referral_id)


def test_deleting_feedback_resets_the_received_date(demo_db: Database) -> None:
    with demo_db.reader() as s:
        feedback = s.scalars(select(Feedback)).first()
        assert feedback is not None
        feedback_id, engagement_id = feedback.id, feedback.engagement_id
    with demo_db.session() as s:
        feedback_removal.delete_feedback(s, feedback_id)
    with demo_db.reader() as s:
        assert s.get(Feedback, feedback_id) is None
        assert s.get(Engagement, engagement_id).feedback_received_on is None


def test_deleting_an_engagement_takes_its_feedback_along(demo_db: Database) -> None:
    with demo_db.reader() as s:
        engagement_id = s.scalars(select(Feedback.engagement_id)).first()
    with demo_db.reader() as s:
        impact = engagement_removal.deletion_impact(s, engagement_id)
    assert impact.feedback_count == 1 and impact.contact_name
    before = _count(demo_db, Feedback)
    with demo_db.session() as s:
        engagement_removal.delete_engagement(s, engagement_id)
    with demo_db.reader() as s:
        assert s.get(Engagement, engagement_id) is None
    assert _count(demo_db, Feedback) == before - 1
