"""store.cipher: which library opens a file, passphrases with quotes and umlauts."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from empfehlung_desktop.services.data import encryption
from empfehlung_desktop.store import cipher

pytestmark = pytest.mark.sqlite_only
needs_sqlcipher = pytest.mark.skipif(
    not cipher.available(),
    reason="SQLCipher-Binding (sqlcipher3) nicht installiert: pip install -e '.[encryption]'",
)


@pytest.fixture(autouse=True)
def _no_passphrase() -> Iterator[None]:
    cipher.set_passphrase(None)
    yield
    cipher.set_passphrase(None)


def plain_file(path: Path) -> Path:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE person (name TEXT)")
    con.execute("INSERT INTO person VALUES ('Zyprian Quastenhuber')")
    con.commit()
    con.close()
    return path


def test_plain_empty_and_missing_files_are_not_encrypted(tmp_path: Path) -> None:
    assert not cipher.is_encrypted(plain_file(tmp_path / "a.db"))
    (tmp_path / "leer.db").write_bytes(b"")
    assert not cipher.is_encrypted(tmp_path / "leer.db")
    assert not cipher.is_encrypted(tmp_path / "fehlt.db")
    con = cipher.connect(tmp_path / "a.db", readonly=True)
    try:
        assert isinstance(con, sqlite3.Connection)
    finally:
        con.close()


def test_key_pragma_doubles_quotes() -> None:
    assert cipher.key_pragma("O'Brien") == "PRAGMA key = 'O''Brien'"


@needs_sqlcipher
@pytest.mark.parametrize("secret", ["O'Briens Passphrase", "Grüße aus der Straße ✓", "a\"b'c;--"])
def test_any_passphrase_round_trips(tmp_path: Path, secret: str) -> None:
    path = plain_file(tmp_path / "praxis.db")
    encryption.convert_file(path, encrypt=True, passphrase=secret, keep_wal=False)
    assert cipher.is_encrypted(path)
    assert b"Quastenhuber" not in path.read_bytes()
    assert cipher.check_passphrase(path, secret)
    assert not cipher.check_passphrase(path, secret + " ")
    with pytest.raises(cipher.PassphraseError, match="verschlüsselt"):
        cipher.connect(path)  # no passphrase known, nobody to ask
    cipher.set_asker(lambda _path: secret)
    try:
        con = cipher.connect(path)
    finally:
        cipher.set_asker(None)
    try:
        assert con.execute("SELECT name FROM person").fetchone() == ("Zyprian Quastenhuber",)
    finally:
        con.close()
    encryption.convert_file(path, encrypt=False, passphrase=secret, keep_wal=False)
    assert not cipher.is_encrypted(path)
    assert list(tmp_path.glob(".*")) == []


@needs_sqlcipher
def test_the_connection_pragmas_leave_an_encrypted_files_page_size_alone(tmp_path: Path) -> None:
    """Set before the key is first used, a page size would make the file unreadable."""
    from empfehlung_desktop.store import database

    path = plain_file(tmp_path / "praxis.db")
    encryption.convert_file(path, encrypt=True, passphrase="geheim", keep_wal=False)
    module = cipher.require()
    con = module.connect(str(path))
    try:
        con.execute(cipher.key_pragma("geheim"))  # keyed, nothing read yet
        database._set_sqlite_pragmas(con, None)
        assert con.execute("SELECT name FROM person").fetchone() == ("Zyprian Quastenhuber",)
    finally:
        con.close()
