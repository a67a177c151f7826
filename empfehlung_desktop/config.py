"""Where things live: the data directory, the database URL and resources."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "Empfehlung Desktop"
APP_ID = "de.empfehlung.Desktop"
ORG_NAME = "Empfehlung Desktop"
DATA_DIR_NAME = "empfehlung-desktop"
DB_FILE_NAME = "empfehlung.db"
ENV_DB_URL = "EMPFEHLUNG_DB_URL"
ENV_DATA_DIR = "EMPFEHLUNG_DATA_DIR"


def data_dir() -> Path:
    """The user data directory (created on demand); ``EMPFEHLUNG_DATA_DIR`` overrides."""
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        path = Path(override)
    else:
        import platformdirs

        path = Path(platformdirs.user_data_dir(DATA_DIR_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


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


def resource_path(*parts: str) -> Path:
    """A file shipped with the app, from the source tree or a frozen bundle."""
    base = getattr(sys, "_MEIPASS", None)
    if base is not None:
        return Path(base, "empfehlung_desktop", "resources", *parts)
    return Path(__file__).resolve().parent.joinpath("resources", *parts)
