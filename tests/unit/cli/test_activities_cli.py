"""``activities add|list|delete`` and ``contacts show`` on the sample practice."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from empfehlung_desktop.cli import main
from empfehlung_desktop.model import Contact
from empfehlung_desktop.store.database import Database
from tests.conftest import DEMO_CLOCK, DEMO_TODAY


def run(db_path: Path, *args: str) -> int:
    return main([*args, "--db", str(db_path)], clock=DEMO_CLOCK)


def test_add_list_show_and_delete(
    demo_db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with demo_db.reader() as s:
        cid = int(s.scalar(select(Contact.id).where(Contact.name == "Stefan Ludwig")) or 0)
    assert run(db_path, "activities", "add", str(cid), "--kind", "meeting", "--text", "Espresso",
               "--json") == 0  # fmt: skip
    added = json.loads(capsys.readouterr().out)
    assert added["last_contact"] == DEMO_TODAY.isoformat()
    assert run(db_path, "activities", "list", "--contact", str(cid), "--json") == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["id"] == added["id"] and rows[0]["kind_label"] == "Treffen"
    assert run(db_path, "contacts", "show", str(cid)) == 0
    out = capsys.readouterr().out
    assert "Stefan Ludwig" in out and "Treffen – Espresso" in out and "letzter Kontakt" in out
    assert run(db_path, "contacts", "show", str(cid), "--json") == 0
    story = json.loads(capsys.readouterr().out)
    assert story["counts"]["last_contact"] == DEMO_TODAY.isoformat()
    assert run(db_path, "activities", "delete", str(added["id"])) == 0
    assert run(db_path, "activities", "list", "--contact", str(cid)) == 0
    assert "Espresso" not in capsys.readouterr().out


def test_future_day_is_one_german_line(
    demo_db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = run(db_path, "activities", "add", "1", "--date", "2099-01-01")
    err = capsys.readouterr().err
    assert code == 1 and err.startswith("Fehler:") and "Zukunft" in err
