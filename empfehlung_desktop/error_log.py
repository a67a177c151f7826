"""The error log: ``logging`` into a rotating file in the data directory, for GUI and CLI.

The log must never hold personal data. Exception messages carry values (SQLAlchemy
puts the SQL parameters into ``str(exc)``, drivers and validators quote the input),
so the file gets each exception's type and its traceback's code locations, never
its message or any frame's locals. Log messages themselves name record ids only.
"""

from __future__ import annotations

import errno
import logging
import os
import traceback
from io import TextIOWrapper
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Any

from empfehlung_desktop.config import data_dir

LOGGER_NAME = "empfehlung_desktop"
LOG_FILE_NAME = "fehler.log"
MAX_BYTES = 256 * 1024
BACKUP_COUNT = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

# Built-in exceptions whose messages name code (attributes, modules, types), not data.
# Exact types only: a subclass from a library may say more.
_MESSAGE_IS_CODE: frozenset[type[BaseException]] = frozenset(
    {
        AttributeError,
        ImportError,
        ModuleNotFoundError,
        NameError,
        NotImplementedError,
        RecursionError,
        TypeError,
        ZeroDivisionError,
    }
)


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A rotating log file that only its owner can read (mode 0600, rotated files too)."""

    def _open(self) -> TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        if hasattr(os, "fchmod"):  # an older file created with other rights
            os.fchmod(fd, 0o600)
        return open(fd, "a", encoding=self.encoding, errors=self.errors)

    def handleError(self, record: logging.LogRecord) -> None:
        # An unwritable log must not print the record (and its traceback) to stderr.
        pass


class PrivacyFormatter(logging.Formatter):
    """Formats exceptions as types and code locations, without messages or values."""

    def format(self, record: logging.LogRecord) -> str:
        exc_info, exc_text = record.exc_info, record.exc_text
        # Never reuse a traceback text another formatter cached on the record.
        record.exc_info, record.exc_text = None, None
        try:
            text = super().format(record)
        finally:
            record.exc_info, record.exc_text = exc_info, exc_text
        if exc_info and exc_info[1] is not None:
            text += "\n" + self.formatException(exc_info)
        return text

    def formatException(self, ei: Any) -> str:
        lines: list[str] = []
        for position, exc in enumerate(_chain(ei[1])):
            if position:
                lines.append("The above exception led to:")
            lines.append("Traceback (most recent call last):")
            for frame in traceback.extract_tb(exc.__traceback__):
                path = _code_path(frame.filename)
                lines.append(f'  File "{path}", line {frame.lineno}, in {frame.name}')
            lines.append(describe_exception(exc))
        return "\n".join(lines)


def describe_exception(exc: BaseException) -> str:
    """``module.Type`` (plus the driver's type or errno name); a message only for code errors."""
    kind = type(exc)
    text = _qualified(kind)
    orig = getattr(exc, "orig", None)  # SQLAlchemy's DBAPIError wraps the driver's error
    if isinstance(orig, BaseException):
        text += f" ({_qualified(type(orig))})"
    if isinstance(exc, OSError) and exc.errno is not None and exc.errno in errno.errorcode:
        text += f" [{errno.errorcode[exc.errno]}]"
    if kind in _MESSAGE_IS_CODE and str(exc):
        text += f": {exc}"
    return text


def _qualified(kind: type[BaseException]) -> str:
    module = kind.__module__
    return kind.__qualname__ if module == "builtins" else f"{module}.{kind.__qualname__}"


def _chain(exc: BaseException | None) -> list[BaseException]:
    """The exception and its causes, the first cause first (as Python prints them)."""
    chain: list[BaseException] = []
    while exc is not None and all(exc is not seen for seen in chain):
        chain.append(exc)
        exc = exc.__cause__ or (None if exc.__suppress_context__ else exc.__context__)
    return chain[::-1]


def _code_path(filename: str) -> str:
    """The path from the package or site-packages on: no user name from a home folder."""
    path = Path(filename)
    parts = path.parts
    for anchor in (LOGGER_NAME, "site-packages"):
        if anchor in parts:
            index = len(parts) - 1 - parts[::-1].index(anchor)
            return "/".join(parts[index if anchor == LOGGER_NAME else index + 1 :])
    return path.name


def setup(directory: Path | None = None) -> Path | None:
    """Send the package's warnings and errors to ``fehler.log`` in the data directory.

    Called at the start of every GUI and CLI run; calling it again with the same
    folder changes nothing. Returns the log file, or None when it cannot be created.
    """
    try:
        folder = directory if directory is not None else data_dir()
        path = (folder / LOG_FILE_NAME).resolve()
    except OSError:
        return None
    logger = logging.getLogger(LOGGER_NAME)
    for handler in list(logger.handlers):
        if isinstance(handler, PrivateRotatingFileHandler):
            if Path(handler.baseFilename) == path:
                return path
            logger.removeHandler(handler)
            handler.close()
    handler = PrivateRotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
    )
    handler.setLevel(logging.WARNING)
    handler.setFormatter(PrivacyFormatter(FORMAT))
    logger.addHandler(handler)
    if logger.level == logging.NOTSET or logger.level > logging.WARNING:
        logger.setLevel(logging.WARNING)
    return path


def log_file() -> Path | None:
    """The file :func:`setup` attached, if any."""
    for handler in logging.getLogger(LOGGER_NAME).handlers:
        if isinstance(handler, PrivateRotatingFileHandler):
            return Path(handler.baseFilename)
    return None
