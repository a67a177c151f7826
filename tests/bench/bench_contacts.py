"""Contacts at 100k: start-up vs. a bare window, search latency, resident memory."""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from tests.bench import Result, demo_database, percentile, work_dir

RUNS = 5
# What people type: names, partial names with umlauts, e-mail addresses, phone
# fragments, and the one- and two-letter prefixes of typing itself (the goal set).
QUERIES = [
    "M",
    "Mü",
    "Mül",
    "Müll",
    "Müller",
    "K",
    "Kö",
    "Köh",
    "Köhler",
    "Lena Köhler",
    "S",
    "Sc",
    "Sch",
    "Schr",
    "Schröder",
    "Weißenfels",
    "Brückner",
    "Lüden",
    "Özdemir",
    "Dąbrowski",
    "Agnieszka",
    "Jürgen",
    "Anna Braun",
    "Karl-Heinz",
    "Łukasz",
    "a",
    "e",
    "ö",
    "z",
    "ab",
    "Lu",
    "Br",
    "Ja",
    "Gö",
    "Ü",
    "anna.braun",
    "lena@koehler-landtechnik.example",
    "anna.braun69947@example.org",
    "schroder12",
    "@koehler",
    "koehler-landtechnik",
    "jansen@",
    "0761",
    "+49 761 22",
    "7642 998877",
    "Landtechnik",
    "Thomas Brandt",
    "Brandt Metallbau",
    "gibt es nicht",
    "xyzzy",
]
# Words that a quarter of the generated contacts share (profession, town, legal
# form): reported apart, as they are not what the goal is about.
BROAD = ["Beratung", "Trainerin", "Steuerberater", "Freiburg", "Konstanz", "GmbH"]


def run() -> list[Result]:
    db_path = demo_database(100_000)
    results = _startup(db_path)
    results += _search_latency(db_path)
    return results


