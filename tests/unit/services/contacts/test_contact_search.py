"""Search semantics and the fast paths must give exactly what the plain queries give."""

import pytest
from sqlalchemy import select

from empfehlung_desktop.clock import utc_now
from empfehlung_desktop.model import Contact, Role
from empfehlung_desktop.sample_practice.generated import add_generated_contacts
from empfehlung_desktop.services.contacts import contacts as cs
from empfehlung_desktop.services.contacts import search as contact_search
from empfehlung_desktop.store import search
from empfehlung_desktop.store.database import Database
from tests.conftest import DEMO_TODAY

QUERIES = [
    "",
    "M",
    "Mü",
    "mü",
    "Sc",
    "a",
    "ö",
    "Kö",
    "ab",
    "Müller",
    "Müll",
    "Schröder",
    "Anna Braun",
    "anna.braun",
    "+49 761 22",
    "761 22",
    "Grün &",
    "&",
    "Lena Köhler",
    "Beratung",
    "A B",
    "zz",
    "100%",
    "Karl-Heinz",
    "x",
    "muell",
    "Soeren",
    "Łu",
    "L",
    "Oe",
    "0761",
    "+49 761",
    "0761 2",
    "weiss",
    "+",
    "-",
]


@pytest.fixture
def big(demo_db: Database) -> Database:
    with demo_db.session() as s:
        add_generated_contacts(s, 400)
        # One erased contact that would match many searches.
        victim = s.scalar(select(Contact).where(Contact.name.like("%Müller%")).limit(1))
        assert victim is not None
        victim.erased_at = utc_now()
    return demo_db


def test_fast_count_and_in_order_pages_equal_the_plain_queries(big: Database) -> None:
    for text in QUERIES:
        check_query(big, text)


def check_query(db: Database, text: str) -> None:
    with db.reader() as s:
        erased = contact_search.erased_contact_ids(s)
        assert len(erased) == 1
        query = cs.ContactQuery(text=text)
        plain = cs.fetch_contacts(s, query, 0, 10_000)
        # Each row's place in the name order (descending: names backwards, ids ascending).
        names_in_order = sorted({r for r in s.execute(select(Contact.sort_name)).scalars()})
        rank = {
            cid: (names_in_order.index(key), cid)
            for cid, key in s.execute(select(Contact.id, Contact.sort_name))
        }
        assert cs.count_contacts(s, query) == len(plain)
        assert cs.count_contacts(s, query, erased) == len(plain)
        assert not any(r.id in erased for r in plain)
        for offset in (0, 150):
            expected = plain[offset : offset + 100]
            assert cs.fetch_contacts(s, query, offset, 100, in_order=True) == expected
            assert cs.fetch_contacts(s, query, offset, 100, erased=erased) == expected
            both = cs.fetch_contacts(s, query, offset, 100, in_order=True, erased=erased)
            assert both == expected
            dense = cs.fetch_contacts(s, query, offset, 100, True, erased, dense=True)
            assert dense == expected
        backwards = cs.ContactQuery(text=text, descending=True)
        reverse = cs.fetch_contacts(s, backwards, 0, 10_000)
        assert [r.id for r in reverse] == sorted(
            (r.id for r in plain), key=lambda i: (-rank[i][0], i)
        )
        for offset in (0, 150):
            expected = reverse[offset : offset + 100]
            assert cs.fetch_contacts(s, backwards, offset, 100, erased=erased) == expected
        with_role = cs.ContactQuery(text=text, role=Role.CLIENT)
        clients = cs.fetch_contacts(s, with_role, 0, 10_000)
        assert cs.count_contacts(s, with_role, erased) == len(clients)


def names(db: Database, text: str) -> list[str]:
    with db.reader() as s:
        return [r.name for r in cs.fetch_contacts(s, cs.ContactQuery(text=text))]


def make(db: Database, name: str, **values: str) -> None:
    with db.session() as s:
        cs.create_contact(s, cs.ContactData(name=name, **values), today=DEMO_TODAY)  # type: ignore[arg-type]


def test_short_queries_match_name_and_word_starts(db: Database) -> None:
    make(db, "Rosa Müller")
    make(db, "Müsli Max", organisation="Gemüse AG")
    make(db, "Karl Mohn", phone="+49 761 2213403")
    # One letter: family names starting with M, as the list sorts them ("Max, Müsli").
    assert names(db, "M") == ["Müsli Max", "Karl Mohn", "Rosa Müller"]
    assert names(db, "Mü") == ["Müsli Max", "Rosa Müller"]  # not "Gemüse"
    assert names(db, "Gemü") == ["Müsli Max"]  # three letters: anywhere
    assert names(db, "+49 761 22") == ["Karl Mohn"]
    assert names(db, "761 23") == []


