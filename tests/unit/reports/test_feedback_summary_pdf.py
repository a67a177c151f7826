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
    text = _text(out_pdf)
    assert "Net Promoter Score" in text and "+40" in text
    assert "3 / 1 / 1" in text


def test_quotes_respect_permission(demo_db: Database) -> None:
    with demo_db.reader() as session:
        rows = fs.list_feedback(session)
        stats = collect_stats(session)
        buffer = io.BytesIO()
        build_feedback_summary(summary_data(session), buffer, today=DEMO_TODAY)
    text = _text(buffer)
    for item in rows:
        name = item.engagement.contact.name
        if item.quote_permission is QuotePermission.NO:
            for answer in (item.first_time, item.works_better, item.benefit):
                assert not answer or answer[:20] not in text
        if item.quote_permission is QuotePermission.ANONYMOUS:
            assert name not in text
        if item.quote_permission is QuotePermission.NAMED:
            assert name in text
    assert "anonym" in text
    assert stats.count == 5 and sum(stats.distribution) == 5
    referral = next(g for g in stats.source_fit if g.group == "referral")
    assert referral.count == 2 and referral.fit_known == 2 and referral.fits == 1


def test_empty_period_still_builds(demo_db: Database) -> None:
    with demo_db.reader() as session:
        buffer = io.BytesIO()
        data = summary_data(session, since=dt.date(2030, 1, 1))
    build_feedback_summary(data, buffer, today=DEMO_TODAY)
    stats = data.stats
    assert stats.count == 0 and stats.nps.score is None
    assert "noch kein Feedback" in _text(buffer)
