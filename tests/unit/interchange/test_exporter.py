"""Streamed exports: the same content as the whole-document writers, progress, cancel."""

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from empfehlung_desktop.clock import utc_now
from empfehlung_desktop.interchange import exporter
from empfehlung_desktop.model import Contact, PracticeProfile
from empfehlung_desktop.sample_practice.generated import add_generated_contacts
from empfehlung_desktop.services import settings
from empfehlung_desktop.services.contacts import contacts as cs
from empfehlung_desktop.store.database import Database
from tests.helpers import export_oracle


@pytest.fixture
def practice(demo_db: Database) -> Database:
    with demo_db.session() as s:
        add_generated_contacts(s, 2 * exporter.BATCH + 7)  # several batches
        s.get(PracticeProfile, 1).logo = b"\x89PNG\r\n\x00logo"  # type: ignore[union-attr]
        settings.set_value(s, "referrals.follow_up_days", 14)
        erased = s.scalar(select(Contact).order_by(Contact.id.desc()).limit(1))
        assert erased is not None
        erased.erased_at = utc_now()
    return demo_db


def test_streamed_json_equals_the_whole_document(practice: Database) -> None:
    with practice.reader() as s:
        data, count = export_oracle.export_bytes(s, "json")
        document = export_oracle.export_all(s)
    streamed = json.loads(data)
    assert count == document["counts"]["contacts"] == len(streamed["contacts"])
    streamed.pop("exported_at")
    document.pop("exported_at")
    assert streamed == json.loads(export_oracle.dumps(document))


@pytest.mark.parametrize("fmt", ["vcard", "csv"])
def test_streamed_vcard_and_csv_equal_the_whole_file_writers(practice: Database, fmt: str) -> None:
    with practice.reader() as s:
        data, count = export_oracle.export_bytes(s, fmt)
        contacts = cs.list_contacts(s, cs.ContactQuery())
        write = export_oracle.write_vcards if fmt == "vcard" else export_oracle.write_csv
        assert data == write(contacts)  # referrers through the ORM relationship
    assert count == len(contacts)


def test_progress_reaches_the_total_and_cancel_keeps_the_old_file(
    practice: Database, tmp_path: Path
) -> None:
    seen: list[tuple[int, int]] = []
    folder = tmp_path / "export"
    folder.mkdir()
    target = folder / "kontakte.vcf"
    with practice.reader() as s:
        count = exporter.export_file(s, "vcard", target, lambda d, t: seen.append((d, t)))
    assert seen[-1] == (count, count) and len(seen) >= 3
    assert [d for d, _t in seen] == sorted(d for d, _t in seen)
    target.write_bytes(b"vorher")
    with practice.reader() as s, pytest.raises(exporter.ExportCancelled):
        exporter.export_file(s, "csv", target, lambda d, t: d < t // 2)
    assert target.read_bytes() == b"vorher"
    assert list(folder.iterdir()) == [target]  # no temporary file left