def test_without_the_index_short_terms_stay_substrings(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from empfehlung_desktop.store import search

    make(db, "Rosa Müller")
    make(db, "Müsli Max", organisation="Gemüse AG")
    monkeypatch.setattr(search, "has_fts", lambda bind: False)
    assert names(db, "mü") == ["Müsli Max", "Rosa Müller"]
    with db.reader() as s:
        assert cs.count_contacts(s, cs.ContactQuery(text="mü"), frozenset()) == 2


def test_in_order_is_chosen_only_for_dense_results_near_the_top() -> None:
    assert contact_search.prefer_in_order(25_000, 100_000, 0)
    assert not contact_search.prefer_in_order(300, 100_000, 0)
    assert not contact_search.prefer_in_order(25_000, 100_000, 50_000)


def test_search_as_germans_type(db: Database) -> None:
    make(db, "Rosa Müller")
    make(db, "Sören Weiß", organisation="Łódź Consulting")
    make(db, "Małgorzata Nowak", phone="+49 221 1234567")
    make(db, "Karl Mohn", phone="0761 555 12")
    for query in ("mull", "muell", "Müll", "MUELL", "Mü", "mu"):
        assert names(db, query) == ["Rosa Müller"], query
    for query in ("Soren", "Soeren", "weiss", "weiß", "WEISS", "Lodz", "So", "We"):
        assert names(db, query) == ["Sören Weiß"], query
    assert names(db, "Malg") == names(db, "Ma") == ["Małgorzata Nowak"]
    for query in ("0221 123", "0221123", "+49221123", "+49 221 12", "0049 221", "(0221) 12"):
        assert names(db, query) == ["Małgorzata Nowak"], query
    for query in ("+49 761", "0761", "+49 (0)761 555-1", "Karl 0761 5"):
        assert names(db, query) == ["Karl Mohn"], query
    assert names(db, "+41 761") == []
    with db.reader() as s:
        stored = s.scalar(select(Contact.phone).where(Contact.name == "Karl Mohn"))
    assert stored == "0761 555 12"  # the search never changes the number


def test_edits_and_erasure_keep_the_search_document(db: Database) -> None:
    from empfehlung_desktop.services.data import gdpr_erase

    make(db, "Rosa Müller", notes="kennt Jürgen")
    with db.session() as s:
        contact = s.scalar(select(Contact).where(Contact.name == "Rosa Müller"))
        assert contact is not None
        data = cs.ContactData.from_contact(contact)
        data.name = "Rosa Schäfer"
        cs.update_contact(s, contact.id, data, today=DEMO_TODAY)
    assert names(db, "muell") == []
    assert names(db, "Schaefer") == names(db, "juergen") == ["Rosa Schäfer"]
    with db.session() as s:
        gdpr_erase.erase_contact(s, cs.list_contacts(s, cs.ContactQuery(text="schafer"))[0].id)
    assert names(db, "schafer") == names(db, "jurgen") == []


def test_name_clustered_matches_are_sorted_from_the_indexes(db: Database) -> None:
    """ "Sc" in a practice full of Schmidts: the matches sit together late in the
    name order, so they are sorted (on the (id, sort_name) index) instead of walking
    the name index from "A"; the page is the same either way."""
    people = [("Anna", f"Schmidt{n:03}", "") for n in range(230)]
    people += [("Kurt", f"Becker{n:02}", "Schreinerei") for n in range(10)]
    people += [("Anna", f"Weber{n:03}", "") for n in range(200)]
    with db.session() as s:
        for given, family, firm in people:
            data = cs.ContactData(given_name=given, family_name=family, organisation=firm)
            cs.create_contact(s, data, today=DEMO_TODAY)
    with db.reader() as s:
        total = cs.count_contacts(s, cs.ContactQuery())

        def clustered(text: str) -> bool:
            matches = cs.count_contacts(s, cs.ContactQuery(text=text))
            return contact_search.clustered_by_name(s, text, matches, total)

        if not search.has_fts(s):  # PostgreSQL: its trigram index answers every search
            assert not clustered("Sc")
            assert contact_search.name_page(s, "Sc", False, 0, 200, frozenset()) is None
            return
        assert clustered("Sc")
        assert clustered("Schmidt")
        assert clustered("Weber")
        assert not clustered("Anna")  # a given name: spread over the names
        assert not clustered("Anna Sc")  # one word only
        erased = contact_search.erased_contact_ids(s)
        assert contact_search.name_page(s, "Sc", False, 0, 200, erased) is not None
        assert contact_search.name_page(s, "Sc", False, 0, 200, None) is None  # erased unknown
        assert contact_search.name_page(s, "S", False, 0, 200, erased) is None  # the name index
        query = cs.ContactQuery(text="Sc")
        plain = cs.fetch_contacts(s, query, 0, 10_000)
        assert len(plain) == 240
        assert plain[0].name == "Kurt Becker00"  # "Schreinerei" is a word start too
        counts = (len(plain), total)
        for offset in (0, 100, 250):
            expected = plain[offset : offset + 100]
            walk = cs.fetch_contacts(s, query, offset, 100, True, erased, counts=counts)
            assert walk == expected
            assert cs.fetch_contacts(s, query, offset, 100, erased=erased) == expected
