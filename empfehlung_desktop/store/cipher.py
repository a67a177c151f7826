"""Encryption at rest with SQLCipher (optional: ``pip install 'empfehlung-desktop[encryption]'``).

A database file is encrypted when its first 16 bytes are not SQLite's plain
header. Every connection of the app to a database file goes through
:func:`connect`: the stdlib ``sqlite3`` for a plain file, the SQLCipher binding
(``sqlcipher3``) with the practice's passphrase for an encrypted one. One file is
never opened through both libraries in one process: each keeps its own POSIX
locks, and a close by one would drop the other's (PITFALLS).

The passphrase lives in this process only (:func:`set_passphrase`); where it
comes from is the caller's business: the GUI asks at start, the command line
reads ``EMPFEHLUNG_PASSPHRASE`` or prompts (:func:`set_asker`), either may take it
from the system keyring (:mod:`services.data.encryption`).
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

from empfehlung_desktop.errors import StoreError
from empfehlung_desktop.i18n import _

SQLITE_HEADER = b"SQLite format 3\x00"
MIN_PASSPHRASE_LENGTH = 8
INSTALL_HINT = "pip install 'empfehlung-desktop[encryption]'"

# Asked when an encrypted file is opened and no passphrase is known yet:
# receives the file, returns the passphrase (or raises a StoreError).
Asker = Callable[[Path], str]

_state: dict[str, Any] = {"passphrase": None, "asker": None}


@functools.cache
def binding() -> ModuleType | None:
    """The SQLCipher DB-API module, or None if the optional package is missing."""
    try:
        from sqlcipher3 import dbapi2  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return None
    probe = dbapi2.connect(":memory:")
    try:
        # SQLCipher writes every failed decryption (a wrong passphrase) to stderr.
        probe.execute("PRAGMA cipher_log_level = NONE")
    finally:
        probe.close()
    module: ModuleType = dbapi2
    return module


def available() -> bool:
    return binding() is not None


def missing_message() -> str:
    return _(
        "Die Verschlüsselung braucht das Zusatzpaket SQLCipher, das hier nicht "
        "installiert ist. Bitte „{command}“ ausführen und das Programm neu starten."
    ).format(command=INSTALL_HINT)


def require() -> ModuleType:
    module = binding()
    if module is None:
        raise StoreError(missing_message())
    return module


def database_errors() -> tuple[type[BaseException], ...]:
    """The DB-API error classes of both libraries (for ``except``), and the error
    of a damaged file whose bytes reach a message as no text (the driver decodes
    SQLite's messages strictly: "malformed database schema (…\\xff…)")."""
    module = binding()
    if module is None:
        return (sqlite3.Error, UnicodeDecodeError)
    return (sqlite3.Error, module.Error, UnicodeDecodeError)


def is_encrypted(path: Path) -> bool:
    """Whether ``path`` is a non-empty file without SQLite's plain header."""
    try:
        with Path(path).open("rb") as stream:
            head = stream.read(len(SQLITE_HEADER))
    except OSError:
        return False
    return bool(head) and head != SQLITE_HEADER


class PassphraseError(StoreError):
    """The passphrase is missing or does not open the file (nothing was changed)."""


def wrong_passphrase_message(path: Path) -> str:
    return _(
        "Die Passphrase öffnet die verschlüsselte Datenbank „{path}“ nicht. Bitte die "
        "Schreibweise prüfen (Groß- und Kleinschreibung zählt). Es wurde nichts verändert."
    ).format(path=path)


def set_passphrase(passphrase: str | None) -> None:
    """The passphrase of this process's encrypted files (None forgets it)."""
    _state["passphrase"] = passphrase


def passphrase() -> str | None:
    value = _state["passphrase"]
    return value if isinstance(value, str) else None


def set_asker(asker: Asker | None) -> None:
    _state["asker"] = asker


def _current_passphrase(path: Path) -> str:
    known = passphrase()
    if known:
        return known
    asker = _state["asker"]
    if asker is None:
        raise PassphraseError(
            _(
                "Die Datenbank „{path}“ ist verschlüsselt; ohne Passphrase lässt sie "
                "sich nicht öffnen."
            ).format(path=path)
        )
    value: str = asker(path)
    return value


def key_pragma(passphrase: str) -> str:
    """``PRAGMA key`` for a passphrase (a SQL string literal, quotes doubled)."""
    return "PRAGMA key = '{}'".format(passphrase.replace("'", "''"))


def connect(
    path: Path,
    *,
    readonly: bool = False,
    timeout: float = 5.0,
    encrypted: bool | None = None,
    key: str | None = None,
    check_same_thread: bool = True,
) -> Any:
    """A DB-API connection to the file ``path`` with the right library.

    ``encrypted`` None decides by the file's header (a new or empty file is
    plain); ``key`` overrides the process's passphrase. A wrong passphrase
    raises :class:`PassphraseError`, with the file untouched.
    """
    path = Path(path)
    if encrypted is None:
        encrypted = is_encrypted(path)
    target = f"{path.resolve().as_uri()}?mode=ro" if readonly else str(path)
    if not encrypted:
        return sqlite3.connect(
            target, uri=readonly, timeout=timeout, check_same_thread=check_same_thread
        )
    module = require()
    secret = key if key is not None else _current_passphrase(path)
    con = module.connect(target, uri=readonly, timeout=timeout, check_same_thread=check_same_thread)
    try:
        con.execute(key_pragma(secret))
        con.execute("SELECT count(*) FROM sqlite_master").fetchall()
    except module.DatabaseError as exc:
        con.close()
        if "not a database" in str(exc):
            raise PassphraseError(wrong_passphrase_message(path)) from None
        raise
    return con


def check_passphrase(path: Path, candidate: str) -> bool:
    """Whether ``candidate`` opens the encrypted file ``path`` (read-only, nothing changed)."""
    try:
        con = connect(path, readonly=True, encrypted=True, key=candidate)
    except PassphraseError:
        return False
    con.close()
    return True


def validate_new_passphrase(candidate: str, repeated: str | None = None) -> None:
    """Refuse a passphrase that is too short or was typed differently the second time."""
    if len(candidate) < MIN_PASSPHRASE_LENGTH:
        raise PassphraseError(
            _("Die Passphrase muss mindestens {count} Zeichen lang sein.").format(
                count=MIN_PASSPHRASE_LENGTH
            )
        )
    if repeated is not None and repeated != candidate:
        raise PassphraseError(_("Die beiden Eingaben der Passphrase stimmen nicht überein."))
