"""Benchmark: importing 100,000 CSV rows as Outlook exports them (goal ≤ 10 s, issue 18).

The file has Outlook's real English header (all 92 columns, from the vendor
sample in tests/unit/interchange/data) in Windows-1252, rows filled the way
Outlook fills them: name parts, company, business address, two phones, e-mail
with type and display name, birthday, categories, notes and its "0/0/00" and
"Normal" defaults. The import (read, preview, commit) runs in a fresh process
so that its peak memory is its own; then, in another one, the same file as the
command line's ``import --yes`` takes it (checked and written part by part).
Beside them the floor: Python's csv module reading the same file.
"""

from __future__ import annotations

import csv
import io
import json
import random
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

ROWS = 100_000
GOAL_SECONDS = 10.0
_SAMPLE = Path(__file__).parents[1] / "unit" / "interchange" / "data" / "outlook_en.csv"
_GIVEN = ("Anna", "Jürgen", "Sören", "Elif", "Heiko", "Renée", "Zoë", "Margarete")
_FAMILY = ("Müller", "Weiß", "Nowak", "Schäfer", "Dubois", "Petersen", "Brunner")
_CITIES = (("79098", "Freiburg"), ("50667", "Köln"), ("10115", "Berlin"), ("80331", "München"))


def _ascii(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name.lower().replace("ß", "ss"))
    return "".join(ch for ch in folded if ch.isascii())


def outlook_header() -> list[str]:
    with _SAMPLE.open(encoding="cp1252", newline="") as handle:
        return next(csv.reader(handle))


def csv_file(count: int = ROWS, seed: int = 18) -> bytes:
    header = outlook_header()
    rng = random.Random(seed)
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(header)
    for i in range(count):
        given, family = rng.choice(_GIVEN), rng.choice(_FAMILY)
        postcode, city = rng.choice(_CITIES)
        email = f"{_ascii(given)[:3]}.{_ascii(family)[:3]}.{i}@example.org"
        values = {
            "Title": "Dr." if i % 7 == 0 else "",
            "First Name": given,
            "Last Name": f"{family}{i}",
            "Company": f"Praxis {family}, Coaching & Beratung",
            "Job Title": "Coach, Supervisorin (DGSv)",
            "Business Street": f"Kaiser-Joseph-Straße {i % 200 + 1}",
            "Business City": city,
            "Business Postal Code": postcode,
            "Business Country/Region": "Germany",
            "Business Phone": f"0761 {rng.randrange(100000, 9999999)}",
            "Mobile Phone": f"+49 171 {rng.randrange(1000000, 9999999)}",
            "Anniversary": "0/0/00",
            "Birthday": f"{i % 12 + 1}/{i % 28 + 1}/19{60 + i % 40}",
            "Categories": "Netzwerk;Supervision",
            "E-mail Address": email,
            "E-mail Type": "SMTP",
            "E-mail Display Name": f"{given} {family} ({email})",
            "Gender": "Unspecified",
            "Initials": f"{given[0]}.{family[0]}.",
            "Notes": "Kennengelernt beim Netzwerktreffen, empfohlen von Sabine.",
            "Priority": "Normal",
            "Private": "False",
            "Sensitivity": "Normal",
            "Web Page": "https://praxis.example/",
        }
        writer.writerow([values.get(name, "") for name in header])
    return out.getvalue().encode("cp1252")


def _child(path: str, mode: str) -> None:
    """The import itself, in its own process: prints wall, CPU and memory as JSON.

    ``mode`` "preview" goes as the window does (preview, then its commit); "direct"
    as the command line's ``import --yes`` (checked and written part by part).
    """
    from empfehlung_desktop.interchange import flow
    from empfehlung_desktop.interchange.importer import Action
    from empfehlung_desktop.peak_memory import peak_rss_kib
    from empfehlung_desktop.store.database import open_database
    from tests.conftest import DEMO_TODAY

    db = open_database(f"sqlite:///{Path(path).with_suffix('.db')}")
    rss_before = peak_rss_kib()
    started = time.perf_counter()
    cpu_started = time.process_time()
    loaded = flow.load_file(Path(path))
    read = time.perf_counter() - started
    if mode == "direct":
        result, _tally = flow.import_unseen(db, loaded, today=DEMO_TODAY)
        created = result.created
        previewed = read
    else:
        with db.reader() as session:
            plan = flow.plan_import(session, loaded, today=DEMO_TODAY)
        previewed = time.perf_counter() - started
        flow.execute_plan(db, plan)
        assert plan.preview is not None
        created = plan.preview.count(Action.NEW)
    total = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    rss = peak_rss_kib()
    db.dispose()
    assert created == ROWS, created
    print(
        json.dumps(
            {
                "total": total,
                "cpu": cpu,
                "read": read,
                "preview": previewed - read,
                "commit": total - previewed,
                "rss_mb": rss / 1024,
                "rss_before_mb": rss_before / 1024,
            }
        )
    )


def run() -> list[tuple[str, float, str]]:
    data = csv_file()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "outlook.csv"
        path.write_bytes(data)
        measured = _measure(path, "preview")
        for suffix in (".db", ".db-wal", ".db-shm"):
            path.with_suffix(suffix).unlink(missing_ok=True)
        direct = _measure(path, "direct")
        started = time.perf_counter()
        with path.open(encoding="cp1252", newline="") as handle:
            count = sum(1 for _row in csv.reader(handle)) - 1
        floor = time.perf_counter() - started
    assert count == ROWS
    return [
        (
            f"CSV import, {ROWS:,} Outlook rows (read+preview+commit)",
            measured["total"],
            f"s (goal ≤ {GOAL_SECONDS} s)",
        ),
        ("  CPU time of the import", measured["cpu"], "s"),
        ("  of which reading", measured["read"], "s"),
        ("  of which preview (checks, duplicates)", measured["preview"], "s"),
        ("  of which commit (one transaction)", measured["commit"], "s"),
        ("  peak memory of the process", measured["rss_mb"], "MB"),
        ("  of it before the import", measured["rss_before_mb"], "MB"),
        ("CSV import without preview (CLI --yes, part by part)", direct["total"], "s"),
        ("  of which reading", direct["read"], "s"),
        ("  peak memory of the process", direct["rss_mb"], "MB"),
        ("floor: csv module reading the file", floor, "s"),
        ("ratio import / floor", measured["total"] / floor, "×"),
    ]


def _measure(path: Path, mode: str) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-m", "tests.bench.bench_csv_import", str(path), mode],
        check=True,
        capture_output=True,
        text=True,
    )
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


if __name__ == "__main__":
    _child(sys.argv[1], sys.argv[2])
