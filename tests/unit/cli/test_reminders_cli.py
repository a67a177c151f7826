"""``reminders``, ``care``, ``referrals meeting`` and ``today`` with reminders, on the demo."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from empfehlung_desktop.cli import main
from empfehlung_desktop.model import Contact, Referral, ReferralDirection, ReferralStatus
from empfehlung_desktop.store.database import Database
from tests.conftest import DEMO_CLOCK, DEMO_TODAY


def run(db_path: Path, *args: str) -> int:
    return main([*args, "--db", str(db_path)], clock=DEMO_CLOCK)


def test_reminders_add_list_today_done(
    demo_db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with demo_db.reader() as s:
        cid = int(s.scalar(select(Contact.id).where(Contact.name == "Stefan Ludwig")) or 0)
    assert run(db_path, "reminders", "add", "Buch zurückgeben", "--contact", str(cid),
               "--json") == 0  # fmt: skip
    added = json.loads(capsys.readouterr().out)
    assert added["due_on"] == DEMO_TODAY.isoformat()
    assert run(db_path, "reminders", "list", "--json") == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row["contact_name"] == "Stefan Ludwig" and row["link_view"] == "contacts"
    assert run(db_path, "today", "--kind", "reminder", "--json") == 0
    [item] = json.loads(capsys.readouterr().out)
    assert item["subject_id"] == added["id"] and item["link_id"] == cid
    assert run(db_path, "today") == 0
    assert "Erinnerungen (1)" in capsys.readouterr().out
    assert run(db_path, "reminders", "done", str(added["id"])) == 0
    assert run(db_path, "reminders", "list") == 0
    assert "Buch" not in capsys.readouterr().out
    assert run(db_path, "reminders", "add", "x", "--due", "2000-01-01") == 1
    assert "Vergangenheit" in capsys.readouterr().err
    assert run(db_path, "reminders", "delete", str(added["id"])) == 0
    assert run(db_path, "reminders", "list", "--all", "--json") == 0
    assert json.loads(capsys.readouterr().out.splitlines()[-1]) == []


def test_care_and_meeting(
    demo_db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with demo_db.reader() as s:
        cid = int(s.scalar(select(Contact.id).where(Contact.name == "Stefan Ludwig")) or 0)
        rid = s.scalar(
            select(Referral.id).where(
                Referral.direction == ReferralDirection.INCOMING,
                Referral.status == ReferralStatus.RECEIVED,
            )
        )
    assert run(db_path, "care", str(cid), "--never-ask", "--rhythm", "30", "--json") == 0
    assert json.loads(capsys.readouterr().out) == {
        "contact_id": cid, "never_ask": True, "keep_in_touch_days": 30
    }  # fmt: skip
    assert rid is not None
    at = f"{DEMO_TODAY.isoformat()}T23:30"
    assert run(db_path, "referrals", "meeting", str(rid), at, "--place", "Praxis", "--json") == 0
    linked = json.loads(capsys.readouterr().out)
    assert linked["referral_id"] == rid and linked["engagement_id"] > 0
