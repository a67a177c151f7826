"""Exports and the CSV import at 100k contacts beside their floors (issue 18).

Each export runs as a whole CLI process (goal: vCard and CSV ≤ 3 s, JSON ≤ 4 s);
its floor is writing a file of the same size through the same atomic writer
(temporary file, fsync, rename): the file size over this disk's write speed.
The CSV import of the exported 100,000 rows into a fresh database runs as a whole
process too (goal ≤ 10 s); its floor is the stdlib reading the same file and
inserting its rows with one ``sqlite3`` executemany. CPU times and peak memory
(flat: no 100,000-object lists) are reported beside the wall times.
"""

from __future__ import annotations

import csv
import os
import resource
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tests.bench import Result, bytecode_ready, demo_database, work_dir

GOALS = {"vcard": 3.0, "csv": 3.0, "json": 4.0}
IMPORT_GOAL = 10.0


def run() -> list[Result]:
    db = demo_database(100_000)
    bytecode_ready()
    folder = work_dir() / "exports"
    folder.mkdir(exist_ok=True)
    results: list[Result] = []
    for fmt, goal in GOALS.items():
        target = folder / f"kontakte.{fmt}"
        args = ("export", "--format", fmt, "-o", str(target), "--db", str(db))
        wall, cpu, rss = _process(_app(*args))
        floor = _write_floor(target)
        size = target.stat().st_size / 2**20
        results += [
            (f"Export {fmt} 100k, ganzer Prozess ({size:.0f} MiB)", wall, f"s (Ziel ≤ {goal:g})"),
            ("  Boden: gleiche Größe atomar schreiben (fsync)", floor, "s"),
            ("  Verhältnis Export / Boden", wall / floor, "×"),
            ("  CPU-Zeit / Spitzenspeicher (RSS)", cpu, f"s / {rss:.0f} MiB"),
        ]
    results += _import(folder / "kontakte.csv", folder)
    return results


# The command line as ``python -m empfehlung_desktop`` runs it, reporting its own peak RSS.
_LAUNCH = (
    "import atexit, sys\n"
    "from empfehlung_desktop.peak_memory import peak_rss_kib\n"
    "atexit.register(lambda: print('PEAK_RSS_KIB', peak_rss_kib(), file=sys.stderr))\n"
    "from empfehlung_desktop.cli import main\n"
    "sys.exit(main(sys.argv[1:]))\n"
)


def _app(*args: str) -> list[str]:
    return [sys.executable, "-c", _LAUNCH, *args]


def _process(args: list[str]) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak RSS (MiB) of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(args, check=True, capture_output=True, text=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    peak = [line.split()[1] for line in done.stderr.splitlines() if line.startswith("PEAK_RSS")]
    return wall, cpu, int(peak[-1]) / 1024 if peak else float("nan")


def _write_floor(like: Path) -> float:
    """Seconds to write as many bytes as ``like`` through the app's atomic writer."""
    from empfehlung_desktop import files

    chunk = os.urandom(1 << 20)
    remaining = like.stat().st_size
    target = like.with_name("boden.bin")
    started = time.perf_counter()
    with files.atomic_writer(target) as stream:
        while remaining > 0:
            stream.write(chunk[: min(remaining, len(chunk))])
            remaining -= len(chunk)
    elapsed = time.perf_counter() - started
    target.unlink()
    return elapsed


def _import(source: Path, folder: Path) -> list[Result]:
    target = folder / "import.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    subprocess.run(_app("contacts", "list", "--limit", "1", "--db", str(target)), check=True,
                   capture_output=True)  # fmt: skip  # a fresh, migrated database
    wall, cpu, rss = _process(_app("import", str(source), "--yes", "--db", str(target)))
    floor = _import_floor(source, folder / "boden.db")
    return [
        ("CSV-Import 100k Zeilen, ganzer Prozess", wall, f"s (Ziel ≤ {IMPORT_GOAL:g})"),
        ("  Boden: csv-Modul + sqlite3 executemany", floor, "s"),
        ("  Verhältnis Import / Boden", wall / floor, "×"),
        ("  CPU-Zeit / Spitzenspeicher (RSS)", cpu, f"s / {rss:.0f} MiB"),
    ]


def _import_floor(source: Path, db: Path) -> float:
    db.unlink(missing_ok=True)
    started = time.perf_counter()
    con = sqlite3.connect(db)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("CREATE TABLE contact (name, organisation, email, phone, profession, notes)")
    with source.open(encoding="utf-8-sig", newline="") as stream:
        rows = csv.reader(stream, delimiter=";")
        next(rows)
        with con:
            con.executemany(
                "INSERT INTO contact VALUES (?, ?, ?, ?, ?, ?)",
                ((r[0], r[3], r[4], r[5], r[6], r[11]) for r in rows),
            )
    con.close()
    return time.perf_counter() - started


if __name__ == "__main__":
    for name, value, unit in run():
        print(f"{name:<60} {value:>9.3f}  {unit}")
