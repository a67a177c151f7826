"""10,000 damaged import files, counted by outcome: ``python -m tests.bench.fuzz_imports``.

Arguments: ``[N] [SEED]`` (10,000 and 13). Not a ``bench_*`` module (``make bench``
does not run it): a tool for the issue's
check "10,000 mutated vCard/CSV/PDF inputs, no generic or English message". It
builds a sample practice in a temporary folder, runs N cases split over vCard,
CSV and returned PDF forms (see ``tests/helpers/mutation_fuzz.py``), and prints
how many were accepted, refused in German, refused with a raw/generic message or
crashed, the most frequent refusal texts, and every bad case. Exit code 1 if any
case was bad.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

TODAY = dt.date(2026, 11, 22)


def main(argv: list[str]) -> int:
    total = int(argv[0]) if argv else 10_000
    seed = int(argv[1]) if len(argv) > 1 else 13
    folder = Path(tempfile.mkdtemp(prefix="empfehlung-fuzz-"))
    os.environ["EMPFEHLUNG_DATA_DIR"] = str(folder / "data")
    os.environ.setdefault("EMPFEHLUNG_LOG", "0")

    from empfehlung_desktop.config import sqlite_url
    from empfehlung_desktop.reports.feedback_form import build_feedback_form
    from empfehlung_desktop.sample_practice.build import build_demo
    from empfehlung_desktop.services.feedback.feedback import engagements_without_feedback
    from empfehlung_desktop.services.feedback.forms import request_form
    from empfehlung_desktop.store.database import open_database
    from tests.helpers import mutation_fuzz
    from tests.helpers.feedback_forms import fill_form

    db = open_database(sqlite_url(folder / "fuzz.db"))
    with db.session() as session:
        build_demo(session, TODAY)
    with db.reader() as session:
        engagement_id = engagements_without_feedback(session)[0].id
    blank, filled = folder / "leer.pdf", folder / "ausgefuellt.pdf"
    with db.session() as session:
        request_form(session, engagement_id, blank, build_feedback_form, today=TODAY)
    fill_form(blank, filled)
    cases = {
        "vcard": mutation_fuzz.seeds("vcard"),
        "csv": mutation_fuzz.seeds("csv"),
        "pdf": [filled.read_bytes()],
    }
    per_format = total // len(cases)
    started = time.perf_counter()
    tally = mutation_fuzz.fuzz(db, folder, cases, per_format, seed, TODAY)
    seconds = time.perf_counter() - started
    db.dispose()
    print(f"{per_format * len(cases)} Fälle in {seconds:.0f} s (Seed {seed})")
    for kind, count in sorted(tally.kinds.items()):
        print(f"  {kind:<28} {count:6d}")
    print("Häufigste Ablehnungen:")
    for message, count in tally.messages.most_common(25):
        print(f"  {count:6d}  {message}")
    print(f"Verschiedene Ablehnungstexte: {len(tally.messages)}")
    print(f"Schlechte Fälle: {len(tally.bad)}")
    for fmt, outcome, data in tally.bad[:40]:
        print(
            f"  {fmt} ({outcome.mutation}) {outcome.kind} db_changed="
            f"{outcome.db_changed_on_refusal}: {outcome.message!r}\n    Eingabe: {data[:300]!r}"
        )
    return 1 if tally.bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
