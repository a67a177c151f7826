from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from empfehlung_desktop.cli import main
from empfehlung_desktop.model import QuotePermission
from empfehlung_desktop.reports.feedback_summary import build_feedback_summary
from empfehlung_desktop.services.feedback import feedback as fs
from empfehlung_desktop.services.feedback.stats import collect_stats, summary_data
from empfehlung_desktop.store.database import Database
from tests.conftest import DEMO_CLOCK, DEMO_TODAY


def _text(pdf: Path | io.BytesIO) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(pdf).pages)


def test_cli_summary_shows_the_nps(
    demo_db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_pdf = tmp_path / "auswertung.pdf"
    code = main(["feedback", "summary", "-o", str(out_pdf), "--db", str(db_path)], clock=DEMO_CLOCK)
    out, err = capsys.readouterr()
    assert code == 0, err
    # Demo: scores 10, 9, 7, 4, 10 → 3 promoters, 1 passive, 1 detractor → NPS +40.
    assert "NPS +40" in out
    text = " ".join(_text(out_pdf).split())
    assert "Net Promoter Score" in text and "+40" in text
    assert "3 / 1 / 1" in text
    assert "Seite 1 von" in text


def test_critical_answers_are_shown_but_quotes_respect_permission(demo_db: Database) -> None:
    with demo_db.reader() as session:
        rows = fs.list_feedback(session)
        stats = collect_stats(session)
        buffer = io.BytesIO()
        build_feedback_summary(summary_data(session), buffer, today=DEMO_TODAY)
    text = " ".join(_text(buffer).split())
    practitioner, publication = text.split("Zitate zur Veröffentlichung", 1)
    assert "Kritiker (0–6)" in practitioner
    for item in rows:
        name = item.engagement.contact.name
        answers = [a for a in (item.first_time, item.works_better, item.benefit) if a]
        for answer in answers:
            # Every answer, critical or not quotable, is there for the practitioner ...
            assert answer[:20] in practitioner
            # ... but only permitted ones are offered for publication.
            if item.quote_permission is QuotePermission.NO:
                assert answer[:20] not in publication
        if item.quote_permission is not QuotePermission.NAMED:
            assert name not in text
        else:
            assert name in publication
    # The demo's 4/10 client: present, with the score beside the answer.
    assert "fertiges Konzept" in practitioner
    assert "anonym" in publication
    assert stats.count == 5 and sum(stats.distribution) == 5
    referral = next(g for g in stats.source_fit if g.group == "referral")
    assert referral.count == 2 and referral.fit_known == 2 and referral.fits == 1


def test_near_duplicates_are_folded() -> None:
    import datetime as dt

    from empfehlung_desktop.services.feedback.stats import Answer, fold_answers

    day = dt.date(2026, 1, 1)
    answers = [
        Answer("Sie hört zu und bringt es auf den Punkt.", "benefit", 9, day),
        Answer("Sie hört zu, und bringt es auf den Punkt!", "benefit", 10, day),
        Answer("sie hört zu und bringt es auf den punkt", "benefit", 7, day),
        Answer("Ganz anders.", "benefit", 3, day),
    ]
    folded = fold_answers(answers)
    assert [a.count for a in folded] == [3, 1]
    assert folded[0].score_range == (7, 10)


def test_empty_period_still_builds(demo_db: Database) -> None:
    with demo_db.reader() as session:
        buffer = io.BytesIO()
        data = summary_data(session, since=dt.date(2030, 1, 1))
    build_feedback_summary(data, buffer, today=DEMO_TODAY)
    stats = data.stats
    assert stats.count == 0 and stats.nps.score is None
    assert "noch kein Feedback" in _text(buffer)


def test_300_feedbacks_fit_in_a_few_pages(tmp_path: Path) -> None:
    from tests.bench.bench_feedback import build_database

    db = build_database(tmp_path / "many.db", count=300)
    try:
        with db.reader() as session:
            buffer = io.BytesIO()
            data = summary_data(session)
            build_feedback_summary(data, buffer, today=DEMO_TODAY)
            stats = data.stats
    finally:
        db.dispose()
    reader = PdfReader(buffer)
    text = " ".join(_text(buffer).split())
    assert stats.count == 300 and len(reader.pages) <= 6
    assert "Kritiker (0–6)" in text and "NPS im Zeitverlauf" in text
    # What clients reliably get, counted from the promoters' answers, as a sentence.
    benefit = data.reliable_benefit
    assert benefit is not None and benefit.themes
    assert "Was Ihre Kundinnen und Kunden verlässlich mitnehmen" in text
    assert "Vorschlag für Ihre „Warum Sie“-Seite" in text
    assert f"Seite {len(reader.pages)} von {len(reader.pages)}" in text
