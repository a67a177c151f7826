"""``today``: the daily list on the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from empfehlung_desktop.cli import main
from empfehlung_desktop.model import Contact, SpiralStage
from empfehlung_desktop.store.database import Database
from tests.conftest import DEMO_CLOCK, DEMO_TODAY

FIVE_KINDS = {"follow_up", "thank_referrer", "send_handout", "request_feedback", "ask_for_referral"}


def test_today_json_on_the_demo_holds_all_five_kinds(
    demo_db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        ["today", "--json", "--date", DEMO_TODAY.isoformat(), "--db", str(db_path)],
        clock=DEMO_CLOCK,
    )
    out, err = capsys.readouterr()
    assert code == 0 and err == ""
    items = json.loads(out)
    assert {item["kind"] for item in items} >= FIVE_KINDS
    for item in items:
        assert {"kind", "due_on", "contact_id", "text", "subject_id"} <= set(item)
        assert isinstance(item["contact_id"], int) and isinstance(item["subject_id"], int)
        assert len(item["due_on"]) == 10 and item["text"]


def test_demo_contacts_span_at_least_four_stages(demo_db: Database) -> None:
    with demo_db.reader() as s:
        stages = set(s.scalars(select(Contact.spiral_stage).distinct())) - {None}
    assert len(stages) >= 4
    assert SpiralStage.DISSATISFIED in stages


def test_today_text_and_kind_filter(
    demo_db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["today", "--date", DEMO_TODAY.isoformat(), "--kind", "thank_referrer"]
    code = main([*args, "--db", str(db_path)], clock=DEMO_CLOCK)
    out, _ = capsys.readouterr()
    assert code == 0
    assert out.startswith("Danke sagen (3)") and "Thomas Brandt" in out
    assert "Nachfassen" not in out and "22.11.2026" in out


def test_bad_date_is_one_german_line(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["today", "--date", "22.11.2026", "--db", str(db_path)], clock=DEMO_CLOCK)
    _, err = capsys.readouterr()
    assert code == 1 and err.startswith("Fehler: ") and err.count("\n") == 1


def test_empty_database_says_nothing_is_due(
    db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["today", "--db", str(db_path)], clock=DEMO_CLOCK) == 0
    assert capsys.readouterr().out.strip() == "Heute ist nichts fällig."
