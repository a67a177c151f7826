"""Benchmark: the referral network of 5,000 referrals — load, lay out, build the scene, draw.

Protocol of ``tests/bench``: ``run()`` returns ``(name, value, note)`` tuples.
Needs Qt (offscreen is fine): the scene is built and painted into an image the size
of a 1280×720 window's view, once fitted and once at 1:1.
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
    Contact,
    Referral,
    ReferralDirection,
    ReferralOutcome,
    ReferralStatus,
)
from empfehlung_desktop.store.database import Database, open_database
from tests.bench import Result

REFERRALS = 5_000
PEOPLE = 4_000
RUNS = 5
GOAL_MS = 1000


def build_database(path: Path, seed: int = 5) -> Database:
    rng = random.Random(seed)
    db = open_database(f"sqlite:///{path}")
    start = dt.date(2021, 1, 1)
    # A few busy referrers, many who refer once: like a real practice's network.
    givers = list(range(1, 301))
    with db.session() as s:
        s.execute(
            insert(Contact),
            [{"id": i, "name": f"Person {i}", "sort_name": f"person {i:05}"}
             for i in range(1, PEOPLE + 1)],
        )  # fmt: skip
        rows = []
        for i in range(1, REFERRALS + 1):
            giver = rng.choice(givers[:30]) if rng.random() < 0.4 else rng.choice(givers)
            recipient = rng.randrange(1, PEOPLE + 1)
            if recipient == giver:
                recipient = PEOPLE + 1 - giver
            incoming = rng.random() < 0.8
            direction = ReferralDirection.INCOMING if incoming else ReferralDirection.OUTGOING
            outcome = rng.choice(list(ReferralOutcome))
            rows.append(
                {"id": i,
                 "direction": direction,
                 "status": ReferralStatus.RECEIVED if incoming else ReferralStatus.MATCHED,
                 "giver_id": giver if incoming else None,
                 "recipient_id": recipient,
                 "recommended_id": None if incoming else giver,
                 "referred_on": start + dt.timedelta(days=rng.randrange(2000)),
                 "outcome": outcome}
            )  # fmt: skip
        s.execute(insert(Referral), rows)
    return db


def run() -> list[Result]:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QApplication, QGraphicsScene

    from empfehlung_desktop.services.today import network
    from empfehlung_desktop.services.today.overview import Period
    from empfehlung_desktop.ui.overview.network import DASHES_UP_TO, build_scene

    app = QApplication.instance() or QApplication([])
    loads, layouts, scenes, draws_fit, draws_1to1 = [], [], [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        db = build_database(Path(tmp) / "bench.db")
        try:
            for _ in range(RUNS):
                t0 = time.perf_counter()
                with db.reader() as session:
                    found = network.load_network(session, Period())
                    network.top_referrers(session, found, Period())
                t1 = time.perf_counter()
                placed = network.layout(found.edges)
                t2 = time.perf_counter()
                scene = QGraphicsScene()
                build_scene(found, placed, scene)
                t3 = time.perf_counter()
                for target, times in (
                    (QRectF(0, 0, 1000, 560), draws_fit),
                    (QRectF(0, 0, 1000, 560), draws_1to1),
                ):
                    image = QImage(1000, 560, QImage.Format.Format_ARGB32)
                    image.fill(0xFFFFFFFF)
                    painter = QPainter(image)
                    # As the view: no antialiasing for a network this large.
                    painter.setRenderHint(
                        QPainter.RenderHint.Antialiasing, len(found.edges) <= DASHES_UP_TO
                    )
                    t = time.perf_counter()
                    source = scene.sceneRect() if times is draws_fit else QRectF(0, 0, 1000, 560)
                    scene.render(painter, target, source)
                    painter.end()
                    times.append(time.perf_counter() - t)
                loads.append(t1 - t0)
                layouts.append(t2 - t1)
                scenes.append(t3 - t2)
                del scene
        finally:
            db.dispose()
    del app
    assert len(found.edges) == REFERRALS, len(found.edges)

    def ms(values: list[float]) -> float:
        return 1000 * statistics.median(values)

    total = [a + b + c + d for a, b, c, d in zip(loads, layouts, scenes, draws_1to1, strict=True)]
    people = len(placed.positions)
    return [
        (f"network: load {REFERRALS:,} referrals + top referrers", ms(loads), "ms"),
        (f"network: layout ({people:,} people)", ms(layouts), "ms"),
        ("network: build scene", ms(scenes), "ms"),
        ("network: draw, whole picture fitted", ms(draws_fit), "ms"),
        ("network: draw, 1:1 view", ms(draws_1to1), "ms"),
        ("network: load + layout + scene + first draw", ms(total), f"ms (goal ≤ {GOAL_MS})"),
    ]


if __name__ == "__main__":
    for name, value, note in run():
        print(f"{name}: {value:.1f} {note}")
