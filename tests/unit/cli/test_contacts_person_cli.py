"""``contacts show`` with the person, ``contacts duplicates`` and ``contacts merge``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from empfehlung_desktop.cli import main
from empfehlung_desktop.model import Contact
from empfehlung_desktop.services.contacts import contacts as cs
from empfehlung_desktop.store.database import Database
from tests.conftest import DEMO_CLOCK, DEMO_TODAY


def run(db_path: Path, *args: str) -> int:
    return main([*args, "--db", str(db_path)], clock=DEMO_CLOCK)


def test_show_greets_and_lists_the_person(
    demo_db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with demo_db.reader() as s:
        cid = int(s.scalar(select(Contact.id).where(Contact.name == "Dr. Nina Petersen")) or 0)
    assert run(db_path, "contacts", "show", str(cid)) == 0
    out = capsys.readouterr().out
    assert "Sehr geehrte Frau Dr. Petersen," in out
    assert run(db_path, "contacts", "show", str(cid), "--json") == 0
    data = json.loads(capsys.readouterr().out)["contact"]
    assert (data["title"], data["given_name"], data["family_name"]) == ("Dr.", "Nina", "Petersen")
    assert data["birthday"] == "1975-06-05" and data["salutation"] == "ms"


def test_duplicates_and_merge_from_the_command_line(
    db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with db.session() as s:
        keep = cs.create_contact(
            s, cs.ContactData(name="Jürgen Weiß", email="jw@example.org"), today=DEMO_TODAY
        ).id
        other = cs.create_contact(
            s,
            cs.ContactData(name="J. Weiß", email="JW@example.org", phone="+49 761 123456"),
            today=DEMO_TODAY,
        ).id
    assert run(db_path, "contacts", "duplicates", str(keep), "--json") == 0
    found = json.loads(capsys.readouterr().out)
    assert [d["id"] for d in found] == [other]
    assert run(db_path, "contacts", "merge", str(keep), str(other), "--take", "phone") == 0
    assert "aufgegangen" in capsys.readouterr().out
    with db.reader() as s:
        (contact,) = s.scalars(select(Contact)).all()
        assert (contact.id, contact.phone) == (keep, "+49 761 123456")
    assert run(db_path, "contacts", "merge", str(keep), str(keep)) == 1
    assert "sich selbst" in capsys.readouterr().err
