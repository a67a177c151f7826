"""Shared fixtures. Qt runs offscreen: set before any QApplication exists.

Every test starts at one frozen instant (``EMPFEHLUNG_TEST_NOW``, for example
``2028-02-29T23:30 Europe/Berlin``; default :data:`DEFAULT_TEST_NOW`), so nothing
depends on the day the suite runs; tests that need the sample practice's day
hand :data:`DEMO_CLOCK` to the code under test.

The storage and service tests (``tests/unit/store``, ``tests/unit/services``) run
twice: on SQLite and, when ``EMPFEHLUNG_TEST_PG_URL`` names a PostgreSQL server,
on PostgreSQL. Everywhere else ``db`` is the same SQLite file as always.
"""

from __future__ import annotations

import datetime as dt
import inspect
import logging
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
import time_machine
from hypothesis import settings

from empfehlung_desktop.clock import Clock
from empfehlung_desktop.store.database import Database, open_database

# Property tests explore freely while developing (HYPOTHESIS_PROFILE=dev) but run
# reproducibly in `make test` and CI: a fixed seed per test, no timing deadline on a
# busy two-core machine, no example database written into the work tree.
settings.register_profile("ci", derandomize=True, deadline=None, database=None)
settings.register_profile("dev", deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

# A fixed day so demo-relative dates and "due" rules are reproducible.
DEMO_TODAY = dt.date(2026, 11, 22)
# The sample practice's "today" (09:00) for views, dialogs and services under test.
DEMO_CLOCK = Clock.at(DEMO_TODAY)
DEMO_NOW = DEMO_CLOCK.now()

# The instant the suite runs at unless EMPFEHLUNG_TEST_NOW names another; on
# purpose not the sample practice's day, so a leftover read of the real date shows.
DEFAULT_TEST_NOW = "2027-05-17T09:30 Europe/Berlin"
TEST_NOW_ENV = "EMPFEHLUNG_TEST_NOW"


def suite_instant() -> dt.datetime:
    """``EMPFEHLUNG_TEST_NOW`` as an aware datetime (``YYYY-MM-DDTHH:MM[:SS] Area/City``)."""
    from zoneinfo import ZoneInfo

    text = os.environ.get(TEST_NOW_ENV, "").strip() or DEFAULT_TEST_NOW
    stamp, _, zone = text.partition(" ")
    return dt.datetime.fromisoformat(stamp).replace(tzinfo=ZoneInfo(zone or "Europe/Berlin"))


@pytest.fixture(autouse=True)
def _frozen_time() -> Iterator[None]:
    """Each test starts at the same instant in the same time zone, then time ticks on
    (pytest-qt's waits measure elapsed time)."""
    with time_machine.travel(suite_instant(), tick=True):
        yield


@pytest.fixture(autouse=True)
def _no_unpatched_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any modal dialog a test did not patch itself fails the test at once, naming the
    dialog's title and text. A test patches what it expects after this has run."""
    from tests.helpers.modal_guard import refuse_modal_dialogs

    refuse_modal_dialogs(monkeypatch)


PG_ENV = "EMPFEHLUNG_TEST_PG_URL"
PG_SKIP_REASON = f"PostgreSQL-Tests übersprungen: {PG_ENV} nicht gesetzt"
BACKENDS = ("sqlite", "postgresql")
# Test directories whose `db`/`demo_db` tests also run on PostgreSQL.
BACKEND_TEST_DIRS = ("tests/unit/store", "tests/unit/services")


def _runs_on_every_backend(metafunc: pytest.Metafunc) -> bool:
    path = Path(str(metafunc.definition.path)).resolve()
    root = Path(str(metafunc.config.rootpath)).resolve()
    try:
        relative = path.relative_to(root).as_posix()
    except ValueError:
        return False
    if not relative.startswith(BACKEND_TEST_DIRS):
        return False
    if metafunc.definition.get_closest_marker("sqlite_only") is not None:
        return False
    # A test that asks for the SQLite file itself is about SQLite.
    return "db_path" not in inspect.signature(metafunc.function).parameters


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "db_backend" in metafunc.fixturenames and _runs_on_every_backend(metafunc):
        metafunc.parametrize("db_backend", BACKENDS, indirect=True)


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
def _detached_error_log() -> Iterator[None]:
    """The error log a GUI or CLI run attached ends with its test (and its data dir)."""
    yield
    from empfehlung_desktop import error_log

    logger = logging.getLogger(error_log.LOGGER_NAME)
    for handler in list(logger.handlers):
        if isinstance(handler, error_log.PrivateRotatingFileHandler):
            logger.removeHandler(handler)
            handler.close()


@pytest.fixture(autouse=True)
def _german_messages() -> Iterator[None]:
    """Messages and PDFs start German in every test; a test that switches to English
    (directly, via the CLI's --lang or the GUI's language setting) cannot leak it."""
    from empfehlung_desktop import i18n

    i18n.set_language("de")
    yield
    i18n.set_language("de")


@pytest.fixture
def db_backend(request: pytest.FixtureRequest) -> str:
    """``sqlite`` or ``postgresql``; parametrized only in the backend test dirs."""
    backend: str = getattr(request, "param", "sqlite")
    if backend == "postgresql" and not os.environ.get(PG_ENV):
        pytest.skip(PG_SKIP_REASON)
    return backend


@pytest.fixture(scope="session")
def pg_database_url() -> Iterator[str]:
    """A throw-away PostgreSQL database for this test run, migrated once."""
    server_url = os.environ.get(PG_ENV)
    if not server_url:
        pytest.skip(PG_SKIP_REASON)
    from tests.helpers import pg

    url = pg.create_database(server_url, f"empfehlung_test_{uuid.uuid4().hex[:12]}")
    try:
        open_database(url).dispose()
        yield url
    finally:
        pg.drop_database(server_url, url)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.db"


@pytest.fixture
def db(request: pytest.FixtureRequest, db_backend: str) -> Iterator[Database]:
    """A fresh, migrated, empty database of the requested backend."""
    if db_backend == "postgresql":
        from tests.helpers import pg

        url = request.getfixturevalue("pg_database_url")
        database = open_database(url)
        pg.empty_all_tables(database.engine)
    else:
        db_path: Path = request.getfixturevalue("db_path")
        database = open_database(f"sqlite:///{db_path}")
    yield database
    database.dispose()


@pytest.fixture
def demo_db(db: Database) -> Database:
    from empfehlung_desktop.sample_practice.build import build_demo

    with db.session() as session:
        build_demo(session, today=DEMO_TODAY)
    return db


def page_size_of(data: bytes) -> int:
    """The page size a SQLite file's header names (bytes 16-17; 1 stands for 65536)."""
    size = int.from_bytes(data[16:18], "big")
    return 65536 if size == 1 else size


def damage_schema(path: Path) -> None:
    """Overwrite the contact table's name and statement in the schema of the SQLite
    file ``path`` (journal mode DELETE: no WAL) with 0xFF bytes: SQLite's message
    about it then holds bytes that are no text."""
    data = bytearray(path.read_bytes())
    record = data.find(b"tablecontactcontact")
    assert record > 0, "the contact table's schema record"
    data[record + 5 : record + 12] = b"\xff" * 7  # its name
    statement = data.find(b"CREATE TABLE", record)
    data[statement : statement + 6] = b"\xff" * 6
    path.write_bytes(bytes(data))
