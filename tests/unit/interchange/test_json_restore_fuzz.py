"""JSON restore checks the app's own rules and never lets a driver message through.

A small but complete export is mutated field by field (hypothesis, derandomized):
every refusal must be a German :class:`UserError` naming record and field; nothing
may reach the database that the forms and the CLI would refuse.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from empfehlung_desktop.config import sqlite_url
from empfehlung_desktop.errors import UserError
from empfehlung_desktop.interchange import json_io, json_restore
from empfehlung_desktop.model import (
    ConsentRecord,
    Contact,
    Engagement,
    EngagementStatus,
    Feedback,
    Referral,
    ReferralDirection,
    ReferralEvent,
    ReferralStatus,
    SpiralStep,
)
from empfehlung_desktop.store.database import Database, open_database
from tests.helpers import export_oracle

# What must never be shown: driver and Python error names, SQL, English phrases.
RAW = re.compile(
    r"Error\b|Exception|Traceback|sqlite|SQL|\[parameters|Background on this|invalid|"
    r"Invalid|expected|must be|not supported|object|NoneType|\bint\b|\bstr\b"
)


class _Rollback(Exception):
    pass


@pytest.fixture(scope="module")
def base_document(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    db = open_database(sqlite_url(tmp_path_factory.mktemp("fuzz") / "source.db"))
    try:
        day = dt.date(2026, 3, 1)
        with db.session() as s:
            anna = Contact(name="Anna Beispiel", sort_name="anna beispiel", email="a@b.example")
            bert = Contact(name="Bert Muster", sort_name="bert muster", referred_by=anna)
            s.add_all([anna, bert])
            s.flush()
            s.add(SpiralStep(contact=anna, changed_on=day, stage="sympathy"))
            s.add(
                ConsentRecord(
                    contact=anna, purpose="share_contact_details", given_on=day, channel="verbal"
                )
            )
            referral = Referral(
                direction=ReferralDirection.OUTGOING,
                status=ReferralStatus.RECEIVED,
                recipient_id=anna.id,
                recommended_id=bert.id,
                referred_on=day,
                temperature=3,
                need="Begleitung",
            )
            s.add(referral)
            s.flush()
            s.add(
                ReferralEvent(referral=referral, occurred_on=day, to_status=ReferralStatus.RECEIVED)
            )
            engagement = Engagement(
                contact_id=anna.id, title="Coaching", status=EngagementStatus.ACTIVE
            )
            s.add(engagement)
            s.flush()
            s.add(
                Feedback(
                    engagement_id=engagement.id,
                    received_on=day,
                    recommend_score=9,
                    expectations_met=4,
                    benefit="Klarheit",
                )
            )
        with db.reader() as s:
            return json.loads(export_oracle.export_bytes(s, "json")[0])
    finally:
        db.dispose()


@pytest.fixture(scope="module")
def target(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = open_database(sqlite_url(tmp_path_factory.mktemp("fuzz") / "target.db"))
    yield db
    db.dispose()


def restore(db: Database, data: bytes) -> str | None:
    """Restore and roll back; return the refusal's message (None if accepted)."""
    try:
        document = json_io.load_document(data)
        with db.session() as s:
            json_restore.restore_all(s, document)
            raise _Rollback
    except _Rollback:
        return None
    except UserError as exc:
        return exc.message


