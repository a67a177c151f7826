"""The light read path (stdlib sqlite3) lists exactly what the SQLAlchemy path lists."""

from pathlib import Path

import pytest
from sqlalchemy import select

from empfehlung_desktop.clock import utc_now
from empfehlung_desktop.model import Contact, ContactSource, Role
from empfehlung_desktop.sample_practice.generated import add_generated_contacts
from empfehlung_desktop.services.contacts import contacts as cs
from empfehlung_desktop.services.contacts import quick
from empfehlung_desktop.store import light
from empfehlung_desktop.store.database import Database
from tests.unit.services.contacts.test_contact_search import QUERIES

pytestmark = pytest.mark.sqlite_only
FILTERS = [(None, None), (Role.REFERRER, None), (None, ContactSource.EVENT)]


@pytest.fixture
def big(demo_db: Database) -> Database:
    with demo_db.session() as s:
        add_generated_contacts(s, 300)
        victim = s.scalar(select(Contact).where(Contact.name.like("%Müller%")).limit(1))
        assert victim is not None
        victim.erased_at = utc_now()
    return demo_db


def test_light_search_equals_list_contacts(big: Database) -> None:
    with light.reader(big.url) as con, big.reader() as session:
        for text in [*QUERIES, '"quoted', "a_b", "50%"]:
            for role, source in FILTERS:
                query = cs.ContactQuery(text=text, role=role, source=source)
                expected = [cs.contact_to_dict(c) for c in cs.list_contacts(session, query)]
                found = list(quick.contact_dicts(con, text, role, source))
                assert found == expected, (text, role, source)
        limited = list(quick.contact_dicts(con, "a", limit=3))
        assert [c["id"] for c in limited] == [
            c.id for c in cs.list_contacts(session, cs.ContactQuery(text="a"), limit=3)
        ]


def test_light_reader_refuses_what_it_cannot_serve(tmp_path: Path) -> None:
    with pytest.raises(light.Unavailable), light.reader("postgresql://x/y"):
        pass
    with pytest.raises(light.Unavailable), light.reader(f"sqlite:///{tmp_path}/missing.db"):
        pass


def test_light_reader_refuses_an_older_schema(big: Database) -> None:
    with big.session() as session:
        session.connection().exec_driver_sql("UPDATE alembic_version SET version_num = '0002'")
    with pytest.raises(light.Unavailable), light.reader(big.url):
        pass
