"""The issue's checks, through the command line, on the demo database."""

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from empfehlung_desktop.cli import main
from empfehlung_desktop.store.database import Database
from tests.conftest import DEMO_CLOCK, damage_schema, page_size_of


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args), clock=DEMO_CLOCK)
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def contact_count(capsys: pytest.CaptureFixture[str], db: str) -> int:
    code, out, _ = run(capsys, "contacts", "list", "--json", "--db", db)
    assert code == 0
    return len(json.loads(out))


@pytest.mark.parametrize("fmt", ["vcard", "csv", "json"])
def test_export_and_import_into_empty_database_keeps_the_count(
    demo_db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    source = str(db_path)
    expected = contact_count(capsys, source)
    exported = tmp_path / f"export.{fmt}"
    code, out, _ = run(capsys, "export", "--format", fmt, "-o", str(exported), "--db", source)
    assert code == 0 and str(expected) in out
    target = str(tmp_path / "leer.db")
    code, out, _ = run(capsys, "import", str(exported), "--yes", "--db", target)
    assert code == 0, out
    assert contact_count(capsys, target) == expected


def test_broken_vcard_is_refused_and_changes_nothing(
    demo_db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = contact_count(capsys, str(db_path))
    broken = tmp_path / "kaputt.vcf"
    broken.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Gut\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:Halb\r\n"
    )
    code, _, err = run(capsys, "import", str(broken), "--yes", "--db", str(db_path))
    assert code == 1 and err.startswith("Fehler: Karte 2")
    assert contact_count(capsys, str(db_path)) == before


def test_backup_restore_check_and_calendar(
    demo_db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(db_path)
    target = tmp_path / "sicherung.db"
    assert run(capsys, "backup", "-o", str(target), "--db", db)[0] == 0
    code, out, _ = run(capsys, "gdpr", "erase", "--contact", "1", "--yes", "--db", db)
    assert code == 0 and "anonymisiert" in out
    before_restore = contact_count(capsys, db)
    code, out, _ = run(capsys, "restore", str(target), "--yes", "--db", db)
    assert code == 0 and "Wiederhergestellt" in out
    assert contact_count(capsys, db) == before_restore + 1
    code, out, _ = run(capsys, "check", "--db", db)
    assert code == 0 and "in Ordnung" in out
    code, out, _ = run(capsys, "calendar", "-o", str(tmp_path / "t.ics"), "--db", db)
    assert code == 0 and (tmp_path / "t.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_gdpr_export_and_erase_leave_no_trace(
    demo_db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(db_path)
    con = sqlite3.connect(db_path)
    name = con.execute("SELECT name FROM contact WHERE id = 3").fetchone()[0]
    con.close()
    report = tmp_path / "auskunft.json"
    assert run(capsys, "gdpr", "export", "--contact", "3", "-o", str(report), "--db", db)[0] == 0
    assert json.loads(report.read_text(encoding="utf-8"))["person"]["name"] == name
    code, _, err = run(capsys, "gdpr", "erase", "--contact", "3", "--db", db)
    assert code == 1 and "--yes" in err  # not interactive: needs an explicit yes
    code, _out, _ = run(capsys, "gdpr", "erase", "--contact", "3", "--yes", "--db", db)
    assert code == 0
    for suffix in ("", "-wal"):
        path = Path(db + suffix)
        if path.exists():
            assert name.encode() not in path.read_bytes()
    assert run(capsys, "check", "--db", db)[0] == 0


def test_restore_refuses_while_the_gui_holds_the_database(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import os

    from empfehlung_desktop.store import instance

    lock = instance.lock_path(str(db_path.resolve()))
    lock.write_text(f"{os.getpid()}\nempfehlung-desktop\nhost\n")
    target = tmp_path / "s.db"
    run(capsys, "backup", "-o", str(target), "--db", str(db_path))
    code, _, err = run(capsys, "restore", str(target), "--yes", "--db", str(db_path))
    assert code == 1 and "geöffnet" in err


def test_an_empty_database_file_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "leer.db"
    path.write_bytes(b"")
    code, _, err = run(capsys, "contacts", "list", "--db", str(path))
    assert code == 1 and "0 Byte" in err and "restore" in err
    assert path.stat().st_size == 0


def test_a_damaged_database_is_refused_for_writing(
    demo_db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "backup", "--db", str(db_path))[0] == 0
    demo_db.dispose()
    data = bytearray(db_path.read_bytes())
    size = page_size_of(data)
    pages = len(data) // size
    for page in range(pages // 2, pages, 3):
        data[page * size : page * size + 64] = b"\xff" * 64
    db_path.write_bytes(bytes(data))
    card = tmp_path / "neu.vcf"
    card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Neu Person\r\nEND:VCARD\r\n")
    code, _, err = run(capsys, "import", str(card), "--yes", "--db", str(db_path))
    assert code == 1 and "beschädigt" in err and "restore" in err and "backups" in err


@pytest.mark.parametrize(
    "command", [["contacts", "list"], ["contacts", "show", "1"], ["check"], ["backup"]]
)
def test_a_damaged_schema_is_named_damaged_by_every_command(
    demo_db: Database,
    db_path: Path,
    capsys: pytest.CaptureFixture[str],
    command: list[str],
) -> None:
    """SQLite's message about it holds bytes that are no text: still a clear line."""
    demo_db.dispose()
    con = sqlite3.connect(db_path)
    con.execute("PRAGMA journal_mode = DELETE")
    con.close()
    damage_schema(db_path)
    code, _out, err = run(capsys, *command, "--db", str(db_path))
    assert code == 1 and "beschädigt" in err and "Unerwarteter" not in err


def test_exports_overwrite_atomically_and_privately(
    demo_db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import os
    import stat

    target = tmp_path / "alles.json"
    target.write_text("alt")
    target.chmod(0o644)
    old = os.umask(0o022)
    try:
        code, _, _ = run(
            capsys, "export", "--format", "json", "-o", str(target), "--db", str(db_path)
        )
    finally:
        os.umask(old)
    assert code == 0 and json.loads(target.read_text(encoding="utf-8"))
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir() if "alles" in p.name) == ["alles.json"]


def test_csv_import_without_asking_lists_duplicates_and_sums_up(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = ["Name;E-Mail;Telefon"]
    rows += ["Anna Alt;anna@example.org;0761 1", "Bea Berg;kaputt@;", "Anna Alt;ANNA@example.org;"]
    source = tmp_path / "kontakte.csv"
    source.write_text("\n".join(rows), encoding="utf-8")
    code, probe, _ = run(capsys, "import", str(source), "--dry-run", "--db", str(db_path))
    assert code == 0 and probe.endswith("Probelauf: nichts wurde geändert.\n")
    code, out, _ = run(capsys, "import", str(source), "--yes", "--db", str(db_path))
    assert code == 0
    lines = out.splitlines()
    assert (
        "  Dublette Zeile 4: Anna Alt – kommt in der Datei schon vor (Zeile 2)  → überspringen"
        in lines
    )
    assert any(line.startswith("  Hinweis Zeile 3: ") for line in lines)
    summary = "3 Kontakte in „kontakte.csv“: 2 neu, 1 mögliche Dublette"
    assert any(line.startswith(summary) for line in lines)
    assert any(line.startswith(summary) for line in probe.splitlines())
    assert lines[-1] == "2 Kontakte importiert, 0 zusammengeführt, 1 übersprungen."
    assert contact_count(capsys, str(db_path)) == 2


def test_csv_import_failing_in_a_later_part_says_nothing_was_written(
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from empfehlung_desktop.errors import UserError
    from empfehlung_desktop.interchange import flow, import_commit

    monkeypatch.setattr(flow, "SEGMENT", 2)
    add = import_commit.NewContacts.add
    calls: list[int] = []

    def full_disk_at_second(self: import_commit.NewContacts, items: Any, **options: Any) -> None:
        calls.append(len(items))
        if len(calls) == 2:
            raise UserError("Die Festplatte ist voll.")
        add(self, items, **options)

    monkeypatch.setattr(import_commit.NewContacts, "add", full_disk_at_second)
    source = tmp_path / "kontakte.csv"
    rows = "".join(f"P{i};p{i}@example.org\n" for i in range(5))
    source.write_text("Name;E-Mail\n" + rows, encoding="utf-8")
    code, _out, err = run(capsys, "import", str(source), "--yes", "--db", str(db_path))
    assert code == 1 and calls == [2, 2]
    assert err.splitlines() == [
        "Import abgebrochen; nichts wurde geändert.",
        "Fehler: Die Festplatte ist voll.",
    ]
    assert contact_count(capsys, str(db_path)) == 0
