"""Spiral stage changes, history and suggestions from feedback and referrals."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from empfehlung_desktop.clock import utc_now
from empfehlung_desktop.errors import NotFoundError, UserError, ValidationError
from empfehlung_desktop.model import (
    AgendaKind,
    Contact,
    Engagement,
    EngagementStatus,
    Feedback,
    Referral,
    ReferralDirection,
    ReferralStatus,
    SpiralStage,
    SpiralStep,
    sort_key,
)
from empfehlung_desktop.services.today import spiral, today
from empfehlung_desktop.store.database import Database
from tests.conftest import DEMO_TODAY

TODAY = dt.date(2026, 11, 22)
St = SpiralStage


def day(offset: int) -> dt.date:
    return TODAY + dt.timedelta(days=offset)


def person(s: Session, name: str, stage: SpiralStage | None = None) -> int:
    contact = Contact(name=name, sort_name=sort_key(name), spiral_stage=stage)
    s.add(contact)
    s.flush()
    return contact.id


def feedback(s: Session, contact_id: int, on: dt.date, score: int, met: int | None = None) -> None:
    e = Engagement(contact_id=contact_id, status=EngagementStatus.COMPLETED, ended_on=on)
    s.add(e)
    s.flush()
    s.add(Feedback(engagement_id=e.id, received_on=on, recommend_score=score, expectations_met=met))


def test_change_stage_writes_history_and_refuses_same_stage(db: Database) -> None:
    with db.session() as s:
        cid = person(s, "Anna", St.SATISFACTION)
        spiral.change_stage(s, cid, St.SYMPATHY, "  will weiter zusammenarbeiten ", on=day(-1))
    with db.reader() as s:
        contact = s.get(Contact, cid)
        assert contact is not None and contact.spiral_stage is St.SYMPATHY
        (step,) = spiral.history(s, cid)
        assert (step.changed_on, step.stage, step.previous_stage) == (
            day(-1),
            St.SYMPATHY,
            St.SATISFACTION,
        )
        assert step.note == "will weiter zusammenarbeiten"
    with pytest.raises(ValidationError) as info, db.session() as s:
        spiral.change_stage(s, cid, St.SYMPATHY, on=DEMO_TODAY)
    assert "Sympathie" in info.value.message
    with pytest.raises(NotFoundError), db.session() as s:
        spiral.change_stage(s, 999, St.SYMPATHY, on=DEMO_TODAY)


def test_erased_contact_cannot_change(db: Database) -> None:
    with db.session() as s:
        cid = person(s, "Weg")
        s.get(Contact, cid).erased_at = utc_now()  # type: ignore[union-attr]
    with pytest.raises(NotFoundError), db.session() as s:
        spiral.change_stage(s, cid, St.SYMPATHY, on=DEMO_TODAY)


def test_latest_feedback_suggests_a_stage(db: Database) -> None:
    with db.session() as s:
        great = person(s, "Begeistert", St.SATISFACTION)
        feedback(s, great, day(-5), 10, 5)
        poor = person(s, "Enttäuscht", St.SYMPATHY)
        feedback(s, poor, day(-40), 10, 5)
        feedback(s, poor, day(-3), 3, 2)  # the latest counts
        fitting = person(s, "Passt", St.ENTHUSIASM)
        feedback(s, fitting, day(-2), 9, 5)
    with db.reader() as s:
        found = {x.contact_id: x for x in spiral.suggestions(s, TODAY)}
    assert set(found) == {great, poor}
    assert found[great].suggested is St.ENTHUSIASM and "10/10" in found[great].reason
    assert found[poor].suggested is St.DISSATISFIED
    assert found[poor].evidence_on == day(-3)


def test_a_newer_stage_change_overrules_old_evidence(db: Database) -> None:
    with db.session() as s:
        cid = person(s, "Anna", St.SYMPATHY)
        feedback(s, cid, day(-10), 2)
        s.add(SpiralStep(contact_id=cid, changed_on=day(-5), stage=St.SYMPATHY))
    with db.reader() as s:
        assert spiral.suggestions(s, TODAY) == []


def test_giving_a_referral_suggests_sympathy(db: Database) -> None:
    with db.session() as s:
        giver = person(s, "Geberin", St.EXPERIENCE)
        already = person(s, "Schon loyal", St.LOYALTY)
        unhappy = person(s, "Unzufrieden", St.DISSATISFIED)
        for who in (giver, giver, already, unhappy):
            s.add(
                Referral(
                    direction=ReferralDirection.INCOMING,
                    status=ReferralStatus.WON,
                    giver_id=who,
                    referred_on=day(-4),
                )
            )
    with db.reader() as s:
        (found,) = spiral.suggestions(s, TODAY)
    assert found.contact_id == giver and found.suggested is St.SYMPATHY
    assert "2 Empfehlungen" in found.reason


def test_accept_and_dismiss(db: Database) -> None:
    with db.session() as s:
        a = person(s, "Anna", St.SATISFACTION)
        feedback(s, a, day(-5), 10, 5)
        b = person(s, "Bert", St.SATISFACTION)
        feedback(s, b, day(-5), 10, 5)
    with db.session() as s:
        today.complete(s, AgendaKind.SPIRAL_SUGGESTION, a, TODAY)
        spiral.dismiss_suggestion(s, b, TODAY)
    with db.reader() as s:
        assert spiral.suggestions(s, TODAY) == []
        step = spiral.history(s, a)[-1]
        assert step.stage is St.ENTHUSIASM and step.note.startswith("Vorschlag übernommen")
    with pytest.raises(UserError), db.session() as s:
        spiral.accept_suggestion(s, a, TODAY)
    # Newer evidence brings a dismissed suggestion back.
    with db.session() as s:
        feedback(s, b, day(1), 9, 4)
    with db.reader() as s:
        assert [x.contact_id for x in spiral.suggestions(s, day(2))] == [b]
