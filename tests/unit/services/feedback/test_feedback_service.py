from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from empfehlung_desktop.errors import ValidationError
from empfehlung_desktop.model import (
    Contact,
    Engagement,
    EngagementStatus,
    Feedback,
    QuotePermission,
    SpiralStage,
)
from empfehlung_desktop.services.feedback import feedback as fs
from empfehlung_desktop.services.feedback.tokens import TokenError, ensure_token, verify_token
from empfehlung_desktop.store.database import Database
from tests.conftest import DEMO_TODAY


def _open_id(db: Database) -> int:
    with db.reader() as session:
        return fs.engagements_without_feedback(session)[0].id


def test_add_sets_received_date_and_suggests_stage(demo_db: Database) -> None:
    engagement_id = _open_id(demo_db)
    with demo_db.session() as session:
        outcome = fs.add_feedback(
            session,
            fs.FeedbackData(
                engagement_id, first_time="Endlich Ruhe", recommend_score=10, expectations_met=5
            ),
            today=DEMO_TODAY,
        )
    assert outcome.warning is None
    assert outcome.suggested_stage is SpiralStage.ENTHUSIASM
    with demo_db.reader() as session:
        engagement = session.get(Engagement, engagement_id)
        assert engagement is not None and engagement.feedback_received_on == DEMO_TODAY
        # The stage is only suggested, never changed silently.
        assert engagement.contact.spiral_stage is outcome.current_stage


def test_poor_score_warns_and_apply_records_history(demo_db: Database) -> None:
    engagement_id = _open_id(demo_db)
    with demo_db.session() as session:
        outcome = fs.add_feedback(
            session, fs.FeedbackData(engagement_id, recommend_score=3), today=DEMO_TODAY
        )
        assert outcome.warning and "Gespräch" in outcome.warning
        assert outcome.suggested_stage is SpiralStage.DISSATISFIED
        fs.apply_spiral_stage(session, outcome.contact_id, outcome.suggested_stage, DEMO_TODAY)
    with demo_db.reader() as session:
        contact = session.get(Contact, outcome.contact_id)
        assert contact is not None and contact.spiral_stage is SpiralStage.DISSATISFIED
        assert contact.spiral_steps[-1].note == "Nach Feedback"


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"recommend_score": 11}, "recommend_score"),
        ({"expectations_met": 0}, "expectations_met"),
        ({}, "first_time"),
        ({"benefit": "   \n "}, "first_time"),
    ],
)
def test_validation_messages_are_german(demo_db: Database, data: dict, field: str) -> None:  # type: ignore[type-arg]
    engagement_id = _open_id(demo_db)
    with pytest.raises(ValidationError) as info, demo_db.session() as session:
        fs.add_feedback(session, fs.FeedbackData(engagement_id, **data), today=DEMO_TODAY)
    assert field in info.value.fields


def test_refuses_second_feedback_and_unfinished_engagement(demo_db: Database) -> None:
    with demo_db.reader() as session:
        done = session.scalar(select(Feedback.engagement_id).limit(1))
        request = session.scalar(
            select(Engagement.id).where(Engagement.status == EngagementStatus.REQUEST).limit(1)
        )
    assert done is not None and request is not None
    with pytest.raises(fs.DuplicateFeedbackError), demo_db.session() as session:
        fs.add_feedback(session, fs.FeedbackData(done, recommend_score=9), today=DEMO_TODAY)
    with pytest.raises(ValidationError, match="Anfrage"), demo_db.session() as session:
        fs.add_feedback(session, fs.FeedbackData(request, recommend_score=9), today=DEMO_TODAY)


def test_filters_run_in_sql(demo_db: Database) -> None:
    with demo_db.reader() as session:
        everything = fs.count_feedback(session, fs.FeedbackQuery())
        promoters = fs.fetch_feedback(session, fs.FeedbackQuery(category="promoter"))
        detractors = fs.fetch_feedback(session, fs.FeedbackQuery(category="detractor"))
        named = fs.fetch_feedback(session, fs.FeedbackQuery(permission=QuotePermission.NAMED))
        recent = fs.count_feedback(session, fs.FeedbackQuery(since=DEMO_TODAY - dt.timedelta(60)))
        ranged = fs.fetch_feedback(session, fs.FeedbackQuery(score_min=7, score_max=8))
    assert everything == 5
    assert promoters and all((r.recommend_score or 0) >= 9 for r in promoters)
    assert detractors and all((r.recommend_score or 0) <= 6 for r in detractors)
    assert named and all(r.quote_permission is QuotePermission.NAMED for r in named)
    assert 0 < recent < everything
    assert [r.recommend_score for r in ranged] == [7]


