import datetime as dt
import io
from dataclasses import replace

import pytest
from PIL import Image
from pypdf import PdfReader

from empfehlung_desktop.reports.handout import build_handout
from empfehlung_desktop.services.engagements import engagements as es
from empfehlung_desktop.services.engagements import handout as hs
from empfehlung_desktop.services.engagements import profile as ps
from empfehlung_desktop.store.database import Database
from tests.conftest import DEMO_NOW
from tests.helpers.handout_pdf import handout_bytes

MEETING = dt.datetime(2026, 11, 25, 14, 0)


def _text(pdf: bytes) -> tuple[str, PdfReader]:
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() or "" for page in reader.pages), reader


def _squash(text: str) -> str:
    return " ".join(text.split())


def _profile() -> ps.ProfileData:
    return ps.ProfileData(
        name="Katrin Sommerfeld",
        title="Markenberatung",
        email="k@example.org",
        sections=ps.default_sections(),
    )


def test_contains_title_name_and_visible_sections_only() -> None:
    profile = _profile()
    profile.sections[3].visible = False
    data = hs.HandoutData.for_profile(profile, "Lena Köhler", first_meeting_at=MEETING)
    text, reader = _text(handout_bytes(data))
    flat = _squash(text)
    assert "Warum Sie" in flat and "Guten Tag Lena Köhler," in flat
    assert "Unser Erstgespräch Mittwoch, 25. November 2026 um 14:00 Uhr" in flat
    for section in profile.sections:
        assert (section.title in flat) is section.visible
    assert "Zur Vorbereitung" in flat and "Empfohlen von" not in flat
    # Not referred: no privacy notice about a source, and the usual question stays.
    joined = flat.replace("- ", "")  # undo the hyphenation of the narrow side column
    assert "Kontaktdaten habe ich von" not in joined and "aufmerksam geworden" in joined
    assert len(reader.pages) == 1
    assert reader.metadata.title == "Warum Sie – für Lena Köhler"
    assert reader.metadata.author == "Katrin Sommerfeld"


def test_referrer_and_need_only_when_ticked(demo_db: Database) -> None:
    with demo_db.session() as session:
        engagement = es.list_engagements(
            session, es.EngagementQuery(status=es.E.FIRST_MEETING, now=DEMO_NOW)
        )[0]
        assert engagement.referred_by_id is not None
        engagement.handout_show_referrer = False
        engagement.handout_show_need = False
        off = hs.handout_data(session, engagement.id)
        engagement.handout_show_referrer = True
        engagement.handout_show_need = True
        on = hs.handout_data(session, engagement.id)
        giver = engagement.referred_by.name
    assert off.referrer_name is None and off.need is None
    text_off = _squash(_text(handout_bytes(off))[0])
    text_on = _squash(_text(handout_bytes(on))[0])
    assert "Empfohlen von" not in text_off and f"Empfohlen von {giver}" in text_on
    assert "wie ich es verstanden habe" in text_on
    # A referred prospect is told where their data came from either way (DSGVO Art. 14),
    # and is not asked how they found us.
    for text in (text_off.replace("- ", ""), text_on.replace("- ", "")):
        assert f"Kontaktdaten habe ich von {giver} erhalten" in text
        assert "aufmerksam geworden" not in text
    assert "wie ich es verstanden habe" not in text_off


HOSTILE = [
    "<",
    "&",
    "<b>fett",
    "a < b & c > d </para>",
    "X" * 5000,
    "😀👍🏽 Emoji",
    "Łódź Dvořák Őrs Zażółć gęślą jaźń",
    "Zeile 1\nZeile 2\r\n\n• Punkt\n- zweiter\x00\x07",
    "",
]


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_text_in_every_field_never_breaks(hostile: str) -> None:
    profile = ps.ProfileData(
        name=hostile,
        title=hostile,
        email=hostile,
        phone=hostile,
        website=hostile,
        address=hostile,
        sections=[ps.Section("a", hostile or "x", hostile), ps.Section("b", "Zwei", hostile)],
    )
    data = hs.HandoutData.for_profile(
        profile, hostile, first_meeting_at=MEETING, referrer_name=hostile, need=hostile
    )
    pdf = handout_bytes(data)
    text, _reader = _text(pdf)
    assert pdf.startswith(b"%PDF") and "Warum Sie" in text
    if hostile.startswith("Łódź"):
        assert "Łódź Dvořák Őrs" in text
    if hostile == "<b>fett":
        assert "<b>fett" in text


def test_empty_profile_still_builds() -> None:
    data = hs.HandoutData.for_profile(ps.ProfileData(), "")
    text, reader = _text(handout_bytes(data))
    assert "Warum Sie" in text and len(reader.pages) >= 1


def test_long_texts_flow_onto_numbered_pages(tmp_path) -> None:
    profile = _profile()
    long_body = "\n\n".join(f"Absatz {i}: " + "Sehr viel Text. " * 60 for i in range(12))
    profile.sections = [replace(s, body=long_body) for s in profile.sections[:3]]
    target = tmp_path / "lang.pdf"
    build_handout(hs.HandoutData.for_profile(profile, "Őrs Kovács"), target)
    reader = PdfReader(target)
    pages = len(reader.pages)
    assert pages >= 3
    for number, page in enumerate(reader.pages, start=1):
        assert f"Seite {number} von {pages}" in page.extract_text()


def test_logo_is_drawn_and_broken_logo_tolerated() -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (300, 100), (31, 95, 91)).save(buffer, "PNG")
    profile = replace(_profile(), logo=buffer.getvalue())
    with_logo = handout_bytes(hs.HandoutData.for_profile(profile, "A"))
    reader = PdfReader(io.BytesIO(with_logo))
    assert reader.pages[0].images
    broken = replace(profile, logo=b"\x89PNG\r\n\x1a\nkaputt")
    assert handout_bytes(hs.HandoutData.for_profile(broken, "A")).startswith(b"%PDF")


def test_file_names_are_safe() -> None:
    data = hs.HandoutData.for_profile(
        _profile(), "Łukasz Jörg/..\\Őrs <x>", first_meeting_at=MEETING
    )
    assert hs.handout_filename(data) == "Warum-Sie_Lukasz-Joerg-Ors-x_2026-11-25.pdf"
    assert hs.handout_filename(hs.HandoutData.for_profile(_profile(), "😀")) == (
        "Warum-Sie_Interessent_ohne-Termin.pdf"
    )
