import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from empfehlung_desktop.cli import main
from empfehlung_desktop.services.engagements import engagements as es
from empfehlung_desktop.store.database import Database
from tests.conftest import DEMO_CLOCK, DEMO_TODAY


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args), clock=DEMO_CLOCK)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    # Built through the CLI so that its dates are relative to the real today.
    path = str(tmp_path / "demo.db")
    assert run_cli(capsys, "demo", "--db", path)[0] == 0
    return path


def test_list_json_has_stable_keys(demo_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "engagements", "list", "--json", "--db", demo_file)
    rows = json.loads(out)
    assert code == 0 and len(rows) >= 10
    for row in rows:
        assert {"id", "contact_id", "status", "first_meeting_on"} <= set(row)
        assert isinstance(row["id"], int) and isinstance(row["contact_id"], int)
    code, out, _ = run_cli(
        capsys, "engagements", "list", "--status", "first_meeting", "--json", "--db", demo_file
    )
    assert {r["status"] for r in json.loads(out)} == {"first_meeting"}
    code, out, _ = run_cli(capsys, "engagements", "list", "--db", demo_file)
    assert code == 0 and "Erstgespräch" in out


def test_handout_for_one_engagement(
    demo_file: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = run_cli(
        capsys, "engagements", "list", "--status", "first_meeting", "--json", "--db", demo_file
    )
    row = json.loads(out)[0]
    target = tmp_path / "warum"
    code, out, err = run_cli(
        capsys, "handout", "--engagement", str(row["id"]), "-o", str(target), "--db", demo_file
    )
    assert code == 0, err
    written = Path(out.strip())
    assert written.name == "warum.pdf" and written.exists()
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(written).pages).split())
    family = row["contact_name"].split()[-1]
    assert "Warum Sie" in text and f"Sehr geehrte Frau {family}," in text  # Anrede, Sie
    assert "Für wen ich arbeite" in text and "Wie es weitergeht" in text
    # Building records nothing as sent; --mark-sent does.
    _, out, _ = run_cli(capsys, "engagements", "list", "--json", "--db", demo_file)
    assert next(r for r in json.loads(out) if r["id"] == row["id"])["handout_sent_at"] is None
    run_cli(
        capsys,
        "handout",
        "--engagement",
        str(row["id"]),
        "-o",
        str(written),
        "--mark-sent",
        "--db",
        demo_file,
    )
    _, out, _ = run_cli(capsys, "engagements", "list", "--json", "--db", demo_file)
    assert next(r for r in json.loads(out) if r["id"] == row["id"])["handout_sent_at"]


