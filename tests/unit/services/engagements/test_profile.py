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
