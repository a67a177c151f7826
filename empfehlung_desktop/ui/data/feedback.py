"""Showing errors from data operations plainly (never a traceback)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy.exc import OperationalError

from empfehlung_desktop.errors import StoreError, UserError
from empfehlung_desktop.store.database import describe_operational_error

logger = logging.getLogger(__name__)


def describe(exc: BaseException) -> str:
    if isinstance(exc, UserError | StoreError):
        return str(exc)
    if isinstance(exc, OperationalError):
        return describe_operational_error(exc)
    if isinstance(exc, OSError):
        return QCoreApplication.translate("DataErrors", "Datei „{name}“: {problem}").format(
            name=exc.filename or "", problem=exc.strerror or exc
        )
    logger.error("Data operation failed", exc_info=exc)
    return QCoreApplication.translate(
        "DataErrors", "Unerwarteter Fehler ({kind}); nichts wurde geändert."
    ).format(kind=exc.__class__.__name__)


def show_error(parent: QWidget | None, title: str, exc: BaseException) -> None:
    QMessageBox.warning(parent, title, describe(exc))
