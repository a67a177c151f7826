"""Where things live: the data directory, the database URL; shipped files via ``shipped``."""

from __future__ import annotations

import os
from pathlib import Path

from empfehlung_desktop.files import private_dir
from empfehlung_desktop.shipped import package_file, resource_path

APP_NAME = "Empfehlung Desktop"
APP_ID = "de.empfehlung.Desktop"
ORG_NAME = "Empfehlung Desktop"
DATA_DIR_NAME = "empfehlung-desktop"
DB_FILE_NAME = "empfehlung.db"
ENV_DB_URL = "EMPFEHLUNG_DB_URL"
ENV_DATA_DIR = "EMPFEHLUNG_DATA_DIR"

__all__ = ["package_file", "resource_path"]  # re-exported for the layers above


def data_dir() -> Path:
    """The user data directory (created on demand, 0700); ``EMPFEHLUNG_DATA_DIR`` overrides."""
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        path = Path(override)
    else:
        import platformdirs

        path = Path(platformdirs.user_data_dir(DATA_DIR_NAME, appauthor=False))
    return private_dir(path)


def cache_dir() -> Path:
    """Rebuildable caches (parsed hyphenation patterns), 0700: the user's cache folder,
    or ``cache`` in ``EMPFEHLUNG_DATA_DIR`` when that is set."""
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        path = Path(override) / "cache"
    else:
        import platformdirs

        path = Path(platformdirs.user_cache_dir(DATA_DIR_NAME, appauthor=False))
    return private_dir(path)


def default_db_path() -> Path:
    return data_dir() / DB_FILE_NAME


def resolve_db_url(path_or_url: str | None = None) -> str:
    """Turn ``--db`` (a path or URL), the environment or the default into a URL."""
    value = path_or_url or os.environ.get(ENV_DB_URL) or ""
    if not value:
        return sqlite_url(default_db_path())
    if "://" in value:
        return value
    return sqlite_url(Path(value))


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path.expanduser().resolve()}"


def migrations_dir() -> Path:
    """Alembic's script directory: ``env.py``, ``script.py.mako``, ``versions/*.py``."""
    return package_file("store", "migrations")
