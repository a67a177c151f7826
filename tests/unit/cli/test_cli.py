import json
import subprocess
import sys
from pathlib import Path

import pytest

from empfehlung_desktop.cli import main
from tests.conftest import DEMO_CLOCK


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args), clock=DEMO_CLOCK)
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_then_search_returns_only_matches(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "demo.db")
    code, out, _ = run_cli(capsys, "demo", "--db", db, "--contacts", "500")
    assert code == 0 and "Kontakte" in out
    code, out, _ = run_cli(capsys, "contacts", "search", "Müll", "--json", "--db", db)
    rows = json.loads(out)
    assert code == 0 and rows
    keys = {
        "id",
        "name",
        "organisation",
        "email",
        "phone",
        "profession",
        "competences",
        "notes",
        "roles",
        "source",
        "referred_by_id",
        "spiral_stage",
    }
    for row in rows:
        assert keys <= set(row)
        assert isinstance(row["id"], int)
        haystack = " ".join(str(v) for v in row.values()).casefold()
        assert "müll" in haystack


def test_demo_refuses_a_filled_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "demo.db")
    assert run_cli(capsys, "demo", "--db", db)[0] == 0
    code, _, err = run_cli(capsys, "demo", "--db", db)
    assert code == 1 and err.startswith("Fehler: ") and "leere Datenbank" in err


def test_bad_usage_exits_2_in_german(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_cli(capsys, "contacts", "lsit")
    assert code == 2 and "--help" in err and "Traceback" not in err


def test_unreadable_database_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "kaputt.db"
    bad.write_bytes(b"this is not a database" * 100)
    code, _, err = run_cli(capsys, "contacts", "list", "--db", str(bad))
    assert code == 1
    assert err.count("\n") == 1 and "Datenbank" in err


def test_env_variable_selects_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "env.db"
    monkeypatch.setenv("EMPFEHLUNG_DB_URL", f"sqlite:///{db}")
    assert run_cli(capsys, "demo")[0] == 0
    assert db.exists()


def test_cli_does_not_import_qt(tmp_path: Path) -> None:
    code = (
        "import sys; from empfehlung_desktop.cli import main; "
        f"main(['contacts', 'list', '--db', {str(tmp_path / 'x.db')!r}]); "
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip().endswith("False")


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "--version")
    assert code == 0 and "Empfehlung Desktop" in out


def test_command_names_match_the_registered_subcommands() -> None:
    import argparse

    from empfehlung_desktop.cli import COMMAND_NAMES, build_parser

    actions = [a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction)]
    assert set(actions[0].choices) == COMMAND_NAMES
    for name in COMMAND_NAMES:  # each command's own module registers it
        own = build_parser(only=name)
        subparsers = [a for a in own._actions if isinstance(a, argparse._SubParsersAction)]
        assert name in subparsers[0].choices


def test_gui_start_does_not_import_the_command_modules(monkeypatch: pytest.MonkeyPatch) -> None:
    import empfehlung_desktop.cli as cli

    started: list[object] = []
    monkeypatch.setattr(cli, "_start_gui", lambda args, clock: started.append(args) or 0)
    for name in [m for m in sys.modules if m.startswith("empfehlung_desktop.cli.")]:
        if not name.endswith(".common"):
            monkeypatch.delitem(sys.modules, name)
    assert cli.main(["--db", "x.db"], clock=DEMO_CLOCK) == 0
    assert started[0].db == "x.db"
    assert not any(
        m.startswith("empfehlung_desktop.cli.") and m.endswith("_cmd") for m in sys.modules
    )


def test_gui_language_option_overrides_the_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    import empfehlung_desktop.cli as cli

    started: list[object] = []
    monkeypatch.setattr(cli, "_start_gui", lambda args, clock: started.append(args) or 0)
    assert cli.main(["--lang", "en"], clock=DEMO_CLOCK) == 0
    assert started[0].lang == "en"
    assert cli.main([], clock=DEMO_CLOCK) == 0
    assert started[1].lang is None
    assert cli.main(["--lang", "fr"], clock=DEMO_CLOCK) == 2


def test_demo_has_referrals_of_every_direction_and_status(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from empfehlung_desktop.model import ReferralDirection, ReferralStatus

    db = str(tmp_path / "demo.db")
    assert run_cli(capsys, "demo", "--db", db)[0] == 0
    code, out, _ = run_cli(capsys, "referrals", "list", "--json", "--db", db)
    assert code == 0
    rows = json.loads(out)
    assert {r["direction"] for r in rows} == {d.value for d in ReferralDirection}
    assert {r["status"] for r in rows} == {s.value for s in ReferralStatus}
    assert any(r["anonymous"] and r["recipient_id"] for r in rows)


def test_gui_window_comes_before_the_database_layer() -> None:
    """The GUI start shows its window before SQLAlchemy is even imported."""
    code = (
        "import sys, os; os.environ['QT_QPA_PLATFORM'] = 'offscreen'; "
        "from empfehlung_desktop.app import create_application; "
        "from empfehlung_desktop.ui.main_window import MainWindow; "
        "import empfehlung_desktop.cli; "
        "app = create_application(); w = MainWindow(None); w.show(); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'sqlalchemy')[:3])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
