"""A CSV import without a preview to confirm, written part by part, leaves the
database exactly as the preview and its commit would."""

import csv
import io
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from empfehlung_desktop.errors import UserError
from empfehlung_desktop.interchange import flow, import_commit, parallel
from empfehlung_desktop.interchange.preview_item import PreviewItem
from empfehlung_desktop.model import Contact, ContactAddress, ContactDetail
from empfehlung_desktop.services import settings
from empfehlung_desktop.services.contacts.person import NAMES_TO_CHECK
from empfehlung_desktop.store import bulk
from empfehlung_desktop.store.database import Database, open_database
from tests.bench.bench_csv_import import csv_file
from tests.conftest import DEMO_TODAY

DATA = Path(__file__).parent / "data"
# Real exports (see data/README.md for where each comes from).
VENDOR_FILES = (
    "google.csv",
    "google_2024.csv",
    "outlook_en.csv",
    "outlook_de_cp1252.csv",
    "thunderbird_de.csv",
    "linkedin_connections.csv",
    "excel_de.csv",
)
HEADER = ["Name", "E-Mail", "Telefon", "Empfohlen von", "Notizen", "Organisation"]
# Already in the database before the import.
EXISTING = [
    ["Seed Person", "seed@example.org", "0761 100", "", "vorher da", ""],
    ["Gerda Gleich", "gerda@example.org", "", "", "", ""],
]
# Duplicates across parts, of existing contacts, referrers, notes and a row
# that makes no contact.
ROWS = [
    ["Anna Alt", "anna@example.org", "0761 1", "", "", "Alt & Co"],
    ["Bernd Bauer", "SEED@example.org", "", "", "neu aus der Datei", "Bauer GmbH"],
    ["Carla Chen", "carla@example.org", "", "Anna Alt", "zweite\nZeile", ""],
    ["Anna Alt", "ANNA@example.org", "", "", "", ""],
    ["Dora Dietz", "", "0761 2", "Seed Person", "", ""],
    ["", "", "", "", "nur eine Notiz", ""],
    ["Emil Ernst", "kaputt@", "12", "Niemand Bekanntes", "", ""],
    ["Dora Dietz", "dora@example.org", "0761-2", "", "", ""],
    ["Gerda Gleich", "gerda@example.org", "", "Carla Chen", "", "Gleich AG"],
    ["Hans", "hans@example.org", "", "", "", ""],
]


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    out = io.StringIO()
    csv.writer(out, delimiter=";").writerows([HEADER, *rows])
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def seeded(path: Path, tmp_path: Path) -> Database:
    db = open_database(f"sqlite:///{path}")
    loaded = flow.load_file(write_csv(tmp_path / "vorher.csv", EXISTING))
    with db.reader() as s:
        plan = flow.plan_import(s, loaded, today=DEMO_TODAY)
    flow.execute_plan(db, plan)
    return db


def state(db: Database) -> dict[str, Any]:
    """Every row of the contact tables (without the times and fresh UIDs of the
    import), the names to check and the search index's own check."""
    tables: dict[str, Any] = {}
    with db.reader() as s:
        for table in (Contact.__table__, ContactDetail.__table__, ContactAddress.__table__):
            rows = s.execute(select(table).order_by(table.c.id)).mappings().all()
            tables[table.name] = [
                {k: v for k, v in r.items() if k not in ("created_at", "updated_at", "uid")}
                for r in rows
            ]
        tables["names_to_check"] = settings.get(s, NAMES_TO_CHECK)
    return tables


def fts_ok(path: Path) -> bool:
    con = sqlite3.connect(path)
    try:
        con.execute("INSERT INTO contact_fts(contact_fts, rank) VALUES ('integrity-check', 1)")
        return True
    finally:
        con.close()


def marked(item: PreviewItem) -> tuple[Any, ...]:
    """What the preview shows of an item besides its fields."""
    return (item.position, item.action, item.duplicate_reason, item.duplicate_of, item.warnings)


def both_ways(
    source: Path, tmp_path: Path, *, merge: bool = False
) -> tuple[tuple[Any, ...], tuple[Any, ...]]:
    """(result, summary, marks, state) through preview and commit, and through
    import_unseen."""
    db = seeded(tmp_path / "vorschau.db", tmp_path)
    try:
        loaded = flow.load_file(source)
        with db.reader() as s:
            plan = flow.plan_import(s, loaded, merge=merge, today=DEMO_TODAY)
        assert plan.preview is not None
        summary = plan.preview.summary()
        marks = [marked(item) for item in plan.preview.items]
        done = flow.execute_plan(db, plan)
        previewed = (done, summary, marks, state(db))
    finally:
        db.dispose()
    db = seeded(tmp_path / "direkt.db", tmp_path)
    try:
        shown: list[tuple[Any, ...]] = []
        result, tally = flow.import_unseen(
            db,
            flow.load_file(source),
            merge=merge,
            today=DEMO_TODAY,
            shown=lambda items: shown.extend(marked(i) for i in items),
        )
        assert len(shown) == tally.total
        direct = (result.describe(), tally.summary(source.name), shown, state(db))
    finally:
        db.dispose()
    assert fts_ok(tmp_path / "direkt.db")
    return previewed, direct


