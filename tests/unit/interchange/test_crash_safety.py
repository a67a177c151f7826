"""A real process killed with SIGKILL in the middle of an import leaves the data as it was."""

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from empfehlung_desktop.store.database import Database

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX"),
]


def snapshot(path: Path) -> tuple[int, int, str]:
    con = sqlite3.connect(path)
    try:
        contacts = con.execute("SELECT count(*) FROM contact").fetchone()[0]
        fts = con.execute("SELECT count(*) FROM contact_fts").fetchone()[0]
        integrity = con.execute("PRAGMA integrity_check").fetchone()[0]
        return contacts, fts, integrity
    finally:
        con.close()


def test_kill_9_during_a_large_import(demo_db: Database, db_path: Path, tmp_path: Path) -> None:
    before = snapshot(db_path)
    assert before[2] == "ok"
    lines = ["Name;E-Mail;Telefon;Notizen"]
    lines += [f"Person {i};p{i}@example.org;;{'Notiz ' * 30}" for i in range(60_000)]
    big = tmp_path / "gross.csv"
    big.write_text("\n".join(lines), encoding="utf-8")
    demo_db.dispose()
    wal = db_path.with_name(db_path.name + "-wal")
    wal_start = wal.stat().st_size if wal.exists() else 0
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[3])}
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "empfehlung_desktop",
            "import",
            str(big),
            "--yes",
            "--db",
            str(db_path),
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 120
        # Kill once the transaction has written a good part into the WAL.
        while time.monotonic() < deadline and process.poll() is None:
            if wal.exists() and wal.stat().st_size > wal_start + 4_000_000:
                break
            time.sleep(0.02)
        assert process.poll() is None, "the import finished before it could be killed"
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == -signal.SIGKILL
    assert snapshot(db_path) == before
