"""The bulk commit of an import leaves the database as ORM inserts would leave it."""

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from empfehlung_desktop.interchange import import_commit
from empfehlung_desktop.interchange.import_commit import commit_import
from empfehlung_desktop.interchange.importer import (
    Action,
    ImportPreview,
    PreviewItem,
    build_preview,
)
from empfehlung_desktop.interchange.records import ImportedContact, PersonFields
from empfehlung_desktop.model import (
    Contact,
    ContactAddress,
    ContactDetail,
    ContactSource,
    DetailKind,
    Role,
    Salutation,
    SpiralStage,
)
from empfehlung_desktop.services import settings
from empfehlung_desktop.services.contacts import contacts as cs
from empfehlung_desktop.services.contacts.person import (
    NAMES_TO_CHECK,
    AddressData,
    DetailData,
    names_to_check,
)
from empfehlung_desktop.store import bulk
from empfehlung_desktop.store.database import Database, open_database
from tests.conftest import DEMO_TODAY

QUERIES = ("juergen weiss", "weiß 0761", "+41 79 123", "malg", "soren", "freiburg", "garcia", "mu")


def people() -> list[ImportedContact]:
    return [
        ImportedContact(
            "Karte 1",
            name="Jürgen Weiß",
            email="j.weiss@example.org",
            phone="0761 555 12",
            organisation="Gemüse & Co",
            profession="Coach, Supervisor",
            competences="Gruppen, Teams",
            notes="Kennengelernt 2024\nzweite Zeile",
            person=PersonFields(
                salutation=Salutation.MR,
                given_name="Jürgen",
                family_name="Weiß",
                birth_day=3,
                birth_month=4,
                birth_year=1970,
                tags="Netzwerk, Supervision",
                details=[
                    DetailData(DetailKind.EMAIL, "privat@example.net", "privat"),
                    DetailData(DetailKind.PHONE, "+41 79 123 45 67", "mobil"),
                    DetailData(DetailKind.WEB, "https://praxis.example"),
                ],
                addresses=[
                    AddressData(
                        street="Kaiser-Joseph-Straße 12",
                        postcode="79098",
                        city="Freiburg",
                        country="Deutschland",
                        label="geschäftlich",
                    )
                ],
            ),
        ),
        ImportedContact(
            "Karte 2",
            name="Małgorzata Nowak-Søren",
            roles=Role.CLIENT | Role.REFERRER,
            source=ContactSource.BLOG,
            spiral_stage=SpiralStage.SATISFACTION,
            consent_share=True,
            consent_share_on=dt.date(2026, 5, 1),
        ),
        ImportedContact("Karte 3", name="Anna Maria Garcia Lopez", phone="+49 30 1234567"),
        ImportedContact("Karte 4", name="Eva Empfohlen", referred_by="Jürgen Weiß"),
        ImportedContact("Karte 5", name="Otto Ohnebekannt", referred_by="Niemand Bekanntes"),
    ]


def preview_of(db: Database, contacts: list[ImportedContact], merge: bool = False) -> ImportPreview:
    with db.reader() as s:
        return build_preview(
            s, contacts, file_name="k.vcf", fmt="vcard", today=DEMO_TODAY, merge=merge
        )


def table_rows(db: Database, table: Any) -> list[dict[str, Any]]:
    with db.reader() as s:
        rows = s.execute(select(table).order_by(table.c.id)).mappings().all()
    return [dict(r) for r in rows]


def found(db: Database, text: str) -> list[str]:
    with db.reader() as s:
        return sorted(c.name for c in cs.list_contacts(s, cs.ContactQuery(text=text)))


def index_is_consistent(path: Path) -> bool:
    """FTS5's own check of the index against the contact table (external content)."""
    con = sqlite3.connect(path)
    try:
        con.execute("INSERT INTO contact_fts(contact_fts, rank) VALUES ('integrity-check', 1)")
        return con.execute("SELECT count(*) FROM contact_fts_config").fetchone()[0] == 1
    finally:
        con.close()


def mirror_through_orm(source: Database, target: Database) -> None:
    """The same contacts written one by one through the ORM (hooks, triggers)."""
    contact_table = Contact.__table__
    details = table_rows(source, ContactDetail.__table__)
    addresses = table_rows(source, ContactAddress.__table__)
    with source.reader() as s:
        keys = [c.key for c in Contact.__mapper__.column_attrs if c.key != "search_text"]
        contacts = s.scalars(select(Contact).order_by(contact_table.c.id)).all()
        values = [{k: getattr(c, k) for k in keys} for c in contacts]
    with target.session() as s:
        for row in values:
            contact = Contact(**row)  # referrers come first in this list
            contact.details = [
                ContactDetail(**{k: v for k, v in d.items() if k not in ("id", "contact_id")})
                for d in details
                if d["contact_id"] == row["id"]
            ]
            contact.addresses = [
                ContactAddress(**{k: v for k, v in a.items() if k not in ("id", "contact_id")})
                for a in addresses
                if a["contact_id"] == row["id"]
            ]
            s.add(contact)


