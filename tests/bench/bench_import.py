"""Benchmark: importing 10,000 vCards (read, preview, commit; goal ≤ 3 s wall time).

Beside it a floor: vobject parsing the same cards alone, which the old importer
needed before doing anything else. Protocol of ``tests/bench``: ``run()``
returns ``(name, value, note)`` tuples.
"""

from __future__ import annotations

import random
import tempfile
import time
import unicodedata
from pathlib import Path

from empfehlung_desktop.interchange import flow
from empfehlung_desktop.store.database import open_database
from tests.conftest import DEMO_TODAY

CARDS = 10_000
GOAL_SECONDS = 3.0
_GIVEN = ("Anna", "Jürgen", "Małgorzata", "Sören", "Elif", "Heiko", "Renée", "Zoë")
_FAMILY = ("Müller", "Weiß", "Nowak", "Yılmaz", "Schäfer", "Dubois", "Petersen")
_PHONES = ("+49 171 {n:07d}", "030 {n:07d}", "+41 79 {n:07d}", "0664 {n:07d}", "")


def _ascii(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name.lower().replace("ł", "l"))
    return "".join(ch for ch in folded if ch.isascii())


def vcard_file(count: int = CARDS, seed: int = 14) -> bytes:
    """Cards as address books write them: folded notes with commas, two emails, addresses."""
    rng = random.Random(seed)
    cards = []
    for i in range(count):
        given, family = rng.choice(_GIVEN), rng.choice(_FAMILY)
        phone = rng.choice(_PHONES).format(n=rng.randrange(1_000_000, 9_999_999))
        lines = [
            "BEGIN:VCARD",
            "VERSION:3.0",
            f"FN:{given} {family} {i}",
            f"N:{family};{given};;;",
            f"ORG:Praxis {family}\\, Coaching & Beratung;",
            "TITLE:Coach\\, Supervisorin (DGSv)",
            f"EMAIL;TYPE=INTERNET;TYPE=WORK:{_ascii(given)}.{i}@example.org",
            f"EMAIL;TYPE=INTERNET;TYPE=HOME:privat.{i}@example.net",
            f"TEL;TYPE=CELL:{phone}" if phone else "TEL;TYPE=CELL:+49 160 5551234",
            "ADR;TYPE=WORK:;;Kaiser-Joseph-Straße 12;Freiburg;;79098;Deutschland",
            "BDAY:1980-03-21",
            "URL:https://praxis.example",
            "NOTE:Kennengelernt beim Netzwerktreffen\\, empfohlen von Sabine.\\nRuft im Jan",
            " uar wegen Supervision an.",
            "CATEGORIES:Netzwerk,Supervision",
            f"UID:{i:08d}-1111-4111-8111-111111111111",
            "END:VCARD",
        ]
        cards.append("\r\n".join(lines) + "\r\n")
    return "".join(cards).encode("utf-8")


def run() -> list[tuple[str, float, str]]:
    import vobject

    data = vcard_file()
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "kontakte.vcf"
        path.write_bytes(data)
        db = open_database(f"sqlite:///{Path(tmp) / 'bench.db'}")
        try:
            started = time.perf_counter()
            cpu_started = time.process_time()
            loaded = flow.load_file(path)
            read = time.perf_counter() - started
            cards = len(loaded.contacts)  # the commit lets them go
            with db.reader() as session:
                plan = flow.plan_import(session, loaded, today=DEMO_TODAY)
            previewed = time.perf_counter() - started
            cpu_previewed = time.process_time() - cpu_started
            flow.execute_plan(db, plan)
            total = time.perf_counter() - started
            cpu = time.process_time() - cpu_started
        finally:
            db.dispose()
    assert cards == CARDS
    results.append(
        (
            f"vCard import, {CARDS:,} cards (read+preview+commit)",
            total,
            f"s (goal ≤ {GOAL_SECONDS} s)",
        )
    )
    # On a shared machine the wall time follows the load; the CPU time does not.
    results.append(("  CPU time of this process", cpu, "s"))
    results.append(("  of which reading", read, "s"))
    results.append(("  of which preview (checks, duplicates)", previewed - read, "s"))
    results.append(("  of which commit (one transaction)", total - previewed, "s"))
    # From 2,000 cards on, a second process reads and checks part of them.
    results.append(("  CPU time of reading + preview (this process)", cpu_previewed, "s"))
    started = time.perf_counter()
    cpu_started = time.process_time()
    count = sum(1 for _card in vobject.readComponents(data.decode("utf-8")))
    floor = time.perf_counter() - started
    floor_cpu = time.process_time() - cpu_started
    assert count == CARDS
    results.append(("floor: vobject parsing alone", floor, "s"))
    results.append(("  CPU time", floor_cpu, "s"))
    return results