def test_testimonial_approval(demo_db: Database) -> None:
    with demo_db.reader() as session:
        rows = fs.fetch_feedback(session, fs.FeedbackQuery())
    anonymous = next(r for r in rows if r.quote_permission is QuotePermission.ANONYMOUS)
    refused = next(r for r in rows if r.quote_permission is QuotePermission.NO)
    with demo_db.session() as session:
        fs.approve_testimonial(session, anonymous.id, "  Klarheit statt Bauchgefühl.  ")
    with demo_db.reader() as session:
        feedback = fs.get_feedback(session, anonymous.id)
        assert feedback.testimonial_approved
        assert feedback.testimonial_text == "Klarheit statt Bauchgefühl."
    with pytest.raises(ValidationError, match="nicht erlaubt"), demo_db.session() as session:
        fs.approve_testimonial(session, refused.id, "Text")
    with pytest.raises(ValidationError), demo_db.session() as session:
        fs.approve_testimonial(session, anonymous.id, "  ")


def test_feedback_to_dict_has_stable_keys(demo_db: Database) -> None:
    with demo_db.reader() as session:
        item = fs.list_feedback(session)[0]
        row = fs.feedback_to_dict(item)
    assert {
        "id",
        "engagement_id",
        "contact_id",
        "received_on",
        "first_time",
        "works_better",
        "benefit",
        "expectations_met",
        "recommend_score",
        "quote_permission",
        "who_else",
        "channel",
        "testimonial_approved",
    } <= set(row)
    assert row["quote_permission"] in {"named", "anonymous", "no"}
    dt.date.fromisoformat(row["received_on"])


def test_tokens_are_created_once_and_verified(demo_db: Database) -> None:
    engagement_id = _open_id(demo_db)
    with demo_db.session() as session:
        engagement = session.get(Engagement, engagement_id)
        assert engagement is not None
        token = ensure_token(session, engagement)
        assert ensure_token(session, engagement) == token
        assert verify_token(session, token) == engagement_id
        with pytest.raises(TokenError):
            verify_token(session, token.replace("-", "_"))
        with pytest.raises(TokenError):
            verify_token(session, "")


def test_score_groups_follow_filters(demo_db: Database) -> None:
    with demo_db.reader() as session:
        everything = fs.score_groups(session, fs.FeedbackQuery())
        named = fs.score_groups(session, fs.FeedbackQuery(permission=QuotePermission.NAMED))
    assert (everything.promoters, everything.passives, everything.detractors) == (3, 1, 1)
    assert everything.score == pytest.approx(40.0)
    assert (named.promoters, named.total) == (2, 2)


def test_feedback_cannot_arrive_before_the_work_began_or_in_the_future(
    demo_db: Database,
) -> None:
    engagement_id = _open_id(demo_db)
    with demo_db.session() as session:
        engagement = session.get(Engagement, engagement_id)
        assert engagement is not None
        engagement.first_meeting_at = dt.datetime.combine(DEMO_TODAY, dt.time(10)) - dt.timedelta(
            days=30
        )
        began = engagement.first_meeting_at.date()
    too_early = fs.FeedbackData(
        engagement_id, recommend_score=9, received_on=began - dt.timedelta(days=1)
    )
    with (
        pytest.raises(ValidationError, match="Beginn des Auftrags") as info,
        demo_db.session() as session,
    ):
        fs.add_feedback(session, too_early, today=DEMO_TODAY)
    assert set(info.value.fields) == {"received_on"}
    tomorrow = fs.FeedbackData(
        engagement_id, recommend_score=9, received_on=DEMO_TODAY + dt.timedelta(days=1)
    )
    with pytest.raises(ValidationError, match="Zukunft"), demo_db.session() as session:
        fs.add_feedback(session, tomorrow, today=DEMO_TODAY)
    on_the_day = fs.FeedbackData(engagement_id, recommend_score=9, received_on=began)
    with demo_db.session() as session:
        fs.add_feedback(session, on_the_day, today=DEMO_TODAY)
