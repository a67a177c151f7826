"""Benchmark: the feedback summary PDF over 10,000 feedbacks (goal ≤ 1.5 s).

Protocol of ``tests/bench``: ``run()`` returns ``(name, value, note)`` tuples.
"""

from __future__ import annotations

import datetime as dt
import io
import random
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert

from empfehlung_desktop.model import (
    Contact,
    ContactSource,
    Engagement,
    EngagementStatus,
    ExpectationFit,
    Feedback,
    FeedbackChannel,
    QuotePermission,
)
from empfehlung_desktop.store.database import Database, open_database
from tests.conftest import DEMO_TODAY

FEEDBACKS = 10_000
GOAL_SECONDS = 1.5
_PHRASES = (
    "Zum ersten Mal weiß ich, wofür ich stehe.",
    "Angebote schreiben geht doppelt so schnell – & ohne Bauchweh.",
    "Łukasz aus dem Team sagt: endlich eine gemeinsame Sprache 😀",
    "Sie hört zu und bringt es auf den Punkt.",
    "Preise über 100 € nenne ich jetzt ohne Zögern.",
)


def build_database(path: Path, count: int = FEEDBACKS, seed: int = 5) -> Database:
    """A database with ``count`` completed engagements, each with one feedback."""
    rng = random.Random(seed)
    db = open_database(f"sqlite:///{path}")
    start = dt.date(2024, 1, 1)
    sources = list(ContactSource)
    fits = [*ExpectationFit, None]
    with db.session() as session:
        session.execute(
            insert(Contact),
            [
                {"id": i, "name": f"Kundin {i}", "sort_name": f"kundin {i}", "source": None}
                for i in range(1, count + 1)
            ],
        )
        session.execute(
            insert(Engagement),
            [
                {
                    "id": i,
                    "contact_id": i,
                    "title": "Markenentwicklung",
                    "status": EngagementStatus.COMPLETED,
                    "source": rng.choice(sources),
                    "expectation_fit": rng.choice(fits),
                    "ended_on": start + dt.timedelta(days=i % 700),
                }
                for i in range(1, count + 1)
            ],
        )
        rows = []
        for i in range(1, count + 1):
            permission = rng.choice(list(QuotePermission))
            text = rng.choice(_PHRASES)
            rows.append(
                {
                    "engagement_id": i,
                    "received_on": start + dt.timedelta(days=i % 700 + 5),
                    "first_time": text,
                    "works_better": rng.choice(_PHRASES),
                    "benefit": rng.choice(_PHRASES),
                    "expectations_met": rng.randint(1, 5),
                    "recommend_score": rng.choice([*range(11), 9, 10, 10, 8]),
                    "quote_permission": permission,
                    "channel": rng.choice(list(FeedbackChannel)),
                    "testimonial_approved": permission is not QuotePermission.NO and i % 7 == 0,
                    "testimonial_text": text if i % 7 == 0 else "",
                }
            )
        session.execute(insert(Feedback), rows)
    return db


def run() -> list[tuple[str, float, str]]:
    from empfehlung_desktop.reports.feedback_summary import build_feedback_summary
    from empfehlung_desktop.services.feedback.stats import summary_data

    with tempfile.TemporaryDirectory() as tmp:
        db = build_database(Path(tmp) / "bench.db")
        try:
            with db.reader() as session:
                started = time.perf_counter()
                # First run: imports, fonts.
                build_feedback_summary(summary_data(session), io.BytesIO(), today=DEMO_TODAY)
                cold = time.perf_counter() - started
                started = time.perf_counter()
                data = summary_data(session)
                build_feedback_summary(data, Path(tmp) / "summary.pdf", today=DEMO_TODAY)
                stats = data.stats
                elapsed = time.perf_counter() - started
        finally:
            db.dispose()
    assert stats.count == FEEDBACKS
    return [
        (
            f"feedback summary PDF, {FEEDBACKS:,} feedbacks",
            elapsed,
            f"s (goal ≤ {GOAL_SECONDS} s)",
        ),
        ("feedback summary PDF, first run incl. imports", cold, "s"),
    ]


if __name__ == "__main__":
    for name, value, note in run():
        print(f"{name}: {value:.3f} {note}")
