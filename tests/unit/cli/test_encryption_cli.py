"""``data encrypt|decrypt|status`` and every other command on an encrypted database."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from empfehlung_desktop.cli import main
from empfehlung_desktop.services.data import encryption, passphrase
from empfehlung_desktop.store import cipher
from empfehlung_desktop.store.database import Database
from tests.conftest import DEMO_CLOCK

needs_sqlcipher = pytest.mark.skipif(
    not cipher.available(),
    reason="SQLCipher-Binding (sqlcipher3) nicht installiert: pip install -e '.[encryption]'",
)
PASSPHRASE = "Lange geheime Passphrase"


@pytest.fixture(autouse=True)
def _isolated_passphrase(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(passphrase, "_keyring", lambda: None)
    monkeypatch.delenv(encryption.ENV_PASSPHRASE, raising=False)
    cipher.set_passphrase(None)
    yield
    cipher.set_passphrase(None)
    cipher.set_asker(None)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args), clock=DEMO_CLOCK)
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


@needs_sqlcipher
def test_encrypt_then_every_command_needs_the_passphrase(
    demo_db: Database,
    db_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    demo_db.dispose()
    db = str(db_path)
    code, out, _ = run(capsys, "contacts", "list", "--json", "--db", db)
    count = len(json.loads(out))
    monkeypatch.setenv(encryption.ENV_PASSPHRASE, PASSPHRASE)
    code, out, err = run(capsys, "data", "encrypt", "--db", db)
    assert code == 0, err
    assert "jetzt verschlüsselt" in out and cipher.is_encrypted(db_path)

    cipher.set_passphrase(None)
    code, out, _ = run(capsys, "contacts", "list", "--json", "--db", db)
    assert code == 0 and len(json.loads(out)) == count
    code, out, _ = run(capsys, "contacts", "search", "a", "--db", db)
    assert code == 0
    code, out, _ = run(capsys, "backup", "--db", db)
    assert code == 0
    code, out, _ = run(capsys, "check", "--db", db)
    assert code == 0 and "in Ordnung" in out
    code, out, _ = run(capsys, "data", "status", "--json", "--db", db)
    status = json.loads(out)
    assert status["encrypted"] and status["backups_encrypted"] == status["backups"] >= 1

    cipher.set_passphrase(None)
    monkeypatch.setenv(encryption.ENV_PASSPHRASE, "falsche Passphrase")
    before = db_path.read_bytes()
    code, _, err = run(capsys, "contacts", "list", "--db", db)
    assert code == 1 and "Passphrase öffnet" in err
    code, _, err = run(capsys, "data", "decrypt", "--db", db)
    assert code == 1 and "Passphrase öffnet" in err and "nichts verändert" in err
    assert db_path.read_bytes() == before

    cipher.set_passphrase(None)
    monkeypatch.delenv(encryption.ENV_PASSPHRASE)
    code, _, err = run(capsys, "contacts", "list", "--db", db)
    assert code == 1 and "EMPFEHLUNG_PASSPHRASE" in err

    monkeypatch.setenv(encryption.ENV_PASSPHRASE, PASSPHRASE)
    code, out, err = run(capsys, "data", "decrypt", "--db", db)
    assert code == 0, err
    assert "unverschlüsselt" in out and not cipher.is_encrypted(db_path)
    cipher.set_passphrase(None)
    monkeypatch.delenv(encryption.ENV_PASSPHRASE)
    code, out, _ = run(capsys, "contacts", "list", "--json", "--db", db)
    assert code == 0 and len(json.loads(out)) == count


def test_encrypt_without_binding_says_how_to_install(
    demo_db: Database,
    db_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    demo_db.dispose()
    monkeypatch.setattr(cipher, "binding", lambda: None)
    monkeypatch.setenv(encryption.ENV_PASSPHRASE, PASSPHRASE)
    code, _, err = run(capsys, "data", "encrypt", "--db", str(db_path))
    assert code == 1 and "Zusatzpaket SQLCipher" in err and "[encryption]" in err
    code, out, _ = run(capsys, "data", "status", "--db", str(db_path))
    assert code == 0 and "Verschlüsselt: nein" in out and "Zusatzpaket" in out


def test_new_passphrase_needs_a_terminal_or_the_environment(
    demo_db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    demo_db.dispose()
    if not cipher.available():
        pytest.skip("SQLCipher-Binding (sqlcipher3) nicht installiert")
    code, _, err = run(capsys, "data", "encrypt", "--db", str(db_path))
    assert code == 1 and "EMPFEHLUNG_PASSPHRASE" in err
    assert not cipher.is_encrypted(db_path)
