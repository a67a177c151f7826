import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from empfehlung_desktop.errors import UserError
from empfehlung_desktop.interchange import flow, import_commit
from empfehlung_desktop.interchange.import_commit import commit_import
from empfehlung_desktop.interchange.importer import Action, build_preview
from empfehlung_desktop.interchange.records import ImportedContact
from empfehlung_desktop.model import Contact, DetailKind
from empfehlung_desktop.services.contacts.person import DetailData
from empfehlung_desktop.store.database import Database
from empfehlung_desktop.store.search import contact_filter
from tests.conftest import DEMO_TODAY
from tests.helpers import export_oracle

DATA = Path(__file__).parent / "data"
TODAY = dt.date(2026, 11, 22)


def count(db: Database) -> int:
    with db.reader() as s:
        return int(s.scalar(select(func.count()).select_from(Contact)) or 0)


def preview_of(db: Database, contacts: list[ImportedContact], merge: bool = False):  # type: ignore[no-untyped-def]
    with db.reader() as s:
        return build_preview(s, contacts, file_name="k.vcf", fmt="vcard", today=TODAY, merge=merge)


def test_vcard_import_sets_origin_and_is_searchable(db: Database) -> None:
    plan_file = flow.load_file(DATA / "google.vcf")
    with db.reader() as s:
        plan = flow.plan_import(s, plan_file, today=TODAY)
    assert plan.preview is not None and plan.preview.count(Action.NEW) == 2
    message = flow.execute_plan(db, plan)
    assert "2 Kontakte importiert" in message
    with db.reader() as s:
        contact = s.scalars(select(Contact).where(contact_filter("Krüger", use_fts=True))).one()
        assert contact.data_origin == "vCard-Import vom 22.11.2026, Datei google.vcf"
        assert contact.phone == "+49 171 2345678"
        # The second e-mail is a further detail of the contact, no longer a note.
        assert [(d.kind, d.value) for d in contact.details][:1] == [
            (DetailKind.EMAIL, "sabine.privat@mail.example")
        ]
        assert "sabine.privat@mail.example" not in contact.notes


def test_duplicates_by_email_case_insensitive_and_by_name_and_phone(demo_db: Database) -> None:
    with demo_db.reader() as s:
        existing = s.scalars(
            select(Contact).where(Contact.email != "", Contact.phone != "")
        ).first()
        assert existing is not None
        name, email, phone = existing.name, existing.email, existing.phone
    preview = preview_of(
        demo_db,
        [
            ImportedContact("Karte 1", name="Irgendwer", email=email.upper()),
            ImportedContact("Karte 2", name=name, phone=phone),
            ImportedContact("Karte 3", name="Neue Person", email="neu@example.org"),
            ImportedContact("Karte 4", name="Neue Person", email="NEU@example.org"),
        ],
    )
    first, second, third, fourth = preview.items
    assert first.duplicate_name == name and first.action is Action.SKIP
    assert "Telefonnummer" in second.duplicate_reason
    assert third.action is Action.NEW
    assert "Karte 3" in fourth.duplicate_reason and fourth.action is Action.SKIP
    before = count(demo_db)
    result = commit_import(demo_db, preview)
    assert (result.created, result.skipped) == (1, 3)
    assert count(demo_db) == before + 1


def test_merge_fills_blanks_and_appends_differences(db: Database) -> None:
    with db.session() as s:
        s.add(Contact(name="Anna Berg", sort_name="anna berg", email="anna@example.org"))
    preview = preview_of(
        db,
        [
            ImportedContact(
                "Karte 1",
                name="Anna Berg",
                email="anna@example.org",
                phone="030 1234567",
                notes="Aus dem Adressbuch",
            )
        ],
        merge=True,
    )
    assert preview.items[0].action is Action.MERGE
    commit_import(db, preview)
    with db.reader() as s:
        anna = s.scalars(select(Contact)).one()
        assert anna.phone == "+49 30 1234567"
        assert "Aus dem Adressbuch" in anna.notes and "vCard-Import" in anna.notes
    assert count(db) == 1


