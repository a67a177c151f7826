"""Undo of a merge: every table is as it was before, row for row."""

from __future__ import annotations

from sqlalchemy import Table, func, select

from empfehlung_desktop.model import Base, Contact, ContactCare, Engagement, Referral
from empfehlung_desktop.services.contacts.duplicates import merge_contacts
from empfehlung_desktop.services.contacts.snapshots import restore_merge, snapshot_contact
from empfehlung_desktop.services.today import care
from empfehlung_desktop.store.database import Database

# Bookkeeping an undo moves forward on purpose (later saves still detect conflicts).
_MOVING = {"version", "updated_at"}


def dump(db: Database) -> dict[str, set[tuple[str, ...]]]:
    result = {}
    with db.reader() as s:
        for table in Base.metadata.sorted_tables:
            assert isinstance(table, Table)
            columns = [c for c in table.c if c.name not in _MOVING]
            result[table.name] = {tuple(map(repr, row)) for row in s.execute(select(*columns))}
    return result


def test_merge_and_its_undo_leave_every_table_as_it_was(demo_db: Database) -> None:
    with demo_db.reader() as s:
        # The two contacts with the most engagements and referrals between them.
        keep_id = s.scalar(
            select(Engagement.contact_id)
            .group_by(Engagement.contact_id)
            .order_by(func.count().desc(), Engagement.contact_id)
            .limit(1)
        )
        other_id = s.scalar(
            select(Referral.giver_id)
            .where(Referral.giver_id != keep_id)
            .group_by(Referral.giver_id)
            .order_by(func.count().desc(), Referral.giver_id)
            .limit(1)
        )
    assert keep_id is not None and other_id is not None
    with demo_db.session() as s:
        care.set_care(s, other_id, never_ask=True, days=21)
    before = dump(demo_db)
    with demo_db.session() as s:
        keep = snapshot_contact(s, keep_id)
        other = snapshot_contact(s, other_id)
        merge_contacts(s, keep_id, other_id, frozenset({"email"}))
    merged = dump(demo_db)
    assert merged != before
    assert repr(other_id) not in {row[0] for row in merged["contact"]}
    with demo_db.session() as s:
        restore_merge(s, keep, other)
    assert dump(demo_db) == before
    with demo_db.reader() as s:
        restored = s.get(ContactCare, other_id)
        assert restored is not None and restored.keep_in_touch_days == 21
        assert s.get(Contact, other_id) is not None
