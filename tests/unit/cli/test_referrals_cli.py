import json
import re

import pytest

from empfehlung_desktop.cli import main
from empfehlung_desktop.model import Contact
from empfehlung_desktop.services.referrals.anonymize_terms import phone_digits
from empfehlung_desktop.store.database import Database
from tests.conftest import DEMO_CLOCK


def run(capsys: pytest.CaptureFixture[str], db: Database, *args: str) -> tuple[int, str, str]:
    code = main([*args, "--db", str(db.engine.url)], clock=DEMO_CLOCK)
    out, err = capsys.readouterr()
    return code, out, err


def test_list_json_holds_all_three_directions(
    demo_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, demo_db, "referrals", "list", "--json")
    rows = json.loads(out)
    assert code == 0
    assert {r["direction"] for r in rows} == {"incoming", "outgoing", "introduction"}
    keys = {"id", "direction", "status", "anonymous", "temperature", "giver_id"}
    keys |= {"recommended_id", "recipient_id", "follow_up_on"}
    assert all(keys <= set(r) and isinstance(r["id"], int) for r in rows)


def test_list_filters(demo_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, demo_db, "referrals", "list", "--direction", "incoming", "--json")
    assert code == 0 and {r["direction"] for r in json.loads(out)} == {"incoming"}
    code, out, _ = run(capsys, demo_db, "referrals", "list", "--status", "matched", "--json")
    assert code == 0 and {r["status"] for r in json.loads(out)} == {"matched"}
    code, out, _ = run(capsys, demo_db, "referrals", "list")
    assert code == 0 and re.search(r"^\d+ Empfehlungen?$", out, re.M) and "ich" in out
    assert "Empfehlung(en)" not in out


def test_due_list_works(demo_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, demo_db, "referrals", "list", "--due", "--json")
    rows = json.loads(out)
    assert code == 0
    assert all(r["due"] and r["follow_up_on"] for r in rows)


def test_every_anonymous_inquiry_hides_the_recipient(
    demo_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = run(capsys, demo_db, "referrals", "list", "--json")
    anonymous = [r for r in json.loads(out) if r["anonymous"] and r["recipient_id"]]
    assert anonymous
    for row in anonymous:
        code, text, err = run(capsys, demo_db, "referrals", "inquiry", str(row["id"]))
        assert code == 0, err
        assert "Worum es geht:" in text and len(text) > 300
        with demo_db.reader() as s:
            who = s.get(Contact, row["recipient_id"])
            assert who is not None
            values = [who.name, who.email, who.phone, who.organisation]
            values += [p for p in re.split(r"[\s\-]+", who.name) if len(p) > 2]
            digits = phone_digits(who.phone)
        folded = text.casefold()
        for value in filter(None, values):
            assert value.casefold() not in folded, (value, text)
        assert not digits or digits not in re.sub(r"\D", "", text)


def test_inquiry_refuses_incoming_in_german(
    demo_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = run(capsys, demo_db, "referrals", "list", "--direction", "incoming", "--json")
    incoming = json.loads(out)[0]["id"]
    code, _, err = run(capsys, demo_db, "referrals", "inquiry", str(incoming))
    assert code == 1 and "eingehende Empfehlung" in err and err.count("\n") == 1
    code, _, err = run(capsys, demo_db, "referrals", "inquiry", "9999")
    assert code == 1 and "gibt es nicht" in err


def test_reciprocity_json(demo_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, demo_db, "referrals", "reciprocity", "--json")
    rows = json.loads(out)
    assert code == 0 and rows
    for row in rows:
        assert {"partner_id", "name", "given", "received", "introductions"} <= set(row)
        assert isinstance(row["given"], int) and isinstance(row["received"], int)
    assert any(r["given"] for r in rows) and any(r["received"] for r in rows)
    code, out, _ = run(capsys, demo_db, "referrals", "reciprocity")
    assert code == 0 and "Netzwerkpartner" in out
