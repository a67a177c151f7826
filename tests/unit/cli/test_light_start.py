"""One-shot read commands start light (issue 18): what they must not import.

``contacts search``/``list`` and ``handout --engagement`` on an up-to-date SQLite
file read through ``store.light``: no SQLAlchemy, and the error log (``logging``,
``logging.handlers``) is set up only when the command needs it. A fresh process
runs the command and reports what it imported.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from empfehlung_desktop.model import Engagement
from empfehlung_desktop.services.engagements import handout as hs
from empfehlung_desktop.store.database import Database

pytestmark = pytest.mark.sqlite_only

_HEAVY = ("sqlalchemy", "alembic", "logging", "xml.sax.saxutils", "urllib.request")

_PROBE = (
    "import json, sys\n"
    "from empfehlung_desktop.cli import main\n"
    "code = main(sys.argv[1:])\n"
    f"heavy = sorted(m for m in sys.modules if m.startswith({_HEAVY!r}))\n"
    "print(json.dumps({'code': code, 'heavy': heavy}), file=sys.stderr)\n"
)


def _imports_of(*args: str) -> tuple[int, list[str], str]:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, *args], capture_output=True, text=True, check=True
    )
    report = json.loads(done.stderr.strip().splitlines()[-1])
    return report["code"], report["heavy"], done.stdout


def test_contacts_search_and_list_import_no_database_layer_nor_logging(
    demo_db: Database, db_path: Path
) -> None:
    demo_db.dispose()
    code, heavy, out = _imports_of("contacts", "search", "Becker", "--db", str(db_path))
    assert code == 0 and "Kontakte" in out
    assert heavy == []
    code, heavy, out = _imports_of("contacts", "list", "--json", "--db", str(db_path))
    assert code == 0 and json.loads(out)
    assert heavy == []


def test_handout_imports_no_database_layer_nor_the_log_handlers(
    demo_db: Database, db_path: Path, tmp_path: Path
) -> None:
    with demo_db.reader() as session:
        engagement_id = session.scalars(select(Engagement.id)).first()
        assert engagement_id is not None
        hs.handout_data(session, engagement_id)  # the profile row exists
    demo_db.dispose()
    target = tmp_path / "h.pdf"
    args = ("handout", "--engagement", str(engagement_id), "-o", str(target), "--allow-sample")
    code, heavy, _out = _imports_of(*args, "--db", str(db_path))
    assert code == 0 and target.read_bytes().startswith(b"%PDF")
    # ReportLab itself imports ``logging``; the rotating log file handler is ours.
    assert [m for m in heavy if m != "logging"] == []


def test_a_light_command_on_the_full_path_still_logs(tmp_path: Path) -> None:
    """A new file has no schema yet: the full path creates it and sets up the log."""
    code, heavy, out = _imports_of("contacts", "list", "--db", str(tmp_path / "new.db"))
    assert code == 0 and "0 Kontakte" in out
    assert "sqlalchemy" in heavy and "logging" in heavy


def test_vcard_and_csv_export_read_through_the_light_path_with_the_same_bytes(
    demo_db: Database, db_path: Path, tmp_path: Path
) -> None:
    from tests.helpers.export_oracle import export_bytes

    with demo_db.reader() as session:
        expected = {fmt: export_bytes(session, fmt)[0] for fmt in ("vcard", "csv")}
    demo_db.dispose()
    for fmt in ("vcard", "csv"):
        target = tmp_path / f"out.{fmt}"
        args = ("export", "--format", fmt, "-o", str(target), "--db", str(db_path))
        code, heavy, out = _imports_of(*args)
        assert code == 0 and "exportiert" in out
        assert heavy == []
        assert target.read_bytes() == expected[fmt]
