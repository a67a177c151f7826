"""Encryption at rest: converting the database and its backups, with and without SQLCipher."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from empfehlung_desktop.errors import StoreError
from empfehlung_desktop.model import Contact
from empfehlung_desktop.services.data import encryption, passphrase
from empfehlung_desktop.store import backup, cipher
from empfehlung_desktop.store.database import Database, open_database
from tests.conftest import DEMO_NOW

needs_sqlcipher = pytest.mark.skipif(
    not cipher.available(),
    reason="SQLCipher-Binding (sqlcipher3) nicht installiert: pip install -e '.[encryption]'",
)
PASSPHRASE = "Lange geheime Passphrase"
pytestmark = pytest.mark.sqlite_only


@pytest.fixture(autouse=True)
def _forget_passphrase(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    # Never touch the real system keyring from a test.
    monkeypatch.setattr(passphrase, "_keyring", lambda: None)
    monkeypatch.delenv(encryption.ENV_PASSPHRASE, raising=False)
    cipher.set_passphrase(None)
    cipher.set_asker(None)
    yield
    cipher.set_passphrase(None)
    cipher.set_asker(None)


def names(db: Database) -> list[str]:
    with db.reader() as s:
        return sorted(s.scalars(select(Contact.name)))


def surnames(db: Database) -> list[bytes]:
    return [n.split()[-1].encode() for n in names(db) if len(n.split()[-1]) > 4][:20]


def assert_no_plain_names(path: Path, needles: list[bytes]) -> None:
    data = path.read_bytes()
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            data += side.read_bytes()
    found = [n for n in needles if n in data]
    assert not found, f"{path.name} enthält Klartext: {found[:3]}"


@needs_sqlcipher
def test_encrypt_converts_database_and_backups_and_hides_every_name(
    demo_db: Database, db_path: Path
) -> None:
    before = names(demo_db)
    needles = surnames(demo_db)
    assert needles and needles[0] in db_path.read_bytes() + b"".join(
        p.read_bytes() for p in db_path.parent.glob(db_path.name + "-wal")
    )
    old_backup = backup.create_backup(db_path, "manuell", now=DEMO_NOW)
    demo_db.dispose()

    report = encryption.encrypt(db_path, PASSPHRASE, repeated=PASSPHRASE)

    assert cipher.is_encrypted(db_path) and cipher.is_encrypted(old_backup)
    assert report.backups_converted == [old_backup] and not report.backups_failed
    assert "verschlüsselt" in report.describe()
    demo_db.dispose()  # the next connections use SQLCipher
    assert names(demo_db) == before
    with demo_db.session() as s:  # writing works too
        s.add(Contact(name="Zyprian Quastenhuber", sort_name="zyprian quastenhuber"))
    new_backup = backup.create_backup(db_path, "manuell", now=DEMO_NOW)
    assert cipher.is_encrypted(new_backup)
    assert backup.check_file(new_backup).ok and backup.check_file(db_path).ok
    demo_db.dispose()
    for path in (db_path, old_backup, new_backup):
        assert_no_plain_names(path, [*needles, b"Quastenhuber"])
    # No plain copy or staged file is left beside the database.
    assert sorted(p.name for p in db_path.parent.glob(f".{db_path.name}*")) == []


@needs_sqlcipher
def test_wrong_passphrase_is_refused_in_german_and_changes_nothing(
    demo_db: Database, db_path: Path
) -> None:
    demo_db.dispose()
    encryption.encrypt(db_path, PASSPHRASE)
    demo_db.dispose()
    cipher.set_passphrase(None)
    content = db_path.read_bytes()
    with pytest.raises(cipher.PassphraseError, match="Passphrase öffnet"):
        encryption.unlock(db_path, "falsche Passphrase")
    with pytest.raises(cipher.PassphraseError, match="Passphrase öffnet"):
        encryption.decrypt(db_path, "falsche Passphrase")
    cipher.set_passphrase("falsche Passphrase")
    with pytest.raises(StoreError, match="Passphrase öffnet"):
        open_database(f"sqlite:///{db_path}")
    assert db_path.read_bytes() == content
    cipher.set_passphrase(None)
    with pytest.raises(cipher.PassphraseError, match="verschlüsselt"):
        open_database(f"sqlite:///{db_path}")
    encryption.unlock(db_path, PASSPHRASE)
    db = open_database(f"sqlite:///{db_path}")
    try:
        with db.reader() as s:
            assert s.scalar(select(func.count(Contact.id)))
    finally:
        db.dispose()


@needs_sqlcipher
def test_decrypt_restores_a_plain_database_and_plain_backups(
    demo_db: Database, db_path: Path
) -> None:
    before = names(demo_db)
    demo_db.dispose()
    encryption.encrypt(db_path, PASSPHRASE)
    made = backup.create_backup(db_path, "start", now=DEMO_NOW)
    assert cipher.is_encrypted(made)
    report = encryption.decrypt(db_path, PASSPHRASE)
    assert not cipher.is_encrypted(db_path) and not cipher.is_encrypted(made)
    assert report.backups_converted == [made]
    assert cipher.passphrase() is None
    con = sqlite3.connect(db_path)  # the stdlib reads it again
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()
    demo_db.dispose()
    assert names(demo_db) == before


@needs_sqlcipher
def test_restore_of_an_encrypted_backup_into_a_plain_database(
    demo_db: Database, db_path: Path
) -> None:
    demo_db.dispose()
    encryption.encrypt(db_path, PASSPHRASE)
    made = backup.create_backup(db_path, "manuell", now=DEMO_NOW)
    encryption.decrypt(db_path, PASSPHRASE)  # the manual backup is converted back too
    assert not cipher.is_encrypted(made)
    cipher.set_passphrase(PASSPHRASE)
    kept = backup.restore_backup(made, db_path, now=DEMO_NOW)
    assert kept.exists() and backup.check_file(db_path).ok


@needs_sqlcipher
def test_new_passphrase_rules_and_double_encrypt(demo_db: Database, db_path: Path) -> None:
    demo_db.dispose()
    with pytest.raises(cipher.PassphraseError, match="mindestens 8 Zeichen"):
        encryption.encrypt(db_path, "kurz")
    with pytest.raises(cipher.PassphraseError, match="stimmen nicht überein"):
        encryption.encrypt(db_path, PASSPHRASE, repeated=PASSPHRASE + "!")
    assert not cipher.is_encrypted(db_path)
    encryption.encrypt(db_path, PASSPHRASE)
    with pytest.raises(StoreError, match="bereits verschlüsselt"):
        encryption.encrypt(db_path, PASSPHRASE)


@needs_sqlcipher
def test_failed_conversion_leaves_the_old_file(
    demo_db: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    demo_db.dispose()
    content = db_path.read_bytes()

    def broken(*_args: object, **_kwargs: object) -> None:
        raise StoreError("Prüfung fehlgeschlagen")

    monkeypatch.setattr(encryption, "_verify", broken)
    with pytest.raises(StoreError, match="Prüfung fehlgeschlagen"):
        encryption.encrypt(db_path, PASSPHRASE)
    assert db_path.read_bytes() == content and not cipher.is_encrypted(db_path)
    assert list(db_path.parent.glob(f".{db_path.name}*")) == []


def test_missing_binding_is_said_in_german(
    demo_db: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cipher, "binding", lambda: None)
    demo_db.dispose()
    with pytest.raises(StoreError, match="Zusatzpaket SQLCipher"):
        encryption.encrypt(db_path, PASSPHRASE)
    assert not cipher.available()
    assert not cipher.is_encrypted(db_path)


def test_keyring_is_used_when_present(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stored: dict[tuple[str, str], str] = {}

    class FakeKeyring:
        @staticmethod
        def get_password(service: str, account: str) -> str | None:
            return stored.get((service, account))

        @staticmethod
        def set_password(service: str, account: str, value: str) -> None:
            stored[(service, account)] = value

        @staticmethod
        def delete_password(service: str, account: str) -> None:
            stored.pop((service, account))

    monkeypatch.setattr(passphrase, "_keyring", lambda: FakeKeyring)
    path = tmp_path / "praxis.db"
    assert encryption.remember_passphrase(path, PASSPHRASE)
    assert encryption.remembered_passphrase(path) == PASSPHRASE
    assert encryption.passphrase_for_command(path) == PASSPHRASE
    monkeypatch.setenv(encryption.ENV_PASSPHRASE, "aus der Umgebung")
    assert encryption.passphrase_for_command(path) == "aus der Umgebung"
    encryption.forget_passphrase(path)
    monkeypatch.delenv(encryption.ENV_PASSPHRASE)
    with pytest.raises(cipher.PassphraseError, match="EMPFEHLUNG_PASSPHRASE"):
        encryption.passphrase_for_command(path)
    assert encryption.passphrase_for_command(path, prompt=lambda _text: "getippt") == "getippt"