def records(document: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """Every record object still in the (possibly mutated) document."""

    def listed(value: Any) -> list[dict[str, Any]]:
        return [r for r in value if isinstance(r, dict)] if isinstance(value, list) else []

    found = []
    for key in ("contacts", "referrals", "engagements", "feedback"):
        for record in listed(document.get(key)):
            found.append((key, record))
            for child in ("spiral_steps", "consents", "referral_asks", "events"):
                found.extend((f"{key}.{child}", c) for c in listed(record.get(child)))
    if isinstance(document.get("practice_profile"), dict):
        found.append(("practice_profile", document["practice_profile"]))
    return found or [("document", document)]


VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.sampled_from([-3, 0, 6, 11, 99, 2**63, 1.5, float("inf")]),
    st.text(max_size=20),
    st.sampled_from(
        [
            "x" * 5000,
            "2026-13-45",
            "2026-02-30T25:00:00",
            "9999-01-01",
            "ä\x00b",
            "nicht@",
            "@@",
            "",
            " ",
            "received",
            "[]",
            "1",
        ]
    ),
    st.lists(st.integers(), max_size=3),
    st.lists(st.text(max_size=5), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)


@settings(
    max_examples=400,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_mutated_documents_get_only_german_refusals(
    base_document: dict[str, Any], target: Database, data: st.DataObject
) -> None:
    document = copy.deepcopy(base_document)
    for _round in range(data.draw(st.integers(min_value=1, max_value=3))):
        found = records(document)
        kind = data.draw(st.sampled_from(["set", "drop", "duplicate", "top"]))
        _key, record = data.draw(st.sampled_from(found))
        if kind == "set":
            field = data.draw(st.sampled_from([*sorted(record), "unknown_field"]))
            record[field] = data.draw(VALUES)
        elif kind == "drop" and record:
            record.pop(data.draw(st.sampled_from(sorted(record))))
        elif kind == "duplicate":
            for key in ("contacts", "referrals", "engagements", "feedback"):
                if isinstance(document.get(key), list) and record in document[key]:
                    document[key].append(copy.deepcopy(record))
        else:
            key = data.draw(
                st.sampled_from(["contacts", "referrals", "settings", "practice_profile"])
            )
            document[key] = data.draw(VALUES)
    message = restore(target, json.dumps(document).encode())
    if message is not None:
        assert not RAW.search(message), message
        assert "JSON-Datei" in message, message


@pytest.mark.parametrize(
    ("table", "field", "value", "expected"),
    [
        ("feedback", "recommend_score", 99, "recommend_score"),
        ("feedback", "expectations_met", -3, "zwischen 1 und 5"),
        ("contacts", "name", "x" * 5000, "zu lang"),
        ("contacts", "email", "kein-at-zeichen", "E-Mail"),
        ("referrals", "temperature", 9, "zwischen 1 und 5"),
        ("referrals", "referred_on", "2026-13-45", "Datum"),
        ("contacts", "roles", "partner", "Rollen"),
        ("referrals", "recipient_id", 4711, "verweist"),
    ],
)
def test_values_the_app_forbids_are_refused_naming_record_and_field(
    base_document: dict[str, Any],
    target: Database,
    table: str,
    field: str,
    value: Any,
    expected: str,
) -> None:
    document = copy.deepcopy(base_document)
    document[table][0][field] = value
    message = restore(target, json.dumps(document).encode())
    assert message is not None and expected in message, message
    assert (field in message and "Nr. 1" in message) or "verweist" in message, message


def test_duplicate_ids_are_refused(base_document: dict[str, Any], target: Database) -> None:
    document = copy.deepcopy(base_document)
    document["contacts"].append(copy.deepcopy(document["contacts"][0]))
    message = restore(target, json.dumps(document).encode())
    assert message is not None and "doppelt" in message


def test_deeply_nested_file_is_refused_in_german(target: Database) -> None:
    message = restore(target, b'{"format": "empfehlung-desktop", "x": ' + b"[" * 100_000)
    assert message is not None and not RAW.search(message)


def test_unchanged_document_restores(base_document: dict[str, Any], target: Database) -> None:
    assert restore(target, json.dumps(base_document).encode()) is None


def test_same_file_restored_twice_at_once_gives_no_duplicates(
    base_document: dict[str, Any], tmp_path: Path
) -> None:
    import threading

    db = open_database(sqlite_url(tmp_path / "twice.db"))
    data = json.dumps(base_document).encode()
    results: list[str | None] = []

    def run() -> None:
        try:
            with db.session() as s:
                json_restore.restore_all(s, json_io.load_document(data))
            results.append(None)
        except UserError as exc:
            results.append(exc.message)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    try:
        assert results.count(None) == 1, results
        assert any(r and "leere Datenbank" in r for r in results), results
        with db.reader() as s:
            assert s.query(Contact).count() == len(base_document["contacts"])
    finally:
        db.dispose()