def test_handout_upcoming_writes_pdfs_then_says_nothing_to_do(
    demo_file: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "handouts"
    code, out, err = run_cli(
        capsys, "handout", "--upcoming", "-o", str(folder), "--mark-sent", "--db", demo_file
    )
    paths = [Path(line) for line in out.splitlines()]
    assert code == 0, err
    assert len(paths) >= 1 and all(p.exists() and p.parent == folder for p in paths)
    assert all(p.name.startswith("Warum-Sie_") and p.suffix == ".pdf" for p in paths)
    assert not list(folder.glob("*.part"))
    code, out, _ = run_cli(capsys, "handout", "--upcoming", "-o", str(folder), "--db", demo_file)
    assert code == 0 and "nichts zu tun" in out


def test_errors_are_one_german_line(
    demo_file: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run_cli(
        capsys, "handout", "--engagement", "9999", "-o", str(tmp_path / "x.pdf"), "--db", demo_file
    )
    assert code == 1 and err.startswith("Fehler: ") and err.count("\n") == 1
    code, _, err = run_cli(capsys, "handout", "-o", str(tmp_path / "x.pdf"), "--db", demo_file)
    assert code == 2 and "Traceback" not in err


def test_cli_import_does_not_load_reportlab_or_qt() -> None:
    import subprocess
    import sys

    code = (
        "import sys, empfehlung_desktop.cli; "
        "print(any(m.startswith(('reportlab', 'PySide6', 'alembic')) for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_upcoming_uses_the_demo_fixture_too(demo_db: Database) -> None:
    # The service answers for a given "now" (the CLI uses the real clock).
    import datetime as dt

    with demo_db.reader() as session:
        due = es.upcoming_without_handout(session, now=dt.datetime.combine(DEMO_TODAY, dt.time()))
    assert due


def test_handout_with_sample_text_is_refused_unless_allowed(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from empfehlung_desktop.services.contacts import contacts as cs
    from empfehlung_desktop.services.engagements import profile as ps

    with db.session() as session:
        ps.get_profile(session)  # the default profile: sample texts, no name
        contact = cs.create_contact(session, cs.ContactData(name="Ewa Nowak"), today=DEMO_TODAY)
        engagement_id = es.create_engagement(session, contact.id, "Coaching").id
    target = tmp_path / "h.pdf"
    args = ["handout", "--engagement", str(engagement_id), "-o", str(target), "--db", str(db_path)]
    code, _, err = run_cli(capsys, *args)
    assert code == 1 and "Beispieltext" in err and "Name der Praxis" in err
    assert not target.exists()
    code, _, _ = run_cli(capsys, *args, "--allow-sample")
    assert code == 0 and target.read_bytes().startswith(b"%PDF")


def test_english_handout_uses_the_english_profile(
    demo_file: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "en.pdf"
    args = ["--lang", "en", "handout", "--engagement", "1", "-o", str(target), "--db", demo_file]
    code, _, err = run_cli(capsys, *args)
    assert code == 0, err
    text = " ".join(" ".join(page.extract_text() or "" for page in PdfReader(target).pages).split())
    assert "Why you" in text and "Who I work with" in text and "Brand consulting" in text
    assert "Für wen ich arbeite" not in text and "Markenberatung" not in text


def test_english_handout_without_an_english_profile_is_held_back(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from empfehlung_desktop.services.contacts import contacts as cs
    from empfehlung_desktop.services.engagements import profile as ps

    with db.session() as session:
        profile = ps.load_profile(session)
        profile.name = "Praxis Dvořák"
        profile.sections = [ps.Section("audience", "Für wen ich arbeite", "Für Praxen.")]
        ps.save_profile(session, profile)
        contact = cs.create_contact(session, cs.ContactData(name="Ewa Nowak"), today=DEMO_TODAY)
        engagement_id = es.create_engagement(session, contact.id, "Coaching").id
    target = tmp_path / "h.pdf"
    args = ["handout", "--engagement", str(engagement_id), "-o", str(target), "--db", str(db_path)]
    assert run_cli(capsys, *args)[0] == 0
    code, _, err = run_cli(capsys, "--lang", "en", *args)
    assert code == 1 and "no profile in English yet" in err


def _add_bulk_engagements(path: str, count: int) -> None:
    """``count`` plain requests for generated contacts (bulk insert: setup speed only)."""
    from sqlalchemy import insert, select

    from empfehlung_desktop.model import Contact, Engagement, EngagementStatus
    from empfehlung_desktop.sample_practice.generated import add_generated_contacts
    from empfehlung_desktop.store.database import open_database

    db = open_database(f"sqlite:///{path}")
    with db.session() as session:
        add_generated_contacts(session, count)
        ids = session.scalars(select(Contact.id).order_by(Contact.id.desc()).limit(count))
        rows = [
            {"contact_id": i, "title": f"Auftrag {i}", "status": EngagementStatus.REQUEST.value}
            for i in ids
        ]
        session.execute(insert(Engagement), rows)
    db.dispose()


@pytest.mark.parametrize("json_option", [["--json"], []])
def test_list_reads_contacts_without_a_query_per_engagement(
    demo_file: str, capsys: pytest.CaptureFixture[str], json_option: list[str]
) -> None:
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    _add_bulk_engagements(demo_file, 300)
    statements: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    event.listen(Engine, "before_cursor_execute", count)
    try:
        code, out, _ = run_cli(capsys, "engagements", "list", *json_option, "--db", demo_file)
    finally:
        event.remove(Engine, "before_cursor_execute", count)
    assert code == 0
    if json_option:
        rows = json.loads(out)
        assert len(rows) >= 300 and all(row["contact_name"] for row in rows)
    # Pragmas and the migration check, then one query for the whole list.
    assert len(statements) <= 10, statements
