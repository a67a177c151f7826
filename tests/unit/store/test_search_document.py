"""Every write path leaves each contact with the search document of its current fields."""

from pathlib import Path

from sqlalchemy import select

from empfehlung_desktop.interchange import json_io, json_restore
from empfehlung_desktop.interchange.import_commit import commit_import
from empfehlung_desktop.interchange.importer import Action, build_preview
from empfehlung_desktop.interchange.records import ImportedContact
from empfehlung_desktop.model import Contact
from empfehlung_desktop.sample_practice.generated import add_generated_contacts
from empfehlung_desktop.services.contacts import contacts as cs
from empfehlung_desktop.services.contacts.snapshots import restore_contacts, snapshot_contact
from empfehlung_desktop.services.data import gdpr_erase
from empfehlung_desktop.store import search
from empfehlung_desktop.store.database import Database, open_database
from tests.conftest import DEMO_TODAY
from tests.helpers import export_oracle


def stale_documents(db: Database) -> list[str]:
    """Names of contacts whose stored document differs from the one their fields give."""
    table = Contact.__table__
    with db.reader() as s:
        rows = s.execute(select(table)).mappings().all()
    assert rows
    return [r["name"] for r in rows if r["search_text"] != search.contact_search_text(r)]


def test_demo_generated_import_undo_and_erasure_keep_documents_current(demo_db: Database) -> None:
    db = demo_db
    with db.session() as s:
        add_generated_contacts(s, 50)
    assert stale_documents(db) == []
    with db.reader() as s:
        existing = s.scalar(select(Contact).where(Contact.email != "").limit(1))
        assert existing is not None
        preview = build_preview(
            s,
            [
                ImportedContact("Karte 1", name="Jürgen Weiß", phone="0761 555 12"),
                ImportedContact("Karte 2", name="Łucja Nowak", referred_by="Niemand Bekanntes"),
                ImportedContact("Karte 3", name=existing.name, email=existing.email, notes="neu"),
            ],
            file_name="k.vcf",
            fmt="vcard",
            today=DEMO_TODAY,
            merge=True,
        )
    assert preview.items[2].action is Action.MERGE
    commit_import(db, preview)
    assert stale_documents(db) == []
    with db.reader() as s:
        found = cs.list_contacts(s, cs.ContactQuery(text="juergen weiss +49 761"))
        assert [c.name for c in found] == ["Jürgen Weiß"]
        assert cs.list_contacts(s, cs.ContactQuery(text="lucja bekanntes"))
    with db.session() as s:
        target = found[0].id
        snap = snapshot_contact(s, target)
        data = cs.ContactData.from_contact(cs.get_contact(s, target))
        data.organisation = "Gemüsegarten"
        cs.update_contact(s, target, data, today=DEMO_TODAY)
    assert stale_documents(db) == []
    with db.session() as s:
        restore_contacts(s, [snap])
    assert stale_documents(db) == []
    with db.session() as s:
        gdpr_erase.erase_contact(s, target)
    assert stale_documents(db) == []


def test_json_restore_computes_documents(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.reader() as s:
        document = export_oracle.export_all(s)
    assert all("search_text" not in c for c in document["contacts"])  # derived, not exported
    document["contacts"][0]["search_text"] = " etwas anderes"  # ignored if present
    target = open_database(f"sqlite:///{tmp_path / 'neu.db'}")
    try:
        with target.session() as s:
            json_restore.restore_all(s, json_io.load_document(export_oracle.dumps(document)))
        assert stale_documents(target) == []
    finally:
        target.dispose()
