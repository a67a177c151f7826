import json
from pathlib import Path

import pytest

from empfehlung_desktop.errors import UserError
from empfehlung_desktop.interchange import json_io, json_restore
from empfehlung_desktop.model import PracticeProfile
from empfehlung_desktop.services import settings
from empfehlung_desktop.store.database import Database, open_database
from tests.helpers import export_oracle


def test_full_round_trip_is_exact(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.session() as s:
        profile = s.get(PracticeProfile, 1)
        assert profile is not None
        profile.logo, profile.logo_mime = b"\x89PNG\r\n\x00logo", "image/png"
        settings.set_value(s, "referrals.follow_up_days", 14)
    with demo_db.reader() as s:
        document = export_oracle.export_all(s)
    data = export_oracle.dumps(document)
    assert document["format_version"] == json_io.FORMAT_VERSION
    assert document["contacts"][0]["spiral_steps"] is not None
    assert any(r["events"] for r in document["referrals"])
    target = open_database(f"sqlite:///{tmp_path / 'neu.db'}")
    try:
        with target.session() as s:
            json_restore.restore_all(s, json_io.load_document(data))
        with target.reader() as s:
            again = export_oracle.export_all(s)
            assert settings.get(s, "referrals.follow_up_days") == 14
    finally:
        target.dispose()
    document.pop("exported_at")
    again.pop("exported_at")
    assert again == document


def test_full_restore_into_non_empty_database_is_refused(demo_db: Database) -> None:
    with demo_db.reader() as s:
        data = export_oracle.dumps(export_oracle.export_all(s))
    with pytest.raises(UserError, match="leere Datenbank"), demo_db.session() as s:
        json_restore.restore_all(s, json_io.load_document(data))


@pytest.mark.parametrize(
    "payload, message",
    [
        (b"{kaputt", "beschädigt"),
        (b'{"format": "etwas anderes"}', "kein Export"),
        (b'{"format": "empfehlung-desktop", "format_version": 99}', "aktualisieren"),
    ],
)
def test_bad_documents_are_refused_in_german(payload: bytes, message: str) -> None:
    with pytest.raises(UserError, match=message):
        json_io.load_document(payload)


def test_bad_record_names_its_place(db: Database) -> None:
    document = {
        "format": "empfehlung-desktop",
        "format_version": 1,
        "contacts": [{"id": 1, "name": "A", "source": "nirgends"}],
    }
    with pytest.raises(UserError, match=r"contacts Nr\. 1.*source"), db.session() as s:
        json_restore.restore_all(s, json_io.load_document(json.dumps(document).encode()))