# The contact table's indexes are kept up to date row by row, or (a big import into
# a small table) dropped and built again afterwards: the same database either way.
DEFERRED = pytest.mark.parametrize("defer_from", [bulk.DEFER_FROM, 1], ids=["kept", "rebuilt"])


def contact_indexes(path: Path) -> list[tuple[str, str]]:
    con = sqlite3.connect(path)
    try:
        found = con.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'contact'"
            " ORDER BY name"
        )
        return [(str(name), str(sql)) for name, sql in found]
    finally:
        con.close()


@DEFERRED
def test_bulk_commit_equals_orm_inserts(
    db: Database, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, defer_from: int
) -> None:
    monkeypatch.setattr(bulk, "DEFER_FROM", defer_from)
    indexes = contact_indexes(db_path)
    preview = preview_of(db, people())
    result = commit_import(db, preview)
    assert contact_indexes(db_path) == indexes
    assert (result.created, result.merged, result.skipped) == (5, 0, 0)
    with db.reader() as s:
        weiss = s.scalars(select(Contact).where(Contact.name == "Jürgen Weiß")).one()
        assert (weiss.salutation, weiss.birth_year, weiss.tags) == (
            Salutation.MR,
            1970,
            "Netzwerk, Supervision",
        )
        assert [(d.kind, d.value, d.label) for d in weiss.details] == [
            (DetailKind.EMAIL, "privat@example.net", "privat"),
            (DetailKind.PHONE, "+41 79 123 45 67", "mobil"),
            (DetailKind.WEB, "https://praxis.example", ""),
        ]
        assert [a.city for a in weiss.addresses] == ["Freiburg"]
        nowak = s.scalars(select(Contact).where(Contact.name.like("Ma%"))).one()
        assert nowak.roles == Role.CLIENT | Role.REFERRER
        assert (nowak.source, nowak.spiral_stage) == (ContactSource.BLOG, SpiralStage.SATISFACTION)
        assert (nowak.consent_share, nowak.consent_share_on) == (True, dt.date(2026, 5, 1))
        eva = s.scalars(select(Contact).where(Contact.name == "Eva Empfohlen")).one()
        assert eva.referred_by_id == weiss.id
        otto = s.scalars(select(Contact).where(Contact.name == "Otto Ohnebekannt")).one()
        assert otto.notes.endswith("Empfohlen von: Niemand Bekanntes")
    assert index_is_consistent(db_path)  # and the buffer setting is gone again

    orm = open_database(f"sqlite:///{tmp_path / 'orm.db'}")
    try:
        mirror_through_orm(db, orm)
        for table in (Contact.__table__, ContactDetail.__table__, ContactAddress.__table__):
            assert table_rows(db, table) == table_rows(orm, table)
        for text in QUERIES:
            assert found(db, text) == found(orm, text), text
        assert found(db, "otto bekanntes") == ["Otto Ohnebekannt"]
    finally:
        orm.dispose()


def test_imported_contacts_can_be_merged_edited_and_searched(db: Database, db_path: Path) -> None:
    commit_import(db, preview_of(db, people()))
    again = preview_of(
        db, [ImportedContact("Karte 1", name="Jürgen Weiß", email="j.weiss@example.org")], True
    )
    assert again.items[0].action is Action.MERGE
    assert commit_import(db, again).merged == 1
    with db.session() as s:
        target = s.scalars(select(Contact.id).where(Contact.name == "Jürgen Weiß")).one()
        data = cs.ContactData.from_contact(cs.get_contact(s, target))
        data.organisation = "Obstgarten"
        cs.update_contact(s, target, data, today=DEMO_TODAY)
    assert found(db, "obstgarten") == ["Jürgen Weiß"]
    assert found(db, "gemuse") == []
    assert index_is_consistent(db_path)


def test_names_split_by_a_guess_are_listed_for_checking(db: Database) -> None:
    with db.session() as s:
        settings.set_value(s, NAMES_TO_CHECK, [999])  # listed before: kept
    commit_import(db, preview_of(db, people()))
    with db.reader() as s:
        listed = {entry.name for entry in names_to_check(s)}
        ids = settings.get(s, NAMES_TO_CHECK)
    # Three given names or more cannot be split for sure; a name with its parts from
    # the file, or a plain "given family", needs no check.
    assert listed == {"Anna Maria Garcia Lopez"}
    assert ids[0] == 999 and len(ids) == 2


