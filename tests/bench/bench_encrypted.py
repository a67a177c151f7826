"""Contacts at 100k on an encrypted database (SQLCipher) against the same data unencrypted.

Measures what the practitioner feels: the contact list's first page, the search
while typing (the queries of ``bench_contacts``), a one-shot ``contacts search``
on the command line, and how long switching encryption on takes. Reports the
ratio encrypted / plain. Skipped (one row saying so) without the SQLCipher package.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from tests.bench import Result, demo_database, percentile, work_dir
from tests.bench.bench_contacts import QUERIES, _time_searches

PASSPHRASE = "Benchmark-Passphrase 2027"
CLI_RUNS = 5


def run() -> list[Result]:
    from empfehlung_desktop.store import cipher

    if not cipher.available():
        return [("Verschlüsselt: übersprungen, SQLCipher fehlt", float("nan"), "")]
    folder = work_dir() / "encrypted"
    folder.mkdir(exist_ok=True)
    os.environ["EMPFEHLUNG_DATA_DIR"] = str(folder / "data")  # backups stay in here
    source = demo_database(100_000)
    plain = folder / "plain.db"
    encrypted = folder / "encrypted.db"
    for target in (plain, encrypted):
        shutil.copyfile(source, target)
    from empfehlung_desktop.services.data import encryption

    started = time.perf_counter()
    encryption.encrypt(encrypted, PASSPHRASE)
    convert_s = time.perf_counter() - started
    plain_list, plain_search = _gui_path(plain)
    enc_list, enc_search = _gui_path(encrypted)
    plain_cli = _cli(plain)
    enc_cli = _cli(encrypted)
    p50 = (percentile(plain_search, 0.5), percentile(enc_search, 0.5))
    p99 = (percentile(plain_search, 0.99), percentile(enc_search, 0.99))
    return [
        ("Verschlüsseln (100k Kontakte, ganze Datei)", convert_s, "s"),
        ("Kontaktliste erste Seite: unverschlüsselt", plain_list, "ms"),
        ("Kontaktliste erste Seite: verschlüsselt", enc_list, "ms"),
        ("Kontaktliste: Verhältnis verschlüsselt / unverschlüsselt", enc_list / plain_list, "×"),
        ("Suche p50: unverschlüsselt / verschlüsselt", p50[0], f"ms / {p50[1]:.1f} ms"),
        ("Suche p99: unverschlüsselt", p99[0], "ms (Ziel ≤ 16)"),
        ("Suche p99: verschlüsselt", p99[1], "ms (Ziel ≤ 16)"),
        ("Suche p99: Verhältnis verschlüsselt / unverschlüsselt", p99[1] / p99[0], "×"),
        ("Kommandozeile contacts search (Median): unverschlüsselt", plain_cli, "ms"),
        ("Kommandozeile contacts search (Median): verschlüsselt", enc_cli, "ms"),
        ("Kommandozeile: Verhältnis verschlüsselt / unverschlüsselt", enc_cli / plain_cli, "×"),
    ]


def _gui_path(path: Path) -> tuple[float, list[float]]:
    """Milliseconds for the list's first page, and per search (the GUI's model)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from empfehlung_desktop.services.contacts.contacts import ContactQuery
    from empfehlung_desktop.store import cipher
    from empfehlung_desktop.store.database import open_database
    from empfehlung_desktop.ui.contacts.table_model import ContactTableModel

    _app = QApplication.instance() or QApplication([])
    cipher.set_passphrase(PASSPHRASE if cipher.is_encrypted(path) else None)
    db = open_database(f"sqlite:///{path}")
    try:
        model = ContactTableModel(db)
        model.set_query(ContactQuery())  # warm: connection (and key derivation) once
        started = time.perf_counter()
        model.set_query(ContactQuery())
        list_ms = (time.perf_counter() - started) * 1000
        wall, _cpu = _time_searches(model, QUERIES)
    finally:
        db.dispose()
        cipher.set_passphrase(None)
    return list_ms, wall


def _cli(path: Path) -> float:
    env = {**os.environ, "EMPFEHLUNG_PASSPHRASE": PASSPHRASE}
    command = [sys.executable, "-m", "empfehlung_desktop", "contacts", "search", "Müller"]
    times = []
    for _ in range(CLI_RUNS):
        started = time.perf_counter()
        subprocess.run([*command, "--db", str(path)], env=env, check=True, capture_output=True)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)
