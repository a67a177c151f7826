import io

import pytest
from PIL import Image

from empfehlung_desktop.errors import ConflictError, ValidationError
from empfehlung_desktop.services.engagements import profile as ps
from empfehlung_desktop.store.database import Database

DEFAULT_TITLES = [
    "Für wen ich arbeite",
    "Welche Probleme ich löse",
    "Wie ich arbeite",
    "Was ich von Ihnen erwarte",
    "Was Sie von mir erwarten können",
    "Wann ich nicht die/der Richtige bin",
    "Wie es weitergeht",
]


def _png(size: tuple[int, int] = (40, 20), fmt: str = "PNG") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (31, 95, 91)).save(buffer, fmt)
    return buffer.getvalue()


def test_created_on_first_use_with_example_sections(db: Database) -> None:
    with db.session() as session:
        data = ps.load_profile(session)
    assert [s.title for s in data.sections] == DEFAULT_TITLES
    assert all(s.body.startswith(ps.EXAMPLE_PREFIX) and s.visible for s in data.sections)
    with db.reader() as session:
        assert ps.load_profile(session).version == data.version


def test_save_reorder_hide_add_and_conflict(db: Database) -> None:
    with db.session() as session:
        data = ps.load_profile(session)
    data.name = "  Zofia   Łódź-Nowak "
    data.email = "zofia@example.org"
    data.sections.insert(0, data.sections.pop(2))
    data.sections[1].visible = False
    data.sections.append(ps.Section(key="", title="Preise", body="Ab 900 €"))
    data.sections.append(ps.Section(key="", title="", body=""))  # empty: dropped
    with db.session() as session:
        saved = ps.save_profile(session, data)
        version = saved.version
    with db.reader() as session:
        again = ps.load_profile(session)
    assert again.name == "Zofia Łódź-Nowak"
    assert again.sections[0].title == "Wie ich arbeite"
    assert not again.sections[1].visible
    assert again.sections[-1].key == "custom-1" and again.sections[-1].title == "Preise"
    hidden_title = again.sections[1].title
    assert hidden_title not in [s.title for s in again.visible_sections()]
    assert again.version == version
    with pytest.raises(ConflictError), db.session() as session:
        ps.save_profile(session, data)  # data still holds the old version


def test_validation_messages(db: Database) -> None:
    data = ps.ProfileData(name="x" * 201, email="kein@", sections=[ps.Section("a", "", "Text")])
    with pytest.raises(ValidationError) as info:
        ps.validate(data)
    assert set(info.value.fields) == {"name", "email", "sections"}


def test_logo_validation() -> None:
    assert ps.validate_logo(_png()) == "image/png"
    assert ps.validate_logo(_png(fmt="JPEG")) == "image/jpeg"
    with pytest.raises(ValidationError, match="PNG- oder JPEG"):
        ps.validate_logo(b"GIF89a....")
    with pytest.raises(ValidationError, match="beschädigt"):
        ps.validate_logo(b"\x89PNG\r\n\x1a\n" + b"0" * 50)
    with pytest.raises(ValidationError, match="zu groß"):
        ps.validate_logo(b"\x89PNG\r\n\x1a\n" + b"0" * (ps.LOGO_MAX_BYTES + 1))


def test_logo_is_stored_with_its_type(db: Database) -> None:
    with db.session() as session:
        data = ps.load_profile(session)
        data.logo = _png()
        ps.save_profile(session, data)
    with db.reader() as session:
        stored = ps.load_profile(session)
    assert stored.logo_mime == "image/png" and stored.logo == _png()


def test_a_profile_per_language_keeps_the_other_untouched(db: Database) -> None:
    with db.session() as session:
        german = ps.load_profile(session)
        german.name, german.title = "Zofia Dvořák", "Beratung für Praxen"
        ps.save_profile(session, german)
        assert ps.profile_languages(session) == ["de"]
        english = ps.profile_for_editing(session, "en")
    assert english.language == "en" and english.title == "Beratung für Praxen"
    assert english.sections[0].title == "Who I work with"
    assert all(s.body.startswith(ps.EXAMPLE_PREFIXES[1]) for s in english.sections)
    english.title = "Consulting for practices"
    english.sections = [ps.Section(key="audience", title="Who I work with", body="Doctors.")]
    english.email = "zofia@example.org"  # shared by both languages
    with db.session() as session:
        ps.save_profile(session, english)
    with db.reader() as session:
        de, en = ps.load_profile(session, "de"), ps.load_profile(session, "en")
        assert ps.profile_languages(session) == ["de", "en"]
    assert (de.language, de.title, len(de.sections)) == ("de", "Beratung für Praxen", 7)
    assert (en.language, en.title, [s.body for s in en.sections]) == (
        "en",
        "Consulting for practices",
        ["Doctors."],
    )
    assert de.email == en.email == "zofia@example.org"
    # Saving German again keeps the English part.
    de.sections = de.sections[:2]
    with db.session() as session:
        ps.save_profile(session, de)
    with db.reader() as session:
        assert len(ps.load_profile(session, "de").sections) == 2
        assert ps.load_profile(session, "en").sections[0].body == "Doctors."


def test_without_a_profile_in_the_language_the_german_one_stands_in(db: Database) -> None:
    with db.session() as session:
        data = ps.load_profile(session, "en")
        with pytest.raises(ValidationError):
            ps.profile_for_editing(session, "fr")
    assert data.language == "de" and data.sections[0].title == DEFAULT_TITLES[0]
