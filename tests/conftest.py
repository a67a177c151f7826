"""Shared fixtures. Qt runs offscreen: set before any QApplication exists."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from hypothesis import settings

from empfehlung_desktop.store.database import Database, open_database

# Property tests explore freely while developing (HYPOTHESIS_PROFILE=dev) but run
# reproducibly in `make test` and CI: a fixed seed per test, no timing deadline on a
# busy two-core machine, no example database written into the work tree.
settings.register_profile("ci", derandomize=True, deadline=None, database=None)
settings.register_profile("dev", deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

# A fixed day so demo-relative dates and "due" rules are reproducible.
DEMO_TODAY = dt.date(2026, 11, 22)


@pytest.fixture(autouse=True)
def _isolated_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Never touch the real user data dir or settings from a test."""
    data = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("EMPFEHLUNG_DATA_DIR", str(data))
    monkeypatch.delenv("EMPFEHLUNG_DB_URL", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(data / "config"))
    monkeypatch.delenv("EMPFEHLUNG_LANG", raising=False)


@pytest.fixture(autouse=True)
def _german_messages() -> Iterator[None]:
    """Messages and PDFs start German in every test; a test that switches to English
    (directly, via the CLI's --lang or the GUI's language setting) cannot leak it."""
    from empfehlung_desktop import i18n

    i18n.set_language("de")
    yield
    i18n.set_language("de")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.db"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(f"sqlite:///{db_path}")
    yield database
    database.dispose()


@pytest.fixture
def demo_db(db: Database) -> Database:
    from empfehlung_desktop.store.demo import build_demo

    with db.session() as session:
        build_demo(session, today=DEMO_TODAY)
    return db
