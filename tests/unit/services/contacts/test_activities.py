import datetime as dt

import pytest
from sqlalchemy import select

from empfehlung_desktop.errors import NotFoundError, ValidationError
from empfehlung_desktop.model import ActivityKind, Contact, Referral
from empfehlung_desktop.services.contacts import activities as acts
from empfehlung_desktop.services.contacts import contacts as cs
from empfehlung_desktop.services.contacts.snapshots import restore_contacts, snapshot_contact
from empfehlung_desktop.services.data import gdpr_erase, gdpr_export
from empfehlung_desktop.store.database import Database
from tests.conftest import DEMO_TODAY

DAY = dt.date(2026, 6, 1)


def make(db: Database, name: str = "Anna Berg") -> int:
    with db.session() as s:
        return cs.create_contact(s, cs.ContactData(name=name), today=DAY).id


def test_add_moves_last_contact_and_delete_moves_it_back(db: Database) -> None:
    cid = make(db)
    with db.session() as s:
        assert acts.last_contact_on(s, cid) is None
        acts.add_activity(s, cid, ActivityKind.CALL, dt.date(2026, 5, 1), "  Anruf  ", today=DAY)
        newest = acts.add_activity(s, cid, ActivityKind.GIFT, dt.date(2026, 5, 20), today=DAY)
        assert acts.last_contact_on(s, cid) == dt.date(2026, 5, 20)
        acts.delete_activity(s, newest.id)
        assert acts.last_contact_on(s, cid) == dt.date(2026, 5, 1)
    with db.reader() as s:
        rows = acts.list_activities(s, cid)
    assert [(r.kind, r.text) for r in rows] == [(ActivityKind.CALL, "Anruf")]
    assert rows[0].to_dict()["kind_label"] == "Anruf"


def test_list_is_newest_first_across_contacts(db: Database) -> None:
    a, b = make(db, "Anna"), make(db, "Bert")
    with db.session() as s:
        acts.add_activity(s, a, ActivityKind.NOTE, dt.date(2026, 3, 1), today=DAY)
        acts.add_activity(s, b, ActivityKind.EMAIL, dt.date(2026, 4, 1), today=DAY)
    with db.reader() as s:
        assert [r.contact_name for r in acts.list_activities(s)] == ["Bert", "Anna"]
        assert len(acts.list_activities(s, limit=1)) == 1


def test_future_day_and_foreign_referral_are_refused(db: Database) -> None:
    a, b = make(db, "Anna"), make(db, "Bert")
    with db.session() as s:
        from empfehlung_desktop.model import ReferralDirection, ReferralStatus

        referral = Referral(
            direction=ReferralDirection.INCOMING,
            status=ReferralStatus.RECEIVED,
            giver_id=b,
            referred_on=DAY,
        )
        s.add(referral)
        s.flush()
        rid = referral.id
    with pytest.raises(ValidationError) as info, db.session() as s:
        acts.add_activity(
            s, a, ActivityKind.CALL, DAY + dt.timedelta(days=1), today=DAY, referral_id=rid
        )
    assert set(info.value.fields) == {"occurred_on", "referral_id"}
    with db.session() as s:
        acts.add_activity(s, b, ActivityKind.GIFT, DAY, "Danke-Karte", today=DAY, referral_id=rid)
        assert [r.contact_id for r in acts.list_activities(s, referral_id=rid)] == [b]
    with pytest.raises(NotFoundError), db.session() as s:
        acts.add_activity(s, 9999, ActivityKind.CALL, DAY, today=DAY)


def test_deleting_a_contact_can_be_undone_with_its_activities(db: Database) -> None:
    cid = make(db)
    with db.session() as s:
        acts.add_activity(s, cid, ActivityKind.MEETING, DAY, "Kaffee", today=DAY)
        snap = snapshot_contact(s, cid)
        cs.delete_contacts(s, [cid])
    with db.session() as s:
        assert acts.list_activities(s, cid) == []
        restore_contacts(s, [snap])
    with db.reader() as s:
        assert [r.text for r in acts.list_activities(s, cid)] == ["Kaffee"]


def test_erasure_deletes_the_log_and_the_export_holds_it(db: Database) -> None:
    cid = make(db)
    with db.session() as s:
        acts.add_activity(s, cid, ActivityKind.CALL, DAY, "Privates", today=DAY)
        exported = gdpr_export.export_person(s, cid)
        assert [a["text"] for a in exported["activities"]] == ["Privates"]
        report = gdpr_erase.erase_contact(s, cid)
    assert report.deleted["activities"] == 1
    with db.reader() as s:
        assert s.scalar(select(Contact.erased_at).where(Contact.id == cid)) is not None
        assert acts.last_contact_on(s, cid) is None


def test_demo_has_a_logged_history(demo_db: Database) -> None:
    with demo_db.reader() as s:
        rows = acts.list_activities(s)
    assert len(rows) >= 6
    assert all(r.occurred_on <= DEMO_TODAY for r in rows)
    assert {r.kind for r in rows} >= {ActivityKind.CALL, ActivityKind.MEETING, ActivityKind.GIFT}
