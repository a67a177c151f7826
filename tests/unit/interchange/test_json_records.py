"""The JSON export's records built by SQLite equal the Python-built ones, value by value."""

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from empfehlung_desktop.interchange import exporter, json_io, json_records
from empfehlung_desktop.store import cipher
from empfehlung_desktop.store.database import Database
from tests.helpers import export_oracle

NASTY = "Zoë „Ärger“ \\ \"quoted\" 'single' \x01\x1f\n\t\r\x7f \u2028 😀 中文 </script>"


@pytest.fixture
def every_kind(demo_db: Database, db_path: Path) -> Database:
    """The demo practice, then (behind the app's back) every kind of stored value."""
    con = sqlite3.connect(db_path, isolation_level=None)  # foreign keys off: orphans too
    try:
        con.executescript(
            f"""
            UPDATE contact SET notes = '{NASTY.replace("'", "''")}', name = 'Ünal ß 😀',
                roles = 0, consent_share = 2, erased_at = '2027-05-17 09:30:00.000000',
                created_at = '2027-05-17 09:30:00.123456', birth_year = NULL WHERE id = 1;
            UPDATE contact SET roles = 15, consent_share = '1',
                created_at = '2027-05-17 09:30:00', updated_at = '2027-05-17T09:30:00+02:00',
                version = 4611686018427387903 WHERE id = 2;
            UPDATE contact SET roles = 17, consent_share = 0, tags = '' WHERE id = 3;
            UPDATE contact SET roles = 6, spiral_stage = NULL WHERE id = 4;
            INSERT INTO spiral_step (contact_id, changed_on, stage, previous_stage, note)
                VALUES (2, '2027-01-01', 'loyalty', NULL, 'zwei a'),
                       (1, '2027-01-02', 'expectation', 'loyalty', 'eins'),
                       (2, '2027-01-03', 'enthusiasm', NULL, 'zwei b'),
                       (999999, '2027-01-04', 'loyalty', NULL, 'verwaist');
            UPDATE referral SET consent_given = NULL WHERE id = 1;
            UPDATE referral SET consent_given = 1, anonymous = 0 WHERE id = 2;
            UPDATE practice_profile SET logo = X'89504E470D0A00FF',
                sections = '{{"a": [1, 2.5, null, true], "b": "ß\\"x"}}';
            """
        )
    finally:
        con.close()
    return demo_db


def _typed(value: Any) -> Any:
    """Values with their JSON types (``True == 1`` in Python) and the keys in order."""
    if isinstance(value, list) and value and all(isinstance(v, tuple) for v in value):
        return [(k, _typed(v)) for k, v in value]  # an object, as ordered pairs
    if isinstance(value, list):
        return ["list", [_typed(v) for v in value]]
    return (type(value).__name__, value)


def _document(data: bytes) -> Any:
    document = json.loads(data, object_pairs_hook=list)
    return _typed([(k, v) for k, v in document if k != "exported_at"])


def _no_python(*_args: Any) -> Iterator[list[bytes]]:
    raise AssertionError("the Python path was used")


def test_sqlite_records_equal_python_records_value_by_value(
    every_kind: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with every_kind.reader() as s, monkeypatch.context() as patch:
        patch.setattr(json_records, "_python_batches", _no_python)
        fast, count = export_oracle.export_bytes(s, "json")
    with every_kind.reader() as s, monkeypatch.context() as patch:
        patch.setattr(json_records, "_PROBE_RESULT", "not this SQLite")
        slow, slow_count = export_oracle.export_bytes(s, "json")
    assert count == slow_count
    assert _document(fast) == _document(slow)
    contacts = {r["id"]: r for r in json.loads(fast)["contacts"]}
    assert contacts[1]["notes"] == NASTY and contacts[1]["roles"] == []
    assert contacts[1]["erased_at"] == "2027-05-17T09:30:00"
    assert contacts[1]["created_at"] == "2027-05-17T09:30:00.123456"
    assert contacts[2]["updated_at"] == "2027-05-17T09:30:00+02:00"
    assert contacts[2]["roles"] == ["client", "prospect", "partner", "referrer"]
    assert contacts[2]["consent_share"] is True and contacts[3]["consent_share"] is False
    assert [step["note"] for step in contacts[2]["spiral_steps"]][-2:] == ["zwei a", "zwei b"]
    assert "verwaist" not in fast.decode()


def test_sqlite_records_equal_the_whole_document(every_kind: Database) -> None:
    with every_kind.reader() as s:
        data, _count = export_oracle.export_bytes(s, "json")
        document = export_oracle.export_all(s)
    document.pop("exported_at")
    streamed = json.loads(data)
    streamed.pop("exported_at")
    assert streamed == json.loads(export_oracle.dumps(document))


def test_json_progress_reaches_the_total_and_cancel_keeps_the_old_file(
    every_kind: Database, tmp_path: Path
) -> None:
    seen: list[tuple[int, int]] = []
    target = tmp_path / "sicherung.json"
    with every_kind.reader() as s:
        exporter.export_file(s, "json", target, lambda d, t: seen.append((d, t)))
    assert seen[-1][0] == seen[-1][1] > 0
    target.write_bytes(b"vorher")
    with every_kind.reader() as s, pytest.raises(exporter.ExportCancelled):
        exporter.export_file(s, "json", target, lambda d, t: False)
    assert target.read_bytes() == b"vorher"


@pytest.mark.skipif(not cipher.available(), reason="sqlcipher3 (a newer SQLite) not installed")
def test_a_newer_sqlite_writes_the_same_records(every_kind: Database, db_path: Path) -> None:
    """SQLCipher's SQLite (3.51 here, the system's is older) orders the child lists in
    the aggregate itself; its records equal the Python path's too."""
    module = cipher.require()
    con = module.connect(str(db_path))
    try:
        with every_kind.reader() as s:
            newer = json_records.sqlite_records(s, con, (module.Error,))
            assert newer is not None
            assert newer.ordered_aggregates or module.sqlite_version_info < (3, 44)
            for _key, entity, children in json_io.TOP_LEVEL:
                fast = [r for batch in newer.batches(entity, children) for r in batch]
                slow = json_records._python_batches(s, entity, children)
                assert [_record(r) for r in fast] == [_record(r) for b in slow for r in b]
    finally:
        con.close()


def _record(data: bytes) -> Any:
    return _typed(json.loads(data, object_pairs_hook=list))
