"""Benchmark: one contact's story (timeline) when 1,000 records are about them.

Protocol of ``tests/bench``: ``run()`` returns ``(name, value, note)`` tuples.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert

from empfehlung_desktop.model import (
    Activity,
    ActivityKind,
    AskResult,
    ConsentChannel,
    ConsentPurpose,
    ConsentRecord,
    Contact,
    Engagement,
    EngagementStatus,
    Feedback,
    Referral,
    ReferralAsk,
    ReferralDirection,
    ReferralStatus,
    SpiralStage,
    SpiralStep,
)
from empfehlung_desktop.store.database import Database, open_database
from tests.bench import Result, percentile

RECEIVED = ReferralStatus.RECEIVED
RUNS = 30
GOAL_MS = 100
# Records about the one person, by kind (sum 1,000).
SHARES = {
    "activities": 400,
    "referrals": 250,
    "engagements": 150,
    "feedback": 100,
    "spiral_steps": 40,
    "asks": 40,
    "consents": 20,
}
OTHERS = 2_000  # other contacts (and their referrals) so the indexes matter


def build_database(path: Path, seed: int = 17) -> Database:
    rng = random.Random(seed)
    db = open_database(f"sqlite:///{path}")
    start = dt.date(2020, 1, 1)

    def day() -> dt.date:
        return start + dt.timedelta(days=rng.randrange(2500))

    with db.session() as s:
        s.execute(
            insert(Contact),
            [
                {"id": i, "name": f"Person {i}", "sort_name": f"person {i}"}
                for i in range(1, OTHERS + 2)
            ],
        )
        s.execute(
            insert(Activity),
            [
                {"contact_id": 1, "kind": rng.choice(list(ActivityKind)), "occurred_on": day(),
                 "text": "Telefonat über das nächste Projekt"}
                for _ in range(SHARES["activities"])
            ],
        )  # fmt: skip
        directions = list(ReferralDirection)
        referrals = []
        for i in range(SHARES["referrals"] + 3 * OTHERS):
            mine = i < SHARES["referrals"]
            others = rng.sample(range(2, OTHERS + 2), 3)
            slot = rng.randrange(3) if mine else -1
            people = [1 if slot == k else others[k] for k in range(3)]
            referrals.append(
                {"id": i + 1, "direction": rng.choice(directions), "status": RECEIVED,
                 "giver_id": people[0], "recommended_id": people[1], "recipient_id": people[2],
                 "referred_on": day(), "need": "Markenauftritt für die Praxis"}
            )  # fmt: skip
        s.execute(insert(Referral), referrals)
        s.execute(
            insert(Engagement),
            [
                {"id": i, "contact_id": 1, "title": f"Auftrag {i}",
                 "status": EngagementStatus.COMPLETED,
                 "first_meeting_at": dt.datetime.combine(day(), dt.time(10)),
                 "started_on": day(), "ended_on": day()}
                for i in range(1, SHARES["engagements"] + 1)
            ],
        )  # fmt: skip
        s.execute(
            insert(Feedback),
            [
                {"engagement_id": i, "received_on": day(), "recommend_score": rng.randrange(11),
                 "first_time": "Zum ersten Mal weiß ich, wofür ich stehe."}
                for i in range(1, SHARES["feedback"] + 1)
            ],
        )  # fmt: skip
        stages = list(SpiralStage)
        s.execute(
            insert(SpiralStep),
            [
                {"contact_id": 1, "changed_on": day(), "stage": rng.choice(stages)}
                for _ in range(SHARES["spiral_steps"])
            ],
        )
        s.execute(
            insert(ReferralAsk),
            [
                {"contact_id": 1, "asked_on": day(), "result": rng.choice(list(AskResult))}
                for _ in range(SHARES["asks"])
            ],
        )
        s.execute(
            insert(ConsentRecord),
            [
                {"contact_id": 1, "purpose": rng.choice(list(ConsentPurpose)), "given_on": day(),
                 "channel": ConsentChannel.EMAIL}
                for _ in range(SHARES["consents"])
            ],
        )  # fmt: skip
    return db


def run() -> list[Result]:
    from empfehlung_desktop.services.contacts.timeline import build_timeline

    with tempfile.TemporaryDirectory() as tmp:
        db = build_database(Path(tmp) / "bench.db")
        try:
            with db.reader() as session:
                started = time.perf_counter()
                story = build_timeline(session, 1)
                cold = time.perf_counter() - started
                times = []
                for _ in range(RUNS):
                    started = time.perf_counter()
                    build_timeline(session, 1)
                    times.append(time.perf_counter() - started)
        finally:
            db.dispose()
    records = sum(SHARES.values())
    assert len(story.entries) >= records, len(story.entries)
    return [
        (
            f"timeline, {records:,} records ({len(story.entries):,} entries), median",
            1000 * statistics.median(times),
            f"ms (goal ≤ {GOAL_MS})",
        ),
        ("timeline p95", 1000 * percentile(times, 0.95), "ms"),
        ("timeline, first run incl. imports", 1000 * cold, "ms"),
    ]


if __name__ == "__main__":
    for name, value, note in run():
        print(f"{name}: {value:.1f} {note}")
