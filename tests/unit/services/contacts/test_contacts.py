import datetime as dt

import pytest

from empfehlung_desktop.errors import ConflictError, ValidationError
from empfehlung_desktop.model import ContactSource, Role, SpiralStage
from empfehlung_desktop.services.contacts import contacts as cs
from empfehlung_desktop.store.database import Database
from tests.conftest import DEMO_TODAY


def make(db: Database, **values: object) -> int:
    with db.session() as s:
        data = cs.ContactData(**values)  # type: ignore[arg-type]
        return cs.create_contact(s, data, today=dt.date(2026, 1, 1)).id


def test_create_normalises_email_and_phone(db: Database) -> None:
    cid = make(db, name="  Zofia   Łukasiewicz ", email="Zofia@Example.ORG", phone="030 1234567")
    with db.reader() as s:
        c = cs.get_contact(s, cid)
        assert c.name == "Zofia Łukasiewicz"
        assert c.email == "Zofia@example.org"
        assert c.phone == "+49 30 1234567"
        assert c.sort_name == "łukasiewicz zofia"  # by family name


def test_invalid_input_is_reported_per_field_and_nothing_saved(db: Database) -> None:
    with pytest.raises(ValidationError) as info, db.session() as s:
        cs.create_contact(
            s, cs.ContactData(name="", email="kein-at", phone="abc"), today=DEMO_TODAY
        )
    assert set(info.value.fields) == {"name", "email", "phone"}
    assert "E-Mail" in info.value.fields["email"]
    with db.reader() as s:
        assert cs.count_contacts(s, cs.ContactQuery()) == 0


def test_spiral_change_records_history(db: Database) -> None:
    cid = make(db, name="Anna", spiral_stage=SpiralStage.EXPERIENCE)
    with db.session() as s:
        data = cs.ContactData.from_contact(cs.get_contact(s, cid))
        data.spiral_stage = SpiralStage.SYMPATHY
        data.spiral_note = "Zweiter Auftrag"
        cs.update_contact(s, cid, data, today=dt.date(2026, 5, 1))
    with db.reader() as s:
        steps = cs.get_contact(s, cid).spiral_steps
        assert [(st.previous_stage, st.stage) for st in steps] == [
            (None, SpiralStage.EXPERIENCE),
            (SpiralStage.EXPERIENCE, SpiralStage.SYMPATHY),
        ]
        assert steps[-1].note == "Zweiter Auftrag"


def test_second_save_with_stale_version_is_refused(db: Database) -> None:
    cid = make(db, name="Bernd")
    with db.reader() as s:
        loaded = cs.get_contact(s, cid)
        version = loaded.version
        data = cs.ContactData.from_contact(loaded)
    with db.session() as s:
        cs.update_contact(
            s, cid, cs.ContactData(name="Bernd A."), expected_version=version, today=DEMO_TODAY
        )
    data.name = "Bernd B."
    with pytest.raises(ConflictError, match="inzwischen"), db.session() as s:
        cs.update_contact(s, cid, data, expected_version=version, today=DEMO_TODAY)
    with db.reader() as s:
        assert cs.get_contact(s, cid).name == "Bernd A."


def test_query_filters_and_sorts_in_sql(db: Database) -> None:
    make(db, name="Anton Ärger", roles=Role.CLIENT, source=ContactSource.BLOG)
    make(db, name="Zoe Zander", roles=Role.PARTNER | Role.CLIENT, source=ContactSource.EVENT)
    make(db, name="Dr. Berta Arbeit", roles=Role.PROSPECT, source=ContactSource.BLOG)
    with db.reader() as s:
        names = [r.name for r in cs.fetch_contacts(s, cs.ContactQuery())]
        # By family name, title and umlaut aside.
        assert names == ["Dr. Berta Arbeit", "Anton Ärger", "Zoe Zander"]
        clients = cs.fetch_contacts(s, cs.ContactQuery(role=Role.CLIENT, descending=True))
        assert [r.name for r in clients] == ["Zoe Zander", "Anton Ärger"]
        assert cs.count_contacts(s, cs.ContactQuery(source=ContactSource.BLOG)) == 2


