import json
from pathlib import Path

import pytest
from sqlalchemy import select, text

from empfehlung_desktop.errors import NotFoundError
from empfehlung_desktop.model import (
    ERASED_NAME,
    Contact,
    Engagement,
    Feedback,
    Referral,
    ReferralEvent,
)
from empfehlung_desktop.services.data import gdpr
from empfehlung_desktop.store.database import Database
from empfehlung_desktop.store.search import contact_filter


def client_with_feedback(db: Database) -> tuple[int, str]:
    """A demo client who has an engagement with feedback and appears in a referral."""
    with db.reader() as s:
        stmt = (
            select(Contact.id, Contact.name)
            .join(Engagement, Engagement.contact_id == Contact.id)
            .join(Feedback, Feedback.engagement_id == Engagement.id)
        )
        cid, name = s.execute(stmt).first()  # type: ignore[misc]
        return cid, name


def test_export_contains_everything_about_the_person(demo_db: Database) -> None:
    cid, name = client_with_feedback(demo_db)
    with demo_db.reader() as s:
        report = gdpr.export_person(s, cid)
    json.dumps(report)  # machine-readable as is
    assert report["person"]["name"] == name
    assert report["source_of_data"]["data_origin"] == "Beispieldaten"
    assert report["engagements"] and report["feedback"]
    assert "spiral_history" in report and "consents" in report


def test_erase_anonymises_and_leaves_no_trace_in_db_or_wal(
    demo_db: Database, db_path: Path
) -> None:
    cid, name = client_with_feedback(demo_db)
    with demo_db.session() as s:
        referral = s.scalars(select(Referral)).first()
        assert referral is not None
        referral.recipient_id = cid
        referral.notes = f"Rückruf von {name} abwarten."
        referral_id = referral.id
        s.add(ReferralEvent(referral=referral, occurred_on=referral.referred_on,
                            to_status=referral.status, note=f"{name} meldet sich"))  # fmt: skip
        other = s.scalars(select(Contact).where(Contact.id != cid)).first()
        assert other is not None
        other.notes = f"Kennt {name} aus dem Verein."
    with demo_db.session() as s:
        report = gdpr.erase_contact(s, cid)
    assert gdpr.scrub_database(demo_db.engine)
    lines = "\n".join(report.lines())
    assert "anonymisiert" in lines and "[gelöscht]" in lines
    assert report.mentions["referral.notes"] == 1
    assert report.mentions["referral_event.note"] == 1
    with demo_db.reader() as s:
        placeholder = s.get(Contact, cid)
        assert placeholder is not None and placeholder.name == ERASED_NAME
        assert placeholder.email == "" and placeholder.erased_at is not None
        assert s.get(Referral, referral_id).recipient_id == cid  # type: ignore[union-attr]
        assert s.get(Referral, referral_id).notes == "Rückruf von [gelöscht] abwarten."  # type: ignore[union-attr]
        feedback = s.scalars(
            select(Feedback).join(Engagement).where(Engagement.contact_id == cid)
        ).all()
        assert feedback and all(not f.first_time and not f.works_better for f in feedback)
        surname = name.split()[-1]
        assert not s.scalars(select(Contact).where(contact_filter(surname, use_fts=True))).all()
        hits = s.execute(
            text("SELECT rowid FROM contact_fts WHERE contact_fts MATCH :q"), {"q": f'"{surname}"'}
        ).all()
        assert hits == []
    with pytest.raises(NotFoundError), demo_db.reader() as s:
        gdpr.export_person(s, cid)
    for suffix in ("", "-wal"):
        path = db_path.with_name(db_path.name + suffix)
        if path.exists():
            raw = path.read_bytes()
            assert name.encode("utf-8") not in raw, suffix
            assert surname.encode("utf-8") not in raw, suffix
