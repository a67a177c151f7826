import datetime as dt
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
from empfehlung_desktop.services.data import gdpr, gdpr_erase, gdpr_export
from empfehlung_desktop.store.database import Database
from empfehlung_desktop.store.search import contact_filter
from empfehlung_desktop.transliterate import search_fold


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
        report = gdpr_export.export_person(s, cid)
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
    folded_surname = {"q": f'"{search_fold(name.split()[-1])}"'}  # as every search term is
    fts_query = text("SELECT rowid FROM contact_fts WHERE contact_fts MATCH :q")
    with demo_db.reader() as s:
        assert cid in s.scalars(fts_query, folded_surname).all()  # found before
    with demo_db.session() as s:
        report = gdpr_erase.erase_contact(s, cid)
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
        hits = s.execute(fts_query, folded_surname).all()
        assert hits == []
    with pytest.raises(NotFoundError), demo_db.reader() as s:
        gdpr_export.export_person(s, cid)
    for suffix in ("", "-wal"):
        path = db_path.with_name(db_path.name + suffix)
        if path.exists():
            raw = path.read_bytes()
            assert name.encode("utf-8") not in raw, suffix
            assert surname.encode("utf-8") not in raw, suffix


# -- erasure that erases: every spelling, the search index, the WAL and the backups --

ZYPRIAN = {
    "name": "Zyprian Quastenhuber",
    "email": "z.quastenhuber@quastenhuber-holzbau.de",
    "phone": "0171 2345678",
    "organisation": "Quastenhuber Holzbau GmbH",
}
# What a byte search of every file must not find afterwards (compared in lower case).
ZYPRIAN_BYTES = [
    "Zyprian Quastenhuber",
    "Zyprian",
    "Quastenhuber",
    "Quastenhüber",
    "Zyprián",
    "Quastenhueber",
    "z.quastenhuber@quastenhuber-holzbau.de",
    "quastenhuber-holzbau",
    "Quastenhuber Holzbau",
    "2345678",
    "234 56 78",
    "234.5678",
]


def mention_zyprian_everywhere(db: Database) -> tuple[int, int, int]:
    """Zyprian, mentioned in other records in many spellings; return his, Anna's, Peter's id."""
    from empfehlung_desktop.model import EngagementStatus, ReferralDirection, ReferralStatus

    with db.session() as s:
        zyprian = Contact(**ZYPRIAN, notes="Eigene Notiz über Zyprian", sort_name="")
        anna = Contact(
            name="Anna Meier",
            notes="Kennt Herrn Quastenhuber vom Stammtisch; Zyprian ist ein toller "
            "Handwerker. Annahme: passt.",
            competences="Empfehlung von Quastenhuber Holzbau",
            sort_name="",
        )
        peter = Contact(
            name="Peter Brandl", notes="Peter arbeitet mit Qu\u0430stenhuber", sort_name=""
        )
        s.add_all([zyprian, anna, peter])
        s.flush()
        referral = Referral(
            direction=ReferralDirection.OUTGOING,
            status=ReferralStatus.RECEIVED,
            recipient_id=anna.id,
            referred_on=dt.date(2026, 3, 1),
            need="Zyprian Quastenhuber (z.quastenhuber@quastenhuber-holzbau.de, 0171/234 56 78) "
            "sucht eine Nachfolgeregelung.",
            expectations="Z. Quastenhuber will es pragmatisch; QUASTENHUBER HOLZBAU wächst.",
            giver_statement="Quastenhubers Team ist super, sagt Herr Quastenhüber.",
            notes="Rückruf unter +49 171 2345678 oder 0171.234.5678; "
            "Quasten\u00adhuber meldet sich.",
        )
        s.add(referral)
        s.flush()
        s.add(
            ReferralEvent(
                referral=referral,
                occurred_on=dt.date(2026, 3, 2),
                to_status=ReferralStatus.RECEIVED,
                note="Zyprián Quastenhueber angerufen: 0171 - 234 5678",
            )
        )
        engagement = Engagement(
            contact_id=anna.id,
            title="Begleitung",
            status=EngagementStatus.ACTIVE,
            notes="Kam über Quastenhuber Holzbau; Zyprian\u200b war dabei.",
        )
        s.add(engagement)
        s.flush()
        s.add(
            Feedback(
                engagement_id=engagement.id,
                received_on=dt.date(2026, 3, 4),
                benefit="Danke an Zyprian Q. für den Tipp",
            )
        )
        return zyprian.id, anna.id, peter.id


