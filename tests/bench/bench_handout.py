""" "Warum Sie" handouts: a batch against a bare-platypus floor, and one CLI call.

Goals (issue 4): per handout ≤ 2× the same page built with bare ReportLab
platypus and the same TTF, measured in the same run; a whole ``handout`` CLI
process ≤ 0.4 s (median of 5).
"""

from __future__ import annotations

import datetime as dt
import io
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape

BATCH = 50
RUNS = 5
Result = tuple[str, float, str]


def _data() -> object:
    from empfehlung_desktop.sample_practice.profile import practice_profile
    from empfehlung_desktop.services.engagements.handout import sample_handout_data

    return sample_handout_data(practice_profile(), dt.datetime(2026, 11, 22, 9, 0))


def _floor_once(data: object) -> None:
    """The same content and styles with bare platypus: no page templates, no header,
    footer or page numbers, no escaping helper (plain ``xml.sax.saxutils.escape``)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from empfehlung_desktop.reports.handout import (
        handout_styles,
        preparation_intro,
        preparation_questions,
    )

    st = handout_styles()
    flow = [Paragraph("Warum Sie", st["title"])]
    flow.append(Paragraph(escape(f"für {data.prospect_name}"), st["side"]))  # type: ignore[attr-defined]
    flow.append(Paragraph(escape(data.need or ""), st["body"]))  # type: ignore[attr-defined]
    for section in data.sections:  # type: ignore[attr-defined]
        flow.append(Paragraph(escape(section.title), st["h2"]))
        flow.append(Paragraph(escape(section.body).replace("\n", "<br/>"), st["body"]))
    flow.append(Paragraph("Zur Vorbereitung", st["h2"]))
    flow.append(Paragraph(preparation_intro(), st["body"]))
    flow.extend(Paragraph(q, st["bullet"], bulletText="•") for q in preparation_questions())
    margin = 20 * mm
    doc = SimpleDocTemplate(
        io.BytesIO(),
        pagesize=A4,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=40 * mm,
        bottomMargin=margin + 2 * mm,
    )
    doc.build(flow)


def _batch() -> list[Result]:
    from empfehlung_desktop.reports.fonts import register_fonts
    from tests.helpers.handout_pdf import handout_bytes

    register_fonts()
    data = _data()
    handout_bytes(data)  # type: ignore[arg-type]  # warm-up: first-use caches
    _floor_once(data)
    ours: list[float] = []
    floor: list[float] = []
    # Interleaved so that load from other processes hits both sides alike.
    for _ in range(BATCH):
        started = time.perf_counter()
        handout_bytes(data)  # type: ignore[arg-type]
        ours.append(time.perf_counter() - started)
        started = time.perf_counter()
        _floor_once(data)
        floor.append(time.perf_counter() - started)
    per_ours = statistics.median(ours) * 1000
    per_floor = statistics.median(floor) * 1000
    return [
        (f"Handout im Stapel ({BATCH}), Median", per_ours, "ms je Handout"),
        ("Gleiche Seite, nacktes Platypus", per_floor, "ms je Seite (Boden)"),
        ("Verhältnis Handout / Boden", per_ours / per_floor, "× (Ziel ≤ 2)"),
    ]


def _run_cli(args: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "empfehlung_desktop", *args], check=True, capture_output=True
    )
    return time.perf_counter() - started


def _cli(folder: Path) -> list[Result]:
    db = folder / "demo.db"
    _run_cli(["demo", "--db", str(db)])
    listing_args = ["engagements", "list", "--json", "--status", "first_meeting"]
    out = subprocess.run(
        [sys.executable, "-m", "empfehlung_desktop", *listing_args, "--db", str(db)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    import json

    engagement_id = json.loads(out)[0]["id"]
    handout_args = ["handout", "--engagement", str(engagement_id), "-o", str(folder / "h.pdf")]
    handout_args += ["--db", str(db)]
    _run_cli(handout_args)  # warm the OS file cache
    handout = statistics.median(_run_cli(handout_args) for _ in range(RUNS))
    listing = statistics.median(
        _run_cli(["engagements", "list", "--json", "--db", str(db)]) for _ in range(RUNS)
    )
    return [
        ("CLI handout --engagement, ganzer Prozess", handout, "s Median aus 5 (Ziel ≤ 0,4)"),
        ("zum Vergleich: CLI engagements list", listing, "s Median aus 5 (ohne PDF)"),
    ]


def run() -> list[Result]:
    folder = Path(tempfile.mkdtemp(prefix="bench-handout-"))
    try:
        return _batch() + _cli(folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    for name, value, unit in run():
        print(f"{name:<45} {value:>9.3f}  {unit}")
