"""One-shot commands at 100k contacts, each beside its floor in the same run (issue 18).

- ``contacts search`` as a whole process beside a plain ``sqlite3`` process running
  the same FTS query and printing the same rows (goal ≤ 0.25 s);
- ``handout --engagement`` as a whole process beside a process that builds the same
  kind of page with bare ReportLab platypus and the same TTF (goal ≤ 0.4 s);
- what the integrity quick check at open would cost a command at this size (the
  command line now runs it only before a write).

Wall times on a shared machine follow the load; the CPU time of each process is
reported beside them (``resource.getrusage`` of the children).
"""

from __future__ import annotations

import json
import resource
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

from tests.bench import Result, bytecode_ready, demo_database, work_dir

RUNS = 5
SEARCH = "Müller"

_SQLITE_FLOOR = """
import sqlite3, sys
con = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
rows = con.execute(
    "SELECT id, name, organisation, email, roles FROM contact WHERE erased_at IS NULL AND id IN "
    "(SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?) ORDER BY sort_name, id",
    ('"' + sys.argv[2] + '"',),
).fetchall()
for r in rows:
    print(f"{r[0]:>6}  {r[1]:<32} {r[2]:<30} {r[3]:<36} {r[4]}")
print(len(rows))
"""

_PLATYPUS_FLOOR = """
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate
pdfmetrics.registerFont(TTFont("DejaVuSans", sys.argv[1]))
style = ParagraphStyle("body", fontName="DejaVuSans", fontSize=10, leading=14)
text = "Warum Sie: ein Absatz über die Praxis, ihre Arbeitsweise und ihre Kundinnen. " * 6
flow = [Paragraph(text, style) for _ in range(12)]
SimpleDocTemplate(sys.argv[2], pagesize=A4).build(flow)
"""


def run() -> list[Result]:
    db = demo_database(100_000)
    bytecode_ready()
    return _search(db) + _handout(db) + _quick_check(db)


def _process(args: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(args, check=True, capture_output=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)


def _side_by_side(ours: list[str], floor: list[str]) -> tuple[float, float, float, float]:
    """Medians (wall, CPU) of ours and the floor, interleaved after one warm-up each."""
    _process(ours)
    _process(floor)
    a, b = [], []
    for _ in range(RUNS):
        a.append(_process(ours))
        b.append(_process(floor))
    return (
        statistics.median(w for w, _c in a),
        statistics.median(c for _w, c in a),
        statistics.median(w for w, _c in b),
        statistics.median(c for _w, c in b),
    )


def _app(*args: str) -> list[str]:
    return [sys.executable, "-m", "empfehlung_desktop", *args]


def _search(db: Path) -> list[Result]:
    ours = _app("contacts", "search", SEARCH, "--db", str(db))
    from empfehlung_desktop.transliterate import search_fold

    # The index holds folded text (issue 14): the floor asks for what the app asks for.
    floor = [sys.executable, "-c", _SQLITE_FLOOR, str(db), search_fold(SEARCH)]
    wall, cpu, floor_wall, floor_cpu = _side_by_side(ours, floor)
    return [
        (f"CLI contacts search „{SEARCH}“ (100k), ganzer Prozess", wall, "s Median (Ziel ≤ 0,25)"),
        ("  Boden: python + sqlite3, gleiche Abfrage und Ausgabe", floor_wall, "s Median"),
        ("  Verhältnis search / Boden (Wandzeit)", wall / floor_wall, "×"),
        ("  CPU-Zeit search / Boden", cpu, f"s / {floor_cpu:.3f} s"),
    ]


def _handout(db: Path) -> list[Result]:
    from empfehlung_desktop.config import resource_path

    listing = subprocess.run(
        _app("engagements", "list", "--json", "--status", "first_meeting", "--db", str(db)),
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    engagement = json.loads(listing)[0]["id"]
    folder = work_dir()
    ours = _app(
        "handout", "--engagement", str(engagement), "-o", str(folder / "h.pdf"),
        "--allow-sample", "--db", str(db),
    )  # fmt: skip
    font = str(resource_path("fonts", "DejaVuSans.ttf"))
    floor = [sys.executable, "-c", _PLATYPUS_FLOOR, font, str(folder / "floor.pdf")]
    wall, cpu, floor_wall, floor_cpu = _side_by_side(ours, floor)
    return [
        ("CLI handout --engagement (100k), ganzer Prozess", wall, "s Median (Ziel ≤ 0,4)"),
        ("  Boden: nackte Platypus-Seite mit DejaVu, ganzer Prozess", floor_wall, "s Median"),
        ("  Verhältnis handout / Boden (Wandzeit)", wall / floor_wall, "×"),
        ("  CPU-Zeit handout / Boden", cpu, f"s / {floor_cpu:.3f} s"),
    ]


def _quick_check(db: Path) -> list[Result]:
    """What ``PRAGMA quick_check`` at every open would add (now only before writes)."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        started, cpu = time.perf_counter(), time.process_time()
        con.execute("PRAGMA quick_check").fetchall()
        wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    finally:
        con.close()
    size = db.stat().st_size / 2**20
    return [
        (f"Schnellprüfung (quick_check) {size:.0f} MiB, nur noch vor Schreiben", wall, "s"),
        ("  CPU-Zeit der Schnellprüfung", cpu, "s"),
    ]


if __name__ == "__main__":
    for name, value, unit in run():
        print(f"{name:<60} {value:>9.3f}  {unit}")
