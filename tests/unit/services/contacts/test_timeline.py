import datetime as dt

import pytest
from sqlalchemy import select

from empfehlung_desktop.errors import NotFoundError
from empfehlung_desktop.model import ActivityKind, Contact
from empfehlung_desktop.services.contacts import activities as acts
from empfehlung_desktop.services.contacts.timeline import build_timeline
from empfehlung_desktop.store.database import Database
from tests.conftest import DEMO_TODAY


def contact_id(db: Database, name: str) -> int:
    with db.reader() as s:
        return int(s.scalar(select(Contact.id).where(Contact.name == name)) or 0)


def test_referrer_story_counts_given_referrals_and_is_newest_first(demo_db: Database) -> None:
    cid = contact_id(demo_db, "Ursula Krämer")
    with demo_db.reader() as s:
        story = build_timeline(s, cid)
    assert story.referrals_given == 2
    assert story.last_contact == DEMO_TODAY - dt.timedelta(days=40)
    days = [e.on for e in story.entries]
    assert days == sorted(days, reverse=True)
    kinds = {e.kind for e in story.entries}
    assert {"referral_given", "activity"} <= kinds
    given = [e for e in story.entries if e.kind == "referral_given"]
    assert all(e.view == "referrals" and e.record_id > 0 for e in given)
    assert any("Annika Vogt" in e.title for e in given)


def test_client_story_holds_engagement_meeting_feedback_and_spiral(demo_db: Database) -> None:
    cid = contact_id(demo_db, "Katarzyna Nowak")
    with demo_db.reader() as s:
        story = build_timeline(s, cid)
    kinds = {e.kind for e in story.entries}
    assert {"first_meeting", "engagement_end", "feedback", "spiral", "activity"} <= kinds
    assert story.engagements >= 1
    views = {e.kind: e.view for e in story.entries}
    assert views["feedback"] == "feedback" and views["first_meeting"] == "engagements"
    data = story.to_dict()
    assert data["counts"]["engagements"] == story.engagements
    assert data["entries"][0]["on"] >= data["entries"][-1]["on"]


def test_a_new_activity_is_on_top(demo_db: Database) -> None:
    cid = contact_id(demo_db, "Stefan Ludwig")
    with demo_db.session() as s:
        acts.add_activity(
            s, cid, ActivityKind.CALL, DEMO_TODAY, "Heute telefoniert", today=DEMO_TODAY
        )
    with demo_db.reader() as s:
        story = build_timeline(s, cid)
    assert story.entries[0].detail == "Heute telefoniert"
    assert story.last_contact == DEMO_TODAY


def test_missing_contact_is_not_found(db: Database) -> None:
    with pytest.raises(NotFoundError), db.reader() as s:
        build_timeline(s, 4711)
