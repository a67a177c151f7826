"""Where the passphrase of an encrypted database comes from, without SQLAlchemy.

The system keyring (the optional ``keyring`` package) may remember it per
database file; the command line also reads ``EMPFEHLUNG_PASSPHRASE`` or asks in
the terminal. Kept light: a read-only command on an encrypted file must not pay
for importing the storage machinery.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

from empfehlung_desktop.i18n import _
from empfehlung_desktop.store import cipher

KEYRING_SERVICE = "Empfehlung Desktop"
ENV_PASSPHRASE = "EMPFEHLUNG_PASSPHRASE"


def _keyring() -> Any | None:
    try:
        import keyring  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return None
    return keyring


def keyring_available() -> bool:
    return _keyring() is not None


def _account(db_path: Path) -> str:
    return str(db_path.resolve())


def remembered_passphrase(db_path: Path) -> str | None:
    """The passphrase kept in the system keyring for this database, if any."""
    module = _keyring()
    if module is None:
        return None
    try:
        value = module.get_password(KEYRING_SERVICE, _account(db_path))
    except Exception:  # no usable keyring backend (locked, headless): just ask
        return None
    return value if isinstance(value, str) and value else None


def remember_passphrase(db_path: Path, passphrase: str) -> bool:
    """Keep the passphrase in the system keyring; False if there is none to use."""
    module = _keyring()
    if module is None:
        return False
    try:
        module.set_password(KEYRING_SERVICE, _account(db_path), passphrase)
    except Exception:  # no usable keyring backend
        return False
    return True


def forget_passphrase(db_path: Path) -> None:
    module = _keyring()
    if module is None:
        return
    with contextlib.suppress(Exception):
        module.delete_password(KEYRING_SERVICE, _account(db_path))


def passphrase_for_command(db_path: Path, prompt: Any = None) -> str:
    """The command line's passphrase: ``EMPFEHLUNG_PASSPHRASE``, the keyring, or ``prompt``."""
    value = os.environ.get(ENV_PASSPHRASE)
    if value:
        return value
    remembered = remembered_passphrase(db_path)
    if remembered:
        return remembered
    if prompt is not None:
        entered = prompt(_("Passphrase für „{path}“: ").format(path=db_path))
        if isinstance(entered, str) and entered:
            return entered
    raise cipher.PassphraseError(
        _(
            "Die Datenbank „{path}“ ist verschlüsselt. Bitte die Passphrase in der "
            "Umgebungsvariablen {env} angeben oder den Befehl in einem Terminal starten, "
            "das nach ihr fragt."
        ).format(path=db_path, env=ENV_PASSPHRASE)
    )
