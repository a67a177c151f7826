"""What must behave the same on SQLite and PostgreSQL (run on both)."""

import datetime as dt

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import OperationalError

from empfehlung_desktop.errors import StoreError
from empfehlung_desktop.model import Contact, PracticeProfile, Role
from empfehlung_desktop.sample_practice.generated import add_generated_contacts
from empfehlung_desktop.services.contacts import contacts as cs
from empfehlung_desktop.store import search
from empfehlung_desktop.store.database import (
    Database,
    describe_operational_error,
    normalize_url,
    open_database,
)
from tests.conftest import DEMO_TODAY


def test_bulk_insert_with_ids_then_ordinary_insert(db: Database) -> None:
    """PostgreSQL's id sequence must move past bulk-inserted ids."""
    with db.session() as s:
        add_generated_contacts(s, 30)
    with db.session() as s:
        new = cs.create_contact(s, cs.ContactData(name="Nach dem Import"), today=DEMO_TODAY)
    assert new.id == 31


def test_overlong_text_is_refused_on_every_backend(db: Database) -> None:
    with pytest.raises(StoreError, match=r"zu lang.*profession.*200"), db.session() as s:
        cs.create_contact(s, cs.ContactData(name="Lang", profession="x" * 201), today=DEMO_TODAY)
    with db.reader() as s:
        assert cs.count_contacts(s, cs.ContactQuery()) == 0


def test_json_bytes_roles_and_dates_round_trip(db: Database) -> None:
    sections = [{"key": "audience", "title": "Für wen", "body": "Ä\n„Zitat“", "visible": True}]
    logo = bytes(range(256))
    with db.session() as s:
        s.add(PracticeProfile(name="Praxis", sections=sections, logo=logo, logo_mime="image/png"))
        s.add(
            Contact(
                name="Bit Maske",
                sort_name="bit maske",
                roles=Role.CLIENT | Role.PARTNER,
                consent_share=True,
                consent_share_on=dt.date(2026, 2, 28),
            )
        )
    with db.reader() as s:
        profile = s.scalars(select(PracticeProfile)).one()
        assert profile.sections == sections and profile.logo == logo
        contact = s.scalars(select(Contact)).one()
        assert contact.roles == Role.CLIENT | Role.PARTNER
        assert contact.consent_share is True
        assert contact.consent_share_on == dt.date(2026, 2, 28)
        partners = cs.count_contacts(s, cs.ContactQuery(role=Role.PARTNER))
        prospects = cs.count_contacts(s, cs.ContactQuery(role=Role.PROSPECT))
        assert (partners, prospects) == (1, 0)


def test_search_uses_the_backends_index(db: Database) -> None:
    with db.session() as s:
        add_generated_contacts(s, 50)
    with db.engine.begin() as conn:
        search.rebuild_index(conn)
    with db.reader() as s:
        matching = cs.count_contacts(s, cs.ContactQuery(text="Beratung"))
        assert 0 < matching < 50
        if db.engine.dialect.name == "sqlite":
            assert search.has_fts(s)
            return
        assert not search.has_fts(s)
        # Small tables are scanned; forbid that to see the trigram index is usable.
        s.execute(text("SET LOCAL enable_seqscan = off"))
        where = search.contact_filter("Beratung Gmb", use_fts=False)
        stmt = select(Contact.id).where(where)
        compiled = stmt.compile(s.get_bind(), compile_kwargs={"literal_binds": True})
        plan = "\n".join(row[0] for row in s.execute(text(f"EXPLAIN {compiled}")))
        assert "Bitmap Index Scan on ix_contact_search_trgm" in plan
        assert "BitmapOr" not in plan  # one index scan for the terms, not one per column


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("postgresql://u:p@db.example/praxis", "postgresql+psycopg://u:p@db.example/praxis"),
        ("postgres://u@localhost/praxis", "postgresql+psycopg://u@localhost/praxis"),
        ("postgresql+psycopg://u@h/p", "postgresql+psycopg://u@h/p"),
        ("sqlite:////tmp/x.db", "sqlite:////tmp/x.db"),
    ],
)
def test_postgres_urls_use_psycopg(url: str, expected: str) -> None:
    assert normalize_url(url) == expected


def test_unreachable_server_gives_a_german_message() -> None:
    pytest.importorskip("psycopg")
    # Port 1 on loopback: nothing listens there, the connection is refused at once.
    with pytest.raises(StoreError, match="nicht erreichbar"):
        open_database("postgresql://praxis:geheim@127.0.0.1:1/praxis")


def test_server_errors_are_described_in_german() -> None:
    url = "postgresql://u:p@db.example:5433/praxis"

    def describe(message: str) -> str:
        return describe_operational_error(OperationalError("x", {}, Exception(message)), url)

    assert "Passwort" in describe('password authentication failed for user "u"')
    assert "„praxis“ gibt es" in describe('database "praxis" does not exist')
    assert "Benutzer „u“" in describe('FATAL:  role "u" does not exist')
    assert "db.example:5433" in describe("connection refused")
