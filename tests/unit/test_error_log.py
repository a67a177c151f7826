import argparse
import logging
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from empfehlung_desktop import error_log
from empfehlung_desktop.cli.common import run

ADDRESS = "jana.weiss@example.org"


@pytest.fixture
def log_path(tmp_path: Path) -> Iterator[Path]:
    path = error_log.setup(tmp_path)
    assert path is not None
    yield path


def _log_current_exception() -> None:
    logging.getLogger("empfehlung_desktop.test").exception("Saving contact %d failed", 42)


def _integrity_error() -> IntegrityError:
    engine = sa.create_engine("sqlite://")
    table = sa.Table("contact", sa.MetaData(), sa.Column("email", sa.String, unique=True))
    with engine.begin() as connection:
        table.create(connection)
        connection.execute(table.insert(), {"email": ADDRESS})
        try:
            connection.execute(table.insert(), {"email": ADDRESS})
        except IntegrityError as exc:
            assert ADDRESS in str(exc)  # what the formatter has to keep out
            return exc
    raise AssertionError("no IntegrityError")


def test_integrity_error_parameters_never_reach_the_file(log_path: Path) -> None:
    exc = _integrity_error()
    try:
        raise exc
    except IntegrityError:
        _log_current_exception()
    text = log_path.read_text(encoding="utf-8")
    assert ADDRESS not in text and "example.org" not in text
    assert "Saving contact 42 failed" in text
    assert "sqlalchemy.exc.IntegrityError (sqlite3.IntegrityError)" in text
    assert 'File "tests/unit/test_error_log.py"' not in text  # outside the package: name only
    assert 'File "test_error_log.py", line' in text
    assert stat.S_IMODE(log_path.stat().st_mode) == 0o600


def test_chained_messages_are_dropped_and_code_errors_kept(log_path: Path) -> None:
    try:
        known: dict[str, int] = {}
        try:
            known[ADDRESS]
        except KeyError as inner:
            raise ValueError(f"kein Kontakt {ADDRESS}") from inner
    except ValueError:
        _log_current_exception()
    try:
        None.name  # type: ignore[attr-defined]  # noqa: B018
    except AttributeError:
        _log_current_exception()
    text = log_path.read_text(encoding="utf-8")
    assert ADDRESS not in text
    assert "\nKeyError\nThe above exception led to:" in text
    assert "\nValueError\n" in text
    assert "AttributeError: 'NoneType' object has no attribute 'name'" in text


def test_a_traceback_cached_by_another_formatter_is_not_reused(log_path: Path) -> None:
    try:
        raise RuntimeError(ADDRESS)
    except RuntimeError as exc:
        record = logging.LogRecord(
            "x", logging.ERROR, __file__, 1, "failed", None, (type(exc), exc, exc.__traceback__)
        )
    logging.Formatter().format(record)  # caches the full text with the message
    assert record.exc_text and ADDRESS in record.exc_text
    text = error_log.PrivacyFormatter(error_log.FORMAT).format(record)
    assert ADDRESS not in text and text.endswith("RuntimeError")


def test_setup_once_per_folder(tmp_path: Path) -> None:
    first = error_log.setup(tmp_path / "a")
    assert error_log.setup(tmp_path / "a") == first == error_log.log_file()
    second = error_log.setup(tmp_path / "b")
    assert error_log.log_file() == second != first
    handlers = logging.getLogger(error_log.LOGGER_NAME).handlers
    assert sum(isinstance(h, error_log.PrivateRotatingFileHandler) for h in handlers) == 1
    assert first is not None and not first.exists()  # created only when something is logged


def test_cli_logs_an_unexpected_error_without_its_message(
    capsys: pytest.CaptureFixture[str],
) -> None:
    def handler(args: argparse.Namespace) -> int:
        raise RuntimeError(f"Kontakt {ADDRESS} kaputt")

    assert run(handler, argparse.Namespace(command="contacts")) == 1
    path = error_log.log_file()
    assert path is not None and str(path) in capsys.readouterr().err
    text = path.read_text(encoding="utf-8")
    assert "Command 'contacts' failed" in text and "RuntimeError" in text
    assert ADDRESS not in text
