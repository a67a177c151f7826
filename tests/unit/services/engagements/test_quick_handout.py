"""The light read path (stdlib sqlite3) builds the same handout data as the ORM path."""

import pytest
from sqlalchemy import select

from empfehlung_desktop.errors import NotFoundError
from empfehlung_desktop.model import Engagement
from empfehlung_desktop.services.engagements import handout as hs
from empfehlung_desktop.services.engagements import quick_handout
from empfehlung_desktop.store import light
from empfehlung_desktop.store.database import Database

pytestmark = pytest.mark.sqlite_only


def test_light_handout_data_equals_the_orm_path(demo_db: Database) -> None:
    with demo_db.reader() as session:
        ids = list(session.scalars(select(Engagement.id)))
        hs.handout_data(session, ids[0])  # creates the profile row if missing
    assert ids
    with light.reader(demo_db.url) as con, demo_db.reader() as session:
        for engagement_id in ids:
            expected = hs.handout_data(session, engagement_id)
            assert quick_handout.handout_data(con, engagement_id) == expected
        with pytest.raises(NotFoundError):
            quick_handout.handout_data(con, max(ids) + 1)


def test_without_a_profile_row_the_full_path_is_needed(db: Database) -> None:
    with light.reader(db.url) as con, pytest.raises(light.Unavailable):
        quick_handout.load_profile(con)


def test_light_path_picks_the_profile_of_the_language_too(demo_db: Database) -> None:
    from empfehlung_desktop import i18n

    with demo_db.reader() as session:
        ids = list(session.scalars(select(Engagement.id)))
    i18n.set_language("en")
    try:
        with light.reader(demo_db.url) as con, demo_db.reader() as session:
            expected = hs.handout_data(session, ids[0])
            assert quick_handout.handout_data(con, ids[0]) == expected
    finally:
        i18n.set_language("de")
    assert expected.language == expected.profile.language == "en"
    assert expected.sections[0].title == "Who I work with"
    assert expected.greeting.startswith("Dear ")  # Anrede and Sie/du, in English