def _launch(command: list[str], env: dict[str, str]) -> tuple[float, float, float, float, float]:
    """Seconds from process start to the window's first paint, peak RSS in MiB, the
    CPU seconds the process used in all (less sensitive to a busy machine), the
    seconds until the database is open and the start view filled, and the seconds
    until contacts are on screen (the first page, maybe before the database is open;
    the app only)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.time()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    shown = rss = contacts = None
    ready = 0.0
    for line in done.stdout.splitlines():
        parts = line.split()
        if parts[:2] == ["EMPFEHLUNG_BENCH", "shown"]:
            shown = float(parts[2]) - started
        elif parts[:2] == ["EMPFEHLUNG_BENCH", "contacts"]:
            contacts = float(parts[2]) - started
        elif parts[:2] == ["EMPFEHLUNG_BENCH", "ready"]:
            ready = float(parts[2]) - started
        elif parts[:2] == ["EMPFEHLUNG_BENCH", "rss_kib"]:
            rss = int(parts[2]) / 1024
    if shown is None or rss is None:
        raise RuntimeError(f"{command} meldete kein Fenster:\n{done.stdout}\n{done.stderr}")
    return shown, rss, cpu, ready, ready if contacts is None else contacts


def _startup(db_path: Path) -> list[Result]:
    home = work_dir() / "startup"
    config = home / "config" / "Empfehlung Desktop"
    config.mkdir(parents=True, exist_ok=True)
    # Open on the contacts view: the heavy case, and the one the goal is about.
    (config / "Empfehlung Desktop.conf").write_text("[main_window]\nlast_view=contacts\n")
    env = {
        **os.environ,
        "XDG_CONFIG_HOME": str(home / "config"),
        "EMPFEHLUNG_DATA_DIR": str(home / "data"),
        "EMPFEHLUNG_BENCH_SHOWN": "1",
    }
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = [sys.executable, "-m", "empfehlung_desktop", "--db", str(db_path)]
    bare = [sys.executable, str(Path(__file__).with_name("bare_window.py"))]
    app_times, bare_times, app_rss, app_cpu, bare_cpu, app_ready = [], [], [], [], [], []
    app_contacts = []
    _launch(bare, env)  # warm the file cache for both, unmeasured
    _launch(app, env)
    for _ in range(RUNS):  # interleaved, so load on the machine hits both alike
        seconds, _rss, cpu, _ready, _contacts = _launch(bare, env)
        bare_times.append(seconds)
        bare_cpu.append(cpu)
        seconds, rss, cpu, ready, contacts = _launch(app, env)
        app_times.append(seconds)
        app_rss.append(rss)
        app_cpu.append(cpu)
        app_ready.append(ready)
        app_contacts.append(contacts)
    bare_ms = statistics.median(bare_times) * 1000
    app_ms = statistics.median(app_times) * 1000
    contacts_ms = statistics.median(app_contacts) * 1000
    return [
        ("Start bis Fenster: leeres QMainWindow (Median)", bare_ms, "ms"),
        ("Start bis Fenster: App mit Kontakten (Median)", app_ms, "ms"),
        ("Start: Verhältnis App / leeres Fenster", app_ms / bare_ms, "× (Ziel ≤ 4)"),
        ("Start bis Kontakte auf dem Bildschirm (erste Seite, Median)", contacts_ms, "ms"),
        (
            "Kontakte auf dem Bildschirm: Verhältnis App / leeres Fenster",
            contacts_ms / bare_ms,
            "× (Ziel ≤ 3)",
        ),
        (
            "Start bis Datenbank offen und Ansicht bedienbar (Median)",
            statistics.median(app_ready) * 1000,
            "ms",
        ),
        (
            "Datenbank offen: Verhältnis App / leeres Fenster",
            statistics.median(app_ready) * 1000 / bare_ms,
            "× (ohne Ziel)",
        ),
        (
            "Start: CPU-Zeit App / leeres Fenster",
            statistics.median(app_cpu) / statistics.median(bare_cpu),
            "× (ganzer Prozess, weniger lastabhängig)",
        ),
        ("Speicher (RSS, Spitze) mit Kontaktansicht", max(app_rss), "MiB (Ziel ≤ 200)"),
    ]


def _search_latency(db_path: Path) -> list[Result]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from empfehlung_desktop.services.contacts.contacts import ContactQuery
    from empfehlung_desktop.store.database import open_database
    from empfehlung_desktop.ui.contacts.table_model import ContactTableModel

    _app = QApplication.instance() or QApplication([])
    db = open_database(f"sqlite:///{db_path}")
    try:
        model = ContactTableModel(db)
        model.set_query(ContactQuery())  # what the view does when first shown
        wall, cpu = _time_searches(model, QUERIES)
        broad_wall, _broad_cpu = _time_searches(model, BROAD)
    finally:
        db.dispose()
    slowest = max(zip(wall, QUERIES, strict=True))
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    n = len(QUERIES)
    return [
        (f"Suche p50 ({n} Anfragen, 100k Kontakte)", percentile(wall, 0.5), "ms"),
        ("Suche p99", percentile(wall, 0.99), "ms (Ziel ≤ 16)"),
        (f"Suche langsamste: „{slowest[1]}“", slowest[0], "ms"),
        ("Suche p50, nur CPU-Zeit des Threads", percentile(cpu, 0.5), "ms"),
        ("Suche p99, nur CPU-Zeit des Threads", percentile(cpu, 0.99), "ms"),
        (f"Breite Begriffe ({', '.join(BROAD)}): max", max(broad_wall), "ms (ohne Ziel)"),
        ("Systemlast (1 min) bei der Messung", load, "Prozesse je 2 Kerne"),
    ]


def _time_searches(model: Any, queries: list[str]) -> tuple[list[float], list[float]]:
    """Wall and thread CPU milliseconds from search() until the model is reset."""
    wall, cpu = [], []
    for text in queries:
        started, started_cpu = time.perf_counter(), time.thread_time()
        model.search(text)  # count + first page, the model reset included
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.thread_time() - started_cpu) * 1000)
    return wall, cpu