@pytest.fixture(params=[2, 3, 1000], ids=["parts-of-2", "parts-of-3", "one-part"])
def segment(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(flow, "SEGMENT", request.param)
    monkeypatch.setattr(import_commit, "BATCH", 2)
    return int(request.param)


@pytest.mark.parametrize("merge", [False, True], ids=["skip", "merge"])
def test_parts_give_what_preview_and_commit_give(tmp_path: Path, segment: int, merge: bool) -> None:
    previewed, direct = both_ways(write_csv(tmp_path / "datei.csv", ROWS), tmp_path, merge=merge)
    assert direct == previewed
    done, summary, _marks, tables = direct
    assert summary.startswith("10 Kontakte in „datei.csv“")
    names = [c["name"] for c in tables["contact"]]
    assert names.count("Anna Alt") == 1 and names.count("Dora Dietz") == 1
    by_name = {c["name"]: c for c in tables["contact"]}
    assert by_name["Carla Chen"]["referred_by_id"] == by_name["Anna Alt"]["id"]
    assert by_name["Dora Dietz"]["referred_by_id"] == by_name["Seed Person"]["id"]
    assert by_name["Emil Ernst"]["notes"].endswith("Empfohlen von: Niemand Bekanntes")
    if merge:
        assert "2 zusammengeführt" in done
        assert "neu aus der Datei" in by_name["Seed Person"]["notes"]
    else:
        assert "0 zusammengeführt" in done
        assert "Bernd Bauer" not in by_name


@pytest.mark.parametrize("name", VENDOR_FILES)
def test_real_exports_come_through_as_through_the_preview(
    tmp_path: Path, segment: int, name: str
) -> None:
    previewed, direct = both_ways(DATA / name, tmp_path)
    assert direct == previewed
    assert len(direct[3]["contact"]) > len(EXISTING)


INDEXES = "SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"


def test_with_a_second_process_checking_rows_ahead(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EMPFEHLUNG_IMPORT_PROCESSES", "2")
    monkeypatch.setattr(parallel, "THRESHOLD", 10)
    monkeypatch.setattr(parallel, "CHUNK", 7)
    monkeypatch.setattr(flow, "SEGMENT", 60)
    sent: list[int] = []
    send = parallel.Ahead.send

    def counted(ahead: parallel.Ahead, *args: Any) -> None:
        send(ahead, *args)
        sent.append(len(ahead.sent))

    monkeypatch.setattr(parallel.Ahead, "send", counted)
    usable = parallel.Helper.usable

    def started_first(helper: parallel.Helper) -> bool:
        helper.ready.result(timeout=120)  # a file this small is done before it starts
        return usable(helper)

    monkeypatch.setattr(parallel.Helper, "usable", started_first)
    source = tmp_path / "outlook.csv"
    source.write_bytes(csv_file(count=250, seed=5))
    previewed, direct = both_ways(source, tmp_path)
    assert direct == previewed
    assert len(direct[3]["contact"]) == 250 + len(EXISTING)
    assert sent == [4, 4, 4, 1]  # half of the chunks of each next part (60, 60, 60, 10 rows)


def test_a_big_file_builds_the_deferred_indexes_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bulk, "DEFER_FROM", 1)
    monkeypatch.setattr(flow, "SEGMENT", 3)
    rows = [[f"Person {i}", f"p{i}@example.org", "", "", "", ""] for i in range(20)]
    path = tmp_path / "neu.db"
    db = open_database(f"sqlite:///{path}")
    try:
        con = sqlite3.connect(path)
        indexes = con.execute(INDEXES).fetchall()
        assert any("contact (email)" in str(sql) for _name, sql in indexes)
        result, _tally = flow.import_unseen(
            db, flow.load_file(write_csv(tmp_path / "d.csv", rows)), today=DEMO_TODAY
        )
        assert result.created == 20
        assert con.execute(INDEXES).fetchall() == indexes
        con.close()
    finally:
        db.dispose()
    assert fts_ok(path)


def test_a_failure_in_a_later_part_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(flow, "SEGMENT", 3)
    db = seeded(tmp_path / "d.db", tmp_path)
    before = state(db)
    parts: list[int] = []
    add = import_commit.NewContacts.add

    def fails_third(self: import_commit.NewContacts, items: Any, **options: Any) -> None:
        parts.append(len(items))
        if len(parts) == 3:
            raise UserError("Platte voll")
        add(self, items, **options)

    monkeypatch.setattr(import_commit.NewContacts, "add", fails_third)
    try:
        with pytest.raises(UserError, match="Platte voll"):
            flow.import_unseen(
                db, flow.load_file(write_csv(tmp_path / "d.csv", ROWS)), today=DEMO_TODAY
            )
        assert len(parts) == 3
        assert state(db) == before
    finally:
        db.dispose()
    assert fts_ok(tmp_path / "d.db")
