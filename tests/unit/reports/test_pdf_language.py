"""The fixed texts of the three PDFs follow the message language; German is the default.

Every ``_("…")`` text of a report module is a fixed text of its PDF. In English
none of their German fragments may remain in the extracted text, and the English
headings must be there.
"""

from __future__ import annotations

import ast
import datetime as dt
import io
import json
import string
from pathlib import Path

import pytest
from pypdf import PdfReader

from empfehlung_desktop import i18n
from empfehlung_desktop.reports import feedback_form, feedback_summary, handout
from empfehlung_desktop.reports.feedback_form import build_feedback_form
from empfehlung_desktop.reports.feedback_summary import build_feedback_summary
from empfehlung_desktop.services.engagements import handout as hs
from empfehlung_desktop.services.engagements import profile as ps
from empfehlung_desktop.services.feedback import questions as q
from empfehlung_desktop.services.feedback.feedback import engagements_without_feedback
from empfehlung_desktop.services.feedback.forms import request_form
from empfehlung_desktop.services.feedback.stats import summary_data
from empfehlung_desktop.store.database import Database
from tests.conftest import DEMO_CLOCK, DEMO_TODAY
from tests.helpers.handout_pdf import handout_bytes

MEETING = dt.datetime(2026, 11, 25, 14, 0)


def _text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def _catalogue() -> dict[str, str]:
    data: dict[str, str] = json.loads(i18n.catalogue_path("en").read_text(encoding="utf-8"))
    return data


def _fixed_fragments(module: object) -> list[str]:
    """German pieces (between placeholders, two words or more) of a module's _() texts
    that read differently in English."""
    source = Path(module.__file__).read_text(encoding="utf-8")  # type: ignore[attr-defined]
    english = _catalogue()
    fragments: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "_"
            and isinstance(node.args[0], ast.Constant)
        ):
            german = node.args[0].value
            for literal, *_rest in string.Formatter().parse(german):
                piece = " ".join(literal.replace("<b>", " ").replace("</b>", " ").split())
                if len(piece.split()) >= 2 and piece not in english[german]:
                    fragments.append(piece)
    return fragments


def _handout(language: str) -> bytes:
    i18n.set_language(language)
    profile = ps.ProfileData(
        name="Katrin Sommerfeld",
        title="Brand consulting",
        email="k@example.org",
        sections=[ps.Section(key="custom-1", title="Who I work with", body="Founders.")],
    )
    data = hs.HandoutData.for_profile(
        profile, "Lena Köhler", first_meeting_at=MEETING, referrer_name="Thomas Brandt"
    )
    return handout_bytes(data)


def _questionnaire(db: Database, language: str) -> bytes:
    i18n.set_language(language)
    buffer = io.BytesIO()
    with db.session() as session:
        engagement = engagements_without_feedback(session)[0]
        request_form(session, engagement.id, buffer, build_feedback_form, today=DEMO_TODAY)
    return buffer.getvalue()


def _summary(db: Database, language: str) -> bytes:
    i18n.set_language(language)
    buffer = io.BytesIO()
    with db.reader() as session:
        build_feedback_summary(summary_data(session), buffer, today=DEMO_TODAY)
    return buffer.getvalue()


def test_english_handout_has_english_fixed_texts_only() -> None:
    text = _text(_handout("en"))
    for expected in (
        "Why you",
        "Hello Lena Köhler,",
        "Our first meeting",
        "Wednesday, 25 November 2026",
        "at 14:00",
        "Recommended by",
        "Thomas Brandt",
        "To prepare",
        "I look forward to our conversation.",
        "Page 1 of 1",
    ):
        assert expected in text
    leftovers = [f for f in _fixed_fragments(handout) if f in text]
    assert leftovers == []
    assert "Zur Vorbereitung" not in text and "Seite" not in text


def test_german_handout_stays_the_default() -> None:
    text = _text(_handout("de"))
    assert "Guten Tag Lena Köhler," in text and "Unser Erstgespräch" in text
    assert "Mittwoch, 25. November 2026" in text and "um 14:00 Uhr" in text
    assert "Zur Vorbereitung" in text and "Seite 1 von 1" in text
    assert "To prepare" not in text


def test_english_questionnaire_has_english_fixed_texts_only(demo_db: Database) -> None:
    text = _text(_questionnaire(demo_db, "en"))
    for expected in ("Your feedback", "Page 1 of 2", "Form ID (please do not change)"):
        assert expected in text
    i18n.set_language("en")
    assert q.RECOMMEND.text in text and q.INTRO.split(" – ")[0] in text
    leftovers = [f for f in _fixed_fragments(feedback_form) if f in text]
    german_questions = [
        question.source_text for question in q.ALL_TEXT_QUESTIONS if question.source_text in text
    ]
    assert leftovers == [] and german_questions == []
    assert "Ihr Feedback" not in text and "gar nicht" not in text


def test_german_questionnaire_stays_the_default(demo_db: Database) -> None:
    text = _text(_questionnaire(demo_db, "de"))
    assert "Ihr Feedback" in text and "Seite 2 von 2" in text
    assert "Wie wahrscheinlich ist es, dass Sie mich weiterempfehlen?" in text


def test_english_summary_has_english_fixed_texts_only(demo_db: Database) -> None:
    text = _text(_summary(demo_db, "en"))
    for expected in (
        "Feedback summary",
        "All responses · created on 22 Nov 2026",
        "Promoters / passives / detractors",
        "Expectations by source",
        "Quotes for publication",
        "Page 1",
    ):
        assert expected in text
    leftovers = [f for f in _fixed_fragments(feedback_summary) if f in text]
    assert leftovers == []
    for german in ("Über Empfehlung", "Andere Wege", "Erwartungen erfüllt", "Seite"):
        assert german not in text


def test_german_summary_stays_the_default(demo_db: Database) -> None:
    text = _text(_summary(demo_db, "de"))
    assert "Feedback-Auswertung" in text and "erstellt am 22.11.2026" in text
    assert "Erwartungen nach Herkunft" in text and "Über Empfehlung" in text


def test_cli_lang_option_switches_reports(
    demo_db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from empfehlung_desktop.cli import main

    out_pdf = tmp_path / "summary.pdf"
    code = main(
        ["--lang", "en", "feedback", "summary", "-o", str(out_pdf), "--db", str(db_path)],
        clock=DEMO_CLOCK,
    )
    assert code == 0, capsys.readouterr().err
    assert "Feedback summary" in _text(out_pdf.read_bytes())
    target = str(tmp_path / "h.pdf")
    code = main(
        ["--lang", "en", "handout", "--engagement", "999999", "-o", target, "--db", str(db_path)],
        clock=DEMO_CLOCK,
    )
    err = capsys.readouterr().err
    assert code == 1 and "does not exist" in err and "gibt es nicht" not in err