def test_odd_values_warn_but_do_not_reject_the_file(db: Database) -> None:
    preview = preview_of(
        db,
        [
            ImportedContact("Karte 1", name="Ömer", email="kein-at-zeichen", phone="12"),
            ImportedContact("Karte 2", name="", email="x@example.org"),
        ],
    )
    oemer, nameless = preview.items
    assert oemer.email == "" and "kein-at-zeichen" in oemer.notes
    assert oemer.phone == "12" and len(oemer.warnings) == 2
    assert nameless.action is Action.SKIP and not nameless.importable
    commit_import(db, preview)
    assert count(db) == 1


def test_broken_vcard_changes_nothing(demo_db: Database, db_path: Path) -> None:
    before = count(demo_db)
    with pytest.raises(UserError, match="Karte 2"):
        flow.load_file(DATA / "broken.vcf")
    assert count(demo_db) == before


def test_commit_is_all_or_nothing(db: Database) -> None:
    preview = preview_of(db, [ImportedContact(f"Karte {i}", name=f"P {i}") for i in range(5)])
    preview.items[3].action = Action.MERGE  # not allowed for a non-duplicate
    with pytest.raises(UserError, match="Karte 3"):
        commit_import(db, preview)
    assert count(db) == 0


def test_failure_inside_the_transaction_rolls_back(
    db: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(import_commit, "BATCH", 2000)
    preview = preview_of(db, [ImportedContact(f"Zeile {i}", name=f"P {i}") for i in range(3000)])
    calls = []

    def fail_after_first_batch(done: int) -> None:
        calls.append(done)
        raise RuntimeError("Abbruch mitten im Import")

    with pytest.raises(RuntimeError):
        commit_import(db, preview, progress=fail_after_first_batch)
    assert calls == [2000]
    assert count(db) == 0
    con = sqlite3.connect(db_path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # The bulk path set the search index's insert trigger aside: the rollback restored it.
    triggers = "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'contact_fts%'"
    assert sorted(r[0] for r in con.execute(triggers)) == [
        "contact_fts_ad",
        "contact_fts_ai",
        "contact_fts_au",
    ]
    assert con.execute("SELECT k, v FROM contact_fts_config").fetchall() == [("version", 4)]
    con.close()


def test_json_into_non_empty_database_takes_contacts_only(
    demo_db: Database, tmp_path: Path
) -> None:

    with demo_db.reader() as s:
        data, _ = export_oracle.export_bytes(s, "json")
    path = tmp_path / "alles.json"
    path.write_bytes(data)
    with demo_db.reader() as s:
        plan = flow.plan_import(s, flow.load_file(path), today=DEMO_TODAY)
    assert plan.restore is None and plan.preview is not None
    assert "nur die Kontakte" in plan.preview.notice
    assert plan.preview.count(Action.NEW) == 0  # all are duplicates of themselves


_ROUND_TRIP = (
    "SELECT c.uid, r.uid, c.roles, c.source, c.spiral_stage, c.consent_share, "
    "c.consent_share_on, c.name, c.organisation, c.email, c.phone, c.profession, "
    "c.competences, c.notes FROM contact c LEFT JOIN contact r ON r.id = c.referred_by_id "
    "ORDER BY c.uid"
)


@pytest.mark.sqlite_only
@pytest.mark.parametrize("fmt", ["vcard", "csv"])
def test_own_export_round_trips_roles_source_stage_referrer_consent_and_uid(
    demo_db: Database, db_path: Path, tmp_path: Path, fmt: str
) -> None:
    from empfehlung_desktop.store.database import open_database

    with demo_db.reader() as s:
        data, _count = export_oracle.export_bytes(s, fmt)
    path = tmp_path / f"export.{'vcf' if fmt == 'vcard' else 'csv'}"
    path.write_bytes(data)
    target = open_database(f"sqlite:///{tmp_path / 'leer.db'}")
    try:
        loaded = flow.load_file(path)
        with target.reader() as s:
            plan = flow.plan_import(s, loaded, today=DEMO_TODAY)
        assert plan.preview is not None and not plan.preview.warnings
        flow.execute_plan(target, plan)
    finally:
        target.dispose()
    rows = []
    for file in (db_path, tmp_path / "leer.db"):
        con = sqlite3.connect(file)
        rows.append(con.execute(_ROUND_TRIP).fetchall())
        con.close()
    assert rows[0] == rows[1]
    assert any(row[1] for row in rows[0]) and any(row[6] for row in rows[0])


def test_reimporting_own_export_finds_every_contact_by_uid(
    demo_db: Database, tmp_path: Path
) -> None:

    with demo_db.reader() as s:
        data, count_ = export_oracle.export_bytes(s, "vcard")
    path = tmp_path / "export.vcf"
    path.write_bytes(data)
    with demo_db.reader() as s:
        plan = flow.plan_import(s, flow.load_file(path), today=DEMO_TODAY)
    assert plan.preview is not None
    assert plan.preview.duplicates == count_
    assert {i.duplicate_reason for i in plan.preview.items} == {"gleicher Kontakt (gleiche UID)"}


def test_same_file_imported_twice_at_once_adds_each_contact_once(db: Database) -> None:
    """Both previews are built before either import commits (two windows, GUI and CLI)."""
    import threading

    contacts = [
        ImportedContact(position=f"Karte {i}", name=f"Person {i}", email=f"p{i}@example.org")
        for i in range(1, 201)
    ]
    with db.reader() as s:
        previews = [
            build_preview(s, contacts, file_name="a.vcf", fmt="vcard", today=DEMO_TODAY)
            for _ in range(2)
        ]
    results = []
    threads = [
        threading.Thread(target=lambda p=p: results.append(commit_import(db, p))) for p in previews
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    with db.reader() as s:
        assert s.scalar(select(func.count()).select_from(Contact)) == 200
    assert sorted(r.created for r in results) == [0, 200]


def test_duplicates_by_further_email_addresses(db: Database) -> None:
    """Every e-mail counts: a further address of a stored contact, or of an earlier
    contact of the same file, makes a duplicate as the main address does."""
    stored = ImportedContact("Karte 1", name="Jürgen Weiß", email="jw@praxis.example")
    stored.person.details.append(DetailData(DetailKind.EMAIL, "Juergen.Weiss@Privat.example"))
    preview = preview_of(db, [stored])
    commit_import(db, preview)
    with db.reader() as s:
        stored_id = s.scalars(select(Contact.id)).one()

    by_main = ImportedContact("Karte 1", name="J. Weiß", email="juergen.weiss@privat.example")
    by_further = ImportedContact("Karte 2", name="Jürgen W.", email="neu@anders.example")
    by_further.person.details.append(DetailData(DetailKind.EMAIL, "JW@praxis.example"))
    first = ImportedContact("Karte 3", name="Anna Schmidt", email="anna@one.example")
    first.person.details.append(DetailData(DetailKind.EMAIL, "anna@two.example"))
    again = ImportedContact("Karte 4", name="A. Schmidt", email="anna@two.example")
    other = ImportedContact("Karte 5", name="Bert Meier", email="bert@three.example")
    other.person.details.append(DetailData(DetailKind.EMAIL, "anna@one.example"))
    items = preview_of(db, [by_main, by_further, first, again, other]).items
    assert [i.duplicate_of for i in items[:2]] == [stored_id, stored_id]
    assert {i.duplicate_reason for i in items[:2]} == {"gleiche E-Mail-Adresse"}
    assert items[2].action is Action.NEW and not items[2].is_duplicate
    assert "Karte 3" in items[3].duplicate_reason and items[3].action is Action.SKIP
    assert "Karte 3" in items[4].duplicate_reason and items[4].action is Action.SKIP


def test_a_csv_table_goes_before_the_commit_unless_kept(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "k.csv"
    path.write_text("Vorname;Nachname\nAnna;Berg\nBen;Cordes\n", encoding="utf-8")
    for keep, kept in ((False, False), (True, True)):
        loaded = flow.load_file(path)
        with db.reader() as s:
            plan = flow.plan_import(s, loaded, today=TODAY)
        assert loaded.table is not None
        flow.execute_plan(db, plan, keep_table=keep)
        assert (loaded.table is not None) is kept