def test_erase_replaces_every_spelling_and_cleans_backups(db: Database, db_path: Path) -> None:
    if db.engine.dialect.name != "sqlite":
        pytest.skip("files and backups exist only for SQLite")
    from empfehlung_desktop.store import backup

    zid, anna_id, peter_id = mention_zyprian_everywhere(db)
    before = dt.datetime(2026, 3, 3, 9, 0)
    kept = [
        backup.create_backup(db_path, "manuell", now=before),
        backup.create_backup(db_path, "start", now=before + dt.timedelta(hours=1)),
    ]
    outside = db_path.parent / "elsewhere.db"
    backup.create_backup(db_path, "manuell", target=outside, now=before)

    report = gdpr.erase_everywhere(db, zid)

    assert report.wal_truncated is True
    assert sorted(report.backups_rewritten) == sorted(p.name for p in kept)
    assert report.backups_checked == 2 and not report.backups_removed
    assert report.mentions["contact.notes"] == 3  # Herrn Q., Zyprian, Q<Cyrillic a>stenhuber
    assert report.mentions["contact.competences"] == 1
    assert report.mentions["referral_event.note"] == 2
    lines = "\n".join(report.lines())
    for expected in ("Durchsucht:", "Suchindex", "Datensicherungen in", "anderen Ort"):
        assert expected in lines
    data = report.to_dict()
    assert json.dumps(data) and data["mentions_replaced"]["referral.need"] >= 3
    with db.reader() as s:
        anna = s.get(Contact, anna_id)
        assert anna is not None
        assert "Annahme: passt." in anna.notes and "Stammtisch" in anna.notes
        assert anna.notes.startswith("Kennt [gelöscht] vom Stammtisch; [gelöscht] ist")
        peter = s.get(Contact, peter_id)
        assert peter is not None and peter.notes == "Peter arbeitet mit [gelöscht]"
        referral = s.scalars(select(Referral)).one()
        assert referral.need == "[gelöscht] ([gelöscht], [gelöscht]) sucht eine Nachfolgeregelung."
        assert "pragmatisch" in referral.expectations and "wächst" in referral.expectations
    files = [db_path, db_path.with_name(db_path.name + "-wal"), *kept]
    for path in files:
        if not path.exists():
            continue
        raw = path.read_bytes().lower()
        for variant in ZYPRIAN_BYTES:
            assert variant.lower().encode() not in raw, (path.name, variant)
    # Outside the backup folder nothing is touched, and the report says so.
    assert b"quastenhuber" in outside.read_bytes().lower()
    assert "anderen Ort" in report.outside()
    for path in kept:
        assert backup.check_file(path).ok


def test_common_or_shared_first_name_is_not_replaced_alone(db: Database) -> None:
    with db.session() as s:
        gone = Contact(name="Peter Quastenhuber", sort_name="")
        other = Contact(
            name="Anna Brandl",
            notes="Peter kommt, Herr Quastenhuber auch; P. Quastenhuber",
            sort_name="",
        )
        s.add_all([gone, other])
        s.flush()
        gone_id, other_id = gone.id, other.id
    with db.session() as s:
        report = gdpr_erase.erase_contact(s, gone_id)
    assert report.not_alone == ["Peter"]
    with db.reader() as s:
        notes = s.get(Contact, other_id).notes  # type: ignore[union-attr]
    assert notes == "Peter kommt, [gelöscht] auch; [gelöscht]"


def test_erase_removes_the_person_fields_details_and_addresses(db: Database, db_path: Path) -> None:
    from empfehlung_desktop.model import DetailKind, Salutation
    from empfehlung_desktop.services.contacts import contacts as cs
    from empfehlung_desktop.services.contacts.person import AddressData, DetailData

    secrets = ["Wendelgard", "Xylophonweg 17", "wendel.privat@example.net", "+41 79 765 43 21"]
    with db.session() as s:
        cid = cs.create_contact(
            s,
            cs.ContactData(
                salutation=Salutation.MS,
                title="Dr.",
                given_name="Wendelgard",
                family_name="Oberpfaffenhofer",
                birth_day=3,
                birth_month=4,
                birth_year=1971,
                tags="Geheimtipp",
                details=(
                    DetailData(DetailKind.EMAIL, secrets[2], "privat"),
                    DetailData(DetailKind.PHONE, secrets[3], "mobil"),
                ),
                addresses=(AddressData(secrets[1], "8001", "Zürich", country="Schweiz"),),
            ),
            today=dt.date(2027, 5, 17),
        ).id
        other = cs.create_contact(
            s,
            cs.ContactData(name="Anna Berg", notes=f"Kennt Frau Oberpfaffenhofer, {secrets[2]}"),
            today=dt.date(2027, 5, 17),
        ).id
    with db.session() as s:
        gdpr_erase.erase_contact(s, cid)
    assert gdpr.scrub_database(db.engine)
    with db.reader() as s:
        erased = s.get(Contact, cid)
        assert erased is not None
        assert (erased.given_name, erased.family_name, erased.tags, erased.birth_year) == (
            "",
            "",
            "",
            None,
        )
        assert erased.details == [] and erased.addresses == []
        assert "Oberpfaffenhofer" not in s.get(Contact, other).notes  # type: ignore[union-attr]
    db.dispose()
    for suffix in ("", "-wal"):
        path = db_path.with_name(db_path.name + suffix)
        if path.exists():
            raw = path.read_bytes()
            for secret in [*secrets, "Oberpfaffenhofer", "Geheimtipp"]:
                assert secret.encode("utf-8") not in raw, (suffix, secret)