@DEFERRED
def test_a_failure_while_building_rows_changes_nothing(
    db: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch, defer_from: int
) -> None:
    """Rows are built on a worker thread: its error ends the one transaction too."""
    monkeypatch.setattr(import_commit, "BATCH", 10)
    monkeypatch.setattr(bulk, "DEFER_FROM", defer_from)
    indexes = contact_indexes(db_path)
    build = import_commit._contact_row

    def failing(item: PreviewItem, constant: tuple[Any, ...], document: str) -> tuple[Any, ...]:
        if item.position == "Zeile 15":
            raise RuntimeError("kaputt")
        return build(item, constant, document)

    monkeypatch.setattr(import_commit, "_contact_row", failing)
    preview = preview_of(db, [ImportedContact(f"Zeile {i}", name=f"P {i}") for i in range(30)])
    with pytest.raises(RuntimeError, match="kaputt"):
        commit_import(db, preview)
    assert table_rows(db, Contact.__table__) == []
    assert index_is_consistent(db_path)
    assert contact_indexes(db_path) == indexes
    con = sqlite3.connect(db_path)
    try:
        triggers = con.execute("SELECT count(*) FROM sqlite_master WHERE name = 'contact_fts_ai'")
        assert triggers.fetchone()[0] == 1
    finally:
        con.close()


def test_referrers_are_linked_to_older_and_new_contacts_by_uid_or_one_name(
    db: Database,
) -> None:
    older = "0b6c1a52-3f1e-4c1e-9a57-6a0f2d1c4e11"
    with db.session() as s:
        s.add(Contact(name="Alt Bekannt", uid=older, sort_name="", search_text=""))
        s.add(Contact(name="Doppelt", sort_name="", search_text=""))
        s.add(
            Contact(
                name="Gelöscht", sort_name="", search_text="", erased_at=dt.datetime(2026, 1, 1)
            )
        )
    rows = [
        ImportedContact("Zeile 1", name="Per Uid", referred_by="x", referred_by_uid=older),
        ImportedContact("Zeile 2", name="Per Name", referred_by="ALT BEKANNT"),
        ImportedContact("Zeile 3", name="Doppelt", email="d@example.org"),
        ImportedContact("Zeile 4", name="Zweideutig", referred_by="Doppelt"),
        ImportedContact("Zeile 5", name="Neu Empfohlen", referred_by="per name"),
        ImportedContact("Zeile 6", name="Von Gelöschter", referred_by="Gelöscht"),
        ImportedContact("Zeile 7", name="Selbst", referred_by="Selbst"),
    ]
    preview = preview_of(db, rows)
    for item in preview.items:
        item.action = Action.NEW
    commit_import(db, preview)
    with db.reader() as s:
        people = {c.name: c for c in s.scalars(select(Contact)) if c.erased_at is None}
        by_id = {c.id: c.name for c in people.values()}
        linked = {
            name: by_id.get(people[name].referred_by_id or 0)
            for name in (
                "Per Uid",
                "Per Name",
                "Zweideutig",
                "Neu Empfohlen",
                "Von Gelöschter",
                "Selbst",
            )
        }
        notes = {name: people[name].notes for name in ("Zweideutig", "Von Gelöschter", "Selbst")}
    assert linked == {
        "Per Uid": "Alt Bekannt",
        "Per Name": "Alt Bekannt",
        "Zweideutig": None,
        "Neu Empfohlen": "Per Name",
        "Von Gelöschter": None,
        "Selbst": None,
    }
    assert notes == {
        "Zweideutig": "Empfohlen von: Doppelt",
        "Von Gelöschter": "Empfohlen von: Gelöscht",
        "Selbst": "Empfohlen von: Selbst",
    }
    assert found(db, "empfohlen doppelt") == ["Zweideutig"]


def test_the_commit_takes_an_items_search_parts_as_the_search_module_does(db: Database) -> None:
    from empfehlung_desktop.interchange import search_documents
    from empfehlung_desktop.store import search

    items = preview_of(db, people()).items
    assert any(item.person.details for item in items)
    assert any(item.person.addresses for item in items)
    for item in items:
        texts, phones = search.search_parts(item)
        packed = import_commit.item_search_parts(item)
        assert isinstance(packed[1], str)  # one string crosses to the second process
        unpacked = search_documents.unpack(packed)
        assert unpacked == ([t for t in texts if t], [p for p in phones if p])
        assert search_documents.contact_search_document(*unpacked) == (
            search.contact_search_text(item)
        )
