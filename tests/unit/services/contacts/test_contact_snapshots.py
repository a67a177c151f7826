"""Undo support: snapshot a contact, delete or edit it, restore it."""

import datetime as dt

import pytest
from sqlalchemy import func, select

from empfehlung_desktop.clock import utc_now
from empfehlung_desktop.errors import ConflictError, NotFoundError
from empfehlung_desktop.model import (
    ConsentRecord,
    Contact,
    Engagement,
    Feedback,
    Referral,
    SpiralStage,
    SpiralStep,
)
from empfehlung_desktop.services.contacts import contacts as cs
from empfehlung_desktop.services.contacts.snapshots import restore_contacts, snapshot_contact
from empfehlung_desktop.services.today import care
from empfehlung_desktop.store.database import Database
from tests.conftest import DEMO_TODAY


def _busiest_contact(db: Database) -> int:
    """The demo contact with engagements that have feedback (the most to lose)."""
    with db.reader() as s:
        cid = s.scalar(
            select(Engagement.contact_id).join(Feedback).order_by(Engagement.contact_id).limit(1)
        )
        assert cid is not None
        return int(cid)


def _footprint(db: Database, cid: int) -> dict[str, object]:
    with db.reader() as s:
        count = lambda stmt: s.scalar(select(func.count()).select_from(stmt.subquery()))  # noqa: E731
        eng_ids = select(Engagement.id).where(Engagement.contact_id == cid)
        return {
            "name": s.scalar(select(Contact.name).where(Contact.id == cid)),
            "spiral": count(select(SpiralStep).where(SpiralStep.contact_id == cid)),
            "consents": count(select(ConsentRecord).where(ConsentRecord.contact_id == cid)),
            "engagements": count(eng_ids),
            "feedback": count(select(Feedback).where(Feedback.engagement_id.in_(eng_ids))),
            "referrals": count(
                select(Referral).where(
                    (Referral.giver_id == cid)
                    | (Referral.recommended_id == cid)
                    | (Referral.recipient_id == cid)
                )
            ),
            "referred": count(select(Contact).where(Contact.referred_by_id == cid)),
            "referred_by": s.scalar(select(Contact.referred_by_id).where(Contact.id == cid)),
            "found": [
                r.id
                for r in cs.fetch_contacts(
                    s,
                    cs.ContactQuery(
                        text=str(s.scalar(select(Contact.name).where(Contact.id == cid)) or "-")
                    ),
                )
            ],
        }


def test_deleted_contact_comes_back_with_history_and_links(demo_db: Database) -> None:
    cid = _busiest_contact(demo_db)
    before = _footprint(demo_db, cid)
    assert before["engagements"] and before["feedback"]
    with demo_db.session() as s:
        snap = snapshot_contact(s, cid)
        cs.delete_contacts(s, [cid])
    gone = _footprint(demo_db, cid)
    assert gone["name"] is None and gone["engagements"] == 0 and gone["referrals"] == 0
    with demo_db.session() as s:
        restore_contacts(s, [snap])
    assert _footprint(demo_db, cid) == before


def test_contacts_deleted_together_restore_their_links_to_each_other(demo_db: Database) -> None:
    with demo_db.reader() as s:
        child, parent = s.execute(
            select(Contact.id, Contact.referred_by_id).where(Contact.referred_by_id.is_not(None))
        ).first()  # type: ignore[misc]
    with demo_db.session() as s:
        snaps = [snapshot_contact(s, child), snapshot_contact(s, parent)]
        cs.delete_contacts(s, [child, parent])
    with demo_db.session() as s:
        restore_contacts(s, snaps)
    with demo_db.reader() as s:
        assert cs.get_contact(s, child).referred_by_id == parent


def test_restoring_an_edit_takes_back_fields_and_the_new_spiral_step(db: Database) -> None:
    with db.session() as s:
        cid = cs.create_contact(
            s,
            cs.ContactData(name="Anna Ärger", spiral_stage=SpiralStage.EXPERIENCE),
            today=dt.date(2026, 1, 1),
        ).id
    with db.session() as s:
        snap = snapshot_contact(s, cid)
        data = cs.ContactData.from_contact(cs.get_contact(s, cid))
        data.name = "Anna Zorn"
        data.spiral_stage = SpiralStage.SYMPATHY
        cs.update_contact(s, cid, data, expected_version=snap.version, today=DEMO_TODAY)
    with db.session() as s:
        restore_contacts(s, [snap])
    with db.reader() as s:
        contact = cs.get_contact(s, cid)
        assert contact.name == "Anna Ärger"
        assert contact.spiral_stage is SpiralStage.EXPERIENCE
        assert [st.stage for st in contact.spiral_steps] == [SpiralStage.EXPERIENCE]
        assert contact.version > snap.version  # later saves still detect conflicts
        assert [r.id for r in cs.fetch_contacts(s, cs.ContactQuery(text="Ärger"))] == [cid]
        assert cs.fetch_contacts(s, cs.ContactQuery(text="Zorn")) == []


def test_restoring_an_edit_takes_back_the_persons_care_choices(db: Database) -> None:
    with db.session() as s:
        cid = cs.create_contact(s, cs.ContactData(name="Carla Kühn"), today=DEMO_TODAY).id
        care.set_care(s, cid, never_ask=False, days=30)
    with db.session() as s:
        snap = snapshot_contact(s, cid)
        care.set_care(s, cid, never_ask=True, days=None)
    with db.session() as s:
        restore_contacts(s, [snap])
    with db.reader() as s:
        restored = care.get_care(s, cid)
        assert (restored.never_ask, restored.keep_in_touch_days) == (False, 30)
    with db.session() as s:
        fresh = cs.create_contact(s, cs.ContactData(name="Dora"), today=DEMO_TODAY).id
        snap = snapshot_contact(s, fresh)  # no choices yet
        care.set_care(s, fresh, never_ask=True, days=7)
    with db.session() as s:
        restore_contacts(s, [snap])
    with db.reader() as s:
        restored = care.get_care(s, fresh)
        assert (restored.never_ask, restored.keep_in_touch_days) == (False, None)


def test_an_erased_contact_is_not_brought_back(db: Database) -> None:
    with db.session() as s:
        cid = cs.create_contact(s, cs.ContactData(name="Bernd"), today=DEMO_TODAY).id
    with db.session() as s:
        snap = snapshot_contact(s, cid)
        cs.get_contact(s, cid).erased_at = utc_now()
    with pytest.raises(ConflictError, match="DSGVO"), db.session() as s:
        restore_contacts(s, [snap])
    with pytest.raises(NotFoundError), db.session() as s:
        snapshot_contact(s, cid)