@pytest.mark.parametrize("use_fts", [True, False])
def test_search_finds_substrings_and_umlauts(
    db: Database, use_fts: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    from empfehlung_desktop.store import search

    sqlite = db.engine.dialect.name == "sqlite"
    if use_fts and not sqlite:
        pytest.skip("Der FTS5-Index gibt es nur unter SQLite.")
    make(db, name="Rosa Müller-Lüdenscheidt", organisation="Grün & Co")
    make(db, name="Jan Nowak", email="jan@nowak.pl", competences="SEO, Texte")
    monkeypatch.setattr(search, "has_fts", lambda bind: use_fts)
    with db.reader() as s:

        def find(text: str) -> list[str]:
            return [r.name for r in cs.fetch_contacts(s, cs.ContactQuery(text=text))]

        assert find("Müll") == ["Rosa Müller-Lüdenscheidt"]
        assert find("nowak.pl") == ["Jan Nowak"]
        assert find("seo") == ["Jan Nowak"]
        assert find("Grün &") == ["Rosa Müller-Lüdenscheidt"]
        assert find('"; DROP') == []
        assert find("100%") == []
        assert find("_") == []
        assert find("\\") == []
        if use_fts or not sqlite:
            # SQLite's LIKE folds only ASCII; FTS5 trigram and PostgreSQL fold umlauts.
            assert find("MÜLLER lüdenSCHEIDT") == ["Rosa Müller-Lüdenscheidt"]
            assert find("GRÜN") == ["Rosa Müller-Lüdenscheidt"]


def test_delete_impact_names_what_else_is_affected(demo_db: Database) -> None:
    with demo_db.reader() as s:
        brandt = cs.list_contacts(s, cs.ContactQuery(text="Thomas Brandt"))[0]
        impact = cs.delete_impact(s, [brandt.id])
    assert impact.referrals >= 2
    assert "Empfehlung" in impact.describe()


@pytest.mark.parametrize(
    ("sort", "descending"),
    [("name", False), ("name", True), ("source", False), ("spiral_stage", True), ("email", False)],
)
def test_position_matches_the_listing_order(db: Database, sort: str, descending: bool) -> None:
    sources = [ContactSource.BLOG, None, ContactSource.EVENT]
    stages = [None, SpiralStage.SYMPATHY, SpiralStage.LOYALTY, None]
    for i in range(12):
        make(
            db,
            name=f"{'Müller' if i % 3 else 'Maier'} {i % 4}",
            email=f"p{i % 5}@example.org",
            source=sources[i % 3],
            spiral_stage=stages[i % 4],
        )
    query = cs.ContactQuery(sort=sort, descending=descending)
    with db.reader() as s:
        ids = [r.id for r in cs.fetch_contacts(s, query)]
        assert [cs.contact_position(s, query, cid) for cid in ids] == list(range(len(ids)))
        only_maier = cs.ContactQuery(text="Maier", sort=sort, descending=descending)
        mueller = next(r.id for r in cs.fetch_contacts(s, cs.ContactQuery(text="Müller")))
        assert cs.contact_position(s, only_maier, mueller) is None


@pytest.mark.parametrize(
    "typed, country, stored",
    [
        ("079 123 45 67", None, "079 123 45 67"),  # Swiss mobile: not made German
        ("0664 1234567", None, "0664 1234567"),  # Austrian mobile
        ("(413) 549-0077", None, "(413) 549-0077"),  # American
        ("0761 1234567", None, "0761 1234567"),  # also a valid Austrian number
        ("030 1234567", None, "+49 30 1234567"),  # only German
        ("0041 79 123 45 67", None, "+41 79 123 45 67"),
        ("+43 664 1234567", None, "+43 664 1234567"),
        ("079 123 45 67", "CH", "+41 79 123 45 67"),  # the address says Switzerland
        ("(413) 549-0077", "US", "+1 413-549-0077"),
    ],
)
def test_phone_never_becomes_another_number(typed: str, country: str | None, stored: str) -> None:
    from empfehlung_desktop.services.contacts.validation import check_phone

    result = check_phone(typed, country=country)
    assert result.text == stored and result.error is None
    assert (result.hint is None) == stored.startswith("+")
